/**
 * The FIFO queue of request orders waiting for automatic matching (open workerpool), kept in state:
 * `mkt:aq` holds head and tail sequence numbers, `mkt:aq:<seq>` one request order hash each with the
 * matching gas it has left (prepaid when it was published).
 */
import { fromHex, toHex } from "../node/crypto/hash.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../proto/index.js";
import type { MarketReader, MarketState } from "./types.js";

const QUEUE_KEY = "mkt:aq";
const entryKey = (seq: number): string => `mkt:aq:${seq.toString(16).padStart(12, "0")}`;

interface Bounds {
  head: number;
  tail: number;
}

/** Decoded bounds by their (never mutated) stored bytes: a pure cache, dropped with the bytes. */
const decodedBounds = new WeakMap<Uint8Array, Readonly<Bounds>>();

function bounds(state: MarketReader): Bounds {
  const bytes = state.get(QUEUE_KEY);
  if (!bytes) return { head: 0, tail: 0 };
  const cached = decodedBounds.get(bytes);
  if (cached) return { head: cached.head, tail: cached.tail };
  const m = decodeCanonical(poco.AutoQueue, bytes);
  const b = { head: u64ToNumber(m.head, "head"), tail: u64ToNumber(m.tail, "tail") };
  decodedBounds.set(bytes, b);
  return { ...b };
}

function setBounds(state: MarketState, b: Bounds): void {
  const bytes = encode(poco.AutoQueue, b);
  decodedBounds.set(bytes, { head: b.head, tail: b.tail });
  state.set(QUEUE_KEY, bytes);
}

export function queueLength(state: MarketReader): number {
  const b = bounds(state);
  return b.tail - b.head;
}

export interface QueuedRequest {
  hash: string;
  /** Matching gas prepaid and not used yet. */
  gasLeft: number;
}

function entryBytes(entry: QueuedRequest): Uint8Array {
  return encode(poco.AutoQueueEntry, { requestHash: fromHex(entry.hash, 32), gasLeft: entry.gasLeft });
}

/** Appends a request at the back of the queue. */
export function enqueueRequest(state: MarketState, entry: QueuedRequest): void {
  const b = bounds(state);
  state.set(entryKey(b.tail), entryBytes(entry));
  setBounds(state, { head: b.head, tail: b.tail + 1 });
}

/** Puts a request back at the front (it was taken out but not served, through no fault of its own). */
export function requeueFront(state: MarketState, entry: QueuedRequest): void {
  const b = bounds(state);
  if (b.head === 0) throw new Error("auto-match queue: nothing was taken from the front");
  state.set(entryKey(b.head - 1), entryBytes(entry));
  setBounds(state, { head: b.head - 1, tail: b.tail });
}

/** Removes and returns the oldest queued request, or undefined when the queue is empty. */
export function dequeueRequest(state: MarketState): QueuedRequest | undefined {
  const b = bounds(state);
  if (b.head >= b.tail) return undefined;
  const key = entryKey(b.head);
  const bytes = state.get(key);
  state.delete(key);
  setBounds(state, { head: b.head + 1, tail: b.tail });
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.AutoQueueEntry, bytes);
  return { hash: toHex(m.requestHash), gasLeft: u64ToNumber(m.gasLeft, "gasLeft") };
}
