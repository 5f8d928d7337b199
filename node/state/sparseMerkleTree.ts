/**
 * The authenticated state tree: the chain's state root is the root of this tree.
 *
 * A compact (path-compressed) binary sparse Merkle tree over 256-bit paths, the path of a key being
 * keccak256(key) read from its most significant bit (0 = left, 1 = right):
 *
 * - leaf hash   = keccak256(0x00 ‖ keyHash ‖ valueHash), valueHash = keccak256(value)
 * - branch hash = keccak256(0x01 ‖ left ‖ right)
 * - an empty subtree hashes to 32 zero bytes (so the empty tree's root is 32 zero bytes, and a
 *   one-leaf tree's root is that leaf's hash).
 *
 * A leaf sits at the shallowest depth where it is alone in its subtree, so the shape (and the root)
 * depends only on the set of key/values, never on the order of insertions and deletions. Branches
 * with one empty child remain where two or more keys share a prefix below them; they are hashed like
 * any branch, which keeps proofs simple: one sibling per branch level on the key's path.
 *
 * Writes only mark the nodes on their path dirty; `root()` rehashes each dirty node once, so a block
 * of k writes on n keys costs about k·log2(n/k) + 2k hashes plus 2 per write for key and value.
 *
 * Only keyHash and valueHash are kept in memory: values themselves live in the state store.
 *
 * Persistence (optional, `attachStore`): the tree can live on disk, node by node, keyed by the node's
 * PATH (depth + the path bits above it), the idea of geth's path-based state scheme (PBSS) rather than
 * IAVL's hash-keyed nodes with reference counts: a path holds exactly one node of the latest tree, so
 * an update overwrites in place and a removed node is a plain delete, with no reference counting and
 * no garbage. As in memIAVL, the upper levels stay in memory and the lower ones are read on demand: a
 * child not in memory is a stub holding only its hash, loaded synchronously from the store when a walk
 * reaches it (and checked against that hash, so a corrupt node is detected, never used). Every node
 * changed or moved since the last `takeWrites()` is marked unstored; `takeWrites()` hands back the
 * puts and deletes of the paths that changed, and `trim()` turns stored nodes below a depth back into
 * stubs to bound memory.
 */

import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { keccak256 as keccak_256 } from "../crypto/hash.js";

/** Length of every hash in the tree, in bytes. */
export const HASH_LENGTH = 32;
/** Number of bits in a path (keccak256 output). */
export const PATH_BITS = 256;
const LEAF_PREFIX = 0x00;
const BRANCH_PREFIX = 0x01;

/** The hash of an empty subtree, and the root of the empty tree (a copy: the tree uses its own). */
export const EMPTY_ROOT: Uint8Array = new Uint8Array(HASH_LENGTH);
/** Internal all-zero hash, never handed out, so no caller can alter it. */
const ZERO_HASH = new Uint8Array(HASH_LENGTH);

/** What a proof ends in, at the bottom of the key's path. */
export type MerkleProofTerminal =
  | { kind: "empty" }
  | { kind: "leaf"; keyHash: Uint8Array; valueHash: Uint8Array };

/**
 * A path from the root to where `key` is (or would be). `siblings[i]` is the hash of the subtree
 * beside the path at depth i + 1 (from the root down, one per branch level on the key's path).
 */
export type MerkleProof = {
  siblings: Uint8Array[];
  terminal: MerkleProofTerminal;
};

/** JSON form of a proof: hashes as 0x-prefixed hex strings (lowercase when produced by us). */
export type MerkleProofJSON = {
  siblings: string[];
  terminal: { kind: "empty" } | { kind: "leaf"; keyHash: string; valueHash: string };
};

export const MerkleProofErrorCode = {
  /** Not an object of the proof's shape, or not valid JSON text. */
  MALFORMED: "MERKLE_PROOF_MALFORMED",
  /** A hash is not a 0x-prefixed 32-byte hex string. */
  BAD_HASH: "MERKLE_PROOF_BAD_HASH",
  /** More siblings than there are bits in a path. */
  TOO_LONG: "MERKLE_PROOF_TOO_LONG",
  /** The terminal is neither `{ kind: "empty" }` nor a leaf with keyHash and valueHash. */
  BAD_TERMINAL: "MERKLE_PROOF_BAD_TERMINAL",
} as const;
export type MerkleProofErrorCode = (typeof MerkleProofErrorCode)[keyof typeof MerkleProofErrorCode];

/** A proof could not be decoded. */
export class MerkleProofError extends Error {
  constructor(
    readonly code: MerkleProofErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MerkleProofError";
  }

  toJSON(): { code: MerkleProofErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

// ---------------------------------------------------------------------------------------------------
// Hashing helpers (pure)

/** Scratch buffer for the fixed-size 65-byte node preimages; filled and hashed synchronously. */
const scratch = new Uint8Array(1 + 2 * HASH_LENGTH);

function hashPair(prefix: number, a: Uint8Array, b: Uint8Array): Uint8Array {
  scratch[0] = prefix;
  scratch.set(a, 1);
  scratch.set(b, 1 + HASH_LENGTH);
  return keccak_256(scratch);
}

function leafHash(keyHash: Uint8Array, valueHash: Uint8Array): Uint8Array {
  return hashPair(LEAF_PREFIX, keyHash, valueHash);
}

function branchHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return hashPair(BRANCH_PREFIX, left, right);
}

/** A leaf's hash (keccak256(0x00 ‖ keyHash ‖ valueHash)), for builders outside this class. */
export const leafNodeHash = leafHash;
/** A branch's hash (keccak256(0x01 ‖ left ‖ right)), for builders outside this class. */
export const branchNodeHash = branchHash;

/** Bit `depth` of a path, most significant bit of byte 0 first. */
function bitAt(path: Uint8Array, depth: number): number {
  return ((path[depth >> 3] as number) >> (7 - (depth & 7))) & 1;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The first 4 bytes of a hash as an unsigned big-endian integer. */
function readUint32(h: Uint8Array): number {
  return (
    (((h[0] as number) << 24) | ((h[1] as number) << 16) | ((h[2] as number) << 8) | (h[3] as number)) >>> 0
  );
}

function isHash(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array && x.length === HASH_LENGTH;
}

// ---------------------------------------------------------------------------------------------------
// Nodes

interface LeafNode {
  readonly leaf: true;
  readonly keyHash: Uint8Array;
  valueHash: Uint8Array;
  /** null when dirty. A leaf's hash does not depend on its depth, so moving it keeps it valid. */
  hash: Uint8Array | null;
  /** Written at its current path in the attached store (always false without a store). */
  stored: boolean;
  /**
   * With previous records tracked: the record this node had in the store before its first change
   * since the last takeWrites(), and the depth it was stored at (a leaf may have moved since).
   */
  prev: StoredNode | undefined;
  prevDepth: number;
  /** Its store key at depth `keyDepth`, once computed (a leaf moves: the key is for that depth). */
  key: string | undefined;
  keyDepth: number;
}

interface BranchNode {
  readonly leaf: false;
  left: TreeNode | StubNode | null;
  right: TreeNode | StubNode | null;
  /** null when dirty (something below changed since the last root()). */
  hash: Uint8Array | null;
  stored: boolean;
  /** As for a leaf (a branch never moves: prevDepth is its depth). */
  prev: StoredNode | undefined;
  prevDepth: number;
  /**
   * Its store key, once computed (a branch never moves, so it stays valid): a block's journal rewrites
   * every branch on each written key's path (≈ 17 per key), and building the key string each time
   * was most of `takeWrites`.
   */
  key: string | undefined;
}

/** A stored subtree not in memory: only its hash, loaded from the store when a walk needs it. */
interface StubNode {
  readonly leaf: null;
  readonly hash: Uint8Array;
}

type TreeNode = LeafNode | BranchNode;

function newLeaf(keyHash: Uint8Array, valueHash: Uint8Array, hash: Uint8Array | null = null): LeafNode {
  return {
    leaf: true,
    keyHash,
    valueHash,
    hash,
    stored: false,
    prev: undefined,
    prevDepth: 0,
    key: undefined,
    keyDepth: -1,
  };
}

function newBranch(left: TreeNode | null, right: TreeNode | null): BranchNode {
  return {
    leaf: false,
    left,
    right,
    hash: null,
    stored: false,
    prev: undefined,
    prevDepth: 0,
    key: undefined,
  };
}

/** The hash a stored child has in its parent's record (zero for an empty side). */
function storedChildHash(child: TreeNode | StubNode | null): Uint8Array {
  // A stored branch's children are clean: any change below a node marks it unstored.
  return child === null ? ZERO_HASH : (child.hash as Uint8Array);
}

function rawChild(branch: BranchNode, bit: number): TreeNode | StubNode | null {
  return bit === 0 ? branch.left : branch.right;
}

function setChild(branch: BranchNode, bit: number, node: TreeNode | StubNode | null): void {
  if (bit === 0) branch.left = node;
  else branch.right = node;
}

/** A node as stored at a path: a leaf, or a branch with its children's hashes (zero = empty). */
export type StoredNode =
  | { leaf: true; keyHash: Uint8Array; valueHash: Uint8Array }
  | { leaf: false; left: Uint8Array; right: Uint8Array };

/**
 * Where a persisted tree's nodes live. `key(depth, path)` names the node at `depth` on `path` (only
 * the first `depth` bits of `path` count); `load` reads it synchronously.
 */
export interface TreeNodeStore {
  key(depth: number, path: Uint8Array): string;
  load(key: string): StoredNode | undefined;
}

/** The puts and deletes of node paths since the last `takeWrites()`; deletes never name a put key. */
export interface TreeWrites {
  puts: [string, StoredNode][];
  deletes: string[];
  /**
   * With previous records tracked (`trackPreviousRecords`): the record each put and delete key held
   * in the store before (null: none), aligned with `puts` then `deletes`.
   */
  previous?: { puts: (StoredNode | null)[]; deletes: (StoredNode | null)[] };
}

export const StateTreeErrorCode = {
  /** A node the tree points to is missing from the store, or does not hash to what its parent says. */
  NODE_CORRUPT: "STATE_TREE_NODE_CORRUPT",
} as const;

export class StateTreeError extends Error {
  constructor(
    readonly code: (typeof StateTreeErrorCode)[keyof typeof StateTreeErrorCode],
    message: string,
  ) {
    super(message);
    this.name = "StateTreeError";
  }
}

function storedNodeHash(n: StoredNode): Uint8Array {
  return n.leaf ? leafHash(n.keyHash, n.valueHash) : branchHash(n.left, n.right);
}

/** `path` with bit `depth` set to `bit` (a copy). */
function withBit(path: Uint8Array, depth: number, bit: number): Uint8Array {
  const out = path.slice();
  const mask = 1 << (7 - (depth & 7));
  out[depth >> 3] = bit === 1 ? (out[depth >> 3] as number) | mask : (out[depth >> 3] as number) & ~mask;
  return out;
}

/** The subtree, rooted at `depth`, holding exactly the two distinct leaves a and b. */
function splitLeaves(a: LeafNode, b: LeafNode, depth: number): BranchNode {
  const top = newBranch(null, null);
  let branch = top;
  for (let d = depth; d < PATH_BITS; d++) {
    const bitA = bitAt(a.keyHash, d);
    if (bitA !== bitAt(b.keyHash, d)) {
      setChild(branch, bitA, a);
      setChild(branch, 1 - bitA, b);
      return top;
    }
    const next = newBranch(null, null);
    setChild(branch, bitA, next);
    branch = next;
  }
  throw new Error("splitLeaves: identical key hashes");
}

// ---------------------------------------------------------------------------------------------------
// The tree

export class SparseMerkleTree {
  private rootNode: TreeNode | StubNode | null = null;
  private count = 0;
  /** Number of keccak256 calls made so far by this tree (keys, values and nodes), for benchmarks. */
  hashCount = 0;
  /** Attached store, if the tree is persisted. */
  private store: TreeNodeStore | undefined;
  /** Paths whose node was removed or moved away since the last takeWrites(). */
  private readonly deletedPaths = new Set<string>();
  /** Nodes in memory (approximate between trims: loads and creations are counted, drops are not). */
  private residentCount = 0;
  /**
   * Previous records tracked (state history's reverse diffs): each node keeps the record it had in
   * the store when first changed after a takeWrites(), so the diff needs no read-back of the store.
   */
  private tracking = false;
  /** Tracking: records of stored nodes removed from the tree since the last takeWrites(), by key. */
  private readonly removedRecords = new Map<string, StoredNode>();

  /**
   * A tree persisted in `store` whose root hash is `rootHash` (all zero for the empty tree) and which
   * holds `size` keys: nothing is read until a walk needs it.
   */
  static open(store: TreeNodeStore, rootHash: Uint8Array, size: number): SparseMerkleTree {
    const tree = new SparseMerkleTree();
    tree.store = store;
    tree.count = size;
    tree.rootNode = bytesEqual(rootHash, ZERO_HASH) ? null : { leaf: null, hash: rootHash.slice() };
    return tree;
  }

  /**
   * Attaches a store to a tree built in memory: every node counts as unstored, so the next
   * `takeWrites()` writes the whole tree (used once, to persist a tree built from a full scan).
   */
  attachStore(store: TreeNodeStore): void {
    this.store = store;
    this.residentCount = 2 * this.count;
  }

  /** Number of tree nodes in memory (for the cache bound and benchmarks). */
  get residentNodes(): number {
    return this.residentCount;
  }

  /**
   * From now on `takeWrites()` also gives the record every written or deleted path held before
   * (`TreeWrites.previous`), taken from memory: a node changed since the last `takeWrites()` keeps
   * the record it was stored with, taken at its first change (it had to be read, or be in memory, to
   * be changed). To be called when every change has been taken (right after a `takeWrites()` or an
   * open), since a node changed before carries no previous record.
   */
  trackPreviousRecords(): void {
    const root = this.rootNode;
    if (this.deletedPaths.size > 0 || (root !== null && root.leaf !== null && !root.stored)) {
      throw new Error("trackPreviousRecords: the tree has changes not taken yet");
    }
    this.tracking = true;
  }

  /**
   * Marks `node`, at `depth`, changed (or moved away). The first time since the last takeWrites(),
   * with tracking on, it keeps the record it has in the store.
   */
  private unstore(node: TreeNode, depth: number): void {
    if (!node.stored) return;
    node.stored = false;
    if (!this.tracking) return;
    node.prev = node.leaf
      ? { leaf: true, keyHash: node.keyHash, valueHash: node.valueHash }
      : { leaf: false, left: storedChildHash(node.left), right: storedChildHash(node.right) };
    node.prevDepth = depth;
  }

  /** Bulk build from key/value pairs (a later duplicate key overrides an earlier one). */
  static fromEntries(entries: Iterable<readonly [Uint8Array, Uint8Array]>): SparseMerkleTree {
    const tree = new SparseMerkleTree();
    const sorted: { prefix: number; leaf: LeafNode }[] = [];
    for (const [key, value] of entries) {
      const keyHash = tree.hash(key);
      sorted.push({ prefix: readUint32(keyHash), leaf: newLeaf(keyHash, tree.hash(value)) });
    }
    // Stable sort: among equal key hashes the last entry comes last and wins. Comparing the first
    // 32 bits as a number first settles almost every comparison without a byte loop.
    sorted.sort((a, b) => a.prefix - b.prefix || compareBytes(a.leaf.keyHash, b.leaf.keyHash));
    const leaves = sorted.map((x) => x.leaf);
    let unique = 0;
    for (let i = 0; i < leaves.length; i++) {
      const next = leaves[i + 1];
      if (next !== undefined && bytesEqual(next.keyHash, (leaves[i] as LeafNode).keyHash)) continue;
      leaves[unique++] = leaves[i] as LeafNode;
    }
    leaves.length = unique;
    tree.rootNode = buildSorted(leaves, 0, unique, 0);
    tree.count = unique;
    return tree;
  }

  /** Number of keys in the tree. */
  get size(): number {
    return this.count;
  }

  /** Insert or update `key`. Setting the value a key already has changes nothing. */
  set(key: Uint8Array, value: Uint8Array): void {
    this.setHashed(this.hash(key), value);
  }

  /** `set` for a caller that has `keyHash` = keccak256(key) already (never changed afterwards). */
  setHashed(keyHash: Uint8Array, value: Uint8Array): void {
    const valueHash = this.hash(value);
    const path: BranchNode[] = [];
    let node = this.rootTreeNode();
    let depth = 0;
    while (node !== null && !node.leaf) {
      path.push(node);
      node = this.child(node, bitAt(keyHash, depth), depth + 1, keyHash);
      depth++;
    }
    const found = node !== null && bytesEqual(node.keyHash, keyHash);
    if (found && bytesEqual((node as LeafNode).valueHash, valueHash)) return;
    // Every branch on the path changes: marked from the root down, before anything below changes
    // (a branch's previous record is read from its children's hashes).
    for (let i = 0; i < path.length; i++) {
      const branch = path[i] as BranchNode;
      this.unstore(branch, i);
      branch.hash = null;
    }
    if (node !== null && found) {
      this.unstore(node, depth);
      node.valueHash = valueHash;
      node.hash = null;
    } else {
      const leaf = newLeaf(keyHash, valueHash);
      this.residentCount++;
      let replacement: TreeNode = leaf;
      if (node !== null) {
        this.unstore(node, depth); // it moves down
        replacement = splitLeaves(node, leaf, depth);
        this.residentCount += 1 + countSplitBranches(node, leaf, depth);
      }
      const parent = path[path.length - 1];
      if (parent === undefined) this.rootNode = replacement;
      else setChild(parent, bitAt(keyHash, depth - 1), replacement);
      this.count++;
    }
  }

  /** Remove `key`; no-op if absent. Branches left with a single leaf collapse into it. */
  delete(key: Uint8Array): void {
    this.deleteHashed(this.hash(key));
  }

  /** `delete` for a caller that has `keyHash` = keccak256(key) already. */
  deleteHashed(keyHash: Uint8Array): void {
    const path: BranchNode[] = [];
    let node = this.rootTreeNode();
    while (node !== null && !node.leaf) {
      path.push(node);
      node = this.child(node, bitAt(keyHash, path.length - 1), path.length, keyHash);
    }
    if (node === null || !bytesEqual(node.keyHash, keyHash)) return;
    this.count--;
    const removedLeaf = node;
    // Every branch on the path is changed or removed, and the leaf is removed: marked from the root
    // down before anything changes (a branch's previous record is read from its children's hashes).
    for (let j = 0; j < path.length; j++) this.unstore(path[j] as BranchNode, j);
    this.unstore(removedLeaf, path.length);
    // Walk up replacing the removed position; while a branch is left holding at most one leaf (and
    // nothing else) it collapses into that leaf, which then sits one level higher.
    let replacement: LeafNode | null = null;
    let movedFrom = -1; // depth the moving leaf came from
    let i = path.length - 1;
    for (; i >= 0; i--) {
      const branch = path[i] as BranchNode;
      const bit = bitAt(keyHash, i);
      let other = rawChild(branch, 1 - bit);
      if (replacement === null && other !== null && other.leaf === null) {
        other = this.child(branch, 1 - bit, i + 1, withBit(keyHash, i, 1 - bit));
      }
      if (replacement === null && (other === null || other.leaf === true)) {
        replacement = other as LeafNode | null;
        if (replacement !== null) {
          movedFrom = i + 1;
          this.unstore(replacement, movedFrom); // it moves up
        }
        continue;
      }
      if (replacement !== null && other === null) {
        continue; // replacement (a leaf) moves up
      }
      setChild(branch, bit, replacement);
      break;
    }
    if (this.store !== undefined) {
      // Every position from the new one down to the removed leaf is vacated (the moving leaf is put
      // back at depth i + 1 by the next takeWrites, which overrides the delete there).
      for (let d = i + 1; d <= path.length; d++) {
        const key = this.store.key(d, keyHash);
        this.deletedPaths.add(key);
        // Tracking: the removed nodes' records (a branch's, or the leaf's if it was stored here).
        const gone = d < path.length ? (path[d] as BranchNode) : removedLeaf;
        if (this.tracking && gone.prev !== undefined && gone.prevDepth === d)
          this.removedRecords.set(key, gone.prev);
      }
      if (this.tracking && removedLeaf.prev !== undefined && removedLeaf.prevDepth !== path.length) {
        // The leaf had moved since it was stored: its record was at its former depth.
        this.removedRecords.set(this.store.key(removedLeaf.prevDepth, keyHash), removedLeaf.prev);
      }
      if (replacement !== null) this.deletedPaths.add(this.store.key(movedFrom, replacement.keyHash));
    }
    if (i < 0) {
      this.rootNode = replacement;
      return;
    }
    for (let j = 0; j <= i; j++) (path[j] as BranchNode).hash = null;
  }

  /** Whether `key` is in the tree. */
  has(key: Uint8Array): boolean {
    const keyHash = this.hash(key);
    let node = this.rootTreeNode();
    let depth = 0;
    while (node !== null && !node.leaf) {
      node = this.child(node, bitAt(keyHash, depth), depth + 1, keyHash);
      depth++;
    }
    return node !== null && bytesEqual(node.keyHash, keyHash);
  }

  /** The root hash (a fresh copy); rehashes the nodes made dirty since the last call, each once. */
  root(): Uint8Array {
    return this.rootNode === null ? ZERO_HASH.slice() : this.nodeHash(this.rootNode).slice();
  }

  /** Proof of inclusion of `key` if present, otherwise of its exclusion. */
  prove(key: Uint8Array): MerkleProof {
    const keyHash = this.hash(key);
    if (this.rootNode !== null) this.nodeHash(this.rootNode);
    const siblings: Uint8Array[] = [];
    let node = this.rootTreeNode();
    let depth = 0;
    while (node !== null && !node.leaf) {
      const bit = bitAt(keyHash, depth);
      const sibling = rawChild(node, 1 - bit);
      siblings.push(sibling === null ? ZERO_HASH.slice() : (sibling.hash as Uint8Array).slice());
      node = this.child(node, bit, depth + 1, keyHash);
      depth++;
    }
    const terminal: MerkleProofTerminal =
      node === null
        ? { kind: "empty" }
        : { kind: "leaf", keyHash: node.keyHash.slice(), valueHash: node.valueHash.slice() };
    return { siblings, terminal };
  }

  private hash(bytes: Uint8Array): Uint8Array {
    this.hashCount++;
    return keccak_256(bytes);
  }

  /**
   * The puts and deletes that bring the attached store to this tree (the root is computed first),
   * and marks every node stored. Requires a store.
   */
  takeWrites(): TreeWrites {
    const store = this.store;
    if (store === undefined) throw new Error("takeWrites: no store attached");
    const puts: [string, StoredNode][] = [];
    const tracking = this.tracking;
    /** Tracking: each put's previous record when the node was stored at that same path, else null. */
    const previousPuts: (StoredNode | null)[] = [];
    const removedRecords = this.removedRecords;
    if (this.rootNode !== null) this.nodeHash(this.rootNode);
    // One path buffer for the walk: bit `depth` is set while the right subtree is visited (a key
    // reads only the bits above its depth).
    const path = new Uint8Array(HASH_LENGTH);
    const visit = (node: TreeNode | StubNode | null, depth: number): void => {
      if (node === null || node.leaf === null || node.stored) return;
      node.stored = true;
      let key: string;
      if (node.leaf) {
        if (node.key !== undefined && node.keyDepth === depth) key = node.key;
        else {
          key = store.key(depth, node.keyHash);
          node.key = key;
          node.keyDepth = depth;
        }
      } else {
        key = node.key ?? store.key(depth, path);
        node.key = key;
      }
      if (tracking) {
        const prev = node.prev;
        if (prev !== undefined && node.prevDepth === depth) previousPuts.push(prev);
        else {
          // New here: the path held another node's record, or none (resolved below). A leaf that
          // moved leaves its record at its former path.
          previousPuts.push(null);
          if (prev !== undefined && node.leaf)
            removedRecords.set(store.key(node.prevDepth, node.keyHash), prev);
        }
        node.prev = undefined;
      }
      if (node.leaf) {
        puts.push([key, { leaf: true, keyHash: node.keyHash, valueHash: node.valueHash }]);
        return;
      }
      puts.push([
        key,
        { leaf: false, left: node.left?.hash ?? ZERO_HASH, right: node.right?.hash ?? ZERO_HASH },
      ]);
      const byte = depth >> 3;
      const mask = 1 << (7 - (depth & 7));
      path[byte] = (path[byte] as number) & ~mask;
      visit(node.left, depth + 1);
      path[byte] = (path[byte] as number) | mask;
      visit(node.right, depth + 1);
      path[byte] = (path[byte] as number) & ~mask;
    };
    visit(this.rootNode, 0);
    for (const [key] of puts) this.deletedPaths.delete(key);
    const deletes = [...this.deletedPaths];
    this.deletedPaths.clear();
    if (!tracking) return { puts, deletes };
    for (let i = 0; i < puts.length; i++) {
      if (previousPuts[i] === null)
        previousPuts[i] = removedRecords.get((puts[i] as [string, StoredNode])[0]) ?? null;
    }
    const previousDeletes = deletes.map((key) => removedRecords.get(key) ?? null);
    removedRecords.clear();
    return { puts, deletes, previous: { puts: previousPuts, deletes: previousDeletes } };
  }

  /**
   * Bounds memory: when more than `maxNodes` nodes are in memory, stored nodes below the depth that
   * keeps about half of that budget become stubs again (the upper levels, hot for every walk, stay).
   * Unstored nodes are never dropped. Costs one walk over the nodes in memory.
   */
  trim(maxNodes: number): void {
    if (this.store === undefined || this.residentCount <= maxNodes) return;
    const perDepth: number[] = [];
    const count = (node: TreeNode | StubNode | null, depth: number): void => {
      if (node === null || node.leaf === null) return;
      perDepth[depth] = (perDepth[depth] ?? 0) + 1;
      if (!node.leaf) {
        count(node.left, depth + 1);
        count(node.right, depth + 1);
      }
    };
    count(this.rootNode, 0);
    let keep = 0;
    let cut = 0;
    while (cut < perDepth.length && keep + (perDepth[cut] ?? 0) <= maxNodes / 2) keep += perDepth[cut++] ?? 0;
    // Nodes at depth < cut stay; stored nodes at depth >= cut become stubs.
    let resident = 0;
    const drop = (node: TreeNode | StubNode | null, depth: number): TreeNode | StubNode | null => {
      if (node === null || node.leaf === null) return node;
      if (depth >= cut && node.stored && node.hash !== null) return { leaf: null, hash: node.hash };
      resident++;
      if (!node.leaf) {
        node.left = drop(node.left, depth + 1);
        node.right = drop(node.right, depth + 1);
      }
      return node;
    };
    this.rootNode = drop(this.rootNode, 0);
    this.residentCount = resident;
  }

  /** The root as a node, loading it if it is a stub. */
  private rootTreeNode(): TreeNode | null {
    const root = this.rootNode;
    if (root === null || root.leaf !== null) return root;
    const loaded = this.load(root, 0, ZERO_HASH);
    this.rootNode = loaded;
    return loaded;
  }

  /** The child of `branch` on side `bit`, at `depth` on `path`, loading it if it is a stub. */
  private child(branch: BranchNode, bit: number, depth: number, path: Uint8Array): TreeNode | null {
    const node = rawChild(branch, bit);
    if (node === null || node.leaf !== null) return node;
    const loaded = this.load(node, depth, path);
    setChild(branch, bit, loaded);
    return loaded;
  }

  private load(stub: StubNode, depth: number, path: Uint8Array): TreeNode {
    const store = this.store;
    if (store === undefined) throw new Error("tree has a stub but no store");
    const key = store.key(depth, path);
    const stored = store.load(key);
    if (stored === undefined || !bytesEqual(storedNodeHash(stored), stub.hash)) {
      throw new StateTreeError(
        StateTreeErrorCode.NODE_CORRUPT,
        `state tree node ${key} is ${stored === undefined ? "missing" : "corrupt (hash mismatch)"}`,
      );
    }
    this.residentCount++;
    if (stored.leaf)
      return {
        leaf: true,
        keyHash: stored.keyHash,
        valueHash: stored.valueHash,
        hash: stub.hash,
        stored: true,
        prev: undefined,
        prevDepth: 0,
        key,
        keyDepth: depth,
      };
    const side = (h: Uint8Array): StubNode | null =>
      bytesEqual(h, ZERO_HASH) ? null : { leaf: null, hash: h };
    return {
      leaf: false,
      left: side(stored.left),
      right: side(stored.right),
      hash: stub.hash,
      stored: true,
      prev: undefined,
      prevDepth: 0,
      key,
    };
  }

  /** The node's hash, computing the dirty ones below it (recursion depth ≤ 257). */
  private nodeHash(node: TreeNode | StubNode): Uint8Array {
    if (node.hash !== null) return node.hash;
    this.hashCount++;
    if (node.leaf) {
      node.hash = leafHash(node.keyHash, node.valueHash);
    } else if (node.leaf === false) {
      const left = node.left === null ? ZERO_HASH : this.nodeHash(node.left);
      const right = node.right === null ? ZERO_HASH : this.nodeHash(node.right);
      node.hash = branchHash(left, right);
    }
    return node.hash as Uint8Array;
  }
}

/** Number of branches `splitLeaves(a, b, depth)` creates (for the resident count). */
function countSplitBranches(a: LeafNode, b: LeafNode, depth: number): number {
  let d = depth;
  while (d < PATH_BITS && bitAt(a.keyHash, d) === bitAt(b.keyHash, d)) d++;
  return d - depth;
}

/** The canonical subtree at `depth` for leaves[lo, hi), sorted by keyHash and distinct. */
function buildSorted(leaves: LeafNode[], lo: number, hi: number, depth: number): TreeNode | null {
  if (hi === lo) return null;
  if (hi - lo === 1) return leaves[lo] as LeafNode;
  // First index whose bit at `depth` is 1 (sorted, so a binary search suffices).
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (bitAt((leaves[mid] as LeafNode).keyHash, depth) === 0) a = mid + 1;
    else b = mid;
  }
  return newBranch(buildSorted(leaves, lo, a, depth + 1), buildSorted(leaves, a, hi, depth + 1));
}

// ---------------------------------------------------------------------------------------------------
// Verification (pure)

/** Folds `bottom` (the hash at depth siblings.length on `path`) up to the root. */
function foldToRoot(path: Uint8Array, bottom: Uint8Array, siblings: readonly Uint8Array[]): Uint8Array {
  let h = bottom;
  for (let depth = siblings.length - 1; depth >= 0; depth--) {
    const sibling = siblings[depth] as Uint8Array;
    h = bitAt(path, depth) === 0 ? branchHash(h, sibling) : branchHash(sibling, h);
  }
  return h;
}

function wellFormed(proof: MerkleProof): boolean {
  if (!Array.isArray(proof.siblings) || proof.siblings.length > PATH_BITS) return false;
  for (const s of proof.siblings) if (!isHash(s)) return false;
  const t = proof.terminal as MerkleProofTerminal | undefined;
  if (typeof t !== "object" || t === null) return false;
  if (t.kind === "empty") return true;
  return t.kind === "leaf" && isHash(t.keyHash) && isHash(t.valueHash);
}

/** Whether `proof` shows that `key` maps to `value` in the tree of root `root`. */
export function verifyInclusion(
  root: Uint8Array,
  key: Uint8Array,
  value: Uint8Array,
  proof: MerkleProof,
): boolean {
  if (!isHash(root) || !wellFormed(proof)) return false;
  const t = proof.terminal;
  if (t.kind !== "leaf") return false;
  const keyHash = keccak_256(key);
  if (!bytesEqual(t.keyHash, keyHash) || !bytesEqual(t.valueHash, keccak_256(value))) return false;
  return bytesEqual(foldToRoot(keyHash, leafHash(keyHash, t.valueHash), proof.siblings), root);
}

/**
 * Whether `proof` shows that `key` is absent from the tree of root `root`: its path ends in an empty
 * subtree, or in a leaf of another key sharing the path's prefix (alone in that subtree).
 */
export function verifyExclusion(root: Uint8Array, key: Uint8Array, proof: MerkleProof): boolean {
  if (!isHash(root) || !wellFormed(proof)) return false;
  const keyHash = keccak_256(key);
  const depth = proof.siblings.length;
  const t = proof.terminal;
  let bottom: Uint8Array;
  if (t.kind === "empty") {
    bottom = ZERO_HASH;
  } else {
    if (bytesEqual(t.keyHash, keyHash)) return false;
    for (let d = 0; d < depth; d++) if (bitAt(t.keyHash, d) !== bitAt(keyHash, d)) return false;
    bottom = leafHash(t.keyHash, t.valueHash);
  }
  return bytesEqual(foldToRoot(keyHash, bottom, proof.siblings), root);
}

// ---------------------------------------------------------------------------------------------------
// JSON

function hashToHex(h: Uint8Array): string {
  return `0x${bytesToHex(h)}`;
}

const HASH_HEX = /^0x[0-9a-fA-F]{64}$/;

function hexToHash(x: unknown, what: string): Uint8Array {
  if (typeof x !== "string" || !HASH_HEX.test(x)) {
    throw new MerkleProofError(MerkleProofErrorCode.BAD_HASH, `${what}: expected a 0x-prefixed 32-byte hex`);
  }
  return hexToBytes(x.slice(2));
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** JSON form of a proof, hashes as lowercase 0x-hex. */
export function proofToJSON(proof: MerkleProof): MerkleProofJSON {
  const t = proof.terminal;
  return {
    siblings: proof.siblings.map(hashToHex),
    terminal:
      t.kind === "empty"
        ? { kind: "empty" }
        : { kind: "leaf", keyHash: hashToHex(t.keyHash), valueHash: hashToHex(t.valueHash) },
  };
}

/**
 * Decodes a proof from its JSON form (the parsed value, or JSON text). Throws `MerkleProofError` on
 * anything malformed; unknown extra fields are rejected too.
 */
export function proofFromJSON(json: unknown): MerkleProof {
  let value = json;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw new MerkleProofError(MerkleProofErrorCode.MALFORMED, "proof: not valid JSON text");
    }
  }
  if (!isRecord(value) || !Array.isArray(value.siblings) || !isRecord(value.terminal)) {
    throw new MerkleProofError(
      MerkleProofErrorCode.MALFORMED,
      "proof: expected { siblings: [], terminal: {} }",
    );
  }
  if (Object.keys(value).length !== 2) {
    throw new MerkleProofError(MerkleProofErrorCode.MALFORMED, "proof: unexpected fields");
  }
  if (value.siblings.length > PATH_BITS) {
    throw new MerkleProofError(MerkleProofErrorCode.TOO_LONG, `proof: more than ${PATH_BITS} siblings`);
  }
  const siblings = value.siblings.map((s: unknown, i: number) => hexToHash(s, `proof.siblings[${i}]`));
  const t = value.terminal;
  const keys = Object.keys(t).length;
  if (t.kind === "empty" && keys === 1) return { siblings, terminal: { kind: "empty" } };
  if (t.kind === "leaf" && keys === 3) {
    return {
      siblings,
      terminal: {
        kind: "leaf",
        keyHash: hexToHash(t.keyHash, "proof.terminal.keyHash"),
        valueHash: hexToHash(t.valueHash, "proof.terminal.valueHash"),
      },
    };
  }
  throw new MerkleProofError(
    MerkleProofErrorCode.BAD_TERMINAL,
    'proof.terminal: expected { kind: "empty" } or { kind: "leaf", keyHash, valueHash }',
  );
}
