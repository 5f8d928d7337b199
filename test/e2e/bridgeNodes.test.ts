import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type Contract, Wallet } from "ethers";
import { pino } from "pino";
import "../../node/polyfill.js";
import { readDeposit, readValidatorSet } from "../../bridge/bridgeModule.js";
import { encodeCheckpointSignature, signCheckpoint, validatorSetHash } from "../../bridge/checkpoint.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { fetchAndClaim } from "../../bridge/proofServer.js";
import { bridgeAt, deployBridge, deployTestRLC, tokenAt } from "../../bridge/relayer.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import { readRecord } from "../../node/execution/validatorModule.js";
import { loadOrCreatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { GossipKind, gossipTopic } from "../../node/p2p/topics.js";
import { PocoNode } from "../../node/pocoNode.js";
import { readAccount } from "../../node/state/accounts.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { freePort, waitFor } from "../helpers/validatorNet.js";

describe("bridge in the nodes: 4 validators over libp2p, deposits, checkpoints relayed by a node, claims (Anvil)", function () {
  this.timeout(180_000);
  const keys = [0, 1, 2, 3].map((i) => testKey(i));
  const recipient = testKey(20);
  let dir: string;
  let anvil: Anvil;
  const nodes: PocoNode[] = [];
  let bridge: Contract;
  let token: Contract;

  before(async () => {
    dir = tempDir("poco-bridge-nodes-");
    anvil = await startAnvil();
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const genesis = testGenesis(keys[0]!, [testKey(10)], 1_000n * RLC);
    genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    token = await deployTestRLC(deployer);
    bridge = await deployBridge(deployer, {
      token: await token.getAddress(),
      sidechainId: genesis.chainId,
      validators: genesis.validators.map((v) => ({ address: v.address, power: v.power })),
    });
    const startBlock = await anvil.provider.getBlockNumber();
    const peers = await Promise.all(
      keys.map(async (_, i) => ({
        id: peerIdOf(await loadOrCreatePeerKey(join(dir, `n${i}`))),
        port: await freePort(),
      })),
    );
    for (const [i, key] of keys.entries()) {
      nodes.push(
        await PocoNode.start({
          dataDir: join(dir, `n${i}`),
          genesis,
          validatorKey: key,
          api: { host: "127.0.0.1", port: 0 },
          p2p: {
            port: peers[i]!.port,
            bootstrap: peers.filter((_, j) => j !== i).map((p) => `/ip4/127.0.0.1/tcp/${p.port}/p2p/${p.id}`),
          },
          consensus: { blockTimeMs: 150 },
          bridge: {
            ethRpc: anvil.url,
            bridgeAddress: await bridge.getAddress(),
            confirmations: 2,
            checkpointEvery: 5,
            startBlock,
            pollMs: 200,
            // Node 0 also relays checkpoints to Ethereum, with its own Ethereum account.
            ...(i === 0 ? { relayKey: ANVIL_KEYS[1]! } : {}),
          },
          logger: pino({ level: "silent" }),
        }),
      );
    }
  });

  after(async () => {
    for (const n of nodes) await n.stop();
    await anvil?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("credits a deposit once ≥ 2/3 of the validators attested it from their own Ethereum view", async () => {
    const depositor = new Wallet(ANVIL_KEYS[2]!, anvil.provider);
    await (await token.getFunction("mint")(depositor.address, 100n * RLC)).wait();
    await (
      await tokenAt(await token.getAddress(), depositor).getFunction("approve")(
        await bridge.getAddress(),
        100n * RLC,
      )
    ).wait();
    const receipt = await (
      await bridgeAt(await bridge.getAddress(), depositor).getFunction("deposit")(
        25n * RLC,
        recipient.addressHex,
      )
    ).wait();
    await anvil.provider.send("anvil_mine", ["0x3"]); // confirmations
    await waitFor(
      async () => nodes.every((n) => readAccount(n.chain.state, recipient.addressHex).balance === 25n * RLC),
      60_000,
      "the deposit credited on every node",
    );
    const log = receipt.logs.find((l: { address: string }) => l.address === bridge.target);
    const d = readDeposit(nodes[0]!.chain.state, {
      ethBlockHash: fromHex(receipt.blockHash, 32),
      ethLogIndex: log.index,
    });
    assert.ok(d?.credited, "deposit 0 credited");
  });

  it("burns a withdrawal, anchors it in a checkpoint relayed to Ethereum, and pays the claim once", async () => {
    const ethRecipient = new Wallet(ANVIL_KEYS[3]!, anvil.provider);
    const withdraw = signTx(
      {
        chainId: nodes[0]!.chain.chainId,
        nonce: 0,
        withdraw: {
          ethRecipient: Uint8Array.from(Buffer.from(ethRecipient.address.slice(2), "hex")),
          amount: uintToBytes(10n * RLC),
        },
      },
      recipient.privateKey,
    );
    const res = await fetch(`${nodes[2]!.apiUrl}/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx: `0x${Buffer.from(withdraw.bytes).toString("hex")}` }),
    });
    assert.equal(res.status, 202);
    await waitFor(
      async () => readAccount(nodes[0]!.chain.state, recipient.addressHex).balance === 15n * RLC,
      30_000,
      "the burn",
    );
    const before = (await token.getFunction("balanceOf")(ethRecipient.address)) as bigint;
    // The next checkpoint covers it; node 0 collects the validators' signatures over gossip and submits.
    await waitFor(
      async () => (await fetch(`${nodes[0]!.apiUrl}/withdrawals/0/proof`)).status === 200,
      60_000,
      "a checkpoint covering the withdrawal on Ethereum",
    );
    const { gasUsed } = await fetchAndClaim(
      nodes[0]!.apiUrl,
      bridgeAt(await bridge.getAddress(), ethRecipient),
      0,
    );
    assert.ok(gasUsed > 0n);
    const after = (await token.getFunction("balanceOf")(ethRecipient.address)) as bigint;
    assert.equal(after - before, 10n * RLC);
    await assert.rejects(
      fetchAndClaim(nodes[1]!.apiUrl, bridgeAt(await bridge.getAddress(), ethRecipient), 0),
      "a second claim fails",
    );
    const checkpoints = (await (await fetch(`${nodes[0]!.apiUrl}/checkpoints`)).json()) as {
      onEthereum: number;
      checkpoints: { signers: string[] }[];
    };
    assert.ok(checkpoints.onEthereum > 0);
    assert.ok(
      checkpoints.checkpoints.some((c) => c.signers.length >= 3),
      "signatures gathered over gossip",
    );
  });

  it("exports the bridge metrics: checkpoints, anchored height, deposits, withdrawals and the relayer's balance", async () => {
    // After the two tests above: one deposit credited, one withdrawal anchored and claimed.
    const sample = (text: string, series: string): number | undefined => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    const scrape = (n: PocoNode) => fetch(`${n.apiUrl}/metrics`).then((r) => r.text());
    await anvil.provider.send("anvil_mine", ["0x3"]); // the Withdrawn event's confirmations
    let relayer = "";
    await waitFor(
      async () => {
        relayer = await scrape(nodes[0]!);
        return sample(relayer, "poco_bridge_withdrawals_claimed") === 1;
      },
      30_000,
      "the claim counted from Ethereum's Withdrawn events",
    );
    assert.equal(sample(relayer, "poco_bridge_deposits_seen"), 1);
    assert.equal(sample(relayer, "poco_bridge_deposits_credited"), 1);
    assert.equal(sample(relayer, "poco_bridge_deposits_pending"), 0);
    assert.equal(sample(relayer, "poco_bridge_withdrawals_requested"), 1);
    assert.ok(sample(relayer, 'poco_bridge_checkpoints_submitted_total{result="mined"}')! >= 1, relayer);
    assert.ok(sample(relayer, "poco_bridge_checkpoints_accepted_total")! >= 1);
    assert.ok(sample(relayer, "poco_bridge_last_anchored_height")! >= 5);
    const balance = sample(relayer, "poco_bridge_relayer_balance_eth")!;
    assert.ok(balance > 0 && balance < 10_001, `relayer balance ${balance} ETH`);
    for (const n of nodes.slice(1)) {
      // Each validator signs every checkpoint it commits once it has read the bridge's EIP-712 domain
      // from Ethereum (asynchronously, at start): a quorum of 3 can anchor without a slow fourth, so
      // wait for the next checkpoints rather than expect one already.
      let m = "";
      await waitFor(
        async () => {
          m = await scrape(n);
          return (sample(m, "poco_bridge_checkpoints_signed_total") ?? 0) >= 1;
        },
        30_000,
        "every validator signed a checkpoint",
      );
      assert.equal(sample(m, "poco_bridge_relayer_balance_eth"), 0, "only the relayer has a balance");
    }
  });

  it("a validator's second, different checkpoint seen on gossip becomes evidence: slashed and jailed once", async () => {
    const byz = keys[3]!;
    const byzHex = byz.addressHex.toLowerCase();
    type Listed = {
      height: number;
      blockHash: string;
      stateRoot: string;
      withdrawalsRoot: string;
      signers: string[];
    };
    // A checkpoint every node holds, with byz's honest signature already gossiped.
    let target: Listed | undefined;
    await waitFor(
      async () => {
        const list = (await (await fetch(`${nodes[0]!.apiUrl}/checkpoints`)).json()) as {
          checkpoints: Listed[];
        };
        target = list.checkpoints.find((c) => c.signers.includes(byzHex) && c.signers.length === 4);
        return target !== undefined;
      },
      30_000,
      "a checkpoint signed by all",
    );
    const real = {
      ethChainId: 31337,
      bridge: (await bridge.getAddress()).toLowerCase(),
      chainId: nodes[0]!.chain.chainId,
      height: target!.height,
      blockHash: fromHex(target!.blockHash, 32),
      stateRoot: fromHex(target!.stateRoot, 32),
      withdrawalsRoot: fromHex(target!.withdrawalsRoot, 32),
      nextValidatorSetHash: validatorSetHash(readValidatorSet(nodes[0]!.chain.state)),
    };
    // byz's node publishes a second checkpoint for that height (another withdrawals root).
    const forged = { ...real, withdrawalsRoot: new Uint8Array(32).fill(0xee) };
    const message = encodeCheckpointSignature(forged, byzHex, signCheckpoint(forged, byz.privateKey));
    await nodes[3]!.network!.publish(
      gossipTopic(nodes[0]!.chain.chainId, GossipKind.CHECKPOINT_SIG),
      message,
    );
    await waitFor(
      async () => nodes.slice(0, 3).every((n) => readRecord(n.chain.state, byzHex).jailed),
      60_000,
      "the double signer jailed on every honest node",
    );
    assert.equal(readRecord(nodes[0]!.chain.state, byzHex).timesSlashed, 1);
  });
});
