/**
 * The one commit-certificate check, used for synced blocks, for the last commit carried by a block,
 * and wherever a commit is trusted: precommits of ONE round (the commit's round) for the commit's
 * block hash and height, by DISTINCT members of that height's validator set, together holding more
 * than 2/3 of its power. Cheapest checks first: decode and compare fields, membership and duplicates,
 * and only then recover each signature (as CometBFT's VerifyCommit does, a commit mixing rounds or
 * carrying strangers is refused outright instead of being tallied around).
 */
import { toHex } from "../node/crypto/hash.js";
import type { SignatureBackend } from "../node/crypto/secp256k1.js";
import { decodeCanonical, poco, u64ToNumber } from "../proto/index.js";
import type { ValidatorSet } from "./validatorSet.js";
import type { VerifiedVoteSignatures } from "./verifiedVotes.js";
import { VoteError, verifySignedVote } from "./vote.js";

export type CommitErrorCode =
  | "COMMIT_MALFORMED"
  | "COMMIT_WRONG_BLOCK"
  | "COMMIT_MIXED_ROUNDS"
  | "COMMIT_WRONG_VOTE"
  | "COMMIT_NON_MEMBER"
  | "COMMIT_DUPLICATE_SIGNER"
  | "COMMIT_BAD_SIGNATURE"
  | "COMMIT_NO_QUORUM";

export class CommitError extends Error {
  constructor(
    readonly code: CommitErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CommitError";
  }
}

export interface VerifiedCommit {
  height: number;
  round: number;
  blockHash: string;
  /** Signers, sorted by address. */
  signers: string[];
  power: number;
}

export interface CommitExpectation {
  chainId: number;
  height: number;
  /** 0x-hex header hash of the committed block. */
  blockHash: string;
  /** The validator set of `height`. */
  validators: ValidatorSet;
  backend: SignatureBackend;
  /**
   * Signatures already checked on this node (a synced commit, then the same precommits in the next
   * block's last commit): these are not recovered again, and the ones checked here are added.
   */
  verifiedVotes?: VerifiedVoteSignatures;
}

/** Verifies a commit certificate (encoded `poco.Commit`) or throws a CommitError. */
export function verifyCommit(commitBytes: Uint8Array, expect: CommitExpectation): VerifiedCommit {
  let commit: poco.Commit;
  try {
    commit = decodeCanonical(poco.Commit, commitBytes);
  } catch (err) {
    throw new CommitError("COMMIT_MALFORMED", (err as Error).message);
  }
  return verifyCommitMessage(commit, expect);
}

export function verifyCommitMessage(commit: poco.ICommit, expect: CommitExpectation): VerifiedCommit {
  const height = u64ToNumber(commit.height as never, "height");
  const round = commit.round ?? 0;
  const hash = toHex(commit.blockHash ?? new Uint8Array(0));
  if (height !== expect.height || hash !== expect.blockHash) {
    throw new CommitError("COMMIT_WRONG_BLOCK", `commit is for ${height}/${hash}, not ${expect.height}`);
  }
  const precommits = commit.precommits ?? [];
  // Distinct members only: more entries than members cannot be valid.
  if (precommits.length > expect.validators.validators.length) {
    throw new CommitError("COMMIT_DUPLICATE_SIGNER", "more precommits than validators");
  }
  // Pass 1, no signature recovery: fields, round, membership, duplicates.
  const decoded: { signed: poco.ISignedVote; validator: string }[] = [];
  const seen = new Set<string>();
  let power = 0;
  for (const signed of precommits) {
    let vote: poco.Vote;
    try {
      vote = decodeCanonical(poco.Vote, signed.vote ?? new Uint8Array(0));
    } catch (err) {
      throw new CommitError("COMMIT_MALFORMED", `precommit: ${(err as Error).message}`);
    }
    if (vote.round !== round) {
      throw new CommitError(
        "COMMIT_MIXED_ROUNDS",
        `precommit of round ${vote.round} in a round-${round} commit`,
      );
    }
    if (
      vote.type !== poco.VoteType.PRECOMMIT ||
      u64ToNumber(vote.height as never, "height") !== height ||
      toHex(vote.blockHash) !== hash
    ) {
      throw new CommitError("COMMIT_WRONG_VOTE", "commit holds a vote for something else");
    }
    const validator = toHex(vote.validator);
    const memberPower = expect.validators.power(validator);
    if (memberPower === 0) throw new CommitError("COMMIT_NON_MEMBER", `${validator} is not a validator`);
    if (seen.has(validator)) throw new CommitError("COMMIT_DUPLICATE_SIGNER", `${validator} signed twice`);
    seen.add(validator);
    power += memberPower;
    decoded.push({ signed, validator });
  }
  if (!expect.validators.isQuorum(power)) {
    throw new CommitError("COMMIT_NO_QUORUM", `precommits hold ${power} of ${expect.validators.totalPower}`);
  }
  // Pass 2: signatures (chain id included), only for a certificate that could be valid.
  for (const { signed, validator } of decoded) {
    if (expect.verifiedVotes?.has(signed, validator)) continue;
    try {
      const v = verifySignedVote(signed, expect.chainId, expect.backend);
      if (v.validatorHex !== validator) throw new Error("signer mismatch");
    } catch (err) {
      const why = err instanceof VoteError ? err.code : (err as Error).message;
      throw new CommitError("COMMIT_BAD_SIGNATURE", `precommit of ${validator}: ${why}`);
    }
    expect.verifiedVotes?.add(signed, validator);
  }
  return { height, round, blockHash: hash, signers: [...seen].sort(), power };
}
