/**
 * Block proposals: the proposer of (height, round) signs the block bytes with its proof-of-lock round
 * over keccak256("\x19PoCo Proposal:\n" ‖ canonical Proposal bytes).
 */

import { addressFromPublicKey } from "../node/crypto/address.js";
import { concatBytes, keccak256, toHex } from "../node/crypto/hash.js";
import type { SignatureBackend } from "../node/crypto/secp256k1.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";

const PROPOSAL_PREFIX = new TextEncoder().encode("\x19PoCo Proposal:\n");

export interface ProposalData {
  height: number;
  round: number;
  /** -1 when none. */
  polRound: number;
  block: Uint8Array;
  proposer: Uint8Array;
}

export class ProposalError extends Error {
  constructor(
    readonly code: "PROPOSAL_MALFORMED" | "PROPOSAL_BAD_SIGNATURE",
    message: string,
  ) {
    super(message);
    this.name = "ProposalError";
  }
}

export function encodeProposal(p: ProposalData): Uint8Array {
  return encode(poco.Proposal, {
    height: p.height,
    round: p.round,
    polRound: Math.max(p.polRound, 0),
    polRoundSet: p.polRound >= 0,
    block: p.block,
    proposer: p.proposer,
  });
}

export function signProposal(
  p: ProposalData,
  privateKey: Uint8Array,
  backend: SignatureBackend,
): poco.ISignedProposal {
  const proposal = encodeProposal(p);
  return { proposal, signature: backend.sign(keccak256(concatBytes(PROPOSAL_PREFIX, proposal)), privateKey) };
}

export function verifySignedProposal(
  signed: poco.ISignedProposal,
  backend: SignatureBackend,
): ProposalData & { proposerHex: string } {
  let m: poco.Proposal;
  try {
    m = decodeCanonical(poco.Proposal, signed.proposal ?? new Uint8Array(0), 64 * 1024 * 1024);
  } catch (err) {
    throw new ProposalError("PROPOSAL_MALFORMED", (err as Error).message);
  }
  if (m.proposer.length !== 20) throw new ProposalError("PROPOSAL_MALFORMED", "proposer is not an address");
  if (!m.polRoundSet && m.polRound !== 0)
    throw new ProposalError("PROPOSAL_MALFORMED", "pol round without flag");
  const signature = signed.signature ?? new Uint8Array(0);
  const pub =
    signature.length === 65
      ? backend.recoverPublicKey(keccak256(concatBytes(PROPOSAL_PREFIX, signed.proposal!)), signature)
      : null;
  if (!pub || toHex(addressFromPublicKey(pub)) !== toHex(m.proposer)) {
    throw new ProposalError("PROPOSAL_BAD_SIGNATURE", "proposal signature does not match its proposer");
  }
  return {
    height: u64ToNumber(m.height as never, "height"),
    round: m.round,
    polRound: m.polRoundSet ? m.polRound : -1,
    block: m.block,
    proposer: m.proposer,
    proposerHex: toHex(m.proposer),
  };
}
