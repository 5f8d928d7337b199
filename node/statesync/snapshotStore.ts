/**
 * Where a node keeps the snapshots it serves: one folder per height under `<dataDir>/snapshots`
 * holding the manifest and the chunk files, written to a temporary folder and renamed when complete
 * (a crash never leaves a half snapshot on offer), the oldest removed beyond `keep` (as Cosmos'
 * snapshot store keeps the last few). Production runs in slices that yield to the event loop, over a
 * level iterator opened at the snapshot height (its implicit LevelDB snapshot is a read view of that
 * height, so block commits go on meanwhile and never see or wait for it).
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keccak256, toHex } from "../crypto/hash.js";
import {
  bytesOfRange,
  cutRegions,
  decodeManifest,
  encodeChunk,
  encodeManifest,
  hashEntry,
  MAX_CHUNK_BYTES,
  type Manifest,
  packChunks,
  SnapshotError,
  SnapshotErrorCode,
  type SortedEntry,
  sortByKeyHash,
  subtreeHash,
  verifyManifest,
} from "./snapshotFormat.js";

export interface SnapshotInfo {
  height: number;
  /** keccak256 of the encoded manifest: names the snapshot among peers. */
  manifestHash: Uint8Array;
  chunks: number;
  /** Sum of the chunk sizes. */
  bytes: number;
}

interface Stored extends SnapshotInfo {
  dir: string;
  manifest: Uint8Array;
}

/** Entries hashed (or region-hash work in entries) between two yields to the event loop. */
const SLICE = 2_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const dirName = (height: number) => height.toString(16).padStart(16, "0");

export class SnapshotStore {
  private readonly snapshots: Stored[] = [];

  private constructor(
    private readonly dir: string,
    private readonly keep: number,
    private readonly sizes: { regionBytes?: number; chunkBytes?: number },
  ) {}

  /**
   * Opens (creating) the folder, drops unfinished snapshots, loads the finished ones. `sizes`
   * overrides the region and chunk targets (tests use small ones to get many chunks).
   */
  static async open(
    dir: string,
    keep = 2,
    sizes: { regionBytes?: number; chunkBytes?: number } = {},
  ): Promise<SnapshotStore> {
    const store = new SnapshotStore(dir, Math.max(1, keep), sizes);
    await mkdir(dir, { recursive: true });
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if (!/^[0-9a-f]{16}$/.test(name)) {
        await rm(path, { recursive: true, force: true });
        continue;
      }
      try {
        const manifest = await readFile(join(path, "manifest.bin"));
        const m = decodeManifest(manifest);
        const sizes = await readFile(join(path, "sizes.json"), "utf8");
        store.snapshots.push({
          height: m.height,
          manifestHash: keccak256(manifest),
          chunks: m.chunkRegions.length,
          bytes: (JSON.parse(sizes) as number[]).reduce((a, b) => a + b, 0),
          dir: path,
          manifest: new Uint8Array(manifest),
        });
      } catch {
        await rm(path, { recursive: true, force: true });
      }
    }
    await store.prune();
    return store;
  }

  /** The snapshots on offer, newest first. */
  list(): SnapshotInfo[] {
    return this.snapshots
      .map(({ height, manifestHash, chunks, bytes }) => ({ height, manifestHash, chunks, bytes }))
      .sort((a, b) => b.height - a.height);
  }

  has(height: number): boolean {
    return this.snapshots.some((s) => s.height === height);
  }

  private find(height: number, manifestHash: Uint8Array): Stored | undefined {
    const want = toHex(manifestHash);
    return this.snapshots.find((s) => s.height === height && toHex(s.manifestHash) === want);
  }

  manifest(height: number, manifestHash: Uint8Array): Uint8Array | undefined {
    return this.find(height, manifestHash)?.manifest;
  }

  async chunk(height: number, manifestHash: Uint8Array, index: number): Promise<Uint8Array | undefined> {
    const s = this.find(height, manifestHash);
    if (!s || !Number.isSafeInteger(index) || index < 0 || index >= s.chunks) return undefined;
    try {
      return new Uint8Array(await readFile(join(s.dir, `chunk-${index}.bin`)));
    } catch {
      return undefined; // pruned meanwhile
    }
  }

  /**
   * Produces the snapshot of `height` from the state entries read at that height (any order), and
   * checks that it folds to `stateRoot` before offering it.
   */
  async produce(
    height: number,
    stateRoot: Uint8Array,
    entries: AsyncIterable<[string, Uint8Array]>,
  ): Promise<SnapshotInfo> {
    // Bucketed by the key hash's first byte while hashing, then each bucket sorted in its own slice:
    // no single sort of the whole state holds the event loop.
    const buckets: SortedEntry[][] = Array.from({ length: 256 }, () => []);
    let hashed = 0;
    for await (const [key, value] of entries) {
      const entry = hashEntry(key, value);
      (buckets[entry.keyHash[0] as number] as SortedEntry[]).push(entry);
      if (++hashed % SLICE === 0) await yieldToLoop();
    }
    const sorted: SortedEntry[] = [];
    for (const bucket of buckets) {
      sortByKeyHash(bucket);
      for (const entry of bucket) sorted.push(entry);
      await yieldToLoop();
    }
    const cut = cutRegions(sorted, this.sizes.regionBytes);
    let work = 0;
    for (const c of cut) {
      c.region.hash = subtreeHash(sorted, c.lo, c.hi, c.region.depth, c.region.path);
      work += c.hi - c.lo;
      if (work >= SLICE) {
        work = 0;
        await yieldToLoop();
      }
    }
    const regionBytes = cut.map((c) => bytesOfRange(sorted, c.lo, c.hi));
    const chunkRegions = packChunks(regionBytes, this.sizes.chunkBytes);
    const manifest: Manifest = { height, stateRoot, regions: cut.map((c) => c.region), chunkRegions };
    verifyManifest(manifest, stateRoot); // throws if the read view was not the state of `height`
    const tmp = join(this.dir, `tmp-${dirName(height)}`);
    const final = join(this.dir, dirName(height));
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    const sizes: number[] = [];
    let at = 0;
    for (const [i, n] of chunkRegions.entries()) {
      const lo = (cut[at] as { lo: number }).lo;
      const hi = (cut[at + n - 1] as { hi: number }).hi;
      const chunk = encodeChunk(sorted.slice(lo, hi));
      if (chunk.length > MAX_CHUNK_BYTES) {
        await rm(tmp, { recursive: true, force: true });
        throw new SnapshotError(SnapshotErrorCode.TOO_LARGE, `chunk ${i} of ${chunk.length} bytes`);
      }
      await writeFile(join(tmp, `chunk-${i}.bin`), chunk);
      sizes.push(chunk.length);
      at += n;
    }
    const manifestBytes = encodeManifest(manifest);
    await writeFile(join(tmp, "sizes.json"), JSON.stringify(sizes));
    await writeFile(join(tmp, "manifest.bin"), manifestBytes);
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    const stored: Stored = {
      height,
      manifestHash: keccak256(manifestBytes),
      chunks: chunkRegions.length,
      bytes: sizes.reduce((a, b) => a + b, 0),
      dir: final,
      manifest: manifestBytes,
    };
    const existing = this.snapshots.findIndex((s) => s.height === height);
    if (existing >= 0) this.snapshots.splice(existing, 1);
    this.snapshots.push(stored);
    await this.prune();
    const { dir: _dir, manifest: _manifest, ...info } = stored;
    return info;
  }

  private async prune(): Promise<void> {
    this.snapshots.sort((a, b) => a.height - b.height);
    while (this.snapshots.length > this.keep) {
      const old = this.snapshots.shift() as Stored;
      await rm(old.dir, { recursive: true, force: true });
    }
  }
}
