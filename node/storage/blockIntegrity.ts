/**
 * Checks that stored block bytes are what was committed: the header hashes to the hash the store's
 * hash index gives for that height, and the body matches the header (tx root over the full signed
 * bytes, last-commit hash). A flipped byte anywhere in the value is caught.
 */
import { decodeCanonical, poco } from "../../proto/index.js";
import { hashHeader, headerFromMessage, merkleRoot, ZERO_HASH } from "../chain/blockHeader.js";
import { keccak256, toHex } from "../crypto/hash.js";

/** Why the bytes are not the block they should be, or undefined when they are. */
export function blockIntegrityProblem(
  bytes: Uint8Array,
  height: number,
  hashHeightOf: (hash: Uint8Array) => number | undefined,
  /** The committed block's hash when known otherwise (its stored commit): must match as well. */
  expectedHash?: Uint8Array,
): string | undefined {
  let block: poco.Block;
  try {
    block = decodeCanonical(poco.Block, bytes, 64 * 1024 * 1024);
  } catch (err) {
    return `undecodable (${(err as Error).message})`;
  }
  if (!block.header) return "no header";
  let header: ReturnType<typeof headerFromMessage>;
  try {
    header = headerFromMessage(block.header);
  } catch (err) {
    return `bad header (${(err as Error).message})`;
  }
  if (header.height !== height) return `header says height ${header.height}`;
  const hash = hashHeader(header);
  if (hashHeightOf(hash) !== height) return `header hash ${toHex(hash)} is not the committed block's`;
  if (expectedHash && toHex(hash) !== toHex(expectedHash))
    return `header hash ${toHex(hash)} is not the commit's`;
  const txRoot = merkleRoot((block.txs ?? []).map((t) => keccak256(t)));
  if (toHex(txRoot) !== toHex(header.txRoot)) return "transactions do not match the header's tx root";
  const lastCommit = block.lastCommit ? poco.Commit.encode(block.lastCommit).finish() : undefined;
  if (toHex(lastCommit ? keccak256(lastCommit) : ZERO_HASH) !== toHex(header.lastCommitHash)) {
    return "last commit does not match the header";
  }
  return undefined;
}

/** Why stored commit bytes are not the commit of the block at `height`, or undefined. */
export function commitIntegrityProblem(
  bytes: Uint8Array,
  height: number,
  hashHeightOf: (hash: Uint8Array) => number | undefined,
): string | undefined {
  let commit: poco.Commit;
  try {
    commit = decodeCanonical(poco.Commit, bytes, 64 * 1024 * 1024);
  } catch (err) {
    return `undecodable (${(err as Error).message})`;
  }
  if (Number(commit.height) !== height) return `commit says height ${String(commit.height)}`;
  if (hashHeightOf(commit.blockHash) !== height) return "commit is not for the committed block";
  return undefined;
}
