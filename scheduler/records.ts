/**
 * The market's persistent records: state keys and the mapping between domain objects (bigint
 * amounts, lowercase 0x-hex ids and addresses) and their canonical protobuf bytes (proto/poco.proto).
 */

import type { OrderKind } from "../node/crypto/eip712.js";
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../proto/index.js";
import { bytesOfHex, hexOf } from "./bytes.js";
import { encodeFields, type Field, putVarint, UINT32_MAX, varintSize, varintsFit } from "./protoFields.js";
import type { MarketReader, MarketState } from "./types.js";

export const ZERO_ADDRESS_HEX = `0x${"00".repeat(20)}`;

const bare = (hex: string): string => (hex.startsWith("0x") ? hex.slice(2) : hex).toLowerCase();

/** State keys of the market (lowercase hex ids without 0x). */
export const MarketKeys = {
  order: (hash: string) => `ord:${bare(hash)}`,
  deal: (id: string) => `deal:${bare(id)}`,
  task: (id: string) => `task:${bare(id)}`,
  contribution: (taskId: string, worker: string) => `contrib:${bare(taskId)}:${bare(worker)}`,
  score: (worker: string) => `score:${bare(worker)}`,
  sla: (workerpool: string) => `sla:${bare(workerpool)}`,
  kitty: () => "mkt:kitty",
} as const;

/** 20-byte address → lowercase 0x hex; empty → the zero address. */
export function addressHex(bytes: Uint8Array | null | undefined): string {
  return bytes && bytes.length > 0 ? hexOf(bytes) : ZERO_ADDRESS_HEX;
}

/** Lowercase 0x hex → bytes; the zero address and "" → empty (proto default). */
export function addressBytes(hex: string): Uint8Array {
  return hex === "" || hex === ZERO_ADDRESS_HEX ? new Uint8Array(0) : bytesOfHex(hex, 20);
}

/** Optional hash bytes → hex ("" when empty). */
const hashHex = (bytes: Uint8Array | null | undefined): string =>
  bytes && bytes.length > 0 ? hexOf(bytes) : "";
const hashBytes = (hex: string): Uint8Array => (hex === "" ? new Uint8Array(0) : bytesOfHex(hex));

export const ORDER_KIND_CODES: Record<OrderKind, number> = { app: 1, dataset: 2, workerpool: 3, request: 4 };
const KIND_BY_CODE: Record<number, OrderKind> = { 1: "app", 2: "dataset", 3: "workerpool", 4: "request" };

// ───────────── orders ─────────────

export interface OrderRecord {
  kind: OrderKind;
  /** Canonical bytes of the order message. */
  order: Uint8Array;
  consumed: bigint;
  cancelled: boolean;
  presigned: boolean;
}

/** Decoded order records by their (never mutated) stored bytes: a pure cache, dropped with the bytes. */
const decodedOrderRecords = new WeakMap<Uint8Array, OrderRecord>();

export function readOrderRecord(state: MarketReader, hash: string): OrderRecord | undefined {
  const bytes = state.get(MarketKeys.order(hash));
  if (!bytes) return undefined;
  const cached = decodedOrderRecords.get(bytes);
  if (cached) return { ...cached };
  const m = decodeCanonical(poco.OrderRecord, bytes);
  const kind = KIND_BY_CODE[m.kind];
  if (!kind) throw new Error(`corrupt order record ${hash}: kind ${m.kind}`);
  const record = {
    kind,
    order: m.order,
    consumed: bytesToUint(m.consumed, "consumed"),
    cancelled: m.cancelled,
    presigned: m.presigned,
  };
  decodedOrderRecords.set(bytes, record);
  return { ...record };
}

/**
 * OrderRecord's protobuf encoding written by hand, byte for byte what `encode(poco.OrderRecord, …)`
 * gives (fields in order, defaults omitted; test: marketRecordsCodec): every deal rewrites up to four
 * order records and the generic writer was a visible share of a match.
 */
export function encodeOrderRecord(r: OrderRecord): Uint8Array {
  const kind = ORDER_KIND_CODES[r.kind];
  const consumed = uintToBytes(r.consumed);
  const orderLen = r.order.length;
  const size =
    2 +
    (orderLen ? 1 + varintSize(orderLen) + orderLen : 0) +
    (consumed.length ? 2 + consumed.length : 0) +
    (r.cancelled ? 2 : 0) +
    (r.presigned ? 2 : 0);
  const out = new Uint8Array(size);
  let at = 0;
  out[at++] = 0x08;
  out[at++] = kind;
  if (orderLen) {
    out[at++] = 0x12;
    at = putVarint(out, at, orderLen);
    out.set(r.order, at);
    at += orderLen;
  }
  if (consumed.length) {
    out[at++] = 0x1a;
    out[at++] = consumed.length;
    out.set(consumed, at);
    at += consumed.length;
  }
  if (r.cancelled) {
    out[at++] = 0x20;
    out[at++] = 1;
  }
  if (r.presigned) {
    out[at++] = 0x28;
    out[at++] = 1;
  }
  return out;
}

export function writeOrderRecord(state: MarketState, hash: string, r: OrderRecord): void {
  const bytes = encodeOrderRecord(r);
  // canonical by construction: remember what it decodes to, so the next read skips decode + re-encode
  decodedOrderRecords.set(bytes, { ...r });
  state.set(MarketKeys.order(hash), bytes);
}

// ───────────── deals ─────────────

export interface Deal {
  app: string;
  appOwner: string;
  appPrice: bigint;
  /** The zero address when the deal has no dataset. */
  dataset: string;
  datasetOwner: string;
  datasetPrice: bigint;
  workerpool: string;
  workerpoolOwner: string;
  workerpoolPrice: bigint;
  requester: string;
  beneficiary: string;
  callback: string;
  params: string;
  tag: bigint;
  category: number;
  trust: number;
  botFirst: number;
  botSize: number;
  startTimeMs: number;
  timeRefMs: number;
  schedulerRewardRatio: number;
  /** Per task. */
  schedulerStake: bigint;
  /** Per contribution. */
  workerStake: bigint;
  appOrderHash: string;
  datasetOrderHash: string;
  workerpoolOrderHash: string;
  requestOrderHash: string;
}

/** Price of one task: app + dataset + workerpool. */
export const taskPrice = (d: Deal): bigint => d.appPrice + d.datasetPrice + d.workerpoolPrice;

/**
 * Decoded deals and tasks by their (never mutated) stored bytes: pure caches, dropped with the bytes.
 * Deals are never changed after the match: a cached deal is frozen and handed out as it is.
 */
const decodedDeals = new WeakMap<Uint8Array, Readonly<Deal>>();
const decodedTasks = new WeakMap<Uint8Array, Task>();
const copyTask = (t: Task): Task => ({
  ...t,
  groups: t.groups.map((g) => ({ ...g })),
  contributors: [...t.contributors],
});

/** The deal record (frozen: a deal never changes after its match). */
export function readDeal(state: MarketReader, id: string): Readonly<Deal> | undefined {
  const bytes = state.get(MarketKeys.deal(id));
  if (!bytes) return undefined;
  const cached = decodedDeals.get(bytes);
  if (cached) return cached;
  const deal = Object.freeze(decodeDeal(bytes));
  decodedDeals.set(bytes, deal);
  return deal;
}

function decodeDeal(bytes: Uint8Array): Deal {
  const m = decodeCanonical(poco.Deal, bytes);
  return {
    app: addressHex(m.app),
    appOwner: addressHex(m.appOwner),
    appPrice: bytesToUint(m.appPrice, "appPrice"),
    dataset: addressHex(m.dataset),
    datasetOwner: addressHex(m.datasetOwner),
    datasetPrice: bytesToUint(m.datasetPrice, "datasetPrice"),
    workerpool: addressHex(m.workerpool),
    workerpoolOwner: addressHex(m.workerpoolOwner),
    workerpoolPrice: bytesToUint(m.workerpoolPrice, "workerpoolPrice"),
    requester: addressHex(m.requester),
    beneficiary: addressHex(m.beneficiary),
    callback: addressHex(m.callback),
    params: m.params,
    tag: bytesToUint(m.tag, "tag"),
    category: u64ToNumber(m.category, "category"),
    trust: u64ToNumber(m.trust, "trust"),
    botFirst: u64ToNumber(m.botFirst, "botFirst"),
    botSize: u64ToNumber(m.botSize, "botSize"),
    startTimeMs: u64ToNumber(m.startTimeMs, "startTimeMs"),
    timeRefMs: u64ToNumber(m.timeRefMs, "timeRefMs"),
    schedulerRewardRatio: m.schedulerRewardRatio,
    schedulerStake: bytesToUint(m.schedulerStake, "schedulerStake"),
    workerStake: bytesToUint(m.workerStake, "workerStake"),
    appOrderHash: hashHex(m.appOrderHash),
    datasetOrderHash: hashHex(m.datasetOrderHash),
    workerpoolOrderHash: hashHex(m.workerpoolOrderHash),
    requestOrderHash: hashHex(m.requestOrderHash),
  };
}

/** The generic encoding of a deal (the reference `encodeDeal` must equal; test marketRecordsCodec). */
export function encodeDealGeneric(d: Deal): Uint8Array {
  return encode(poco.Deal, {
    app: addressBytes(d.app),
    appOwner: addressBytes(d.appOwner),
    appPrice: uintToBytes(d.appPrice),
    dataset: addressBytes(d.dataset),
    datasetOwner: addressBytes(d.datasetOwner),
    datasetPrice: uintToBytes(d.datasetPrice),
    workerpool: addressBytes(d.workerpool),
    workerpoolOwner: addressBytes(d.workerpoolOwner),
    workerpoolPrice: uintToBytes(d.workerpoolPrice),
    requester: addressBytes(d.requester),
    beneficiary: addressBytes(d.beneficiary),
    callback: addressBytes(d.callback),
    params: d.params,
    tag: uintToBytes(d.tag),
    category: d.category,
    trust: d.trust,
    botFirst: d.botFirst,
    botSize: d.botSize,
    startTimeMs: d.startTimeMs,
    timeRefMs: d.timeRefMs,
    schedulerRewardRatio: d.schedulerRewardRatio,
    schedulerStake: uintToBytes(d.schedulerStake),
    workerStake: uintToBytes(d.workerStake),
    appOrderHash: hashBytes(d.appOrderHash),
    datasetOrderHash: hashBytes(d.datasetOrderHash),
    workerpoolOrderHash: hashBytes(d.workerpoolOrderHash),
    requestOrderHash: hashBytes(d.requestOrderHash),
  });
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Deal's protobuf encoding written by hand, byte for byte what `encodeDealGeneric` gives (fields in
 * number order, empty bytes / "" / 0 omitted): every match writes one deal and the generic writer was
 * a visible share of it. Params that are not plain ASCII (rare) take the generic path, so the UTF-8
 * bytes are protobufjs' own; so do numbers the varint path does not take.
 */
export function encodeDeal(d: Deal): Uint8Array {
  if (!dealFitsFastPath(d)) return encodeDealGeneric(d);
  return encodeFields([
    [1, addressBytes(d.app)],
    [2, addressBytes(d.appOwner)],
    [3, uintToBytes(d.appPrice)],
    [4, addressBytes(d.dataset)],
    [5, addressBytes(d.datasetOwner)],
    [6, uintToBytes(d.datasetPrice)],
    [7, addressBytes(d.workerpool)],
    [8, addressBytes(d.workerpoolOwner)],
    [9, uintToBytes(d.workerpoolPrice)],
    [10, addressBytes(d.requester)],
    [11, addressBytes(d.beneficiary)],
    [12, addressBytes(d.callback)],
    [13, latin1Bytes(d.params)],
    [14, uintToBytes(d.tag)],
    [15, d.category],
    [16, d.trust],
    [17, d.botFirst],
    [18, d.botSize],
    [19, d.startTimeMs],
    [20, d.timeRefMs],
    [21, d.schedulerRewardRatio],
    [22, uintToBytes(d.schedulerStake)],
    [23, uintToBytes(d.workerStake)],
    [24, hashBytes(d.appOrderHash)],
    [25, hashBytes(d.datasetOrderHash)],
    [26, hashBytes(d.workerpoolOrderHash)],
    [27, hashBytes(d.requestOrderHash)],
  ]);
}

function dealFitsFastPath(d: Deal): boolean {
  return (
    isAscii(d.params) &&
    varintsFit([d.category, d.trust, d.botFirst, d.botSize, d.startTimeMs, d.timeRefMs]) &&
    varintsFit([d.schedulerRewardRatio], UINT32_MAX)
  );
}

/** The bytes of an ASCII string (one byte per character). */
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function writeDeal(state: MarketState, id: string, d: Deal): void {
  const bytes = encodeDeal(d);
  // canonical by construction: remember what decoding gives, so the first contribution's read of the
  // deal (in a later block) skips the decode; ids and addresses as decoding spells them
  if (dealFitsFastPath(d)) decodedDeals.set(bytes, Object.freeze(asDecodedDeal(d)));
  state.set(MarketKeys.deal(id), bytes);
}

// Decoding gives addressHex / hashHex of the bytes encoding stored: the same two steps, without
// protobuf; a lowercase hex of the right length (what matching writes) already is that result.
const LOWER_ADDRESS = /^0x[0-9a-f]{40}$/;
const LOWER_HASH = /^0x[0-9a-f]{64}$/;
const asDecodedAddress = (hex: string): string =>
  hex !== ZERO_ADDRESS_HEX && LOWER_ADDRESS.test(hex) ? hex : addressHex(addressBytes(hex));
const asDecodedHash = (hex: string): string => (LOWER_HASH.test(hex) ? hex : hashHex(hashBytes(hex)));

/** `d` as `decodeDeal(encodeDeal(d))` gives it (test: marketRecordsCodec). */
function asDecodedDeal(d: Deal): Deal {
  return {
    ...d,
    app: asDecodedAddress(d.app),
    appOwner: asDecodedAddress(d.appOwner),
    dataset: asDecodedAddress(d.dataset),
    datasetOwner: asDecodedAddress(d.datasetOwner),
    workerpool: asDecodedAddress(d.workerpool),
    workerpoolOwner: asDecodedAddress(d.workerpoolOwner),
    requester: asDecodedAddress(d.requester),
    beneficiary: asDecodedAddress(d.beneficiary),
    callback: asDecodedAddress(d.callback),
    appOrderHash: asDecodedHash(d.appOrderHash),
    datasetOrderHash: asDecodedHash(d.datasetOrderHash),
    workerpoolOrderHash: asDecodedHash(d.workerpoolOrderHash),
    requestOrderHash: asDecodedHash(d.requestOrderHash),
  };
}

// ───────────── tasks ─────────────

export interface ResultGroup {
  resultHash: string;
  weight: bigint;
}

export interface Task {
  dealId: string;
  index: number;
  status: number;
  contributionDeadlineMs: number;
  finalDeadlineMs: number;
  revealDeadlineMs: number;
  consensusTimeMs: number;
  /** "" until consensus. */
  consensusValue: string;
  totalWeight: bigint;
  groups: ResultGroup[];
  /** Workers in contribution order. */
  contributors: string[];
  winnerCount: number;
  revealCount: number;
  resultDigest: string;
  results: Uint8Array;
  completedTimeMs: number;
}

export function readTask(state: MarketReader, id: string): Task | undefined {
  const bytes = state.get(MarketKeys.task(id));
  if (!bytes) return undefined;
  const cached = decodedTasks.get(bytes);
  if (cached) return copyTask(cached);
  const task = decodeTask(bytes);
  decodedTasks.set(bytes, task);
  return copyTask(task);
}

/** A task's status alone (no copy of the record): the end-of-block scan of written tasks reads it. */
export function readTaskStatus(state: MarketReader, id: string): number | undefined {
  const bytes = state.get(MarketKeys.task(id));
  if (!bytes) return undefined;
  let task = decodedTasks.get(bytes);
  if (!task) {
    task = decodeTask(bytes);
    decodedTasks.set(bytes, task);
  }
  return task.status;
}

function decodeTask(bytes: Uint8Array): Task {
  const m = decodeCanonical(poco.Task, bytes);
  return {
    dealId: hashHex(m.dealId),
    index: u64ToNumber(m.index, "index"),
    status: m.status,
    contributionDeadlineMs: u64ToNumber(m.contributionDeadlineMs, "contributionDeadlineMs"),
    finalDeadlineMs: u64ToNumber(m.finalDeadlineMs, "finalDeadlineMs"),
    revealDeadlineMs: u64ToNumber(m.revealDeadlineMs, "revealDeadlineMs"),
    consensusTimeMs: u64ToNumber(m.consensusTimeMs, "consensusTimeMs"),
    consensusValue: hashHex(m.consensusValue),
    totalWeight: bytesToUint(m.totalWeight, "totalWeight"),
    groups: m.groups.map((g) => ({
      resultHash: hashHex(g.resultHash),
      weight: bytesToUint(g.weight, "weight"),
    })),
    contributors: m.contributors.map((c) => addressHex(c)),
    winnerCount: m.winnerCount,
    revealCount: m.revealCount,
    resultDigest: hashHex(m.resultDigest),
    results: m.results,
    completedTimeMs: u64ToNumber(m.completedTimeMs, "completedTimeMs"),
  };
}

/** The generic encoding of a task (the reference `encodeTask` must equal; test marketRecordsCodec). */
export function encodeTaskGeneric(t: Task): Uint8Array {
  return encode(poco.Task, {
    dealId: hashBytes(t.dealId),
    index: t.index,
    status: t.status,
    contributionDeadlineMs: t.contributionDeadlineMs,
    finalDeadlineMs: t.finalDeadlineMs,
    revealDeadlineMs: t.revealDeadlineMs,
    consensusTimeMs: t.consensusTimeMs,
    consensusValue: hashBytes(t.consensusValue),
    totalWeight: uintToBytes(t.totalWeight),
    groups: t.groups.map((g) => ({ resultHash: hashBytes(g.resultHash), weight: uintToBytes(g.weight) })),
    contributors: t.contributors.map((c) => bytesOfHex(c, 20)),
    winnerCount: t.winnerCount,
    revealCount: t.revealCount,
    resultDigest: hashBytes(t.resultDigest),
    results: t.results,
    completedTimeMs: t.completedTimeMs,
  });
}

/**
 * Task's protobuf encoding written by hand, byte for byte what `encodeTaskGeneric` gives: a task is
 * written by its match, every contribution and reveal, and the generic writer was a visible share of
 * them. Numbers outside the varint fast path take the generic encoder.
 */
export function encodeTask(t: Task): Uint8Array {
  if (
    !varintsFit([
      t.index,
      t.contributionDeadlineMs,
      t.finalDeadlineMs,
      t.revealDeadlineMs,
      t.consensusTimeMs,
      t.completedTimeMs,
    ]) ||
    !varintsFit([t.status, t.winnerCount, t.revealCount], UINT32_MAX)
  )
    return encodeTaskGeneric(t);
  const fields: Field[] = [
    [1, hashBytes(t.dealId)],
    [2, t.index],
    [3, t.status],
    [4, t.contributionDeadlineMs],
    [5, t.finalDeadlineMs],
    [6, t.revealDeadlineMs],
    [7, t.consensusTimeMs],
    [8, hashBytes(t.consensusValue)],
    [9, uintToBytes(t.totalWeight)],
  ];
  for (const g of t.groups)
    fields.push([
      10,
      encodeFields([
        [1, hashBytes(g.resultHash)],
        [2, uintToBytes(g.weight)],
      ]),
      true,
    ]);
  for (const c of t.contributors) fields.push([11, bytesOfHex(c, 20), true]);
  fields.push(
    [12, t.winnerCount],
    [13, t.revealCount],
    [14, hashBytes(t.resultDigest)],
    [15, t.results],
    [16, t.completedTimeMs],
  );
  return encodeFields(fields);
}

export function writeTask(state: MarketState, id: string, t: Task): void {
  const bytes = encodeTask(t);
  // what decoding these bytes gives (hex normalized to lowercase), so the next read skips the decode
  decodedTasks.set(bytes, {
    ...t,
    dealId: t.dealId.toLowerCase(),
    consensusValue: t.consensusValue.toLowerCase(),
    resultDigest: t.resultDigest.toLowerCase(),
    groups: t.groups.map((g) => ({ resultHash: g.resultHash.toLowerCase(), weight: g.weight })),
    contributors: t.contributors.map((c) => c.toLowerCase()),
  });
  state.set(MarketKeys.task(id), bytes);
}

// ───────────── contributions ─────────────

export interface Contribution {
  status: number;
  resultHash: string;
  resultSeal: string;
  /** The enclave challenge address, or the zero address. */
  enclaveChallenge: string;
  weight: bigint;
  stake: bigint;
}

export function readContribution(
  state: MarketReader,
  taskId: string,
  worker: string,
): Contribution | undefined {
  const bytes = state.get(MarketKeys.contribution(taskId, worker));
  if (!bytes) return undefined;
  const cached = decodedContributions.get(bytes);
  if (cached) return { ...cached };
  const m = decodeCanonical(poco.Contribution, bytes);
  const c: Contribution = {
    status: m.status,
    resultHash: hashHex(m.resultHash),
    resultSeal: hashHex(m.resultSeal),
    enclaveChallenge: addressHex(m.enclaveChallenge),
    weight: bytesToUint(m.weight, "weight"),
    stake: bytesToUint(m.stake, "stake"),
  };
  decodedContributions.set(bytes, c);
  return { ...c };
}

/**
 * Contributions decoded once per bytes object, as deals and tasks: a task's contributions are read
 * again by the contribution reaching consensus, each reveal and the reward split. Entries are never
 * handed out (readers get copies), and the memo is filled at write with what decoding gives.
 */
const decodedContributions = new WeakMap<Uint8Array, Contribution>();

/** The generic encoding of a contribution (the reference `encodeContribution` must equal). */
export function encodeContributionGeneric(c: Contribution): Uint8Array {
  return encode(poco.Contribution, {
    status: c.status,
    resultHash: hashBytes(c.resultHash),
    resultSeal: hashBytes(c.resultSeal),
    enclaveChallenge: addressBytes(c.enclaveChallenge),
    weight: uintToBytes(c.weight),
    stake: uintToBytes(c.stake),
  });
}

/** Contribution's protobuf encoding by hand, byte for byte `encodeContributionGeneric`'s. */
export function encodeContribution(c: Contribution): Uint8Array {
  if (!varintsFit([c.status], UINT32_MAX)) return encodeContributionGeneric(c);
  return encodeFields([
    [1, c.status],
    [2, hashBytes(c.resultHash)],
    [3, hashBytes(c.resultSeal)],
    [4, addressBytes(c.enclaveChallenge)],
    [5, uintToBytes(c.weight)],
    [6, uintToBytes(c.stake)],
  ]);
}

export function writeContribution(state: MarketState, taskId: string, worker: string, c: Contribution): void {
  const bytes = encodeContribution(c);
  // what decoding these bytes gives (hex lowercase; the zero address for an absent enclave)
  decodedContributions.set(bytes, {
    ...c,
    resultHash: c.resultHash.toLowerCase(),
    resultSeal: c.resultSeal.toLowerCase(),
    enclaveChallenge: addressHex(addressBytes(c.enclaveChallenge.toLowerCase())),
  });
  state.set(MarketKeys.contribution(taskId, worker), bytes);
}

// ───────────── scores, SLA records, kitty ─────────────

/**
 * Scores and the kitty decoded once per bytes object, as the other records: every contribution reads
 * its worker's score, every finalization the kitty, and a replicated task's provers their scores.
 */
const decodedAmounts = new WeakMap<Uint8Array, bigint>();

export function readScore(state: MarketReader, worker: string): bigint {
  const bytes = state.get(MarketKeys.score(worker));
  if (!bytes) return 0n;
  let score = decodedAmounts.get(bytes);
  if (score === undefined) {
    score = BigInt(u64ToNumber(decodeCanonical(poco.WorkerScore, bytes).score, "score"));
    decodedAmounts.set(bytes, score);
  }
  return score;
}

/** A zero score is deleted (no trace in the state root). */
export function writeScore(state: MarketState, worker: string, score: bigint): void {
  if (score === 0n) state.delete(MarketKeys.score(worker));
  else {
    const bytes = encode(poco.WorkerScore, { score: Number(score) });
    // what decoding gives: scores stay far below 2^53 (one point per task)
    if (score > 0n && score <= BigInt(Number.MAX_SAFE_INTEGER)) decodedAmounts.set(bytes, score);
    state.set(MarketKeys.score(worker), bytes);
  }
}

export interface WorkerpoolSla {
  completedOnTime: number;
  completedLate: number;
  failed: number;
  totalLatencyMs: number;
}

/** Decoded SLA records by their (never mutated) stored bytes: a pure cache (ranking reads them often). */
const decodedSlas = new WeakMap<Uint8Array, WorkerpoolSla>();

export function readSla(state: MarketReader, workerpool: string): WorkerpoolSla {
  const bytes = state.get(MarketKeys.sla(workerpool));
  if (!bytes) return { completedOnTime: 0, completedLate: 0, failed: 0, totalLatencyMs: 0 };
  const cached = decodedSlas.get(bytes);
  if (cached) return { ...cached };
  const m = decodeCanonical(poco.WorkerpoolSla, bytes);
  const sla = {
    completedOnTime: u64ToNumber(m.completedOnTime, "completedOnTime"),
    completedLate: u64ToNumber(m.completedLate, "completedLate"),
    failed: u64ToNumber(m.failed, "failed"),
    totalLatencyMs: u64ToNumber(m.totalLatencyMs, "totalLatencyMs"),
  };
  decodedSlas.set(bytes, sla);
  return { ...sla };
}

/** An SLA record's bytes (hand-written: every settled task rewrites its pool's; test marketRecordsCodec). */
export function encodeSla(s: WorkerpoolSla): Uint8Array {
  const { completedOnTime, completedLate, failed, totalLatencyMs } = s;
  if (!varintsFit([completedOnTime, completedLate, failed, totalLatencyMs]))
    return encode(poco.WorkerpoolSla, s);
  return encodeFields([
    [1, completedOnTime],
    [2, completedLate],
    [3, failed],
    [4, totalLatencyMs],
  ]);
}

export function writeSla(state: MarketState, workerpool: string, s: WorkerpoolSla): void {
  const bytes = encodeSla(s);
  decodedSlas.set(bytes, { ...s });
  state.set(MarketKeys.sla(workerpool), bytes);
}

export function readKitty(state: MarketReader): bigint {
  const bytes = state.get(MarketKeys.kitty());
  if (!bytes) return 0n;
  let amount = decodedAmounts.get(bytes);
  if (amount === undefined) {
    amount = bytesToUint(decodeCanonical(poco.Kitty, bytes).amount, "kitty");
    decodedAmounts.set(bytes, amount);
  }
  return amount;
}

export function writeKitty(state: MarketState, amount: bigint): void {
  if (amount === 0n) state.delete(MarketKeys.kitty());
  else {
    const bytes = encode(poco.Kitty, { amount: uintToBytes(amount) });
    decodedAmounts.set(bytes, amount);
    state.set(MarketKeys.kitty(), bytes);
  }
}
