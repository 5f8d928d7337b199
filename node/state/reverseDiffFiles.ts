/**
 * Reverse diffs (stateHistory.ts) kept OUT of the LSM tree, one file per block: geth keeps its state
 * history in the freezer (flat append-only files) rather than in its key-value store, for the same
 * reason. A diff is written once, read rarely (past-height views) and deleted whole when pruned; in
 * LevelDB it went through the write-ahead log, the memtable, and every compaction that copied it down
 * the levels (≈ 2 MB per 1,000-transfer block at 10M entries), and pruning it left tombstones to
 * compact. As a file it is written once and pruning is an unlink.
 *
 * Layout: `<store>/history/<height / 16384, 8 hex>/<height, 16 hex>.rdiff` (≤ 16,384 files per
 * directory, whatever the retention); a file is "PRD1" ‖ u64 height ‖ u32 payload length ‖
 * u32 CRC-32 of the payload ‖ payload (the encoded reverse diff). A file that is short, long, of
 * another height or whose checksum fails is CORRUPT (never decoded).
 *
 * Crash safety: block h's file is written (with a synced commit: fdatasync'd, with its directory,
 * after the files of earlier unsynced commits) BEFORE block h's atomic level batch, so a block in the
 * store always has its diff on disk. A crash in between leaves the file of a block the store does not
 * have: `tidy` removes files above the head at open, and files at or below `m:historyFrom` (pruning
 * moves `m:historyFrom` first, then unlinks).
 */
import { mkdir, open, readdir, readFile, rm, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import { StateHistoryError, StateHistoryErrorCode } from "./stateHistory.js";

const MAGIC = Buffer.from("PRD1", "latin1");
const HEADER_BYTES = 20;
/** Heights per directory. */
const SHARD_HEIGHTS = 16_384;
const FILE_SUFFIX = ".rdiff";
/** Unsynced writes after which one write syncs them all anyway (bounds the list). */
const MAX_UNSYNCED = 1_024;
/** Directory of the files, inside the store's directory (LevelDB ignores names it did not make). */
export const REVERSE_DIFF_DIR = "history";

const hex16 = (n: number) => n.toString(16).padStart(16, "0");
const shardName = (shard: number) => shard.toString(16).padStart(8, "0");

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === "ENOENT";
}

/** Where a store keeps its blocks' reverse diffs (files here; in memory for simulations). */
export interface ReverseDiffStore {
  write(height: number, payload: Uint8Array, sync: boolean): Promise<void>;
  read(height: number): Promise<Uint8Array | undefined>;
  remove(from: number, to: number): Promise<void>;
  tidy(historyFrom: number, head: number): Promise<number>;
}

export class ReverseDiffFiles implements ReverseDiffStore {
  /** Shard directories known to exist (created or seen since open): bounded by the retention. */
  private readonly shards = new Set<number>();
  /**
   * Heights written unsynced since the last synced write (catch-up sync writes runs of blocks
   * unsynced and syncs the last): a synced write makes them durable first, as LevelDB's synced
   * batch makes the blocks' earlier unsynced batches durable.
   */
  private unsynced: number[] = [];
  /** A shard created since the last synced write: its name in `dir` is not durable yet. */
  private dirDirty = false;
  /** `dir` itself created since then: its name in the store's directory is not durable yet. */
  private parentDirty = false;
  /** Writes run one after another (a synced one must see every earlier one in `unsynced`). */
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(readonly dir: string) {}

  private shardDir(shard: number): string {
    return join(this.dir, shardName(shard));
  }

  fileOf(height: number): string {
    return join(this.shardDir(Math.floor(height / SHARD_HEIGHTS)), `${hex16(height)}${FILE_SUFFIX}`);
  }

  /**
   * Writes block `height`'s diff (replacing a file left by a crash before that block's batch).
   * `sync`: on disk when this resolves (file data and its directory entry).
   */
  write(height: number, payload: Uint8Array, sync: boolean): Promise<void> {
    const written = this.lastWrite.catch(() => undefined).then(() => this.writeNow(height, payload, sync));
    this.lastWrite = written;
    return written;
  }

  private async writeNow(height: number, payload: Uint8Array, sync: boolean): Promise<void> {
    const shard = Math.floor(height / SHARD_HEIGHTS);
    if (!this.shards.has(shard)) {
      const created = await mkdir(this.shardDir(shard), { recursive: true });
      if (created !== undefined) this.dirDirty = true;
      if (created === this.dir) this.parentDirty = true;
      if (this.shards.size > 1_024) this.shards.clear();
      this.shards.add(shard);
    }
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header, 0);
    header.writeBigUInt64BE(BigInt(height), 4);
    header.writeUInt32BE(payload.length, 12);
    header.writeUInt32BE(crc32(payload), 16);
    const file = await open(this.fileOf(height), "w");
    try {
      await file.writev([header, payload]);
      if (sync) await file.datasync();
    } finally {
      await file.close();
    }
    if (!sync) {
      this.unsynced.push(height);
      if (this.unsynced.length < MAX_UNSYNCED) return;
    }
    // The earlier unsynced ones first, then the names: they must survive a power cut as well as the
    // bytes (and a new shard's name too).
    const earlier = this.unsynced;
    this.unsynced = [];
    const dirs = new Set([shard]);
    for (const h of earlier) {
      dirs.add(Math.floor(h / SHARD_HEIGHTS));
      await syncFile(this.fileOf(h));
    }
    for (const d of dirs) await syncDir(this.shardDir(d));
    if (this.dirDirty) {
      await syncDir(this.dir);
      this.dirDirty = false;
    }
    if (this.parentDirty) {
      await syncDir(dirname(this.dir));
      this.parentDirty = false;
    }
  }

  /** Block `height`'s diff, or undefined when there is no file. */
  async read(height: number): Promise<Uint8Array | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(height));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw new StateHistoryError(
        StateHistoryErrorCode.CORRUPT,
        `reverse diff of block ${height} cannot be read: ${(err as Error).message}`,
      );
    }
    const bad = (why: string) =>
      new StateHistoryError(StateHistoryErrorCode.CORRUPT, `reverse diff file of block ${height}: ${why}`);
    if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) throw bad("no header");
    if (bytes.readBigUInt64BE(4) !== BigInt(height)) throw bad("holds another height");
    if (bytes.readUInt32BE(12) !== bytes.length - HEADER_BYTES) throw bad("wrong length");
    const payload = bytes.subarray(HEADER_BYTES);
    if (bytes.readUInt32BE(16) !== crc32(payload)) throw bad("checksum mismatch");
    return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  }

  /** Deletes the diffs of heights (from, to] (absent ones are fine), then shards left empty. */
  async remove(from: number, to: number): Promise<void> {
    for (let h = from + 1; h <= to; h++) {
      try {
        await unlink(this.fileOf(h));
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
    // Shards wholly at or below `to` hold nothing any longer.
    for (let shard = Math.floor((from + 1) / SHARD_HEIGHTS); (shard + 1) * SHARD_HEIGHTS - 1 <= to; shard++) {
      await rm(this.shardDir(shard), { recursive: true, force: true });
      this.shards.delete(shard);
    }
  }

  /**
   * At open: removes every file outside (historyFrom, head] (a crash between a diff and its block's
   * batch, or between moving `m:historyFrom` and the unlinks). Names this module did not write are
   * left alone. Returns the number of files removed.
   */
  async tidy(historyFrom: number, head: number): Promise<number> {
    let shards: string[];
    try {
      shards = await readdir(this.dir);
    } catch (err) {
      if (isNotFound(err)) return 0;
      throw err;
    }
    let removed = 0;
    for (const name of shards) {
      if (!/^[0-9a-f]{8}$/.test(name)) continue;
      const shard = Number.parseInt(name, 16);
      const first = shard * SHARD_HEIGHTS;
      const last = first + SHARD_HEIGHTS - 1;
      if (first > historyFrom && last <= head) continue; // wholly kept: no listing
      for (const file of await readdir(this.shardDir(shard))) {
        if (!file.endsWith(FILE_SUFFIX) || file.length !== 16 + FILE_SUFFIX.length) continue;
        const height = Number.parseInt(file.slice(0, 16), 16);
        if (height > historyFrom && height <= head) continue;
        await unlink(join(this.shardDir(shard), file));
        removed++;
      }
    }
    return removed;
  }
}

async function syncDir(path: string): Promise<void> {
  const dir = await open(path, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** fdatasync of a file written earlier; a file pruned meanwhile needs nothing. */
async function syncFile(path: string): Promise<void> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, "r+");
  } catch (err) {
    if (isNotFound(err)) return;
    throw err;
  }
  try {
    await file.datasync();
  } finally {
    await file.close();
  }
}
