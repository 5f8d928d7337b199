/**
 * The store's `maxOpenFiles` (`--db-max-open-files`): LevelDB memory-maps every open table, and the
 * pages reads touch count in the node's RSS; the table cache's bound is what bounds that part of the
 * RSS (node/storage/chainDb.ts). Checked on a real store with more tables than the bound.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  ChainDb,
  MAX_DB_MAX_OPEN_FILES,
  MIN_DB_MAX_OPEN_FILES,
  StorageError,
} from "../../node/storage/chainDb.js";
import { tempDir } from "../helpers/fixtures.js";

/** Table files of the store at `dir` currently mapped into this process (Linux). */
function mappedTables(dir: string): number {
  const maps = readFileSync("/proc/self/maps", "utf8");
  const tables = new Set<string>();
  for (const line of maps.split("\n")) {
    const path = line.slice(line.indexOf("/"));
    if (path.startsWith(dir) && path.endsWith(".ldb")) tables.add(path);
  }
  return tables.size;
}

describe("chain store: open table files", function () {
  this.timeout(120_000);

  it("an out-of-range maxOpenFiles is a typed error, before anything is opened", async () => {
    const dir = tempDir("poco-openfiles-bad-");
    try {
      for (const maxOpenFiles of [MIN_DB_MAX_OPEN_FILES - 1, MAX_DB_MAX_OPEN_FILES + 1, 100.5]) {
        await assert.rejects(
          ChainDb.open(join(dir, "chain"), { maxOpenFiles }),
          (err: unknown) =>
            err instanceof StorageError &&
            err.code === "STORAGE_BAD_OPTION" &&
            err.message.includes(String(maxOpenFiles)),
        );
      }
      assert.deepEqual(readdirSync(dir), [], "no store created");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("regression: reads across more tables than maxOpenFiles keep at most that many tables mapped", async () => {
    const dir = tempDir("poco-openfiles-");
    const path = join(dir, "chain");
    // ≈ 280 MiB of incompressible values: ≈ 70 LevelDB tables (2–4 MiB each), more than the bound.
    const VALUE_BYTES = 16 * 1024;
    const KEYS = 18_000;
    const key = (i: number) => `s:k${i.toString(16).padStart(6, "0")}`;
    let db = await ChainDb.open(path);
    try {
      for (let i = 0; i < KEYS; ) {
        const ops = [];
        for (let j = 0; j < 256 && i < KEYS; j++, i++) {
          ops.push({ type: "put" as const, key: key(i), value: randomBytes(VALUE_BYTES) });
        }
        await db.writeBatch(ops);
      }
    } finally {
      await db.close();
    }
    const tables = readdirSync(path).filter((f) => f.endsWith(".ldb")).length;
    try {
      db = await ChainDb.open(path, { maxOpenFiles: MIN_DB_MAX_OPEN_FILES });
      const bound = MIN_DB_MAX_OPEN_FILES - 10; // LevelDB keeps 10 for its own files
      assert.ok(tables > bound, `${tables} tables, more than the ${bound} the cache may hold`);
      for (let i = 0; i < KEYS; i += 7) assert.equal(db.readSync(key(i))?.length, VALUE_BYTES);
      const mapped = mappedTables(path);
      assert.ok(mapped > 0, "tables are mapped while read");
      assert.ok(mapped <= bound, `${mapped} tables mapped, at most ${bound}`);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
