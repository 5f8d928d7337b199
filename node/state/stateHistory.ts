/**
 * State history for the last K heights: proofs and reads at a recent height without replaying blocks.
 *
 * The tree is stored by path (levelTreeStore.ts, geth's path-based scheme, PBSS): the store holds only
 * the LATEST node at each position. As in PBSS's "state history" (the reverse diffs geth writes per
 * block so that the disk layer can be rolled back), each block's atomic level batch also carries a
 * reverse diff `d:<height>`: the previous bytes (or absence) of every level record the block overwrote,
 * tree pages `t:…` (4 levels of nodes each), state values `s:…` and the entry count `m:stateCount`. The state at a past height h
 * is then the latest store seen through the reverse diffs of blocks h+1..head, the oldest diff that
 * touched a key winning (for each key, the value it had just before the first later block changed it).
 * That overlay is the read view (`HistoricalState`): the tree is opened at block h's state root from the
 * header, so every node read through the overlay is checked against its parent's hash, and a wrong
 * overlay can only give a typed error, never a wrong proof.
 *
 * Pruning (`StateHistoryPruner`) deletes the diffs no kept height needs: with K kept, heights
 * head-K..head are served and diffs of heights ≤ head-K are garbage. It runs in the background in small
 * batches (`m:historyFrom` moved first, synced, then the diffs of the heights it passed deleted, so
 * a crash mid-prune leaves only unreachable files, removed at the next open), yielding to the event
 * loop between batches, and never takes part in a block commit: the current tree is never touched by pruning, only history is. `--archive`
 * keeps every diff.
 *
 * The diffs themselves are files beside the store, one per block (reverseDiffFiles.ts: geth's
 * freezer idea), written before the block's batch; `m:historyFrom` stays a level record.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import {
  applyPageDelta,
  levelTreeStore,
  PageDelta,
  TREE_PAGE_PREFIX,
  TREE_RECORD_BYTES,
  writeTreeNode,
} from "./levelTreeStore.js";
import type { ReverseDiffStore } from "./reverseDiffFiles.js";
import { type MerkleProof, SparseMerkleTree, type StoredNode } from "./sparseMerkleTree.js";
import type { StateReader, StateWrite } from "./stateOverlay.js";

/** Default `--state-history`: geth keeps 128 diff layers; here ≥ 6 bridge checkpoint intervals (20). */
export const DEFAULT_STATE_HISTORY = 128;
/** Lowest height whose state can be served from history (all diffs above it are stored). */
export const HISTORY_FROM_KEY = "m:historyFrom";

/**
 * Entries a read view may hold (the records changed between its height and the head, ≈ 250 bytes of
 * heap each): the view's memory grows with the writes since its height, so a busy chain serves fewer
 * heights back than K (STATE_HISTORY_TOO_LARGE beyond). A per-key history index (geth 1.16's
 * "state history index") would lift this; not done here.
 */
const MAX_VIEW_ENTRIES = 500_000;
/**
 * Bytes a read view's overlay may hold (keys, values and ≈ 100 bytes of overhead each): tree pages
 * are up to 977 bytes, so the entry bound alone would let a view hold ≈ 0.5 GB.
 */
const MAX_VIEW_BYTES = 128 * 2 ** 20;
const VIEW_ENTRY_OVERHEAD_BYTES = 100;
/** Tree nodes a view keeps in memory before its tree is reopened cold. */
const MAX_VIEW_TREE_NODES = 200_000;
/** Views kept, and view builds waiting at once (each loads up to K diffs). */
const MAX_VIEWS = 2;
const MAX_WAITING_BUILDS = 8;
/** Heights pruned per batch (one synced level write, then one unlink per height). */
const PRUNE_HEIGHTS_PER_BATCH = 32;

export const StateHistoryErrorCode = {
  /** The height is older than the retained history (pruned, or before history was kept). */
  PRUNED: "STATE_HISTORY_PRUNED",
  /** The height is above the node's written head. */
  AHEAD: "STATE_HISTORY_AHEAD",
  /** A reverse diff is missing or does not decode (damaged store). */
  CORRUPT: "STATE_HISTORY_CORRUPT",
  /** Too many views are being built at once. */
  BUSY: "STATE_HISTORY_BUSY",
  /** The view would hold more changed records than a view may (see MAX_VIEW_ENTRIES, MAX_VIEW_BYTES). */
  TOO_LARGE: "STATE_HISTORY_TOO_LARGE",
} as const;
export type StateHistoryErrorCode = (typeof StateHistoryErrorCode)[keyof typeof StateHistoryErrorCode];

export class StateHistoryError extends Error {
  constructor(
    readonly code: StateHistoryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "StateHistoryError";
  }
}

// ---------------------------------------------------------------------------------------------------
// Reverse diff encoding: u32 count, then per entry u16 key length, key (utf8), u8 kind (0 absent,
// 1 previous bytes, 2 page delta), [u32 value length, value]. Entries sorted by key.

/** A decoded entry: the previous bytes, null (absent before), or a tree page's delta (levelTreeStore.ts). */
export type ReverseDiff = [string, StateWrite | PageDelta][];

/**
 * A value to encode: bytes, null (absent), a page delta, or a tree node whose record is written in
 * place (the same bytes as `encodeTreeNode`, without a copy per record).
 */
export type ReverseDiffValue = StateWrite | StoredNode | PageDelta;

const valueLength = (v: ReverseDiffValue): number =>
  v === null
    ? 0
    : v instanceof Uint8Array
      ? v.length
      : v instanceof PageDelta
        ? v.bytes.length
        : TREE_RECORD_BYTES;
const KIND_ABSENT = 0;
const KIND_BYTES = 1;
const KIND_PAGE_DELTA = 2;

export function encodeReverseDiff(entries: readonly (readonly [string, ReverseDiffValue])[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const keyLengths = sorted.map(([k]) => Buffer.byteLength(k, "utf8"));
  let size = 4;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]![1];
    size += 2 + keyLengths[i]! + 1 + (value !== null ? 4 + valueLength(value) : 0);
  }
  const out = Buffer.alloc(size);
  let o = out.writeUInt32BE(sorted.length, 0);
  for (let i = 0; i < sorted.length; i++) {
    const [key, value] = sorted[i]!;
    o = out.writeUInt16BE(keyLengths[i]!, o);
    o += out.write(key, o, "utf8");
    o = out.writeUInt8(
      value === null ? KIND_ABSENT : value instanceof PageDelta ? KIND_PAGE_DELTA : KIND_BYTES,
      o,
    );
    if (value === null) continue;
    o = out.writeUInt32BE(valueLength(value), o);
    if (value instanceof Uint8Array) out.set(value, o);
    else if (value instanceof PageDelta) out.set(value.bytes, o);
    else writeTreeNode(value, out, o);
    o += valueLength(value);
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export function decodeReverseDiff(bytes: Uint8Array): ReverseDiff {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = () => new StateHistoryError(StateHistoryErrorCode.CORRUPT, "reverse diff does not decode");
  const need = (o: number, n: number) => {
    if (o + n > buf.length) throw bad();
  };
  need(0, 4);
  const count = buf.readUInt32BE(0);
  let o = 4;
  const out: ReverseDiff = [];
  for (let i = 0; i < count; i++) {
    need(o, 2);
    const keyLength = buf.readUInt16BE(o);
    o += 2;
    need(o, keyLength + 1);
    const key = buf.toString("utf8", o, o + keyLength);
    o += keyLength;
    const kind = buf[o++];
    if (kind === KIND_ABSENT) {
      out.push([key, null]);
      continue;
    }
    if (kind !== KIND_BYTES && !(kind === KIND_PAGE_DELTA && key.startsWith(TREE_PAGE_PREFIX))) throw bad();
    need(o, 4);
    const length = buf.readUInt32BE(o);
    o += 4;
    need(o, length);
    const value = Uint8Array.from(buf.subarray(o, o + length));
    out.push([key, kind === KIND_PAGE_DELTA ? new PageDelta(value) : value]);
    o += length;
  }
  if (o !== buf.length) throw bad();
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** What history needs from the chain store. */
export interface HistoryStorage {
  readSync(key: string): Uint8Array | undefined;
  /** The blocks' encoded reverse diffs (reverseDiffFiles.ts). */
  readonly reverseDiffs: Pick<ReverseDiffStore, "read" | "remove">;
  /** Writes an atomic batch of history maintenance ops (`m:historyFrom`). */
  writeHistory(
    ops: ({ type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string })[],
    sync?: boolean,
  ): Promise<void>;
  /** Height of the last block whose batch is in the store. */
  readonly writtenHeight: number;
  /** The block batch being written, if any (the store may or may not show it yet). */
  readonly blockWriteInFlight: Promise<void> | undefined;
}

export function readHistoryFrom(storage: Pick<HistoryStorage, "readSync">): number | undefined {
  const bytes = storage.readSync(HISTORY_FROM_KEY);
  return bytes && bytes.length === 8 ? Number(Buffer.from(bytes).readBigUInt64BE(0)) : undefined;
}

export function historyFromOp(height: number): { type: "put"; key: string; value: Uint8Array } {
  const value = Buffer.alloc(8);
  value.writeBigUInt64BE(BigInt(height));
  return { type: "put", key: HISTORY_FROM_KEY, value };
}

/** A state that answers reads, its root and proofs (the latest state or a past one). */
export interface ProvableState extends StateReader {
  root(): Uint8Array;
  prove(key: string): MerkleProof;
}

const utf8 = new TextEncoder();

/**
 * A page's reverse deltas in the overlay, oldest block first: the page at the view's height is the
 * page after the newest of them (`end` once a later block gave its previous bytes, the store's page
 * otherwise) with the deltas applied newest first.
 */
class PageDeltaChain {
  readonly deltas: Uint8Array[] = [];
  /** Set once an entry with the previous bytes (or absence) closed the chain. */
  end: { value: StateWrite } | undefined;
}

/** The state at a past height: the latest store seen through the reverse diffs above that height. */
export class HistoricalState implements ProvableState {
  private tree: SparseMerkleTree;
  /** Diffs of heights (height, coveredTo] are in the overlay. */
  coveredTo: number;

  constructor(
    readonly height: number,
    private readonly rootHash: Uint8Array,
    private readonly overlay: Map<string, StateWrite | PageDeltaChain>,
    coveredTo: number,
    private readonly readSync: (key: string) => Uint8Array | undefined,
  ) {
    this.coveredTo = coveredTo;
    this.tree = this.openTree();
  }

  private read(key: string): Uint8Array | undefined {
    const entry = this.overlay.get(key);
    if (entry instanceof PageDeltaChain) return this.resolve(key, entry) ?? undefined;
    if (entry !== undefined || this.overlay.has(key)) return entry ?? undefined;
    return this.readSync(key);
  }

  /**
   * The page at the view's height from its chain of deltas; it then replaces the chain (the page at
   * a given height never changes, whatever later blocks do).
   */
  private resolve(key: string, chain: PageDeltaChain): StateWrite {
    let page: StateWrite = chain.end !== undefined ? chain.end.value : (this.readSync(key) ?? null);
    for (let i = chain.deltas.length - 1; i >= 0; i--) {
      const before = applyPageDelta(page ?? undefined, chain.deltas[i] as Uint8Array);
      if (before === undefined) {
        throw new StateHistoryError(
          StateHistoryErrorCode.CORRUPT,
          `reverse delta of tree page ${key} does not apply to the page after it`,
        );
      }
      page = before;
    }
    this.overlay.set(key, page);
    return page;
  }

  private openTree(): SparseMerkleTree {
    const count = this.read("m:stateCount");
    const size = count && count.length === 8 ? Number(Buffer.from(count).readBigUInt64BE(0)) : 0;
    return SparseMerkleTree.open(
      levelTreeStore((k) => this.read(k)),
      this.rootHash,
      size,
    );
  }

  /** Approximate bytes held by the overlay. */
  bytes = 0;

  /**
   * Adds the diffs of later blocks (oldest first): a key already in the overlay keeps its value; a
   * page's delta joins the page's chain until an entry with its previous bytes closes it.
   */
  extend(diff: ReverseDiff, height: number): void {
    for (const [key, value] of diff) {
      const entry = this.overlay.get(key);
      if (entry instanceof PageDeltaChain) {
        if (entry.end !== undefined) continue;
        if (value instanceof PageDelta) entry.deltas.push(value.bytes);
        else entry.end = { value };
      } else if (entry !== undefined || this.overlay.has(key)) {
        continue;
      } else if (value instanceof PageDelta) {
        const chain = new PageDeltaChain();
        chain.deltas.push(value.bytes);
        this.overlay.set(key, chain);
      } else {
        this.overlay.set(key, value);
      }
      this.bytes += 2 * key.length + valueLength(value) + VIEW_ENTRY_OVERHEAD_BYTES;
    }
    this.coveredTo = height;
  }

  get entries(): number {
    return this.overlay.size;
  }

  get(key: string): Uint8Array | undefined {
    return this.read(`s:${key}`);
  }

  root(): Uint8Array {
    return this.rootHash.slice();
  }

  prove(key: string): MerkleProof {
    if (this.tree.residentNodes > MAX_VIEW_TREE_NODES) this.tree = this.openTree();
    return this.tree.prove(utf8.encode(key));
  }
}

/**
 * Past states within the retained history. `use(height, fn)` runs `fn` synchronously on the state at
 * `height`, at a moment when no block batch is in flight, so the latest store under the overlay is
 * exactly the head the overlay was extended to.
 */
export class StateHistory {
  private readonly views: HistoricalState[] = [];
  private building: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly storage: HistoryStorage,
    /** The state root committed by the block at `height` (from its header). */
    private readonly stateRootAt: (height: number) => Promise<Uint8Array>,
    /** Bound of a view's overlay in bytes (tests lower it). */
    private readonly maxViewBytes = MAX_VIEW_BYTES,
  ) {}

  /** Lowest height served (undefined: no history kept yet). */
  get from(): number | undefined {
    return readHistoryFrom(this.storage);
  }

  async use<T>(height: number, fn: (state: HistoricalState) => T): Promise<T> {
    if (this.waiting >= MAX_WAITING_BUILDS) {
      throw new StateHistoryError(StateHistoryErrorCode.BUSY, "too many past states are being built");
    }
    this.waiting++;
    // Builds run one at a time: each loads up to K diffs.
    const run = this.building.then(() => this.useNow(height, fn));
    this.building = run.catch(() => undefined);
    try {
      return await run;
    } finally {
      this.waiting--;
    }
  }

  private async useNow<T>(height: number, fn: (state: HistoricalState) => T): Promise<T> {
    for (;;) {
      const inFlight = this.storage.blockWriteInFlight;
      if (inFlight) {
        await inFlight.catch(() => undefined);
        continue;
      }
      const head = this.storage.writtenHeight;
      if (height > head) {
        throw new StateHistoryError(
          StateHistoryErrorCode.AHEAD,
          `height ${height} is above the head ${head}`,
        );
      }
      const from = this.from;
      if (from === undefined || height < from) {
        throw new StateHistoryError(
          StateHistoryErrorCode.PRUNED,
          `state at height ${height} is not retained (history from ${from ?? "none"})`,
        );
      }
      let view = this.views.find((v) => v.height === height);
      if (view === undefined) {
        view = new HistoricalState(height, await this.stateRootAt(height), new Map(), height, (k) =>
          this.storage.readSync(k),
        );
        this.views.push(view);
        if (this.views.length > MAX_VIEWS) this.views.shift();
      }
      if (view.coveredTo < head) {
        await this.extend(view, head);
        continue; // a block may have been written meanwhile: check again
      }
      if (this.storage.blockWriteInFlight || this.storage.writtenHeight !== head) continue;
      return fn(view);
    }
  }

  private async extend(view: HistoricalState, head: number): Promise<void> {
    for (let h = view.coveredTo + 1; h <= head; h++) {
      const bytes = await this.storage.reverseDiffs.read(h);
      if (bytes === undefined) {
        // Pruned while we were reading (or never written): the view cannot be completed.
        this.views.splice(this.views.indexOf(view), 1);
        const from = this.from;
        if (from === undefined || view.height < from) {
          throw new StateHistoryError(
            StateHistoryErrorCode.PRUNED,
            `state at height ${view.height} is not retained (history from ${from ?? "none"})`,
          );
        }
        throw new StateHistoryError(StateHistoryErrorCode.CORRUPT, `reverse diff of block ${h} is missing`);
      }
      view.extend(decodeReverseDiff(bytes), h);
      if (view.entries > MAX_VIEW_ENTRIES || view.bytes > this.maxViewBytes) {
        this.views.splice(this.views.indexOf(view), 1);
        throw new StateHistoryError(
          StateHistoryErrorCode.TOO_LARGE,
          `state at height ${view.height} differs from the head by more than ${MAX_VIEW_ENTRIES} records or ${this.maxViewBytes} bytes`,
        );
      }
    }
  }
}

/**
 * Deletes reverse diffs no kept height needs, in the background: `keep` heights below the head stay
 * servable (undefined = archive, keep all). `schedule(head)` after each commit never waits.
 */
export class StateHistoryPruner {
  private target = 0;
  private running: Promise<void> | undefined;
  /** Heights pruned since start (metrics, benchmarks). */
  pruned = 0;
  lastError: unknown;

  constructor(
    private readonly storage: HistoryStorage,
    private readonly keep: number | undefined,
  ) {}

  schedule(head: number): void {
    if (this.keep === undefined) return;
    this.target = Math.max(this.target, head - this.keep);
    if (this.running) return;
    this.running = this.run()
      .catch((err) => {
        this.lastError = err; // retried at the next commit
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Resolves once the pruning scheduled so far is done (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    for (;;) {
      await yieldToEventLoop();
      const from = readHistoryFrom(this.storage) ?? 0;
      if (from >= this.target) return;
      const to = Math.min(this.target, from + PRUNE_HEIGHTS_PER_BATCH);
      // Readers stop asking for these heights before their files go (synced: a power cut cannot
      // bring back a `historyFrom` whose diffs were deleted).
      await this.storage.writeHistory([historyFromOp(to)], true);
      await this.storage.reverseDiffs.remove(from, to);
      this.pruned += to - from;
    }
  }
}
