/**
 * Persistent chain storage on `level`. A block, its commit, its receipts, its state writes and the new
 * head are written in ONE atomic, synced batch: a node killed at any instant restarts either before or
 * after the block, never in between.
 *
 * Key layout (UTF-8 keys, byte values):
 *   b:<height hex16>  Block bytes          c:<height hex16>  Commit bytes
 *   h:<block hash>    height (8 bytes)     r:<tx hash>       Receipt bytes
 *   s:<state key>     state value          m:head            head header bytes
 *   m:genesis         genesis hash         t:<level>:<path>  state tree page (levelTreeStore.ts)
 *   m:treeLayout      tree layout version (2: pages; a store with `n:` node records is refused)
 *   m:stateCount      number of state keys
 *   m:stateSyncBase   height the store was state-synced at (no blocks below it; statesync/)
 *   m:historyFrom     lowest height served from state history
 *   d:<height hex16>  reverse diff of a block, in stores written before reverse diffs moved to files:
 *                     moved to files once at open (`moveLegacyReverseDiffs`)
 *   m:genesisCheck    genesis digest ‖ genesis state root (chain/genesisCheck.ts)
 *
 * The state (values and tree nodes) is read synchronously by the persisted CommittedState
 * (`readSync`); its tree-node changes join each block's batch through the attached state journal.
 * Blocks and commits read back are checked against the hash index (blockIntegrity.ts): a damaged
 * value is a StorageError, never silently served. A damaged block is re-fetched from peers when a
 * refetcher is set (the node's blocks-by-range), checked against the stored hash index and commit,
 * and written back: the node repairs its store and serves the block.
 *
 * Beside the LevelDB files, `history/` holds one file per block with the block's reverse diff
 * (reverseDiffFiles.ts), written before the block's batch; never part of the LSM tree.
 */
import { join } from "node:path";
import { Level } from "level";
import { poco } from "../../proto/index.js";
import type { StateJournalBatch, StateStorage } from "../state/committedState.js";
import { REVERSE_DIFF_DIR, ReverseDiffFiles, type ReverseDiffStore } from "../state/reverseDiffFiles.js";
import type { HistoryStorage } from "../state/stateHistory.js";
import { blockIntegrityProblem, commitIntegrityProblem } from "./blockIntegrity.js";

const heightKey = (prefix: string, height: number) => `${prefix}:${height.toString(16).padStart(16, "0")}`;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

export interface BlockWrite {
  height: number;
  hash: Uint8Array;
  headerBytes: Uint8Array;
  blockBytes: Uint8Array;
  commitBytes: Uint8Array;
  receipts: { txHash: Uint8Array; bytes: Uint8Array }[];
  stateWrites: Iterable<[string, Uint8Array | null]>;
  /**
   * fsync before returning (default). Catch-up sync writes batches of blocks unsynced and syncs the
   * last: the store stays consistent (batches are atomic and ordered), a crash only loses the tail.
   */
  sync?: boolean;
}

/**
 * LevelDB's table cache: how many table files stay open. The bundled LevelDB (1.20) memory-maps every
 * open table (up to 1,000 at once), and each random read maps in the 64 KiB around the page it
 * touches (the kernel's fault-around): those file pages count in the node's RSS and, with all tables
 * open, grow with the store until the whole of it is mapped (≈ 2.1 GiB at 10M state entries). Closing
 * the least recently used tables unmaps them, which bounds that part of the RSS by the open tables; the
 * price is re-opening a table (open, map, read its index and filter) when a read needs it again.
 * See BENCHMARKS.md (issue 12, RSS at 10M) for the measured trade-off behind the default.
 */
export const DEFAULT_DB_MAX_OPEN_FILES = 1000;
/** LevelDB keeps 10 of them for itself (log, manifest, lock…) and clips below 74. */
export const MIN_DB_MAX_OPEN_FILES = 74;
/** LevelDB's own upper clip. */
export const MAX_DB_MAX_OPEN_FILES = 50_000;

export interface ChainDbOptions {
  /** Table files kept open (`--db-max-open-files`, default DEFAULT_DB_MAX_OPEN_FILES). */
  maxOpenFiles?: number;
}

export type BatchOp = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

/** Level keys of reverse diffs in stores from before reverse diff files (moved at open). */
const LEGACY_DIFF_PREFIX = "d:";
const LEGACY_DIFF_END = "d;";

/** Level key of the height a state-synced store starts at (8 bytes, big-endian). */
export const STATE_SYNC_BASE_KEY = "m:stateSyncBase";

export const StorageErrorCode = {
  /** LevelDB could not open the store (lock held, MANIFEST or table corruption, I/O error). */
  OPEN_FAILED: "STORAGE_OPEN_FAILED",
  /** An option of the store is out of its range. */
  BAD_OPTION: "STORAGE_BAD_OPTION",
  /** A stored value is not what was committed (bytes changed on disk). */
  CORRUPT: "STORAGE_CORRUPT",
  /** LevelDB could not read a value (e.g. a table's block checksum mismatch). */
  READ_FAILED: "STORAGE_READ_FAILED",
} as const;
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StorageError";
  }
}

/** The deepest `cause` message of a level error: "Corruption: ..." rather than "Database is not open". */
function rootCause(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined;
  const parts: string[] = [];
  for (let i = 0; e && i < 5; i++, e = e.cause as typeof e) if (e.message) parts.push(e.message);
  return parts.join(": ") || String(err);
}

/**
 * Fetches the finalized block of `height` from peers; `accept` says why given bytes are not the
 * committed block (undefined when they are). Resolves undefined when no peer delivered it.
 */
export type BlockRefetcher = (
  height: number,
  accept: (bytes: Uint8Array) => string | undefined,
) => Promise<Uint8Array | undefined>;

/** Repairs in flight at once (each may ask several peers); more damaged reads fail at once. */
const MAX_CONCURRENT_REPAIRS = 8;
/** A block no peer could repair is not asked for again before this long (reads fail at once). */
const REPAIR_RETRY_MS = 10_000;
const MAX_FAILED_REPAIRS = 1_000;

/** What the persisted state writes with a block: taken synchronously, confirmed once written. */
export interface StateJournal {
  /** With a block height: the journal also carries that block's reverse diff (if history is kept). */
  takeJournal(height?: number): StateJournalBatch | undefined;
  journalWritten(): void;
}

export class ChainDb implements StateStorage, HistoryStorage {
  private journal: StateJournal | undefined;
  /** Height of the last block batch written (set by Chain.open from the head, then by commits). */
  writtenHeight = 0;
  /** The last block batch taken and not yet written (chained behind any earlier one still in flight). */
  blockWriteInFlight: Promise<void> | undefined;
  private refetcher: BlockRefetcher | undefined;
  private readonly repairs = new Map<number, Promise<Uint8Array | undefined>>();
  private readonly failedRepairs = new Map<number, number>();
  /** Synchronous point reads (state values and tree nodes missing from the caches) since open. */
  syncReads = 0;
  /** Blocks re-fetched from peers and written back since the store was opened. */
  repairedBlocks = 0;

  private constructor(
    private readonly db: Level<string, Uint8Array>,
    readonly path: string,
    /** Reverse diffs of blocks: one file each beside the LevelDB files (reverseDiffFiles.ts). */
    readonly reverseDiffs: ReverseDiffStore = new ReverseDiffFiles(join(path, REVERSE_DIFF_DIR)),
  ) {}

  static async open(path: string, options: ChainDbOptions = {}): Promise<ChainDb> {
    const maxOpenFiles = options.maxOpenFiles ?? DEFAULT_DB_MAX_OPEN_FILES;
    if (
      !Number.isInteger(maxOpenFiles) ||
      maxOpenFiles < MIN_DB_MAX_OPEN_FILES ||
      maxOpenFiles > MAX_DB_MAX_OPEN_FILES
    ) {
      throw new StorageError(
        StorageErrorCode.BAD_OPTION,
        `maxOpenFiles must be an integer in [${MIN_DB_MAX_OPEN_FILES}, ${MAX_DB_MAX_OPEN_FILES}], got ${maxOpenFiles}`,
      );
    }
    const db = new Level<string, Uint8Array>(path, {
      keyEncoding: "utf8",
      valueEncoding: "view",
      maxOpenFiles,
    });
    try {
      await db.open();
    } catch (err) {
      throw new StorageError(
        StorageErrorCode.OPEN_FAILED,
        `cannot open the chain store at ${path}: ${rootCause(err)}`,
        {
          cause: err,
        },
      );
    }
    return new ChainDb(db, path);
  }

  /** The persisted state whose tree changes go into every block batch from now on. */
  attachStateJournal(journal: StateJournal): void {
    this.journal = journal;
  }

  readSync(key: string): Uint8Array | undefined {
    let value: Uint8Array | undefined;
    this.syncReads++;
    try {
      value = this.db.getSync(key);
    } catch (err) {
      throw this.readFailed(key, err);
    }
    // A plain Uint8Array view (not a Buffer, whose slice() would not copy).
    return value ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : undefined;
  }

  async stateKeys(prefix: string, limit: number, after?: string): Promise<string[]> {
    const keys: string[] = [];
    if (limit <= 0) return keys;
    const from = after !== undefined && after >= prefix ? { gt: `s:${after}` } : { gte: `s:${prefix}` };
    for await (const key of this.db.keys({ ...from, lt: `s:${prefix}\uffff`, limit })) {
      keys.push(key.slice(2));
    }
    return keys;
  }

  /** From now on, a damaged block read is re-fetched through `refetcher` and written back. */
  setBlockRefetcher(refetcher: BlockRefetcher | undefined): void {
    this.refetcher = refetcher;
  }

  /** Writes ops as one synced batch (store maintenance, e.g. the one-time tree build of an old store). */
  async writeJournal(): Promise<void> {
    const journal = this.journal?.takeJournal();
    if (!journal) return;
    await this.writeOps(journal.ops, true);
    this.journal?.journalWritten();
  }

  readRaw(key: string): Promise<Uint8Array | undefined> {
    return this.getOrUndefined(key);
  }

  /** History maintenance (`m:historyFrom`): never part of a block batch. */
  async writeHistory(ops: BatchOp[], sync = false): Promise<void> {
    await this.writeOps(ops, sync);
  }

  /**
   * At open, before any commit: a store written when reverse diffs were level records (`d:`) has
   * those of (historyFrom, head] moved to files once (each synced before the records are deleted);
   * the others are garbage and deleted. Returns the number of records taken out.
   */
  async moveLegacyReverseDiffs(historyFrom: number, head: number): Promise<number> {
    let moved = 0;
    for (;;) {
      const chunk: [string, Uint8Array][] = [];
      for await (const entry of this.db.iterator({
        gte: LEGACY_DIFF_PREFIX,
        lt: LEGACY_DIFF_END,
        limit: 64,
      })) {
        chunk.push(entry);
      }
      if (chunk.length === 0) return moved;
      for (const [key, value] of chunk) {
        const height = Number.parseInt(key.slice(LEGACY_DIFF_PREFIX.length), 16);
        if (height > historyFrom && height <= head) await this.reverseDiffs.write(height, value, true);
      }
      await this.writeOps(
        chunk.map(([key]) => ({ type: "del", key })),
        true,
      );
      moved += chunk.length;
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /**
   * Writes `ops` as ONE atomic LevelDB batch, through level's chained batch: each op goes straight
   * into the native WriteBatch. (level's array form clones every op and has the binding read its
   * properties one by one: 4–5× the main-thread time for a block's ~10k ops, measured in
   * bench/reference.ts's transfer profile, BENCHMARKS.md.)
   */
  private async writeOps(ops: readonly BatchOp[], sync: boolean): Promise<void> {
    const batch = this.db.batch();
    try {
      for (const op of ops) {
        if (op.type === "put") batch.put(op.key, op.value);
        else batch.del(op.key);
      }
    } catch (err) {
      await batch.close();
      throw err;
    }
    await batch.write({ sync });
  }

  private async getOrUndefined(key: string): Promise<Uint8Array | undefined> {
    try {
      const value = await this.db.get(key);
      return value ?? undefined;
    } catch (err) {
      throw this.readFailed(key, err);
    }
  }

  private readFailed(key: string, err: unknown): StorageError {
    return new StorageError(
      StorageErrorCode.READ_FAILED,
      `cannot read ${key} from the chain store at ${this.path}: ${rootCause(err)}`,
      { cause: err },
    );
  }

  getGenesisHash(): Promise<Uint8Array | undefined> {
    return this.getOrUndefined("m:genesis");
  }

  getHeadHeader(): Promise<Uint8Array | undefined> {
    return this.getOrUndefined("m:head");
  }

  /**
   * The block at `height`, checked against the committed hash. A damaged one (or one LevelDB cannot
   * read) is re-fetched from peers when a refetcher is set; otherwise, or when no peer has it, a
   * StorageError (CORRUPT or READ_FAILED).
   */
  async getBlock(height: number): Promise<Uint8Array | undefined> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.getOrUndefined(heightKey("b", height));
    } catch (err) {
      if (!(err instanceof StorageError) || !this.refetcher) throw err;
      const repaired = await this.repairBlock(height);
      if (repaired) return repaired;
      throw err;
    }
    if (bytes === undefined) return undefined;
    const problem = blockIntegrityProblem(bytes, height, (h) => this.heightOfHashSync(h));
    if (problem) {
      const repaired = await this.repairBlock(height);
      if (repaired) return repaired;
      this.corrupt(`block ${height}`, problem);
    }
    return bytes;
  }

  /**
   * Re-fetches block `height` from peers: accepted only if it hashes to the height's entry of the
   * hash index and to the stored commit's block hash (when the commit reads back intact), and its body
   * matches its header; then written back (synced). One repair per height at a time, a bounded number
   * at once, and a block no peer delivered is not asked for again for a while (bounded memory).
   */
  private repairBlock(height: number): Promise<Uint8Array | undefined> {
    const refetch = this.refetcher;
    if (!refetch) return Promise.resolve(undefined);
    const running = this.repairs.get(height);
    if (running) return running;
    const failedAt = this.failedRepairs.get(height);
    if (failedAt !== undefined && Date.now() - failedAt < REPAIR_RETRY_MS) return Promise.resolve(undefined);
    if (this.repairs.size >= MAX_CONCURRENT_REPAIRS) return Promise.resolve(undefined);
    const repair = (async () => {
      let committedHash: Uint8Array | undefined;
      try {
        const commit = await this.getCommit(height);
        if (commit) committedHash = poco.Commit.decode(commit).blockHash;
      } catch {
        // The commit is damaged too: the hash index alone vouches for the block.
      }
      const hashHeightOf = (h: Uint8Array) => this.heightOfHashSync(h);
      const accept = (b: Uint8Array) => blockIntegrityProblem(b, height, hashHeightOf, committedHash);
      let fetched: Uint8Array | undefined;
      try {
        fetched = await refetch(height, accept);
      } catch {
        fetched = undefined;
      }
      if (!fetched || accept(fetched) !== undefined) {
        if (this.failedRepairs.size >= MAX_FAILED_REPAIRS) this.failedRepairs.clear();
        this.failedRepairs.set(height, Date.now());
        return undefined;
      }
      await this.db.put(heightKey("b", height), fetched, { sync: true });
      this.failedRepairs.delete(height);
      this.repairedBlocks++;
      return fetched;
    })().finally(() => this.repairs.delete(height));
    this.repairs.set(height, repair);
    return repair;
  }

  /** The commit of the block at `height`, checked to be for the committed block. */
  async getCommit(height: number): Promise<Uint8Array | undefined> {
    const bytes = await this.getOrUndefined(heightKey("c", height));
    if (bytes === undefined) return undefined;
    const problem = commitIntegrityProblem(bytes, height, (h) => this.heightOfHashSync(h));
    if (problem) this.corrupt(`commit ${height}`, problem);
    return bytes;
  }

  /**
   * Start-up check of the head's recent window: the last `window` blocks and commits read back (not
   * below the height a state-synced store starts at, which has no older blocks).
   */
  async checkRecentBlocks(headHeight: number, window: number): Promise<void> {
    const base = this.stateSyncBase() ?? 1;
    for (let h = Math.max(1, base, headHeight - window + 1); h <= headHeight; h++) {
      if ((await this.getBlock(h)) === undefined) this.corrupt(`block ${h}`, "missing below the head");
      if ((await this.getCommit(h)) === undefined) this.corrupt(`commit ${h}`, "missing below the head");
    }
  }

  private heightOfHashSync(hash: Uint8Array): number | undefined {
    const bytes = this.readSync(`h:${hex(hash)}`);
    return bytes && bytes.length === 8 ? Number(Buffer.from(bytes).readBigUInt64BE(0)) : undefined;
  }

  private corrupt(what: string, problem: string): never {
    throw new StorageError(
      StorageErrorCode.CORRUPT,
      `stored ${what} is damaged (${problem}); the data directory ${this.path} must be repaired or re-synced`,
    );
  }

  getReceipt(txHash: Uint8Array): Promise<Uint8Array | undefined> {
    return this.getOrUndefined(`r:${hex(txHash)}`);
  }

  async getHeightByHash(hash: Uint8Array): Promise<number | undefined> {
    const bytes = await this.getOrUndefined(`h:${hex(hash)}`);
    return bytes ? Number(Buffer.from(bytes).readBigUInt64BE(0)) : undefined;
  }

  /** The height a state-synced store starts at (its first block), undefined for a store from genesis. */
  stateSyncBase(): number | undefined {
    const bytes = this.readSync(STATE_SYNC_BASE_KEY);
    return bytes && bytes.length === 8 ? Number(Buffer.from(bytes).readBigUInt64BE(0)) : undefined;
  }

  /**
   * The state entries as of NOW, in key order: the level iterator is created synchronously here and
   * its implicit LevelDB snapshot is a read view of the store at this instant, unaffected by later
   * block batches (snapshot production reads a fixed height while commits go on).
   */
  stateEntriesAtNow(batch = 1000): AsyncIterable<[string, Uint8Array]> {
    const it = this.db.iterator({ gt: "s:", lt: "s;" });
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            const entries = await it.nextv(batch);
            if (entries.length === 0) return;
            for (const [key, value] of entries) yield [key.slice(2), value] as [string, Uint8Array];
          }
        } finally {
          await it.close();
        }
      },
    };
  }

  /** Writes raw operations as one atomic batch (state sync writes verified chunks this way). */
  async writeBatch(ops: BatchOp[], sync = false): Promise<void> {
    if (ops.length > 0) await this.writeOps(ops, sync);
  }

  /** Deletes every key in [gte, lt) (state sync wipes an abandoned partial state). */
  async clearRange(gte: string, lt: string): Promise<void> {
    await this.db.clear({ gte, lt });
  }

  /** Every record with a key in [gte, lt), in key order (state sync's page parts). */
  async *rawEntries(gte: string, lt: string): AsyncGenerator<[string, Uint8Array]> {
    for await (const [key, value] of this.db.iterator({ gte, lt })) yield [key, value];
  }

  /** Every persisted state entry, in key order. */
  async *stateEntries(): AsyncGenerator<[string, Uint8Array]> {
    for await (const [key, value] of this.db.iterator({ gt: "s:", lt: "s;" })) {
      yield [key.slice(2), value];
    }
  }

  /** Writes the genesis state and hash; refuses a store that already has a genesis. */
  async initGenesis(
    genesisHash: Uint8Array,
    headerBytes: Uint8Array,
    state: Iterable<[string, Uint8Array | null]>,
    /** Written in the same batch (the genesis check record). */
    extra: BatchOp[] = [],
  ) {
    const ops: BatchOp[] = [
      { type: "put", key: "m:genesis", value: genesisHash },
      { type: "put", key: "m:head", value: headerBytes },
      ...extra,
    ];
    pushStateOps(ops, state);
    const journal = this.journal?.takeJournal();
    if (journal) for (const op of journal.ops) ops.push(op); // not push(...): may be 100k+ ops
    await this.writeOps(ops, true);
    if (journal) this.journal?.journalWritten();
  }

  async commitBlock(write: BlockWrite): Promise<void> {
    const heightBytes = Buffer.alloc(8);
    heightBytes.writeBigUInt64BE(BigInt(write.height));
    const ops: BatchOp[] = [
      { type: "put", key: heightKey("b", write.height), value: write.blockBytes },
      { type: "put", key: heightKey("c", write.height), value: write.commitBytes },
      { type: "put", key: `h:${hex(write.hash)}`, value: heightBytes },
      { type: "put", key: "m:head", value: write.headerBytes },
    ];
    for (const r of write.receipts) ops.push({ type: "put", key: `r:${hex(r.txHash)}`, value: r.bytes });
    pushStateOps(ops, write.stateWrites);
    // Taken before any await: the tree as just committed, in the same atomic batch as the block.
    const journal = this.journal?.takeJournal(write.height);
    if (journal) for (const op of journal.ops) ops.push(op); // not push(...): may be 100k+ ops
    const sync = write.sync ?? true;
    // The block's reverse diff is on disk before its batch (a block in the store has its diff), and
    // is written while an earlier block's batch may still be landing.
    const diffWritten =
      journal?.reverseDiff !== undefined
        ? this.reverseDiffs.write(write.height, journal.reverseDiff, sync)
        : undefined;
    // Chained behind the block write still in flight, if any: LevelDB batches run on the thread pool,
    // so two in flight could land in either order and an earlier block's tree records would overwrite
    // a later one's. A failed write fails every write chained after it (nothing lands past a gap).
    const previous = this.blockWriteInFlight;
    const before = previous && diffWritten ? Promise.all([previous, diffWritten]) : (previous ?? diffWritten);
    const written = before ? before.then(() => this.writeOps(ops, sync)) : this.writeOps(ops, sync);
    this.blockWriteInFlight = written;
    try {
      await written;
    } finally {
      if (this.blockWriteInFlight === written) this.blockWriteInFlight = undefined;
    }
    this.writtenHeight = write.height;
    if (journal) this.journal?.journalWritten();
  }
}

function pushStateOps(ops: BatchOp[], writes: Iterable<[string, Uint8Array | null]>): void {
  for (const [key, value] of writes) {
    if (value === null) ops.push({ type: "del", key: `s:${key}` });
    else ops.push({ type: "put", key: `s:${key}`, value });
  }
}
