/**
 * CPU cost per message of the cheapest malicious message of each kind (issue 9), measured on the
 * node's real handler path (ConsensusService.receive / syncFromPeers, TxBatchGate over admitTx, with
 * a real Chain on LevelDB), next to an honest message of the same kind. "Before" figures reproduce
 * the old behaviour where that is cheap: a re-wrapped proposal used to be executed again, which costs
 * what the first copy of an honest proposal costs.
 *
 * CPU time (process.cpuUsage, all threads) rather than wall time: the machine is shared.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { signProposal } from "../consensus/proposal.js";
import { encodeCommit, signVote } from "../consensus/vote.js";
import { Chain } from "../node/chain/chain.js";
import {
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
} from "../node/consensus/consensusService.js";
import { PrivValidator } from "../node/consensus/privValidator.js";
import { eachTx, TxBatchGate } from "../node/consensus/txBatchGate.js";
import { toHex } from "../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { Mempool } from "../node/mempool/mempool.js";
import { RecentTxHashes } from "../node/mempool/recentTxHashes.js";
import { admitTx } from "../node/mempool/txAdmission.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../node/tx/signedTx.js";
import { encode, poco } from "../proto/index.js";
import {
  RLC,
  signedTransfer,
  TEST_CHAIN_ID,
  tempDir,
  testGenesis,
  testKey,
} from "../test/helpers/fixtures.js";
import type { BenchResult } from "./types.js";

const BATCH = 512;
const log = pino({ level: "silent" });

const keysFrom = (offset: number, n: number) =>
  Array.from({ length: n }, (_, i) => keyPairFromPrivate(`0x${(offset + i).toString(16).padStart(64, "0")}`));

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Mean CPU µs per call of `fn` over `items`. */
function perMessage<T>(items: T[], fn: (item: T) => unknown): number {
  const start = cpuMicros();
  for (const item of items) fn(item);
  return (cpuMicros() - start) / items.length;
}

class Transport implements ConsensusTransport {
  heights: { peer: string; height: number }[] = [];
  range: { blocks: Uint8Array[]; commits: Uint8Array[] } = { blocks: [], commits: [] };
  broadcast(): void {}
  async peerHeights() {
    return this.heights;
  }
  async blocksByRange() {
    return this.range;
  }
}

function precommit(k: KeyPair, height: number, round: number, hash: Uint8Array) {
  return signVote(
    {
      chainId: TEST_CHAIN_ID,
      type: "precommit",
      height,
      round,
      blockHash: hash,
      timeMs: 1,
      validator: k.address,
    },
    k.privateKey,
    defaultBackend,
  );
}

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-byzmsg-");
  const validators = [0, 1, 2, 3].map((i) => testKey(i));
  const stranger = testKey(9);
  const senders = keysFrom(20_000, BATCH);
  const sink = testKey(300);
  const genesis = testGenesis(validators[0]!, senders, 1_000n * RLC);
  genesis.validators = validators.map((k) => ({ address: toHex(k.address), power: 10 }));
  const open = async (name: string) => {
    const executor = createStateMachine(TEST_CHAIN_ID);
    const db = await ChainDb.open(join(dir, name));
    const chain = await Chain.open(db, genesis, executor);
    const mempool = new Mempool(
      chain.state,
      {},
      { baseFee: () => chain.nextBaseFee(), params: () => chain.params },
    );
    return { db, chain, mempool, executor };
  };
  const main = await open("main");
  // As the node wires it (pocoNode.ts): committed txs' hashes, refused before signature recovery.
  const committedTxs = new RecentTxHashes();
  main.chain.onBlock((block) => {
    for (const tx of block.txs) committedTxs.add(tx.hashHex);
  });
  const victim = await open("victim"); // stays at height 0: the target of a lying sync peer
  const services: ConsensusService[] = [];
  const service = async (transport = new Transport(), chain = main.chain, mempool = main.mempool) => {
    const s = new ConsensusService({
      chain,
      mempool,
      backend: defaultBackend,
      privval: new PrivValidator(join(dir, `privval-${services.length}.json`)),
      transport,
      log,
      options: { ...DEFAULT_CONSENSUS_OPTIONS, syncRequestTimeoutMs: 1_000 },
    });
    services.push(s);
    await s.start();
    return s;
  };
  try {
    // Block 1: 512 transfers (nonce 0), committed with a real quorum commit.
    const level0 = senders.map((s) => signedTransfer(s, sink, 1n, 0));
    const block1 = main.chain.buildBlock(
      level0.map((t) => decodeAndVerifyTx(t.bytes, TEST_CHAIN_ID)),
      Date.now(),
      validators[0]!.address,
    );
    const commit1 = encodeCommit(
      1,
      0,
      block1.hash,
      validators.map((k) => precommit(k, 1, 0, block1.hash)),
    );
    await main.chain.commitBlock(block1, commit1);

    // ---- tx batches: new txs vs the same batch again (pending) vs txs already committed (stale)
    const before = {
      chainId: TEST_CHAIN_ID,
      backend: defaultBackend,
      executor: main.executor,
      mempool: main.mempool,
    };
    const admission = { ...before, committed: committedTxs };
    const gate = new TxBatchGate(eachTx((bytes) => admitTx(admission, bytes, true)));
    const gateBefore = new TxBatchGate(eachTx((bytes) => admitTx(before, bytes, true)));
    const batchOf = (txs: { bytes: Uint8Array }[]) => encode(poco.TxBatch, { txs: txs.map((t) => t.bytes) });
    const honestBatches = [1, 2, 3].map((n) => batchOf(senders.map((s) => signedTransfer(s, sink, 1n, n))));
    const staleBatch = batchOf(level0);
    let peer = 0;
    const honestBatchUs = perMessage(honestBatches, (b) => gate.validate(b, `honest-${peer++}`));
    const pendingBatchUs = perMessage(
      Array.from({ length: 20 }, () => honestBatches[0]!),
      (b) => gate.validate(b, `dup-${peer++}`),
    );
    const staleBatchUs = perMessage(
      Array.from({ length: 20 }, () => staleBatch),
      (b) => gate.validate(b, `stale-${peer++}`),
    );
    const staleBatchBeforeUs = perMessage(
      Array.from({ length: 5 }, () => staleBatch),
      (b) => gateBefore.validate(b, `stale-before-${peer++}`),
    );

    // ---- proposals at height 2
    const set = main.chain.validatorSet();
    const proposerKey = validators.find((k) => toHex(k.address) === set.proposer(0))!;
    const notProposer = validators.find((k) => toHex(k.address) !== set.proposer(1))!;
    const proposalMessage = (txCount: number, timeMs: number) => {
      const txs = senders
        .slice(0, txCount)
        .map((s) => decodeAndVerifyTx(signedTransfer(s, sink, 1n, 10).bytes, TEST_CHAIN_ID));
      const block = main.chain.buildBlock(txs, timeMs, proposerKey.address, 0, commit1);
      const proposal = signProposal(
        {
          chainId: TEST_CHAIN_ID,
          height: 2,
          round: 0,
          polRound: -1,
          blockHash: block.hash,
          proposer: proposerKey.address,
        },
        proposerKey.privateKey,
        defaultBackend,
      );
      return { proposal, block: block.blockBytes };
    };
    // Honest first copy: a fresh node each time (one proposal per (height, round) is executed).
    const honestProposalUs = async (txCount: number) => {
      let total = 0;
      const samples = 5;
      for (let i = 0; i < samples; i++) {
        const msg = encode(poco.ConsensusMessage, proposalMessage(txCount, Date.now() + i));
        const s = await service();
        const start = cpuMicros();
        s.receive(msg);
        await s.stop(); // waits for the queued execution
        total += cpuMicros() - start;
      }
      return total / samples;
    };
    await honestProposalUs(0); // warm-up (JIT, LevelDB caches)
    const honestEmpty = await honestProposalUs(0);
    const honestFull = await honestProposalUs(200);
    const live = await service();
    const original = proposalMessage(200, Date.now());
    live.receive(encode(poco.ConsensusMessage, original));
    const rewraps = Array.from({ length: 2_000 }, (_, i) =>
      encode(poco.ConsensusMessage, { ...original, resend: i + 1 }),
    );
    const rewrapUs = perMessage(rewraps, (m) => live.receive(m));

    const signed = (k: KeyPair, height: number, round: number) =>
      encode(poco.ConsensusMessage, {
        proposal: signProposal(
          {
            chainId: TEST_CHAIN_ID,
            height,
            round,
            polRound: -1,
            blockHash: randomBytes(32),
            proposer: k.address,
          },
          k.privateKey,
          defaultBackend,
        ),
        block: randomBytes(64),
      });
    const craftedHuge = Array.from({ length: 2_000 }, () => signed(validators[1]!, 2, 999_999));
    const craftedNotProposer = Array.from({ length: 2_000 }, () => signed(notProposer, 2, 1));
    const craftedStranger = Array.from({ length: 2_000 }, () => signed(stranger, 2, 0));
    const craftedHugeUs = perMessage(craftedHuge, (m) => live.receive(m));
    const craftedNotProposerUs = perMessage(craftedNotProposer, (m) => live.receive(m));
    const craftedStrangerUs = perMessage(craftedStranger, (m) => live.receive(m));

    // ---- votes
    const vote = (
      k: KeyPair,
      height: number,
      round: number,
      type: "prevote" | "precommit",
      hash: Uint8Array,
    ) =>
      encode(poco.ConsensusMessage, {
        vote: signVote(
          {
            chainId: TEST_CHAIN_ID,
            type,
            height,
            round,
            blockHash: hash,
            timeMs: Date.now(),
            validator: k.address,
          },
          k.privateKey,
          defaultBackend,
        ),
      });
    const farVotes = Array.from({ length: 2_000 }, () =>
      vote(validators[1]!, 1_002, 0, "prevote", randomBytes(32)),
    );
    const farStranger = Array.from({ length: 2_000 }, () =>
      vote(stranger, 1_002, 0, "prevote", randomBytes(32)),
    );
    const farVoteUs = perMessage(farVotes, (m) => live.receive(m));
    const farStrangerUs = perMessage(farStranger, (m) => live.receive(m));
    const honestVotes: Uint8Array[] = [];
    for (const k of validators)
      for (let round = 0; round <= 5; round++)
        for (const type of ["prevote", "precommit"] as const)
          honestVotes.push(vote(k, 2, round, type, new Uint8Array(0)));
    const voter = await service();
    const voteStart = cpuMicros();
    for (const m of honestVotes) voter.receive(m);
    await voter.stop();
    const honestVoteUs = (cpuMicros() - voteStart) / honestVotes.length;

    // ---- status: a liar claiming +1,000 heights (a fresh identity each time) vs an honest peer
    const lyingTransport = new Transport();
    const syncer = await service(lyingTransport, victim.chain, victim.mempool);
    const lies = 200;
    let start = cpuMicros();
    for (let i = 0; i < lies; i++) {
      lyingTransport.heights = [{ peer: `liar-${i}`, height: 1_000 }];
      await syncer.syncFromPeers();
    }
    const lyingEmptyUs = (cpuMicros() - start) / lies;
    // The liar sends the real block 1 with a mixed-round commit (a quorum only across rounds).
    lyingTransport.range = {
      blocks: [block1.blockBytes],
      commits: [
        encodeCommit(1, 1, block1.hash, [
          precommit(validators[0]!, 1, 0, block1.hash),
          precommit(validators[1]!, 1, 0, block1.hash),
          precommit(validators[2]!, 1, 1, block1.hash),
        ]),
      ],
    };
    start = cpuMicros();
    for (let i = 0; i < lies; i++) {
      lyingTransport.heights = [{ peer: `mixed-${i}`, height: 1_000 }];
      await syncer.syncFromPeers();
    }
    const lyingMixedUs = (cpuMicros() - start) / lies;
    if (victim.chain.head.height !== 0) throw new Error("the victim imported a mixed-round commit");
    lyingTransport.heights = [{ peer: "honest", height: victim.chain.head.height }];
    start = cpuMicros();
    for (let i = 0; i < lies; i++) await syncer.syncFromPeers();
    const honestStatusUs = (cpuMicros() - start) / lies;

    const us = (n: number) => Math.round(n * 10) / 10;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(4)}× the honest message`;
    return [
      {
        name: "honest proposal, first copy (empty block): receive + execute",
        value: us(honestEmpty),
        unit: "µs CPU",
        note: "fresh node each sample; one proposal per (height, round) is executed",
      },
      {
        name: "honest proposal, first copy (200 transfers): receive + execute",
        value: us(honestFull),
        unit: "µs CPU",
        note: "txs not in the receiver's mempool: every signature recovered",
      },
      {
        name: "malicious: re-wrapped proposal (200-transfer block, new `resend`)",
        value: us(rewrapUs),
        unit: "µs CPU",
        note: `${ratio(rewrapUs, honestFull)}; before (each copy executed): ≈ ${us(honestFull)} µs`,
      },
      {
        name: "malicious: crafted-round proposal (validator, round 999,999)",
        value: us(craftedHugeUs),
        unit: "µs CPU",
        note: `${ratio(craftedHugeUs, honestEmpty)} (empty); ignored before any signature check`,
      },
      {
        name: "malicious: proposal by a validator that is not the round's proposer",
        value: us(craftedNotProposerUs),
        unit: "µs CPU",
        note: `${ratio(craftedNotProposerUs, honestEmpty)}; rejected after the memoized O(n) proposer lookup, before the signature`,
      },
      {
        name: "malicious: proposal signed by a non-validator",
        value: us(craftedStrangerUs),
        unit: "µs CPU",
        note: `${ratio(craftedStrangerUs, honestEmpty)}; rejected at the membership check`,
      },
      {
        name: "honest vote (prevote/precommit, current height): receive + engine",
        value: us(honestVoteUs),
        unit: "µs CPU",
        note: "signature recovered, vote counted",
      },
      {
        name: "malicious: far-future vote (validator, height + 1,000)",
        value: us(farVoteUs),
        unit: "µs CPU",
        note: `${ratio(farVoteUs, honestVoteUs)}; ignored before the signature (before: verified, and every peer was asked its height)`,
      },
      {
        name: "malicious: far-future vote (non-validator)",
        value: us(farStrangerUs),
        unit: "µs CPU",
        note: ratio(farStrangerUs, honestVoteUs),
      },
      {
        name: "honest status (peer at our height): sync check",
        value: us(honestStatusUs),
        unit: "µs CPU",
      },
      {
        name: "malicious: lying status (+1,000 heights), then no block",
        value: us(lyingEmptyUs),
        unit: "µs CPU",
        note: `one blocks-by-range request, then the liar is penalized and not asked again for ${DEFAULT_CONSENSUS_OPTIONS.syncPeerBanMs / 1000} s; a fresh identity each time`,
      },
      {
        name: "malicious: lying status, then a real block with a mixed-round commit",
        value: us(lyingMixedUs),
        unit: "µs CPU",
        note: "refused (COMMIT_MIXED_ROUNDS) before any signature recovery or execution",
      },
      {
        name: `honest tx batch (${BATCH} new transfers)`,
        value: us(honestBatchUs),
        unit: "µs CPU",
        note: "decode + signature + mempool admission per tx",
      },
      {
        name: `malicious: duplicate tx batch (${BATCH} txs already pending)`,
        value: us(pendingBatchUs),
        unit: "µs CPU",
        note: `${ratio(pendingBatchUs, honestBatchUs)}; one keccak per tx, no signature recovery`,
      },
      {
        name: `malicious: replayed tx batch (${BATCH} txs already committed)`,
        value: us(staleBatchUs),
        unit: "µs CPU",
        note: `${ratio(staleBatchUs, honestBatchUs)}; refused by hash (recently committed txs)`,
      },
      {
        name: `before: replayed tx batch (${BATCH} txs already committed), no committed-tx cache`,
        value: us(staleBatchBeforeUs),
        unit: "µs CPU",
        note: `${ratio(staleBatchBeforeUs, honestBatchUs)}: every signature recovered, then refused for its nonce`,
      },
    ];
  } finally {
    for (const s of services) await s.stop();
    await main.db.close();
    await victim.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const x of await run()) console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
}
