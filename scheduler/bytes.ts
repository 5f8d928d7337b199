/**
 * Hot-path conversions for the matching engine, byte-for-byte equal to proto/codec.ts `bytesToUint`
 * and node/crypto/hash.ts `toHex` (they delegate to them for anything unusual, so errors match).
 */
import { fromHex } from "../node/crypto/hash.js";
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

/** Bytes of 0x hex, as `fromHex` (which it calls for anything unusual, so errors match). */
export function bytesOfHex(str: string, expectedLength?: number): Uint8Array {
  if (typeof str !== "string") return fromHex(str, expectedLength);
  const n = (str.length - 2) >> 1;
  if (
    str.charCodeAt(0) !== 48 ||
    str.charCodeAt(1) !== 120 ||
    str.length % 2 !== 0 ||
    (expectedLength !== undefined && n !== expectedLength)
  ) {
    return fromHex(str, expectedLength);
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const hi = NIBBLE[str.charCodeAt(2 + 2 * i)] ?? -1;
    const lo = NIBBLE[str.charCodeAt(3 + 2 * i)] ?? -1;
    if (hi < 0 || lo < 0) return fromHex(str, expectedLength);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const NIBBLE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    t[97 + i] = 10 + i;
    t[65 + i] = 10 + i;
  }
  return t;
})();
