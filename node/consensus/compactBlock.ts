/**
 * Compact block proposals (issue 14.3; design in compactBlocks.md): a proposal carries the block's
 * header, its txs' ids and its last commit instead of the txs' bytes, which the receivers already hold
 * from tx gossip. The idea is Bitcoin's BIP 152 and Ethereum's `NewPooledTransactionHashes`.
 *
 * Receiver side, attacker first: the hash list is bounded by the chain's tx limit before any lookup;
 * the missing txs are asked in ONE bounded request per peer (at most `MAX_MISSING_PER_REQUEST`
 * positions, a capped answer, a timeout), at most `MAX_FETCH_PEERS` peers; every fetched tx is checked
 * against the hash at its position with one keccak before any signature work; the filled block must
 * hash to the header's tx root before it is executed, else the full block is asked (one capped answer
 * per peer, its header hash checked). A peer answering with txs of other hashes, more txs than asked
 * or another block is penalized; a compact message whose hash list does not match its header's tx
 * root costs its sender the same.
 */
import { bytesEqual, decodeCanonical, encode, poco } from "../../proto/index.js";
import { hashHeader, headerFromMessage, merkleRoot } from "../chain/blockHeader.js";
import { fromHex, keccak256, toHex } from "../crypto/hash.js";
import { BLOCK_OVERHEAD_BYTES } from "../execution/blockExecutor.js";
import { txHash, type VerifiedTx } from "../tx/signedTx.js";

/** Positions asked in one request: more missing than this goes straight to the full block. */
export const MAX_MISSING_PER_REQUEST = 1_024;
/** Peers asked in turn (the sender of the proposal first), for the txs and then for the full block. */
export const MAX_FETCH_PEERS = 3;

export class CompactBlockError extends Error {
  constructor(
    readonly code: "COMPACT_MALFORMED" | "COMPACT_TOO_MANY_TXS" | "COMPACT_WRONG_HEADER",
    message: string,
  ) {
    super(message);
    this.name = "CompactBlockError";
  }
}

/** A compact block passed the cheap checks: header decoded and hashed, hash list bounded. */
export interface CheckedCompact {
  compact: poco.ICompactBlock;
  hashHex: string;
  round: number;
  txRoot: Uint8Array;
  hashes: Uint8Array[];
}

/** The compact form of a block (proposer side): the decoded block's header and last commit, tx ids. */
export function compactOf(block: poco.IBlock, txs: readonly VerifiedTx[]): poco.ICompactBlock {
  return {
    header: block.header ?? null,
    txHashes: txs.map((t) => t.hash),
    ...(block.lastCommit ? { lastCommit: block.lastCommit } : {}),
  };
}

/**
 * Cheap checks, before any lookup: the hash list within the chain's tx limit, every id 32 bytes, the
 * header present and hashing to the signed block hash.
 */
export function checkCompact(
  compact: poco.ICompactBlock,
  signedHashHex: string,
  maxBlockTxs: number,
): CheckedCompact {
  const hashes = compact.txHashes ?? [];
  if (hashes.length > maxBlockTxs) {
    throw new CompactBlockError("COMPACT_TOO_MANY_TXS", `${hashes.length} tx hashes > ${maxBlockTxs}`);
  }
  for (const h of hashes) {
    if (h.length !== 32) throw new CompactBlockError("COMPACT_MALFORMED", "a tx hash is not 32 bytes");
  }
  if (!compact.header) throw new CompactBlockError("COMPACT_MALFORMED", "no header");
  const header = headerFromMessage(compact.header as poco.BlockHeader);
  const hashHex = toHex(hashHeader(header));
  if (hashHex !== signedHashHex) {
    throw new CompactBlockError("COMPACT_WRONG_HEADER", "header is not the signed block");
  }
  return { compact, hashHex, round: header.round, txRoot: header.txRoot, hashes };
}

/** A block rebuilt (or fetched in full): decoded once, its bytes, and its txs already verified by position. */
export interface RebuiltBlock {
  block: poco.Block;
  blockBytes: Uint8Array;
  /** Verified txs by position (filled from the pool or fetched and verified); others are verified later. */
  verified: (VerifiedTx | undefined)[];
}

export interface BlockTxsAnswer {
  txs: Uint8Array[];
  block?: Uint8Array;
}

export interface RebuildDeps {
  /** A pooled or cached verified tx with this id (an O(1) lookup). */
  lookup(hashHex: string): VerifiedTx | undefined;
  /** One bounded request (`indexes`, or the full block) to one peer, with its own timeout. */
  fetch(
    peer: string,
    blockHash: Uint8Array,
    request: { indexes?: number[]; fullBlock?: boolean },
  ): Promise<BlockTxsAnswer>;
  /** Verifies fetched txs (signatures on the verifier's threads); an Error where a tx is invalid. */
  verify(txs: Uint8Array[]): Promise<(VerifiedTx | Error)[]>;
  penalize(peer: string, reason: string): void;
  /** Largest block the chain accepts (a full-block answer over it is refused). */
  maxBlockBytes: number;
  log?: (msg: string, fields: Record<string, unknown>) => void;
}

export interface RebuildStats {
  filled: number;
  fetched: number;
  requests: number;
  fullBlock: boolean;
}

/**
 * Rebuilds the block of a checked compact proposal: pool first, then the missing txs from `peers` in
 * turn (the sender first), then the full block. Resolves undefined when nobody supplied it (the
 * caller treats the proposal as missing: the propose timeout prevotes nil, as today).
 */
export async function rebuildCompact(
  checked: CheckedCompact,
  sender: string | undefined,
  peers: readonly string[],
  deps: RebuildDeps,
  stats: RebuildStats = { filled: 0, fetched: 0, requests: 0, fullBlock: false },
): Promise<RebuiltBlock | undefined> {
  const { hashes } = checked;
  const blockHash = fromHex(checked.hashHex, 32);
  const asked = orderPeers(sender, peers);
  const verified: (VerifiedTx | undefined)[] = new Array(hashes.length);
  const bytes: (Uint8Array | undefined)[] = new Array(hashes.length);
  let missing: number[] = [];
  for (let i = 0; i < hashes.length; i++) {
    const known = deps.lookup(toHex(hashes[i]!));
    if (known) {
      verified[i] = known;
      bytes[i] = known.bytes;
      stats.filled++;
    } else missing.push(i);
  }
  if (missing.length > 0 && missing.length <= MAX_MISSING_PER_REQUEST) {
    for (const peer of asked) {
      if (missing.length === 0) break;
      stats.requests++;
      let answer: BlockTxsAnswer;
      try {
        answer = await deps.fetch(peer, blockHash, { indexes: missing });
      } catch (err) {
        deps.log?.("block txs: no answer", { peer, err: (err as Error).message });
        continue;
      }
      if (answer.txs.length > missing.length || answer.block !== undefined) {
        deps.penalize(peer, "more than the txs asked for a compact block");
        continue;
      }
      const got: { index: number; bytes: Uint8Array }[] = [];
      let lied = false;
      for (let j = 0; j < answer.txs.length; j++) {
        const index = missing[j]!;
        if (!bytesEqual(idOfSignedTx(answer.txs[j]!), hashes[index]!)) {
          lied = true;
          break;
        }
        got.push({ index, bytes: answer.txs[j]! });
      }
      if (lied) {
        deps.penalize(peer, "wrong txs for a compact block");
        continue;
      }
      // Only what matches its id is kept (a short answer: the peer lacks the block; ask the next one).
      const results = await deps.verify(got.map((g) => g.bytes));
      for (let j = 0; j < got.length; j++) {
        const { index, bytes: b } = got[j]!;
        bytes[index] = b;
        const r = results[j];
        // An invalid tx that matches its id is the proposer's: validation refuses the block with it.
        if (r && !(r instanceof Error)) verified[index] = r;
        stats.fetched++;
      }
      missing = missing.filter((i) => bytes[i] === undefined);
    }
  }
  if (missing.length === 0) {
    const txs = bytes as Uint8Array[];
    // The filled txs must be the header's: a pooled tx with the same id but other signed bytes, or a
    // hash list rewritten by a relayer, is caught here (one keccak per tx) before anything executes.
    if (bytesEqual(merkleRoot(txs.map((t) => keccak256(t))), checked.txRoot)) {
      const block = poco.Block.create({
        header: checked.compact.header as poco.BlockHeader,
        txs,
        ...(checked.compact.lastCommit ? { lastCommit: checked.compact.lastCommit as poco.Commit } : {}),
      });
      return { block, blockBytes: encode(poco.Block, block), verified };
    }
    deps.log?.("compact block: filled txs do not match the tx root", { block: checked.hashHex });
  }
  return fetchFullBlock(checked, blockHash, sender, asked, deps, stats);
}

async function fetchFullBlock(
  checked: CheckedCompact,
  blockHash: Uint8Array,
  sender: string | undefined,
  asked: readonly string[],
  deps: RebuildDeps,
  stats: RebuildStats,
): Promise<RebuiltBlock | undefined> {
  stats.fullBlock = true;
  for (const peer of asked) {
    stats.requests++;
    let answer: BlockTxsAnswer;
    try {
      answer = await deps.fetch(peer, blockHash, { fullBlock: true });
    } catch (err) {
      deps.log?.("full block: no answer", { peer, err: (err as Error).message });
      continue;
    }
    if (!answer.block || answer.block.length === 0) continue; // not held there
    if (answer.block.length > deps.maxBlockBytes + BLOCK_OVERHEAD_BYTES) {
      deps.penalize(peer, "oversized block for a compact proposal");
      continue;
    }
    let block: poco.Block;
    try {
      block = decodeCanonical(poco.Block, answer.block, deps.maxBlockBytes + BLOCK_OVERHEAD_BYTES);
      if (!block.header || toHex(hashHeader(headerFromMessage(block.header))) !== checked.hashHex)
        throw new Error("not the proposed block");
    } catch (err) {
      deps.penalize(peer, `wrong block for a compact proposal: ${(err as Error).message}`);
      continue;
    }
    // The real block's ids against the list the compact message carried: another list is a forgery
    // of whoever relayed it to us (the proposal's signature covers the header only).
    if (sender && !sameIds(block.txs ?? [], checked.hashes)) {
      deps.penalize(sender, "compact block tx hashes do not match the block");
    }
    return { block, blockBytes: answer.block, verified: [] };
  }
  return undefined;
}

function sameIds(txs: Uint8Array[], hashes: Uint8Array[]): boolean {
  if (txs.length !== hashes.length) return false;
  for (let i = 0; i < txs.length; i++) {
    try {
      if (!bytesEqual(idOfSignedTx(txs[i]!), hashes[i]!)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** The id (txHash) of SignedTx bytes: one decode and one keccak, no signature work. */
export function idOfSignedTx(signedTxBytes: Uint8Array): Uint8Array {
  try {
    return txHash(poco.SignedTx.decode(signedTxBytes).tx ?? new Uint8Array(0));
  } catch {
    return new Uint8Array(0);
  }
}

function orderPeers(sender: string | undefined, peers: readonly string[]): string[] {
  const out: string[] = [];
  if (sender) out.push(sender);
  for (const p of peers) {
    if (out.length >= MAX_FETCH_PEERS) break;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * The server side: the txs at `indexes` of a block this node holds for its current height (built or
 * validated), or its bytes. Out-of-range positions end the answer; the count is capped.
 */
export function answerBlockTxs(
  held: { blockBytes: Uint8Array; txs: readonly { bytes: Uint8Array }[] } | undefined,
  request: poco.IBlockTxsRequest,
  maxBytes: number,
): poco.IBlockTxsResponse {
  if (!held) return { txs: [] };
  if (request.fullBlock) return held.blockBytes.length <= maxBytes ? { block: held.blockBytes } : { txs: [] };
  const out: Uint8Array[] = [];
  let bytes = 0;
  for (const index of (request.indexes ?? []).slice(0, MAX_MISSING_PER_REQUEST)) {
    const tx = held.txs[index];
    if (!tx) break;
    bytes += tx.bytes.length + 8;
    if (bytes > maxBytes) break;
    out.push(tx.bytes);
  }
  return { txs: out };
}
