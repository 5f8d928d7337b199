/**
 * The real ChainDb (its key layout, integrity checks and atomic block batches) over an in-memory
 * key-value map instead of LevelDB: no disk, no native thread pool, so every read and write resolves in
 * microtasks and a simulation over it is deterministic and fast. Only the subset of `level` that
 * ChainDb uses is implemented.
 */
import type { ReverseDiffStore } from "../../node/state/reverseDiffFiles.js";
import { ChainDb } from "../../node/storage/chainDb.js";

type Op = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

/** The part of level's chained batch that ChainDb uses: ops applied all at once by `write`. */
interface ChainedBatch {
  put(key: string, value: Uint8Array): ChainedBatch;
  del(key: string): ChainedBatch;
  write(options?: { sync?: boolean }): Promise<void>;
  close(): Promise<void>;
}

class MemoryLevel {
  private readonly map = new Map<string, Uint8Array>();

  getSync(key: string): Uint8Array | undefined {
    return this.map.get(key);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.map.get(key);
  }

  /** level's two forms: `batch(ops)` writes at once; `batch()` returns a chained batch. */
  batch(ops: Op[]): Promise<void>;
  batch(): ChainedBatch;
  batch(ops?: Op[]): Promise<void> | ChainedBatch {
    if (ops) {
      this.apply(ops);
      return Promise.resolve();
    }
    const pending: Op[] = [];
    const chained: ChainedBatch = {
      put: (key, value) => {
        pending.push({ type: "put", key, value });
        return chained;
      },
      del: (key) => {
        pending.push({ type: "del", key });
        return chained;
      },
      write: async () => this.apply(pending),
      close: async () => {
        pending.length = 0;
      },
    };
    return chained;
  }

  private apply(ops: readonly Op[]): void {
    for (const op of ops) {
      if (op.type === "put") this.map.set(op.key, op.value);
      else this.map.delete(op.key);
    }
  }

  private sortedKeys(inRange: (k: string) => boolean): string[] {
    return [...this.map.keys()].filter(inRange).sort();
  }

  async *keys(o: { gte: string; lt: string; limit?: number }): AsyncGenerator<string> {
    const keys = this.sortedKeys((k) => k >= o.gte && k < o.lt);
    yield* keys.slice(0, o.limit ?? keys.length);
  }

  async *iterator(
    o: ({ gt: string } | { gte: string }) & { lt: string; limit?: number },
  ): AsyncGenerator<[string, Uint8Array]> {
    const above = "gt" in o ? (k: string) => k > o.gt : (k: string) => k >= o.gte;
    const keys = this.sortedKeys((k) => above(k) && k < o.lt);
    for (const k of keys.slice(0, o.limit ?? keys.length)) yield [k, this.map.get(k)!];
  }

  async close(): Promise<void> {}
}

/** Reverse diffs in a map (ReverseDiffFiles' contract, without the disk). */
class MemoryReverseDiffs implements ReverseDiffStore {
  private readonly diffs = new Map<number, Uint8Array>();

  async write(height: number, payload: Uint8Array): Promise<void> {
    this.diffs.set(height, payload);
  }

  async read(height: number): Promise<Uint8Array | undefined> {
    return this.diffs.get(height);
  }

  async remove(from: number, to: number): Promise<void> {
    for (let h = from + 1; h <= to; h++) this.diffs.delete(h);
  }

  async tidy(historyFrom: number, head: number): Promise<number> {
    let removed = 0;
    for (const h of [...this.diffs.keys()]) {
      if (h <= historyFrom || h > head) removed += this.diffs.delete(h) ? 1 : 0;
    }
    return removed;
  }
}

/** A ChainDb whose store lives in memory (tests and simulations only). */
export function memoryChainDb(name = "memory"): ChainDb {
  const construct = ChainDb as unknown as new (
    db: MemoryLevel,
    path: string,
    reverseDiffs: ReverseDiffStore,
  ) => ChainDb;
  return new construct(new MemoryLevel(), name, new MemoryReverseDiffs());
}
