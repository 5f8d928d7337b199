/**
 * Hand-written protobuf encoding of the market's hot records: byte for byte what the generated
 * (protobufjs) encoders give for the same values (tests: marketRecordsCodec), without the generic
 * writer's per-field work and allocations.
 */

/** Bytes of a protobuf varint (lengths here: non-negative safe integers). */
export function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    size++;
  }
  return size;
}

export function putVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  out[at++] = n;
  return at;
}

/**
 * One field of a hand-written protobuf encoding: `[number, value]` (a number: uint varint, omitted
 * when 0; bytes: length-delimited, omitted when empty) or `[number, bytes, true]` (an element of a
 * repeated field: written even when empty, as protobufjs does).
 */
export type Field = readonly [number, Uint8Array | number] | readonly [number, Uint8Array, true];

/**
 * The protobuf bytes of `fields` (in the order given: field-number order for a canonical message),
 * exactly what the generated encoder gives for the same values. Numbers must be non-negative safe
 * integers (callers check, or fall back to the generic encoder).
 */
export function encodeFields(fields: readonly Field[]): Uint8Array {
  let size = 0;
  for (const f of fields) {
    const v = f[1];
    if (typeof v === "number") {
      if (v !== 0) size += varintSize(f[0] << 3) + varintSize(v);
    } else if (v.length > 0 || f.length === 3)
      size += varintSize((f[0] << 3) | 2) + varintSize(v.length) + v.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const f of fields) {
    const v = f[1];
    if (typeof v === "number") {
      if (v === 0) continue;
      at = putVarint(out, at, f[0] << 3);
      at = putVarint(out, at, v);
    } else if (v.length > 0 || f.length === 3) {
      at = putVarint(out, at, (f[0] << 3) | 2);
      at = putVarint(out, at, v.length);
      out.set(v, at);
      at += v.length;
    }
  }
  return out;
}

/** Whether every value fits the hand-written varint path (non-negative safe integers, ≤ max). */
export function varintsFit(values: readonly number[], max = Number.MAX_SAFE_INTEGER): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isSafeInteger(v) || v < 0 || v > max) return false;
  }
  return true;
}

export const UINT32_MAX = 0xffffffff;
