/**
 * Orders as JSON, the way EIP-712 wallets and the iExec SDK write them: addresses as 0x hex
 * (checksummed on output), uint256 as decimal strings, bytes32 as 0x hex, `params` as a string and
 * an optional `sign` (65 bytes, 0x hex). `orderToJSON` and `orderFromJSON` are inverse: what the API
 * shows for an order can be fed back to the CLI. Strict: unknown fields and malformed values throw
 * an `OrderJsonError` (code ORDER_INVALID) naming the field.
 */
import { type OrderByKind, type OrderKind, ordersToTypedData } from "../node/crypto/eip712.js";
import { toHex } from "../node/crypto/hash.js";
import { uintToBytes } from "../proto/index.js";

export class OrderJsonError extends Error {
  readonly code = "ORDER_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "OrderJsonError";
  }
}

export type OrderJson = Record<string, string>;

/** EIP-712 field names and types of an order kind, in signing order. */
export function orderFields(kind: OrderKind): { name: string; type: string }[] {
  const typed = ordersToTypedData(kind, {} as OrderByKind[typeof kind]);
  return typed.types[typed.primaryType]!;
}

/** The order's fields as JSON strings (every field present), plus `sign` when it carries one. */
export function orderToJSON<K extends OrderKind>(kind: K, order: OrderByKind[K]): OrderJson {
  const { value } = ordersToTypedData(kind, order);
  const out: OrderJson = {};
  for (const [name, v] of Object.entries(value)) out[name] = typeof v === "bigint" ? v.toString(10) : v;
  const sign = (order as { sign?: Uint8Array | null }).sign;
  if (sign && sign.length > 0) out.sign = toHex(sign);
  return out;
}

const UINT256_MAX = (1n << 256n) - 1n;

function hexBytes(value: unknown, name: string, size: number): Uint8Array {
  if (typeof value !== "string" || !new RegExp(`^0x[0-9a-fA-F]{${2 * size}}$`).test(value)) {
    throw new OrderJsonError(`${name}: expected 0x followed by ${2 * size} hex digits`);
  }
  return Uint8Array.from(Buffer.from(value.slice(2), "hex"));
}

function uint256(value: unknown, name: string): bigint {
  let n: bigint;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) n = BigInt(value);
  else if (typeof value === "string" && /^(0|[1-9][0-9]{0,77})$/.test(value)) n = BigInt(value);
  else if (typeof value === "string" && /^0x[0-9a-fA-F]{1,64}$/.test(value)) n = BigInt(value);
  else throw new OrderJsonError(`${name}: expected a non-negative integer (decimal string)`);
  if (n > UINT256_MAX) throw new OrderJsonError(`${name}: larger than uint256`);
  return n;
}

const allZero = (bytes: Uint8Array): boolean => bytes.every((b) => b === 0);

/**
 * Parses an order of `kind` from JSON. Missing fields take their zero value (zero address, 0,
 * zero bytes32, empty params), as in EIP-712; the wire form is canonical (zero values empty).
 */
export function orderFromJSON<K extends OrderKind>(kind: K, json: unknown): OrderByKind[K] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new OrderJsonError(`${kind} order: expected a JSON object`);
  }
  const input = json as Record<string, unknown>;
  const fields = orderFields(kind);
  const known = new Set([...fields.map((f) => f.name), "sign"]);
  for (const name of Object.keys(input)) {
    if (!known.has(name)) throw new OrderJsonError(`${kind} order: unknown field "${name}"`);
  }
  const out: Record<string, unknown> = {};
  for (const { name, type } of fields) {
    const raw = input[name];
    if (raw === undefined || raw === null) continue;
    switch (type) {
      case "address": {
        const bytes = hexBytes(raw, name, 20);
        if (!allZero(bytes)) out[name] = bytes;
        break;
      }
      case "bytes32": {
        const bytes = hexBytes(raw, name, 32);
        if (!allZero(bytes)) out[name] = bytes;
        break;
      }
      case "uint256": {
        const n = uint256(raw, name);
        if (n !== 0n) out[name] = uintToBytes(n);
        break;
      }
      case "string":
        if (typeof raw !== "string") throw new OrderJsonError(`${name}: expected a string`);
        if (raw !== "") out[name] = raw;
        break;
    }
  }
  if (input.sign !== undefined && input.sign !== null && input.sign !== "") {
    out.sign = hexBytes(input.sign, "sign", 65);
  }
  return out as OrderByKind[K];
}
