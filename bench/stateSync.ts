/**
 * State sync (issue 12.3): a new node joins a chain whose genesis funds 100,000 and 1,000,000
 * accounts by downloading a snapshot over libp2p (`--state-sync`), verifying the header's commit,
 * every chunk against the state root, and writing the state and its tree nodes; measured from
 * `PocoNode.start` of the new node until it is started at the snapshot height (state root checked
 * equal to the server's). Also reports the serving node's snapshot production time.
 * BENCH_STATE_SYNC_SIZES=100000,1000000 (default) picks the sizes.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import "../node/polyfill.js";
import { Chain } from "../node/chain/chain.js";
import type { Genesis } from "../node/chain/genesis.js";
import { toHex } from "../node/crypto/hash.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { PocoNode } from "../node/pocoNode.js";
import { SnapshotStore } from "../node/statesync/snapshotStore.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { buildFinalizedChain } from "../test/helpers/chainBuilder.js";
import { RLC, tempDir, testGenesis, testKey } from "../test/helpers/fixtures.js";
import type { BenchResult } from "./types.js";

const SIZES = (process.env.BENCH_STATE_SYNC_SIZES ?? "100000,1000000").split(",").map(Number);
/**
 * BENCH_STATE_SYNC_SOURCE=<dir>: the serving node's chain of `n` accounts lives in <dir>/<n>, is built
 * there only if missing and kept after the run, so it can be built ahead of the timed join (e.g.
 * `buildSource` while another bench runs) and reused.
 */
const SOURCE_DIR = process.env.BENCH_STATE_SYNC_SOURCE;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of SIZES) results.push(...(await syncOnce(size)));
  return results;
}

const validatorKeys = () => [0, 1, 2, 3].map((i) => testKey(i));

function sourceGenesis(accounts: number): Genesis {
  const genesis = testGenesis(validatorKeys()[0]!, [testKey(100)]);
  genesis.validators = validatorKeys().map((k) => ({ address: toHex(k.address), power: 10 }));
  for (let i = 0; i < accounts; i++) {
    genesis.accounts.push({
      address: `0x${(0x10000000 + i).toString(16).padStart(40, "0")}`,
      balance: RLC,
      stake: 0n,
    });
  }
  return genesis;
}

/** The serving node's chain: genesis of `accounts` funded accounts + 2 finalized blocks (kept if built). */
export async function buildSource(serverDir: string, accounts: number): Promise<void> {
  const built = join(serverDir, "built");
  if (existsSync(built)) return;
  rmSync(serverDir, { recursive: true, force: true });
  const t = performance.now();
  await buildFinalizedChain(serverDir, sourceGenesis(accounts), validatorKeys(), 2);
  writeFileSync(built, "");
  process.stdout.write(
    `  built the ${accounts.toLocaleString("en-US")}-account chain in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
  );
}

async function syncOnce(accounts: number): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-statesync-");
  const genesis = sourceGenesis(accounts);
  const label = accounts.toLocaleString("en-US");
  const serverDir = SOURCE_DIR ? join(SOURCE_DIR, String(accounts)) : join(dir, "server");
  await buildSource(serverDir, accounts);

  // The snapshot the server offers, produced as a node does (from a read view of its store).
  const db = await ChainDb.open(join(serverDir, "chain"));
  const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
  const store = await SnapshotStore.open(join(serverDir, "snapshots"));
  let t = performance.now();
  const info = await store.produce(chain.head.height, chain.head.header.stateRoot, db.stateEntriesAtNow());
  const produceSeconds = (performance.now() - t) / 1000;
  const root = toHex(chain.head.header.stateRoot);
  await db.close();

  const logger = pino({ level: process.env.BENCH_LOG ?? "silent" });
  const server = await PocoNode.start({
    dataDir: serverDir,
    genesis,
    api: { host: "127.0.0.1", port: 0 },
    p2p: { port: 0, bootstrap: [] },
    snapshotInterval: 1_000_000,
    logger,
  });
  let joiner: PocoNode | undefined;
  try {
    t = performance.now();
    const cpu = process.cpuUsage();
    joiner = await PocoNode.start({
      dataDir: join(dir, "joiner"),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: server.network!.listenAddrs() },
      stateSync: {},
      logger,
    });
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    if (toHex(joiner.chain.state.root()) !== root) throw new Error("state roots differ after state sync");
    if (joiner.chain.head.height !== info.height) throw new Error("joiner is not at the snapshot height");
    const mib = (info.bytes / 1024 / 1024).toFixed(1);
    return [
      {
        name: `new node state-syncs a ${label}-account chain`,
        value: Math.round(seconds * 10) / 10,
        unit: "s",
        note: `PocoNode.start to started at the snapshot height, one serving peer; ${info.chunks} chunks, ${mib} MiB; commit, manifest and every chunk verified, values + tree nodes written`,
      },
      {
        name: `CPU of the state sync of ${label} accounts (both nodes, one process)`,
        value: Math.round(cpuSeconds * 10) / 10,
        unit: "s",
        note: "process CPU time over the same interval: the serving node's share included; less sensitive to the machine's load than wall time",
      },
      {
        name: `snapshot production at ${label} accounts`,
        value: Math.round(produceSeconds * 10) / 10,
        unit: "s",
        note: "read view of the store, hash + sort + region hashes + chunk files, in event-loop slices",
      },
    ];
  } finally {
    await joiner?.stop();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
