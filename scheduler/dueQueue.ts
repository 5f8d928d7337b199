/**
 * The market's due queue, kept in state: what the chain settles by itself once a deadline is reached
 * (a task's reveal deadline → finalize; a deal's final deadline → claim its unsettled tasks).
 *
 * Entries are bucketed by deadline (DUE_BUCKET_MS of block time per bucket) rather than by height:
 * a deadline is block time, and the height at which block time reaches it is unknown when it is set.
 * `mkt:dq` holds the cursor (the oldest bucket not fully settled), `mkt:dq:<bucket>` a bucket's
 * count and settled prefix, `mkt:dq:<bucket>:<seq>` one entry. Processing walks buckets in order and
 * each bucket's entries in insertion order, so it is deterministic; an entry of the current bucket
 * whose deadline is still ahead stays (buckets are short, so it is re-read at most a few times).
 * Every walk is bounded by `DueLimits` (the idea of a bounded end-of-block queue follows Cosmos SDK's
 * EndBlocker queues, e.g. x/gov's deadline-keyed proposal queues, here with explicit per-block caps).
 */
import { toHex } from "../node/crypto/hash.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";
import { bytesOfHex } from "./bytes.js";
import { encodeFields, UINT32_MAX, varintsFit } from "./protoFields.js";
import type { MarketReader, MarketState } from "./types.js";

/** Block time per bucket: short, so the current bucket's not-yet-due entries are re-read rarely. */
export const DUE_BUCKET_MS = 1_000;

export const DueKind = { FINALIZE: 1, CLAIM_DEAL: 2 } as const;
export type DueKind = (typeof DueKind)[keyof typeof DueKind];

export interface DueEntry {
  kind: DueKind;
  /** Task id (FINALIZE) or deal id (CLAIM_DEAL), lowercase 0x-hex. */
  id: string;
  deadlineMs: number;
}

const CURSOR_KEY = "mkt:dq";
const hex12 = (n: number): string => n.toString(16).padStart(12, "0");
const bucketKey = (bucket: number): string => `mkt:dq:${hex12(bucket)}`;
const entryKey = (bucket: number, seq: number): string => `mkt:dq:${hex12(bucket)}:${hex12(seq)}`;
const bucketOf = (timeMs: number): number => Math.floor(timeMs / DUE_BUCKET_MS);

/** Decoded cursors and buckets by their (never mutated) stored bytes: pure caches (every deal reads both). */
const decodedCursors = new WeakMap<Uint8Array, number>();
const decodedBuckets = new WeakMap<Uint8Array, Readonly<DueBucket>>();

function readCursor(state: MarketReader): number | undefined {
  const bytes = state.get(CURSOR_KEY);
  if (!bytes) return undefined;
  let cursor = decodedCursors.get(bytes);
  if (cursor === undefined) {
    cursor = u64ToNumber(decodeCanonical(poco.DueCursor, bytes).bucket, "bucket");
    decodedCursors.set(bytes, cursor);
  }
  return cursor;
}

export interface DueBucket {
  count: number;
  head: number;
}

/** A due entry's bytes (hand-written: one per deal and per consensus; test marketRecordsCodec). */
export function encodeDueEntry(e: DueEntry): Uint8Array {
  const id = bytesOfHex(e.id, 32);
  if (!varintsFit([e.kind], UINT32_MAX) || !varintsFit([e.deadlineMs]))
    return encode(poco.DueEntry, { kind: e.kind, id, deadlineMs: e.deadlineMs });
  return encodeFields([
    [1, e.kind],
    [2, id],
    [3, e.deadlineMs],
  ]);
}

/** A bucket's bytes (hand-written: rewritten by every entry appended to it). */
export function encodeDueBucket(b: DueBucket): Uint8Array {
  if (!varintsFit([b.count, b.head])) return encode(poco.DueBucket, b);
  return encodeFields([
    [1, b.count],
    [2, b.head],
  ]);
}

function readBucket(state: MarketReader, bucket: number): DueBucket {
  const bytes = state.get(bucketKey(bucket));
  if (!bytes) return { count: 0, head: 0 };
  const cached = decodedBuckets.get(bytes);
  if (cached) return { count: cached.count, head: cached.head };
  const m = decodeCanonical(poco.DueBucket, bytes);
  const b = { count: u64ToNumber(m.count, "count"), head: u64ToNumber(m.head, "head") };
  decodedBuckets.set(bytes, b);
  return { ...b };
}

function readEntry(state: MarketReader, bucket: number, seq: number): DueEntry | undefined {
  const bytes = state.get(entryKey(bucket, seq));
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.DueEntry, bytes);
  if (m.kind !== DueKind.FINALIZE && m.kind !== DueKind.CLAIM_DEAL)
    throw new Error(`corrupt due entry ${bucket}:${seq}: kind ${m.kind}`);
  return { kind: m.kind, id: toHex(m.id), deadlineMs: u64ToNumber(m.deadlineMs, "deadlineMs") };
}

/**
 * Appends an entry (3 writes at most: entry, bucket, and the cursor the first time). A deadline
 * already behind the cursor goes into the cursor's bucket, so it is settled at the next walk.
 */
export function scheduleDue(state: MarketState, nowMs: number, entry: DueEntry): void {
  let cursor = readCursor(state);
  if (cursor === undefined) {
    cursor = bucketOf(nowMs);
    state.set(CURSOR_KEY, encode(poco.DueCursor, { bucket: cursor }));
  }
  const bucket = Math.max(bucketOf(entry.deadlineMs), cursor);
  const b = readBucket(state, bucket);
  state.set(entryKey(bucket, b.count), encodeDueEntry(entry));
  const bytes = encodeDueBucket({ count: b.count + 1, head: b.head });
  decodedBuckets.set(bytes, { count: b.count + 1, head: b.head });
  state.set(bucketKey(bucket), bytes);
}

export interface DueLimits {
  /** Most task settlements per walk (a deal's claim counts its tasks). */
  maxTasks: number;
  /** Most queue reads per walk (buckets and entries, settled or not). */
  maxReads: number;
}

/** Per-block caps of the chain's due walk: bounded work per block, whatever is queued. */
export const DEFAULT_DUE_LIMITS: DueLimits = { maxTasks: 512, maxReads: 2048 };

/**
 * Walks the due queue up to `nowMs`: `settle(entry)` is called on each entry whose deadline is
 * reached, in queue order, and returns how many tasks it worked on (0 when there was nothing left to
 * do); it is called only while the task budget is not spent, except that the first due entry of a
 * walk always runs (progress, with bounded work: a deal has at most MAX_TASKS_PER_DEAL tasks).
 * `cost(entry)` gives the most tasks `settle` may work on, checked before calling it.
 * Returns the tasks worked on.
 */
export function walkDue(
  state: MarketState,
  nowMs: number,
  limits: DueLimits,
  cost: (entry: DueEntry) => number,
  settle: (entry: DueEntry) => number,
): number {
  let cursor = readCursor(state);
  if (cursor === undefined) return 0;
  const nowBucket = bucketOf(nowMs);
  let reads = 0;
  let tasks = 0;
  let settledAny = false;
  while (cursor <= nowBucket && reads < limits.maxReads) {
    const b = readBucket(state, cursor);
    reads++;
    let head = b.head;
    let pending = false;
    for (let seq = b.head; seq < b.count; seq++) {
      if (reads >= limits.maxReads) break;
      const entry = readEntry(state, cursor, seq);
      reads++;
      if (!entry) {
        if (!pending) head = seq + 1;
        continue;
      }
      if (entry.deadlineMs > nowMs) {
        pending = true;
        continue;
      }
      if (settledAny && tasks + cost(entry) > limits.maxTasks) break;
      tasks += settle(entry);
      settledAny = true;
      state.delete(entryKey(cursor, seq));
      if (!pending) head = seq + 1;
    }
    if (head >= b.count && cursor < nowBucket) {
      if (b.count > 0) state.delete(bucketKey(cursor));
      cursor += 1;
      continue;
    }
    // stopped by a limit, or the current bucket (its later entries are not due yet): resume here
    if (head !== b.head) state.set(bucketKey(cursor), encodeDueBucket({ count: b.count, head }));
    break;
  }
  const stored = readCursor(state);
  if (stored !== cursor) state.set(CURSOR_KEY, encode(poco.DueCursor, { bucket: cursor }));
  return tasks;
}

/** Entries still queued with a deadline bucket up to `untilMs` (tests; at most 100,000 buckets read). */
export function pendingDue(state: MarketReader, untilMs: number): DueEntry[] {
  const cursor = readCursor(state);
  if (cursor === undefined) return [];
  const out: DueEntry[] = [];
  const last = Math.min(bucketOf(untilMs), cursor + 100_000);
  for (let bucket = cursor; bucket <= last; bucket++) {
    const b = readBucket(state, bucket);
    for (let seq = b.head; seq < b.count; seq++) {
      const e = readEntry(state, bucket, seq);
      if (e) out.push(e);
    }
  }
  return out;
}
