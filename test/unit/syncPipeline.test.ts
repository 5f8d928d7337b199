/**
 * Issue 12.4 regressions: block sync of real blocks. Each precommit of a synced chain is recovered
 * once (its commit certificate, then the same precommits in the next block's last commit, cost one
 * recovery in all), each transaction once; downloads are pipelined with verification and execution;
 * and a bad block in the middle of a pipelined batch is still refused with its peer penalized.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { VerifiedVoteSignatures } from "../../consensus/verifiedVotes.js";
import { signVote } from "../../consensus/vote.js";
import { Chain } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import {
  type ConsensusOptions,
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
} from "../../node/consensus/consensusService.js";
import { PrivValidator } from "../../node/consensus/privValidator.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../../node/crypto/secp256k1.js";
import { type SignatureVerifier, WorkerPoolVerifier } from "../../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { VerifiedSignatureCache } from "../../node/tx/verifiedSignatureCache.js";
import { VerifiedTxCache } from "../../node/tx/verifiedTxCache.js";
import { encode, poco } from "../../proto/index.js";
import { buildFinalizedChain } from "../helpers/chainBuilder.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { transferBlocks } from "../helpers/syncScenario.js";

const keys = [0, 1, 2, 3].map((i) => testKey(i));
const funded = [10, 11, 12, 13].map((i) => testKey(i));
const log = pino({ level: process.env.TEST_LOG ?? "silent" });
const BLOCKS = 12;
const TRANSFERS = 3;

function genesis(): Genesis {
  const g = testGenesis(keys[0]!, funded, 1_000n * RLC);
  g.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
  return g;
}

const options: ConsensusOptions = {
  ...DEFAULT_CONSENSUS_OPTIONS,
  timeouts: { proposeMs: 60_000, proposeDeltaMs: 0, voteMs: 60_000, voteDeltaMs: 0 },
  rebroadcastMs: 60_000,
  statusPollMs: 60_000,
  syncRequestTimeoutMs: 5_000,
  // Small batches: a 12-block chain takes 4 requests, so batches overlap in the pipeline.
  syncBatch: 3,
};

/** The default backend, counting public-key recoveries. */
function countingBackend(): SignatureBackend & { recoveries: number } {
  const counter = {
    name: "counting",
    recoveries: 0,
    sign: (hash: Uint8Array, key: Uint8Array) => defaultBackend.sign(hash, key),
    getPublicKey: (key: Uint8Array) => defaultBackend.getPublicKey(key),
    recoverPublicKey(hash: Uint8Array, signature: Uint8Array) {
      counter.recoveries++;
      return defaultBackend.recoverPublicKey(hash, signature);
    },
  };
  return counter;
}

type Range = (start: number, count: number) => Promise<{ blocks: Uint8Array[]; commits: Uint8Array[] }>;

function transport(peers: Record<string, { height: number; range: Range }>, penalized: string[]) {
  const t: ConsensusTransport = {
    broadcast() {},
    peerHeights: async () => Object.entries(peers).map(([peer, p]) => ({ peer, height: p.height })),
    blocksByRange: (peer, start, count) => peers[peer]!.range(start, count),
    penalize: (peer) => void penalized.push(peer),
  };
  return t;
}

/** Serves the stored chain; `requests` records each request's start height. */
function serve(
  db: ChainDb,
  requests: number[] = [],
  tamper?: (height: number, block: Uint8Array) => Uint8Array,
) {
  const range: Range = async (start, count) => {
    requests.push(start);
    const blocks: Uint8Array[] = [];
    const commits: Uint8Array[] = [];
    for (let h = start; h < start + count && h <= BLOCKS; h++) {
      const block = (await db.getBlock(h))!;
      blocks.push(tamper ? tamper(h, block) : block);
      commits.push((await db.getCommit(h))!);
    }
    return { blocks, commits };
  };
  return range;
}

/** Block bytes whose second transaction's signature has one byte flipped (header and commit intact). */
function withBadSignature(block: Uint8Array): Uint8Array {
  const decoded = poco.Block.decode(block);
  const signed = poco.SignedTx.decode(decoded.txs[1]!);
  const signature = Uint8Array.from(signed.signature);
  signature[5]! ^= 0x01;
  const txs = decoded.txs.map((t, i) => (i === 1 ? encode(poco.SignedTx, { tx: signed.tx, signature }) : t));
  return encode(poco.Block, { ...decoded, txs });
}

describe("block sync pipeline (issue 12.4)", function () {
  this.timeout(120_000);
  let dir: string;
  const toClose: ChainDb[] = [];
  const services: ConsensusService[] = [];

  beforeEach(() => {
    dir = tempDir();
  });

  afterEach(async () => {
    for (const s of services.splice(0)) await s.stop();
    for (const db of toClose.splice(0)) await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function source(): Promise<ChainDb> {
    await buildFinalizedChain(join(dir, "source"), genesis(), keys, BLOCKS, transferBlocks(TRANSFERS));
    const db = await ChainDb.open(join(dir, "source", "chain"));
    toClose.push(db);
    return db;
  }

  async function follower(
    t: ConsensusTransport,
    backend: SignatureBackend = defaultBackend,
    verifier?: SignatureVerifier,
  ) {
    const db = await ChainDb.open(join(dir, "follower", "chain"));
    toClose.push(db);
    const chain = await Chain.open(db, genesis(), createStateMachine(TEST_CHAIN_ID), backend);
    const service = new ConsensusService({
      chain,
      mempool: new Mempool(chain.state),
      backend,
      privval: new PrivValidator(join(dir, "follower", "privval.json")),
      transport: t,
      log,
      options,
      ...(verifier ? { verifier, signatures: new VerifiedSignatureCache() } : {}),
    });
    services.push(service);
    await service.start();
    return { chain, service };
  }

  it("regression: each precommit and each tx of a synced chain is recovered exactly once", async () => {
    const db = await source();
    const penalized: string[] = [];
    const requests: number[] = [];
    const backend = countingBackend();
    const f = await follower(
      transport({ peer: { height: BLOCKS, range: serve(db, requests) } }, penalized),
      backend,
    );
    await f.service.syncFromPeers();
    assert.equal(f.chain.head.height, BLOCKS);
    assert.deepEqual(penalized, []);
    assert.deepEqual(requests, [1, 4, 7, 10]);
    // Blocks 2..12 carry the previous block's commit as last commit (the same 4 precommits): before,
    // those were recovered again when each block was applied (12·4 + 11·4 + 36 = 128 recoveries).
    assert.equal(backend.recoveries, BLOCKS * keys.length + BLOCKS * TRANSFERS);
    assert.equal(f.chain.verifiedVotes.hits >= (BLOCKS - 1) * keys.length, true);
  });

  it("regression: with a worker-pool verifier, sync recovers every signature on its threads, none on the event loop", async () => {
    const db = await source();
    const penalized: string[] = [];
    const backend = countingBackend();
    const pool = new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1, backend: defaultBackend });
    try {
      const f = await follower(
        transport({ peer: { height: BLOCKS, range: serve(db) } }, penalized),
        backend,
        pool,
      );
      await f.service.syncFromPeers();
      assert.equal(f.chain.head.height, BLOCKS);
      assert.deepEqual(penalized, []);
      // Before: the verify stage recovered in-thread with the node's backend whatever the verifier.
      assert.equal(backend.recoveries, 0);
      assert.equal(pool.threads, 1);
    } finally {
      await pool.close();
    }
  });

  it("regression: a bad block in the middle of a pipelined batch is refused, its peer penalized, and sync goes on from another peer", async () => {
    const db = await source();
    const penalized: string[] = [];
    const badRequests: number[] = [];
    const peers = {
      // Same height: "bad" ranks first (peer id order), so it serves first.
      bad: { height: BLOCKS, range: serve(db, badRequests, (h, b) => (h === 8 ? withBadSignature(b) : b)) },
      honest: { height: BLOCKS, range: serve(db) },
    };
    const f = await follower(transport(peers, penalized));
    await f.service.syncFromPeers();
    assert.deepEqual(penalized, ["bad"]);
    // Batch 7..9 failed at block 8 while the download of 10.. was already in flight (the pipeline).
    assert.deepEqual(badRequests, [1, 4, 7, 10]);
    assert.equal(f.chain.head.height, BLOCKS);
    for (const h of [7, 8, 9, BLOCKS]) {
      assert.deepEqual(await f.chain.db.getBlock(h), await db.getBlock(h), `block ${h} is the honest one`);
    }
  });

  it("the verified-signature caches are bounded and vouch only for the exact bytes they checked", () => {
    const votes = new VerifiedVoteSignatures(2);
    const sign = (height: number) =>
      signVote(
        {
          chainId: TEST_CHAIN_ID,
          type: "precommit",
          height,
          round: 0,
          blockHash: new Uint8Array(32).fill(height),
          timeMs: 1,
          validator: keys[0]!.address,
        },
        keys[0]!.privateKey,
        defaultBackend,
      );
    const [a, b, c] = [sign(1), sign(2), sign(3)];
    const who = toHex(keys[0]!.address);
    votes.add(a, who);
    assert.equal(votes.has(a, who), true);
    assert.equal(votes.has(a, toHex(keys[1]!.address)), false, "another signer");
    assert.equal(
      votes.has({ vote: b.vote, signature: a.signature }, who),
      false,
      "a signature moved to another vote",
    );
    votes.add(b, who);
    votes.add(c, who);
    assert.equal(votes.size, 2);
    assert.equal(votes.has(a, who), false, "the oldest entry was evicted");

    // One bound: the tx view keeps nothing of its own, the signature cache under it holds 2 entries.
    const signatures = new VerifiedSignatureCache(2);
    const txs = new VerifiedTxCache(TEST_CHAIN_ID, signatures);
    const verified = [0, 1, 2].map((n) =>
      decodeAndVerifyTx(signedTransfer(funded[0]!, keys[1]!, 1n, n).bytes, TEST_CHAIN_ID),
    );
    for (const tx of verified) txs.add(tx);
    assert.equal(txs.size, 2);
    assert.equal(signatures.size, 2);
    assert.equal(txs.get(verified[0]!.hashHex, verified[0]!.bytes), undefined);
    assert.equal(txs.get(verified[2]!.hashHex, verified[2]!.bytes)?.senderHex, verified[2]!.senderHex);
    assert.equal(txs.get(verified[1]!.hashHex, verified[2]!.bytes), undefined, "bytes of another tx");
    // A sender verified at admission (in the signature cache) is a verified tx for the view.
    const admitted = decodeAndVerifyTx(signedTransfer(funded[1]!, keys[1]!, 1n, 0).bytes, TEST_CHAIN_ID);
    assert.equal(txs.get(admitted.hashHex, admitted.bytes), undefined);
    decodeAndVerifyTx(admitted.bytes, TEST_CHAIN_ID, defaultBackend, signatures);
    assert.equal(txs.get(admitted.hashHex, admitted.bytes)?.hashHex, admitted.hashHex);
    const other = Uint8Array.from(verified[2]!.bytes);
    other[other.length - 1]! ^= 1;
    assert.equal(txs.get(verified[2]!.hashHex, other), undefined, "same hash, other signed bytes");
  });
});
