/**
 * How the state tree's nodes are laid out in the chain's level store (path-based, after geth's PBSS):
 * one record per node position, keyed `n:<depth, 3 hex digits>:<the path bits above it, hex>`, the
 * bits past `depth` zeroed, so the record at a key is always the node of the latest tree at that
 * position. A record is 65 bytes: 0x00 ‖ keyHash ‖ valueHash for a leaf, 0x01 ‖ left ‖ right (the
 * children's hashes, zero for an empty side) for a branch.
 */
import type { StoredNode, TreeNodeStore } from "./sparseMerkleTree.js";

export const TREE_NODE_PREFIX = "n:";
const RECORD_BYTES = 65;

export function treeNodeKey(depth: number, path: Uint8Array): string {
  const bytes = Buffer.from(path.subarray(0, (depth + 7) >> 3));
  if ((depth & 7) !== 0) bytes[bytes.length - 1]! &= 0xff << (8 - (depth & 7));
  return `${TREE_NODE_PREFIX}${depth.toString(16).padStart(3, "0")}:${bytes.toString("hex")}`;
}

export function encodeTreeNode(node: StoredNode): Uint8Array {
  const out = new Uint8Array(RECORD_BYTES);
  if (node.leaf) {
    out[0] = 0;
    out.set(node.keyHash, 1);
    out.set(node.valueHash, 33);
  } else {
    out[0] = 1;
    out.set(node.left, 1);
    out.set(node.right, 33);
  }
  return out;
}

/** The node a record holds, or undefined for a record of the wrong shape (treated as corrupt). */
export function decodeTreeNode(bytes: Uint8Array): StoredNode | undefined {
  if (bytes.length !== RECORD_BYTES) return undefined;
  const a = bytes.slice(1, 33);
  const b = bytes.slice(33, 65);
  if (bytes[0] === 0) return { leaf: true, keyHash: a, valueHash: b };
  if (bytes[0] === 1) return { leaf: false, left: a, right: b };
  return undefined;
}

/** A tree node store over a synchronous reader of the level store. */
export function levelTreeStore(readSync: (key: string) => Uint8Array | undefined): TreeNodeStore {
  return {
    key: treeNodeKey,
    load(key) {
      const bytes = readSync(key);
      return bytes === undefined ? undefined : decodeTreeNode(bytes);
    },
  };
}
