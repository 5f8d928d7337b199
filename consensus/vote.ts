/**
 * Validator votes and commits. A vote is signed with the validator's secp256k1 key over
 * keccak256("\x19PoCo Vote:\n" ‖ canonical Vote bytes), so Ethereum contracts can verify it too.
 * A commit for a block is the set of precommits for its hash.
 */

import { addressFromPublicKey } from "../node/crypto/address.js";
import { concatBytes, keccak256, toHex } from "../node/crypto/hash.js";
import type { SignatureBackend } from "../node/crypto/secp256k1.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";

const VOTE_PREFIX = new TextEncoder().encode("\x19PoCo Vote:\n");

export type VoteKind = "prevote" | "precommit";

export interface VoteData {
  chainId: number;
  type: VoteKind;
  height: number;
  round: number;
  /** Empty for a nil vote. */
  blockHash: Uint8Array;
  timeMs: number;
  validator: Uint8Array;
}

export interface VerifiedVote extends VoteData {
  validatorHex: string;
  signed: poco.ISignedVote;
}

export class VoteError extends Error {
  constructor(
    readonly code: "VOTE_MALFORMED" | "VOTE_BAD_SIGNATURE" | "VOTE_WRONG_CHAIN",
    message: string,
  ) {
    super(message);
    this.name = "VoteError";
  }
}

export function encodeVote(v: VoteData): Uint8Array {
  return encode(poco.Vote, {
    chainId: v.chainId,
    type: v.type === "prevote" ? poco.VoteType.PREVOTE : poco.VoteType.PRECOMMIT,
    height: v.height,
    round: v.round,
    blockHash: v.blockHash,
    timeMs: v.timeMs,
    validator: v.validator,
  });
}

export function voteSigningHash(voteBytes: Uint8Array): Uint8Array {
  return keccak256(concatBytes(VOTE_PREFIX, voteBytes));
}

export function signVote(v: VoteData, privateKey: Uint8Array, backend: SignatureBackend): poco.ISignedVote {
  const vote = encodeVote(v);
  return { vote, signature: backend.sign(voteSigningHash(vote), privateKey) };
}

/**
 * Decodes a signed vote and checks its fields and chain id, WITHOUT the signature: the cheap part, so
 * callers can check membership and windows before paying for signature recovery.
 */
export function decodeSignedVote(
  signed: poco.ISignedVote,
  chainId: number,
): VoteData & { validatorHex: string } {
  let vote: poco.Vote;
  try {
    vote = decodeCanonical(poco.Vote, signed.vote ?? new Uint8Array(0));
  } catch (err) {
    throw new VoteError("VOTE_MALFORMED", (err as Error).message);
  }
  const type =
    vote.type === poco.VoteType.PREVOTE
      ? "prevote"
      : vote.type === poco.VoteType.PRECOMMIT
        ? "precommit"
        : null;
  if (!type || vote.validator.length !== 20)
    throw new VoteError("VOTE_MALFORMED", "bad vote type or validator");
  if (vote.blockHash.length !== 0 && vote.blockHash.length !== 32)
    throw new VoteError("VOTE_MALFORMED", "bad block hash");
  let data: VoteData;
  try {
    data = {
      chainId: u64ToNumber(vote.chainId as never, "chainId"),
      type,
      height: u64ToNumber(vote.height as never, "height"),
      round: vote.round,
      blockHash: vote.blockHash,
      timeMs: u64ToNumber(vote.timeMs as never, "timeMs"),
      validator: vote.validator,
    };
  } catch (err) {
    throw new VoteError("VOTE_MALFORMED", (err as Error).message);
  }
  if (data.chainId !== chainId) throw new VoteError("VOTE_WRONG_CHAIN", `vote for chain ${data.chainId}`);
  return { ...data, validatorHex: toHex(vote.validator) };
}

/** Checks that a (decoded) vote's signature is its validator's. */
export function checkVoteSignature(
  signed: poco.ISignedVote,
  validator: Uint8Array,
  backend: SignatureBackend,
): void {
  const signature = signed.signature ?? new Uint8Array(0);
  const publicKey =
    signature.length === 65 ? backend.recoverPublicKey(voteSigningHash(signed.vote!), signature) : null;
  if (!publicKey || toHex(addressFromPublicKey(publicKey)) !== toHex(validator)) {
    throw new VoteError("VOTE_BAD_SIGNATURE", "vote signature does not match its validator");
  }
}

/** Decodes and checks a signed vote: canonical bytes, chain id, signature of the named validator. */
export function verifySignedVote(
  signed: poco.ISignedVote,
  chainId: number,
  backend: SignatureBackend,
): VerifiedVote {
  const data = decodeSignedVote(signed, chainId);
  checkVoteSignature(signed, data.validator, backend);
  return { ...data, signed };
}

export function encodeCommit(
  height: number,
  round: number,
  blockHash: Uint8Array,
  precommits: poco.ISignedVote[],
) {
  return encode(poco.Commit, { height, round, blockHash, precommits });
}
