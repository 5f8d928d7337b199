/**
 * Hashing and hex helpers: keccak-256 (the Ethereum hash used for tx ids, addresses and EIP-712)
 * and strict hex <-> bytes conversions that reject anything ambiguous.
 */
import { keccak_256 } from "@noble/hashes/sha3.js";
import { createKeccak } from "hash-wasm";

export const HexErrorCode = {
  INVALID: "HEX_INVALID",
  BAD_LENGTH: "HEX_BAD_LENGTH",
} as const;
export type HexErrorCode = (typeof HexErrorCode)[keyof typeof HexErrorCode];

export class HexError extends Error {
  constructor(
    readonly code: HexErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HexError";
  }
}

/**
 * keccak-256 through hash-wasm's WebAssembly build (≈7× @noble/hashes here, and hashing is most of a
 * state-root update); `nobleKeccak256` stays as the portable reference the tests cross-check against.
 * The hasher is synchronous and reused: JavaScript never interleaves two calls.
 */
const wasmKeccak = await createKeccak(256);

export function keccak256(data: Uint8Array): Uint8Array {
  wasmKeccak.init();
  wasmKeccak.update(data);
  return wasmKeccak.digest("binary");
}

export const nobleKeccak256 = (data: Uint8Array): Uint8Array => keccak_256(data);

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Bytes → lowercase `0x`-prefixed hex. */
export function toHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("hex")}`;
}

const HEX_BODY = /^[0-9a-fA-F]*$/;

/**
 * Hex (with or without `0x`, any case) → bytes. Throws HexError on odd length or non-hex characters,
 * and when `expectedLength` (in bytes) is given and differs.
 */
export function fromHex(str: string, expectedLength?: number): Uint8Array {
  if (typeof str !== "string") throw new HexError(HexErrorCode.INVALID, "hex: not a string");
  const body = str.startsWith("0x") || str.startsWith("0X") ? str.slice(2) : str;
  if (body.length % 2 !== 0)
    throw new HexError(HexErrorCode.INVALID, `hex: odd number of digits in "${clip(str)}"`);
  if (!HEX_BODY.test(body))
    throw new HexError(HexErrorCode.INVALID, `hex: invalid characters in "${clip(str)}"`);
  if (expectedLength !== undefined && body.length !== expectedLength * 2) {
    throw new HexError(
      HexErrorCode.BAD_LENGTH,
      `hex: expected ${expectedLength} bytes, got ${body.length / 2}`,
    );
  }
  return Uint8Array.from(Buffer.from(body, "hex"));
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
