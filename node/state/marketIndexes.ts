/**
 * Incremental indexes of the market, kept as ordinary state keys (so they are part of the state root,
 * written in the same block as the record they index, charged as state writes by the gas meter, and
 * read by the API as ordered key ranges of the store: a page costs O(limit), never a scan of the
 * state). This is the only module that knows their key layout: whatever moves a deal or task out of
 * the hot state removes its index entries with `dealIndexKeys` / `contributionIndexKey`.
 *
 * Layout: `<prefix>:<owner address>:<time, 12 hex digits>:<id>`. The fixed-width time makes the key
 * order chronological (block time of the deal's start), the id breaks ties deterministically. The
 * time used everywhere is the deal's `startTimeMs`, because it can be recomputed from the records
 * alone (a contribution does not store its own time), which is what removal needs.
 *
 * What is not an index here, and why:
 * - tasks of a deal: a deal's tasks are `taskId(deal, botFirst + i)` for i < botSize, so the deal
 *   record itself is the (ordered, bounded) index; writing one more key per task would only cost gas;
 * - tasks of a requester: the requester's deals (indexed) expanded the same way;
 * - workerpools, apps, datasets: their registry keys (`pool:`, `app:`, `dset:` + address) are
 *   already an ordered key range;
 * - tasks *assigned* to a worker: assignment is off-chain (the scheduler's signed authorization), so
 *   the chain only knows the tasks a worker contributed to.
 */
import type { Deal } from "../../scheduler/records.js";
import type { MarketState } from "../../scheduler/types.js";

const bare = (hex: string): string => (hex.startsWith("0x") ? hex.slice(2) : hex).toLowerCase();

/** 12 hex digits hold block times up to year ~10,889. */
const TIME_DIGITS = 12;
const time = (ms: number): string => ms.toString(16).padStart(TIME_DIGITS, "0");

/** The value of every index key: presence is the information (the key holds the id). */
export const INDEX_VALUE: Uint8Array = Uint8Array.of(1);

export const IndexPrefixes = {
  /** Deals by workerpool. */
  dealsOfWorkerpool: (workerpool: string) => `ixpd:${bare(workerpool)}:`,
  /** Deals by requester. */
  dealsOfRequester: (requester: string) => `ixrd:${bare(requester)}:`,
  /** Deals by the workerpool's owner (the scheduler) at the time of the deal. */
  dealsOfScheduler: (owner: string) => `ixsd:${bare(owner)}:`,
  /** Tasks a worker contributed to. */
  tasksOfWorker: (worker: string) => `ixwt:${bare(worker)}:`,
} as const;

/** One index entry's position: the deal's start time and the deal or task id (lowercase, 0x). */
export interface IndexEntry {
  timeMs: number;
  id: string;
}

const ENTRY = /^([0-9a-f]{12}):([0-9a-f]{64})$/;

/** The position encoded after an index prefix (also the `after` cursor format of the API). */
export function entrySuffix(e: IndexEntry): string {
  return `${time(e.timeMs)}:${bare(e.id)}`;
}

/** Parses what follows an index prefix; undefined when it is not a well-formed entry. */
export function parseEntrySuffix(suffix: string): IndexEntry | undefined {
  const m = ENTRY.exec(suffix);
  if (!m) return undefined;
  return { timeMs: Number.parseInt(m[1] as string, 16), id: `0x${m[2]}` };
}

/** The three index keys of a deal. */
export function dealIndexKeys(dealId: string, deal: Deal): string[] {
  const at = entrySuffix({ timeMs: deal.startTimeMs, id: dealId });
  return [
    IndexPrefixes.dealsOfWorkerpool(deal.workerpool) + at,
    IndexPrefixes.dealsOfRequester(deal.requester) + at,
    IndexPrefixes.dealsOfScheduler(deal.workerpoolOwner) + at,
  ];
}

/** The index key of a worker's contribution to a task of `deal`. */
export function contributionIndexKey(worker: string, taskId: string, deal: Deal): string {
  return IndexPrefixes.tasksOfWorker(worker) + entrySuffix({ timeMs: deal.startTimeMs, id: taskId });
}

/** Written with the deal record (matching). */
export function indexDeal(state: MarketState, dealId: string, deal: Deal): void {
  for (const key of dealIndexKeys(dealId, deal)) state.set(key, INDEX_VALUE);
}

/** Written with a contribution record. */
export function indexContribution(state: MarketState, worker: string, taskId: string, deal: Deal): void {
  state.set(contributionIndexKey(worker, taskId, deal), INDEX_VALUE);
}

/** Removes a deal's entries (when the deal leaves the hot state). */
export function unindexDeal(state: MarketState, dealId: string, deal: Deal): void {
  for (const key of dealIndexKeys(dealId, deal)) state.delete(key);
}

/** Removes the entries of a task's contributors (when the task leaves the hot state). */
export function unindexTask(
  state: MarketState,
  taskId: string,
  contributors: readonly string[],
  deal: Deal,
): void {
  for (const worker of contributors) state.delete(contributionIndexKey(worker, taskId, deal));
}

/** Whether a key belongs to one of the market indexes (state dumps, consistency checks). */
export function isIndexKey(key: string): boolean {
  return /^ix[prsw][dt]:/.test(key);
}
