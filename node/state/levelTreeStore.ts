/**
 * How the state tree's nodes are laid out in the chain's level store: by PATH (geth's path-based
 * scheme, PBSS), grouped in TREE PAGES (the Jellyfish Merkle Tree's idea: a 16-ary node stored as one
 * record over a binary-hashed tree). A page rooted at depth 4k on a 4k-bit path prefix holds the up
 * to 15 nodes at depths 4k..4k+3 below that prefix, so a walk down a 24-level path reads 6 records
 * instead of 24, and a block rewrites ≈ 4× fewer records. Hashing stays binary (sparseMerkleTree.ts):
 * the state root and every proof are the same as with one record per node; only the storage changes.
 *
 * Keys: a page is `t:<page level, 2 hex digits>:<its path prefix, one hex digit per 4 bits>` (the
 * page level is depth / 4, so the prefix is a whole number of hex digits); a node's key, as the tree
 * sees it, is its page's key + `/` + its slot (one hex digit): the node at depth 4k + r whose path
 * bits below the page root read b (r bits) is slot 2^r − 1 + b (0 = the page root, 1–2, 3–6, 7–14).
 *
 * Page record: u16 big-endian bitmap of the present slots (bit s = slot s), then the present nodes'
 * records in slot order: 0x00 ‖ keyHash ‖ valueHash for a leaf, 0x01 ‖ left ‖ right (the children's
 * hashes, zero for an empty side) for a branch, or the single byte 0x02 for a DERIVED branch: one in
 * slots 0–6 whose non-empty sides are exactly its children present in the page, so its record is
 * recomputed from them on read. Only the bottom slots' branches (children in the next page) and the
 * leaves carry hashes — the idea of storing the Jellyfish Merkle Tree's 16-ary node as its children's
 * hashes only, here on a binary tree: a full page is 529 bytes instead of 977, ≈ 41% fewer tree bytes
 * written per block and held by LevelDB (the benchmark's 100k store; a third less disk at 10M
 * entries, and fewer table pages mapped). A read from the store costs up to 14 keccaks; pages are
 * cached in their FULL form (every record 65 bytes, no hashing on later reads). A page with no node
 * is not stored.
 *
 * Layout version 3 is version 2 plus derived branches: a version-2 page is a valid version-3 page
 * (none of its records derived), so a version-2 store is upgraded by rewriting the version record
 * (`checkTreeLayout`), its pages taking the new form as blocks rewrite them.
 *
 * The store before pages (one `n:<depth>:<path>` record per node) is detected by `checkTreeLayout`
 * and refused (re-init, or `--state-sync`): see README, "State storage".
 */
import { keccak256Into } from "../crypto/hash.js";
import { ByteBoundedLru } from "./byteBoundedLru.js";
import type { StoredNode, TreeNodeStore, TreeWrites } from "./sparseMerkleTree.js";

export const TREE_PAGE_PREFIX = "t:";
/** Upper bound (exclusive) of the page key range. */
export const TREE_PAGE_PREFIX_END = "t;";
/** Per-node records of the layout before pages (refused by `checkTreeLayout`). */
export const LEGACY_TREE_NODE_PREFIX = "n:";
export const LEGACY_TREE_NODE_PREFIX_END = "n;";
const LEGACY_ROOT_KEY = "n:000:";
/** Level key of the tree layout version (one byte). */
export const TREE_LAYOUT_KEY = "m:treeLayout";
export const TREE_LAYOUT_VERSION = 3;
/** Layout versions this code reads (version 2 pages have no derived branches). */
const READABLE_TREE_LAYOUTS = [2, TREE_LAYOUT_VERSION];
/** Binary levels per page. */
export const PAGE_LEVELS = 4;
/** Nodes a page holds at most (1 + 2 + 4 + 8). */
export const PAGE_SLOTS = 15;
const RECORD_BYTES = 65;
const BITMAP_BYTES = 2;
/** Slots whose children are in the same page (0–6): their branches can be stored derived. */
const INNER_SLOTS = 7;
/** Record type of a branch stored as one byte, its children's hashes recomputed on read. */
const DERIVED_BRANCH = 2;
/** Length of a tree node record. */
export const TREE_RECORD_BYTES = RECORD_BYTES;

/** `t:<level, 2 hex digits>:` for every page level 0..64. */
const PAGE_KEY_PREFIX = Array.from(
  { length: 65 },
  (_, level) => `${TREE_PAGE_PREFIX}${level.toString(16).padStart(2, "0")}:`,
);
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const HEX_DIGIT = "0123456789abcdef";
const SLOT_SUFFIX = Array.from({ length: PAGE_SLOTS }, (_, s) => `/${HEX_DIGIT[s]}`);

/** The key of the page rooted at `pageDepth` (a multiple of 4) on the path read at `offset`. */
function pageKeyAt(pageDepth: number, bytes: Uint8Array, offset: number): string {
  const digits = pageDepth >> 2;
  const full = pageDepth >> 3;
  let key = PAGE_KEY_PREFIX[digits] as string;
  for (let i = 0; i < full; i++) key += HEX_BYTE[bytes[offset + i] as number];
  if ((digits & 1) !== 0) key += HEX_DIGIT[(bytes[offset + full] as number) >> 4];
  return key;
}

/** The key of the page rooted at `pageDepth` (a multiple of 4) on `path`. */
export function treePageKey(pageDepth: number, path: Uint8Array): string {
  return pageKeyAt(pageDepth, path, 0);
}

/** The key of the root page (present iff the tree is not empty). */
export const ROOT_PAGE_KEY = treePageKey(0, new Uint8Array(32));

/**
 * `treeNodeKey(depth, bytes.subarray(offset, offset + 32))` without the view: the key of a node
 * whose path is read in place from a flat array of hashes (state sync's chunk rebuild).
 */
export function treeNodeKeyAt(depth: number, bytes: Uint8Array, offset: number): string {
  const r = depth & (PAGE_LEVELS - 1);
  const pageDepth = depth - r;
  const key = pageKeyAt(pageDepth, bytes, offset);
  if (r === 0) return key + SLOT_SUFFIX[0];
  const byte = bytes[offset + (pageDepth >> 3)] as number;
  const nibble = (pageDepth & 4) === 0 ? byte >> 4 : byte & 0xf;
  return key + SLOT_SUFFIX[(1 << r) - 1 + (nibble >> (PAGE_LEVELS - r))];
}

/** The key of the node at `depth` on `path` (only the first `depth` bits count): page key + slot. */
export function treeNodeKey(depth: number, path: Uint8Array): string {
  return treeNodeKeyAt(depth, path, 0);
}

/** The page key of a node key. */
export function pageKeyOf(nodeKey: string): string {
  return nodeKey.slice(0, nodeKey.length - 2);
}

/** The slot of a node key in its page. */
export function slotOf(nodeKey: string): number {
  const c = nodeKey.charCodeAt(nodeKey.length - 1);
  return c <= 57 ? c - 48 : c - 87;
}

// ---------------------------------------------------------------------------------------------------
// Node records

/** Writes `node`'s record into `out` at `offset` (RECORD_BYTES bytes). */
export function writeTreeNode(node: StoredNode, out: Uint8Array, offset: number): void {
  if (node.leaf) {
    out[offset] = 0;
    out.set(node.keyHash, offset + 1);
    out.set(node.valueHash, offset + 33);
  } else {
    out[offset] = 1;
    out.set(node.left, offset + 1);
    out.set(node.right, offset + 33);
  }
}

export function encodeTreeNode(node: StoredNode): Uint8Array {
  const out = new Uint8Array(RECORD_BYTES);
  writeTreeNode(node, out, 0);
  return out;
}

/** The node a record holds, or undefined for a record of the wrong shape (treated as corrupt). */
export function decodeTreeNode(bytes: Uint8Array): StoredNode | undefined {
  if (bytes.length !== RECORD_BYTES) return undefined;
  return decodeRecordAt(bytes, 0);
}

function decodeRecordAt(bytes: Uint8Array, o: number): StoredNode | undefined {
  const a = bytes.slice(o + 1, o + 33);
  const b = bytes.slice(o + 33, o + 65);
  if (bytes[o] === 0) return { leaf: true, keyHash: a, valueHash: b };
  if (bytes[o] === 1) return { leaf: false, left: a, right: b };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Page codec

function popcount(x: number): number {
  let v = x - ((x >> 1) & 0x5555);
  v = (v & 0x3333) + ((v >> 2) & 0x3333);
  v = (v + (v >> 4)) & 0x0f0f;
  return (v + (v >> 8)) & 0x1f;
}

/** The big-endian u16 at `offset` (a page's bitmap; a delta's bitmap and mask). */
function u16At(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] as number) << 8) | (bytes[offset + 1] as number);
}

/** The bitmap of a page in its full form (every record 65 bytes), or -1 when it is not one. */
function fullPageBitmap(page: Uint8Array): number {
  if (page.length < BITMAP_BYTES) return -1;
  const bitmap = u16At(page, 0);
  if (bitmap === 0 || bitmap >= 1 << PAGE_SLOTS) return -1;
  return page.length === BITMAP_BYTES + RECORD_BYTES * popcount(bitmap) ? bitmap : -1;
}

/**
 * The node at `slot` of a page (undefined: absent, or a malformed page). Pages read through
 * `PagedTreeStore` are in their full form (found in place); a stored page is expanded first.
 */
export function nodeInPage(page: Uint8Array, slot: number): StoredNode | undefined {
  const full = expandTreePage(page);
  if (full === undefined) return undefined;
  const bitmap = u16At(full, 0);
  if ((bitmap & (1 << slot)) === 0) return undefined;
  return decodeRecordAt(full, BITMAP_BYTES + RECORD_BYTES * popcount(bitmap & ((1 << slot) - 1)));
}

/** A page being assembled: per slot, a record's bytes, a node, or nothing. */
export type PageSlots = (Uint8Array | StoredNode | undefined)[];

/**
 * The 65-byte records of a page's slots, from either form (undefined for a malformed page): views
 * into a full page, or the records of a stored page with its derived branches recomputed.
 */
export function pageSlots(page: Uint8Array): PageSlots | undefined {
  const full = expandTreePage(page);
  if (full === undefined) return undefined;
  const bitmap = u16At(full, 0);
  const slots: PageSlots = new Array(PAGE_SLOTS).fill(undefined);
  let o = BITMAP_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((bitmap & (1 << s)) === 0) continue;
    slots[s] = full.subarray(o, o + RECORD_BYTES);
    o += RECORD_BYTES;
  }
  return slots;
}

/**
 * The full form of a page (every record 65 bytes, as pages are held in memory) from its stored form:
 * derived branches get their children's hashes back (children first, so a derived child is complete
 * before its parent is hashed). A page already in its full form is returned as is. Undefined for a
 * malformed page: a bad bitmap, an unknown record type, a derived record outside slots 0–6 or without
 * a child in the page, or a length that does not end with the last record.
 */
export function expandTreePage(page: Uint8Array): Uint8Array | undefined {
  if (fullPageBitmap(page) >= 0) return page;
  if (page.length < BITMAP_BYTES) return undefined;
  const bitmap = u16At(page, 0);
  if (bitmap === 0 || bitmap >= 1 << PAGE_SLOTS) return undefined;
  const out = new Uint8Array(BITMAP_BYTES + RECORD_BYTES * popcount(bitmap));
  out[0] = page[0] as number;
  out[1] = page[1] as number;
  /** Offset of each present slot's record in `out`. */
  const at = new Array<number>(PAGE_SLOTS).fill(-1);
  let derived = 0;
  let i = BITMAP_BYTES;
  let o = BITMAP_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((bitmap & (1 << s)) === 0) continue;
    at[s] = o;
    const type = page[i];
    if (type === DERIVED_BRANCH && s < INNER_SLOTS) {
      derived |= 1 << s;
      i += 1;
    } else if ((type === 0 || type === 1) && i + RECORD_BYTES <= page.length) {
      out.set(page.subarray(i, i + RECORD_BYTES), o);
      i += RECORD_BYTES;
    } else return undefined;
    o += RECORD_BYTES;
  }
  if (i !== page.length) return undefined;
  for (let s = INNER_SLOTS - 1; s >= 0; s--) {
    if ((derived & (1 << s)) === 0) continue;
    const p = at[s] as number;
    const left = at[2 * s + 1] as number;
    const right = at[2 * s + 2] as number;
    if (left < 0 && right < 0) return undefined;
    out[p] = 1;
    if (left >= 0) keccak256Into(out.subarray(left, left + RECORD_BYTES), out, p + 1);
    if (right >= 0) keccak256Into(out.subarray(right, right + RECORD_BYTES), out, p + 33);
  }
  return out;
}

/** Whether the 32 bytes of `bytes` at `offset` are all zero (an empty side of a branch). */
function zeroAt(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < offset + 32; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Offsets of the present slots' records in a full page (scratch of `derivedSlots`). */
const slotOffsets = new Int32Array(PAGE_SLOTS);

/**
 * The mask of the slots of a full page that its stored form keeps as derived: branches of slots 0–6
 * with a child in the page whose non-empty sides are exactly their children present in the page.
 * Fills `slotOffsets` for the present slots.
 */
function derivedSlots(full: Uint8Array, bitmap: number): number {
  let o = BITMAP_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((bitmap & (1 << s)) === 0) continue;
    slotOffsets[s] = o;
    o += RECORD_BYTES;
  }
  let derived = 0;
  for (let s = 0; s < INNER_SLOTS; s++) {
    if ((bitmap & (1 << s)) === 0) continue;
    const at = slotOffsets[s] as number;
    if (full[at] !== 1) continue;
    const hasLeft = (bitmap & (1 << (2 * s + 1))) !== 0;
    const hasRight = (bitmap & (1 << (2 * s + 2))) !== 0;
    if (!(hasLeft || hasRight)) continue;
    if (zeroAt(full, at + 1) !== hasLeft && zeroAt(full, at + 33) !== hasRight) derived |= 1 << s;
  }
  return derived;
}

/**
 * The stored form of a page given in its full form: a branch in slots 0–6 whose non-empty sides are
 * exactly its children present in the page is one byte, its record being recomputed from them on
 * read (`expandTreePage`); every other node is its 65-byte record. A page with nothing to derive is
 * its own stored form (the same array). The form is a function of the page alone, so every node
 * writes the same bytes for the same page (state sync compares stores page for page). Bytes that are
 * not a full page are returned as they are.
 */
export function storedTreePage(full: Uint8Array): Uint8Array {
  const bitmap = fullPageBitmap(full);
  if (bitmap < 0) return full;
  return storedForm(full, derivedSlots(full, bitmap));
}

/** `storedTreePage` of a full page whose `derivedSlots` were just computed (`slotOffsets` filled). */
function storedForm(full: Uint8Array, derived: number): Uint8Array {
  if (derived === 0) return full;
  const out = new Uint8Array(full.length - (RECORD_BYTES - 1) * popcount(derived));
  out[0] = full[0] as number;
  out[1] = full[1] as number;
  // Copied in runs of kept records between the derived ones (all in slots 0–6).
  let w = BITMAP_BYTES;
  let run = BITMAP_BYTES;
  for (let s = 0; s < INNER_SLOTS; s++) {
    if ((derived & (1 << s)) === 0) continue;
    const at = slotOffsets[s] as number;
    if (at > run) {
      out.set(full.subarray(run, at), w);
      w += at - run;
    }
    out[w++] = DERIVED_BRANCH;
    run = at + RECORD_BYTES;
  }
  out.set(full.subarray(run), w);
  return out;
}

/** The stored form (`storedTreePage`) of the page of `slots`, or null when no slot holds a node. */
export function encodeTreePage(slots: PageSlots): Uint8Array | null {
  const full = encodeFullTreePage(slots);
  return full === null ? null : storedTreePage(full);
}

/** The full form of the page of `slots` (every record 65 bytes: the form pages are read in), or null. */
export function encodeFullTreePage(slots: PageSlots): Uint8Array | null {
  let bitmap = 0;
  for (let s = 0; s < PAGE_SLOTS; s++) if (slots[s] !== undefined) bitmap |= 1 << s;
  if (bitmap === 0) return null;
  const out = new Uint8Array(BITMAP_BYTES + RECORD_BYTES * popcount(bitmap));
  out[0] = bitmap >> 8;
  out[1] = bitmap & 0xff;
  let o = BITMAP_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    const v = slots[s];
    if (v === undefined) continue;
    if (v instanceof Uint8Array) out.set(v, o);
    else writeTreeNode(v, out, o);
    o += RECORD_BYTES;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Page deltas (reverse diffs of pages)

/**
 * A page's previous content as a reverse DELTA against the page the same block wrote: the previous
 * bitmap, the mask of the slots the block wrote, and the previous records of those of them that were
 * present. The other slots are the same before and after the block, so the new page + the delta give
 * the previous page back. A block rewrites whole pages (≈ 740 bytes at 10M entries) but changes
 * ≈ 4 of their 15 nodes on each written path, so the delta is a fraction of the page: this is what
 * keeps the reverse diffs (stateHistory.ts) from doubling the bytes each block writes to LevelDB, and
 * with them its compaction work.
 *
 * Bytes: u16 previous bitmap ‖ u16 written-slot mask ‖ the previous 65-byte records of the slots in
 * (mask & previous bitmap), in slot order.
 */
export class PageDelta {
  constructor(readonly bytes: Uint8Array) {}
}

const DELTA_HEADER_BYTES = 4;

/**
 * The reverse entry of a page: its previous content `base` (either form), returned in its stored form,
 * or a delta when that is smaller; a base that does not decode is returned whole.
 * `writtenMask`: the slots the block wrote (put or deleted).
 */
export function pageReverseEntry(base: Uint8Array, writtenMask: number): Uint8Array | PageDelta {
  const full = expandTreePage(base);
  if (full === undefined) return base;
  const bitmap = u16At(full, 0);
  const kept = writtenMask & bitmap;
  const size = DELTA_HEADER_BYTES + RECORD_BYTES * popcount(kept);
  const derived = derivedSlots(full, bitmap); // fills slotOffsets
  if (size >= full.length - (RECORD_BYTES - 1) * popcount(derived)) return storedForm(full, derived);
  const out = new Uint8Array(size);
  out[0] = full[0] as number;
  out[1] = full[1] as number;
  out[2] = writtenMask >> 8;
  out[3] = writtenMask & 0xff;
  let o = DELTA_HEADER_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((kept & (1 << s)) === 0) continue;
    copyRecord(full, slotOffsets[s] as number, out, o);
    o += RECORD_BYTES;
  }
  return new PageDelta(out);
}

/** Copies the 65-byte record at `from` in `src` to `to` in `dst` (a loop: cheaper than a view + set). */
function copyRecord(src: Uint8Array, from: number, dst: Uint8Array, to: number): void {
  for (let i = 0; i < RECORD_BYTES; i++) dst[to + i] = src[from + i] as number;
}

/**
 * The full form of `base` (a full page, or undefined: none) with the slots of `writtenMask` replaced
 * by `nodes` (undefined: deleted), or null when no slot is left: what `encodeFullTreePage` gives for
 * the base's slots so changed, without decoding the base into slots.
 */
export function rewriteFullPage(
  base: Uint8Array | undefined,
  writtenMask: number,
  nodes: readonly (StoredNode | undefined)[],
): Uint8Array | null {
  const baseBitmap = base === undefined ? 0 : u16At(base, 0);
  let bitmap = baseBitmap & ~writtenMask;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((writtenMask & (1 << s)) !== 0 && nodes[s] !== undefined) bitmap |= 1 << s;
  }
  if (bitmap === 0) return null;
  const out = new Uint8Array(BITMAP_BYTES + RECORD_BYTES * popcount(bitmap));
  out[0] = bitmap >> 8;
  out[1] = bitmap & 0xff;
  let o = BITMAP_BYTES;
  let b = BITMAP_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    const bit = 1 << s;
    if ((bitmap & bit) !== 0) {
      if ((writtenMask & bit) !== 0) writeTreeNode(nodes[s] as StoredNode, out, o);
      else copyRecord(base as Uint8Array, b, out, o);
      o += RECORD_BYTES;
    }
    if ((baseBitmap & bit) !== 0) b += RECORD_BYTES;
  }
  return out;
}

/**
 * The page before the block (full form), from the page after it (undefined: absent; either form) and
 * the block's delta; null
 * when the page did not exist before; undefined when the delta or the page is malformed, or the result
 * does not have the delta's previous bitmap (a delta applied to the wrong page).
 */
export function applyPageDelta(
  after: Uint8Array | undefined,
  delta: Uint8Array,
): Uint8Array | null | undefined {
  if (delta.length < DELTA_HEADER_BYTES) return undefined;
  const bitmap = u16At(delta, 0);
  const mask = u16At(delta, 2);
  if (bitmap >= 1 << PAGE_SLOTS || mask >= 1 << PAGE_SLOTS) return undefined;
  if (delta.length !== DELTA_HEADER_BYTES + RECORD_BYTES * popcount(mask & bitmap)) return undefined;
  const slots =
    after === undefined ? new Array<Uint8Array | undefined>(PAGE_SLOTS).fill(undefined) : pageSlots(after);
  if (slots === undefined) return undefined;
  let o = DELTA_HEADER_BYTES;
  for (let s = 0; s < PAGE_SLOTS; s++) {
    if ((mask & (1 << s)) === 0) continue;
    if ((bitmap & (1 << s)) === 0) slots[s] = undefined;
    else {
      slots[s] = delta.subarray(o, o + RECORD_BYTES);
      o += RECORD_BYTES;
    }
  }
  const page = encodeFullTreePage(slots);
  const got = page === null ? 0 : u16At(page, 0);
  return got === bitmap ? page : undefined;
}

/**
 * Groups node records arriving children before parents (a post-order walk: the streaming builder,
 * a snapshot chunk's rebuild) into pages: a page is complete, and emitted, when its root node (slot
 * 0) arrives. At most one page per page level is open at a time in post-order. Pages whose root never
 * arrives (a chunk's pages straddling its region's top) stay open: `openPages()`.
 */
export class TreePageAssembler {
  private readonly open = new Map<string, PageSlots>();

  constructor(private readonly emit: (pageKey: string, page: Uint8Array) => void) {}

  add(nodeKey: string, record: Uint8Array): void {
    const pageKey = pageKeyOf(nodeKey);
    const slot = slotOf(nodeKey);
    let slots = this.open.get(pageKey);
    if (slots === undefined) {
      slots = new Array(PAGE_SLOTS).fill(undefined);
      this.open.set(pageKey, slots);
    }
    slots[slot] = record;
    if (slot === 0) {
      this.open.delete(pageKey);
      this.emit(pageKey, encodeTreePage(slots) as Uint8Array);
    }
  }

  /** The pages whose root has not arrived, encoded (and forgotten). */
  openPages(): [string, Uint8Array][] {
    const out: [string, Uint8Array][] = [];
    for (const [key, slots] of this.open) out.push([key, encodeTreePage(slots) as Uint8Array]);
    this.open.clear();
    return out;
  }
}

/**
 * Merges partial encodings of one page (e.g. the parts several snapshot chunks rebuilt) into one
 * page; undefined when one does not decode.
 */
export function mergeTreePages(parts: readonly Uint8Array[]): Uint8Array | undefined {
  const slots: PageSlots = new Array(PAGE_SLOTS).fill(undefined);
  for (const part of parts) {
    const partSlots = pageSlots(part);
    if (partSlots === undefined) return undefined;
    for (let s = 0; s < PAGE_SLOTS; s++) if (partSlots[s] !== undefined) slots[s] = partSlots[s];
  }
  return encodeTreePage(slots) ?? undefined;
}

/** Node records (node key, 65-byte record) grouped into (partial) pages, by page key. */
export function pagesOfNodes(nodes: Iterable<readonly [string, Uint8Array]>): Map<string, Uint8Array> {
  const bySlots = new Map<string, PageSlots>();
  for (const [nodeKey, record] of nodes) {
    const pageKey = pageKeyOf(nodeKey);
    let slots = bySlots.get(pageKey);
    if (slots === undefined) {
      slots = new Array(PAGE_SLOTS).fill(undefined);
      bySlots.set(pageKey, slots);
    }
    slots[slotOf(nodeKey)] = record;
  }
  const out = new Map<string, Uint8Array>();
  for (const [pageKey, slots] of bySlots) out.set(pageKey, encodeTreePage(slots) as Uint8Array);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Layout version

export const TreeLayoutErrorCode = {
  /** The store holds the tree in the layout before tree pages (one record per node). */
  OLD_LAYOUT: "STATE_TREE_OLD_LAYOUT",
  /** The store was written by a newer node, in a tree layout this one cannot read. */
  NEW_LAYOUT: "STATE_TREE_NEW_LAYOUT",
} as const;
export type TreeLayoutErrorCode = (typeof TreeLayoutErrorCode)[keyof typeof TreeLayoutErrorCode];

export class TreeLayoutError extends Error {
  constructor(
    readonly code: TreeLayoutErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "TreeLayoutError";
  }
}

/** The layout record to write with the first tree pages of a store. */
export function treeLayoutOp(): { type: "put"; key: string; value: Uint8Array } {
  return { type: "put", key: TREE_LAYOUT_KEY, value: Uint8Array.of(TREE_LAYOUT_VERSION) };
}

/**
 * Checks the store's tree layout: "current", or "upgrade" for a version-2 store (its pages read as
 * they are; the caller writes `treeLayoutOp()` before any new page, so that an older node, which could
 * not read derived branches, refuses the store from then on). Refuses a store whose tree is in the
 * per-node layout (written before tree pages): converting 17M+ records of a 10M-entry store in place
 * would take as long as a state sync and could not be one atomic batch, so the operator
 * re-initializes the store or joins with `--state-sync`; and a store of a newer layout.
 */
export function checkTreeLayout(readSync: (key: string) => Uint8Array | undefined): "current" | "upgrade" {
  const layout = readSync(TREE_LAYOUT_KEY);
  const version = layout !== undefined && layout.length === 1 ? (layout[0] as number) : undefined;
  if (version === TREE_LAYOUT_VERSION) return "current";
  if (version !== undefined && READABLE_TREE_LAYOUTS.includes(version)) return "upgrade";
  if (version !== undefined && version > TREE_LAYOUT_VERSION) {
    throw new TreeLayoutError(
      TreeLayoutErrorCode.NEW_LAYOUT,
      `the chain store holds the state tree in layout version ${version}, newer than this node reads (${READABLE_TREE_LAYOUTS.join(", ")}): run the node's newer release`,
    );
  }
  if (layout === undefined && readSync(LEGACY_ROOT_KEY) === undefined) return "current";
  throw new TreeLayoutError(
    TreeLayoutErrorCode.OLD_LAYOUT,
    `the chain store holds the state tree in an older layout (${layout === undefined ? "one record per node" : `version ${version ?? "unreadable"}`}, now tree pages version ${TREE_LAYOUT_VERSION}): ` +
      "remove the data directory and start the node again (it re-initializes from the genesis), or join with --state-sync",
  );
}

// ---------------------------------------------------------------------------------------------------
// The paged node store

/** Rough heap cost of a cached page beyond its bytes (Map entry, key string, typed array). */
const PAGE_OVERHEAD_BYTES = 160;

/**
 * The tree's node store over pages: `load` finds a node in its page; pages are read through a
 * bounded LRU (by approximate bytes). `stagePages` turns a block's node writes into page writes
 * (read-modify-write of each touched page, usually cached since the walk read it): they stay visible
 * to reads as an in-flight layer until `pagesWritten` says their batch is in the store.
 */
export class PagedTreeStore implements TreeNodeStore {
  private readonly cache: ByteBoundedLru<Uint8Array>;
  /** Pages of journals handed out but not yet in the store, oldest first (null: deleted). */
  private readonly inFlight: Map<string, Uint8Array | null>[] = [];
  /** Pages read from the store (misses of the cache). */
  storeReads = 0;

  constructor(
    private readonly readSync: (key: string) => Uint8Array | undefined,
    maxCacheBytes: number,
  ) {
    this.cache = new ByteBoundedLru(maxCacheBytes, cost);
  }

  key(depth: number, path: Uint8Array): string {
    return treeNodeKeyAt(depth, path, 0);
  }

  load(nodeKey: string): StoredNode | undefined {
    const page = this.page(pageKeyOf(nodeKey));
    return page === undefined ? undefined : nodeInPage(page, slotOf(nodeKey));
  }

  get cachedPages(): number {
    return this.cache.size;
  }

  /** The page, in its full form, as the store will hold it once the staged pages land. */
  page(pageKey: string): Uint8Array | undefined {
    for (let i = this.inFlight.length - 1; i >= 0; i--) {
      const layer = this.inFlight[i] as Map<string, Uint8Array | null>;
      const staged = layer.get(pageKey);
      if (staged !== undefined) return staged ?? undefined;
    }
    const cached = this.cache.get(pageKey);
    if (cached !== undefined) return cached;
    this.storeReads++;
    const stored = this.readSync(pageKey);
    if (stored === undefined) return undefined;
    // Held in the full form (no hashing on later reads); a malformed page stays as read, its nodes
    // then read as missing (the tree reports STATE_TREE_NODE_CORRUPT).
    const bytes = expandTreePage(stored) ?? stored;
    this.cache.set(pageKey, bytes);
    return bytes;
  }

  /**
   * The page puts/deletes for the tree's node writes, with each touched page's previous content for
   * the reverse diff (its bytes, a PageDelta against the new page when smaller, null: none), in page
   * key order. Staged as the newest in-flight layer.
   */
  stagePages(writes: TreeWrites): { ops: PageOp[]; previous: [string, Uint8Array | PageDelta | null][] } {
    const touched = new Map<string, TouchedPage>();
    // With the tree's previous records (`trackPreviousRecords`), a page whose root position held no
    // node was empty (every node of a page is below its root): it is not read. Any change in a page
    // rewrites its root node (the hashes above a change change), so the root is always in the writes.
    const previous = writes.previous;
    const emptyBefore = new Set<string>();
    if (previous !== undefined) {
      writes.puts.forEach(([key], i) => {
        if (previous.puts[i] === null && slotOf(key) === 0) emptyBefore.add(pageKeyOf(key));
      });
      writes.deletes.forEach((key, i) => {
        if (previous.deletes[i] === null && slotOf(key) === 0) emptyBefore.add(pageKeyOf(key));
      });
    }
    const pageOf = (pageKey: string): TouchedPage => {
      let page = touched.get(pageKey);
      if (page === undefined) {
        const base = emptyBefore.has(pageKey) ? undefined : this.page(pageKey);
        // A page that does not decode is rewritten from the tree's writes alone (the walk that
        // produced them has checked every node it read against its parent's hash), and goes whole
        // into the reverse diff.
        const decodes = base === undefined || fullPageBitmap(base) >= 0;
        page = {
          base: decodes ? base : undefined,
          malformed: decodes ? undefined : base,
          nodes: new Array(PAGE_SLOTS),
          written: 0,
        };
        touched.set(pageKey, page);
      }
      return page;
    };
    writes.deletes.forEach((key, i) => {
      // A position that held nothing: nothing to delete (e.g. a speculative leaf taken back).
      if (previous !== undefined && previous.deletes[i] === null) return;
      const page = pageOf(pageKeyOf(key));
      const slot = slotOf(key);
      page.nodes[slot] = undefined;
      page.written |= 1 << slot;
    });
    for (const [key, node] of writes.puts) {
      const page = pageOf(pageKeyOf(key));
      const slot = slotOf(key);
      page.nodes[slot] = node;
      page.written |= 1 << slot;
    }
    const keys = [...touched.keys()].sort();
    const ops: PageOp[] = [];
    const previousPages: [string, Uint8Array | PageDelta | null][] = [];
    const layer = new Map<string, Uint8Array | null>();
    for (const pageKey of keys) {
      const { base, malformed, nodes, written } = touched.get(pageKey) as TouchedPage;
      previousPages.push([
        pageKey,
        base === undefined ? (malformed ?? null) : pageReverseEntry(base, written),
      ]);
      const page = rewriteFullPage(base, written, nodes);
      layer.set(pageKey, page);
      ops.push(
        page === null
          ? { type: "del", key: pageKey }
          : { type: "put", key: pageKey, value: storedTreePage(page) },
      );
    }
    this.inFlight.push(layer);
    return { ops, previous: previousPages };
  }

  /** The oldest staged pages are in the store: they join the cache. */
  pagesWritten(): void {
    const layer = this.inFlight.shift();
    if (layer === undefined) return;
    for (const [key, page] of layer) {
      if (page === null) this.cache.delete(key);
      else this.cache.set(key, page);
    }
  }
}

/** A page a block's node writes touch: what the store held, and the nodes the block wrote in it. */
interface TouchedPage {
  /** The page before the block, in its full form (undefined: none, or one that does not decode). */
  base: Uint8Array | undefined;
  /** The stored bytes of a page that does not decode (rewritten from the writes alone). */
  malformed: Uint8Array | undefined;
  /** Per written slot, its new node (undefined: deleted). */
  nodes: (StoredNode | undefined)[];
  /** Mask of the slots the block wrote (put or deleted). */
  written: number;
}

export type PageOp = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

function cost(key: string, page: Uint8Array): number {
  return 2 * key.length + page.length + PAGE_OVERHEAD_BYTES;
}

/** A tree node store over a synchronous reader of the level store (pages cached up to `cacheBytes`). */
export function levelTreeStore(
  readSync: (key: string) => Uint8Array | undefined,
  cacheBytes = 4 * 2 ** 20,
): PagedTreeStore {
  return new PagedTreeStore(readSync, cacheBytes);
}
