import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { pino } from "pino";
import "../../node/polyfill.js";
import { signVote } from "../../consensus/vote.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { P2PNetwork } from "../../node/p2p/network.js";
import { generatePeerKey } from "../../node/p2p/peerIdentity.js";
import { GossipKind, gossipTopic } from "../../node/p2p/topics.js";
import { encode, poco } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testKey } from "../helpers/fixtures.js";
import { ValidatorNet, waitFor } from "../helpers/validatorNet.js";

describe("BFT network: 4 validator processes over libp2p on 127.0.0.1", function () {
  this.timeout(240_000);
  let dir: string;
  let net: ValidatorNet;

  before(async () => {
    dir = tempDir("poco-bft-");
    net = new ValidatorNet(dir, 4, 200);
    await net.prepare();
    await Promise.all([0, 1, 2, 3].map((i) => net.start(i)));
  });

  after(async () => {
    await net?.stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  async function sameBlocksUpTo(height: number) {
    for (let h = Math.max(1, height - 3); h <= height; h++) {
      const roots = await Promise.all(
        net
          .running()
          .map(
            async (n) =>
              (await n.api!.request<{ header: { hash: string; stateRoot: string } }>("GET", `/blocks/${h}`))
                .header,
          ),
      );
      assert.equal(new Set(roots.map((r) => r.hash)).size, 1, `one block at height ${h}`);
      assert.equal(new Set(roots.map((r) => r.stateRoot)).size, 1, `one state root at height ${h}`);
    }
  }

  it("finalizes blocks with a transfer, with the same blocks and state roots on every node", async () => {
    const alice = net.funded[0]!;
    const bob = testKey(200);
    const { hash } = await net.nodes[1]!.api!.submitTx(signedTransfer(alice, bob, 3n * RLC, 0).bytes);
    const receipt = await net.nodes[2]!.api!.waitForTx(hash, 30_000, 50);
    assert.equal(receipt.status, "success");
    await waitFor(
      async () => Math.min(...(await net.heights())) >= receipt.height + 1,
      30_000,
      "all nodes past the transfer",
    );
    await sameBlocksUpTo(receipt.height);
    for (const n of net.running())
      assert.equal((await n.api!.account(bob.addressHex)).balance, (3n * RLC).toString());
  });

  it("goes on when one validator is killed, and the restarted one catches up by sync", async () => {
    await net.kill(3);
    const start = Math.max(...(await net.heights()));
    await waitFor(
      async () => Math.min(...(await net.heights())) >= start + 5,
      60_000,
      "5 blocks with 3 validators",
    );
    await net.start(3);
    const target = Math.max(...(await net.heights()));
    await waitFor(
      async () => (await net.nodes[3]!.api!.status()).height >= target,
      60_000,
      "node 3 to catch up",
    );
    await sameBlocksUpTo(target);
  });

  it("makes no block with two validators killed (no safety violation), and goes on once they return", async () => {
    await net.kill(2);
    await net.kill(3);
    await new Promise((r) => setTimeout(r, 1500)); // let a block in flight land
    const stuck = Math.max(...(await net.heights()));
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(Math.max(...(await net.heights())), stuck, "no block without > 2/3 of the power");
    await Promise.all([net.start(2), net.start(3)]);
    await waitFor(
      async () => Math.min(...(await net.heights())) >= stuck + 3,
      90_000,
      "progress after recovery",
    );
    await sameBlocksUpTo(stuck + 3);
  });

  it("slashes a validator whose two conflicting votes appear on the network, and scores down a peer sending garbage", async () => {
    const attacker = new P2PNetwork({
      chainId: TEST_CHAIN_ID,
      listenPort: 0,
      bootstrap: net.running().map((n) => net.addrOf(n)),
      privateKey: await generatePeerKey(),
      logger: pino({ level: "silent" }),
    });
    const voteTopic = gossipTopic(TEST_CHAIN_ID, GossipKind.VOTE);
    attacker.subscribe(
      voteTopic,
      () => "accept",
      () => {},
    );
    await attacker.start();
    try {
      await waitFor(
        async () => attacker.topicPeers(voteTopic).length >= 4,
        20_000,
        "the attacker to join the vote topic",
      );
      const byz = net.nodes[3]!.key;
      const slashedBond = 10n * RLC - (10n * RLC * 5n) / 100n;
      const bondedOn = async (n: (typeof net.nodes)[number]) =>
        BigInt((await n.api!.request<{ bonded: string }>("GET", `/accounts/${byz.addressHex}`)).bonded);
      // Pairs keep coming until the first slash lands; under load a pair for a later height may land
      // too (a second offence, slashed again): at least one 5% cut, the same on every node.
      const isSlashed = async () => (await bondedOn(net.nodes[0]!)) <= slashedBond;
      for (let attempt = 0; attempt < 40 && !(await isSlashed()); attempt++) {
        const height = (await net.nodes[0]!.api!.status()).height + 1;
        for (const fill of [0x11, 0x22]) {
          const vote = signVote(
            {
              chainId: TEST_CHAIN_ID,
              type: "precommit",
              height,
              round: 0,
              blockHash: new Uint8Array(32).fill(fill),
              timeMs: Date.now(),
              validator: byz.address,
            },
            byz.privateKey,
            defaultBackend,
          );
          await attacker.publish(voteTopic, encode(poco.ConsensusMessage, { vote }));
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      await waitFor(isSlashed, 30_000, "the double signer to be slashed");
      // Nodes commit the evidence block at slightly different times: wait until they all agree.
      await waitFor(
        async () => {
          const bonds = await Promise.all(net.running().map(bondedOn));
          return bonds.every((b) => b === bonds[0]) && bonds[0]! <= slashedBond;
        },
        30_000,
        "every node to see the same slashed bond",
      );
      const bonds = await Promise.all(net.running().map(bondedOn));
      assert.ok(bonds.every((b) => b === bonds[0] && b <= slashedBond && b > 0n));
      // Garbage on the vote topic: rejected, never forwarded, and the sender's score drops.
      for (let i = 0; i < 5; i++) await attacker.publish(voteTopic, Uint8Array.from([0xde, 0xad, i]));
      await waitFor(
        async () => {
          const peers = await net.nodes[0]!.api!.request<{ peers: { peerId: string; score: number }[] }>(
            "GET",
            "/peers",
          );
          return (peers.peers.find((p) => p.peerId === attacker.peerId)?.score ?? 0) < 0;
        },
        20_000,
        "the attacker's score to go negative",
      );
    } finally {
      await attacker.stop();
    }
    // The chain goes on with the remaining validators.
    const h = Math.max(...(await net.heights()));
    await waitFor(async () => Math.min(...(await net.heights())) >= h + 2, 60_000, "blocks after the slash");
  });
});
