/**
 * Evidence of a proposer that signed two different proposals for the same (height, round): the
 * proposal-pair variant of the Evidence transaction. Checked into the same shape as a vote pair so the
 * validator module's evidence handler slashes it once, like a double vote (key: type "proposal").
 */
import { ProposalError, verifySignedProposal } from "../../consensus/proposal.js";
import type { poco } from "../../proto/index.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

export interface EvidencePart {
  validatorHex: string;
  height: number;
  round: number;
  type: string;
  blockHash: Uint8Array;
}

export function isProposalEvidence(ev: poco.IEvidence): boolean {
  return Boolean(ev.proposalA || ev.proposalB);
}

/** Verifies both signed proposals; the handler then checks they share signer, height and round and differ. */
export function proposalEvidencePair(
  ev: poco.IEvidence,
  chainId: number,
  backend: SignatureBackend,
): [EvidencePart, EvidencePart] {
  if (!ev.proposalA || !ev.proposalB || ev.voteA || ev.voteB) {
    throw new TxError(TxErrorCode.BAD_FIELD, "proposal evidence needs exactly two proposals");
  }
  const part = (signed: poco.ISignedProposal): EvidencePart => {
    try {
      const p = verifySignedProposal(signed, chainId, backend);
      return {
        validatorHex: p.proposerHex,
        height: p.height,
        round: p.round,
        type: "proposal",
        blockHash: p.blockHash,
      };
    } catch (err) {
      const code =
        err instanceof ProposalError && err.code === "PROPOSAL_MALFORMED"
          ? TxErrorCode.BAD_FIELD
          : TxErrorCode.BAD_SIGNATURE;
      throw new TxError(code, `evidence proposal: ${(err as Error).message}`);
    }
  };
  return [part(ev.proposalA), part(ev.proposalB)];
}
