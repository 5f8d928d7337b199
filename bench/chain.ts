/**
 * Single-node chain throughput on one core: signed transfers through the whole pipeline
 * (stateless verification → execution → state root → one atomic level batch per block), each stage
 * alone, and the commit latency of blocks of several sizes. Loops are bounded by the tx count.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { BlockProducer, DEFAULT_PRODUCER_OPTIONS } from "../node/chain/blockProducer.js";
import { Chain } from "../node/chain/chain.js";
import { applyGenesis, type Genesis } from "../node/chain/genesis.js";
import { PrivValidator } from "../node/consensus/privValidator.js";
import { toHex } from "../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { createSignatureVerifier } from "../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool } from "../node/mempool/mempool.js";
import { admitTxList } from "../node/mempool/txAdmission.js";
import { CommittedState } from "../node/state/committedState.js";
import { StateOverlay } from "../node/state/stateOverlay.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../node/tx/signedTx.js";
import { VerifiedSignatureCache } from "../node/tx/verifiedSignatureCache.js";
import { uintToBytes } from "../proto/index.js";
import { tempDir } from "../test/helpers/fixtures.js";
import type { BenchResult } from "./types.js";

const CHAIN_ID = 777;
const SENDERS = 2_000;
const TXS = 20_000;
const BLOCK_TXS = 5_000;

function keys(n: number, offset: number): KeyPair[] {
  return Array.from({ length: n }, (_, i) =>
    keyPairFromPrivate(`0x${(offset + i + 1).toString(16).padStart(64, "0")}`),
  );
}

function genesisFor(senders: KeyPair[], validator: KeyPair): Genesis {
  return {
    chainId: CHAIN_ID,
    genesisTimeMs: 1_700_000_000_000,
    admin: toHex(validator.address),
    validators: [{ address: toHex(validator.address), power: 1 }],
    accounts: senders.map((k) => ({ address: toHex(k.address), balance: 1_000_000_000_000n, stake: 0n })),
    categories: [],
  };
}

/** Signs transfers round-robin over senders, to fresh recipients, tracking each sender's nonce. */
function transferFactory(senders: KeyPair[]) {
  const nonces = new Map<KeyPair, number>();
  let next = 0;
  return (count: number): Uint8Array[] => {
    const out: Uint8Array[] = [];
    for (let k = 0; k < count; k++, next++) {
      const sender = senders[next % senders.length]!;
      const nonce = nonces.get(sender) ?? 0;
      nonces.set(sender, nonce + 1);
      const to = new Uint8Array(20);
      new DataView(to.buffer).setUint32(16, next + 1);
      const amount = uintToBytes(1_000n + BigInt(next));
      out.push(signTx({ chainId: CHAIN_ID, nonce, transfer: { to, amount } }, sender.privateKey).bytes);
    }
    return out;
  };
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

export async function run(): Promise<BenchResult[]> {
  const validator = keys(1, 1_000_000)[0]!;
  const senders = keys(SENDERS, 0);
  const genesis = genesisFor(senders, validator);
  const makeTransfers = transferFactory(senders);
  const signed = makeTransfers(TXS);
  const results: BenchResult[] = [];

  // Stage 1: stateless verification alone (decode + canonical check + signature recovery).
  let t0 = performance.now();
  const verified: VerifiedTx[] = signed.map((b) => decodeAndVerifyTx(b, CHAIN_ID));
  results.push({
    name: "verify signed transfer (decode + recover)",
    value: perSecond(TXS, performance.now() - t0),
    unit: "tx/s",
  });

  // Stage 2: execution + state root, already-verified txs, in memory.
  const executor = createStateMachine(CHAIN_ID);
  const fresh = () => {
    const o = new StateOverlay(CommittedState.empty());
    applyGenesis(o, genesis);
    const s = CommittedState.empty();
    s.apply(o.entries());
    return s;
  };
  const memState = fresh();
  t0 = performance.now();
  for (let i = 0; i < TXS; i += BLOCK_TXS) {
    const ctx = {
      chainId: CHAIN_ID,
      height: i / BLOCK_TXS + 1,
      timeMs: 1_700_000_000_000 + i,
      proposer: "0x00",
      baseFee: 0n,
    };
    const exec = executor.execute(memState, ctx, verified.slice(i, i + BLOCK_TXS), false);
    memState.apply(exec.overlay.entries());
  }
  results.push({
    name: "execute transfers + state root (no signature checks)",
    value: perSecond(TXS, performance.now() - t0),
    unit: "tx/s",
  });

  // Stage 3: the full pipeline into a real store: verify, execute, root, persist, in 5,000-tx blocks.
  const dir = tempDir("poco-bench-");
  const db = await ChainDb.open(join(dir, "chain"));
  try {
    const chain = await Chain.open(db, genesis, executor);
    const commit = () => new Uint8Array(0);
    const latencies: number[] = [];
    t0 = performance.now();
    for (let i = 0; i < TXS; i += BLOCK_TXS) {
      const b0 = performance.now();
      const txs = signed.slice(i, i + BLOCK_TXS).map((b) => decodeAndVerifyTx(b, CHAIN_ID));
      await chain.produceBlock(txs, chain.head.header.timeMs + 500, validator.address, commit);
      latencies.push(performance.now() - b0);
    }
    const total = performance.now() - t0;
    results.push({
      name: "transfers applied incl. signature checks (verify + execute + root + atomic commit)",
      value: perSecond(TXS, total),
      unit: "tx/s",
      note: `${TXS} txs in ${BLOCK_TXS}-tx blocks, ${SENDERS} senders, one core`,
    });
    results.push({
      name: `block commit latency, ${BLOCK_TXS} transfers (incl. verification)`,
      value: Math.round(median(latencies)),
      unit: "ms",
    });

    for (const size of [0, 100, 1000]) {
      const lat: number[] = [];
      for (let k = 0; k < 3; k++) {
        const txs = makeTransfers(size).map((b) => decodeAndVerifyTx(b, CHAIN_ID));
        const b0 = performance.now();
        await chain.produceBlock(txs, chain.head.header.timeMs + 500, validator.address, commit);
        lat.push(performance.now() - b0);
      }
      results.push({
        name: `block commit latency, ${size} verified transfers (execute + root + persist)`,
        value: round1(median(lat)),
        unit: "ms",
      });
    }
    results.push({ name: "state entries after the run", value: chain.state.size, unit: "keys" });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Pre-signed transfers through one node's path from submission to commit, as a single validator runs
 * it for blocks it proposes, in a fresh store: each block's raw txs are admitted as one API batch is
 * (`admitTxList`: decode, hash, signatures recovered on the node's verifier threads, mempool), then
 * the producer's tick (reap, execute, tx/receipt/state roots, its own precommit signed through the
 * privval, one atomic synced level batch). `count` transfers in `blockTxs`-tx blocks → tx/s.
 * overlap (default): block k+1's batch is admitted while block k is produced, as a live node's API
 * admits while its producer works; false: admit, then produce, block after block.
 * The reference benchmark (bench/reference.ts) sets it against Anvil.
 */
export async function appliedTransfersPerSecond(
  count: number,
  blockTxs: number,
  options: {
    overlap?: boolean;
    senders?: number;
    /** Called right before and after the timed loop (bench/commitProfile.ts profiles only that). */
    timed?: { start(): Promise<void>; stop(): Promise<void> };
  } = {},
): Promise<number> {
  const validator = keys(1, 1_000_000)[0]!;
  const senders = keys(options.senders ?? SENDERS, 0);
  const genesis = genesisFor(senders, validator);
  const signed = transferFactory(senders)(count);
  const dir = tempDir("poco-bench-");
  const db = await ChainDb.open(join(dir, "chain"));
  const verifier = createSignatureVerifier(defaultBackend);
  try {
    const executor = createStateMachine(CHAIN_ID);
    const chain = await Chain.open(db, genesis, executor);
    const mempool = new Mempool(chain.state, DEFAULT_MEMPOOL_LIMITS, {
      baseFee: () => chain.nextBaseFee(),
      params: () => chain.params,
    });
    const admission = {
      chainId: CHAIN_ID,
      backend: defaultBackend,
      executor,
      mempool,
      signatures: new VerifiedSignatureCache(),
      verifier,
    };
    let now = chain.head.header.timeMs;
    const producer = new BlockProducer(
      chain,
      mempool,
      validator,
      defaultBackend,
      { ...DEFAULT_PRODUCER_OPTIONS, maxBlockTxs: blockTxs },
      pino({ level: "silent" }),
      new PrivValidator(join(dir, "privval.json")),
      () => (now += 500),
    );
    const admit = async (from: number) => {
      const results = await admitTxList(admission, signed.slice(from, from + blockTxs), false);
      const refused = results.find((r) => r instanceof Error);
      if (refused) throw refused;
    };
    // A running node's verifier threads are up long before a block arrives: start them (module
    // loading, ≈ 35 µs per tx of this run's CPU otherwise) before timing, with a batch that recovers
    // nothing.
    await verifier.recoverMany(
      Array.from({ length: 8 }, () => ({ hash: new Uint8Array(32), signature: new Uint8Array(65) })),
    );
    await options.timed?.start();
    const t0 = performance.now();
    let admitting = admit(0);
    for (let i = 0; i < count; i += blockTxs) {
      await admitting;
      const next = i + blockTxs < count && options.overlap !== false ? admit(i + blockTxs) : undefined;
      const block = await producer.tick();
      // every transfer counted must have been applied (none dropped by a block limit, none failed)
      const applied = block?.receipts.filter((r) => !r.error).length ?? 0;
      const expected = Math.min(blockTxs, count - i);
      if (!block || block.dropped.length || applied !== expected)
        throw new Error(
          `block applied ${applied} of ${expected} transfers (${block?.dropped.length} dropped)`,
        );
      admitting = next ?? (i + blockTxs < count ? admit(i + blockTxs) : Promise.resolve());
    }
    await admitting;
    const ms = performance.now() - t0;
    await options.timed?.stop();
    if (mempool.size !== 0) throw new Error(`${mempool.size} transfers left in the mempool`);
    return perSecond(count, ms);
  } finally {
    await verifier.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
