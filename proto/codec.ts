/**
 * Canonical protobuf codec. Every byte string that is hashed or signed must be canonical:
 * decoding it and re-encoding the result must give the same bytes. This rejects unknown fields,
 * out-of-order or repeated fields, explicit default values and non-minimal varints, so each value
 * has exactly one encoding and one hash.
 */
import type $protobuf from "protobufjs/minimal.js";

export const CodecErrorCode = {
  MALFORMED: "CODEC_MALFORMED",
  NON_CANONICAL: "CODEC_NON_CANONICAL",
  TOO_LARGE: "CODEC_TOO_LARGE",
  BAD_FIELD: "CODEC_BAD_FIELD",
} as const;
export type CodecErrorCode = (typeof CodecErrorCode)[keyof typeof CodecErrorCode];

export class CodecError extends Error {
  constructor(
    readonly code: CodecErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CodecError";
  }
}

/** The static encode/decode pair every generated message class exposes (T: the decoded shape). */
export interface MessageType<T> {
  // biome-ignore lint/suspicious/noExplicitAny: each generated class takes its own $Properties type
  encode(message: any, writer?: $protobuf.Writer): $protobuf.Writer;
  decode(reader: $protobuf.Reader | Uint8Array, length?: number): T;
  name: string;
}

export function encode<P>(
  type: { encode(message: P, writer?: $protobuf.Writer): $protobuf.Writer },
  message: P,
): Uint8Array {
  return type.encode(message).finish();
}

/** Decodes `bytes` and rejects them unless they are the canonical encoding of the result. */
export function decodeCanonical<T>(type: MessageType<T>, bytes: Uint8Array, maxBytes = 4 * 1024 * 1024): T {
  if (!(bytes instanceof Uint8Array))
    throw new CodecError(CodecErrorCode.MALFORMED, `${type.name}: not bytes`);
  if (bytes.length > maxBytes) {
    throw new CodecError(CodecErrorCode.TOO_LARGE, `${type.name}: ${bytes.length} bytes exceeds ${maxBytes}`);
  }
  let message: T;
  try {
    message = type.decode(bytes);
  } catch (err) {
    throw new CodecError(CodecErrorCode.MALFORMED, `${type.name}: ${(err as Error).message}`);
  }
  const again = type.encode(message).finish();
  if (!bytesEqual(again, bytes)) {
    throw new CodecError(CodecErrorCode.NON_CANONICAL, `${type.name}: encoding is not canonical`);
  }
  return message;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ───────────── scalar conversions between wire forms and domain values ─────────────

type U64Wire = number | { low: number; high: number; unsigned?: boolean } | null | undefined;

/** A uint64 wire value (number or Long) as a safe JS integer; larger values are rejected. */
export function u64ToNumber(value: U64Wire, field: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  const high = value.high >>> 0;
  const low = value.low >>> 0;
  if (high > 0x1fffff) throw new CodecError(CodecErrorCode.BAD_FIELD, `${field}: exceeds 2^53`);
  return high * 0x100000000 + low;
}

/**
 * Every uint64 field of a decoded message (at any depth) must fit a safe integer (< 2^53): the one
 * range the chain gives uint64 fields, so no value that passes admission can fail later in execution
 * or in a JSON view. Throws BAD_FIELD naming the first field out of range.
 */
export function assertSafeIntegers(message: unknown, path = ""): void {
  if (message === null || typeof message !== "object" || message instanceof Uint8Array) return;
  if ("low" in message && "high" in message) {
    if ((((message as { high: number }).high >>> 0) & ~0x1fffff) !== 0)
      throw new CodecError(CodecErrorCode.BAD_FIELD, `${path || "value"}: exceeds 2^53`);
    return;
  }
  if (Array.isArray(message)) {
    for (let i = 0; i < message.length; i++) assertSafeIntegers(message[i], `${path}[${i}]`);
    return;
  }
  for (const key of Object.keys(message)) {
    assertSafeIntegers((message as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
  }
}

export function u64ToBigInt(value: U64Wire): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "number") return BigInt(value);
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/** Unsigned integer → minimal big-endian bytes (0 → empty), the wire form of amounts and uint256. */
export function uintToBytes(value: bigint): Uint8Array {
  if (value < 0n) throw new CodecError(CodecErrorCode.BAD_FIELD, "negative integer");
  if (value === 0n) return new Uint8Array(0);
  if (value <= 0xffffffffffffn) {
    // Hot path (amounts, volumes, prices below 2^48): bytes by arithmetic, no hex string or Buffer.
    let n = Number(value);
    let len = 0;
    for (let m = n; m > 0; m = Math.floor(m / 256)) len++;
    const out = new Uint8Array(len);
    for (let i = len - 1; i >= 0; i--) {
      out[i] = n % 256;
      n = Math.floor(n / 256);
    }
    return out;
  }
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (hex.length > 64) throw new CodecError(CodecErrorCode.BAD_FIELD, "integer exceeds 256 bits");
  return Uint8Array.from(Buffer.from(hex, "hex"));
}

/** Minimal big-endian bytes → unsigned integer; leading zeros and > 32 bytes are rejected. */
export function bytesToUint(bytes: Uint8Array | null | undefined, field: string): bigint {
  if (!bytes || bytes.length === 0) return 0n;
  if (bytes.length > 32)
    throw new CodecError(CodecErrorCode.BAD_FIELD, `${field}: integer longer than 32 bytes`);
  if (bytes[0] === 0)
    throw new CodecError(CodecErrorCode.BAD_FIELD, `${field}: integer has leading zero bytes`);
  return BigInt(`0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("hex")}`);
}

/** Checks a fixed-length bytes field; `optional` allows empty (the zero address / no value). */
export function fixedBytes(
  bytes: Uint8Array | null | undefined,
  length: number,
  field: string,
  optional = false,
): Uint8Array {
  const value = bytes ?? new Uint8Array(0);
  if (value.length === 0 && optional) return value;
  if (value.length !== length) {
    throw new CodecError(CodecErrorCode.BAD_FIELD, `${field}: expected ${length} bytes, got ${value.length}`);
  }
  return value;
}
