/**
 * Block header hashing and the Merkle roots a header commits to (transactions, receipts).
 * The block hash is keccak256 of the header's canonical bytes.
 */
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { keccak256 } from "../crypto/hash.js";

export const ZERO_HASH = new Uint8Array(32);

export interface Header {
  chainId: number;
  height: number;
  round: number;
  timeMs: number;
  prevHash: Uint8Array;
  txRoot: Uint8Array;
  stateRoot: Uint8Array;
  validatorsHash: Uint8Array;
  proposer: Uint8Array;
  lastCommitHash: Uint8Array;
  receiptsRoot: Uint8Array;
  /** nRLC per gas. */
  baseFee: bigint;
  gasUsed: number;
  gasLimit: number;
}

export function encodeHeader(h: Header): Uint8Array {
  return encode(poco.BlockHeader, {
    chainId: h.chainId,
    height: h.height,
    round: h.round,
    timeMs: h.timeMs,
    prevHash: h.prevHash,
    txRoot: h.txRoot,
    stateRoot: h.stateRoot,
    validatorsHash: h.validatorsHash,
    proposer: h.proposer,
    lastCommitHash: h.lastCommitHash,
    receiptsRoot: h.receiptsRoot,
    baseFeePerGas: uintToBytes(h.baseFee),
    gasUsed: h.gasUsed,
    gasLimit: h.gasLimit,
  });
}

export function headerFromMessage(m: poco.IBlockHeader | poco.BlockHeader): Header {
  const b = (x: Uint8Array | null | undefined) => x ?? new Uint8Array(0);
  return {
    chainId: u64ToNumber(m.chainId as never, "chainId"),
    height: u64ToNumber(m.height as never, "height"),
    round: m.round ?? 0,
    timeMs: u64ToNumber(m.timeMs as never, "timeMs"),
    prevHash: b(m.prevHash),
    txRoot: b(m.txRoot),
    stateRoot: b(m.stateRoot),
    validatorsHash: b(m.validatorsHash),
    proposer: b(m.proposer),
    lastCommitHash: b(m.lastCommitHash),
    receiptsRoot: b(m.receiptsRoot),
    baseFee: bytesToUint(m.baseFeePerGas, "baseFeePerGas"),
    gasUsed: u64ToNumber(m.gasUsed as never, "gasUsed"),
    gasLimit: u64ToNumber(m.gasLimit as never, "gasLimit"),
  };
}

export function decodeHeader(bytes: Uint8Array): Header {
  return headerFromMessage(decodeCanonical(poco.BlockHeader, bytes));
}

export function hashHeader(h: Header): Uint8Array {
  return keccak256(encodeHeader(h));
}

const LEAF = 0x00;
const NODE = 0x01;

/**
 * Binary Merkle root of a list of 32-byte hashes (leaf = keccak(0x00 ‖ h), node = keccak(0x01 ‖ l ‖ r),
 * an odd node is carried up unchanged); the empty list gives 32 zero bytes.
 */
/** Preimage scratch (keccak256 is synchronous): a fresh 33- or 65-byte array per hash was ≈ 2 per tx. */
const preimage = new Uint8Array(65);
const leafPreimage = preimage.subarray(0, 33);

export function merkleRoot(hashes: Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return ZERO_HASH;
  let level = hashes.map((h) => {
    leafPreimage[0] = LEAF;
    if (h.length !== 32) leafPreimage.fill(0, 1); // as a fresh array: zero past a short input
    leafPreimage.set(h, 1);
    return keccak256(leafPreimage);
  });
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      if (!right) {
        next.push(level[i]!);
        continue;
      }
      preimage[0] = NODE;
      preimage.set(level[i]!, 1);
      preimage.set(right, 33);
      next.push(keccak256(preimage));
    }
    level = next;
  }
  return level[0]!;
}
