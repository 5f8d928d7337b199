import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import "../../node/polyfill.js";
import { toHex } from "../../node/crypto/hash.js";
import { PocoNode } from "../../node/pocoNode.js";
import { buildFinalizedChain } from "../helpers/chainBuilder.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

const BLOCKS = 10_000;

describe(`a new node joins and syncs ${BLOCKS.toLocaleString("en-US")} finalized blocks over libp2p`, function () {
  this.timeout(300_000);
  let dir: string;
  const nodes: PocoNode[] = [];

  after(async () => {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("verifies every commit, reaches the same head and state root, and reports blocks/s", async () => {
    dir = tempDir("poco-sync-");
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
    assert.equal(server.chain.head.height, BLOCKS);
    const started = Date.now();
    const joiner = await PocoNode.start({
      dataDir: join(dir, "joiner"),
      genesis,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: server.network!.listenAddrs() },
      consensus: { statusPollMs: 200 },
      logger,
    });
    nodes.push(joiner);
    await waitFor(async () => joiner.chain.head.height >= BLOCKS, 240_000, "the joiner to sync");
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `      synced ${BLOCKS} blocks in ${seconds.toFixed(1)} s = ${Math.round(BLOCKS / seconds)} blocks/s`,
    );
    assert.equal(toHex(joiner.chain.head.hash), toHex(server.chain.head.hash));
    assert.equal(toHex(joiner.chain.state.root()), toHex(server.chain.state.root()));
  });
});
