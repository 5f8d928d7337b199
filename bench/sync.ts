/**
 * Catch-up sync: a new node joins a network whose history is 10,000 finalized blocks and fetches them
 * over libp2p (blocks-by-range), verifying every commit and re-executing every block.
 */
import { rmSync } from "node:fs";
import { toHex } from "../node/crypto/hash.js";
import { tempDir } from "../test/helpers/fixtures.js";
import { syncNewNode } from "../test/helpers/syncScenario.js";
import type { BenchResult } from "./types.js";

const BLOCKS = 10_000;

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-sync-");
  const outcome = await syncNewNode(dir, BLOCKS);
  try {
    if (toHex(outcome.joiner.chain.state.root()) !== toHex(outcome.server.chain.state.root())) {
      throw new Error("state roots differ after sync");
    }
    return [
      {
        name: `new node syncs ${BLOCKS.toLocaleString("en-US")} finalized blocks over libp2p`,
        value: Math.round(BLOCKS / outcome.seconds),
        unit: "blocks/s",
        note: `${outcome.seconds.toFixed(1)} s incl. node start; empty blocks, 4-validator commits verified, blocks re-executed`,
      },
    ];
  } finally {
    await outcome.joiner.stop();
    await outcome.server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
