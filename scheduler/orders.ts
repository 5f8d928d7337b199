/**
 * Orders: field checks, EIP-712 hash (the order's id), owner resolution, authorization (presigned by
 * its owner's transaction or signed by the owner) and the on-chain book records with remaining
 * volume per order hash: publish and cancel.
 */
import {
  type AnyOrder,
  type Eip712Domain,
  marketDomain,
  type OrderByKind,
  type OrderKind,
  orderDigest,
} from "../node/crypto/eip712.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import { CodecError, encode, fixedBytes, type MessageType, poco, u64ToNumber } from "../proto/index.js";
import { enqueueRequest } from "./autoQueue.js";
import { hexOf, uintOf } from "./bytes.js";
import { indexOrder, unindexOrder } from "./orderBook.js";
import {
  addressHex,
  type OrderRecord,
  readOrderRecord,
  writeOrderRecord,
  ZERO_ADDRESS_HEX,
} from "./records.js";
import { orderSignature, signerOf } from "./signatures.js";
import type { MarketEnv } from "./types.js";

/** Frozen market domains by chain id (so their separators are computed once). */
const domains = new Map<number, Eip712Domain>();
/** The EIP-712 domain every order of chain `chainId` is hashed and signed with (GET /domain). */
export function domainOf(chainId: number): Eip712Domain {
  let d = domains.get(chainId);
  if (!d) {
    d = marketDomain(chainId);
    domains.set(chainId, d);
  }
  return d;
}

/**
 * Matching gas a request with an open workerpool prepays: enough for a few blocks of attempts by
 * default (an attempt that examines the usual candidates and makes a deal costs ≈ 100k gas).
 */
export const DEFAULT_AUTO_MATCH_GAS = 1_000_000;
export const MIN_AUTO_MATCH_GAS = 200_000;
export const MAX_AUTO_MATCH_GAS = 100_000_000;

/** Longest `params` string accepted in a request order. */
export const MAX_PARAMS_LENGTH = 4096;

/** Runs `fn`, turning codec errors (bad field sizes, non-minimal integers…) into TxError BAD_FIELD. */
export function fieldCheck<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CodecError) throw new TxError(TxErrorCode.BAD_FIELD, err.message);
    throw err;
  }
}

/** `err` as fieldCheck turns it: codec errors become TxError BAD_FIELD, anything else as it is. */
function asFieldError(err: unknown): unknown {
  return err instanceof CodecError ? new TxError(TxErrorCode.BAD_FIELD, err.message) : err;
}

// `fieldCheck` inlined in the three helpers every match calls many times (no closure per call)
const uint = (v: Uint8Array | null | undefined, name: string): bigint => {
  try {
    return uintOf(v, name);
  } catch (err) {
    throw asFieldError(err);
  }
};

/** Optional fixed-size bytes, as `fieldCheck(() => fixedBytes(v, length, name, true))`. */
function optionalBytes(v: Uint8Array | null | undefined, length: number, name: string): Uint8Array {
  try {
    return fixedBytes(v, length, name, true);
  } catch (err) {
    throw asFieldError(err);
  }
}

/** Optional 20-byte address → lowercase hex (empty → zero address). */
export const addr = (v: Uint8Array | null | undefined, name: string): string =>
  addressHex(optionalBytes(v, 20, name));

/** Optional bytes32 tag → its bit flags as an integer. */
export const tagBits = (v: Uint8Array | null | undefined, name: string): bigint => {
  const bytes = optionalBytes(v, 32, name);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  return bits;
};

const MESSAGE: { [K in OrderKind]: { encode: typeof poco.AppOrder.encode; name: string } } = {
  app: poco.AppOrder,
  dataset: poco.DatasetOrder,
  workerpool: poco.WorkerpoolOrder,
  request: poco.RequestOrder,
};

export function encodeOrder<K extends OrderKind>(kind: K, order: OrderByKind[K]): Uint8Array {
  return encode(MESSAGE[kind], order);
}

const latin1 = new TextDecoder("latin1");

/** Decoded orders by their (never mutated) canonical bytes: a pure cache; callers must not mutate. */
const decodedOrders = new WeakMap<Uint8Array, AnyOrder>();
/** The shared objects `decodeOrder` returned (never mutated) → their content key (kind:bytes). */
const decodedOrderObjects = new WeakMap<AnyOrder, string>();

/**
 * Decoded orders by content (kind and bytes): an order record is rewritten at every match that
 * consumes it, so its bytes are a new array each time while the order is the same; this keeps one
 * decoded object (and its memoized hash) per order. Bounded: cleared past its limit.
 */
const decodedByContent = new Map<string, AnyOrder>();
const MAX_DECODED_BY_CONTENT = 1 << 16;

export function decodeOrder<K extends OrderKind>(kind: K, bytes: Uint8Array): OrderByKind[K] {
  const cached = decodedOrders.get(bytes);
  if (cached) return cached as OrderByKind[K];
  const contentKey = `${kind}:${latin1.decode(bytes)}`;
  const same = decodedByContent.get(contentKey);
  if (same) {
    decodedOrders.set(bytes, same);
    return same as OrderByKind[K];
  }
  const types: Record<OrderKind, MessageType<AnyOrder>> = {
    app: poco.AppOrder,
    dataset: poco.DatasetOrder,
    workerpool: poco.WorkerpoolOrder,
    request: poco.RequestOrder,
  };
  // Order bytes in state are written only by `encodeOrder` (publishOrder, matching), so they are
  // canonical by construction: the re-encode check of decodeCanonical is skipped on this hot path
  // (every match decodes its request and a new candidate). Test: marketRecordsCodec.
  let order: AnyOrder;
  try {
    order = types[kind].decode(bytes);
  } catch (err) {
    throw new Error(`corrupt stored ${kind} order: ${(err as Error).message}`);
  }
  decodedOrders.set(bytes, order);
  decodedOrderObjects.set(order, contentKey);
  if (decodedByContent.size >= MAX_DECODED_BY_CONTENT) decodedByContent.clear();
  decodedByContent.set(contentKey, order);
  return order as OrderByKind[K];
}

/** The address of the asset (or the requester) an order is about, as lowercase hex. */
export function orderSubject(kind: OrderKind, order: AnyOrder): string {
  switch (kind) {
    case "app":
      return addr((order as poco.AppOrder.$Properties).app, "app");
    case "dataset":
      return addr((order as poco.DatasetOrder.$Properties).dataset, "dataset");
    case "workerpool":
      return addr((order as poco.WorkerpoolOrder.$Properties).workerpool, "workerpool");
    case "request":
      return addr((order as poco.RequestOrder.$Properties).requester, "requester");
  }
}

/**
 * Stateless checks of an order's fields: volume > 0, its subject set, params and signature sizes.
 * The EIP-712 field encodings (sizes, minimal integers) are checked by `orderHash`, always called too.
 */
export function checkOrderFields(kind: OrderKind, order: AnyOrder): void {
  const o = order as Record<string, unknown>;
  if (uint(o.volume as Uint8Array, "volume") === 0n)
    throw new TxError(TxErrorCode.BAD_FIELD, "volume: must be > 0");
  if (orderSubject(kind, order) === ZERO_ADDRESS_HEX) {
    throw new TxError(
      TxErrorCode.BAD_FIELD,
      `${kind} order: ${kind === "request" ? "requester" : kind} is not set`,
    );
  }
  if (kind === "request") {
    const r = order as poco.RequestOrder.$Properties;
    if (addr(r.app, "app") === ZERO_ADDRESS_HEX)
      throw new TxError(TxErrorCode.BAD_FIELD, "request order: app is not set");
    if ((r.params ?? "").length > MAX_PARAMS_LENGTH) {
      throw new TxError(TxErrorCode.BAD_FIELD, `params: longer than ${MAX_PARAMS_LENGTH} characters`);
    }
  }
  const sign = o.sign as Uint8Array | null | undefined;
  if (sign && sign.length !== 0 && sign.length !== 65) {
    throw new TxError(TxErrorCode.BAD_FIELD, `sign: expected 65 bytes, got ${sign.length}`);
  }
}

/**
 * Memo of order hashes (a pure function of chain id, kind and the order's fields, so caching cannot
 * change any result). Orders decoded from state are shared, never-mutated objects: memoized by
 * identity. Any other order (from a transaction, a test, a client) by its canonical bytes, which
 * carry every hashed field: the same order seen at mempool admission and again at execution, or in
 * several matches, is EIP-712 hashed once. Bounded: cleared when it grows past its limit.
 */
const hashByDecoded = new WeakMap<AnyOrder, { chainId: number; hash: string }>();
const hashByBytes = new Map<string, string>();
const MAX_CACHED_HASHES = 1 << 16;

function computeOrderHash(chainId: number, kind: OrderKind, order: AnyOrder): string {
  return hexOf(fieldCheck(() => orderDigest(domainOf(chainId), kind, order)));
}

/** The order's id: its EIP-712 digest under this chain's market domain (lowercase 0x hex). */
export function orderHash(chainId: number, kind: OrderKind, order: AnyOrder): string {
  const contentKey = decodedOrderObjects.get(order);
  if (contentKey !== undefined) {
    const memo = hashByDecoded.get(order);
    if (memo?.chainId === chainId) return memo.hash;
    const hash = hashByBytes.get(`${chainId}:${contentKey}`) ?? computeOrderHash(chainId, kind, order);
    hashByDecoded.set(order, { chainId, hash });
    return hash;
  }
  const params = (order as { params?: unknown }).params;
  if (params !== undefined && params !== null && typeof params !== "string") {
    return computeOrderHash(chainId, kind, order); // throws the field error
  }
  let bytes: Uint8Array;
  try {
    bytes = encodeOrder(kind, order);
  } catch {
    return computeOrderHash(chainId, kind, order); // throws the field error
  }
  const key = `${chainId}:${kind}:${latin1.decode(bytes)}`;
  let hash = hashByBytes.get(key);
  if (hash === undefined) {
    hash = computeOrderHash(chainId, kind, order);
    if (hashByBytes.size >= MAX_CACHED_HASHES) hashByBytes.clear();
    hashByBytes.set(key, hash);
  }
  return hash;
}

/** Who must sign an order: the registered owner of its app / dataset / workerpool, or its requester. */
export function orderOwner(env: MarketEnv, kind: OrderKind, order: AnyOrder): string {
  const subject = orderSubject(kind, order);
  let owner: string | undefined;
  switch (kind) {
    case "app":
      owner = env.registries.appOwner(subject);
      break;
    case "dataset":
      owner = env.registries.datasetOwner(subject);
      break;
    case "workerpool":
      owner = env.registries.workerpool(subject)?.owner;
      break;
    case "request":
      owner = subject;
      break;
  }
  if (!owner) throw new TxError(TxErrorCode.NOT_FOUND, `${kind} ${subject} is not registered`);
  return owner;
}

/**
 * True when the order carries a valid signature by `owner`. `hash` is the order's id (its EIP-712
 * digest, `orderHash`), the digest the signature is over.
 */
export function signedBy(env: MarketEnv, order: AnyOrder, hash: string, owner: string): boolean {
  const sign = (order as { sign?: Uint8Array | null }).sign;
  if (sign?.length !== 65) return false;
  return signerOf(env, orderSignature(hash, sign)) === owner;
}

/** Remaining volume of an order given its record (absent record: the full volume). */
export function remainingVolume(order: AnyOrder, record: OrderRecord | undefined): bigint {
  const volume = uint((order as { volume?: Uint8Array | null }).volume, "volume");
  if (!record) return volume;
  if (record.cancelled || record.consumed >= volume) return 0n;
  return volume - record.consumed;
}

/**
 * Publishes an order into the book. The sender must be the order's owner (the order becomes
 * presigned: usable without a signature) or the order must carry the owner's signature.
 */
/**
 * Publishes an order. A request order with an open workerpool also joins the automatic-matching queue
 * with `match_gas` of prepaid matching gas (the default when 0); the returned `matchGas` is what the
 * publisher must pay for (at the block's base fee; 0 when the order was not queued).
 */
export function publishOrder(
  env: MarketEnv,
  sender: string,
  publish: poco.PublishOrder.$Properties & { order?: string },
): { hash: string; matchGas: number } {
  const kind = (["app", "dataset", "workerpool", "request"] as const).find((k) => publish[k]);
  if (!kind) throw new TxError(TxErrorCode.BAD_FIELD, "publishOrder: no order");
  const order = publish[kind] as AnyOrder;
  checkOrderFields(kind, order);
  const requested = fieldCheck(() => u64ToNumber(publish.matchGas as never, "matchGas"));
  const hash = orderHash(env.chainId, kind, order);
  const owner = orderOwner(env, kind, order);
  const bySender = owner === sender;
  if (!bySender && !signedBy(env, order, hash, owner)) {
    throw new TxError(
      TxErrorCode.UNAUTHORIZED,
      `${kind} order must be published by or signed by its owner ${owner}`,
    );
  }
  const existing = readOrderRecord(env.state, hash);
  if (existing?.cancelled) throw new TxError(TxErrorCode.INVALID_STATE, `order ${hash} is cancelled`);
  if (existing && (existing.presigned || !bySender) && existing.order.length > 0) {
    throw new TxError(TxErrorCode.EXISTS, `order ${hash} is already published`);
  }
  writeOrderRecord(env.state, hash, {
    kind,
    order: encodeOrder(kind, order),
    consumed: existing?.consumed ?? 0n,
    cancelled: false,
    presigned: bySender || (existing?.presigned ?? false),
  });
  let matchGas = 0;
  if (remainingVolume(order, existing) > 0n) {
    indexOrder(env.state, kind, order, hash);
    if (
      kind === "request" &&
      addr((order as poco.RequestOrder.$Properties).workerpool, "workerpool") === ZERO_ADDRESS_HEX
    ) {
      matchGas = autoMatchGas(requested);
      enqueueRequest(env.state, { hash, gasLeft: matchGas });
    }
  }
  return { hash, matchGas };
}

/** Prepaid matching gas of a queued request: the default for 0, else within the allowed range. */
export function autoMatchGas(requested: number): number {
  if (requested === 0) return DEFAULT_AUTO_MATCH_GAS;
  if (requested < MIN_AUTO_MATCH_GAS || requested > MAX_AUTO_MATCH_GAS) {
    throw new TxError(
      TxErrorCode.BAD_FIELD,
      `matchGas: ${requested} outside ${MIN_AUTO_MATCH_GAS}..${MAX_AUTO_MATCH_GAS}`,
    );
  }
  return requested;
}

/** Cancels a known order (published or partly consumed): only its owner may. */
export function cancelOrder(env: MarketEnv, sender: string, hash: string): void {
  const record = readOrderRecord(env.state, hash);
  if (!record) throw new TxError(TxErrorCode.NOT_FOUND, `order ${hash} is not known`);
  if (record.cancelled) throw new TxError(TxErrorCode.INVALID_STATE, `order ${hash} is already cancelled`);
  const order = decodeOrder(record.kind, record.order);
  const owner = orderOwner(env, record.kind, order);
  if (owner !== sender) throw new TxError(TxErrorCode.UNAUTHORIZED, `only ${owner} may cancel order ${hash}`);
  writeOrderRecord(env.state, hash, { ...record, cancelled: true });
  unindexOrder(env.state, record.kind, order, hash);
}
