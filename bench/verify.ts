/**
 * Issue 14.3: signed transfers applied with signature checks, per core and over cores. Transfers are
 * verified (decode + sender recovery) and executed (state writes + state root) in blocks, in memory:
 * - in-thread: recovery and execution on the event loop, one after the other (one core);
 * - pipelined: the senders of block i+1 are recovered on the worker pool (WorkerPoolVerifier) while the
 *   main thread executes block i, as a node does with a proposal;
 * and the pool's raw recovery rate with 1 and 2 threads. "per CPU-second" divides by the process's
 * CPU time (all threads: process.cpuUsage), so it is the per-core figure whatever the machine's load;
 * wall-clock rates depend on the load of the shared machine.
 */
import { applyGenesis, type Genesis } from "../node/chain/genesis.js";
import { toHex } from "../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { WorkerPoolVerifier } from "../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { CommittedState } from "../node/state/committedState.js";
import { StateOverlay } from "../node/state/stateOverlay.js";
import { decodeAndVerifyTx, decodeAndVerifyTxs, signTx, type VerifiedTx } from "../node/tx/signedTx.js";
import { uintToBytes } from "../proto/index.js";
import type { BenchResult } from "./types.js";

const CHAIN_ID = 777;
const SENDERS = 1_000;
const TXS = Number(process.env.VERIFY_BENCH_TXS ?? 20_000);
const BLOCK_TXS = 400;

function keys(n: number, offset: number): KeyPair[] {
  return Array.from({ length: n }, (_, i) =>
    keyPairFromPrivate(`0x${(offset + i + 1).toString(16).padStart(64, "0")}`),
  );
}

function signedTransfers(senders: KeyPair[], count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const sender = senders[k % senders.length]!;
    const to = new Uint8Array(20);
    new DataView(to.buffer).setUint32(16, k + 1);
    out.push(
      signTx(
        {
          chainId: CHAIN_ID,
          nonce: Math.floor(k / senders.length),
          gasLimit: 30_000,
          transfer: { to, amount: uintToBytes(1_000n + BigInt(k)) },
        },
        sender.privateKey,
      ).bytes,
    );
  }
  return out;
}

/** Wall ms and CPU ms (every thread of the process) of `fn`. */
async function measure(fn: () => Promise<void> | void): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

export async function run(): Promise<BenchResult[]> {
  const validator = keys(1, 1_000_000)[0]!;
  const senders = keys(SENDERS, 0);
  const genesis: Genesis = {
    chainId: CHAIN_ID,
    genesisTimeMs: 1_700_000_000_000,
    admin: toHex(validator.address),
    validators: [{ address: toHex(validator.address), power: 1 }],
    accounts: senders.map((k) => ({ address: toHex(k.address), balance: 1_000_000_000_000n, stake: 0n })),
    categories: [],
  };
  const signed = signedTransfers(senders, TXS);
  const executor = createStateMachine(CHAIN_ID);
  const freshState = () => {
    const o = new StateOverlay(CommittedState.empty());
    applyGenesis(o, genesis);
    const s = CommittedState.empty();
    s.apply(o.entries());
    return s;
  };
  const blocks: Uint8Array[][] = [];
  for (let i = 0; i < TXS; i += BLOCK_TXS) blocks.push(signed.slice(i, i + BLOCK_TXS));
  const execute = (state: CommittedState, height: number, txs: VerifiedTx[]) => {
    const ctx = {
      chainId: CHAIN_ID,
      height,
      timeMs: 1_700_000_000_000 + height,
      proposer: "0x00",
      baseFee: 0n,
    };
    const exec = executor.execute(state, ctx, txs, false);
    state.apply(exec.overlay.entries());
    if (exec.included.length !== txs.length) throw new Error("bench: a transfer was dropped");
  };
  const results: BenchResult[] = [];

  // In-thread: verify then execute each block on the event loop.
  const inThread = await measure(() => {
    const state = freshState();
    blocks.forEach((block, h) => {
      execute(
        state,
        h + 1,
        block.map((b) => decodeAndVerifyTx(b, CHAIN_ID)),
      );
    });
  });
  results.push(
    {
      name: "transfers applied with signature checks, in-thread (one core)",
      value: perSecond(TXS, inThread.wallMs),
      unit: "tx/s",
      note: `${TXS} transfers in ${BLOCK_TXS}-tx blocks, ${SENDERS} senders, verify + execute + state root`,
    },
    {
      name: "transfers applied with signature checks per CPU-second, in-thread",
      value: perSecond(TXS, inThread.cpuMs),
      unit: "tx/CPU-s",
    },
  );

  // Raw recovery on the pool, 1 and 2 threads.
  const items = blocks.flat().map((b) => {
    const d = decodeAndVerifyTx(b, CHAIN_ID);
    return { hash: d.hash, signature: (d as VerifiedTx & { signature: Uint8Array }).signature };
  });
  for (const threads of [1, 2]) {
    const pool = new WorkerPoolVerifier({ threads });
    try {
      await pool.recoverMany(items.slice(0, 64), "high"); // threads loaded
      const r = await measure(() => pool.recoverMany(items, "high").then(() => undefined));
      results.push({
        name: `sender recoveries on the worker pool, ${threads} thread${threads > 1 ? "s" : ""}`,
        value: perSecond(items.length, r.wallMs),
        unit: "recoveries/s",
        note: `${perSecond(items.length, r.cpuMs)} per CPU-second`,
      });
    } finally {
      await pool.close();
    }
  }

  // Pipelined: block i+1's senders recovered on the pool while block i executes on the main thread.
  const pool = new WorkerPoolVerifier();
  try {
    await pool.recoverMany(items.slice(0, 64), "high");
    const pipelined = await measure(async () => {
      const state = freshState();
      const verify = (block: Uint8Array[]) => decodeAndVerifyTxs(block, CHAIN_ID, pool, undefined, "high");
      let next = verify(blocks[0]!);
      for (let h = 0; h < blocks.length; h++) {
        const verified = await next;
        if (h + 1 < blocks.length) next = verify(blocks[h + 1]!);
        const txs = verified.map((v) => {
          if (v instanceof Error) throw v;
          return v;
        });
        execute(state, h + 1, txs);
      }
    });
    results.push(
      {
        name: `transfers applied with signature checks, pipelined (main thread + ${pool.threads} verifier thread${pool.threads > 1 ? "s" : ""})`,
        value: perSecond(TXS, pipelined.wallMs),
        unit: "tx/s",
        note: `${(pipelined.cpuMs / pipelined.wallMs).toFixed(2)} cores busy on average`,
      },
      {
        name: "transfers applied with signature checks per CPU-second, pipelined",
        value: perSecond(TXS, pipelined.cpuMs),
        unit: "tx/CPU-s",
      },
    );
  } finally {
    await pool.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const x of await run()) console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
}
