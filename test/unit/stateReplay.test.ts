import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import "../../node/polyfill.js";
import Fastify from "fastify";
import { LocalSidechain } from "../../bridge/devnet.js";
import { accountProof, accountProofRoutes } from "../../node/api/routes/accountProofRoutes.js";
import { toHex } from "../../node/crypto/hash.js";
import { CommittedState } from "../../node/state/committedState.js";
import { proofFromJSON, verifyInclusion } from "../../node/state/sparseMerkleTree.js";
import { StateKeys } from "../../node/state/stateKeys.js";
import { PastStateCache, replayStateAt } from "../../node/state/stateReplay.js";
import { RLC, signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

describe("stateReplay: a past state rebuilt from the stored blocks, for proofs at an anchored height", () => {
  const validator = testKey(0);
  const alice = testKey(10);
  const bob = testKey(11);
  let dir: string;
  let side: LocalSidechain;

  before(async () => {
    dir = tempDir("poco-replay-");
    side = await LocalSidechain.open(dir, testGenesis(validator, [alice], 1_000n * RLC), [validator]);
  });
  after(async () => {
    await side.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("replays to each past height with that height's root, and proves an account there", async () => {
    const roots: string[] = [toHex(side.chain.state.root())];
    for (let i = 0; i < 6; i++) {
      side.submit(signedTransfer(alice, bob, BigInt(i + 1) * RLC, i).bytes);
      await side.mine();
      roots.push(toHex(side.chain.state.root()));
    }
    for (const h of [0, 2, 5]) {
      const state = await replayStateAt(side.chain, h);
      assert.equal(toHex(state.root()), roots[h], `root at ${h}`);
    }
    // at height 3 bob holds 1 + 2 + 3 RLC; the proof verifies against that height's root only
    const past = await replayStateAt(side.chain, 3);
    const p = accountProof(past, 3, bob.addressHex);
    assert.equal(p.balance, (6n * RLC).toString());
    const key = new TextEncoder().encode(StateKeys.account(bob.addressHex));
    const value = Buffer.from(p.proof.value!.slice(2), "hex");
    const proof = proofFromJSON({ siblings: p.proof.siblings, terminal: p.proof.terminal });
    assert.ok(verifyInclusion(Buffer.from(roots[3]!.slice(2), "hex"), key, value, proof));
    assert.ok(!verifyInclusion(Buffer.from(roots[6]!.slice(2), "hex"), key, value, proof));
  });

  it("GET /accounts/:address/proof?height= serves heights within the state history without replay, equal to a replay", async () => {
    const app = Fastify({ logger: false });
    let replays = 0;
    await accountProofRoutes(app, {
      chain: side.chain,
      pastHeightAllowed: async () => false,
      pastStates: new PastStateCache(async (h) => {
        replays++;
        return replayStateAt(side.chain, h);
      }),
    });
    try {
      const head = side.chain.head.height;
      assert.ok(head >= 6);
      assert.equal(side.chain.history.from, 0, "history kept from genesis (default K = 128)");
      for (let h = 0; h <= head; h++) {
        const res = await app.inject({ method: "GET", url: `/accounts/${bob.addressHex}/proof?height=${h}` });
        assert.equal(res.statusCode, 200, res.body);
        const expected = accountProof(await replayStateAt(side.chain, h), h, bob.addressHex);
        assert.deepEqual(res.json(), JSON.parse(JSON.stringify(expected)), `height ${h}`);
      }
      assert.equal(replays, 0, "no replay for heights in the history");
    } finally {
      await app.close();
    }
  });

  it("PastStateCache rebuilds one height at a time and keeps the last one", async () => {
    const calls: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const cache = new PastStateCache(async (h) => {
      calls.push(h);
      await gate;
      return CommittedState.empty();
    });
    const first = cache.get(4);
    const same = cache.get(4);
    assert.equal(await cache.get(5), undefined, "another height while rebuilding: busy");
    release();
    const [a, b] = await Promise.all([first, same]);
    assert.ok(a && a === b);
    assert.equal(await cache.get(4), a, "kept");
    assert.deepEqual(calls, [4], "rebuilt once");
  });
});
