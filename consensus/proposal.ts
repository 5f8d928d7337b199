/**
 * Block proposals: the proposer of (height, round) signs (height, round, proof-of-lock round, BLOCK
 * HASH, proposer) over keccak256("\x19PoCo Proposal:\n" ‖ canonical Proposal bytes). The block bytes
 * travel beside the signed proposal (outside the signature, as CometBFT sends block parts beside its
 * proposal); a receiver checks that the block's header hash is the signed one before executing it.
 * Two different signed proposals of one proposer for the same (height, round) are evidence.
 */

import { addressFromPublicKey } from "../node/crypto/address.js";
import { concatBytes, keccak256, toHex } from "../node/crypto/hash.js";
import type { SignatureBackend } from "../node/crypto/secp256k1.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";

const PROPOSAL_PREFIX = new TextEncoder().encode("\x19PoCo Proposal:\n");

export interface ProposalData {
  chainId: number;
  height: number;
  round: number;
  /** -1 when none. */
  polRound: number;
  blockHash: Uint8Array;
  proposer: Uint8Array;
}

export interface DecodedProposal extends ProposalData {
  proposerHex: string;
  blockHashHex: string;
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
    chainId: p.chainId,
    height: p.height,
    round: p.round,
    polRound: Math.max(p.polRound, 0),
    polRoundSet: p.polRound >= 0,
    proposer: p.proposer,
    blockHash: p.blockHash,
  });
}

export function proposalSigningHash(proposalBytes: Uint8Array): Uint8Array {
  return keccak256(concatBytes(PROPOSAL_PREFIX, proposalBytes));
}

export function signProposal(
  p: ProposalData,
  privateKey: Uint8Array,
  backend: SignatureBackend,
): poco.ISignedProposal {
  const proposal = encodeProposal(p);
  return { proposal, signature: backend.sign(proposalSigningHash(proposal), privateKey) };
}

/** Decodes a signed proposal's fields WITHOUT checking the signature (the cheap part). */
export function decodeSignedProposal(signed: poco.ISignedProposal, chainId: number): DecodedProposal {
  let m: poco.Proposal;
  try {
    m = decodeCanonical(poco.Proposal, signed.proposal ?? new Uint8Array(0), 1024);
  } catch (err) {
    throw new ProposalError("PROPOSAL_MALFORMED", (err as Error).message);
  }
  if (m.proposer.length !== 20) throw new ProposalError("PROPOSAL_MALFORMED", "proposer is not an address");
  if (m.blockHash.length !== 32) throw new ProposalError("PROPOSAL_MALFORMED", "block hash is not 32 bytes");
  if (m.block.length !== 0) throw new ProposalError("PROPOSAL_MALFORMED", "block bytes inside the signature");
  if (!m.polRoundSet && m.polRound !== 0)
    throw new ProposalError("PROPOSAL_MALFORMED", "pol round without flag");
  let height: number;
  let proposalChainId: number;
  try {
    height = u64ToNumber(m.height as never, "height");
    proposalChainId = u64ToNumber(m.chainId as never, "chainId");
  } catch (err) {
    throw new ProposalError("PROPOSAL_MALFORMED", (err as Error).message);
  }
  if (proposalChainId !== chainId)
    throw new ProposalError("PROPOSAL_MALFORMED", `proposal for chain ${proposalChainId}`);
  return {
    chainId: proposalChainId,
    height,
    round: m.round,
    polRound: m.polRoundSet ? m.polRound : -1,
    blockHash: m.blockHash,
    blockHashHex: toHex(m.blockHash),
    proposer: m.proposer,
    proposerHex: toHex(m.proposer),
  };
}

export function checkProposalSignature(
  signed: poco.ISignedProposal,
  proposer: Uint8Array,
  backend: SignatureBackend,
): void {
  const signature = signed.signature ?? new Uint8Array(0);
  const pub =
    signature.length === 65
      ? backend.recoverPublicKey(proposalSigningHash(signed.proposal!), signature)
      : null;
  if (!pub || toHex(addressFromPublicKey(pub)) !== toHex(proposer)) {
    throw new ProposalError("PROPOSAL_BAD_SIGNATURE", "proposal signature does not match its proposer");
  }
}

export function verifySignedProposal(
  signed: poco.ISignedProposal,
  chainId: number,
  backend: SignatureBackend,
): DecodedProposal {
  const p = decodeSignedProposal(signed, chainId);
  checkProposalSignature(signed, p.proposer, backend);
  return p;
}
