/**
 * The verify stage of the sync pipeline: before a downloaded batch is executed, every signature in it
 * (precommits of its commits and of its blocks' last commits, and its transactions) is recovered in
 * one bulk call, which may run off the event loop (BatchSignatureRecovery). What checks out is recorded
 * — precommits in the chain's VerifiedVoteSignatures, transactions in the returned map — so the import
 * that follows (certificate, last commit, block validation, each with all of its own rules) recovers
 * nothing a second time. What does not check out is simply not recorded: the import then fails on it
 * and the peer is penalized as before, so this stage can speed a batch up but never accept anything.
 * Cheapest checks first and bounded: only precommits of members of the current set are recovered,
 * at most one per member per commit, and at most the chain's block limit of transactions per block.
 */

import type { ValidatorSet } from "../../consensus/validatorSet.js";
import type { VerifiedVoteSignatures } from "../../consensus/verifiedVotes.js";
import { voteSigningHash } from "../../consensus/vote.js";
import { poco } from "../../proto/index.js";
import { addressFromPublicKey } from "../crypto/address.js";
import {
  type BatchSignatureRecovery,
  precomputedBackend,
  type SignatureItem,
} from "../crypto/batchRecovery.js";
import { toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { decodeAndVerifyTx, txHash, type VerifiedTx } from "../tx/signedTx.js";

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
  recovery: BatchSignatureRecovery;
  backend: SignatureBackend;
  verifiedVotes: VerifiedVoteSignatures;
  /** A tx already verified on this node (mempool, cache): not recovered again. */
  isKnownTx(hashHex: string, bytes: Uint8Array): boolean;
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");

/** Recovers the batch's signatures; returns its transactions that verified, by hash. */
export async function preverifyBatch(
  batch: SyncBatch,
  ctx: PreverifyContext,
): Promise<Map<string, VerifiedTx>> {
  const voteItems: SignatureItem[] = [];
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
      voteItems.push({ digest: voteSigningHash(voteBytes), signature });
    }
  };
  const txItems: SignatureItem[] = [];
  const txs: Uint8Array[] = [];
  for (let i = 0; i < batch.blocks.length; i++) {
    try {
      addCommit(poco.Commit.decode(batch.commits[i] as Uint8Array));
      const block = poco.Block.decode(batch.blocks[i] as Uint8Array);
      addCommit(block.lastCommit);
      for (const bytes of (block.txs ?? []).slice(0, ctx.maxBlockTxs)) {
        const signed = poco.SignedTx.decode(bytes);
        if (!signed.tx || signed.signature?.length !== 65) continue;
        const digest = txHash(signed.tx);
        if (ctx.isKnownTx(toHex(digest), bytes)) continue;
        txs.push(bytes);
        txItems.push({ digest, signature: signed.signature });
      }
    } catch {
      // undecodable: left to the import, which refuses it and penalizes the peer
    }
  }
  const keys = await ctx.recovery.recoverPublicKeys([...voteItems, ...txItems]);
  for (let i = 0; i < votes.length; i++) {
    const key = keys[i];
    const vote = votes[i] as { signed: poco.ISignedVote; validator: string };
    if (key && toHex(addressFromPublicKey(key)) === vote.validator)
      ctx.verifiedVotes.add(vote.signed, vote.validator);
  }
  const txKeys = keys.slice(votes.length);
  // Every stateless rule of decodeAndVerifyTx still runs; only the recovery is answered from above.
  const backend = precomputedBackend(ctx.backend, txItems, txKeys);
  const verified = new Map<string, VerifiedTx>();
  for (const bytes of txs) {
    try {
      const tx = decodeAndVerifyTx(bytes, ctx.chainId, backend);
      verified.set(tx.hashHex, tx);
    } catch {
      // a bad transaction: the import refuses its block
    }
  }
  return verified;
}
