/**
 * The genesis state root without materializing the genesis state.
 *
 * `applyGenesis` on an overlay is the reference: at 10^6 accounts it builds 10^6 key strings, account
 * objects, protobuf encodings and overlay map entries, then one hashed entry object each, and most of
 * its time is garbage collection (18.7 s at 1M accounts on an idle machine, GC 35%). Here only the
 * small part of the genesis (parameters, validators and their bonds, categories) goes through
 * `applyGenesis` itself, on a copy of the genesis without accounts; the accounts stream into flat
 * typed arrays: key hash per account, sorted by a radix sort on the hash's first 32 bits, duplicates
 * summed as `updateAccount` would, one value encoding per distinct (balance, stake), and the tree folded
 * in one pass from the sorted leaves with the same rules as sparseMerkleTree.ts and the snapshot's
 * `subtreeHash` (one hash per leaf and per branch, none kept). The property test genesisRoot compares
 * it with the reference on random geneses.
 */
import { keccak256 } from "../crypto/hash.js";
import {
  type Account,
  decodeAccount,
  emptyAccount,
  encodeAccount,
  isEmptyAccount,
} from "../state/accounts.js";
import { CommittedState } from "../state/committedState.js";
import { StateKeys } from "../state/stateKeys.js";
import { StateOverlay } from "../state/stateOverlay.js";
import { applyGenesis, type Genesis } from "./genesis.js";

const HASH = 32;
const ZERO = new Uint8Array(HASH);
const utf8 = new TextEncoder();
const ACCOUNT_KEY_PREFIX = utf8.encode(StateKeys.account(""));

/** Order of the 32-byte hashes `a` and `b` of the flat array `hashes` (indices). */
function compareHashes(hashes: Uint8Array, a: number, b: number): number {
  for (let k = 0; k < HASH; k++) {
    const d = (hashes[a * HASH + k] as number) - (hashes[b * HASH + k] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Indices of the first `count` 32-byte hashes of `hashes`, ordered by hash (equal hashes keep their
 * order): an LSD radix sort on the first 32 bits (two 16-bit passes, no comparator call per pair),
 * then runs sharing those bits (≈ n²/2^33 pairs in all, short) insertion-sorted on the whole hash.
 */
export function keyHashOrder(hashes: Uint8Array, count: number): Uint32Array {
  const prefixes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const o = i * HASH;
    prefixes[i] =
      (((hashes[o] as number) << 24) |
        ((hashes[o + 1] as number) << 16) |
        ((hashes[o + 2] as number) << 8) |
        (hashes[o + 3] as number)) >>>
      0;
  }
  let order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let next = new Uint32Array(count);
  for (const shift of [0, 16]) {
    const starts = new Uint32Array(65_537);
    for (let i = 0; i < count; i++) (starts[(((prefixes[i] as number) >>> shift) & 0xffff) + 1] as number)++;
    for (let d = 0; d < 65_536; d++) starts[d + 1] = (starts[d + 1] as number) + (starts[d] as number);
    for (let i = 0; i < count; i++) {
      const item = order[i] as number;
      next[(starts[((prefixes[item] as number) >>> shift) & 0xffff] as number)++] = item;
    }
    [order, next] = [next, order];
  }
  for (let i = 1; i < count; i++) {
    const item = order[i] as number;
    let j = i;
    while (
      j > 0 &&
      prefixes[order[j - 1] as number] === prefixes[item] &&
      compareHashes(hashes, order[j - 1] as number, item) > 0
    ) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = item;
  }
  return order;
}

/**
 * The leaves of a state being built: key hashes and leaf hashes in flat arrays (no object per leaf).
 * Leaves are added with their key hash first; the leaf hash is set once the value is known.
 */
class FlatLeaves {
  keyHashes: Uint8Array;
  leafHashes: Uint8Array;
  count = 0;
  private keyScratch = new Uint8Array(256);
  private readonly pair = new Uint8Array(1 + 2 * HASH);

  constructor(capacity: number) {
    this.keyHashes = new Uint8Array(Math.max(1, capacity) * HASH);
    this.leafHashes = new Uint8Array(Math.max(1, capacity) * HASH);
  }

  /** Adds a leaf of `key` (its hash written in place, without a byte array per key); returns its index. */
  addKey(key: string): number {
    if (key.length * 3 > this.keyScratch.length) this.keyScratch = new Uint8Array(key.length * 3);
    const { written } = utf8.encodeInto(key, this.keyScratch);
    this.keyHashes.set(keccak256(this.keyScratch.subarray(0, written)), this.count * HASH);
    return this.count++;
  }

  /**
   * Adds the leaf of `StateKeys.account(address)` with its bytes written straight into the scratch
   * ("acct:" + the address without "0x", ASCII lowercased: no string per account); an address with
   * a non-ASCII character goes through StateKeys and the UTF-8 encoder instead.
   */
  addAccountKey(address: string): number {
    const from = address.startsWith("0x") ? 2 : 0;
    const length = ACCOUNT_KEY_PREFIX.length + address.length - from;
    if (length > this.keyScratch.length) this.keyScratch = new Uint8Array(length * 3);
    const scratch = this.keyScratch;
    scratch.set(ACCOUNT_KEY_PREFIX);
    let p = ACCOUNT_KEY_PREFIX.length;
    for (let i = from; i < address.length; i++) {
      let c = address.charCodeAt(i);
      if (c >= 0x80) return this.addKey(StateKeys.account(address));
      if (c >= 65 && c <= 90) c += 32;
      scratch[p++] = c;
    }
    this.keyHashes.set(keccak256(scratch.subarray(0, p)), this.count * HASH);
    return this.count++;
  }

  /** Drops the last leaf added. */
  removeLast(): void {
    this.count--;
  }

  /** First 32 bits of leaf `i`'s key hash. */
  prefix(i: number): number {
    const h = this.keyHashes;
    const o = i * HASH;
    return (
      (((h[o] as number) << 24) |
        ((h[o + 1] as number) << 16) |
        ((h[o + 2] as number) << 8) |
        (h[o + 3] as number)) >>>
      0
    );
  }

  /** Sets leaf `i`'s hash: keccak(0x00 ‖ key hash ‖ value hash), as the tree hashes a leaf. */
  setValueHash(i: number, valueHash: Uint8Array): void {
    this.pair[0] = 0;
    this.pair.set(this.keyHashes.subarray(i * HASH, i * HASH + HASH), 1);
    this.pair.set(valueHash, 1 + HASH);
    this.leafHashes.set(keccak256(this.pair), i * HASH);
  }

  compareKeyHashes(a: number, b: number): number {
    return compareHashes(this.keyHashes, a, b);
  }

  /** Leaf indices ordered by key hash. */
  sortedOrder(): Uint32Array {
    return keyHashOrder(this.keyHashes, this.count);
  }

  private bitAt(leaf: number, depth: number): number {
    return ((this.keyHashes[leaf * HASH + (depth >> 3)] as number) >> (7 - (depth & 7))) & 1;
  }

  /** Hash of the subtree at `depth` holding the leaves order[lo, hi) (sorted, distinct key hashes). */
  subtreeHash(order: Uint32Array, lo: number, hi: number, depth: number): Uint8Array {
    if (hi === lo) return ZERO;
    if (hi - lo === 1) {
      const o = (order[lo] as number) * HASH;
      return this.leafHashes.subarray(o, o + HASH);
    }
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.bitAt(order[mid] as number, depth) === 0) a = mid + 1;
      else b = mid;
    }
    const left = this.subtreeHash(order, lo, a, depth + 1);
    const right = this.subtreeHash(order, a, hi, depth + 1);
    this.pair[0] = 1;
    this.pair.set(left, 1);
    this.pair.set(right, 1 + HASH);
    return keccak256(this.pair);
  }
}

/**
 * Everything of the genesis state but its accounts, by the reference code itself (a few keys: no cost
 * to speak of): the keys written and the validator set's encoding.
 */
export function genesisWithoutAccounts(genesis: Genesis): {
  validators: Uint8Array;
  written: Map<string, Uint8Array | null>;
} {
  const small = new StateOverlay(CommittedState.empty());
  applyGenesis(small, { ...genesis, accounts: [] });
  const validators = small.get(StateKeys.meta("validators"));
  if (!validators) throw new Error("genesis: no validator set written");
  return { validators, written: new Map<string, Uint8Array | null>(small.entries()) };
}

/**
 * The genesis state root and the genesis validator set's encoding, equal to building the state with
 * `applyGenesis` and hashing its tree.
 */
export function genesisStateRoot(genesis: Genesis): { stateRoot: Uint8Array; validators: Uint8Array } {
  const { validators, written } = genesisWithoutAccounts(genesis);
  // Accounts already written (validators' bonds) take the genesis amounts of the same address
  // through updateAccount, off the streamed path (a handful of keys).
  const accounts = genesis.accounts;
  const streamed = new FlatLeaves(accounts.length + written.size);
  // Key hash prefixes of the written keys: only an account whose key hash starts the same way needs
  // its key string to be looked up (one in ≈ 2^32 / written.size otherwise).
  const writtenPrefixes = new Set<number>();
  for (const key of written.keys()) {
    writtenPrefixes.add(streamed.prefix(streamed.addKey(key)));
    streamed.removeLast();
  }
  const amounts: { balance: bigint; stake: bigint }[] = [];
  for (const account of accounts) {
    const leaf = streamed.addAccountKey(account.address);
    if (writtenPrefixes.has(streamed.prefix(leaf))) {
      const key = StateKeys.account(account.address);
      if (written.has(key)) {
        streamed.removeLast();
        const bytes = written.get(key);
        const merged: Account = bytes ? decodeAccount(bytes) : emptyAccount();
        merged.balance += account.balance;
        merged.stake += account.stake;
        written.set(key, isEmptyAccount(merged) ? null : encodeAccount(merged));
        continue;
      }
    }
    amounts.push(account);
  }
  const accountLeaves = streamed.count;
  for (const [key, value] of written) {
    if (value === null) continue;
    streamed.setValueHash(streamed.addKey(key), keccak256(value));
  }

  // Sorted, duplicate addresses (equal key hashes, adjacent) summed; an all-zero account is no leaf.
  const order = streamed.sortedOrder();
  const kept = new Uint32Array(order.length);
  let keptCount = 0;
  let lastBalance = -1n;
  let lastStake = -1n;
  let lastValueHash: Uint8Array = ZERO;
  for (let i = 0; i < order.length; ) {
    const leaf = order[i] as number;
    if (leaf >= accountLeaves) {
      kept[keptCount++] = leaf;
      i++;
      continue;
    }
    // A lone address (the usual case) takes its amounts as they are: no bigint sum allocated.
    const own = amounts[leaf] as { balance: bigint; stake: bigint };
    let balance = own.balance;
    let stake = own.stake;
    let j = i + 1;
    while (
      j < order.length &&
      (order[j] as number) < accountLeaves &&
      streamed.compareKeyHashes(order[j] as number, leaf) === 0
    ) {
      const a = amounts[order[j] as number] as { balance: bigint; stake: bigint };
      balance += a.balance;
      stake += a.stake;
      j++;
    }
    i = j;
    if (balance === 0n && stake === 0n) continue;
    if (balance !== lastBalance || stake !== lastStake) {
      lastValueHash = keccak256(encodeAccount({ ...emptyAccount(), balance, stake }));
      lastBalance = balance;
      lastStake = stake;
    }
    streamed.setValueHash(leaf, lastValueHash);
    kept[keptCount++] = leaf;
  }
  const stateRoot = streamed.subtreeHash(kept, 0, keptCount, 0);
  return { stateRoot: new Uint8Array(stateRoot), validators };
}
