/**
 * Hot-path conversions for the matching engine, byte-for-byte equal to proto/codec.ts `bytesToUint`
 * and node/crypto/hash.ts `toHex` (they delegate to them for anything unusual, so errors match).
 */
import { bytesToUint } from "../proto/index.js";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Lowercase 0x hex of bytes, as `toHex`. */
export function hexOf(bytes: Uint8Array): string {
  let out = "0x";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}

/** Minimal big-endian unsigned integer, as `bytesToUint` (which it calls for errors and long values). */
export function uintOf(bytes: Uint8Array | null | undefined, field: string): bigint {
  if (!bytes || bytes.length === 0) return 0n;
  if (bytes.length > 6 || bytes[0] === 0) return bytesToUint(bytes, field);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n = n * 256 + bytes[i]!;
  return BigInt(n);
}
