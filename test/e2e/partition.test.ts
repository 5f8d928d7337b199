import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import "../../node/polyfill.js";
import { toHex } from "../../node/crypto/hash.js";
import { loadOrCreatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { PocoNode } from "../../node/pocoNode.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { freePort, waitFor } from "../helpers/validatorNet.js";

describe("BFT under a 2|2 partition (4 in-process nodes, real libp2p, a deny-list gater)", function () {
  this.timeout(120_000);
  const keys = [0, 1, 2, 3].map((i) => testKey(i));
  let dir: string;
  const nodes: PocoNode[] = [];
  /** Every block hash each node committed, by height: two different hashes at one height = fork. */
  const seen = new Map<number, Set<string>>();

  before(async () => {
    dir = tempDir("poco-partition-");
    const genesis = testGenesis(keys[0]!, [testKey(10)], 1_000n * RLC);
    genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    const peers = await Promise.all(
      keys.map(async (_, i) => ({
        id: peerIdOf(await loadOrCreatePeerKey(join(dir, `n${i}`))),
        port: await freePort(),
      })),
    );
    for (const [i, key] of keys.entries()) {
      const node = await PocoNode.start({
        dataDir: join(dir, `n${i}`),
        genesis,
        validatorKey: key,
        api: { host: "127.0.0.1", port: 0 },
        p2p: {
          port: peers[i]!.port,
          bootstrap: peers.filter((_, j) => j !== i).map((p) => `/ip4/127.0.0.1/tcp/${p.port}/p2p/${p.id}`),
        },
        consensus: {
          blockTimeMs: 100,
          timeouts: { proposeMs: 400, proposeDeltaMs: 200, voteMs: 200, voteDeltaMs: 100 },
        },
        logger: pino({ level: "silent" }),
      });
      node.chain.onBlock((b) => {
        const set = seen.get(b.head.height) ?? new Set<string>();
        set.add(toHex(b.head.hash));
        seen.set(b.head.height, set);
      });
      nodes.push(node);
    }
  });

  after(async () => {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const heights = () => nodes.map((n) => n.chain.head.height);

  it("never finalizes two blocks at one height, stalls while split, and resumes after healing", async () => {
    await waitFor(async () => Math.min(...heights()) >= 3, 30_000, "3 blocks before the partition");
    const [a, b] = [nodes.slice(0, 2), nodes.slice(2)];
    for (const x of a)
      for (const y of b) {
        x.network!.blockPeer(y.network!.peerId);
        y.network!.blockPeer(x.network!.peerId);
      }
    await new Promise((r) => setTimeout(r, 1000)); // a block already decided may still land
    const split = Math.max(...heights());
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(Math.max(...heights()), split, "no block while neither side has > 2/3 of the power");
    for (const x of a)
      for (const y of b) {
        x.network!.unblockPeer(y.network!.peerId);
        y.network!.unblockPeer(x.network!.peerId);
      }
    await waitFor(async () => Math.min(...heights()) >= split + 3, 60_000, "progress after healing");
    for (const [height, hashes] of seen) assert.equal(hashes.size, 1, `fork at height ${height}`);
  });
});
