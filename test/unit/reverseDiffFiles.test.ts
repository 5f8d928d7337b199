import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { Level } from "level";
import { Chain } from "../../node/chain/chain.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { ReverseDiffFiles } from "../../node/state/reverseDiffFiles.js";
import { StateHistoryError } from "../../node/state/stateHistory.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const corrupt = (err: unknown) => err instanceof StateHistoryError && err.code === "STATE_HISTORY_CORRUPT";
const payloadOf = (height: number) => new Uint8Array(40 + (height % 7)).fill(height & 0xff);

describe("reverse diff files (state history outside the LSM tree)", function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir("poco-rdiff-");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a diff reads back as written; no file is undefined; any damaged file is STATE_HISTORY_CORRUPT, never decoded", async () => {
    const files = new ReverseDiffFiles(join(dir, "history"));
    assert.equal(await files.read(5), undefined);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        fc.nat(),
        fc.constantFrom("flip", "truncate", "extend", "other height"),
        async (height, payload, at, damage) => {
          await files.write(height, payload, height % 2 === 0);
          assert.deepEqual(await files.read(height), payload);
          const path = files.fileOf(height);
          const bytes = readFileSync(path);
          const i = at % bytes.length;
          if (damage === "flip") bytes[i] = (bytes[i] as number) ^ (1 << (at % 8));
          if (damage === "other height") {
            // A whole, valid file of another block under this block's name.
            await files.write(height + 1, payload, false);
            renameSync(files.fileOf(height + 1), path);
          } else {
            const damaged =
              damage === "flip"
                ? bytes
                : damage === "truncate"
                  ? bytes.subarray(0, at % bytes.length)
                  : Buffer.concat([bytes, Buffer.from([at & 0xff])]);
            writeFileSync(path, damaged);
          }
          await assert.rejects(files.read(height), corrupt, `${damage} at ${at}`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes land in order: a synced write issued after unsynced ones resolves once all of them are on disk", async () => {
    const files = new ReverseDiffFiles(join(dir, "history"));
    // As catch-up sync issues them: a run of unsynced blocks, then a synced one, none awaited.
    const unsynced = Array.from({ length: 40 }, (_, i) => files.write(i + 1, payloadOf(i + 1), false));
    await files.write(41, payloadOf(41), true);
    for (let h = 1; h <= 41; h++) assert.deepEqual(await files.read(h), payloadOf(h), `height ${h}`);
    await Promise.all(unsynced);
  });

  it("pruning deletes the files of the heights it passes, and a directory of heights once all of it is pruned", async () => {
    const files = new ReverseDiffFiles(join(dir, "history"));
    // Across the boundary of the first directory (16,384 heights each).
    for (let h = 16_378; h <= 16_390; h++) await files.write(h, payloadOf(h), false);
    const firstShard = dirname(files.fileOf(16_378));
    await files.remove(16_377, 16_380);
    for (let h = 16_378; h <= 16_380; h++) assert.equal(await files.read(h), undefined, `${h} pruned`);
    assert.deepEqual(await files.read(16_381), payloadOf(16_381));
    assert.ok(existsSync(firstShard), "a directory with kept heights stays");
    await files.remove(16_380, 16_385);
    assert.equal(existsSync(firstShard), false, "a wholly pruned directory is removed");
    for (let h = 16_386; h <= 16_390; h++) assert.deepEqual(await files.read(h), payloadOf(h), `${h} kept`);
  });

  it("a chain writes each block's diff as a file, and Chain.open tidies and upgrades what it finds", async () => {
    const path = join(dir, "chain");
    const genesis = testGenesis(testKey(0), [testKey(1)]);
    const sender = testKey(1);
    let db = await ChainDb.open(path);
    let chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    const roots = [toHex(chain.state.root())];
    for (let nonce = 0; nonce < 4; nonce++) {
      const tx = decodeAndVerifyTx(
        signedTransfer(sender, testKey(2 + nonce), 1n, nonce).bytes,
        genesis.chainId,
      );
      await chain.produceBlock(
        [tx],
        chain.head.header.timeMs + 500,
        testKey(0).address,
        () => new Uint8Array(0),
      );
      roots.push(toHex(chain.state.root()));
    }
    for (let h = 1; h <= 4; h++) assert.ok(await db.reverseDiffs.read(h), `block ${h}'s diff is a file`);
    const diff4 = (await db.reverseDiffs.read(4))!;
    await db.close();
    // A crash left block 5's diff without its batch; an older version kept block 4's as a record.
    await db.reverseDiffs.write(5, payloadOf(5), false);
    rmSync(db.reverseDiffs instanceof ReverseDiffFiles ? db.reverseDiffs.fileOf(4) : "", { force: true });
    const raw = new Level<string, Uint8Array>(path, { keyEncoding: "utf8", valueEncoding: "view" });
    await raw.put(`d:${(4).toString(16).padStart(16, "0")}`, diff4);
    await raw.close();

    db = await ChainDb.open(path);
    // The blocks carry no real commit (no validator signed them): not checked at this open.
    chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId), undefined, {
      recentBlocksChecked: 0,
    });
    try {
      assert.equal(await db.reverseDiffs.read(5), undefined, "the orphan above the head is gone");
      assert.deepEqual(await db.reverseDiffs.read(4), diff4, "the record became a file again");
      for (let h = 0; h <= 4; h++) {
        assert.equal(await chain.history.use(h, (past) => toHex(past.root())), roots[h], `state at ${h}`);
      }
    } finally {
      await db.close();
    }
  });

  it("at open, diffs a crash left outside (historyFrom, head] are removed and level-record diffs of an older store become files", async () => {
    const path = join(dir, "db");
    let db = await ChainDb.open(path);
    // Kept: 11..20. A crash left the file of block 21 (its batch never landed) and of pruned 3..10
    // (historyFrom moved, unlinks not done).
    for (let h = 3; h <= 21; h++) {
      if (h <= 10 || h >= 16) await db.reverseDiffs.write(h, payloadOf(h), false);
    }
    writeFileSync(join(path, "history", "README"), "not a diff"); // not ours: left alone
    await db.close();
    // An older store kept diffs as `d:` level records: 11..15 here, plus a pruned one.
    const raw = new Level<string, Uint8Array>(path, { keyEncoding: "utf8", valueEncoding: "view" });
    for (const h of [9, 11, 12, 13, 14, 15])
      await raw.put(`d:${h.toString(16).padStart(16, "0")}`, payloadOf(h));
    await raw.close();

    db = await ChainDb.open(path);
    try {
      assert.equal(
        await db.moveLegacyReverseDiffs(10, 20),
        6,
        "every level-record diff is taken out of the store",
      );
      assert.equal(await db.reverseDiffs.tidy(10, 20), 9, "orphans: block 21 and pruned 3..10");
      for (let h = 3; h <= 21; h++) {
        const expected = h > 10 && h <= 20 ? payloadOf(h) : undefined;
        assert.deepEqual(await db.reverseDiffs.read(h), expected, `height ${h}`);
      }
      for await (const key of (db as unknown as { db: Level<string, Uint8Array> }).db.keys()) {
        assert.ok(!key.startsWith("d:"), `no reverse diff left in the LSM tree (${key})`);
      }
      assert.ok(readdirSync(join(path, "history")).includes("README"));
      assert.equal(await db.moveLegacyReverseDiffs(10, 20), 0, "a second open has nothing to move");
      assert.equal(await db.reverseDiffs.tidy(10, 20), 0, "nor to remove");
    } finally {
      await db.close();
    }
  });
});
