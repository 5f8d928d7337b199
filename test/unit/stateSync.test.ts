/**
 * State sync between stores in one process (node/statesync/stateSyncer.ts), with real chains and
 * snapshot stores behind an in-memory `SnapshotPeers`: the synced store opens as a chain at the
 * snapshot height with the same state root and values; a peer serving a chunk with one flipped byte
 * is refused and penalized and the chunk is fetched from another peer; an interrupted sync resumes.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { Registry } from "prom-client";
import { Chain, resolveStoredGenesis } from "../../node/chain/chain.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { StateKeys } from "../../node/state/stateKeys.js";
import {
  type ChunkRequest,
  MANIFEST_INDEX,
  type SnapshotPeers,
  StateSyncError,
} from "../../node/statesync/snapshotProtocol.js";
import { type SnapshotInfo, SnapshotStore } from "../../node/statesync/snapshotStore.js";
import { hasUnfinishedStateSync, stateSync } from "../../node/statesync/stateSyncer.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { SyncMetrics } from "../../node/syncMetrics.js";
import { buildFinalizedChain } from "../helpers/chainBuilder.js";
import { tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const ACCOUNTS = 3_000;

type Behaviour = "good" | "flip" | "down";

/** Peers backed by one source chain and its snapshot store, each peer with its own behaviour. */
class MemoryPeers implements SnapshotPeers {
  readonly penalized: string[] = [];
  readonly served = new Map<string, number>();

  constructor(
    private readonly db: ChainDb,
    private readonly store: SnapshotStore,
    readonly behaviours: Map<string, Behaviour>,
  ) {}

  peers(): string[] {
    return [...this.behaviours.keys()];
  }

  async listSnapshots(): Promise<SnapshotInfo[]> {
    return this.store.list();
  }

  async fetchChunk(peer: string, r: ChunkRequest): Promise<Uint8Array> {
    const how = this.behaviours.get(peer);
    if (how === "down") throw new Error("connection reset");
    const bytes =
      r.index === MANIFEST_INDEX
        ? this.store.manifest(r.height, r.manifestHash)
        : await this.store.chunk(r.height, r.manifestHash, r.index);
    if (!bytes) throw new Error("not found");
    if (r.index !== MANIFEST_INDEX) this.served.set(peer, (this.served.get(peer) ?? 0) + 1);
    if (how === "flip" && r.index !== MANIFEST_INDEX) {
      const copy = bytes.slice();
      copy[Math.floor(copy.length / 2)]! ^= 0x01;
      return copy;
    }
    return bytes;
  }

  async fetchBlock(_peer: string, height: number) {
    return { block: (await this.db.getBlock(height))!, commit: (await this.db.getCommit(height))! };
  }

  penalize(peer: string): void {
    this.penalized.push(peer);
    this.behaviours.delete(peer);
  }
}

describe("state sync (in process)", function () {
  this.timeout(120_000);
  const validators = [testKey(0), testKey(1), testKey(2), testKey(3)];
  const genesis = testGenesis(validators[0]!, [testKey(100)]);
  genesis.validators = validators.map((k) => ({ address: toHex(k.address), power: 10 }));
  for (let i = 0; i < ACCOUNTS; i++) {
    const address = `0x${(i + 1).toString(16).padStart(40, "0")}`;
    genesis.accounts.push({ address, balance: BigInt(i + 1), stake: 0n });
  }
  let sourceDb: ChainDb;
  let store: SnapshotStore;
  let sourceRoot: string;
  let height: number;

  before(async () => {
    const dir = tempDir("poco-statesync-src-");
    await buildFinalizedChain(dir, genesis, validators, 4);
    sourceDb = await ChainDb.open(join(dir, "chain"));
    const chain = await Chain.open(sourceDb, genesis, createStateMachine(genesis.chainId));
    height = chain.head.height;
    sourceRoot = toHex(chain.head.header.stateRoot);
    store = await SnapshotStore.open(join(dir, "snapshots"), 2, { regionBytes: 4096, chunkBytes: 16_384 });
    const info = await store.produce(height, chain.head.header.stateRoot, sourceDb.stateEntriesAtNow());
    assert.ok(info.chunks >= 8, `${info.chunks} chunks`);
  });

  after(async () => {
    await sourceDb.close();
  });

  /** The store's tree pages (levelTreeStore.ts), as hex: a synced store holds the source's, byte for byte. */
  async function treePages(db: ChainDb): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for await (const [k, v] of db.rawEntries("t:", "t;")) out.set(k, toHex(v));
    return out;
  }

  async function openSynced(db: ChainDb): Promise<Chain> {
    return Chain.open(db, genesis, createStateMachine(genesis.chainId));
  }

  it("syncs an empty store that then opens at the snapshot height with the same root and values", async () => {
    const db = await ChainDb.open(join(tempDir("poco-statesync-dst-"), "chain"));
    try {
      const peers = new MemoryPeers(
        sourceDb,
        store,
        new Map([
          ["a", "good"],
          ["b", "good"],
        ]),
      );
      const result = await stateSync(db, peers, { genesis, discoveryTimeoutMs: 2_000 });
      assert.equal(result?.height, height);
      // The genesis check record is written: the synced store's opens do not rebuild the genesis.
      assert.equal((await resolveStoredGenesis(db, genesis, (await db.getGenesisHash())!)).recomputed, false);
      const chain = await openSynced(db);
      assert.equal(chain.head.height, height);
      assert.equal(toHex(chain.state.root()), sourceRoot);
      const account = StateKeys.account(`0x${(77).toString(16).padStart(40, "0")}`);
      assert.ok(chain.state.get(account));
      assert.equal(toHex(chain.state.get(account)!), toHex(sourceDb.readSync(`s:${account}`)!));
      assert.equal(chain.state.size, await countState(sourceDb));
      // Every tree page, those straddling a region's top (merged from chunk parts at the end) too.
      assert.deepEqual(await treePages(db), await treePages(sourceDb));
      // A second run on a synced store has nothing to do.
      assert.equal(await stateSync(db, peers, { genesis }), undefined);
    } finally {
      await db.close();
    }
  });

  it("refuses a chunk with one flipped byte, penalizes its peer and fetches it from another", async () => {
    const db = await ChainDb.open(join(tempDir("poco-statesync-flip-"), "chain"));
    try {
      const peers = new MemoryPeers(
        sourceDb,
        store,
        new Map([
          ["evil", "flip"],
          ["honest", "good"],
        ]),
      );
      await stateSync(db, peers, { genesis, concurrency: 2, discoveryTimeoutMs: 2_000 });
      assert.deepEqual(peers.penalized, ["evil"]);
      assert.ok((peers.served.get("evil") ?? 0) >= 1, "the evil peer was asked for a chunk");
      const chain = await openSynced(db);
      assert.equal(toHex(chain.state.root()), sourceRoot);
    } finally {
      await db.close();
    }
  });

  it("an interrupted sync (no peer left) resumes the same snapshot on the next run", async () => {
    const path = join(tempDir("poco-statesync-resume-"), "chain");
    let db = await ChainDb.open(path);
    // Only a flipping peer: every chunk is refused, the run fails with a typed error.
    const evil = new MemoryPeers(sourceDb, store, new Map([["evil", "flip"]]));
    await assert.rejects(stateSync(db, evil, { genesis, discoveryTimeoutMs: 500 }), StateSyncError);
    assert.equal(await db.getGenesisHash(), undefined, "no chain before the sync completes");
    assert.ok(
      hasUnfinishedStateSync(db),
      "the partial sync is marked (PocoNode refuses to open it as a chain)",
    );
    // A good peer that fails after some chunks, then a restart of the process.
    const flaky = new MemoryPeers(sourceDb, store, new Map([["flaky", "good"]]));
    const info = store.list()[0]!;
    let calls = 0;
    const original = flaky.fetchChunk.bind(flaky);
    flaky.fetchChunk = async (peer, r) => {
      if (r.index !== MANIFEST_INDEX && ++calls > Math.ceil(info.chunks / 2)) throw new Error("killed");
      return original(peer, r);
    };
    await assert.rejects(stateSync(db, flaky, { genesis, concurrency: 1, discoveryTimeoutMs: 500 }));
    await db.close();
    db = await ChainDb.open(path);
    try {
      const good = new MemoryPeers(sourceDb, store, new Map([["good", "good"]]));
      // Progress (as /metrics shows it): starts at the chunks already written, ends at all of them.
      const metrics = new SyncMetrics(new Registry());
      const progress: [number, number][] = [];
      const result = await stateSync(db, good, {
        genesis,
        discoveryTimeoutMs: 2_000,
        onProgress: (done, total) => {
          progress.push([done, total]);
          metrics.stateSyncProgress(done, total);
        },
      });
      assert.ok(result && result.resumed > 0, `resumed ${result?.resumed}`);
      assert.deepEqual(progress[0], [result.resumed, result.chunks]);
      assert.deepEqual(progress.at(-1), [result.chunks, result.chunks]);
      assert.equal(progress.length, result.chunks - result.resumed + 1);
      assert.equal((await metrics.stateSyncChunksDone.get()).values[0]?.value, result.chunks);
      assert.equal((await metrics.stateSyncChunksTotal.get()).values[0]?.value, result.chunks);
      assert.ok(!hasUnfinishedStateSync(db));
      // The page parts written by the chunks of the interrupted runs were merged too.
      assert.deepEqual(await treePages(db), await treePages(sourceDb));
      assert.equal(
        await db
          .rawEntries("m:stateSyncPage:", "m:stateSyncPage;")
          .next()
          .then((r) => r.done),
        true,
      );
      const chain = await openSynced(db);
      assert.equal(toHex(chain.state.root()), sourceRoot);
    } finally {
      await db.close();
    }
  });
});

async function countState(db: ChainDb): Promise<number> {
  let n = 0;
  for await (const _ of db.stateEntries()) n++;
  return n;
}
