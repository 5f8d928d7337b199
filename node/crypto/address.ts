/**
 * Ethereum addresses: derivation from a public key, EIP-55 checksums and strict parsing.
 * Internally addresses are 20-byte arrays; where a string key is needed (maps, JSON, logs of state)
 * we use the lowercase `0x` hex form from `addressKey`; the checksummed form is for display only.
 */
import { fromHex, keccak256, toHex } from "./hash.js";

/** An address as a string. Internally always lowercase `0x` + 40 hex (see `addressKey`). */
export type Address = string;

export const AddressErrorCode = {
  INVALID: "ADDRESS_INVALID",
  BAD_CHECKSUM: "ADDRESS_BAD_CHECKSUM",
} as const;
export type AddressErrorCode = (typeof AddressErrorCode)[keyof typeof AddressErrorCode];

export class AddressError extends Error {
  constructor(
    readonly code: AddressErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AddressError";
  }
}

export const ZERO_ADDRESS = new Uint8Array(20);

/** The address of a 65-byte uncompressed public key: last 20 bytes of keccak256(x ‖ y). */
export function addressFromPublicKey(publicKey: Uint8Array): Uint8Array {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 65 || publicKey[0] !== 0x04) {
    throw new AddressError(
      AddressErrorCode.INVALID,
      "public key must be 65 bytes, uncompressed (0x04 prefix)",
    );
  }
  return keccak256(publicKey.subarray(1)).slice(12);
}

/** Lowercase `0x` hex of a 20-byte address: the internal string form. */
export function addressKey(address: Uint8Array): Address {
  checkLength(address);
  return toHex(address);
}

/** EIP-55 mixed-case checksum form. */
export function toChecksumAddress(address: Uint8Array): string {
  checkLength(address);
  return checksumOf(toHex(address).slice(2));
}

function checkLength(address: Uint8Array): void {
  if (!(address instanceof Uint8Array) || address.length !== 20) {
    throw new AddressError(AddressErrorCode.INVALID, "address must be 20 bytes");
  }
}

/** `lower` is 40 lowercase hex digits; returns `0x` + the EIP-55 cased form. */
function checksumOf(lower: string): string {
  const hash = keccak256(new TextEncoder().encode(lower));
  let out = "0x";
  for (let i = 0; i < 40; i++) {
    const c = lower[i]!;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    out += nibble >= 8 ? c.toUpperCase() : c;
  }
  return out;
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/**
 * Parses `0x` + 40 hex digits. All-lowercase and all-uppercase forms are accepted as is; a mixed-case
 * form must carry a valid EIP-55 checksum.
 */
export function parseAddress(str: string): Uint8Array {
  if (typeof str !== "string" || !ADDRESS_RE.test(str)) {
    throw new AddressError(
      AddressErrorCode.INVALID,
      `invalid address "${String(str).slice(0, 64)}": expected 0x + 40 hex`,
    );
  }
  const body = str.slice(2);
  const lower = body.toLowerCase();
  if (body !== lower && body !== body.toUpperCase() && checksumOf(lower) !== str) {
    throw new AddressError(AddressErrorCode.BAD_CHECKSUM, `address "${str}" has an invalid EIP-55 checksum`);
  }
  return fromHex(lower, 20);
}
