/**
 * The state as of the last committed block: key/values plus the sparse Merkle tree over them, whose
 * root is the header's state root. Applying a block's writes costs O(k log n) hashes.
 *
 * Two forms share this class:
 * - in memory (`empty`, `fromEntries`): every value in a Map, the whole tree in memory (tests,
 *   benchmarks, genesis computation);
 * - persisted (`open`): values and tree nodes live in the chain's level store. Start-up reads only
 *   the head's root node. Reads stay SYNCHRONOUS for the execution path (the executor and
 *   `StateReader.get` are synchronous): a value or tree node not in memory is read with
 *   classic-level's `getSync` (LevelDB's own block cache and the OS page cache behind it), so no
 *   prefetch step or async pipeline change is needed and a miss costs one native read (a few µs)
 *   rather than a re-execution. Memory is bounded by `cacheBytes`: half for an LRU of values
 *   (Lodestar-style bounded state caches), a quarter for the upper levels of the tree (memIAVL-style)
 *   and a quarter for an LRU of the tree's pages (levelTreeStore.ts: 4 levels of nodes per record).
 *   Writes of a block are kept in memory until the block's level batch has been written (they are
 *   part of that same atomic batch: see `takeJournal`), so a read never sees the store behind.
 *
 * Speculation: computing the root a proposed block would give (`rootAfter`) leaves its writes in the
 * tree (not in the values), so that committing that same block (`apply` with the same writes array)
 * costs no tree work at all; anything else first puts the tree back to the committed state. Reads of
 * values never see speculative writes.
 */
import { keccak256 } from "../crypto/hash.js";
import { ByteBoundedLru } from "./byteBoundedLru.js";
import { PagedTreeStore, TREE_PAGE_PREFIX, treeLayoutOp } from "./levelTreeStore.js";
import { type MerkleProof, SparseMerkleTree } from "./sparseMerkleTree.js";
import { encodeReverseDiff, type ReverseDiffValue } from "./stateHistory.js";
import type { StateReader, StateWrite } from "./stateOverlay.js";

const utf8 = new TextEncoder();

/** Default `--state-cache-mb`: a quarter of a 2-core / 4 GiB validator's memory at most. */
export const DEFAULT_STATE_CACHE_MB = 256;
/** Rough heap cost of one tree node in memory (object + three 32-byte typed arrays). */
const BYTES_PER_TREE_NODE = 400;
/** Rough heap cost of one cached value beyond its bytes (Map entry, key string, typed array). */
const VALUE_OVERHEAD_BYTES = 120;

/** Level keys and reads the persisted state needs from the chain store. */
export interface StateStorage {
  /** Synchronous read of a raw level key (state value `s:<key>` or tree page `t:...`). */
  readSync(key: string): Uint8Array | undefined;
  /**
   * State keys (without `s:`) starting with `prefix`, in order, at most `limit`; with `after`, only
   * keys greater than `after` (an ordered range read, for paged listings).
   */
  stateKeys(prefix: string, limit: number, after?: string): Promise<string[]>;
}

/** At most this many tree key hashes remembered; past it the memo starts over. */
export const TREE_KEY_HASH_MEMO_LIMIT = 65_536;
const treeKeyHashes = new Map<string, Uint8Array>();

/**
 * keccak256 of a state key's UTF-8 bytes (its path in the tree), memoized by key string: the same
 * accounts are written block after block (each write encoded the key and hashed it again). A pure
 * function, so no root changes; bounded; the hashes are never mutated (the tree only reads them).
 */
export function treeKeyHash(key: string): Uint8Array {
  let hash = treeKeyHashes.get(key);
  if (hash === undefined) {
    hash = keccak256(utf8.encode(key));
    if (treeKeyHashes.size >= TREE_KEY_HASH_MEMO_LIMIT) treeKeyHashes.clear();
    treeKeyHashes.set(key, hash);
  }
  return hash;
}

/** Level operations to add to a block's atomic batch. */
export type JournalOp = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

/** What a block's commit writes for the state: level ops for its batch, and its reverse diff. */
export interface StateJournalBatch {
  ops: JournalOp[];
  /** The block's encoded reverse diff (stateHistory.ts), stored outside the batch (reverseDiffFiles.ts). */
  reverseDiff?: Uint8Array;
}

export const STATE_VALUE_PREFIX = "s:";
/** Level key of the number of state entries (persisted with the tree, for `size`). */
export const STATE_COUNT_KEY = "m:stateCount";

/** A bounded LRU of values (null = known absent), by approximate bytes. */
type ValueCache = ByteBoundedLru<Uint8Array | null>;

const valueCache = (maxBytes: number): ValueCache => new ByteBoundedLru(maxBytes, cost);

function cost(key: string, value: Uint8Array | null): number {
  return 2 * key.length + (value?.length ?? 0) + VALUE_OVERHEAD_BYTES;
}

export class CommittedState implements StateReader {
  /** Writes present in the tree but not committed (the last `rootAfter`), if any. */
  private speculative: readonly [string, StateWrite][] | undefined;
  /** Persisted form only: committed writes not yet handed to a batch, then those in flight. */
  private unflushed = new Map<string, StateWrite>();
  private inFlight: Map<string, StateWrite>[] = [];
  /**
   * State history on (persisted form, `keepHistory`): the values the writes since the last journal
   * replaced (first write of a key wins). The tree records they replaced come from the tree itself
   * (`TreeWrites.previous`), so a reverse diff reads nothing back from the store.
   */
  private history: { replaced: Map<string, StateWrite> } | undefined;
  /** Persisted form: the entry count record as the store holds it once the journals taken land. */
  private storedCount: StateWrite = null;

  private constructor(
    /** In-memory form: every value. Undefined in the persisted form. */
    private readonly values: Map<string, Uint8Array> | undefined,
    private readonly tree: SparseMerkleTree,
    private readonly storage?: StateStorage,
    private readonly cache?: ValueCache,
    private readonly maxTreeNodes = 0,
    private readonly pages?: PagedTreeStore,
  ) {}

  static empty(): CommittedState {
    return new CommittedState(new Map(), new SparseMerkleTree());
  }

  /** Rebuilds from entries, in memory. */
  static fromEntries(entries: Iterable<[string, Uint8Array]>): CommittedState {
    const values = new Map<string, Uint8Array>();
    const treeEntries: [Uint8Array, Uint8Array][] = [];
    for (const [key, value] of entries) {
      values.set(key, value);
      treeEntries.push([utf8.encode(key), value]);
    }
    return new CommittedState(values, SparseMerkleTree.fromEntries(treeEntries));
  }

  /**
   * The persisted state whose root is `rootHash`: nothing is read yet (the root node is read and
   * checked against `rootHash` by `checkRoot`).
   */
  static open(storage: StateStorage, rootHash: Uint8Array, cacheBytes: number): CommittedState {
    const countBytes = storage.readSync(STATE_COUNT_KEY);
    const count = countBytes ? Number(Buffer.from(countBytes).readBigUInt64BE(0)) : 0;
    const pages = CommittedState.pageStore(storage, cacheBytes);
    const tree = SparseMerkleTree.open(pages, rootHash, count);
    // The previous records tell the page store which pages were empty (not read back).
    tree.trackPreviousRecords();
    return CommittedState.persisted(storage, tree, pages, cacheBytes, countBytes ?? null);
  }

  /**
   * The persisted state of an older store that has values but no tree nodes: one full scan builds
   * the tree, and the next `takeJournal` writes all its nodes (used once, when upgrading a store).
   */
  static rebuild(
    storage: StateStorage,
    entries: Iterable<[string, Uint8Array]>,
    cacheBytes: number,
  ): CommittedState {
    const treeEntries: [Uint8Array, Uint8Array][] = [];
    for (const [key, value] of entries) treeEntries.push([utf8.encode(key), value]);
    const tree = SparseMerkleTree.fromEntries(treeEntries);
    const pages = CommittedState.pageStore(storage, cacheBytes);
    tree.attachStore(pages);
    return CommittedState.persisted(
      storage,
      tree,
      pages,
      cacheBytes,
      storage.readSync(STATE_COUNT_KEY) ?? null,
    );
  }

  private static pageStore(storage: StateStorage, cacheBytes: number): PagedTreeStore {
    return new PagedTreeStore((k) => storage.readSync(k), Math.max(1, Math.floor(cacheBytes / 4)));
  }

  private static persisted(
    storage: StateStorage,
    tree: SparseMerkleTree,
    pages: PagedTreeStore,
    cacheBytes: number,
    storedCount: StateWrite,
  ) {
    const half = Math.max(1, Math.floor(cacheBytes / 2));
    const state = new CommittedState(
      undefined,
      tree,
      storage,
      valueCache(half),
      Math.floor(half / 2 / BYTES_PER_TREE_NODE),
      pages,
    );
    state.storedCount = storedCount;
    return state;
  }

  /** Whether values and tree live in the level store. */
  get isPersisted(): boolean {
    return this.storage !== undefined;
  }

  get(key: string): Uint8Array | undefined {
    if (this.values !== undefined) return this.values.get(key);
    if (this.unflushed.has(key)) return this.unflushed.get(key) ?? undefined;
    for (let i = this.inFlight.length - 1; i >= 0; i--) {
      const layer = this.inFlight[i] as Map<string, StateWrite>;
      if (layer.has(key)) return layer.get(key) ?? undefined;
    }
    const cache = this.cache as ValueCache;
    const cached = cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const value = (this.storage as StateStorage).readSync(STATE_VALUE_PREFIX + key);
    cache.set(key, value ?? null);
    return value;
  }

  /** Number of keys. */
  get size(): number {
    return this.values !== undefined ? this.values.size : this.tree.size;
  }

  /** Applies (commits) writes and returns the new state root. */
  apply(writes: Iterable<[string, StateWrite]>): Uint8Array {
    const alreadyInTree = this.speculative === writes;
    if (!alreadyInTree) this.dropSpeculation();
    this.speculative = undefined;
    const replaced = this.history?.replaced;
    for (const [key, value] of writes) {
      if (replaced !== undefined && !replaced.has(key)) replaced.set(key, this.get(key) ?? null);
      if (this.values === undefined) this.unflushed.set(key, value);
      else if (value === null) this.values.delete(key);
      else this.values.set(key, value);
      if (!alreadyInTree) this.setInTree(key, value);
    }
    return this.tree.root();
  }

  /** The root the state would have after `writes` (kept in the tree until something else happens). */
  rootAfter(writes: readonly [string, StateWrite][]): Uint8Array {
    this.dropSpeculation();
    for (const [key, value] of writes) this.setInTree(key, value);
    this.speculative = writes;
    return this.tree.root();
  }

  root(): Uint8Array {
    this.dropSpeculation();
    return this.tree.root();
  }

  /** Reads the root node from the store, checking it against the root hash (start-up check). */
  checkRoot(): void {
    this.dropSpeculation();
    this.tree.has(new Uint8Array(0));
  }

  prove(key: string): MerkleProof {
    this.dropSpeculation();
    return this.tree.prove(utf8.encode(key));
  }

  /**
   * Persisted form: from now on every journal taken for a block height also carries that block's
   * reverse diff (stateHistory.ts): the previous bytes of every value and tree page it overwrites
   * (the pages' previous bytes come from the page store's read-modify-write, not from the tree).
   */
  keepHistory(): void {
    if (this.storage !== undefined && this.history === undefined) this.history = { replaced: new Map() };
  }

  /**
   * Persisted form: the level operations that make the store hold the state as committed so far
   * (tree nodes changed since the last call, and the entry count; the values are written by the
   * caller from the block's writes), and with a block height (history kept) that block's reverse
   * diff. The caller writes the diff, then the ops in the block's atomic batch, and then calls
   * `journalWritten`. Undefined in the in-memory form.
   */
  takeJournal(height?: number): StateJournalBatch | undefined {
    if (this.storage === undefined) return undefined;
    this.dropSpeculation();
    const { ops: pageOps, previous } = (this.pages as PagedTreeStore).stagePages(this.tree.takeWrites());
    const ops: JournalOp[] = pageOps;
    // Genesis or a one-time tree build: the store's first pages, with the layout record.
    if (height === undefined) ops.push(treeLayoutOp());
    const count = Buffer.alloc(8);
    count.writeBigUInt64BE(BigInt(this.tree.size));
    ops.push({ type: "put", key: STATE_COUNT_KEY, value: count });
    const countBefore = this.storedCount;
    this.storedCount = count;
    let reverseDiff: Uint8Array | undefined;
    const history = this.history;
    if (history !== undefined) {
      const replaced = history.replaced;
      history.replaced = new Map();
      // No diff for genesis or a one-time store upgrade: there is no earlier height to go back to.
      if (height !== undefined) {
        const diff: [string, ReverseDiffValue][] = previous;
        for (const [key, value] of replaced) diff.push([STATE_VALUE_PREFIX + key, value]);
        diff.push([STATE_COUNT_KEY, countBefore]);
        reverseDiff = encodeReverseDiff(diff);
      }
    }
    this.inFlight.push(this.unflushed);
    this.unflushed = new Map();
    return { ops, reverseDiff };
  }

  /** The oldest journal taken is now in the store: its values join the cache, memory is trimmed. */
  journalWritten(): void {
    const layer = this.inFlight.shift();
    if (layer === undefined || this.cache === undefined) return;
    this.pages?.pagesWritten();
    for (const [key, value] of layer) this.cache.set(key, value);
    if (this.inFlight.length === 0) this.tree.trim(this.maxTreeNodes);
  }

  /** Tree nodes and values currently in memory (benchmarks, metrics). */
  memoryStats(): { treeNodes: number; cachedValues: number; cachedPages: number } {
    return {
      treeNodes: this.tree.residentNodes,
      cachedValues: this.cache?.size ?? this.values?.size ?? 0,
      cachedPages: this.pages?.cachedPages ?? 0,
    };
  }

  /** Puts the tree back to the committed values. */
  private dropSpeculation(): void {
    const writes = this.speculative;
    if (!writes) return;
    this.speculative = undefined;
    for (const [key] of writes) this.setInTree(key, this.get(key) ?? null);
  }

  private setInTree(key: string, value: StateWrite): void {
    const keyHash = treeKeyHash(key);
    if (value === null) this.tree.deleteHashed(keyHash);
    else this.tree.setHashed(keyHash, value);
  }

  /** Keys with a given prefix, sorted; in-memory form only (use `listKeys` on a persisted state). */
  keysWithPrefix(prefix: string): string[] {
    if (this.values === undefined) throw new Error("keysWithPrefix: use listKeys on a persisted state");
    const keys: string[] = [];
    for (const key of this.values.keys()) if (key.startsWith(prefix)) keys.push(key);
    return keys.sort();
  }

  /**
   * Up to `limit` keys with a given prefix, sorted, and greater than `after` when given (for API
   * listings and paging; never used by the state machine). Persisted form: an ordered range read of
   * the store, merged with the writes not yet in the store (at most a few blocks' worth). The
   * in-memory form (tests, benchmarks) filters its map.
   */
  async listKeys(prefix: string, limit: number, after?: string): Promise<string[]> {
    const inRange = (k: string) => k.startsWith(prefix) && (after === undefined || k > after);
    if (this.values !== undefined) {
      const keys: string[] = [];
      for (const key of this.values.keys()) if (inRange(key)) keys.push(key);
      return keys.sort().slice(0, limit);
    }
    const pending = new Map<string, StateWrite>();
    for (const layer of [...this.inFlight, this.unflushed]) {
      for (const [k, v] of layer) if (inRange(k)) pending.set(k, v);
    }
    const stored = await (this.storage as StateStorage).stateKeys(prefix, limit + pending.size, after);
    const keys = new Set(stored);
    for (const [k, v] of pending) {
      if (v === null) keys.delete(k);
      else keys.add(k);
    }
    return [...keys].sort().slice(0, limit);
  }
}

/** Level keys of the persisted state (values and tree nodes), for store maintenance. */
export const PERSISTED_STATE_PREFIXES = [STATE_VALUE_PREFIX, TREE_PAGE_PREFIX] as const;
