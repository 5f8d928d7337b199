/**
 * Checkpoints: what validators sign and the bridge contract verifies.
 *
 *   digest = keccak256(abi.encode(CHECKPOINT_TYPEHASH, ethChainId, bridge, chainId, height, blockHash,
 *                                 stateRoot, withdrawalsRoot, nextValidatorSetHash))
 *
 * (ethChainId, bridge) is the domain: the Ethereum chain id and the bridge contract's address, so a
 * checkpoint signed for one deployment is refused by every other one (the contract uses
 * `block.chainid` and `address(this)`).
 *
 * signed raw with the validator's secp256k1 key; on Ethereum the signature is r ‖ s ‖ v with v = 27/28
 * (the node's signatures carry v ∈ {0,1}; `toEthSignature` converts). The validator set is identified on
 * Ethereum by keccak256(abi.encodePacked(uint256[] words)), word = power << 160 | address, sorted by
 * address — the same order as the set in state.
 */

import { addressFromPublicKey } from "../node/crypto/address.js";
import { concatBytes, fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../node/crypto/secp256k1.js";
import type { StateReader } from "../node/state/stateOverlay.js";
import { bytesEqual, decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";
import { abiEncode, addressWord, bytes32Word, uintWord } from "./abiWords.js";
import {
  exceedsTwoThirds,
  readValidatorSet,
  readWithdrawalCount,
  readWithdrawalsRoot,
  type ValidatorPower,
} from "./bridgeModule.js";

export const CHECKPOINT_TYPE =
  "PoCoCheckpoint(uint256 ethChainId,address bridge,uint64 chainId,uint64 height,bytes32 blockHash,bytes32 stateRoot,bytes32 withdrawalsRoot,bytes32 nextValidatorSetHash)";
export const CHECKPOINT_TYPEHASH = keccak256(new TextEncoder().encode(CHECKPOINT_TYPE));

/** Which bridge deployment a checkpoint is signed for. */
export interface BridgeDomain {
  /** Ethereum chain id (`block.chainid`). */
  ethChainId: number;
  /** The bridge contract's address (lowercase 0x). */
  bridge: string;
}

export interface Checkpoint extends BridgeDomain {
  chainId: number;
  height: number;
  blockHash: Uint8Array;
  stateRoot: Uint8Array;
  withdrawalsRoot: Uint8Array;
  nextValidatorSetHash: Uint8Array;
}

export function checkpointDigest(cp: Checkpoint): Uint8Array {
  return keccak256(
    abiEncode(
      CHECKPOINT_TYPEHASH,
      uintWord(cp.ethChainId),
      addressWord(fromHex(cp.bridge, 20)),
      uintWord(cp.chainId),
      uintWord(cp.height),
      bytes32Word(cp.blockHash),
      bytes32Word(cp.stateRoot),
      bytes32Word(cp.withdrawalsRoot),
      bytes32Word(cp.nextValidatorSetHash),
    ),
  );
}

// ───────────────────────────── validator sets on Ethereum ─────────────────────────────

/** One word per validator, sorted by address: power << 160 | address. */
export function validatorWords(set: ValidatorPower[]): bigint[] {
  const sorted = [...set].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return sorted.map((v) => {
    if (!Number.isSafeInteger(v.power) || v.power <= 0) throw new RangeError(`bad power ${v.power}`);
    return (BigInt(v.power) << 160n) | BigInt(v.address);
  });
}

/** The set of validator words (as emitted in `ValidatorSetChanged`). */
export function validatorsFromWords(words: readonly bigint[]): ValidatorPower[] {
  return words.map((w) => ({
    address: `0x${(w & ((1n << 160n) - 1n)).toString(16).padStart(40, "0")}`,
    power: Number(w >> 160n),
  }));
}

export function validatorSetHash(set: ValidatorPower[]): Uint8Array {
  return keccak256(concatBytes(...validatorWords(set).map((w) => uintWord(w))));
}

// ───────────────────────────── building and signing ─────────────────────────────

/** The checkpoint of block `height` (its hash and state root) from the state after that block. */
export function buildCheckpoint(
  domain: BridgeDomain,
  chainId: number,
  height: number,
  blockHash: Uint8Array,
  stateRoot: Uint8Array,
  stateAfter: StateReader,
): Checkpoint & { withdrawalCount: number; nextValidators: ValidatorPower[] } {
  const nextValidators = readValidatorSet(stateAfter);
  return {
    ethChainId: domain.ethChainId,
    bridge: domain.bridge.toLowerCase(),
    chainId,
    height,
    blockHash,
    stateRoot,
    withdrawalsRoot: readWithdrawalsRoot(stateAfter),
    nextValidatorSetHash: validatorSetHash(nextValidators),
    withdrawalCount: readWithdrawalCount(stateAfter),
    nextValidators,
  };
}

/** v ∈ {0,1} → v ∈ {27,28}. */
export function toEthSignature(sig: Uint8Array): Uint8Array {
  if (sig.length !== 65) throw new RangeError("signature must be 65 bytes");
  const out = Uint8Array.from(sig);
  if (out[64]! < 27) out[64] = out[64]! + 27;
  return out;
}

/** A validator's checkpoint signature, Ethereum form (v = 27/28). */
export function signCheckpoint(
  cp: Checkpoint,
  privateKey: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): Uint8Array {
  return toEthSignature(backend.sign(checkpointDigest(cp), privateKey));
}

/** The signer of an Ethereum-form checkpoint signature (lowercase 0x), or null. */
export function recoverCheckpointSigner(
  cp: Checkpoint,
  ethSignature: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): string | null {
  if (ethSignature.length !== 65) return null;
  const v = ethSignature[64]!;
  if (v !== 27 && v !== 28) return null;
  const sig = Uint8Array.from(ethSignature);
  sig[64] = v - 27;
  const pub = backend.recoverPublicKey(checkpointDigest(cp), sig);
  return pub ? toHex(addressFromPublicKey(pub)) : null;
}

// ───────────────────────────── gossip form ─────────────────────────────

export function checkpointToProto(cp: Checkpoint): poco.ICheckpoint {
  return {
    chainId: cp.chainId,
    height: cp.height,
    blockHash: cp.blockHash,
    stateRoot: cp.stateRoot,
    withdrawalsRoot: cp.withdrawalsRoot,
    nextValidatorSetHash: cp.nextValidatorSetHash,
    ethChainId: cp.ethChainId,
    bridge: fromHex(cp.bridge, 20),
  };
}

export function checkpointFromProto(m: poco.ICheckpoint): Checkpoint {
  const b32 = (b: Uint8Array | null | undefined, name: string) => {
    if (b?.length !== 32) throw new RangeError(`checkpoint.${name} must be 32 bytes`);
    return Uint8Array.from(b);
  };
  if (m.bridge?.length !== 20) throw new RangeError("checkpoint.bridge must be 20 bytes");
  return {
    ethChainId: u64ToNumber(m.ethChainId as never, "ethChainId"),
    bridge: toHex(m.bridge),
    chainId: u64ToNumber(m.chainId as never, "chainId"),
    height: u64ToNumber(m.height as never, "height"),
    blockHash: b32(m.blockHash, "blockHash"),
    stateRoot: b32(m.stateRoot, "stateRoot"),
    withdrawalsRoot: b32(m.withdrawalsRoot, "withdrawalsRoot"),
    nextValidatorSetHash: b32(m.nextValidatorSetHash, "nextValidatorSetHash"),
  };
}

/** The CheckpointSignature gossip message of a validator. */
export function encodeCheckpointSignature(
  cp: Checkpoint,
  validator: string,
  ethSignature: Uint8Array,
): Uint8Array {
  return encode(poco.CheckpointSignature, {
    checkpoint: checkpointToProto(cp),
    validator: fromHex(validator, 20),
    signature: ethSignature,
  });
}

export function decodeCheckpointSignature(bytes: Uint8Array): {
  checkpoint: Checkpoint;
  validator: string;
  signature: Uint8Array;
} {
  const m = decodeCanonical(poco.CheckpointSignature, bytes, 4096);
  if (!m.checkpoint) throw new RangeError("checkpoint signature without checkpoint");
  if (m.validator?.length !== 20) throw new RangeError("validator must be 20 bytes");
  return {
    checkpoint: checkpointFromProto(m.checkpoint),
    validator: toHex(m.validator),
    signature: Uint8Array.from(m.signature ?? []),
  };
}

export const sameCheckpoint = (a: Checkpoint, b: Checkpoint): boolean =>
  bytesEqual(checkpointDigest(a), checkpointDigest(b));

// ───────────────────────────── submission ─────────────────────────────

export interface CheckpointSubmission {
  checkpoint: {
    height: number;
    blockHash: string;
    stateRoot: string;
    withdrawalsRoot: string;
    nextValidatorSetHash: string;
  };
  validators: bigint[];
  signerBitmap: bigint;
  /** The next set's words when the checkpoint rotates the set, empty otherwise. */
  nextValidators: bigint[];
  signatures: string;
  signedPower: bigint;
  totalPower: bigint;
}

/**
 * The `submitCheckpoint` arguments from the signing set (the set the contract currently holds) and
 * signatures by validator address. Signatures that do not recover their validator are left out. A
 * checkpoint that rotates the set needs `nextSet` (its members go to the contract, which checks them).
 */
export function assembleSubmission(
  cp: Checkpoint,
  signingSet: ValidatorPower[],
  signatures: Map<string, Uint8Array>,
  backend: SignatureBackend = defaultBackend,
  nextSet?: ValidatorPower[],
): CheckpointSubmission {
  const words = validatorWords(signingSet);
  const rotates = !bytesEqual(cp.nextValidatorSetHash, validatorSetHash(signingSet));
  if (rotates && (!nextSet || !bytesEqual(validatorSetHash(nextSet), cp.nextValidatorSetHash))) {
    throw new RangeError(`checkpoint ${cp.height} rotates the validator set: its members are needed`);
  }
  let bitmap = 0n;
  const sigs: Uint8Array[] = [];
  let signed = 0n;
  let total = 0n;
  words.forEach((word, i) => {
    const address = `0x${(word & ((1n << 160n) - 1n)).toString(16).padStart(40, "0")}`;
    const power = word >> 160n;
    total += power;
    const sig = signatures.get(address);
    if (!sig || recoverCheckpointSigner(cp, sig, backend) !== address) return;
    bitmap |= 1n << BigInt(i);
    sigs.push(sig);
    signed += power;
  });
  return {
    checkpoint: {
      height: cp.height,
      blockHash: toHex(cp.blockHash),
      stateRoot: toHex(cp.stateRoot),
      withdrawalsRoot: toHex(cp.withdrawalsRoot),
      nextValidatorSetHash: toHex(cp.nextValidatorSetHash),
    },
    validators: words,
    signerBitmap: bitmap,
    nextValidators: rotates ? validatorWords(nextSet!) : [],
    signatures: toHex(concatBytes(...sigs)),
    signedPower: signed,
    totalPower: total,
  };
}

export const submissionHasQuorum = (s: CheckpointSubmission): boolean =>
  exceedsTwoThirds(s.signedPower, s.totalPower);
