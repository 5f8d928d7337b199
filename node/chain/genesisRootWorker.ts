/**
 * The genesis state root on a worker thread, so that a state-syncing node hashes its genesis while it
 * downloads and verifies chunks (at 1M accounts the genesis root is ≈ 3M keccak calls, a fifth of the
 * joiner's work) instead of after.
 *
 * The calling thread does the cheap part: the non-account state through `applyGenesis`, the account
 * key bytes (written as genesisRoot.ts writes them) and one value hash per distinct (balance, stake).
 * The worker hashes the keys, sorts them, hashes the leaves and folds the tree with the rules of
 * genesisRoot.ts / sparseMerkleTree.ts. It is plain JavaScript, evaluated (as signatureVerifier's), so
 * it runs the same from the sources and from the bundle in dist/. Anything unusual (an address twice,
 * a non-ASCII address, no worker) is answered by `genesisStateRoot` on the calling thread, which
 * handles every case; the test genesisRoot compares both with the reference.
 */
import { Worker } from "node:worker_threads";
import { keccak256 } from "../crypto/hash.js";
import { decodeAccount, emptyAccount, encodeAccount, isEmptyAccount } from "../state/accounts.js";
import { StateKeys } from "../state/stateKeys.js";
import type { Genesis } from "./genesis.js";
import { genesisStateRoot, genesisWithoutAccounts } from "./genesisRoot.js";

const HASH = 32;

/** What the worker is given: leaves as key bytes and an index into a table of value hashes. */
export interface FlatGenesisLeaves {
  keyBytes: Uint8Array;
  /** End offset of each leaf's key in keyBytes. */
  keyEnds: Uint32Array;
  valueIds: Uint32Array;
  valueHashes: Uint8Array;
}

/**
 * The leaves of the genesis state without a string or object per account, or undefined when the
 * genesis needs the general path (an address listed twice or non-ASCII).
 */
export function flatGenesisLeaves(
  genesis: Genesis,
): { leaves: FlatGenesisLeaves; validators: Uint8Array } | undefined {
  const { validators, written } = genesisWithoutAccounts(genesis);
  const accounts = genesis.accounts;

  // Key bytes: "acct:" + the address without "0x", ASCII lowercased (StateKeys.account's key).
  const prefix = new TextEncoder().encode(StateKeys.account(""));
  let capacity = 0;
  for (const a of accounts) capacity += prefix.length + a.address.length;
  const writtenKeys = [...written.keys()].map((k) => new TextEncoder().encode(k));
  for (const k of writtenKeys) capacity += k.length;
  const keyBytes = new Uint8Array(capacity);
  const count = accounts.length + written.size;
  const keyEnds = new Uint32Array(count);
  const valueIds = new Uint32Array(count);
  const valueHashes: Uint8Array[] = [];
  const valueIdOf = new Map<string, number>();
  // Written accounts (validators' bonds): an account among them is merged here, off the flat path.
  // Recognised by their keys' last 4 bytes first, so other accounts build no key string.
  const tail = (bytes: Uint8Array, end: number) =>
    end < 4
      ? -1
      : (((bytes[end - 4] as number) << 24) |
          ((bytes[end - 3] as number) << 16) |
          ((bytes[end - 2] as number) << 8) |
          (bytes[end - 1] as number)) >>>
        0;
  const writtenTails = new Set(writtenKeys.map((k) => tail(k, k.length)));
  let at = 0;
  let n = 0;
  let lastBalance = -1n;
  let lastStake = -1n;
  let lastId = 0;
  for (const account of accounts) {
    if (account.balance === 0n && account.stake === 0n) continue; // adds nothing to any sum
    const start = at;
    keyBytes.set(prefix, at);
    at += prefix.length;
    const address = account.address;
    const from = address.startsWith("0x") ? 2 : 0;
    for (let i = from; i < address.length; i++) {
      let c = address.charCodeAt(i);
      if (c >= 0x80) return undefined;
      if (c >= 65 && c <= 90) c += 32;
      keyBytes[at++] = c;
    }
    if (writtenTails.has(tail(keyBytes, at))) {
      const key = StateKeys.account(address);
      if (written.has(key)) {
        at = start;
        const bytes = written.get(key);
        const merged = bytes ? decodeAccount(bytes) : emptyAccount();
        merged.balance += account.balance;
        merged.stake += account.stake;
        written.set(key, isEmptyAccount(merged) ? null : encodeAccount(merged));
        continue;
      }
    }
    if (account.balance !== lastBalance || account.stake !== lastStake) {
      const id = `${account.balance}:${account.stake}`;
      let known = valueIdOf.get(id);
      if (known === undefined) {
        known = valueHashes.length;
        valueHashes.push(
          keccak256(encodeAccount({ ...emptyAccount(), balance: account.balance, stake: account.stake })),
        );
        valueIdOf.set(id, known);
      }
      lastId = known;
      lastBalance = account.balance;
      lastStake = account.stake;
    }
    keyEnds[n] = at;
    valueIds[n++] = lastId;
  }
  let w = 0;
  for (const [, value] of written) {
    const key = writtenKeys[w++] as Uint8Array;
    if (value === null) continue;
    keyBytes.set(key, at);
    at += key.length;
    keyEnds[n] = at;
    valueIds[n++] = valueHashes.length;
    valueHashes.push(keccak256(value));
  }
  const table = new Uint8Array(Math.max(1, valueHashes.length) * HASH);
  for (let i = 0; i < valueHashes.length; i++) table.set(valueHashes[i] as Uint8Array, i * HASH);
  return {
    leaves: {
      keyBytes: keyBytes.slice(0, at),
      keyEnds: keyEnds.slice(0, n),
      valueIds: valueIds.slice(0, n),
      valueHashes: table,
    },
    validators,
  };
}

/**
 * The worker: hashes the keys, orders them (LSD radix sort on the first 32 bits, ties on the whole
 * hash, as genesisRoot.ts's keyHashOrder), refuses equal keys (answer: duplicate), hashes each leaf
 * keccak(0x00 ‖ keyHash ‖ valueHash) and folds the tree (empty = zero, one leaf = its hash, else
 * keccak(0x01 ‖ left ‖ right)).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const k = await (await import(workerData.keccakUrl)).createKeccak(256);
  const keccak = (bytes) => { k.init(); k.update(bytes); return k.digest("binary"); };
  const { keyBytes, keyEnds, valueIds, valueHashes } = workerData.leaves;
  const n = keyEnds.length;
  const kh = new Uint8Array(n * 32);
  let start = 0;
  for (let i = 0; i < n; i++) { kh.set(keccak(keyBytes.subarray(start, keyEnds[i])), i * 32); start = keyEnds[i]; }
  const cmp = (a, b) => { for (let j = 0; j < 32; j++) { const d = kh[a * 32 + j] - kh[b * 32 + j]; if (d !== 0) return d; } return 0; };
  const prefixes = new Uint32Array(n);
  for (let i = 0; i < n; i++) prefixes[i] = ((kh[i * 32] << 24) | (kh[i * 32 + 1] << 16) | (kh[i * 32 + 2] << 8) | kh[i * 32 + 3]) >>> 0;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  for (const shift of [0, 16]) {
    const starts = new Uint32Array(65537);
    for (let i = 0; i < n; i++) starts[((prefixes[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 0; d < 65536; d++) starts[d + 1] += starts[d];
    for (let i = 0; i < n; i++) { const item = order[i]; next[starts[(prefixes[item] >>> shift) & 0xffff]++] = item; }
    const t = order; order = next; next = t;
  }
  for (let i = 1; i < n; i++) {
    const item = order[i];
    let j = i;
    while (j > 0 && prefixes[order[j - 1]] === prefixes[item] && cmp(order[j - 1], item) > 0) { order[j] = order[j - 1]; j--; }
    order[j] = item;
  }
  for (let i = 1; i < n; i++) if (cmp(order[i - 1], order[i]) === 0) { parentPort.postMessage({ duplicate: true }); return; }
  const pair = new Uint8Array(65);
  const lh = new Uint8Array(n * 32);
  for (let i = 0; i < n; i++) {
    pair[0] = 0;
    pair.set(kh.subarray(i * 32, i * 32 + 32), 1);
    pair.set(valueHashes.subarray(valueIds[i] * 32, valueIds[i] * 32 + 32), 33);
    lh.set(keccak(pair), i * 32);
  }
  const ZERO = new Uint8Array(32);
  const fold = (lo, hi, depth) => {
    if (hi === lo) return ZERO;
    if (hi - lo === 1) return lh.subarray(order[lo] * 32, order[lo] * 32 + 32);
    let a = lo, b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (((kh[order[mid] * 32 + (depth >> 3)] >> (7 - (depth & 7))) & 1) === 0) a = mid + 1; else b = mid;
    }
    const left = fold(lo, a, depth + 1);
    const right = fold(a, hi, depth + 1);
    pair[0] = 1; pair.set(left, 1); pair.set(right, 33);
    return keccak(pair);
  };
  parentPort.postMessage({ root: new Uint8Array(fold(0, n, 0)) });
})().catch((err) => parentPort.postMessage({ error: String(err && err.stack || err) }));
`;

/** The flat leaves' root on a one-shot worker thread (undefined: the leaves hold a key twice). */
export function flatRootOnWorker(leaves: FlatGenesisLeaves): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { keccakUrl: import.meta.resolve("hash-wasm"), leaves },
      transferList: [
        leaves.keyBytes.buffer as ArrayBuffer,
        leaves.keyEnds.buffer as ArrayBuffer,
        leaves.valueIds.buffer as ArrayBuffer,
        leaves.valueHashes.buffer as ArrayBuffer,
      ],
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (m: { root?: Uint8Array; duplicate?: boolean; error?: string }) =>
      settle(() =>
        m.root ? resolve(m.root) : m.duplicate ? resolve(undefined) : reject(new Error(m.error)),
      ),
    );
    worker.on("error", (err) => settle(() => reject(err)));
    worker.on("exit", (code) => settle(() => reject(new Error(`genesis root worker exited with ${code}`))));
  });
}

/**
 * `genesisStateRoot` with the hashing on a worker thread where it can (see the module comment),
 * on this thread otherwise: the same result either way.
 */
export async function genesisStateRootConcurrent(
  genesis: Genesis,
  /** Told when the worker could not be used (the root is then computed on this thread). */
  onWorkerFailure?: (err: Error) => void,
): Promise<{ stateRoot: Uint8Array; validators: Uint8Array }> {
  const flat = flatGenesisLeaves(genesis);
  if (flat) {
    try {
      const root = await flatRootOnWorker(flat.leaves);
      if (root) return { stateRoot: root, validators: flat.validators };
    } catch (err) {
      onWorkerFailure?.(err as Error);
    }
  }
  return genesisStateRoot(genesis);
}
