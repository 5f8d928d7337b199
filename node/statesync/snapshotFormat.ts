/**
 * State snapshots: how the state of one height is cut into chunks, encoded, and verified.
 *
 * The idea taken from CometBFT's state sync (ABCI OfferSnapshot / ApplySnapshotChunk) is the split
 * into a small snapshot description (here the MANIFEST) and chunks fetched independently from any
 * peer that offers the same snapshot, the application checking every chunk before applying it. The
 * idea taken from Cosmos snapshots (IAVL export) is that chunks carry the tree's data in tree order,
 * so the receiver rebuilds the tree nodes instead of trusting them.
 *
 * Our tree is a sparse Merkle tree over keccak256(key) paths (sparseMerkleTree.ts), so "key order" is
 * path order (the order of keccak256(key)): the path space is cut into REGIONS, each a subtree
 * position (depth, path prefix). The manifest lists every region with its leaf count and subtree
 * hash; together the regions cover the whole path space exactly once, so the receiver folds the
 * region hashes up to a root and compares it with the state root of a header whose commit it
 * verified: the manifest is then as trusted as the header. A chunk holds the key/values of
 * consecutive regions, sorted by keccak256(key); the receiver rebuilds each region's subtree from
 * them and compares its hash with the manifest's: a chunk is accepted only if it is exactly the
 * state of its regions (one flipped byte changes a hash or breaks the decoding). Rebuilding also
 * yields the tree's persisted nodes, grouped in tree pages (levelTreeStore.ts layout), so a synced
 * store is the same as one built block by block. A page whose root is above a region (regions are
 * not aligned to the 4-level pages) is only partly in a chunk: those parts are kept until the end
 * of the sync and merged with the manifest's top nodes (`mergeTreePages`).
 *
 * The tree's shape rule matters at region boundaries: a subtree holding one leaf IS that leaf (it
 * sits at the shallowest depth where it is alone), so region hashes are combined by count (0 =
 * empty, 1 = the leaf moves up, ≥ 2 = a branch), and a single-leaf region's leaf is stored at the
 * depth the manifest's counts give, never below its region.
 *
 * Encoding: fixed-layout big-endian binary with every length bounded and checked before reading;
 * anything left over, out of order or out of bounds is a `SnapshotError`.
 */

import { keccak256 } from "../crypto/hash.js";
import {
  encodeTreeNode,
  TREE_RECORD_BYTES,
  TreePageAssembler,
  treeNodeKey,
  treeNodeKeyAt,
} from "../state/levelTreeStore.js";

export const SNAPSHOT_FORMAT = 1;
const HASH = 32;
const PATH_BITS = 256;
/** A chunk's target size; one region larger than this goes alone in its chunk. */
export const CHUNK_TARGET_BYTES = 1024 * 1024;
/** Hard limit of a chunk on the wire (a region over it cannot be snapshotted: the producer refuses). */
export const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
/** Regions are split until they hold at most this many bytes of entries (or one entry). */
export const REGION_TARGET_BYTES = 128 * 1024;
export const MAX_REGIONS = 1 << 18;
export const MAX_CHUNKS = 1 << 16;
export const MAX_MANIFEST_BYTES = 1 + 8 + HASH + 4 + MAX_REGIONS * 70 + 4 + MAX_CHUNKS * 8;
const MAX_KEY_BYTES = 1024;
const REGION_BYTES = 2 + HASH + 4 + HASH;
const NODE_RECORD_BYTES = TREE_RECORD_BYTES;

export const SnapshotErrorCode = {
  /** Bytes that do not decode as a manifest or chunk (bad lengths, trailing bytes, bad version). */
  MALFORMED: "SNAPSHOT_MALFORMED",
  /** The manifest's regions do not cover the path space exactly once, in order. */
  BAD_REGIONS: "SNAPSHOT_BAD_REGIONS",
  /** The manifest's regions do not fold up to the expected state root. */
  ROOT_MISMATCH: "SNAPSHOT_ROOT_MISMATCH",
  /** A chunk's entries are not sorted by key hash, fall outside its regions, or are duplicated. */
  CHUNK_ORDER: "SNAPSHOT_CHUNK_ORDER",
  /** A chunk's entries do not hash to the manifest's region hash or count. */
  CHUNK_MISMATCH: "SNAPSHOT_CHUNK_MISMATCH",
  /** A chunk or region over the size limits. */
  TOO_LARGE: "SNAPSHOT_TOO_LARGE",
} as const;
export type SnapshotErrorCode = (typeof SnapshotErrorCode)[keyof typeof SnapshotErrorCode];

export class SnapshotError extends Error {
  constructor(
    readonly code: SnapshotErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SnapshotError";
  }
}

export interface Region {
  depth: number;
  /** 32 bytes; bits at and past `depth` are zero. */
  path: Uint8Array;
  count: number;
  /** Subtree hash (zero for an empty region, the leaf hash for a single leaf). */
  hash: Uint8Array;
}

export interface Manifest {
  height: number;
  stateRoot: Uint8Array;
  regions: Region[];
  /** Number of consecutive regions in each chunk (the first chunk starts at region 0). */
  chunkRegions: number[];
}

export interface Entry {
  key: string;
  value: Uint8Array;
}

// ---------------------------------------------------------------------------------------------------
// Tree hashing (the same rules as sparseMerkleTree.ts)

const ZERO = new Uint8Array(HASH);
const scratch = new Uint8Array(1 + 2 * HASH);

function hashPair(prefix: number, a: Uint8Array, b: Uint8Array): Uint8Array {
  scratch[0] = prefix;
  scratch.set(a, 1);
  scratch.set(b, 1 + HASH);
  return keccak256(scratch);
}

export function bitAt(path: Uint8Array, depth: number): number {
  return ((path[depth >> 3] as number) >> (7 - (depth & 7))) & 1;
}

function withBit(path: Uint8Array, depth: number, bit: number): Uint8Array {
  // A copy even when `path` is a Buffer (whose slice() is a view: network frames are Buffers).
  const out = new Uint8Array(path);
  const mask = 1 << (7 - (depth & 7));
  out[depth >> 3] = bit === 1 ? (out[depth >> 3] as number) | mask : (out[depth >> 3] as number) & ~mask;
  return out;
}

/** `path` with the bits at and past `depth` cleared. */
export function maskPath(path: Uint8Array, depth: number): Uint8Array {
  const out = new Uint8Array(HASH);
  out.set(path.subarray(0, depth >> 3));
  if ((depth & 7) !== 0) out[depth >> 3] = (path[depth >> 3] as number) & (0xff << (8 - (depth & 7)));
  return out;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** A leaf ready for tree building: key hash and value hash. */
export interface HashedLeaf {
  keyHash: Uint8Array;
  valueHash: Uint8Array;
}

/** Level key and encoded node record, as the persisted tree stores them. */
export type NodeRecord = [string, Uint8Array];

/**
 * Hash of the subtree at (`depth`, `path`) holding leaves[lo, hi) (sorted, distinct, all under the
 * path). With `out`, pushes every node of the subtree except a lone leaf at its top (whose depth
 * depends on what is beside the region), in the persisted layout.
 */
export function subtreeHash(
  leaves: readonly HashedLeaf[],
  lo: number,
  hi: number,
  depth: number,
  path: Uint8Array,
  out?: NodeRecord[],
): Uint8Array {
  if (hi === lo) return ZERO;
  if (hi - lo === 1) {
    const leaf = leaves[lo] as HashedLeaf;
    return hashPair(0, leaf.keyHash, leaf.valueHash);
  }
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (bitAt((leaves[mid] as HashedLeaf).keyHash, depth) === 0) a = mid + 1;
    else b = mid;
  }
  const left = subtreeHash(leaves, lo, a, depth + 1, path, out);
  const right = subtreeHash(leaves, a, hi, depth + 1, withBit(path, depth, 1), out);
  if (out) {
    if (a - lo === 1) pushLeaf(out, leaves[lo] as HashedLeaf, depth + 1);
    if (hi - a === 1) pushLeaf(out, leaves[a] as HashedLeaf, depth + 1);
    out.push([treeNodeKey(depth, path), encodeTreeNode({ leaf: false, left, right })]);
  }
  return hashPair(1, left, right);
}

function pushLeaf(out: NodeRecord[], leaf: HashedLeaf, depth: number): void {
  out.push([
    treeNodeKey(depth, leaf.keyHash),
    encodeTreeNode({ leaf: true, keyHash: leaf.keyHash, valueHash: leaf.valueHash }),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Producing: regions and chunks from the sorted leaves of a state

export interface SortedEntry extends HashedLeaf {
  key: string;
  value: Uint8Array;
  /** Bytes the entry takes in a chunk. */
  size: number;
}

export function entrySize(keyBytes: number, valueBytes: number): number {
  return 2 + keyBytes + 4 + valueBytes;
}

/**
 * Cuts sorted entries into regions of at most `REGION_TARGET_BYTES` (or one entry), in path order.
 * Returns each region with the index range of its entries; hashes are left zero (the caller fills
 * them with `subtreeHash`, in slices so that a large state never blocks the event loop for long).
 */
export function cutRegions(
  entries: readonly SortedEntry[],
  regionBytes = REGION_TARGET_BYTES,
): { region: Region; lo: number; hi: number }[] {
  const prefix = new Float64Array(entries.length + 1);
  for (let i = 0; i < entries.length; i++)
    prefix[i + 1] = (prefix[i] as number) + (entries[i] as SortedEntry).size;
  const out: { region: Region; lo: number; hi: number }[] = [];
  const split = (depth: number, path: Uint8Array, lo: number, hi: number): void => {
    const bytes = (prefix[hi] as number) - (prefix[lo] as number);
    if (bytes <= regionBytes || hi - lo <= 1 || depth >= PATH_BITS) {
      out.push({ region: { depth, path, count: hi - lo, hash: ZERO }, lo, hi });
      return;
    }
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (bitAt((entries[mid] as SortedEntry).keyHash, depth) === 0) a = mid + 1;
      else b = mid;
    }
    split(depth + 1, path, lo, a);
    split(depth + 1, withBit(path, depth, 1), a, hi);
  };
  split(0, new Uint8Array(HASH), 0, entries.length);
  return out;
}

/**
 * Sorts hashed entries by key hash. The first 4 bytes as a number settle almost every comparison;
 * they are read once per entry into a typed array (not twice per comparison), and an index array is
 * sorted, then the entries permuted.
 */
export function sortByKeyHash(entries: SortedEntry[]): void {
  const n = entries.length;
  const prefix = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = (entries[i] as SortedEntry).keyHash;
    prefix[i] =
      (((h[0] as number) << 24) | ((h[1] as number) << 16) | ((h[2] as number) << 8) | (h[3] as number)) >>>
      0;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      (prefix[a] as number) - (prefix[b] as number) ||
      compareBytes((entries[a] as SortedEntry).keyHash, (entries[b] as SortedEntry).keyHash),
  );
  const copy = entries.slice();
  for (let i = 0; i < n; i++) entries[i] = copy[order[i] as number] as SortedEntry;
}

/** Hashes an entry for a snapshot. */
export function hashEntry(key: string, value: Uint8Array): SortedEntry {
  const keyBytes = utf8.encode(key);
  return {
    key,
    value,
    keyHash: keccak256(keyBytes),
    valueHash: keccak256(value),
    size: entrySize(keyBytes.length, value.length),
  };
}

const utf8 = new TextEncoder();

/**
 * A whole snapshot of `entries` at once (tests and tools; the node's producer does the same work in
 * slices, see snapshotStore.ts).
 */
export function buildSnapshot(
  height: number,
  entries: Iterable<[string, Uint8Array]>,
  sizes: { regionBytes?: number; chunkBytes?: number } = {},
): { manifest: Manifest; chunks: Uint8Array[] } {
  const sorted: SortedEntry[] = [];
  for (const [key, value] of entries) sorted.push(hashEntry(key, value));
  sortByKeyHash(sorted);
  const cut = cutRegions(sorted, sizes.regionBytes);
  for (const c of cut) c.region.hash = subtreeHash(sorted, c.lo, c.hi, c.region.depth, c.region.path);
  const chunkRegions = packChunks(
    cut.map((c) => bytesOfRange(sorted, c.lo, c.hi)),
    sizes.chunkBytes,
  );
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const n of chunkRegions) {
    const lo = (cut[at] as { lo: number }).lo;
    const hi = (cut[at + n - 1] as { hi: number }).hi;
    chunks.push(encodeChunk(sorted.slice(lo, hi)));
    at += n;
  }
  const regions = cut.map((c) => c.region);
  return { manifest: { height, stateRoot: foldRegions(regions), regions, chunkRegions }, chunks };
}

export function bytesOfRange(entries: readonly SortedEntry[], lo: number, hi: number): number {
  let bytes = 0;
  for (let i = lo; i < hi; i++) bytes += (entries[i] as SortedEntry).size;
  return bytes;
}

/** The root that regions (a complete cover, in order) fold up to. */
export function foldRegions(regions: readonly Region[]): Uint8Array {
  let next = 0;
  const cover = (depth: number): { hash: Uint8Array; count: number } => {
    const r = regions[next] as Region;
    if (r.depth === depth) {
      next++;
      return r;
    }
    const left = cover(depth + 1);
    const right = cover(depth + 1);
    const count = left.count + right.count;
    if (count <= 1) return left.count === 1 ? left : count === 0 ? { hash: ZERO, count } : right;
    return { hash: hashPair(1, left.hash, right.hash), count };
  };
  return cover(0).hash;
}

/** Groups consecutive regions into chunks of about `CHUNK_TARGET_BYTES`. */
export function packChunks(regionBytes: readonly number[], chunkBytes = CHUNK_TARGET_BYTES): number[] {
  const chunks: number[] = [];
  let n = 0;
  let bytes = 0;
  for (const b of regionBytes) {
    if (n > 0 && bytes + b > chunkBytes) {
      chunks.push(n);
      n = 0;
      bytes = 0;
    }
    n++;
    bytes += b;
  }
  if (n > 0) chunks.push(n);
  return chunks;
}

// ---------------------------------------------------------------------------------------------------
// Codec

class Reader {
  private offset = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.offset + n > this.bytes.length) throw malformed("truncated");
  }
  u8(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.offset);
    this.offset += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.offset);
    this.offset += 4;
    return v;
  }
  u64(): number {
    this.need(8);
    const v = this.view.getBigUint64(this.offset);
    this.offset += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed("integer too large");
    return Number(v);
  }
  bytesOf(n: number): Uint8Array {
    this.need(n);
    // A plain copy: the input may be a Buffer (a network frame), whose slice() would be a view.
    const out = new Uint8Array(this.bytes.subarray(this.offset, this.offset + n));
    this.offset += n;
    return out;
  }
  end(): void {
    if (this.offset !== this.bytes.length) throw malformed("trailing bytes");
  }
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
}

class Writer {
  private buf: Uint8Array;
  private view: DataView;
  length = 0;
  constructor(size = 1024) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  private grow(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.grow(1);
    this.view.setUint8(this.length++, v);
  }
  u16(v: number): void {
    this.grow(2);
    this.view.setUint16(this.length, v);
    this.length += 2;
  }
  u32(v: number): void {
    this.grow(4);
    this.view.setUint32(this.length, v);
    this.length += 4;
  }
  u64(v: number): void {
    this.grow(8);
    this.view.setBigUint64(this.length, BigInt(v));
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function malformed(why: string): SnapshotError {
  return new SnapshotError(SnapshotErrorCode.MALFORMED, `snapshot: ${why}`);
}

export function encodeManifest(m: Manifest): Uint8Array {
  const w = new Writer(64 + m.regions.length * REGION_BYTES + m.chunkRegions.length * 4);
  w.u8(SNAPSHOT_FORMAT);
  w.u64(m.height);
  w.bytes(m.stateRoot);
  w.u32(m.regions.length);
  for (const r of m.regions) {
    w.u16(r.depth);
    w.bytes(r.path);
    w.u32(r.count);
    w.bytes(r.hash);
  }
  w.u32(m.chunkRegions.length);
  for (const n of m.chunkRegions) w.u32(n);
  return w.finish();
}

/** Decodes a manifest (structure only: `verifyManifest` checks it against a root). */
export function decodeManifest(bytes: Uint8Array): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES)
    throw new SnapshotError(SnapshotErrorCode.TOO_LARGE, "manifest too large");
  const r = new Reader(bytes);
  if (r.u8() !== SNAPSHOT_FORMAT) throw malformed("unknown format");
  const height = r.u64();
  const stateRoot = r.bytesOf(HASH);
  const regionCount = r.u32();
  if (regionCount < 1 || regionCount > MAX_REGIONS || regionCount * REGION_BYTES > r.remaining)
    throw malformed(`bad region count ${regionCount}`);
  const regions: Region[] = [];
  for (let i = 0; i < regionCount; i++) {
    const depth = r.u16();
    if (depth > PATH_BITS) throw malformed(`region depth ${depth}`);
    regions.push({ depth, path: r.bytesOf(HASH), count: r.u32(), hash: r.bytesOf(HASH) });
  }
  const chunkCount = r.u32();
  if (chunkCount < 1 || chunkCount > MAX_CHUNKS || chunkCount * 4 > r.remaining)
    throw malformed(`bad chunk count ${chunkCount}`);
  const chunkRegions: number[] = [];
  let total = 0;
  for (let i = 0; i < chunkCount; i++) {
    const n = r.u32();
    if (n < 1) throw malformed("empty chunk");
    total += n;
    chunkRegions.push(n);
  }
  r.end();
  if (total !== regionCount) throw malformed("chunks do not cover the regions");
  return { height, stateRoot, regions, chunkRegions };
}

export function encodeChunk(entries: readonly Entry[]): Uint8Array {
  const utf8 = new TextEncoder();
  const w = new Writer(1024);
  w.u8(SNAPSHOT_FORMAT);
  w.u32(entries.length);
  for (const e of entries) {
    const key = utf8.encode(e.key);
    w.u16(key.length);
    w.bytes(key);
    w.u32(e.value.length);
    w.bytes(e.value);
  }
  return w.finish();
}

/**
 * Strict and exact: invalid UTF-8 is refused, and a leading byte-order mark is kept (the default
 * decoder drops it, which would store a key under other bytes than the tree hashed).
 */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes a chunk's entries: key bytes as UTF-8 (the tree is keyed by the key's UTF-8 bytes). */
export function decodeChunk(bytes: Uint8Array): { key: string; keyBytes: Uint8Array; value: Uint8Array }[] {
  if (bytes.length > MAX_CHUNK_BYTES) throw new SnapshotError(SnapshotErrorCode.TOO_LARGE, "chunk too large");
  const r = new Reader(bytes);
  if (r.u8() !== SNAPSHOT_FORMAT) throw malformed("unknown format");
  const count = r.u32();
  if (count * 6 > r.remaining) throw malformed(`bad entry count ${count}`);
  const out: { key: string; keyBytes: Uint8Array; value: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const keyLength = r.u16();
    if (keyLength > MAX_KEY_BYTES) throw malformed("key too long");
    const keyBytes = r.bytesOf(keyLength);
    let key: string;
    try {
      key = strictUtf8.decode(keyBytes);
    } catch {
      throw malformed("key is not UTF-8");
    }
    out.push({ key, keyBytes, value: r.bytesOf(r.u32()) });
  }
  r.end();
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Verification

export interface ManifestPlan {
  /** Index of each chunk's first region. */
  chunkStart: number[];
  /** For a single-leaf region, the depth its leaf sits at in the full tree (else -1). */
  leafDepth: Int16Array;
  /** The branch nodes above the regions (persisted layout). */
  topNodes: NodeRecord[];
  totalEntries: number;
}

/**
 * Checks that the manifest's regions cover the path space exactly once in path order and fold up to
 * `expectedRoot`; returns what the receiver needs to place chunks and finish the tree.
 */
export function verifyManifest(m: Manifest, expectedRoot: Uint8Array): ManifestPlan {
  const regions = m.regions;
  let next = 0;
  const leafDepth = new Int16Array(regions.length).fill(-1);
  const topNodes: NodeRecord[] = [];
  let total = 0;
  type Folded = { hash: Uint8Array; count: number; single: number };
  const bad = (why: string) => new SnapshotError(SnapshotErrorCode.BAD_REGIONS, `manifest: ${why}`);
  const cover = (depth: number, path: Uint8Array): Folded => {
    const r = regions[next];
    if (r === undefined) throw bad("regions end before the path space is covered");
    if (r.depth < depth) throw bad(`region ${next} is out of order`);
    if (r.depth === depth) {
      if (!bytesEqual(r.path, path)) throw bad(`region ${next} is not at the expected path`);
      if (r.count === 0 && !bytesEqual(r.hash, ZERO)) throw bad(`empty region ${next} with a hash`);
      total += r.count;
      const index = next++;
      return { hash: r.hash, count: r.count, single: r.count === 1 ? index : -1 };
    }
    if (depth >= PATH_BITS) throw bad("region deeper than a path");
    const left = cover(depth + 1, path);
    const right = cover(depth + 1, withBit(path, depth, 1));
    const count = left.count + right.count;
    if (count === 0) return { hash: ZERO, count, single: -1 };
    if (count === 1) return left.count === 1 ? left : right;
    // A branch: a lone leaf on either side sits just below it.
    for (const side of [left, right]) if (side.count === 1) leafDepth[side.single] = depth + 1;
    topNodes.push([
      treeNodeKey(depth, path),
      encodeTreeNode({ leaf: false, left: left.hash, right: right.hash }),
    ]);
    return { hash: hashPair(1, left.hash, right.hash), count, single: -1 };
  };
  const top = cover(0, new Uint8Array(HASH));
  if (next !== regions.length) throw bad("regions left after the path space is covered");
  if (top.count === 1) leafDepth[top.single] = 0;
  if (!bytesEqual(top.hash, expectedRoot) || !bytesEqual(m.stateRoot, expectedRoot)) {
    throw new SnapshotError(SnapshotErrorCode.ROOT_MISMATCH, "manifest does not fold to the state root");
  }
  const chunkStart: number[] = [];
  let start = 0;
  for (const n of m.chunkRegions) {
    chunkStart.push(start);
    start += n;
  }
  return { chunkStart, leafDepth, topNodes, totalEntries: total };
}

export interface VerifiedChunk {
  entries: Entry[];
  /**
   * Tree pages of the chunk's regions whose root is inside a region (persisted layout, page key and
   * bytes), lone leaves at their final depth.
   */
  pages: NodeRecord[];
  /** Parts of pages whose root is above the chunk's regions (merged at the end of the sync). */
  partialPages: NodeRecord[];
}

/**
 * A chunk's leaves and rebuilt nodes in flat arrays. At 1M accounts a sync rebuilds ≈ 1M leaves and
 * ≈ 1M branches: an object, a 32-byte path copy and a 65-byte record (off-heap, each with its own
 * backing store) per node made garbage collection a third of the joiner's time. Here a leaf's record
 * 0x00 ‖ keyHash ‖ valueHash is written once into `leafRecords` (its hash input, its persisted
 * record and, at offset 1, its key hash for the path bits); branch records 0x01 ‖ left ‖ right go
 * into shared blocks; both are handed out as views.
 */
class ChunkTree {
  readonly leafRecords: Uint8Array;
  readonly leafHashes: Uint8Array;
  private block = new Uint8Array(0);
  private blockUsed = 0;

  constructor(
    count: number,
    readonly out: NodeRecord[],
  ) {
    this.leafRecords = new Uint8Array(count * NODE_RECORD_BYTES);
    this.leafHashes = new Uint8Array(count * HASH);
  }

  setLeaf(i: number, keyBytes: Uint8Array, value: Uint8Array): void {
    const o = i * NODE_RECORD_BYTES;
    this.leafRecords.set(keccak256(keyBytes), o + 1);
    this.leafRecords.set(keccak256(value), o + 1 + HASH);
    this.leafHashes.set(keccak256(this.leafRecords.subarray(o, o + NODE_RECORD_BYTES)), i * HASH);
  }

  /** Order of leaves `a` and `b` by key hash. */
  compareKeys(a: number, b: number): number {
    const r = this.leafRecords;
    const oa = a * NODE_RECORD_BYTES + 1;
    const ob = b * NODE_RECORD_BYTES + 1;
    for (let k = 0; k < HASH; k++) {
      const d = (r[oa + k] as number) - (r[ob + k] as number);
      if (d !== 0) return d;
    }
    return 0;
  }

  /** Whether leaf `i`'s key hash starts with the first `depth` bits of `path`. */
  isUnder(i: number, depth: number, path: Uint8Array): boolean {
    const r = this.leafRecords;
    const o = i * NODE_RECORD_BYTES + 1;
    const full = depth >> 3;
    for (let k = 0; k < full; k++) if (r[o + k] !== path[k]) return false;
    if ((depth & 7) === 0) return true;
    const mask = 0xff << (8 - (depth & 7));
    return (((r[o + full] as number) ^ (path[full] as number)) & mask) === 0;
  }

  private bitAt(i: number, depth: number): number {
    return ((this.leafRecords[i * NODE_RECORD_BYTES + 1 + (depth >> 3)] as number) >> (7 - (depth & 7))) & 1;
  }

  pushLeaf(i: number, depth: number): void {
    const o = i * NODE_RECORD_BYTES;
    this.out.push([
      treeNodeKeyAt(depth, this.leafRecords, o + 1),
      this.leafRecords.subarray(o, o + NODE_RECORD_BYTES),
    ]);
  }

  private branchRecord(): Uint8Array {
    if (this.blockUsed === this.block.length) {
      this.block = new Uint8Array(1024 * NODE_RECORD_BYTES);
      this.blockUsed = 0;
    }
    const record = this.block.subarray(this.blockUsed, this.blockUsed + NODE_RECORD_BYTES);
    this.blockUsed += NODE_RECORD_BYTES;
    return record;
  }

  /**
   * `subtreeHash` over leaves [lo, hi) at `depth` (sorted, distinct, all under the region): the same
   * hashes and records. A branch's path is read from its first leaf's key hash (the bits above it are
   * the subtree's, the key masks the rest), so no path is copied.
   */
  subtreeHash(lo: number, hi: number, depth: number): Uint8Array {
    if (hi === lo) return ZERO;
    if (hi - lo === 1) return this.leafHashes.subarray(lo * HASH, lo * HASH + HASH);
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.bitAt(mid, depth) === 0) a = mid + 1;
      else b = mid;
    }
    const left = this.subtreeHash(lo, a, depth + 1);
    const right = this.subtreeHash(a, hi, depth + 1);
    if (a - lo === 1) this.pushLeaf(lo, depth + 1);
    if (hi - a === 1) this.pushLeaf(a, depth + 1);
    const record = this.branchRecord();
    record[0] = 1;
    record.set(left, 1);
    record.set(right, 1 + HASH);
    this.out.push([treeNodeKeyAt(depth, this.leafRecords, lo * NODE_RECORD_BYTES + 1), record]);
    // The branch record is its hash input: hashPair(1, left, right).
    return keccak256(record);
  }
}

/**
 * Verifies chunk `index` of a verified manifest: entries sorted by key hash, each inside the
 * chunk's regions, and each region rebuilt to exactly the manifest's hash and count. The nodes'
 * records are views over shared buffers (written to the store, never changed).
 */
export function verifyChunk(
  m: Manifest,
  plan: ManifestPlan,
  index: number,
  bytes: Uint8Array,
): VerifiedChunk {
  const first = plan.chunkStart[index];
  const n = m.chunkRegions[index];
  if (first === undefined || n === undefined) throw malformed(`no chunk ${index}`);
  const decoded = decodeChunk(bytes);
  const count = decoded.length;
  const nodes: NodeRecord[] = [];
  const tree = new ChunkTree(count, nodes);
  for (let i = 0; i < count; i++) {
    const e = decoded[i] as { keyBytes: Uint8Array; value: Uint8Array };
    tree.setLeaf(i, e.keyBytes, e.value);
    if (i > 0 && tree.compareKeys(i - 1, i) >= 0)
      throw new SnapshotError(
        SnapshotErrorCode.CHUNK_ORDER,
        `chunk ${index}: entries not sorted by key hash`,
      );
  }
  let at = 0;
  for (let ri = first; ri < first + n; ri++) {
    const region = m.regions[ri] as Region;
    let end = at;
    while (end < count && tree.isUnder(end, region.depth, region.path)) end++;
    if (end - at !== region.count)
      throw new SnapshotError(SnapshotErrorCode.CHUNK_MISMATCH, `chunk ${index}: region ${ri} count differs`);
    const hash = tree.subtreeHash(at, end, region.depth);
    if (!bytesEqual(hash, region.hash))
      throw new SnapshotError(SnapshotErrorCode.CHUNK_MISMATCH, `chunk ${index}: region ${ri} hash differs`);
    const depth = plan.leafDepth[ri] as number;
    if (region.count === 1 && depth >= 0) tree.pushLeaf(at, depth);
    at = end;
  }
  if (at !== count)
    throw new SnapshotError(SnapshotErrorCode.CHUNK_ORDER, `chunk ${index}: entries outside its regions`);
  // The records come children first (a post-order rebuild): a page is complete when its root arrives.
  const pages: NodeRecord[] = [];
  const assembler = new TreePageAssembler((key, page) => pages.push([key, page]));
  for (const [key, record] of nodes) assembler.add(key, record);
  return { entries: decoded, pages, partialPages: assembler.openPages() };
}
