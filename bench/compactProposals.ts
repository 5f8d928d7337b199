/**
 * Compact proposals (issue 14.3): bytes of consensus and tx gossip payloads per finalized tx in a
 * 4-validator network, full-block proposals vs compact ones, in one run. Four ConsensusServices over
 * the in-memory bus (real chains, mempools, consensus; the bus counts each payload once per receiving
 * peer, as a gossip fan-out of 3 would, without libp2p framing or gossipsub's own control traffic).
 * 2,000 pre-signed transfers from 100 senders go into node 0's mempool and are gossiped to the others.
 *
 *   npm run bench -- compactProposals      (COMPACT_BENCH_TXS to change the load)
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { Chain } from "../node/chain/chain.js";
import {
  type ConsensusOptions,
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
} from "../node/consensus/consensusService.js";
import { PrivValidator } from "../node/consensus/privValidator.js";
import { toHex } from "../node/crypto/hash.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { Mempool } from "../node/mempool/mempool.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { decodeAndVerifyTx, type VerifiedTx } from "../node/tx/signedTx.js";
import { poco } from "../proto/index.js";
import {
  RLC,
  signedTransfer,
  TEST_CHAIN_ID,
  tempDir,
  testGenesis,
  testKey,
} from "../test/helpers/fixtures.js";
import { MemoryBus } from "../test/helpers/memoryTransport.js";
import { keysFrom } from "./bft.js";
import type { BenchResult } from "./types.js";

interface Wire {
  txGossip: number;
  proposals: number;
  votes: number;
  blockTxs: number;
  /** Own messages sent again while a height was stuck (rebroadcastMs): counted apart. */
  resent: number;
}

interface Outcome {
  wire: Wire;
  finalized: number;
  blocks: number;
  seconds: number;
  cpuSeconds: number;
  fetched: number;
}

async function runOnce(compact: boolean, txCount: number): Promise<Outcome> {
  const dir = tempDir("poco-compact-bench-");
  const keys = [0, 1, 2, 3].map((i) => testKey(i));
  const senders = keysFrom(0x5000, 100);
  const genesis = testGenesis(keys[0]!, senders, 1_000n * RLC);
  genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
  const options: ConsensusOptions = {
    ...DEFAULT_CONSENSUS_OPTIONS,
    blockTimeMs: 200,
    rebroadcastMs: 2_000,
    statusPollMs: 1_000,
    compactProposals: compact,
  };
  const bus = new MemoryBus();
  const wire: Wire = { txGossip: 0, proposals: 0, votes: 0, blockTxs: 0, resent: 0 };
  const nodes: { db: ChainDb; chain: Chain; mempool: Mempool; service: ConsensusService }[] = [];
  for (const [i, key] of keys.entries()) {
    const db = await ChainDb.open(join(dir, `n${i}`, "chain"));
    const chain = await Chain.open(db, genesis, createStateMachine(TEST_CHAIN_ID));
    const mempool = new Mempool(chain.state);
    const inner = bus.transport(`n${i}`, chain, mempool);
    const receivers = () => bus.members.filter((m) => m.id !== `n${i}` && !m.down).length;
    const counted: ConsensusTransport = {
      ...inner,
      broadcast: (message, kind) => {
        const isProposal = (kind ?? "vote") === "proposal";
        if (Number(poco.ConsensusMessage.decode(message).resend) > 0)
          wire.resent += message.length * receivers();
        else if (isProposal) wire.proposals += message.length * receivers();
        else wire.votes += message.length * receivers();
        inner.broadcast(message, kind);
      },
      publishTx: (bytes) => {
        wire.txGossip += bytes.length * receivers();
        inner.publishTx?.(bytes);
      },
      blockTxs: async (peer, blockHash, request, timeoutMs) => {
        wire.blockTxs += 40 + (request.indexes?.length ?? 0) * 3;
        const answer = await inner.blockTxs!(peer, blockHash, request, timeoutMs);
        wire.blockTxs += (answer.block?.length ?? 0) + answer.txs.reduce((a, t) => a + t.length + 4, 0);
        return answer;
      },
    };
    const service = new ConsensusService({
      chain,
      mempool,
      key,
      backend: defaultBackend,
      privval: new PrivValidator(join(dir, `n${i}`, "privval.json")),
      transport: counted,
      log: pino({ level: "silent" }),
      options,
    });
    bus.attach(`n${i}`, service);
    nodes.push({ db, chain, mempool, service });
  }
  const sink = testKey(300);
  const perSender = Math.ceil(txCount / senders.length);
  const txs: VerifiedTx[] = [];
  for (let n = 0; n < perSender; n++)
    for (const s of senders)
      txs.push(decodeAndVerifyTx(signedTransfer(s, sink, 1n, n).bytes, TEST_CHAIN_ID, defaultBackend));
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const n of nodes) await n.service.start();
  // The load arrives over 2 s in 10 waves, each tx admitted at node 0 and gossiped to the others.
  const gossip = nodes[0]!;
  const transportOf0 = (gossip.service as unknown as { deps: { transport: ConsensusTransport } }).deps
    .transport;
  for (let wave = 0; wave < 10; wave++) {
    for (const tx of txs.slice((wave * txs.length) / 10, ((wave + 1) * txs.length) / 10)) {
      gossip.mempool.add(tx);
      transportOf0.publishTx?.(tx.bytes);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startHeight = 0;
  const done = () => nodes.every((n) => n.mempool.size === 0);
  const deadline = Date.now() + 300_000;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const blocks = nodes[0]!.chain.head.height - startHeight;
  let finalized = 0;
  for (let h = 1; h <= nodes[0]!.chain.head.height; h++) {
    const block = await nodes[0]!.chain.db.getBlock(h);
    finalized += poco.Block.decode(block!).txs.length;
  }
  const fetched = nodes.reduce((a, n) => a + n.service.compactStats.fetched, 0);
  for (const n of nodes) await n.service.stop();
  for (const n of nodes) await n.db.close();
  rmSync(dir, { recursive: true, force: true });
  return { wire, finalized, blocks, seconds, cpuSeconds: (used.user + used.system) / 1e6, fetched };
}

export async function run(): Promise<BenchResult[]> {
  const txCount = Number(process.env.COMPACT_BENCH_TXS ?? 2_000);
  const full = await runOnce(false, txCount);
  const compact = await runOnce(true, txCount);
  // First sends only: re-broadcasts depend on how long heights stay stuck (load), reported apart.
  const per = (o: Outcome) =>
    Math.round(
      (o.wire.txGossip + o.wire.proposals + o.wire.votes + o.wire.blockTxs) / Math.max(1, o.finalized),
    );
  const detail = (o: Outcome) =>
    `${o.finalized} txs in ${o.blocks} blocks, ${o.seconds.toFixed(1)} s, ${o.cpuSeconds.toFixed(1)} CPU-s; per tx: tx gossip ${Math.round(o.wire.txGossip / o.finalized)} B, proposals ${Math.round(o.wire.proposals / o.finalized)} B, votes ${Math.round(o.wire.votes / o.finalized)} B, block-txs ${Math.round(o.wire.blockTxs / o.finalized)} B (${o.fetched} txs fetched); re-broadcasts of stuck heights ${Math.round(o.wire.resent / o.finalized)} B more`;
  return [
    {
      name: "payload bytes per finalized tx, 4 validators, full-block proposals",
      value: per(full),
      unit: "bytes",
      note: detail(full),
    },
    {
      name: "payload bytes per finalized tx, 4 validators, compact proposals",
      value: per(compact),
      unit: "bytes",
      note: `${detail(compact)}; ${(per(full) / per(compact)).toFixed(2)}× fewer`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // COMPACT_BENCH_ONLY=full|compact runs one mode (e.g. under --cpu-prof, one profile per mode).
  const only = process.env.COMPACT_BENCH_ONLY;
  if (only) {
    const o = await runOnce(only === "compact", Number(process.env.COMPACT_BENCH_TXS ?? 2_000));
    console.log(only, JSON.stringify(o));
  } else {
    for (const x of await run())
      console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
  }
}
