import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { toHex } from "../../node/crypto/hash.js";
import type { PocoNode } from "../../node/pocoNode.js";
import { tempDir } from "../helpers/fixtures.js";
import { syncNewNode } from "../helpers/syncScenario.js";

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
    const { server, joiner, seconds } = await syncNewNode(dir, BLOCKS);
    nodes.push(server, joiner);
    console.log(
      `      synced ${BLOCKS} blocks in ${seconds.toFixed(1)} s = ${Math.round(BLOCKS / seconds)} blocks/s`,
    );
    assert.equal(joiner.chain.head.height, BLOCKS);
    assert.equal(toHex(joiner.chain.head.hash), toHex(server.chain.head.hash));
    assert.equal(toHex(joiner.chain.state.root()), toHex(server.chain.state.root()));
  });
});
