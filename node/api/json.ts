/** JSON views of chain objects for the HTTP API: bytes as 0x-hex, 64-bit integers and amounts as strings. */
import { bytesToUint, decodeCanonical, poco, u64ToBigInt, u64ToNumber } from "../../proto/index.js";
import type { Header } from "../chain/blockHeader.js";
import { toChecksumAddress } from "../crypto/address.js";
import { toHex } from "../crypto/hash.js";
import type { Account } from "../state/accounts.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isLong(value: unknown): value is { low: number; high: number } {
  return typeof value === "object" && value !== null && "low" in value && "high" in value;
}

/** Byte fields that hold unsigned integers (amounts, prices, uint256 order fields): shown in decimal. */
const UINT_FIELDS = new Set([
  "amount",
  "appprice",
  "datasetprice",
  "workerpoolprice",
  "appmaxprice",
  "datasetmaxprice",
  "workerpoolmaxprice",
  "volume",
  "category",
  "trust",
  "maxFeePerGas",
  "maxPriorityFeePerGas",
  "fee",
  "baseFeePerGas",
]);

/** Any decoded protobuf message as JSON: bytes → hex (integers in decimal), uint64 → decimal string. */
export function protoToJSON(value: unknown, key = ""): Json {
  if (value instanceof Uint8Array && UINT_FIELDS.has(key)) return bytesToUint(value, key).toString();
  if (value instanceof Uint8Array) return toHex(value);
  // Never throws: a stored block is rendered whatever its integers (a uint64 may exceed 2^53).
  if (isLong(value)) return u64ToBigInt(value as never).toString();
  if (Array.isArray(value)) return value.map((v) => protoToJSON(v, key));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, Json> = {};
    for (const field of Object.keys(value)) {
      if (field === "$unknowns") continue;
      out[field] = protoToJSON((value as Record<string, unknown>)[field], field);
    }
    return out;
  }
  if (typeof value === "bigint") return value.toString();
  return (value as Json) ?? null;
}

export function headerToJSON(h: Header, hash: Uint8Array) {
  return {
    hash: toHex(hash),
    chainId: h.chainId,
    height: h.height,
    round: h.round,
    timeMs: h.timeMs,
    prevHash: toHex(h.prevHash),
    txRoot: toHex(h.txRoot),
    stateRoot: toHex(h.stateRoot),
    validatorsHash: toHex(h.validatorsHash),
    proposer: h.proposer.length === 20 ? toChecksumAddress(h.proposer) : toHex(h.proposer),
    lastCommitHash: toHex(h.lastCommitHash),
    receiptsRoot: toHex(h.receiptsRoot),
    baseFeePerGas: h.baseFee.toString(),
    gasUsed: h.gasUsed,
    gasLimit: h.gasLimit,
  };
}

export function accountToJSON(a: Account) {
  return {
    balance: a.balance.toString(),
    nonce: a.nonce,
    stake: a.stake.toString(),
    locked: a.locked.toString(),
    bonded: a.bonded.toString(),
  };
}

export function receiptToJSON(bytes: Uint8Array) {
  const r = decodeCanonical(poco.Receipt, bytes);
  return {
    txHash: toHex(r.txHash),
    height: u64ToNumber(r.height as never, "height"),
    index: r.index,
    status: r.errorCode ? "failed" : "success",
    gasUsed: u64ToNumber(r.gasUsed as never, "gasUsed"),
    fee: bytesToUint(r.fee, "fee").toString(),
    ...(r.errorCode ? { error: { code: r.errorCode, message: r.errorMessage } } : {}),
  };
}
