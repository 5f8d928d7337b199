/**
 * The verify stage of the sync pipeline: before a downloaded batch is executed, every signature in it
 * (precommits of its commits and of its blocks' last commits, and its transactions) is recovered by
 * the node's SignatureVerifier at high priority — the worker pool, so on the other cores while the
 * previous batch executes on this one. What checks out is recorded — precommits in the chain's
 * VerifiedVoteSignatures, transactions in the node's VerifiedSignatureCache and the returned map — so
 * the import that follows (certificate, last commit, block validation, each with all of its own
 * rules) recovers nothing a second time. What does not check out is simply not recorded: the import
 * then fails on it and the peer is penalized as before, so this stage can speed a batch up but never
 * accept anything. Cheapest checks first and bounded: only precommits of members of the current set
 * are recovered, at most one per member per commit, and at most the chain's block limit of
 * transactions per block; a tx whose signature is already in the cache is not recovered.
 */
import type { ValidatorSet } from "../../consensus/validatorSet.js";
import type { VerifiedVoteSignatures } from "../../consensus/verifiedVotes.js";
import { voteSigningHash } from "../../consensus/vote.js";
import { poco } from "../../proto/index.js";
import { toHex } from "../crypto/hash.js";
import type { RecoverItem, SignatureVerifier } from "../crypto/signatureVerifier.js";
import { decodeAndVerifyTxs, type VerifiedTx } from "../tx/signedTx.js";
import type { VerifiedSignatureCache } from "../tx/verifiedSignatureCache.js";

export interface SyncBatch {
  /** Height of blocks[0]. */
  start: number;
  blocks: Uint8Array[];
  commits: Uint8Array[];
  /** Bytes of blocks and commits (sizes the next request). */
  bytes: number;
}

export interface PreverifyContext {
  chainId: number;
  /** The set voting after the head when the stage runs (a newcomer later in the batch is checked at import). */
  validators: ValidatorSet;
  maxBlockTxs: number;
  verifier: SignatureVerifier;
  verifiedVotes: VerifiedVoteSignatures;
  /** Senders verified on this node (admission, proposals, earlier batches): not recovered again. */
  signatures: VerifiedSignatureCache;
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");

/** Recovers the batch's signatures; returns its transactions that verified, by hash. */
export async function preverifyBatch(
  batch: SyncBatch,
  ctx: PreverifyContext,
): Promise<Map<string, VerifiedTx>> {
  const voteItems: RecoverItem[] = [];
  const votes: { signed: poco.ISignedVote; validator: string }[] = [];
  const seenVotes = new Set<string>();
  const addCommit = (commit: poco.ICommit | null | undefined) => {
    const precommits = commit?.precommits ?? [];
    for (const signed of precommits.slice(0, ctx.validators.validators.length)) {
      const voteBytes = signed.vote;
      const signature = signed.signature;
      if (!voteBytes || signature?.length !== 65) continue;
      const key = hex(voteBytes) + hex(signature);
      if (seenVotes.has(key)) continue;
      seenVotes.add(key);
      let validator: string;
      try {
        validator = toHex(poco.Vote.decode(voteBytes).validator);
      } catch {
        continue;
      }
      if (!ctx.validators.has(validator) || ctx.verifiedVotes.has(signed, validator)) continue;
      votes.push({ signed, validator });
      voteItems.push({ hash: voteSigningHash(voteBytes), signature });
    }
  };
  const txs: Uint8Array[] = [];
  for (let i = 0; i < batch.blocks.length; i++) {
    try {
      addCommit(poco.Commit.decode(batch.commits[i] as Uint8Array));
      const block = poco.Block.decode(batch.blocks[i] as Uint8Array);
      addCommit(block.lastCommit);
      for (const bytes of (block.txs ?? []).slice(0, ctx.maxBlockTxs)) txs.push(bytes);
    } catch {
      // undecodable: left to the import, which refuses it and penalizes the peer
    }
  }
  // Both on the verifier at once: votes as addresses, txs through the cache (known ones skip recovery).
  const [addresses, checked] = await Promise.all([
    voteItems.length > 0 ? ctx.verifier.recoverMany(voteItems, "high") : [],
    decodeAndVerifyTxs(txs, ctx.chainId, ctx.verifier, ctx.signatures, "high"),
  ]);
  for (let i = 0; i < votes.length; i++) {
    const address = addresses[i];
    const vote = votes[i] as { signed: poco.ISignedVote; validator: string };
    if (address && toHex(address) === vote.validator) ctx.verifiedVotes.add(vote.signed, vote.validator);
  }
  const verified = new Map<string, VerifiedTx>();
  // A bad transaction (an Error here) is not recorded: the import refuses its block.
  for (const tx of checked) if (!(tx instanceof Error)) verified.set(tx.hashHex, tx);
  return verified;
}
