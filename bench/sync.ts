/**
 * Catch-up sync: a new node joins a network whose history is 10,000 finalized blocks and fetches them
 * over libp2p (blocks-by-range), verifying every commit and re-executing every block.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import "../node/polyfill.js";
import { toHex } from "../node/crypto/hash.js";
import { PocoNode } from "../node/pocoNode.js";
import { buildFinalizedChain } from "../test/helpers/chainBuilder.js";
import { RLC, tempDir, testGenesis, testKey } from "../test/helpers/fixtures.js";
import { waitFor } from "../test/helpers/validatorNet.js";
import type { BenchResult } from "./types.js";

const BLOCKS = 10_000;

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-sync-");
  const nodes: PocoNode[] = [];
  try {
    const keys = [0, 1, 2, 3].map((i) => testKey(i));
    const genesis = testGenesis(keys[0]!, [testKey(10)], 1_000n * RLC);
    genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    await buildFinalizedChain(join(dir, "server"), genesis, keys, BLOCKS);
    const logger = pino({ level: "silent" });
    const server = await PocoNode.start({
      dataDir: join(dir, "server"),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: [] },
      logger,
    });
    nodes.push(server);
    const started = performance.now();
    const joiner = await PocoNode.start({
      dataDir: join(dir, "joiner"),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: server.network!.listenAddrs() },
      consensus: { statusPollMs: 100 },
      logger,
    });
    nodes.push(joiner);
    await waitFor(async () => joiner.chain.head.height >= BLOCKS, 300_000, "sync");
    const seconds = (performance.now() - started) / 1000;
    if (toHex(joiner.chain.state.root()) !== toHex(server.chain.state.root()))
      throw new Error("state roots differ after sync");
    return [
      {
        name: `new node syncs ${BLOCKS.toLocaleString("en-US")} finalized blocks over libp2p`,
        value: Math.round(BLOCKS / seconds),
        unit: "blocks/s",
        note: `${seconds.toFixed(1)} s incl. node start; empty blocks, 4-validator commits verified, blocks re-executed`,
      },
    ];
  } finally {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
