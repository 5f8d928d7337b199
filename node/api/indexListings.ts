/**
 * Paged listings over the market indexes (node/state/marketIndexes.ts) and ordered registry key
 * ranges. Every page is one ordered range read of at most `limit + 1` keys plus at most `limit`
 * record reads: the cost of a page never depends on the size of the state.
 *
 * Cursors (`after`) are opaque to clients: the `next` value of the previous page.
 */
import { readDeal, readTask, TaskStatus, taskId } from "../../scheduler/index.js";
import { IndexPrefixes, parseEntrySuffix } from "../state/marketIndexes.js";
import type { StateReader } from "../state/stateOverlay.js";
import { badRequest } from "./apiError.js";

/** What a listing needs from the committed state: point reads and ordered key ranges. */
export interface ListableState extends StateReader {
  listKeys(prefix: string, limit: number, after?: string): Promise<string[]>;
}

export interface Page<T> {
  items: T[];
  /** Cursor of the next page; absent on the last page. */
  next?: string;
}

/** Cursor of an index listing: `<12 hex time>:<64 hex id>`. */
export const INDEX_CURSOR = "^[0-9a-f]{12}:[0-9a-f]{64}$";
/** Cursor of a requester's tasks: an index cursor of the deal, then the task's index in the deal. */
export const TASK_CURSOR = "^[0-9a-f]{12}:[0-9a-f]{64}:(0|[1-9][0-9]{0,15})$";

/**
 * Keys of `prefix` after the cursor `after` (the part after the prefix), one page. `map` turns the
 * part after the prefix into an item.
 */
export async function pageOfKeys<T>(
  state: ListableState,
  prefix: string,
  limit: number,
  after: string | undefined,
  map: (suffix: string) => T,
): Promise<Page<T>> {
  const keys = await state.listKeys(prefix, limit + 1, after === undefined ? undefined : prefix + after);
  const page = keys.slice(0, limit).map((k) => k.slice(prefix.length));
  const last = page[page.length - 1];
  return { items: page.map(map), ...(keys.length > limit && last !== undefined ? { next: last } : {}) };
}

/** Deal ids of an index (oldest first). */
export function dealsOf(
  state: ListableState,
  prefix: string,
  limit: number,
  after: string | undefined,
): Promise<Page<string>> {
  return pageOfKeys(state, prefix, limit, after, (suffix) => {
    const entry = parseEntrySuffix(suffix);
    if (!entry) throw new Error(`corrupt index key ${prefix}${suffix}`);
    return entry.id;
  });
}

const STATUS: Record<number, string> = {
  [TaskStatus.ACTIVE]: "active",
  [TaskStatus.REVEALING]: "revealing",
  [TaskStatus.COMPLETED]: "completed",
  [TaskStatus.FAILED]: "failed",
};

export interface TaskSummary {
  id: string;
  dealId: string;
  index: number;
  /** "unknown" when the task record is not (or no longer) in the hot state. */
  status: string;
}

function summary(state: StateReader, id: string, dealId: string, index: number): TaskSummary {
  const t = readTask(state, id);
  return { id, dealId, index, status: t ? (STATUS[t.status] ?? "unknown") : "unknown" };
}

/** Tasks of one deal in index order, after the task index `after`. Undefined: no such deal. */
export function tasksOfDeal(
  state: StateReader,
  dealId: string,
  limit: number,
  after: number | undefined,
): Page<TaskSummary> | undefined {
  const deal = readDeal(state, dealId);
  if (!deal) return undefined;
  const end = deal.botFirst + deal.botSize;
  const from = after === undefined ? deal.botFirst : Math.max(deal.botFirst, after + 1);
  const items: TaskSummary[] = [];
  for (let i = from; i < end && items.length < limit; i++)
    items.push(summary(state, taskId(dealId, i), dealId, i));
  const last = items[items.length - 1];
  return { items, ...(last && last.index + 1 < end ? { next: String(last.index) } : {}) };
}

/** Tasks a worker contributed to (by its deal's start time, then task id). */
export async function tasksOfWorker(
  state: ListableState,
  worker: string,
  limit: number,
  after: string | undefined,
): Promise<Page<TaskSummary>> {
  const prefix = IndexPrefixes.tasksOfWorker(worker);
  const page = await pageOfKeys(state, prefix, limit, after, (suffix) => suffix);
  return {
    items: page.items.map((suffix) => {
      const entry = parseEntrySuffix(suffix);
      if (!entry) throw new Error(`corrupt index key ${prefix}${suffix}`);
      const t = readTask(state, entry.id);
      if (!t) return { id: entry.id, dealId: "", index: 0, status: "unknown" };
      return { id: entry.id, dealId: t.dealId, index: t.index, status: STATUS[t.status] ?? "unknown" };
    }),
    ...(page.next !== undefined ? { next: page.next } : {}),
  };
}

/**
 * Tasks of a requester: its deals (index) expanded into their tasks, oldest deal first. The cursor
 * names the last task listed (its deal's index entry and its index in the deal), so a page reads at
 * most `limit` deals (each has at least one task) and `limit` tasks.
 */
export async function tasksOfRequester(
  state: ListableState,
  requester: string,
  limit: number,
  after: string | undefined,
): Promise<Page<TaskSummary>> {
  const prefix = IndexPrefixes.dealsOfRequester(requester);
  const items: TaskSummary[] = [];
  const cursorAt = (dealSuffix: string): string =>
    `${dealSuffix}:${(items[items.length - 1] as TaskSummary).index}`;
  let dealCursor: string | undefined;
  if (after !== undefined) {
    const cut = after.lastIndexOf(":");
    const dealSuffix = after.slice(0, cut);
    const entry = parseEntrySuffix(dealSuffix);
    if (!entry || state.get(prefix + dealSuffix) === undefined)
      throw badRequest(`after: ${after} is not a task of ${requester}'s deals`);
    const page = tasksOfDeal(state, entry.id, limit, Number(after.slice(cut + 1)));
    if (page) {
      items.push(...page.items);
      if (page.next !== undefined) return { items, next: cursorAt(dealSuffix) };
    }
    dealCursor = dealSuffix;
  }
  while (items.length < limit) {
    const keys = await state.listKeys(prefix, limit - items.length, dealCursor && prefix + dealCursor);
    if (keys.length === 0) return { items };
    for (const key of keys) {
      const suffix = key.slice(prefix.length);
      const entry = parseEntrySuffix(suffix);
      if (!entry) throw new Error(`corrupt index key ${key}`);
      dealCursor = suffix;
      const page = tasksOfDeal(state, entry.id, limit - items.length, undefined);
      if (!page) continue;
      items.push(...page.items);
      if (page.next !== undefined) return { items, next: cursorAt(suffix) };
      if (items.length >= limit) break;
    }
  }
  // the page is full and ends with the last task of deal `dealCursor`: is there a deal after it?
  const more = (await state.listKeys(prefix, 1, prefix + dealCursor)).length > 0;
  return { items, ...(more && dealCursor !== undefined ? { next: cursorAt(dealCursor) } : {}) };
}

/** Parses a task-index cursor of a deal listing. */
export function parseIndexCursor(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const n = Number(after);
  if (!Number.isSafeInteger(n) || n < 0) throw badRequest(`after: ${after} is not a task index`);
  return n;
}
