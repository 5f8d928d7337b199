/**
 * The FIFO queue of request orders waiting for automatic matching (open workerpool), kept in state:
 * `mkt:aq` holds head and tail sequence numbers, `mkt:aq:<seq>` one request order hash each.
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

function bounds(state: MarketReader): Bounds {
  const bytes = state.get(QUEUE_KEY);
  if (!bytes) return { head: 0, tail: 0 };
  const m = decodeCanonical(poco.AutoQueue, bytes);
  return { head: u64ToNumber(m.head, "head"), tail: u64ToNumber(m.tail, "tail") };
}

function setBounds(state: MarketState, b: Bounds): void {
  state.set(QUEUE_KEY, encode(poco.AutoQueue, b));
}

export function queueLength(state: MarketReader): number {
  const b = bounds(state);
  return b.tail - b.head;
}

export function enqueueRequest(state: MarketState, requestHash: string): void {
  const b = bounds(state);
  state.set(entryKey(b.tail), encode(poco.AutoQueueEntry, { requestHash: fromHex(requestHash, 32) }));
  setBounds(state, { head: b.head, tail: b.tail + 1 });
}

/** Removes and returns the oldest queued request hash, or undefined when the queue is empty. */
export function dequeueRequest(state: MarketState): string | undefined {
  const b = bounds(state);
  if (b.head >= b.tail) return undefined;
  const key = entryKey(b.head);
  const bytes = state.get(key);
  state.delete(key);
  setBounds(state, { head: b.head + 1, tail: b.tail });
  return bytes ? toHex(decodeCanonical(poco.AutoQueueEntry, bytes).requestHash) : undefined;
}
