import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { signVote } from "../../consensus/vote.js";
import { Chain } from "../../node/chain/chain.js";
import {
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
  validatorSetOf,
} from "../../node/consensus/consensusService.js";
import { PrivValidator } from "../../node/consensus/privValidator.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { WorkerPoolVerifier } from "../../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { readAccount } from "../../node/state/accounts.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { VerifiedSignatureCache } from "../../node/tx/verifiedSignatureCache.js";
import { encode, poco } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { MemoryBus } from "../helpers/memoryTransport.js";

const keys = [0, 1, 2, 3].map((i) => testKey(i));
const alice = testKey(10);
const bob = testKey(11);

function genesis() {
  const g = testGenesis(keys[0]!, [alice], 100n * RLC);
  g.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
  return g;
}

async function until(cond: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("consensus service (4 validators, in-memory transport)", function () {
  this.timeout(180_000);
  let dir: string;
  const bus = new MemoryBus();
  const nodes: {
    chain: Chain;
    db: ChainDb;
    mempool: Mempool;
    service: ConsensusService;
    transport: ConsensusTransport;
    signatures?: VerifiedSignatureCache;
    verifier?: WorkerPoolVerifier;
  }[] = [];
  const options = {
    ...DEFAULT_CONSENSUS_OPTIONS,
    blockTimeMs: 50,
    timeouts: { proposeMs: 300, proposeDeltaMs: 100, voteMs: 150, voteDeltaMs: 50 },
    rebroadcastMs: 300,
    statusPollMs: 200,
    compactProposals: true,
  };

  before(async () => {
    dir = tempDir();
    for (const [i, key] of keys.entries()) {
      const db = await ChainDb.open(join(dir, `n${i}`, "chain"));
      const chain = await Chain.open(db, genesis(), createStateMachine(TEST_CHAIN_ID));
      const mempool = new Mempool(chain.state);
      // Nodes 2 and 3 recover proposals' senders on a worker pool into a signature cache (issue 14.3).
      const pooled = i >= 2;
      const signatures = pooled ? new VerifiedSignatureCache() : undefined;
      const verifier = pooled ? new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1 }) : undefined;
      const transport = bus.transport(`n${i}`, chain, mempool);
      const service = new ConsensusService({
        chain,
        mempool,
        key,
        backend: defaultBackend,
        ...(signatures && verifier ? { signatures, verifier } : {}),
        privval: new PrivValidator(join(dir, `n${i}`, "privval.json")),
        transport,
        log: pino({ level: process.env.TEST_LOG ?? "silent" }),
        options,
      });
      bus.attach(`n${i}`, service);
      nodes.push({
        chain,
        db,
        mempool,
        service,
        transport,
        ...(signatures && verifier ? { signatures, verifier } : {}),
      });
    }
    for (const n of nodes) await n.service.start();
  });

  after(async () => {
    for (const n of nodes) {
      await n.service.stop();
      await n.verifier?.close();
      await n.db.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const heads = () => nodes.map((n) => n.chain.head.height);

  it("finalizes blocks with the same hashes and state roots on every node, including a transfer", async () => {
    const tx = decodeAndVerifyTx(signedTransfer(alice, bob, 7n * RLC, 0).bytes, TEST_CHAIN_ID);
    nodes[1]!.mempool.add(tx);
    await until(
      () => nodes.every((n) => readAccount(n.chain.state, bob.addressHex).balance === 7n * RLC),
      20_000,
      "the transfer",
    );
    await until(() => Math.min(...heads()) >= 5, 20_000, "5 blocks");
    const h = Math.min(...heads());
    const hashes = await Promise.all(nodes.map(async (n) => toHex((await n.chain.db.getBlock(h))!)));
    assert.equal(new Set(hashes).size, 1, `block ${h} identical everywhere`);
    // At least one pooled node received the block with the transfer as a proposal: its sender was
    // recovered on the pool into the cache that block validation then read.
    const cached = nodes.filter((n) =>
      n.signatures?.sender(tx.hashHex, poco.SignedTx.decode(tx.bytes).signature),
    );
    assert.ok(cached.length >= 1, "the proposal's sender went through a verifier pool and its cache");
    // The transfer was only ever in node 1's mempool (never gossiped): the others completed node 1's
    // compact proposal by fetching it (issue 14.3).
    const fetched = nodes.filter((n, i) => i !== 1 && n.service.compactStats.fetched > 0);
    assert.ok(fetched.length >= 2, "a quorum fetched the tx of the compact proposal");
  });

  it("a validator that hears no tx gossip still finalizes the blocks of txs it never saw (issue 14.3)", async () => {
    bus.noTxGossip.add("n3");
    try {
      const carol = testKey(12);
      // Published through node 0's transport: gossiped to nodes 1 and 2, not to node 3.
      const txs = [1, 2, 3].map((nonce) =>
        decodeAndVerifyTx(signedTransfer(alice, carol, RLC, nonce).bytes, TEST_CHAIN_ID),
      );
      for (const tx of txs) {
        nodes[0]!.mempool.add(tx);
        nodes[0]!.transport.publishTx?.(tx.bytes);
      }
      await until(
        () => nodes.every((n) => readAccount(n.chain.state, carol.addressHex).balance === 3n * RLC),
        20_000,
        "the transfers on every node",
      );
      assert.ok(txs.every((t) => nodes[3]!.mempool.get(t.hashHex) === undefined));
      // How node 3 got them varies with timing (a compact proposal completed by block-txs, or the
      // decided block caught up after the other three committed it): the fetch path itself is
      // asserted by the first test (a quorum fetched) and by the compactProposals e2e.
      const h = Math.min(...heads());
      const hashes = await Promise.all(nodes.map(async (n) => toHex((await n.chain.db.getBlock(h))!)));
      assert.equal(new Set(hashes).size, 1, `block ${h} identical everywhere`);
    } finally {
      bus.noTxGossip.clear();
    }
  });

  it("goes on with one validator down, and the restarted one catches up by sync", async () => {
    bus.members[3]!.down = true;
    const start = Math.max(...heads());
    await until(() => Math.min(...heads().slice(0, 3)) >= start + 3, 30_000, "3 more blocks without n3");
    bus.members[3]!.down = false;
    await until(
      () => nodes[3]!.chain.head.height >= Math.min(...heads().slice(0, 3)),
      30_000,
      "n3 to catch up",
    );
  });

  it("stops with two validators down and resumes when they return", async () => {
    bus.members[2]!.down = true;
    bus.members[3]!.down = true;
    await new Promise((r) => setTimeout(r, 600));
    const stuck = Math.max(...heads());
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(Math.max(...heads().slice(0, 2)), stuck, "no block without a quorum");
    bus.members[2]!.down = false;
    bus.members[3]!.down = false;
    await until(() => Math.min(...heads()) >= stuck + 2, 30_000, "progress after recovery");
  });

  it("turns a double-signing validator's two votes into evidence that slashes and jails it on every node", async () => {
    const byz = keys[3]!;
    const target = nodes[0]!;
    const bonded = 10n * RLC;
    const slashed = () => readAccount(target.chain.state, byz.addressHex).bonded < bonded;
    // Heights move every few tens of ms: inject the pair until one lands within a height.
    for (let attempt = 0; attempt < 150 && !slashed(); attempt++) {
      const height = target.service.height;
      for (const fill of [0xaa, 0xbb]) {
        const vote = signVote(
          {
            chainId: TEST_CHAIN_ID,
            type: "prevote",
            height,
            round: target.service.round,
            blockHash: new Uint8Array(32).fill(fill),
            timeMs: Date.now(),
            validator: byz.address,
          },
          byz.privateKey,
          defaultBackend,
        );
        target.service.receive(encode(poco.ConsensusMessage, { vote }));
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Pairs injected at other heights before the first slash showed are offences too (each slashed
    // once, 5% of what is left): at least one slash, and every node agrees on the result.
    await until(
      () => {
        const left = nodes.map((n) => readAccount(n.chain.state, byz.addressHex).bonded);
        return left.every((b) => b <= bonded - (bonded * 5n) / 100n && b === left[0]);
      },
      60_000,
      "the slash on every node",
    );
    await until(
      () => nodes.every((n) => !validatorSetOf(n.chain).has(byz.addressHex)),
      60_000,
      "the jailed validator to leave the set",
    );
    const h = Math.max(...heads());
    await until(
      () => Math.min(...heads().slice(0, 3)) >= h + 2,
      60_000,
      "blocks from the 3 remaining validators",
    );
  });
});
