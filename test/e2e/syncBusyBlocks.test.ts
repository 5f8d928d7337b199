import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { toHex } from "../../node/crypto/hash.js";
import type { PocoNode } from "../../node/pocoNode.js";
import { tempDir } from "../helpers/fixtures.js";
import { syncNewNode } from "../helpers/syncScenario.js";

// 100 blocks of 500 transfers: one blocks-by-range answer of 100 such blocks is > 4 MiB, the size at
// which the length-prefixed frame writer used to reset the stream (so a busy chain could not be synced).
const BLOCKS = 100;
const TRANSFERS = 500;

describe(`a new node syncs ${BLOCKS} blocks of ${TRANSFERS} transfers over libp2p`, function () {
  this.timeout(900_000); // building 50,000 signed transfers is slow on a loaded 2-core machine
  let dir: string;
  const nodes: PocoNode[] = [];

  after(async () => {
    for (const n of nodes) await n.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("gets every block past the old 4 MiB frame limit and reaches the same head and state root", async () => {
    dir = tempDir("poco-sync-busy-");
    const { server, joiner } = await syncNewNode(dir, BLOCKS, 600_000, TRANSFERS);
    nodes.push(server, joiner);
    const first = await server.chain.db.getBlock(1);
    assert.ok(first && first.length * BLOCKS > 4 * 1024 * 1024, "the batch must exceed 4 MiB");
    assert.equal(joiner.chain.head.height, BLOCKS);
    assert.equal(toHex(joiner.chain.head.hash), toHex(server.chain.head.hash));
    assert.equal(toHex(joiner.chain.state.root()), toHex(server.chain.state.root()));
  });
});
