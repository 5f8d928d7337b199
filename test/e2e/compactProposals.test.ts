/**
 * Compact proposals over libp2p (issue 14.3): four validators in one process, one of which takes no
 * tx gossip at all, so every tx of the others' proposals is missing from its mempool. It completes
 * each proposal with block-txs requests and finalizes the same blocks.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import "../../node/polyfill.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import { PocoNode } from "../../node/pocoNode.js";
import { readAccount } from "../../node/state/accounts.js";
import { RLC, signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

describe("compact proposals over libp2p: a validator whose mempool lacks the txs", function () {
  this.timeout(240_000);
  let dir: string;
  const nodes: PocoNode[] = [];

  after(async () => {
    for (const n of nodes.reverse()) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("fetches the missing txs from its peers and finalizes the same blocks", async () => {
    dir = tempDir("poco-compact-");
    const keys = [0, 1, 2, 3].map((i) => testKey(i));
    const alice = testKey(100);
    const bob = testKey(200);
    const genesis = testGenesis(keys[0]!, [alice], 1_000n * RLC);
    genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    for (const [i, key] of keys.entries()) {
      nodes.push(
        await PocoNode.start({
          dataDir: join(dir, `n${i}`),
          genesis,
          validatorKey: key,
          api: { host: "127.0.0.1", port: 0 },
          p2p: {
            port: 0,
            bootstrap: nodes.flatMap((n) => n.network!.listenAddrs()),
            // Node 3 hears no tx gossip: the txs of every proposal must be fetched.
            ...(i === 3 ? { txGossip: false } : {}),
          },
          consensus: { blockTimeMs: 200, compactProposals: true },
          verifierThreads: 0,
          logger: pino({ level: process.env.TEST_LOG ?? "silent" }),
        }),
      );
    }
    await waitFor(
      async () => nodes.every((n) => n.network!.peers().length >= 3),
      60_000,
      "every node connected to the 3 others",
    );
    const deaf = nodes[3]!;
    const api = new ApiClient(nodes[0]!.apiUrl);
    const transfers = Array.from({ length: 20 }, (_, nonce) => signedTransfer(alice, bob, RLC, nonce));
    // In waves, so that several blocks carry txs node 3 lacks (whichever node proposes them).
    for (let wave = 0; wave < 4; wave++) {
      await api.submitTxs(transfers.slice(wave * 5, wave * 5 + 5).map((t) => t.bytes));
      const expected = BigInt((wave + 1) * 5) * RLC;
      await waitFor(
        async () => nodes.every((n) => readAccount(n.chain.state, bob.addressHex).balance === expected),
        60_000,
        `wave ${wave} of transfers on every node`,
      );
    }
    const stats = deaf.consensus!.compactStats;
    assert.ok(stats.fetched > 0, `node 3 fetched txs (${JSON.stringify(stats)})`);
    assert.ok(
      transfers.every((t) => deaf.mempool.get(toHex(t.hash)) === undefined),
      "no transfer ever reached node 3's mempool",
    );
    // The same blocks everywhere, up to a height every node has.
    const h = Math.min(...nodes.map((n) => n.chain.head.height));
    const hashes = await Promise.all(nodes.map(async (n) => toHex((await n.chain.db.getBlock(h))!)));
    assert.equal(new Set(hashes).size, 1, `block ${h} identical on every node`);
  });
});
