import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { pino } from "pino";
import { ApiClient, ApiClientError } from "../../node/cli/apiClient.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { PocoNode } from "../../node/pocoNode.js";
import { proofFromJSON, verifyInclusion } from "../../node/state/sparseMerkleTree.js";
import { signTx } from "../../node/tx/signedTx.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const BLOCK_TIME = 200;

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ApiClientError, `expected an API error, got ${err}`);
    assert.equal(err.status, 400);
    return err.code;
  }
  assert.fail("expected a rejection");
}

describe("node over HTTP (single validator)", () => {
  const validator = testKey(0);
  const alice = testKey(1);
  const bob = testKey(2);
  let dir: string;
  let node: PocoNode;
  let api: ApiClient;

  before(async () => {
    dir = tempDir();
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [alice]),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: BLOCK_TIME },
      logger: pino({ level: "silent" }),
    });
    api = new ApiClient(node.apiUrl);
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("includes a signed transfer within two block times and moves both balances", async () => {
    const before = await api.account(alice.addressHex);
    const tx = signedTransfer(alice, bob, 5n * RLC, before.nonce);
    // Measured in blocks, not wall time: committed at most two blocks after the head it was sent at.
    const headAtSubmit = (await api.status()).height;
    const { hash } = await api.submitTx(tx.bytes);
    assert.equal(hash, toHex(tx.hash));
    const receipt = await api.waitForTx(hash, 10_000, 10);
    assert.equal(receipt.status, "success");
    assert.ok(receipt.height <= headAtSubmit + 2, `committed at ${receipt.height}, head was ${headAtSubmit}`);
    const [a, b] = await Promise.all([api.account(alice.addressHex), api.account(bob.addressHex)]);
    assert.equal(BigInt(a.balance), BigInt(before.balance) - 5n * RLC);
    assert.equal(BigInt(b.balance), 5n * RLC);
    assert.equal(a.nonce, before.nonce + 1);
  });

  it("rejects a replay, a used nonce, a wrong chain id, a bad signature, a nonce gap and malformed bytes with distinct codes", async () => {
    const { nonce } = await api.account(alice.addressHex);
    const good = signedTransfer(alice, bob, 1n, nonce);
    await api.waitForTx((await api.submitTx(good.bytes)).hash, 10_000, 10);
    const codes = {
      // the very same tx: known by its hash as committed, refused before its signature is recovered
      replay: await rejectionCode(api.submitTx(good.bytes)),
      // another tx with the nonce already used
      staleNonce: await rejectionCode(api.submitTx(signedTransfer(alice, bob, 2n, nonce).bytes)),
      wrongChain: await rejectionCode(
        api.submitTx(signedTransfer(alice, bob, 1n, nonce + 1, TEST_CHAIN_ID + 1).bytes),
      ),
      badSignature: await rejectionCode(
        api.submitTx(
          (() => {
            const t = signedTransfer(alice, bob, 1n, nonce + 1);
            const signed = poco.SignedTx.decode(t.bytes);
            const sig = Uint8Array.from(signed.signature);
            sig[10] = sig[10]! ^ 0x01;
            return encode(poco.SignedTx, { tx: signed.tx, signature: sig });
          })(),
        ),
      ),
      nonceGap: await rejectionCode(api.submitTx(signedTransfer(alice, bob, 1n, nonce + 5).bytes)),
      malformed: await rejectionCode(api.submitTx(Uint8Array.from([0x0a, 0xff, 0x01, 0x02]))),
      nonCanonical: await rejectionCode(api.submitTx(Uint8Array.from([...good.bytes, 0x12, 0x00]))),
    };
    assert.deepEqual(codes, {
      replay: "TX_ALREADY_KNOWN",
      staleNonce: "TX_NONCE_TOO_LOW",
      wrongChain: "TX_WRONG_CHAIN_ID",
      badSignature: "TX_BAD_SIGNATURE",
      nonceGap: "TX_NONCE_GAP",
      malformed: "TX_MALFORMED",
      nonCanonical: "TX_NON_CANONICAL",
    });
    assert.equal(new Set(Object.values(codes)).size, Object.keys(codes).length);
  });

  it("accepts a batch of transactions with one result per transaction, in order", async () => {
    const { nonce } = await api.account(alice.addressHex);
    const good = [0, 1, 2].map((i) => signedTransfer(alice, bob, 1n, nonce + i));
    const { accepted, results } = await api.submitTxs([
      good[0]!.bytes,
      good[1]!.bytes,
      Uint8Array.of(1, 2, 3),
      good[2]!.bytes,
    ]);
    assert.equal(accepted, 3);
    assert.equal(results[0]!.hash, toHex(good[0]!.hash));
    assert.equal(results[2]!.code, "TX_MALFORMED");
    assert.equal(results[3]!.hash, toHex(good[2]!.hash));
    await api.waitForTx(toHex(good[2]!.hash), 10_000, 10);
  });

  it("refuses a duplicate pending tx and a sender without funds", async () => {
    const { nonce } = await api.account(alice.addressHex);
    const t = signedTransfer(alice, bob, 1n, nonce);
    await api.submitTx(t.bytes);
    assert.equal(await rejectionCode(api.submitTx(t.bytes)), "TX_ALREADY_KNOWN");
    const pauper = testKey(99);
    assert.equal(
      await rejectionCode(api.submitTx(signedTransfer(pauper, bob, 1n, 0).bytes)),
      "TX_INSUFFICIENT_FUNDS",
    );
    await api.waitForTx(toHex(t.hash), 10_000, 10);
  });

  it("records a failed receipt for an executable tx that cannot pay, and consumes its nonce", async () => {
    const { nonce, balance } = await api.account(alice.addressHex);
    const t = signedTransfer(alice, bob, BigInt(balance) + 1n, nonce);
    const receipt = await api.waitForTx((await api.submitTx(t.bytes)).hash, 10_000, 10);
    assert.equal(receipt.status, "failed");
    assert.equal(receipt.error?.code, "TX_INSUFFICIENT_FUNDS");
    const after = await api.account(alice.addressHex);
    assert.equal(after.nonce, nonce + 1);
    assert.equal(after.balance, balance);
  });

  it("serves an account with a Merkle proof that verifies against the returned state root", async () => {
    const body = await api.request<{
      stateRoot: string;
      proof: { key: string; value: string; siblings: string[]; terminal: unknown };
    }>("GET", `/accounts/${bob.addressHex}`);
    const proof = proofFromJSON({ siblings: body.proof.siblings, terminal: body.proof.terminal });
    const key = new TextEncoder().encode(body.proof.key);
    assert.ok(verifyInclusion(fromHex(body.stateRoot), key, fromHex(body.proof.value), proof));
    assert.ok(!verifyInclusion(fromHex(body.stateRoot), key, Uint8Array.from([1, 2, 3]), proof));
  });

  it("serves blocks, the latest block, a committed tx, status, health, metrics and the OpenAPI document", async () => {
    const status = await api.status();
    assert.equal(status.chainId, TEST_CHAIN_ID);
    assert.ok(status.height >= 1);
    const latest = await api.request<{ header: { height: number; stateRoot: string } }>(
      "GET",
      "/blocks/latest",
    );
    assert.ok(latest.header.height >= status.height);
    const first = await api.request<{ header: { height: number; prevHash: string } }>("GET", "/blocks/1");
    assert.equal(first.header.prevHash, status.genesisHash);
    const health = await api.request<{ ok: boolean }>("GET", "/health");
    assert.equal(health.ok, true);
    const metrics = await fetch(`${node.apiUrl}/metrics`).then((r) => r.text());
    assert.match(metrics, /poco_blocks_committed_total \d+/);
    assert.match(metrics, /poco_txs_rejected_total\{code="TX_NONCE_GAP"\} 1/);
    // per-block consensus metrics (CometBFT's set): interval, size, gas, round, active set, tx kinds
    assert.match(metrics, /poco_block_interval_seconds_count [1-9]/);
    assert.match(metrics, /poco_block_txs_sum [1-9]/);
    assert.match(metrics, /poco_block_gas_limit [1-9]/);
    assert.match(metrics, /poco_consensus_round 0/);
    assert.match(metrics, /poco_validators 1\n/);
    assert.match(metrics, /poco_validators_power [1-9]/);
    assert.match(metrics, /poco_missing_validators 0\n/);
    assert.match(metrics, /poco_txs_by_kind_total\{kind="transfer"\} [1-9]/);
    const openapi = await api.request<{ paths: Record<string, unknown> }>("GET", "/docs/json");
    for (const path of [
      "/status",
      "/blocks/{height}",
      "/blocks/latest",
      "/txs",
      "/txs/{hash}",
      "/accounts/{address}",
      "/health",
    ]) {
      assert.ok(openapi.paths[path], `OpenAPI documents ${path}`);
    }
  });

  it("answers bad requests with 400 and a code, never 500", async () => {
    const cases: [string, string, unknown?][] = [
      ["GET", "/blocks/abc"],
      ["GET", "/blocks/0"],
      ["GET", "/accounts/0x1234"],
      ["GET", "/accounts/0xzz00000000000000000000000000000000000000"],
      ["GET", "/txs/0x12"],
      ["POST", "/txs", { tx: "0x123" }],
      ["POST", "/txs", { tx: 42 }],
      ["POST", "/txs", { tx: "0x00", extra: true }],
      ["POST", "/txs", "not json"],
    ];
    for (const [method, path, body] of cases) {
      const response = await fetch(`${node.apiUrl}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      assert.equal(response.status, 400, `${method} ${path} → ${response.status}`);
      const json = (await response.json()) as { code: string; message: string };
      assert.ok(json.code && json.message, `${method} ${path} has code and message`);
    }
    const missing = await fetch(`${node.apiUrl}/blocks/99999999`);
    assert.equal(missing.status, 404);
  });

  it("verifies transactions with the same backend the node uses", () => {
    const t = signTx(
      { chainId: TEST_CHAIN_ID, nonce: 0, transfer: { to: bob.address, amount: uintToBytes(1n) } },
      alice.privateKey,
      defaultBackend,
    );
    assert.equal(t.hash.length, 32);
  });
});
