import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHeader } from "../../node/chain/blockHeader.js";
import { applyGenesis, genesisToJSON } from "../../node/chain/genesis.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import { writeKeyFile } from "../../node/crypto/keys.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { readAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { proofFromJSON, verifyExclusion, verifyInclusion } from "../../node/state/sparseMerkleTree.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { decodeCanonical, poco } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { startNodeProcess } from "../helpers/nodeProcess.js";

/** Re-executes every stored block from genesis and checks each header's state root. */
async function replayFromGenesis(dataDir: string, genesis: ReturnType<typeof testGenesis>) {
  const db = await ChainDb.open(join(dataDir, "chain"));
  try {
    const overlay = new StateOverlay(CommittedState.empty());
    applyGenesis(overlay, genesis);
    const state = CommittedState.empty();
    state.apply(overlay.entries());
    const executor = createStateMachine(TEST_CHAIN_ID);
    const head = decodeHeader((await db.getHeadHeader())!);
    for (let height = 1; height <= head.height; height++) {
      const block = decodeCanonical(poco.Block, (await db.getBlock(height))!, 64 << 20);
      const header = decodeHeader(encodeHeaderOf(block));
      const txs = block.txs.map((bytes) => decodeAndVerifyTx(bytes, TEST_CHAIN_ID));
      // Blocks carry their parent's commit (required from height 2): its signers feed participation.
      const lastCommitSigners = block.lastCommit
        ? (block.lastCommit.precommits ?? [])
            .map((p) => toHex(decodeCanonical(poco.Vote, p.vote!).validator))
            .sort()
        : undefined;
      const ctx = {
        chainId: TEST_CHAIN_ID,
        height,
        timeMs: header.timeMs,
        proposer: toHex(header.proposer),
        baseFee: header.baseFee,
        ...(lastCommitSigners ? { lastCommitSigners } : {}),
      };
      const execution = executor.execute(state, ctx, txs, false);
      const root = state.apply(execution.overlay.entries());
      assert.equal(toHex(root), toHex(header.stateRoot), `state root of block ${height}`);
    }
    return { head, state };
  } finally {
    await db.close();
  }
}

function encodeHeaderOf(block: poco.Block): Uint8Array {
  return poco.BlockHeader.encode(block.header!).finish();
}

/** Funded filler accounts, so the state is sizeable and the tree does not fit the node's cache. */
function withFillers(genesis: ReturnType<typeof testGenesis>, count: number): ReturnType<typeof testGenesis> {
  const accounts = [...genesis.accounts];
  for (let i = 0; i < count; i++) {
    const address = `0x${(0xf0000000 + i).toString(16).padStart(40, "0")}`;
    accounts.push({ address, balance: 1n, stake: 0n });
  }
  return { ...genesis, accounts };
}

describe("crash safety: kill -9 and restart", function () {
  this.timeout(600_000);
  const validator = testKey(0);
  const senders = [testKey(1), testKey(2), testKey(3)];
  const sink = testKey(50);
  let dir: string;

  before(async () => {
    dir = tempDir();
    await writeKeyFile(join(dir, "validator.json"), validator);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  async function killAndRestart(
    name: string,
    genesis: ReturnType<typeof testGenesis>,
    extraArgs: string[],
    rounds: number,
    stateHistory?: number,
  ): Promise<void> {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(genesisToJSON(genesis)));
    const args = () => [
      "--data-dir",
      join(dir, name),
      "--genesis",
      join(dir, `${name}.json`),
      "--key",
      join(dir, "validator.json"),
      "--api-port",
      "0",
      "--block-time",
      "50",
      ...extraArgs,
    ];
    const nonces = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      // Generous start-up bound: a shared CI machine under load takes long to build a 50k genesis.
      const node = await startNodeProcess(args(), 150_000);
      const api = new ApiClient(node.apiUrl);
      for (const s of senders) nonces.set(s.addressHex, (await api.account(s.addressHex)).nonce);
      // Keep the node busy writing blocks with transfers, then kill it without warning.
      const killAfterMs = 400 + round * 250;
      const started = Date.now();
      let submitted = 0;
      while (Date.now() - started < killAfterMs && submitted < 2_000) {
        const s = senders[submitted % senders.length]!;
        const nonce = nonces.get(s.addressHex)!;
        await api.submitTx(signedTransfer(s, sink, 1n, nonce).bytes).then(
          () => nonces.set(s.addressHex, nonce + 1),
          () => undefined,
        );
        submitted++;
      }
      const beforeKill = await api.status();
      node.child.kill("SIGKILL");
      await node.exited;
      // The restarted node opens the state at the head and refuses to start if its root node differs.
      const again = await startNodeProcess(args(), 150_000);
      const api2 = new ApiClient(again.apiUrl);
      const status = await api2.status();
      assert.ok(
        status.height >= beforeKill.height,
        `restarted at ${status.height}, was at ${beforeKill.height}`,
      );
      const latest = await api2.request<{ header: { height: number; stateRoot: string } }>(
        "GET",
        `/blocks/${status.height}`,
      );
      assert.equal(latest.header.stateRoot, status.stateRoot);
      if (stateHistory !== undefined) await checkHistory(again.apiUrl, stateHistory, beforeKill.height);
      again.child.kill("SIGTERM");
      assert.equal(await again.exited, 0);
    }
    // Every committed block replays from genesis to the same roots, and no RLC was created or lost.
    const { head, state } = await replayFromGenesis(join(dir, name), genesis);
    assert.ok(head.height > 0);
    const total = [...senders, sink].reduce((sum, k) => sum + readAccount(state, k.addressHex).balance, 0n);
    assert.equal(total, 3_000n * RLC);
    assert.ok(readAccount(state, sink.addressHex).balance > 0n, "some transfers were committed");
  }

  /**
   * State history survived the kill: the heights committed just before it (beforeKill and the 5 below)
   * prove the sink's account against each block's state root, and a height pruned in the background
   * answers 409. The restarted node keeps producing blocks, so a height may leave the window while we
   * check: a 409 is accepted only once the head is K past it.
   */
  async function checkHistory(apiUrl: string, keep: number, beforeKill: number): Promise<void> {
    const api = new ApiClient(apiUrl);
    const key = new TextEncoder().encode(`acct:${sink.addressHex.slice(2).toLowerCase()}`);
    const verified: number[] = [];
    for (let h = beforeKill; h >= Math.max(1, beforeKill - 5); h--) {
      const res = await fetch(`${apiUrl}/accounts/${sink.addressHex}/proof?height=${h}`);
      if (res.status === 409) {
        assert.equal(((await res.json()) as { code: string }).code, "STATE_NOT_RETAINED");
        assert.ok(h < (await api.status()).height - keep, `kept height ${h} refused`);
        continue;
      }
      assert.equal(res.status, 200, `proof at height ${h}`);
      const p = (await res.json()) as {
        stateRoot: string;
        proof: { value: string | null; siblings: string[]; terminal: unknown };
      };
      const block = await api.request<{ header: { stateRoot: string } }>("GET", `/blocks/${h}`);
      assert.equal(p.stateRoot, block.header.stateRoot, `state root at kept height ${h}`);
      const root = Buffer.from(p.stateRoot.slice(2), "hex");
      const proof = proofFromJSON({ siblings: p.proof.siblings, terminal: p.proof.terminal });
      const ok =
        p.proof.value === null
          ? verifyExclusion(root, key, proof)
          : verifyInclusion(root, key, Buffer.from(p.proof.value.slice(2), "hex"), proof);
      assert.ok(ok, `proof at kept height ${h} verifies`);
      verified.push(h);
    }
    assert.ok(verified.includes(beforeKill), `height ${beforeKill}, committed before the kill, proven`);
    const head = (await api.status()).height;
    if (head - keep > 1) {
      // Pruning runs in the background after the restart: poll until height 1 is gone.
      let code = "";
      for (let i = 0; i < 100 && code !== "STATE_NOT_RETAINED"; i++) {
        const res = await fetch(`${apiUrl}/accounts/${sink.addressHex}/proof?height=1`);
        code = res.status === 409 ? ((await res.json()) as { code: string }).code : "";
        if (code !== "STATE_NOT_RETAINED") await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(code, "STATE_NOT_RETAINED", "a pruned height answers 409");
    }
  }

  it("restarts at its last committed block with the same state root, three kills in a row", async () => {
    await killAndRestart(
      "small",
      testGenesis(validator, senders, 1_000n * RLC),
      ["--state-history", "32"],
      3,
      32,
    );
  });

  it("the same at a sizeable state (50,000 accounts) that does not fit a 16 MB state cache, state history intact", async () => {
    const genesis = withFillers(testGenesis(validator, senders, 1_000n * RLC), 50_000);
    await killAndRestart("large", genesis, ["--state-cache-mb", "16", "--state-history", "64"], 2, 64);
  });
});
