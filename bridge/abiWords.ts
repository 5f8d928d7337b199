/** Minimal Solidity ABI word encoding (abi.encode of static types), byte-exact with the EVM. */
import { concatBytes, fromHex } from "../node/crypto/hash.js";

/** uint256 → 32-byte big-endian word. */
export function uintWord(value: bigint | number): Uint8Array {
  const v = BigInt(value);
  if (v < 0n || v >= 1n << 256n) throw new RangeError(`uint256 out of range: ${v}`);
  return fromHex(v.toString(16).padStart(64, "0"));
}

/** address (20 bytes or hex) → left-padded 32-byte word. */
export function addressWord(address: Uint8Array | string): Uint8Array {
  const bytes = typeof address === "string" ? fromHex(address, 20) : address;
  if (bytes.length !== 20) throw new RangeError(`address must be 20 bytes, got ${bytes.length}`);
  const out = new Uint8Array(32);
  out.set(bytes, 12);
  return out;
}

/** bytes32 (exactly 32 bytes). */
export function bytes32Word(value: Uint8Array): Uint8Array {
  if (value.length !== 32) throw new RangeError(`bytes32 must be 32 bytes, got ${value.length}`);
  return value;
}

export const abiEncode = (...words: Uint8Array[]): Uint8Array => concatBytes(...words);

export const ZERO32 = new Uint8Array(32);
