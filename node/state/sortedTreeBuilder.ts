/**
 * Streaming build of the persisted state (values `s:…`, tree pages `t:…` in the levelTreeStore.ts
 * layout, `m:stateCount`) from entries in any order, with bounded memory and bounded level batches:
 * a 10M-entry store is built without holding the tree in memory nor writing one giant batch (which
 * LevelDB would then replay from its log at every open until compacted).
 *
 * 1. Values are written as they come; each entry's (keyHash ‖ valueHash) goes to one of 256 bucket
 *    files by the first byte of its key hash (an external bucket sort, as snapshot production orders
 *    by key-hash region).
 * 2. Bucket by bucket, sorted, the leaves feed `SortedTreeBuilder`: geth's StackTrie idea (a trie
 *    hashed and flushed from keys arriving in order, with one open node per level) applied to this
 *    compact binary tree: only a stack of at most 257 pending subtrees is held, each node is emitted
 *    once, children before their parent.
 *
 * The records are byte-identical to those that normal writes (`SparseMerkleTree.set` + `takeWrites`)
 * leave in the store for the same key/values: a leaf sits at the shallowest depth where it is alone,
 * i.e. one below the longest common prefix with its sorted neighbours, and a branch exists at every
 * depth along a prefix shared by two or more keys (test: sortedTreeBuilder.test.ts).
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { keccak256 } from "../crypto/hash.js";
import { STATE_COUNT_KEY, STATE_VALUE_PREFIX } from "./committedState.js";
import {
  encodeTreeNode,
  LEGACY_TREE_NODE_PREFIX,
  LEGACY_TREE_NODE_PREFIX_END,
  TREE_PAGE_PREFIX,
  TREE_PAGE_PREFIX_END,
  TreePageAssembler,
  treeLayoutOp,
  treeNodeKey,
} from "./levelTreeStore.js";
import { branchNodeHash, HASH_LENGTH, leafNodeHash, PATH_BITS } from "./sparseMerkleTree.js";

const ZERO_HASH = new Uint8Array(HASH_LENGTH);
/** Default bound of one level batch (keys + values). */
export const DEFAULT_BUILD_BATCH_BYTES = 16 * 2 ** 20;
const BUCKETS = 256;
const RECORD = 2 * HASH_LENGTH;
/** Bytes buffered per bucket before it is appended to its file (256 × this at most in memory). */
const BUCKET_BUFFER_BYTES = 256 * 1024;

export const SortedTreeBuildErrorCode = {
  /** Leaves were not given in strictly increasing key-hash order. */
  UNSORTED: "SORTED_TREE_UNSORTED",
} as const;

export class SortedTreeBuildError extends Error {
  constructor(
    readonly code: (typeof SortedTreeBuildErrorCode)[keyof typeof SortedTreeBuildErrorCode],
    message: string,
  ) {
    super(message);
    this.name = "SortedTreeBuildError";
  }
}

function bitAt(path: Uint8Array, depth: number): number {
  return ((path[depth >> 3] as number) >> (7 - (depth & 7))) & 1;
}

/** Number of leading bits a and b share; PATH_BITS when equal. */
function commonPrefixBits(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < HASH_LENGTH; i++) {
    const x = (a[i] as number) ^ (b[i] as number);
    if (x !== 0) return i * 8 + Math.clz32(x) - 24;
  }
  return PATH_BITS;
}

function compareHashes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < HASH_LENGTH; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** A finished subtree waiting for its sibling: its depth, hash and a path through it. */
interface Pending {
  depth: number;
  hash: Uint8Array;
  path: Uint8Array;
}

/**
 * Builds the tree from leaves given in strictly increasing key-hash order, emitting every node record
 * (node key as levelTreeStore.ts names it, 65-byte record) once, children first. Memory: one stack
 * entry per open level (≤ 257).
 */
export class SortedTreeBuilder {
  private readonly stack: Pending[] = [];
  private last: { keyHash: Uint8Array; valueHash: Uint8Array } | undefined;
  /** Common prefix (bits) of `last` with the leaf before it, -1 for the first leaf. */
  private lastPrefix = -1;
  /** Leaves added. */
  count = 0;

  constructor(private readonly emit: (key: string, record: Uint8Array) => void) {}

  add(keyHash: Uint8Array, valueHash: Uint8Array): void {
    const last = this.last;
    if (last !== undefined) {
      const shared = commonPrefixBits(last.keyHash, keyHash);
      if (shared === PATH_BITS || compareHashes(last.keyHash, keyHash) > 0) {
        throw new SortedTreeBuildError(
          SortedTreeBuildErrorCode.UNSORTED,
          "leaves must come in strictly increasing key-hash order",
        );
      }
      this.place(last, this.lastPrefix, shared);
      this.lastPrefix = shared;
    }
    this.last = { keyHash, valueHash };
    this.count++;
  }

  /** Emits what is left and returns the root hash (32 zero bytes for no leaf). */
  finish(): Uint8Array {
    if (this.last !== undefined) this.place(this.last, this.lastPrefix, -1);
    this.last = undefined;
    return this.stack.length === 0 ? ZERO_HASH.slice() : (this.stack[0] as Pending).hash.slice();
  }

  /**
   * Places a leaf whose common prefixes with its sorted neighbours are `before` and `after` bits:
   * it sits just below the longer one, and every subtree on its path deeper than `after` + 1 is now
   * complete (the next leaf branches off at depth `after`), so those levels are folded.
   */
  private place(leaf: { keyHash: Uint8Array; valueHash: Uint8Array }, before: number, after: number): void {
    const depth = Math.max(before, after) + 1;
    this.emit(treeNodeKey(depth, leaf.keyHash), encodeTreeNode({ leaf: true, ...leaf }));
    this.stack.push({ depth, hash: leafNodeHash(leaf.keyHash, leaf.valueHash), path: leaf.keyHash });
    this.fold(after + 1);
  }

  /** Folds the stack until its top sits at `depth`: siblings merge, a lone child gets an empty side. */
  private fold(depth: number): void {
    for (;;) {
      const top = this.stack[this.stack.length - 1] as Pending;
      if (top.depth <= depth) return;
      const below = this.stack[this.stack.length - 2];
      let left: Uint8Array;
      let right: Uint8Array;
      if (below !== undefined && below.depth === top.depth) {
        // Sorted input: the entry below at the same depth is the left sibling.
        left = below.hash;
        right = top.hash;
        this.stack.length -= 2;
      } else {
        const bit = bitAt(top.path, top.depth - 1);
        left = bit === 0 ? top.hash : ZERO_HASH;
        right = bit === 0 ? ZERO_HASH : top.hash;
        this.stack.length -= 1;
      }
      const parentDepth = top.depth - 1;
      this.emit(treeNodeKey(parentDepth, top.path), encodeTreeNode({ leaf: false, left, right }));
      this.stack.push({ depth: parentDepth, hash: branchNodeHash(left, right), path: top.path });
    }
  }
}

export type BuildOp = { type: "put"; key: string; value: Uint8Array };

/** Where the build writes: atomic level batches, and a range delete. */
export interface BuildStore {
  writeBatch(ops: BuildOp[]): Promise<void>;
  clearRange(gte: string, lt: string): Promise<void>;
}

/** Puts collected into batches of at most about `maxBytes` (keys + values). */
class BoundedBatch {
  private ops: BuildOp[] = [];
  private bytes = 0;
  batches = 0;

  constructor(
    private readonly store: BuildStore,
    private readonly maxBytes: number,
  ) {}

  put(key: string, value: Uint8Array): void {
    this.ops.push({ type: "put", key, value });
    this.bytes += key.length + value.length;
  }

  get full(): boolean {
    return this.bytes >= this.maxBytes;
  }

  async flush(): Promise<void> {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.bytes = 0;
    this.batches++;
    await this.store.writeBatch(ops);
  }
}

export interface PersistedStateBuild {
  root: Uint8Array;
  /** Distinct keys (the state's size). */
  count: number;
  /** Level batches written. */
  batches: number;
}

/**
 * Writes the persisted state of `entries` (a later duplicate key overrides an earlier one) into
 * `store`, replacing every tree node record there; values of keys not in `entries` are left alone
 * (the caller passes the whole state). Memory stays bounded by the batch size, the bucket buffers
 * (256 × 256 KiB) and one bucket's sort (1/256 of the keys, 64 bytes each), whatever the size.
 */
export async function buildPersistedState(
  entries: Iterable<readonly [string, Uint8Array]> | AsyncIterable<readonly [string, Uint8Array]>,
  store: BuildStore,
  options: { tmpDir: string; maxBatchBytes?: number },
): Promise<PersistedStateBuild> {
  const batch = new BoundedBatch(store, options.maxBatchBytes ?? DEFAULT_BUILD_BATCH_BYTES);
  const dir = mkdtempSync(join(options.tmpDir, "state-build-"));
  const bucketFile = (b: number) => join(dir, b.toString(16).padStart(2, "0"));
  const buffers: Buffer[][] = Array.from({ length: BUCKETS }, () => []);
  const buffered = new Array<number>(BUCKETS).fill(0);
  const spill = (b: number) => {
    if (buffered[b] === 0) return;
    appendFileSync(bucketFile(b), Buffer.concat(buffers[b] as Buffer[]));
    buffers[b] = [];
    buffered[b] = 0;
  };
  try {
    await store.clearRange(TREE_PAGE_PREFIX, TREE_PAGE_PREFIX_END);
    await store.clearRange(LEGACY_TREE_NODE_PREFIX, LEGACY_TREE_NODE_PREFIX_END);
    const utf8 = new TextEncoder();
    for await (const [key, value] of entries) {
      batch.put(STATE_VALUE_PREFIX + key, value);
      const record = Buffer.allocUnsafe(RECORD);
      record.set(keccak256(utf8.encode(key)), 0);
      record.set(keccak256(value), HASH_LENGTH);
      const b = record[0] as number;
      (buffers[b] as Buffer[]).push(record);
      buffered[b] = (buffered[b] as number) + RECORD;
      if ((buffered[b] as number) >= BUCKET_BUFFER_BYTES) spill(b);
      if (batch.full) await batch.flush();
    }
    for (let b = 0; b < BUCKETS; b++) spill(b);

    // Nodes come children first: a page is complete when its root node arrives.
    const pages = new TreePageAssembler((key, page) => batch.put(key, page));
    const builder = new SortedTreeBuilder((key, record) => pages.add(key, record));
    for (let b = 0; b < BUCKETS; b++) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(bucketFile(b));
      } catch {
        continue; // no key hash starts with this byte
      }
      const n = bytes.length / RECORD;
      const at = (i: number) => bytes.subarray(i * RECORD, i * RECORD + HASH_LENGTH);
      const order = Array.from({ length: n }, (_, i) => i);
      // Stable: among equal key hashes the later entry stays later, and wins below.
      order.sort((i, j) =>
        bytes.compare(bytes, j * RECORD, j * RECORD + HASH_LENGTH, i * RECORD, i * RECORD + HASH_LENGTH),
      );
      for (let k = 0; k < n; k++) {
        const i = order[k] as number;
        const next = order[k + 1];
        if (next !== undefined && compareHashes(at(i), at(next)) === 0) continue;
        builder.add(
          new Uint8Array(at(i)),
          new Uint8Array(bytes.subarray(i * RECORD + HASH_LENGTH, (i + 1) * RECORD)),
        );
        if (batch.full) await batch.flush();
      }
    }
    const root = builder.finish();
    if (pages.openPages().length > 0) throw new Error("buildPersistedState: a tree page was left open");
    const layout = treeLayoutOp();
    batch.put(layout.key, layout.value);
    const count = Buffer.alloc(8);
    count.writeBigUInt64BE(BigInt(builder.count));
    batch.put(STATE_COUNT_KEY, count);
    await batch.flush();
    return { root, count: builder.count, batches: batch.batches };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
