/**
 * End to end, a registered validator peer id gets the places kept for bootstrap peers: a validator
 * node (real libp2p on 127.0.0.1) whose single plain inbound place is taken refuses a peer it does not
 * know, registers that peer's id with `setPeerId` (as a validator registers its own node), and from
 * the next block accepts it from the reserve; the id is shown by GET /validators.
 */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import type { PrivateKey } from "@libp2p/interface";
import { pino } from "pino";
import type { P2PNetwork } from "../../node/p2p/network.js";
import { generatePeerKey, peerIdBytes, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { PocoNode } from "../../node/pocoNode.js";
import { signTx } from "../../node/tx/signedTx.js";
import { TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { startSubscribedPeer } from "../helpers/subscribedPeer.js";

const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a registered validator peer id is served from the reserve (node, real libp2p)", function () {
  this.timeout(60_000);
  const validator = testKey(0);
  let dir: string;
  let node: PocoNode;
  const nets: P2PNetwork[] = [];

  const peer = async (privateKey?: PrivateKey) => {
    const net = await startSubscribedPeer(TEST_CHAIN_ID, logger, privateKey ? { privateKey } : {});
    nets.push(net);
    return net;
  };
  const connects = async (from: P2PNetwork) => {
    try {
      await from.dial(node.network!.listenAddrs()[0]!);
    } catch {
      return false;
    }
    await sleep(300);
    return node.network!.peers().includes(from.peerId);
  };

  before(async () => {
    dir = tempDir();
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, []),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      p2p: { port: 0, bootstrap: [], inbound: { maxInbound: 1, reserve: 4 } },
      consensus: { blockTimeMs: 200 },
      logger,
    });
  });

  after(async () => {
    for (const net of nets) await net.stop();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses the peer while unregistered and accepts it once the validator registered its id", async () => {
    const first = await peer();
    assert.ok(await connects(first), "the plain place");
    const key = await generatePeerKey();
    const candidate = await peer(key);
    assert.equal(await connects(candidate), false, "no plain place left, and not registered");

    const tx = signTx(
      { chainId: TEST_CHAIN_ID, nonce: 0, setPeerId: { peerId: peerIdBytes(peerIdOf(key)) } },
      validator.privateKey,
    );
    const submitted = await fetch(`${node.apiUrl}/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx: `0x${Buffer.from(tx.bytes).toString("hex")}` }),
    });
    const answer = (await submitted.json()) as { hash: string };
    assert.equal(submitted.status, 202, JSON.stringify(answer));
    const { hash } = answer;
    for (let tries = 0; ; tries++) {
      const r = (await (await fetch(`${node.apiUrl}/txs/${hash}`)).json()) as {
        receipt?: { status: string };
      };
      if (r.receipt) {
        assert.equal(r.receipt.status, "success", JSON.stringify(r));
        break;
      }
      assert.ok(tries < 100, "the tx was never committed");
      await sleep(100);
    }
    await sleep(300); // the set of reserved peers is refreshed after each block

    assert.ok(await connects(candidate), "accepted from the reserve");
    const { validators } = (await (await fetch(`${node.apiUrl}/validators`)).json()) as {
      validators: { address: string; peerId: string | null }[];
    };
    assert.deepEqual(
      validators.map((v) => v.peerId),
      [peerIdOf(key)],
    );
  });
});
