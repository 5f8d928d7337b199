/**
 * Order-book indexes kept in state: one treap per book (workerpool orders of a category, app orders
 * of an app, dataset orders of a dataset) ordered by (price, order hash), with each node's heap
 * priority keccak256(order hash). Insert, remove and the first k orders in price order each read and
 * write O(log n) nodes in expectation; the order is deterministic (price, then hash as tie-break).
 * Priorities come from hashes the publisher cannot choose cheaply: deepening the tree by d levels
 * beyond the expected depth needs about 2^d hash trials.
 */
import type { AnyOrder, OrderKind } from "../node/crypto/eip712.js";
import { keccak256, toHex } from "../node/crypto/hash.js";
import { bytesToUint, decodeCanonical, poco, u64ToNumber, uintToBytes } from "../proto/index.js";
import { bytesOfHex, hexOf, uintOf } from "./bytes.js";
import { ZERO_ADDRESS_HEX } from "./records.js";
import type { MarketState } from "./types.js";

interface BookNode {
  price: bigint;
  /** Order hashes (lowercase 0x hex), "" for none. */
  left: string;
  right: string;
}

export interface BookEntry {
  hash: string;
  price: bigint;
}

const bare = (h: string): string => (h.startsWith("0x") ? h.slice(2) : h);
const nodeKey = (hash: string): string => `mkt:bn:${bare(hash)}`;
const rootKey = (book: string): string => `mkt:br:${book}`;
const ref = (bytes: Uint8Array | null | undefined): string => (bytes && bytes.length > 0 ? toHex(bytes) : "");

/** Book ids. */
export const Books = {
  workerpools: (category: bigint) => `wp:${category.toString(10)}`,
  apps: (app: string) => `app:${bare(app)}`,
  datasets: (dataset: string) => `ds:${bare(dataset)}`,
  /** Request orders of a category, by workerpool max price (listing only; matching never scans it). */
  requests: (category: bigint) => `rq:${category.toString(10)}`,
} as const;

/** (price, hash) < (price, hash). */
function before(aPrice: bigint, aHash: string, bPrice: bigint, bHash: string): boolean {
  return aPrice < bPrice || (aPrice === bPrice && aHash < bHash);
}

/**
 * Memo of node priorities (a pure function of the hash, so caching cannot change any result);
 * cleared when it grows past its bound.
 */
const priorities = new Map<string, string>();
/** Decoded nodes by their (never mutated) stored bytes: a pure cache, dropped with the bytes. */
const decoded = new WeakMap<Uint8Array, BookNode>();
const decodedRoots = new WeakMap<Uint8Array, Readonly<{ root: string; size: number }>>();

/**
 * BookNode's protobuf encoding written by hand, byte for byte what `encode(poco.BookNode, …)` gives
 * (fields in order, empty ones omitted, every length < 128 so one-byte varints): the treap writes
 * O(log n) nodes per update and the generic writer dominated that cost.
 */
function encodeNode(n: BookNode): Uint8Array {
  const price = uintToBytes(n.price);
  const size = (price.length ? 2 + price.length : 0) + (n.left === "" ? 0 : 34) + (n.right === "" ? 0 : 34);
  const out = new Uint8Array(size);
  let at = 0;
  if (price.length) {
    out[at++] = 0x0a;
    out[at++] = price.length;
    out.set(price, at);
    at += price.length;
  }
  if (n.left !== "") {
    out[at++] = 0x12;
    out[at++] = 32;
    hexInto(n.left, out, at);
    at += 32;
  }
  if (n.right !== "") {
    out[at++] = 0x1a;
    out[at++] = 32;
    hexInto(n.right, out, at);
  }
  return out;
}

/** Fast decode of what `encodeNode` writes; undefined for anything else (then the generic path). */
function decodeNode(bytes: Uint8Array): BookNode | undefined {
  let at = 0;
  let price = 0n;
  let left = "";
  let right = "";
  let last = 0;
  while (at < bytes.length) {
    const tag = bytes[at]!;
    const len = bytes[at + 1];
    if (len === undefined || len > 32 || at + 2 + len > bytes.length || tag <= last) return undefined;
    const body = bytes.subarray(at + 2, at + 2 + len);
    if (tag === 0x0a) {
      if (body[0] === 0) return undefined;
      price = uintOf(body, "price");
    } else if ((tag === 0x12 || tag === 0x1a) && len === 32) {
      if (tag === 0x12) left = hexOf(body);
      else right = hexOf(body);
    } else return undefined;
    last = tag;
    at += 2 + len;
  }
  return { price, left, right };
}

function decodeNodeSlow(bytes: Uint8Array): BookNode {
  const m = poco.BookNode.decode(bytes);
  return { price: bytesToUint(m.price, "price"), left: ref(m.left), right: ref(m.right) };
}

/** Writes the 32 bytes of a lowercase 0x hash into `out` at `at` (hashes here come from hexOf). */
function hexInto(hash: string, out: Uint8Array, at: number): void {
  for (let i = 0; i < 32; i++) {
    const hi = hexValue(hash.charCodeAt(2 + 2 * i));
    const lo = hexValue(hash.charCodeAt(3 + 2 * i));
    out[at + i] = (hi << 4) | lo;
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  throw new Error(`order book: bad hash character ${String.fromCharCode(c)}`);
}
const MAX_CACHED_PRIORITIES = 1 << 18;

/** The decoded node of stored bytes (cached by the bytes, which are never mutated). */
function decodedNode(bytes: Uint8Array): Readonly<BookNode> {
  let node = decoded.get(bytes);
  if (node === undefined) {
    // written only by `write` below, so canonical by construction: the hot path skips the re-encode check
    node = decodeNode(bytes) ?? decodeNodeSlow(bytes);
    decoded.set(bytes, node);
  }
  return node;
}

/**
 * BookRoot's protobuf encoding by hand, byte for byte what `encode(poco.BookRoot, …)` gives (root as a
 * 32-byte field 1 when present, size as a varint field 2 when non-zero): written on every insert and
 * removal.
 */
function encodeRoot(root: string, size: number): Uint8Array {
  let varint = 1;
  for (let n = size; n >= 0x80; n = Math.floor(n / 0x80)) varint++;
  const out = new Uint8Array((root === "" ? 0 : 34) + (size === 0 ? 0 : 1 + varint));
  let at = 0;
  if (root !== "") {
    out[at++] = 0x0a;
    out[at++] = 32;
    hexInto(root, out, at);
    at += 32;
  }
  if (size !== 0) {
    out[at++] = 0x10;
    let n = size;
    while (n >= 0x80) {
      out[at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    out[at] = n;
  }
  return out;
}

export class OrderBookIndex {
  constructor(
    private readonly state: MarketState,
    readonly book: string,
  ) {}

  /** A node to change: a fresh copy the caller may mutate and `write`. */
  private read(hash: string): BookNode {
    const n = this.peek(hash);
    return { price: n.price, left: n.left, right: n.right };
  }

  /** A node to look at only: the shared decoded object, never to be mutated (walks, listings). */
  private peek(hash: string): Readonly<BookNode> {
    const bytes = this.state.get(nodeKey(hash));
    if (!bytes) throw new Error(`corrupt order book ${this.book}: missing node ${hash}`);
    return decodedNode(bytes);
  }

  private write(hash: string, n: BookNode): void {
    const bytes = encodeNode(n);
    decoded.set(bytes, { price: n.price, left: n.left, right: n.right });
    this.state.set(nodeKey(hash), bytes);
  }

  private priority(hash: string): string {
    let p = priorities.get(hash);
    if (p === undefined) {
      p = toHex(keccak256(bytesOfHex(hash, 32)));
      if (priorities.size >= MAX_CACHED_PRIORITIES) priorities.clear();
      priorities.set(hash, p);
    }
    return p;
  }

  private rootInfo(): { root: string; size: number } {
    const bytes = this.state.get(rootKey(this.book));
    if (!bytes) return { root: "", size: 0 };
    const cached = decodedRoots.get(bytes);
    if (cached) return cached;
    const m = decodeCanonical(poco.BookRoot, bytes);
    const info = Object.freeze({ root: ref(m.root), size: u64ToNumber(m.size, "size") });
    decodedRoots.set(bytes, info);
    return info;
  }

  private setRoot(root: string, size: number): void {
    if (size === 0) this.state.delete(rootKey(this.book));
    else {
      const bytes = encodeRoot(root, size);
      decodedRoots.set(bytes, Object.freeze({ root, size }));
      this.state.set(rootKey(this.book), bytes);
    }
  }

  get size(): number {
    return this.rootInfo().size;
  }

  has(hash: string): boolean {
    return this.state.get(nodeKey(hash)) !== undefined;
  }

  /** Splits subtree `t` into keys < (price, hash) and keys ≥ it. */
  private split(t: string, price: bigint, hash: string): [string, string] {
    if (t === "") return ["", ""];
    const n = this.read(t);
    if (before(n.price, t, price, hash)) {
      const [l, r] = this.split(n.right, price, hash);
      n.right = l;
      this.write(t, n);
      return [t, r];
    }
    const [l, r] = this.split(n.left, price, hash);
    n.left = r;
    this.write(t, n);
    return [l, t];
  }

  /** Merges two subtrees where every key of `a` is below every key of `b`. */
  private merge(a: string, b: string): string {
    if (a === "") return b;
    if (b === "") return a;
    if (this.priority(a) > this.priority(b)) {
      const n = this.read(a);
      n.right = this.merge(n.right, b);
      this.write(a, n);
      return a;
    }
    const n = this.read(b);
    n.left = this.merge(a, n.left);
    this.write(b, n);
    return b;
  }

  /**
   * Fills an empty book with `entries` in one pass: sorts them by (price, hash) and builds the treap
   * bottom-up with a stack (a Cartesian tree), writing each node once: O(n log n) for the sort and
   * O(n) node writes instead of n inserts of O(log n) reads and writes each. The tree (and so every
   * stored byte) is the one the same inserts would give: a treap's shape depends only on its keys
   * and priorities. For state snapshots, genesis books and benchmarks.
   */
  bulkLoad(entries: readonly BookEntry[]): void {
    if (this.rootInfo().size !== 0) throw new Error(`bulkLoad: order book ${this.book} is not empty`);
    const sorted = [...entries].sort((a, b) =>
      a.price < b.price ? -1 : a.price > b.price ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0,
    );
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.hash === sorted[i - 1]!.hash) throw new Error(`bulkLoad: duplicate ${sorted[i]!.hash}`);
    }
    const nodes = sorted.map((e) => ({
      hash: e.hash,
      p: this.priority(e.hash),
      node: { price: e.price, left: "", right: "" },
    }));
    const stack: typeof nodes = [];
    for (const x of nodes) {
      let last: (typeof nodes)[number] | undefined;
      while (stack.length > 0 && stack[stack.length - 1]!.p < x.p) last = stack.pop();
      if (last) x.node.left = last.hash;
      if (stack.length > 0) stack[stack.length - 1]!.node.right = x.hash;
      stack.push(x);
    }
    for (const x of nodes) this.write(x.hash, x.node);
    if (nodes.length > 0) this.setRoot(stack[0]!.hash, nodes.length);
  }

  /** Adds an order; a no-op when it is already indexed. */
  insert(hash: string, price: bigint): void {
    if (this.has(hash)) return;
    const { root, size } = this.rootInfo();
    // descend while the existing nodes outrank the new one, then split the subtree there
    const p = this.priority(hash);
    let parent = "";
    let parentNode: BookNode | undefined;
    let cur = root;
    while (cur !== "" && this.priority(cur) > p) {
      parent = cur;
      parentNode = this.read(cur);
      cur = before(price, hash, parentNode.price, cur) ? parentNode.left : parentNode.right;
    }
    const [l, r] = this.split(cur, price, hash);
    this.write(hash, { price, left: l, right: r });
    if (parent === "" || !parentNode) {
      this.setRoot(hash, size + 1);
      return;
    }
    const fresh = this.read(parent);
    if (before(price, hash, fresh.price, parent)) fresh.left = hash;
    else fresh.right = hash;
    this.write(parent, fresh);
    this.setRoot(root, size + 1);
  }

  /**
   * Removes an order; returns false when it was not indexed. `parentHint` (from `cheapestWithParents`)
   * names the node's parent as last seen: when that node still has it as a child it is the parent (a
   * treap node has one), so the descent from the root is skipped; a stale hint costs one read and
   * falls back to the descent. Either way the same writes result.
   */
  remove(hash: string, parentHint?: string): boolean {
    const bytes = this.state.get(nodeKey(hash));
    if (!bytes) return false;
    // Each node read once: the target from the bytes just read, the parent kept from the walk (the
    // merge below only touches the target's subtrees, never the parent).
    const target = decodedNode(bytes);
    const { root, size } = this.rootInfo();
    let parent = "";
    let parentNode: Readonly<BookNode> | undefined;
    let cur = root;
    if (parentHint !== undefined && parentHint !== "" && parentHint !== hash && root !== hash) {
      const hinted = this.state.get(nodeKey(parentHint));
      const n = hinted ? decodedNode(hinted) : undefined;
      if (n && (n.left === hash || n.right === hash)) {
        parent = parentHint;
        parentNode = n;
        cur = hash;
      }
    }
    while (cur !== "" && cur !== hash) {
      const n = this.peek(cur);
      parent = cur;
      parentNode = n;
      cur = before(target.price, hash, n.price, cur) ? n.left : n.right;
    }
    if (cur === "") throw new Error(`corrupt order book ${this.book}: ${hash} unreachable`);
    const merged = this.merge(target.left, target.right);
    this.state.delete(nodeKey(hash));
    if (parent === "" || parentNode === undefined) {
      this.setRoot(merged, size - 1);
      return true;
    }
    const p = { price: parentNode.price, left: parentNode.left, right: parentNode.right };
    if (p.left === hash) p.left = merged;
    else p.right = merged;
    this.write(parent, p);
    this.setRoot(root, size - 1);
    return true;
  }

  /** Up to `limit` entries with price ≤ maxPrice, cheapest first (ties by hash). */
  cheapest(limit: number, maxPrice: bigint): BookEntry[] {
    return this.cheapestWithParents(limit, maxPrice).map((e) => ({ hash: e.hash, price: e.price }));
  }

  /**
   * `cheapest`, each entry with the hash of its parent node in the treap as the walk saw it ("" for
   * the root): a hint that lets `remove` skip the O(log n) descent when the entry is removed next.
   */
  cheapestWithParents(limit: number, maxPrice: bigint): (BookEntry & { parent: string })[] {
    const out: (BookEntry & { parent: string })[] = [];
    // each stacked node with its parent: a node's left child has it as parent; the subtree entered by
    // a right step has the node just popped
    const stack: [string, Readonly<BookNode>, string][] = [];
    let cur = this.rootInfo().root;
    let curParent = "";
    while ((cur !== "" || stack.length > 0) && out.length < limit) {
      while (cur !== "") {
        const n = this.peek(cur);
        stack.push([cur, n, curParent]);
        curParent = cur;
        cur = n.left;
      }
      const [hash, n, parent] = stack.pop()!;
      if (n.price > maxPrice) break;
      out.push({ hash, price: n.price, parent });
      cur = n.right;
      curParent = hash;
    }
    return out;
  }

  /**
   * Up to `limit` entries strictly after (price, hash) in book order: the page after a cursor.
   * O(log n + limit) node reads.
   */
  after(price: bigint, hash: string, limit: number): BookEntry[] {
    const out: BookEntry[] = [];
    const stack: [string, Readonly<BookNode>][] = [];
    let cur = this.rootInfo().root;
    // descend to the first key > (price, hash), stacking the nodes still to visit
    while (cur !== "") {
      const n = this.peek(cur);
      if (before(price, hash, n.price, cur)) {
        stack.push([cur, n]);
        cur = n.left;
      } else {
        cur = n.right;
      }
    }
    while (stack.length > 0 && out.length < limit) {
      const [h, n] = stack.pop()!;
      out.push({ hash: h, price: n.price });
      cur = n.right;
      while (cur !== "") {
        const m = this.peek(cur);
        stack.push([cur, m]);
        cur = m.left;
      }
    }
    return out;
  }

  /** Every entry in order (tests and API; O(n)). */
  all(): BookEntry[] {
    return this.cheapest(Number.MAX_SAFE_INTEGER, (1n << 256n) - 1n);
  }
}

/** The book an order is indexed in and its price there (request orders: by workerpool max price). */
export function bookOf(kind: OrderKind, order: AnyOrder): { book: string; price: bigint } | undefined {
  const address = (b: Uint8Array | null | undefined): string =>
    b && b.length > 0 ? toHex(b) : ZERO_ADDRESS_HEX;
  switch (kind) {
    case "workerpool": {
      const o = order as poco.WorkerpoolOrder.$Properties;
      return {
        book: Books.workerpools(bytesToUint(o.category, "category")),
        price: bytesToUint(o.workerpoolprice, "price"),
      };
    }
    case "app": {
      const o = order as poco.AppOrder.$Properties;
      return { book: Books.apps(address(o.app)), price: bytesToUint(o.appprice, "price") };
    }
    case "dataset": {
      const o = order as poco.DatasetOrder.$Properties;
      return { book: Books.datasets(address(o.dataset)), price: bytesToUint(o.datasetprice, "price") };
    }
    case "request": {
      const o = order as poco.RequestOrder.$Properties;
      return {
        book: Books.requests(bytesToUint(o.category, "category")),
        price: bytesToUint(o.workerpoolmaxprice, "price"),
      };
    }
  }
}

/** Adds a published order with remaining volume to its book. */
export function indexOrder(state: MarketState, kind: OrderKind, order: AnyOrder, hash: string): void {
  const where = bookOf(kind, order);
  if (where) new OrderBookIndex(state, where.book).insert(hash, where.price);
}

/** Removes an exhausted or cancelled order from its book (no-op when absent). */
export function unindexOrder(
  state: MarketState,
  kind: OrderKind,
  order: AnyOrder,
  hash: string,
  parentHint?: string,
): void {
  const where = bookOf(kind, order);
  if (where) new OrderBookIndex(state, where.book).remove(hash, parentHint);
}
