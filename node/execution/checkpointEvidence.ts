/**
 * Evidence of a validator that signed two different bridge checkpoints for the same sidechain height
 * and the same bridge domain (Ethereum chain id, bridge address): the checkpoint-pair variant of the
 * Evidence transaction. A checkpoint signed by more than 2/3 of the set is final on Ethereum, so two of
 * them at one height are as bad as a double vote: the validator module slashes and jails the signer
 * once per (validator, height), like a double vote (key type "checkpoint").
 *
 * Checks go cheapest first: `checkpointPairShape` needs no state and no signature (sizes, one signer,
 * this chain, one height, one domain, two digests) and runs at mempool admission too; the handler then
 * checks the age, the signer's membership and the replay key (state reads) and only then recovers the
 * two signatures.
 */
import {
  type Checkpoint,
  checkpointDigest,
  checkpointFromProto,
  recoverCheckpointSigner,
} from "../../bridge/checkpoint.js";
import { bytesEqual, type poco } from "../../proto/index.js";
import { toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

export interface CheckpointPair {
  /** The signer both messages name (lowercase 0x). */
  validatorHex: string;
  height: number;
  a: { checkpoint: Checkpoint; signature: Uint8Array };
  b: { checkpoint: Checkpoint; signature: Uint8Array };
}

export function isCheckpointEvidence(ev: poco.IEvidence): boolean {
  return Boolean(ev.checkpointA || ev.checkpointB);
}

function side(m: poco.ICheckpointSignature | null | undefined, name: string) {
  if (!m?.checkpoint) throw new TxError(TxErrorCode.BAD_FIELD, `evidence.${name}: no checkpoint`);
  if (m.validator?.length !== 20)
    throw new TxError(TxErrorCode.BAD_FIELD, `evidence.${name}.validator must be 20 bytes`);
  if (m.signature?.length !== 65)
    throw new TxError(TxErrorCode.BAD_FIELD, `evidence.${name}.signature must be 65 bytes`);
  const v = m.signature[64]!;
  if (v !== 27 && v !== 28) throw new TxError(TxErrorCode.BAD_FIELD, `evidence.${name}.signature: bad v`);
  let checkpoint: Checkpoint;
  try {
    checkpoint = checkpointFromProto(m.checkpoint);
  } catch (err) {
    throw new TxError(TxErrorCode.BAD_FIELD, `evidence.${name}: ${(err as Error).message}`);
  }
  return { checkpoint, validatorHex: toHex(m.validator), signature: Uint8Array.from(m.signature) };
}

/** Everything about a checkpoint pair that needs neither state nor signatures (field checks). */
export function checkpointPairShape(ev: poco.IEvidence, chainId: number): CheckpointPair {
  if (ev.voteA || ev.voteB || ev.proposalA || ev.proposalB)
    throw new TxError(TxErrorCode.BAD_FIELD, "checkpoint evidence carries only two checkpoints");
  const a = side(ev.checkpointA, "checkpointA");
  const b = side(ev.checkpointB, "checkpointB");
  if (a.validatorHex !== b.validatorHex)
    throw new TxError(TxErrorCode.BAD_FIELD, "the two checkpoints name different validators");
  if (a.checkpoint.chainId !== chainId || b.checkpoint.chainId !== chainId)
    throw new TxError(TxErrorCode.BAD_FIELD, "a checkpoint of another sidechain");
  if (a.checkpoint.height !== b.checkpoint.height)
    throw new TxError(TxErrorCode.BAD_FIELD, "the two checkpoints are for different heights");
  // Two bridges may each hold a checkpoint of the same height: signing both is the protocol.
  if (a.checkpoint.ethChainId !== b.checkpoint.ethChainId || a.checkpoint.bridge !== b.checkpoint.bridge)
    throw new TxError(TxErrorCode.BAD_FIELD, "the two checkpoints are for different bridges");
  if (bytesEqual(checkpointDigest(a.checkpoint), checkpointDigest(b.checkpoint)))
    throw new TxError(TxErrorCode.BAD_FIELD, "the two checkpoints agree");
  return {
    validatorHex: a.validatorHex,
    height: a.checkpoint.height,
    a: { checkpoint: a.checkpoint, signature: a.signature },
    b: { checkpoint: b.checkpoint, signature: b.signature },
  };
}

/** The last and costliest check: both signatures recover to the named validator. */
export function verifyCheckpointPairSignatures(pair: CheckpointPair, backend: SignatureBackend): void {
  for (const s of [pair.a, pair.b]) {
    if (recoverCheckpointSigner(s.checkpoint, s.signature, backend) !== pair.validatorHex)
      throw new TxError(TxErrorCode.BAD_SIGNATURE, "evidence checkpoint: not signed by the validator");
  }
}
