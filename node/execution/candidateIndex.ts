/**
 * The validator candidates, kept in state as a treap ordered by (power descending, address
 * ascending): insert and remove read and write O(log n) nodes in expectation, and the top N (the
 * active set) is an in-order walk of O(N + log n) nodes. Same technique as the order books
 * (scheduler/orderBook.ts): a node's heap priority is keccak256(address), so the shape depends only on
 * the keys, and deepening the tree by d levels needs about 2^d address trials — and each candidate
 * costs at least the minimum self-bond.
 *
 * Layout: `val:ix:<address>` → BookNode { price: power, left, right: child addresses (20 bytes) },
 * `val:ixroot` → BookRoot { root address, size }. (BookNode/BookRoot are the order books' messages,
 * reused: same shape, a different key space.) Nodes are written only here, so reads skip the
 * canonical re-encoding check that untrusted input gets.
 */
import { bytesToUint, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { fromHex, keccak256, toHex } from "../crypto/hash.js";
import type { StateWriter } from "../state/accounts.js";
import type { StateReader } from "../state/stateOverlay.js";

export interface Candidate {
  address: string;
  power: number;
}

interface IndexNode {
  power: number;
  /** Child addresses (lowercase 0x hex), "" for none. */
  left: string;
  right: string;
}

const ROOT_KEY = "val:ixroot";
const nodeKey = (address: string): string => `val:ix:${address.slice(2)}`;
const ref = (bytes: Uint8Array | null | undefined): string => (bytes && bytes.length > 0 ? toHex(bytes) : "");
const refBytes = (address: string): Uint8Array => (address === "" ? new Uint8Array(0) : fromHex(address, 20));

/** (power, address) comes before (power, address) in index order: higher power first, then lower address. */
function precedes(aPower: number, aAddress: string, bPower: number, bAddress: string): boolean {
  return aPower > bPower || (aPower === bPower && aAddress < bAddress);
}

/** Node priorities are a pure function of the address; the memo is bounded and cannot change results. */
const priorities = new Map<string, string>();
const MAX_CACHED_PRIORITIES = 1 << 16;

function priority(address: string): string {
  let p = priorities.get(address);
  if (p === undefined) {
    p = toHex(keccak256(fromHex(address, 20)));
    if (priorities.size >= MAX_CACHED_PRIORITIES) priorities.clear();
    priorities.set(address, p);
  }
  return p;
}

export class CandidateIndex {
  constructor(private readonly state: StateWriter) {}

  private read(address: string): IndexNode {
    const bytes = this.state.get(nodeKey(address));
    if (!bytes) throw new Error(`corrupt candidate index: missing node ${address}`);
    const m = poco.BookNode.decode(bytes);
    return { power: Number(bytesToUint(m.price, "power")), left: ref(m.left), right: ref(m.right) };
  }

  private write(address: string, n: IndexNode): void {
    this.state.set(
      nodeKey(address),
      encode(poco.BookNode, {
        price: uintToBytes(BigInt(n.power)),
        left: refBytes(n.left),
        right: refBytes(n.right),
      }),
    );
  }

  private rootInfo(): { root: string; size: number } {
    const bytes = this.state.get(ROOT_KEY);
    if (!bytes) return { root: "", size: 0 };
    const m = poco.BookRoot.decode(bytes);
    return { root: ref(m.root), size: u64ToNumber(m.size, "size") };
  }

  private setRoot(root: string, size: number): void {
    if (size === 0) this.state.delete(ROOT_KEY);
    else this.state.set(ROOT_KEY, encode(poco.BookRoot, { root: refBytes(root), size }));
  }

  get size(): number {
    return this.rootInfo().size;
  }

  /** The indexed power of a candidate, undefined when it is not indexed. */
  powerOf(address: string): number | undefined {
    return this.state.get(nodeKey(address)) ? this.read(address).power : undefined;
  }

  /** Splits subtree `t` into keys before (power, address) and the others. */
  private split(t: string, power: number, address: string): [string, string] {
    if (t === "") return ["", ""];
    const n = this.read(t);
    if (precedes(n.power, t, power, address)) {
      const [l, r] = this.split(n.right, power, address);
      n.right = l;
      this.write(t, n);
      return [t, r];
    }
    const [l, r] = this.split(n.left, power, address);
    n.left = r;
    this.write(t, n);
    return [l, t];
  }

  /** Merges two subtrees where every key of `a` comes before every key of `b`. */
  private merge(a: string, b: string): string {
    if (a === "") return b;
    if (b === "") return a;
    if (priority(a) > priority(b)) {
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

  private insert(address: string, power: number): void {
    const { root, size } = this.rootInfo();
    const p = priority(address);
    let parent = "";
    let cur = root;
    while (cur !== "" && priority(cur) > p) {
      parent = cur;
      const n = this.read(cur);
      cur = precedes(power, address, n.power, cur) ? n.left : n.right;
    }
    const [l, r] = this.split(cur, power, address);
    this.write(address, { power, left: l, right: r });
    if (parent === "") {
      this.setRoot(address, size + 1);
      return;
    }
    const fresh = this.read(parent);
    if (precedes(power, address, fresh.power, parent)) fresh.left = address;
    else fresh.right = address;
    this.write(parent, fresh);
    this.setRoot(root, size + 1);
  }

  private remove(address: string): void {
    const target = this.read(address);
    const { root, size } = this.rootInfo();
    let parent = "";
    let cur = root;
    while (cur !== "" && cur !== address) {
      const n = this.read(cur);
      parent = cur;
      cur = precedes(target.power, address, n.power, cur) ? n.left : n.right;
    }
    if (cur === "") throw new Error(`corrupt candidate index: ${address} unreachable`);
    const merged = this.merge(target.left, target.right);
    this.state.delete(nodeKey(address));
    if (parent === "") {
      this.setRoot(merged, size - 1);
      return;
    }
    const p = this.read(parent);
    if (p.left === address) p.left = merged;
    else p.right = merged;
    this.write(parent, p);
    this.setRoot(root, size - 1);
  }

  /**
   * Makes the index hold `address` with `power`, or not at all when power is 0 (jailed, below the
   * minimum self-bond, no stake). Returns whether anything changed. O(log n) expected.
   */
  set(address: string, power: number): boolean {
    const current = this.powerOf(address);
    if (current === power || (current === undefined && power === 0)) return false;
    if (current !== undefined) this.remove(address);
    if (power > 0) this.insert(address, power);
    return true;
  }

  /** The first `limit` candidates in index order (highest power, then lowest address). */
  top(limit: number): Candidate[] {
    const out: Candidate[] = [];
    const stack: [string, IndexNode][] = [];
    let cur = this.rootInfo().root;
    while ((cur !== "" || stack.length > 0) && out.length < limit) {
      while (cur !== "") {
        const n = this.read(cur);
        stack.push([cur, n]);
        cur = n.left;
      }
      const [address, n] = stack.pop()!;
      out.push({ address, power: n.power });
      cur = n.right;
    }
    return out;
  }

  /** Every candidate in index order (API and tests; O(n)). */
  all(): Candidate[] {
    return this.top(Number.MAX_SAFE_INTEGER);
  }
}

/** The index over a read-only state (API listings): any write is a bug and throws. */
export function readOnlyCandidateIndex(reader: StateReader): CandidateIndex {
  const refuse = (): never => {
    throw new Error("candidate index: read-only view");
  };
  return new CandidateIndex({ get: (key) => reader.get(key), set: refuse, delete: refuse });
}
