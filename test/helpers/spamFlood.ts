import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { suggestedTip } from "../../node/api/routes/feeRoutes.js";
import { Chain } from "../../node/chain/chain.js";
import { ConsensusService, DEFAULT_CONSENSUS_OPTIONS } from "../../node/consensus/consensusService.js";
import { PrivValidator } from "../../node/consensus/privValidator.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "./fixtures.js";
import { MemoryBus } from "./memoryTransport.js";

/**
 * The spam-flood scenario (issue 10): an attacker floods transfers from many funded accounts at
 * 4 validators (in-process, in-memory transport) paying the base fee and no tip, while honest users
 * send transfers paying the current base fee + the suggested tip (GET /fees semantics: max fee
 * 2 × base fee + tip), one per user each time the chain moves on. Used by test/e2e/spamFlood.test.ts
 * (CI-sized) and bench/spamFlood.ts (100,000 txs from 1,000 accounts).
 */
export interface SpamFloodOptions {
  attackers: number;
  floodTxs: number;
  honestUsers: number;
  honestRounds: number;
  /** Flood txs gossiped before the first honest round, then per round. */
  firstBurst: number;
  burst: number;
}

export interface SpamFloodResult {
  /** Blocks between each honest tx's submission (head height then) and the block that includes it. */
  honestLatencyBlocks: number[];
  /** Same, wall-clock ms from submission to the commit of the including block. */
  honestLatencyMs: number[];
  /** Honest txs never finalized within the wait. */
  honestLost: number;
  floodIncluded: number;
  blocks: { height: number; gasUsed: number; gasLimit: number; txs: number; ms: number }[];
}

const MIN_BASE_FEE = 10n;
const TX_GAS = 40_000;
const validators = [0, 1, 2, 3].map((i) => testKey(i));
const sink = testKey(99);

function transfer(from: KeyPair, nonce: number, maxFee: bigint, tip: bigint, amount: bigint): VerifiedTx {
  const bytes = signTx(
    {
      chainId: TEST_CHAIN_ID,
      nonce,
      gasLimit: TX_GAS,
      maxFeePerGas: uintToBytes(maxFee),
      maxPriorityFeePerGas: uintToBytes(tip),
      transfer: { to: sink.address, amount: uintToBytes(amount) },
    },
    from.privateKey,
  ).bytes;
  return decodeAndVerifyTx(bytes, TEST_CHAIN_ID);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(xs: number[], p: number): number {
  return [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
}

export async function runSpamFlood(o: SpamFloodOptions): Promise<SpamFloodResult> {
  const attackers = Array.from({ length: o.attackers }, (_, i) => testKey(10_000 + i));
  const honest = Array.from({ length: o.honestUsers }, (_, i) => testKey(100 + i));
  const g = testGenesis(validators[0]!, [...honest, ...attackers], 1_000_000n * RLC);
  g.validators = validators.map((k) => ({ address: toHex(k.address), power: 10 }));
  g.params = { ...DEFAULT_CHAIN_PARAMS, minBaseFee: MIN_BASE_FEE, initialBaseFee: MIN_BASE_FEE };
  // the attacker's txs, signed up front: the base fee with room for its rise, no tip
  const flood: VerifiedTx[] = [];
  for (let i = 0; i < o.floodTxs; i++)
    flood.push(transfer(attackers[i % o.attackers]!, Math.floor(i / o.attackers), 1_000n, 0n, 1n));

  const dir = tempDir("poco-spam-");
  const bus = new MemoryBus();
  const nodes: { chain: Chain; db: ChainDb; mempool: Mempool; service: ConsensusService }[] = [];
  try {
    for (const [i, key] of validators.entries()) {
      const db = await ChainDb.open(join(dir, `n${i}`, "chain"));
      const chain = await Chain.open(db, g, createStateMachine(TEST_CHAIN_ID));
      const mempool = new Mempool(chain.state, {}, { baseFee: () => chain.nextBaseFee() });
      const service = new ConsensusService({
        chain,
        mempool,
        key,
        backend: defaultBackend,
        privval: new PrivValidator(join(dir, `n${i}`, "privval.json")),
        transport: bus.transport(`n${i}`, chain, mempool),
        log: pino({ level: process.env.TEST_LOG ?? "silent" }),
        options: {
          ...DEFAULT_CONSENSUS_OPTIONS,
          blockTimeMs: 200,
          timeouts: { proposeMs: 3_000, proposeDeltaMs: 500, voteMs: 1_000, voteDeltaMs: 200 },
          rebroadcastMs: 500,
          statusPollMs: 300,
        },
      });
      bus.attach(`n${i}`, service);
      nodes.push({ chain, db, mempool, service });
    }
    for (const n of nodes) await n.service.start();

    const chain = nodes[0]!.chain;
    const includedAt = new Map<string, { height: number; ms: number }>();
    const blocks: SpamFloodResult["blocks"] = [];
    const start = chain.head.height;
    chain.onBlock((b) => {
      const now = Date.now();
      for (const t of b.txs) includedAt.set(t.hashHex, { height: b.head.height, ms: now });
      const h = b.head.header;
      blocks.push({
        height: b.head.height,
        gasUsed: Number(h.gasUsed),
        gasLimit: Number(h.gasLimit),
        txs: b.txs.length,
        ms: b.durationMs,
      });
    });
    // Every node's mempool gets each tx, as gossip would deliver it (verified once here).
    const broadcast = (tx: VerifiedTx, mustAdmit: boolean) => {
      for (const [i, n] of nodes.entries()) {
        try {
          n.mempool.add(tx, i > 0);
        } catch (err) {
          if (mustAdmit && i === 0) throw err;
        }
      }
    };
    let sent = 0;
    const burst = (count: number) => {
      for (let k = 0; k < count && sent < o.floodTxs; k++, sent++) broadcast(flood[sent]!, false);
    };
    burst(o.firstBurst);
    const honestTxs: { hash: string; height: number; ms: number }[] = [];
    for (let round = 0; round < o.honestRounds; round++) {
      burst(o.burst);
      const height = chain.head.height;
      const baseFee = chain.nextBaseFee();
      const tip = suggestedTip(MIN_BASE_FEE);
      for (const [u, user] of honest.entries()) {
        const tx = transfer(user, round, 2n * baseFee + tip, tip, BigInt(1 + u));
        broadcast(tx, true);
        honestTxs.push({ hash: tx.hashHex, height, ms: Date.now() });
      }
      // the next round once the chain moved on (bounded wait)
      for (let w = 0; w < 1_000 && chain.head.height === height; w++) await sleep(20);
    }
    burst(o.floodTxs);
    for (let w = 0; w < 3_000 && honestTxs.some((t) => !includedAt.has(t.hash)); w++) await sleep(20);
    const found = honestTxs.flatMap((t) => {
      const at = includedAt.get(t.hash);
      return at ? [{ blocks: at.height - t.height, ms: at.ms - t.ms }] : [];
    });
    return {
      honestLatencyBlocks: found.map((f) => f.blocks),
      honestLatencyMs: found.map((f) => f.ms),
      honestLost: honestTxs.length - found.length,
      floodIncluded: flood.filter((t) => includedAt.has(t.hashHex)).length,
      blocks: blocks.filter((b) => b.height > start),
    };
  } finally {
    for (const n of nodes) {
      await n.service.stop();
      await n.db.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
