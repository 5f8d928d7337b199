/**
 * Block writes land in the order they were taken. Each block's batch is built synchronously (its
 * tree journal is taken in order), but LevelDB batches run on libuv's thread pool: two batches in
 * flight at once could reach LevelDB in either order, and a later block's tree records would then be
 * overwritten by an earlier block's. The store chains each block write behind the previous one.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { ChainDb } from "../../node/storage/chainDb.js";
import { tempDir } from "../helpers/fixtures.js";
import { stateOnlyBlock } from "../helpers/stateOnlyBlock.js";

describe("chain store write order", () => {
  it("block writes taken while others are in flight land in order: the last block's values win, heights advance in order", async () => {
    const dir = tempDir("poco-write-order-");
    const db = await ChainDb.open(join(dir, "db"));
    try {
      const blocks = 200;
      const payload = new Uint8Array(4_096); // big enough that batches take a while on the thread pool
      const landed: number[] = [];
      const writes: Promise<void>[] = [];
      for (let height = 1; height <= blocks; height++) {
        const value = new Uint8Array(8);
        new DataView(value.buffer).setUint32(0, height);
        const stateWrites: [string, Uint8Array][] = [["same", value]];
        for (let i = 0; i < 64; i++) stateWrites.push([`filler:${height}:${i}`, payload]);
        writes.push(
          db.commitBlock(stateOnlyBlock(height, stateWrites, { sync: false })).then(() => {
            landed.push(db.writtenHeight);
          }),
        );
      }
      await Promise.all(writes);
      const stored = db.readSync("s:same");
      assert.ok(stored, "the key is stored");
      assert.equal(new DataView(stored.buffer, stored.byteOffset).getUint32(0), blocks);
      assert.deepEqual(
        landed,
        Array.from({ length: blocks }, (_, i) => i + 1),
      );
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
