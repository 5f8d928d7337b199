/**
 * Storage faults (issue 9.11): a damaged block value, a table overwritten mid-file and a corrupt
 * MANIFEST are each reported as a typed StorageError naming what is damaged and why, at start for
 * the head's recent window and on read (the API answers 503 with the code, never a 500) for older
 * blocks. A node with peers re-fetches a damaged block (checked against its hash index and commit),
 * writes it back and serves it.
 */
import assert from "node:assert/strict";
import { closeSync, cpSync, openSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Level } from "level";
import { pino } from "pino";
import { Chain, ChainError } from "../../node/chain/chain.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { PocoNode } from "../../node/pocoNode.js";
import { ChainDb, StorageError } from "../../node/storage/chainDb.js";
import { buildFinalizedChain } from "../helpers/chainBuilder.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { transferBlocks } from "../helpers/syncScenario.js";
import { waitFor } from "../helpers/validatorNet.js";

const BLOCKS = 80;
const keys = [0, 1, 2, 3].map((i) => testKey(i));
const genesis = testGenesis(
  keys[0]!,
  [10, 11, 12, 13].map((i) => testKey(i)),
  1_000_000n * RLC,
);
genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));

const blockKey = (h: number) => `b:${h.toString(16).padStart(16, "0")}`;

async function flipByteOfBlock(chainDir: string, height: number): Promise<void> {
  const db = new Level<string, Uint8Array>(chainDir, { keyEncoding: "utf8", valueEncoding: "view" });
  await db.open();
  const bytes = (await db.get(blockKey(height)))!.slice();
  const at = bytes.length - 40; // inside the last transaction's bytes
  bytes[at] = (bytes[at] as number) ^ 0x01;
  await db.put(blockKey(height), bytes);
  await db.close();
}

/** The stored value under block `height`'s key, unchecked. */
async function readRaw(db: ChainDb, height: number): Promise<Uint8Array | undefined> {
  return (db as unknown as { db: Level<string, Uint8Array> }).db.get(blockKey(height));
}

const isStorageError = (code: string) => (err: unknown) =>
  err instanceof StorageError && err.code === code && err.message.length > 0;

describe("storage faults are reported clearly", function () {
  this.timeout(180_000);
  let dir: string;
  let pristine: string;

  before(async () => {
    dir = tempDir("poco-faults-");
    pristine = join(dir, "pristine");
    await buildFinalizedChain(pristine, genesis, keys, BLOCKS, transferBlocks(20));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  function copy(name: string): string {
    const target = join(dir, name);
    // Level has no copy API; the data directory is closed, so a file copy is a consistent snapshot.
    cpSync(pristine, target, { recursive: true });
    return join(target, "chain");
  }

  it("a damaged block in the head's recent window stops start-up with STORAGE_CORRUPT", async () => {
    const chainDir = copy("recent");
    await flipByteOfBlock(chainDir, BLOCKS - 3);
    const db = await ChainDb.open(chainDir);
    try {
      await assert.rejects(Chain.open(db, genesis, createStateMachine(genesis.chainId)), (err: unknown) => {
        assert.ok(isStorageError("STORAGE_CORRUPT")(err), String(err));
        assert.match((err as Error).message, new RegExp(`block ${BLOCKS - 3} is damaged`));
        return true;
      });
    } finally {
      await db.close();
    }
  });

  it("an old damaged block is refused on read: the API answers 503 STORAGE_CORRUPT, other blocks 200", async () => {
    const chainDir = copy("old");
    await flipByteOfBlock(chainDir, 5);
    const node = await PocoNode.start({
      dataDir: join(chainDir, ".."),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      logger: pino({ level: "silent" }),
    });
    try {
      const bad = await fetch(`${node.apiUrl}/blocks/5`);
      assert.equal(bad.status, 503);
      const body = (await bad.json()) as { code: string; message: string };
      assert.equal(body.code, "STORAGE_CORRUPT");
      assert.match(body.message, /block 5 is damaged/);
      assert.equal((await fetch(`${node.apiUrl}/blocks/6`)).status, 200);
      await assert.rejects(node.chain.db.getBlock(5), isStorageError("STORAGE_CORRUPT"));
    } finally {
      await node.stop();
    }
  });

  it("9.11 regression: an old damaged block of a node in a 2-node network is re-fetched from the peer, written back and served", async () => {
    const healthyDir = copy("repair-healthy");
    const damagedDir = copy("repair-damaged");
    await flipByteOfBlock(damagedDir, 5);
    const logger = pino({ level: "silent" });
    const healthy = await PocoNode.start({
      dataDir: join(healthyDir, ".."),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: [] },
      logger,
    });
    let damaged: PocoNode | undefined;
    try {
      damaged = await PocoNode.start({
        dataDir: join(damagedDir, ".."),
        genesis,
        api: { host: "127.0.0.1", port: 0 },
        p2p: { port: 0, bootstrap: healthy.network!.listenAddrs() },
        logger,
      });
      const node = damaged;
      await waitFor(async () => node.network!.peers().length > 0, 30_000, "the nodes to connect");
      const expected = (await (await fetch(`${healthy.apiUrl}/blocks/5`)).json()) as {
        header: { hash: string };
      };
      // The read notices the damage, asks the peer for block 5, checks it against the stored hash
      // index and commit, writes it back and serves it.
      const res = await fetch(`${node.apiUrl}/blocks/5`);
      assert.equal(res.status, 200, await res.clone().text());
      const served = (await res.json()) as { header: { hash: string } };
      assert.equal(served.header.hash, expected.header.hash);
      assert.equal(node.chain.db.repairedBlocks, 1);
      // Written back: read again without any peer, the stored block is intact.
      node.chain.db.setBlockRefetcher(undefined);
      const again = await node.chain.db.getBlock(5);
      assert.deepEqual(again, await healthy.chain.db.getBlock(5));
    } finally {
      await damaged?.stop();
      await healthy.stop();
    }
  });

  it("9.11: a peer that answers a re-fetch with another block is not believed (the read fails typed, the store is unchanged)", async () => {
    const chainDir = copy("repair-liar");
    await flipByteOfBlock(chainDir, 5);
    const db = await ChainDb.open(chainDir);
    try {
      const other = (await db.getBlock(6))!;
      const before = await readRaw(db, 5);
      let asked = 0;
      db.setBlockRefetcher(async (_height, accept) => {
        asked++;
        assert.ok(accept(other), "the store refuses a block that is not the committed one");
        return other;
      });
      await assert.rejects(db.getBlock(5), isStorageError("STORAGE_CORRUPT"));
      assert.equal(asked, 1);
      assert.equal(db.repairedBlocks, 0);
      assert.deepEqual(await readRaw(db, 5), before, "nothing written back");
      // A block no peer could deliver is not asked for again at once (a read flood costs no requests).
      await assert.rejects(db.getBlock(5), isStorageError("STORAGE_CORRUPT"));
      assert.equal(asked, 1);
    } finally {
      await db.close();
    }
  });

  it("tables overwritten mid-file: every failure is a typed storage or state-corruption error, at start or on read", async () => {
    const chainDir = copy("table");
    const level = new Level<string, Uint8Array>(chainDir, { keyEncoding: "utf8", valueEncoding: "view" });
    await level.open();
    await (level as unknown as { compactRange(a: string, b: string): Promise<void> }).compactRange(
      "\u0000",
      "\u00ff",
    );
    await level.close();
    const tables = readdirSync(chainDir)
      .filter((f) => f.endsWith(".ldb"))
      .map((f) => join(chainDir, f));
    assert.ok(tables.length > 0, "compaction wrote a table");
    // Every table is damaged every 32 KiB from a quarter in: which one holds the blocks depends on what else the store keeps
    // (state history diffs, tree nodes), and the damage must land where the reads below go.
    for (const table of tables) {
      const fd = openSync(table, "r+");
      const size = statSync(table).size;
      for (let at = Math.floor(size / 4); at < size - 256; at += 32 * 1024)
        writeSync(fd, Buffer.alloc(256, 0xaa), 0, 256, at);
      closeSync(fd);
    }
    const failures: unknown[] = [];
    let db: ChainDb | undefined;
    try {
      db = await ChainDb.open(chainDir);
      await Chain.open(db, genesis, createStateMachine(genesis.chainId), undefined, {
        recentBlocksChecked: 1,
      });
    } catch (err) {
      failures.push(err);
    }
    if (db) {
      for (let h = 1; h <= BLOCKS; h++) {
        await db.getBlock(h).catch((err: unknown) => failures.push(err));
        await db.getCommit(h).catch((err: unknown) => failures.push(err));
      }
      await db.close();
    }
    assert.ok(failures.length > 0, "the damage was noticed");
    for (const err of failures) {
      // Where the damage lands depends on the tables' layout: a block or commit read fails as a
      // StorageError; a tree node of the head's state missing at start is CHAIN_STATE_CORRUPT.
      if (err instanceof ChainError) {
        assert.equal(err.code, "CHAIN_STATE_CORRUPT", String(err));
        assert.match(err.message, /state of head \d+ .*state tree node .* is (missing|corrupt)/);
        continue;
      }
      assert.ok(err instanceof StorageError, `typed error, got ${String(err)}`);
      assert.match(err.message, /chain store|damaged/);
    }
  });

  it("a store written before the tree was persisted (values only) is upgraded once at start", async () => {
    const chainDir = copy("upgrade");
    const level = new Level<string, Uint8Array>(chainDir, { keyEncoding: "utf8", valueEncoding: "view" });
    await level.open();
    let values = 0;
    for await (const key of level.keys({ gte: "t:", lt: "t;" })) await level.del(key);
    await level.del("m:stateCount");
    await level.del("m:treeLayout");
    for await (const _ of level.keys({ gte: "s:", lt: "s;" })) values++;
    await level.close();
    let db = await ChainDb.open(chainDir);
    const upgraded = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    const root = toHex(upgraded.state.root());
    assert.equal(root, toHex(upgraded.head.header.stateRoot));
    assert.equal(upgraded.state.size, values);
    await db.close();
    // The second start reads the persisted tree (no scan): same root, same size.
    db = await ChainDb.open(chainDir);
    const again = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    assert.ok(db.readSync("t:00:"), "the tree's root page is stored");
    assert.equal(toHex(again.state.root()), root);
    assert.equal(again.state.size, values);
    await db.close();
  });

  it("a corrupt MANIFEST is reported with LevelDB's own reason", async () => {
    const chainDir = copy("manifest");
    const manifest = readdirSync(chainDir).find((f) => f.startsWith("MANIFEST-"))!;
    const path = join(chainDir, manifest);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(Math.min(64, statSync(path).size), 0x5a), 0, undefined, 0);
    await assert.rejects(ChainDb.open(chainDir), (err: unknown) => {
      assert.ok(isStorageError("STORAGE_OPEN_FAILED")(err), String(err));
      assert.match((err as Error).message, /corrupt/i, "the cause is in the message");
      return true;
    });
  });
});
