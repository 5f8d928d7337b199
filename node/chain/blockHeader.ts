/**
 * Block header hashing and the Merkle roots a header commits to (transactions, receipts).
 * The block hash is keccak256 of the header's canonical bytes.
 */
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { keccak256, keccak256Into } from "../crypto/hash.js";

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
  // Every node of a level is written into one flat buffer, in place over the level below (node i
  // reads 2i and 2i + 1 first, and no later node reads below 2i + 2): one allocation per root
  // instead of one 32-byte array per node (≈ 2 per tx, for each of the tx and receipt roots).
  const nodes = new Uint8Array(hashes.length * 32);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as Uint8Array;
    leafPreimage[0] = LEAF;
    if (h.length !== 32) leafPreimage.fill(0, 1); // as a fresh array: zero past a short input
    leafPreimage.set(h, 1);
    keccak256Into(leafPreimage, nodes, i * 32);
  }
  let count = hashes.length;
  while (count > 1) {
    const pairs = count >> 1;
    for (let i = 0; i < pairs; i++) {
      preimage[0] = NODE;
      for (let k = 0, from = i * 64; k < 64; k++) preimage[1 + k] = nodes[from + k] as number; // no view per pair
      keccak256Into(preimage, nodes, i * 32);
    }
    if (count & 1) nodes.copyWithin(pairs * 32, (count - 1) * 32, count * 32); // odd node carried up
    count = pairs + (count & 1);
  }
  return nodes.slice(0, 32);
}
