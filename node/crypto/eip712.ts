/**
 * EIP-712 hashing and signing of iExec PoCo v5 market orders, with the exact iExec type strings so
 * that existing iExec tooling, ethers and any EIP-712 wallet produce signatures we accept.
 * Orders are read in their proto wire form: addresses 20 bytes (empty = zero address), uint256 as
 * minimal big-endian bytes, bytes32 as 32 bytes (empty = zero), `params` as a string.
 */
import { bytesToUint, fixedBytes, type poco } from "../../proto/index.js";
import { addressFromPublicKey, parseAddress, toChecksumAddress } from "./address.js";
import { concatBytes, keccak256, toHex } from "./hash.js";
import { defaultBackend, type SignatureBackend } from "./secp256k1.js";

export const MARKET_DOMAIN_NAME = "iExecODB";
export const MARKET_DOMAIN_VERSION = "5.0.0";
/** The fixed verifying address of our market (no contract lives there; it only scopes signatures). */
export const DEFAULT_VERIFYING_CONTRACT = "0x000000000000000000000000000000000000c0c0";

export type OrderKind = "app" | "dataset" | "workerpool" | "request";
export const ORDER_KINDS: readonly OrderKind[] = ["app", "dataset", "workerpool", "request"];

/** Order of each kind, as built by a client or as decoded from the wire. */
export interface OrderByKind {
  app: poco.AppOrder.$Properties;
  dataset: poco.DatasetOrder.$Properties;
  workerpool: poco.WorkerpoolOrder.$Properties;
  request: poco.RequestOrder.$Properties;
}
export type AnyOrder = OrderByKind[OrderKind];

export interface Eip712Domain {
  name: string;
  version: string;
  chainId: bigint;
  verifyingContract: string;
}

/** An ethers-compatible field description. */
export interface TypedDataField {
  name: string;
  type: string;
}

type FieldType = "address" | "uint256" | "bytes32" | "string";
type FieldList = readonly (readonly [name: string, type: FieldType])[];

const ORDER_SCHEMAS: Record<OrderKind, { primaryType: string; fields: FieldList }> = {
  app: {
    primaryType: "AppOrder",
    fields: [
      ["app", "address"],
      ["appprice", "uint256"],
      ["volume", "uint256"],
      ["tag", "bytes32"],
      ["datasetrestrict", "address"],
      ["workerpoolrestrict", "address"],
      ["requesterrestrict", "address"],
      ["salt", "bytes32"],
    ],
  },
  dataset: {
    primaryType: "DatasetOrder",
    fields: [
      ["dataset", "address"],
      ["datasetprice", "uint256"],
      ["volume", "uint256"],
      ["tag", "bytes32"],
      ["apprestrict", "address"],
      ["workerpoolrestrict", "address"],
      ["requesterrestrict", "address"],
      ["salt", "bytes32"],
    ],
  },
  workerpool: {
    primaryType: "WorkerpoolOrder",
    fields: [
      ["workerpool", "address"],
      ["workerpoolprice", "uint256"],
      ["volume", "uint256"],
      ["tag", "bytes32"],
      ["category", "uint256"],
      ["trust", "uint256"],
      ["apprestrict", "address"],
      ["datasetrestrict", "address"],
      ["requesterrestrict", "address"],
      ["salt", "bytes32"],
    ],
  },
  request: {
    primaryType: "RequestOrder",
    fields: [
      ["app", "address"],
      ["appmaxprice", "uint256"],
      ["dataset", "address"],
      ["datasetmaxprice", "uint256"],
      ["workerpool", "address"],
      ["workerpoolmaxprice", "uint256"],
      ["requester", "address"],
      ["volume", "uint256"],
      ["tag", "bytes32"],
      ["category", "uint256"],
      ["trust", "uint256"],
      ["beneficiary", "address"],
      ["callback", "address"],
      ["params", "string"],
      ["salt", "bytes32"],
    ],
  },
};

function typeString(primaryType: string, fields: FieldList): string {
  return `${primaryType}(${fields.map(([name, type]) => `${type} ${name}`).join(",")})`;
}

const utf8 = new TextEncoder();

/** The EIP-712 type strings, e.g. `AppOrder(address app,uint256 appprice,…)`. */
export const ORDER_TYPE_STRINGS = Object.fromEntries(
  ORDER_KINDS.map((k) => [k, typeString(ORDER_SCHEMAS[k].primaryType, ORDER_SCHEMAS[k].fields)]),
) as Record<OrderKind, string>;

const ORDER_TYPE_HASHES = Object.fromEntries(
  ORDER_KINDS.map((k) => [k, keccak256(utf8.encode(ORDER_TYPE_STRINGS[k]))]),
) as Record<OrderKind, Uint8Array>;

export const DOMAIN_TYPE_STRING =
  "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
const DOMAIN_TYPE_HASH = keccak256(utf8.encode(DOMAIN_TYPE_STRING));
const EIP712_PREFIX = Uint8Array.of(0x19, 0x01);

/** The market domain for a chain id; frozen so its separator can be cached. */
export function marketDomain(
  chainId: number | bigint,
  verifyingContract: string = DEFAULT_VERIFYING_CONTRACT,
): Eip712Domain {
  const id = BigInt(chainId);
  if (id < 0n || id >= 1n << 256n) throw new RangeError(`chain id out of range: ${chainId}`);
  return Object.freeze({
    name: MARKET_DOMAIN_NAME,
    version: MARKET_DOMAIN_VERSION,
    chainId: id,
    verifyingContract: toChecksumAddress(parseAddress(verifyingContract)),
  });
}

function uint256Word(value: bigint): Uint8Array {
  const word = new Uint8Array(32);
  let v = value;
  for (let i = 31; i >= 0 && v > 0n; i--) {
    word[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return word;
}

function leftPad32(bytes: Uint8Array): Uint8Array {
  const word = new Uint8Array(32);
  word.set(bytes, 32 - bytes.length);
  return word;
}

const separatorCache = new WeakMap<Eip712Domain, Uint8Array>();

/** keccak256 of the encoded domain (cached for frozen domains from `marketDomain`). */
export function domainSeparator(domain: Eip712Domain): Uint8Array {
  const cached = separatorCache.get(domain);
  if (cached) return cached;
  const separator = keccak256(
    concatBytes(
      DOMAIN_TYPE_HASH,
      keccak256(utf8.encode(domain.name)),
      keccak256(utf8.encode(domain.version)),
      uint256Word(BigInt(domain.chainId)),
      leftPad32(parseAddress(domain.verifyingContract.toLowerCase())),
    ),
  );
  if (Object.isFrozen(domain)) separatorCache.set(domain, separator);
  return separator;
}

/** Reads one field of a wire-form order as its 32-byte EIP-712 word (throws CodecError BAD_FIELD). */
function encodeField(order: AnyOrder, primaryType: string, name: string, type: FieldType): Uint8Array {
  const raw = (order as Record<string, unknown>)[name];
  const label = `${primaryType}.${name}`;
  switch (type) {
    case "address":
      return leftPad32(fixedBytes(raw as Uint8Array | null | undefined, 20, label, true));
    case "bytes32":
      return leftPad32(fixedBytes(raw as Uint8Array | null | undefined, 32, label, true));
    case "uint256": {
      const bytes = raw as Uint8Array | null | undefined;
      bytesToUint(bytes, label); // validates minimal form and size
      return leftPad32(bytes ?? new Uint8Array(0));
    }
    case "string": {
      if (raw !== null && raw !== undefined && typeof raw !== "string") {
        throw new TypeError(`${label}: expected a string`);
      }
      return keccak256(utf8.encode((raw as string | null | undefined) ?? ""));
    }
  }
}

/** The EIP-712 struct hash of an order of the given kind. */
export function hashOrder<K extends OrderKind>(kind: K, order: OrderByKind[K]): Uint8Array {
  const { primaryType, fields } = ORDER_SCHEMAS[kind];
  const words: Uint8Array[] = [ORDER_TYPE_HASHES[kind]];
  for (const [name, type] of fields) words.push(encodeField(order, primaryType, name, type));
  return keccak256(concatBytes(...words));
}

export const hashAppOrder = (order: poco.AppOrder.$Properties): Uint8Array => hashOrder("app", order);
export const hashDatasetOrder = (order: poco.DatasetOrder.$Properties): Uint8Array =>
  hashOrder("dataset", order);
export const hashWorkerpoolOrder = (order: poco.WorkerpoolOrder.$Properties): Uint8Array =>
  hashOrder("workerpool", order);
export const hashRequestOrder = (order: poco.RequestOrder.$Properties): Uint8Array =>
  hashOrder("request", order);

/** keccak256(0x1901 ‖ domainSeparator ‖ structHash): what is signed, and the order's id. */
export function orderDigest<K extends OrderKind>(
  domain: Eip712Domain,
  kind: K,
  order: OrderByKind[K],
): Uint8Array {
  return keccak256(concatBytes(EIP712_PREFIX, domainSeparator(domain), hashOrder(kind, order)));
}

/** Signs an order as an Ethereum wallet does: 65 bytes r ‖ s ‖ v with v ∈ {27, 28}. */
export function signOrder<K extends OrderKind>(
  domain: Eip712Domain,
  kind: K,
  order: OrderByKind[K],
  privateKey: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): Uint8Array {
  const signature = backend.sign(orderDigest(domain, kind, order), privateKey);
  signature[64] = signature[64]! + 27;
  return signature;
}

/**
 * The address that signed the order, or null when the signature is not 65 bytes, v ∉ {0,1,27,28},
 * s is high or nothing recovers. Throws CodecError when the order's fields are malformed.
 */
export function recoverOrderSigner<K extends OrderKind>(
  domain: Eip712Domain,
  kind: K,
  order: OrderByKind[K],
  signature: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): Uint8Array | null {
  if (!(signature instanceof Uint8Array) || signature.length !== 65) return null;
  const v = signature[64]!;
  if (v !== 0 && v !== 1 && v !== 27 && v !== 28) return null;
  const normalized = Uint8Array.from(signature);
  normalized[64] = v >= 27 ? v - 27 : v;
  const publicKey = backend.recoverPublicKey(orderDigest(domain, kind, order), normalized);
  return publicKey ? addressFromPublicKey(publicKey) : null;
}

export type TypedDataValue = string | bigint;

/** The order as ethers' `signTypedData(domain, types, value)` / `TypedDataEncoder` expect it. */
export function ordersToTypedData<K extends OrderKind>(
  kind: K,
  order: OrderByKind[K],
): { primaryType: string; types: Record<string, TypedDataField[]>; value: Record<string, TypedDataValue> } {
  const { primaryType, fields } = ORDER_SCHEMAS[kind];
  const value: Record<string, TypedDataValue> = {};
  for (const [name, type] of fields) {
    const raw = (order as Record<string, unknown>)[name];
    const label = `${primaryType}.${name}`;
    switch (type) {
      case "address": {
        const bytes = fixedBytes(raw as Uint8Array | null | undefined, 20, label, true);
        value[name] = toChecksumAddress(bytes.length ? bytes : new Uint8Array(20));
        break;
      }
      case "bytes32": {
        const bytes = fixedBytes(raw as Uint8Array | null | undefined, 32, label, true);
        value[name] = toHex(bytes.length ? bytes : new Uint8Array(32));
        break;
      }
      case "uint256":
        value[name] = bytesToUint(raw as Uint8Array | null | undefined, label);
        break;
      case "string":
        value[name] = (raw as string | null | undefined) ?? "";
        break;
    }
  }
  return { primaryType, types: { [primaryType]: fields.map(([name, type]) => ({ name, type })) }, value };
}
