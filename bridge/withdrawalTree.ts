/**
 * The withdrawals tree: an append-only binary Merkle tree of fixed depth 32 whose leaf at position `id`
 * is keccak256(abi.encode(id, recipient, amount, height)). Byte-exact with `PocoBridge.withdraw`:
 *  - node(l, r) = keccak256(l ‖ r), except that an EMPTY subtree hashes to 0 (node(0, 0) = 0), so the
 *    right-hand siblings of a young tree are zero words (4 gas per calldata byte instead of 16);
 *  - a proof lists the siblings from the leaf up; trailing zero siblings may be omitted.
 * The state keeps only the frontier (one node per level, as in the Eth2 deposit contract): appending
 * and computing the root cost O(depth) hashes.
 */

import { concatBytes, keccak256 } from "../node/crypto/hash.js";
import { bytesEqual } from "../proto/index.js";
import { abiEncode, addressWord, uintWord, ZERO32 } from "./abiWords.js";

export const TREE_DEPTH = 32;
export const MAX_WITHDRAWALS = 2 ** TREE_DEPTH;

export interface WithdrawalLeaf {
  id: number;
  /** 20-byte Ethereum recipient. */
  recipient: Uint8Array;
  /** nRLC = RLC token units (9 decimals on both sides). */
  amount: bigint;
  /** Sidechain height of the burn. */
  height: number;
}

export function withdrawalLeafHash(w: WithdrawalLeaf): Uint8Array {
  return keccak256(
    abiEncode(uintWord(w.id), addressWord(w.recipient), uintWord(w.amount), uintWord(w.height)),
  );
}

const isZero = (b: Uint8Array): boolean => bytesEqual(b, ZERO32);

/** Parent of two nodes; two empty subtrees give the empty subtree (0). */
export function hashPair(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (isZero(left) && isZero(right)) return ZERO32;
  return keccak256(concatBytes(left, right));
}

/** The frontier stored in state: `branch[i]` is the last left node completed at level i. */
export interface TreeFrontier {
  count: number;
  branch: Uint8Array[];
}

export const emptyFrontier = (): TreeFrontier => ({
  count: 0,
  branch: Array.from({ length: TREE_DEPTH }, () => ZERO32),
});

/** Appends a leaf (returns a new frontier; the input is not modified). */
export function appendLeaf(frontier: TreeFrontier, leaf: Uint8Array): TreeFrontier {
  if (frontier.count >= MAX_WITHDRAWALS) throw new RangeError("withdrawals tree is full");
  const branch = [...frontier.branch];
  let node = leaf;
  let index = frontier.count;
  for (let level = 0; level < TREE_DEPTH; level++) {
    if ((index & 1) === 0) {
      branch[level] = node;
      break;
    }
    node = hashPair(branch[level]!, node);
    index = Math.trunc(index / 2); // exact: index < 2^32
  }
  return { count: frontier.count + 1, branch };
}

/** The root of the tree the frontier describes (0 for an empty tree). */
export function frontierRoot(frontier: TreeFrontier): Uint8Array {
  let node: Uint8Array = ZERO32;
  let size = frontier.count;
  for (let level = 0; level < TREE_DEPTH; level++) {
    node = size & 1 ? hashPair(frontier.branch[level]!, node) : hashPair(node, ZERO32);
    size = Math.trunc(size / 2);
  }
  return node;
}

/** All levels of the tree over `leaves` (level 0 = leaves), for proofs. */
export function treeLevels(leaves: Uint8Array[]): Uint8Array[][] {
  const levels: Uint8Array[][] = [leaves];
  for (let level = 0; level < TREE_DEPTH; level++) {
    const below = levels[level]!;
    const above: Uint8Array[] = [];
    for (let i = 0; i < below.length; i += 2) above.push(hashPair(below[i]!, below[i + 1] ?? ZERO32));
    levels.push(above);
  }
  return levels;
}

export function rootOfLeaves(leaves: Uint8Array[]): Uint8Array {
  return leaves.length === 0 ? ZERO32 : treeLevels(leaves)[TREE_DEPTH]![0]!;
}

/** Siblings of leaf `index` from the bottom, trailing zero siblings trimmed. */
export function proofFromLevels(levels: Uint8Array[][], index: number): Uint8Array[] {
  if (index < 0 || index >= (levels[0]?.length ?? 0)) throw new RangeError(`no leaf ${index}`);
  const proof: Uint8Array[] = [];
  let i = index;
  for (let level = 0; level < TREE_DEPTH; level++) {
    proof.push(levels[level]![i ^ 1] ?? ZERO32);
    i = Math.trunc(i / 2);
  }
  while (proof.length > 0 && isZero(proof[proof.length - 1]!)) proof.pop();
  return proof;
}

/** The contract's verification, in TypeScript (same rules, same result). */
export function verifyProof(leaf: Uint8Array, index: number, proof: Uint8Array[], root: Uint8Array): boolean {
  if (proof.length > TREE_DEPTH || index < 0 || index >= MAX_WITHDRAWALS) return false;
  let node = leaf;
  let i = index;
  for (let level = 0; level < TREE_DEPTH; level++) {
    const sibling = proof[level] ?? ZERO32;
    if (i & 1) {
      if (level >= proof.length) return false;
      node = keccak256(concatBytes(sibling, node));
    } else {
      node = keccak256(concatBytes(node, sibling));
    }
    i = Math.trunc(i / 2);
  }
  return bytesEqual(node, root);
}
