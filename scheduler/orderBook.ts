/**
 * Order-book indexes kept in state: one treap per book (workerpool orders of a category, app orders
 * of an app, dataset orders of a dataset) ordered by (price, order hash), with each node's heap
 * priority keccak256(order hash). Insert, remove and the first k orders in price order each read and
 * write O(log n) nodes in expectation; the order is deterministic (price, then hash as tie-break).
 * Priorities come from hashes the publisher cannot choose cheaply: deepening the tree by d levels
 * beyond the expected depth needs about 2^d hash trials.
 */
import type { AnyOrder, OrderKind } from "../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../proto/index.js";
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
const refBytes = (hash: string): Uint8Array => (hash === "" ? new Uint8Array(0) : fromHex(hash, 32));

/** Book ids. */
export const Books = {
  workerpools: (category: bigint) => `wp:${category.toString(10)}`,
  apps: (app: string) => `app:${bare(app)}`,
  datasets: (dataset: string) => `ds:${bare(dataset)}`,
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
const MAX_CACHED_PRIORITIES = 1 << 18;

export class OrderBookIndex {
  constructor(
    private readonly state: MarketState,
    readonly book: string,
  ) {}

  private read(hash: string): BookNode {
    const bytes = this.state.get(nodeKey(hash));
    if (!bytes) throw new Error(`corrupt order book ${this.book}: missing node ${hash}`);
    const cached = decoded.get(bytes);
    if (cached) return { ...cached };
    // written only by `write` below, so canonical by construction: the hot path skips the re-encode check
    const m = poco.BookNode.decode(bytes);
    const node = { price: bytesToUint(m.price, "price"), left: ref(m.left), right: ref(m.right) };
    decoded.set(bytes, node);
    return { ...node };
  }

  private write(hash: string, n: BookNode): void {
    const bytes = encode(poco.BookNode, {
      price: uintToBytes(n.price),
      left: refBytes(n.left),
      right: refBytes(n.right),
    });
    decoded.set(bytes, { ...n });
    this.state.set(nodeKey(hash), bytes);
  }

  private priority(hash: string): string {
    let p = priorities.get(hash);
    if (p === undefined) {
      p = toHex(keccak256(fromHex(hash, 32)));
      if (priorities.size >= MAX_CACHED_PRIORITIES) priorities.clear();
      priorities.set(hash, p);
    }
    return p;
  }

  private rootInfo(): { root: string; size: number } {
    const bytes = this.state.get(rootKey(this.book));
    if (!bytes) return { root: "", size: 0 };
    const m = decodeCanonical(poco.BookRoot, bytes);
    return { root: ref(m.root), size: u64ToNumber(m.size, "size") };
  }

  private setRoot(root: string, size: number): void {
    if (size === 0) this.state.delete(rootKey(this.book));
    else this.state.set(rootKey(this.book), encode(poco.BookRoot, { root: refBytes(root), size }));
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

  /** Removes an order; returns false when it was not indexed. */
  remove(hash: string): boolean {
    const bytes = this.state.get(nodeKey(hash));
    if (!bytes) return false;
    const target = this.read(hash);
    const { root, size } = this.rootInfo();
    let parent = "";
    let cur = root;
    while (cur !== "" && cur !== hash) {
      const n = this.read(cur);
      parent = cur;
      cur = before(target.price, hash, n.price, cur) ? n.left : n.right;
    }
    if (cur === "") throw new Error(`corrupt order book ${this.book}: ${hash} unreachable`);
    const merged = this.merge(target.left, target.right);
    this.state.delete(nodeKey(hash));
    if (parent === "") {
      this.setRoot(merged, size - 1);
      return true;
    }
    const p = this.read(parent);
    if (p.left === hash) p.left = merged;
    else p.right = merged;
    this.write(parent, p);
    this.setRoot(root, size - 1);
    return true;
  }

  /** Up to `limit` entries with price ≤ maxPrice, cheapest first (ties by hash). */
  cheapest(limit: number, maxPrice: bigint): BookEntry[] {
    const out: BookEntry[] = [];
    const stack: [string, BookNode][] = [];
    let cur = this.rootInfo().root;
    while ((cur !== "" || stack.length > 0) && out.length < limit) {
      while (cur !== "") {
        const n = this.read(cur);
        stack.push([cur, n]);
        cur = n.left;
      }
      const [hash, n] = stack.pop()!;
      if (n.price > maxPrice) break;
      out.push({ hash, price: n.price });
      cur = n.right;
    }
    return out;
  }

  /** Every entry in order (tests and API; O(n)). */
  all(): BookEntry[] {
    return this.cheapest(Number.MAX_SAFE_INTEGER, (1n << 256n) - 1n);
  }
}

/** The book an order is indexed in and its price there; undefined for request orders. */
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
    case "request":
      return undefined;
  }
}

/** Adds a published order with remaining volume to its book. */
export function indexOrder(state: MarketState, kind: OrderKind, order: AnyOrder, hash: string): void {
  const where = bookOf(kind, order);
  if (where) new OrderBookIndex(state, where.book).insert(hash, where.price);
}

/** Removes an exhausted or cancelled order from its book (no-op when absent). */
export function unindexOrder(state: MarketState, kind: OrderKind, order: AnyOrder, hash: string): void {
  const where = bookOf(kind, order);
  if (where) new OrderBookIndex(state, where.book).remove(hash);
}
