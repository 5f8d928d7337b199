/**
 * Market benchmarks, one core, bounded loops only.
 *
 * - Books of 10k and 100k presigned workerpool orders built through `publishOrder` (the transaction
 *   path: field checks, EIP-712 hash, record, treap insert); the 1M book is built directly through
 *   the book API (`writeOrderRecord` + `OrderBookIndex.bulkLoad`, the same keys and bytes as
 *   inserts, without the per-transaction checks) to bound the build time.
 * - Per book: match selection (read the cheapest candidates, rank them by the request's criteria,
 *   check compatibility: the matching engine's decision, without writing), automatic matches (the
 *   decision plus the deal, its task, volume consumption and removal of the exhausted order from the
 *   book) and the book-node reads per match, which grow with log n, not n.
 * - Explicit `matchOrders` with presigned orders.
 * - Full task lifecycle on one node: signed transactions (matchOrders with a wallet-signed request,
 *   3 contributions with the scheduler's authorizations, 3 reveals, the last finalizing), verified,
 *   executed by the node's state machine and committed with the state root, in blocks.
 */
import { performance } from "node:perf_hooks";
import { applyGenesis } from "../node/chain/genesis.js";
import { marketDomain, signOrder } from "../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { createSignatureVerifier } from "../node/crypto/signatureVerifier.js";
import { DEFAULT_CHAIN_PARAMS } from "../node/execution/fees.js";
import { batchGasLimit } from "../node/execution/gasSchedule.js";
import { prefetchMarketSignatures } from "../node/execution/marketSignatures.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool } from "../node/mempool/mempool.js";
import { admitTxListToMempool } from "../node/mempool/txAdmission.js";
import { CommittedState } from "../node/state/committedState.js";
import { deriveAssetAddress } from "../node/state/registries.js";
import { StateOverlay } from "../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../node/tx/signedTx.js";
import { VerifiedSignatureCache } from "../node/tx/verifiedSignatureCache.js";
import type { poco } from "../proto/index.js";
import { uintToBytes } from "../proto/index.js";
import {
  autoMatchOnce,
  Books,
  checkCompatibility,
  dealId,
  decodeOrder,
  encodeOrder,
  type LedgerAccount,
  MAX_TASK_BATCH,
  type MarketEnv,
  matchOrders,
  OrderBookIndex,
  orderHash,
  publishOrder,
  readOrderRecord,
  remainingVolume,
  resultHash,
  resultSeal,
  runAutoMatching,
  signAuthorization,
  taskId,
  writeOrderRecord,
  ZERO_ADDRESS_HEX,
} from "../scheduler/index.js";
import type { BenchResult } from "./types.js";

const RLC = 1_000_000_000n;
export const a = (n: number): string => `0x${n.toString(16).padStart(40, "0")}`;
export const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.slice(2), "hex"));
export const APP = a(0xa1);
export const POOL = a(0xf1);
export const APP_OWNER = a(0x1a);
export const SCHEDULER = a(0x1f);
export const REQUESTER = a(0x1e);

export function salt(n: number): Uint8Array {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(28, n);
  return s;
}

export function makeEnv(): MarketEnv & { reads: { n: number } } {
  const kv = new Map<string, Uint8Array>();
  const accounts = new Map<string, LedgerAccount>();
  accounts.set(REQUESTER, { balance: 10n ** 30n, stake: 0n, locked: 0n });
  accounts.set(SCHEDULER, { balance: 0n, stake: 10n ** 30n, locked: 0n });
  const reads = { n: 0 };
  const read = (x: string): LedgerAccount => ({
    ...(accounts.get(x) ?? { balance: 0n, stake: 0n, locked: 0n }),
  });
  return {
    reads,
    state: {
      get: (k) => {
        if (k.startsWith("mkt:bn:")) reads.n++;
        return kv.get(k);
      },
      set: (k, v) => void kv.set(k, v),
      delete: (k) => void kv.delete(k),
    },
    ledger: {
      read,
      update(x, change) {
        const acc = read(x);
        change(acc);
        accounts.set(x, acc);
      },
    },
    registries: {
      appOwner: (x) => (x === APP ? APP_OWNER : undefined),
      datasetOwner: () => undefined,
      workerpool: (x) =>
        x === POOL ? { owner: SCHEDULER, schedulerRewardRatio: 10, powerEfficiency: 5 } : undefined,
      categoryTimeRefMs: (id) => (id === 0n ? 10_000n : undefined),
    },
    chainId: 1,
    timeMs: 1_000,
  };
}

export function poolOrder(i: number): poco.WorkerpoolOrder.$Properties {
  // deterministic pseudo-random prices 1..10,000 RLC/1000
  const price = BigInt(((i * 2654435761) >>> 0) % 10_000) + 1n;
  return {
    workerpool: bytes(POOL),
    workerpoolprice: uintToBytes(price * 1_000_000n),
    volume: uintToBytes(1n),
    trust: uintToBytes(5n),
    salt: salt(i),
  };
}

export function request(i: number): poco.RequestOrder.$Properties {
  return {
    app: bytes(APP),
    appmaxprice: uintToBytes(RLC),
    workerpoolmaxprice: uintToBytes(100n * RLC),
    requester: bytes(REQUESTER),
    volume: uintToBytes(1n),
    trust: uintToBytes(2n),
    params: '{"criteria":{"price":2,"reliability":1,"power":1}}',
    salt: salt(10_000_000 + i),
  };
}

const appOrder = {
  app: bytes(APP),
  appprice: uintToBytes(1n),
  volume: uintToBytes(10n ** 9n),
  salt: salt(0),
};

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => n.toLocaleString("en-US");

/** A book of `size` workerpool orders; `direct` skips the publish transaction path. */
function buildBook(size: number, direct: boolean): { e: ReturnType<typeof makeEnv>; perSec: number } {
  const e = makeEnv();
  publishOrder(e, APP_OWNER, { app: appOrder });
  const t0 = performance.now();
  if (direct) {
    const entries: { hash: string; price: bigint }[] = [];
    for (let i = 0; i < size; i++) {
      const order = poolOrder(i);
      const hash = orderHash(e.chainId, "workerpool", order);
      writeOrderRecord(e.state, hash, {
        kind: "workerpool",
        order: encodeOrder("workerpool", order),
        consumed: 0n,
        cancelled: false,
        presigned: true,
      });
      entries.push({ hash, price: BigInt(((i * 2654435761) >>> 0) % 10_000) * 1_000_000n + 1_000_000n });
    }
    new OrderBookIndex(e.state, Books.workerpools(0n)).bulkLoad(entries);
  } else {
    for (let i = 0; i < size; i++) publishOrder(e, SCHEDULER, { workerpool: poolOrder(i) });
  }
  return { e, perSec: perSecond(size, performance.now() - t0) };
}

/** The matching decision alone: the cheapest usable candidates and a compatibility check, no writes. */
function selectOnly(e: MarketEnv, requests: poco.RequestOrder.$Properties[]): number {
  const index = new OrderBookIndex(e.state, Books.workerpools(0n));
  let found = 0;
  for (const rq of requests) {
    for (const c of index.cheapest(16, 100n * RLC)) {
      const record = readOrderRecord(e.state, c.hash);
      if (!record) continue;
      const order = decodeOrder("workerpool", record.order);
      if (remainingVolume(order, record) === 0n) continue;
      try {
        checkCompatibility({ app: appOrder, workerpool: order, request: rq });
        found++;
        break;
      } catch {}
    }
  }
  return found;
}

async function bookBenches(results: BenchResult[]): Promise<void> {
  // MARKET_BENCH_SIZES=1000000 (comma-separated) runs only those books
  const sizes = process.env.MARKET_BENCH_SIZES
    ? process.env.MARKET_BENCH_SIZES.split(",").map(Number)
    : [10_000, 100_000, 1_000_000];
  for (const size of sizes) {
    const direct = size > 100_000;
    const { e, perSec } = buildBook(size, direct);
    results.push({
      name: `build workerpool book → ${fmt(size)} orders`,
      value: perSec,
      unit: "orders/s",
      note: direct
        ? "direct through the book API: EIP-712 hash + order record each, then OrderBookIndex.bulkLoad (sort + O(n) treap build, same bytes as inserts); not publish txs, to bound build time"
        : "publishOrder: checks + EIP-712 hash + record + treap insert",
    });
    const matches = 5_000;
    const requests = Array.from({ length: matches }, (_, i) => request(i));
    for (const r of requests) publishOrder(e, REQUESTER, { request: r });

    let t0 = performance.now();
    const selected = selectOnly(e, requests);
    if (selected !== matches) throw new Error(`selection found ${selected} of ${matches}`);
    results.push({
      name: `match selection (book ${fmt(size)})`,
      value: perSecond(matches, performance.now() - t0),
      unit: "matches/s",
      note: "read the 16 cheapest orders (O(log n) treap walk) + compatibility check, no writes",
    });

    e.reads.n = 0;
    t0 = performance.now();
    let made = 0;
    for (const r of requests) if (autoMatchOnce(e, r)) made++;
    const ms = performance.now() - t0;
    if (made !== matches) throw new Error(`only ${made} of ${matches} automatic matches`);
    results.push({
      name: `automatic match incl. deal + task (book ${fmt(size)})`,
      value: perSecond(matches, ms),
      unit: "matches/s",
      note: `${Math.round(e.reads.n / matches)} book-node reads per match (log2 n = ${Math.round(Math.log2(size))}); 16 candidates ranked; deal, task, 3 order records, treap removal written`,
    });

    // The block's path: requests from the automatic-matching queue, each with its own gas meter,
    // every read and write metered, each deal in its own overlay (runAutoMatching, unlimited budget).
    if (runAutoMatching(e).deals !== 0) throw new Error("the first requests were already matched");
    const queued = Array.from({ length: matches }, (_, i) => request(matches + i));
    for (const r of queued) publishOrder(e, REQUESTER, { request: r });
    t0 = performance.now();
    const auto = runAutoMatching(e);
    const autoMs = performance.now() - t0;
    if (auto.deals !== matches) throw new Error(`only ${auto.deals} of ${matches} queued requests matched`);
    results.push({
      name: `automatic matching at end of block, full match with writes (book ${fmt(size)})`,
      value: perSecond(matches, autoMs),
      unit: "matches/s",
      note: `runAutoMatching over ${fmt(matches)} queued requests: dequeue, metered reads and writes, deal + task + 3 order records + 2 treap removals + deal indexes + due entry per match (in-memory state, no state-tree hashing)`,
    });
  }

  // explicit matchOrders with presigned orders (no signature check), book of 10k
  const { e } = buildBook(10_000, false);
  const n = 5_000;
  const pool = Array.from({ length: n }, (_, i) => poolOrder(i));
  const reqs = Array.from({ length: n }, (_, i) => request(50_000 + i));
  for (const r of reqs) publishOrder(e, REQUESTER, { request: r });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) matchOrders(e, { app: appOrder, workerpool: pool[i]!, request: reqs[i]! });
  results.push({
    name: "explicit matchOrders (presigned, book 10,000)",
    value: perSecond(n, performance.now() - t0),
    unit: "matches/s",
    note: "all compatibility checks + deal + task + 3 order records + treap removal",
  });
}

const key = (n: number): KeyPair => keyPairFromPrivate(`0x${(n + 5000).toString(16).padStart(64, "0")}`);

/** What one lifecycle run measured: `tasks` tasks, `txs` signed transactions, in `ms` (the blocks only). */
export interface LifecycleRun {
  tasks: number;
  txs: number;
  ms: number;
}

/**
 * Full task lifecycle through the node's state machine, fresh state each call: per task one
 * matchOrders (wallet-signed request at `trust`), `workers` contributions and as many reveals (the
 * last finalizing). `workers` must be the number of fresh-score contributions `trust` needs.
 */
export async function runLifecycle(opts: {
  trust: bigint;
  workers: number;
  tasks: number;
  /**
   * Each worker's contributions (and reveals) across tasks in contributeBatch (revealBatch) txs of up
   * to MAX_TASK_BATCH entries, as workers send them, instead of one tx per task.
   */
  batched?: boolean;
  /**
   * With `batched` at trust 1 and one worker: the worker completes its tasks in
   * contributeAndFinalizeBatch txs of up to MAX_TASK_BATCH entries (2 phases, match then one batch per
   * ≤ 64 tasks, as PoCo Boost's matchOrdersBoost + pushResultBoost) instead of contributeBatch then
   * revealBatch. Default true where it applies; false keeps the 3-phase path for comparison.
   */
  contributeAndFinalize?: boolean;
  /**
   * As a validator runs it: each phase's raw txs admitted as one API batch is (decode, tx signatures
   * on the node's verifier threads, mempool; then the market signatures inside them — the request
   * order's EIP-712 signature, the scheduler's authorizations — on the same threads, into the node's
   * VerifiedSignatureCache), each block reaped from the mempool and executed with that cache (its
   * signers are found, not recovered again). Phase k+1 is admitted while block k executes, as a live
   * node's API admits while its producer works. Default: verify in-thread, then execute.
   */
  nodePath?: boolean;
  /** Called around the timed part only (e.g. to start and stop a CPU profiler). */
  timed?: { start(): Promise<void>; stop(): Promise<void> };
}): Promise<LifecycleRun> {
  const CHAIN_ID = 99;
  const TASKS = opts.tasks;
  const admin = key(0);
  const appOwner = key(1);
  const scheduler = key(2);
  const requester = key(3);
  const workers = Array.from({ length: opts.workers }, (_, i) => key(10 + i));
  const everyone = [admin, appOwner, scheduler, requester, ...workers];
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, {
    chainId: CHAIN_ID,
    genesisTimeMs: 1_700_000_000_000,
    admin: toHex(admin.address),
    validators: [{ address: toHex(admin.address), power: 1 }],
    accounts: everyone.map((k) => ({ address: toHex(k.address), balance: 10n ** 9n * RLC, stake: 0n })),
    categories: [{ name: "S", description: "small", workClockTimeRef: 60 }],
    // One phase of every task per block, whatever the gas: this measures the state machine's rate,
    // not the consensus block limit (a real chain spreads the same txs over several blocks).
    params: { ...DEFAULT_CHAIN_PARAMS, blockGasLimit: 1_000_000_000 },
  });
  const state = CommittedState.empty();
  state.apply(overlay.entries());
  const signatures = new VerifiedSignatureCache();
  const executor = createStateMachine(CHAIN_ID, defaultBackend, opts.nodePath ? { signatures } : {});
  const nonces = new Map<KeyPair, number>();
  let height = 0;
  let timeMs = 1_700_000_000_000;
  const tx = (k: KeyPair, body: Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">) => {
    const nonce = nonces.get(k) ?? 0;
    nonces.set(k, nonce + 1);
    return signTx({ ...body, chainId: CHAIN_ID, nonce }, k.privateKey).bytes;
  };
  const block = (signed: Uint8Array[]) => execute(signed.map((b) => decodeAndVerifyTx(b, CHAIN_ID)));
  const execute = (verified: VerifiedTx[]) => {
    height += 1;
    timeMs += 500;
    const exec = executor.execute(
      state,
      { chainId: CHAIN_ID, height, timeMs, proposer: toHex(admin.address), baseFee: 0n },
      verified,
      false,
    );
    if (exec.dropped.length) throw new Error(`lifecycle block dropped ${exec.dropped.length} txs`);
    for (const r of exec.receipts) if (r.error) throw new Error(`lifecycle tx failed: ${r.error.message}`);
    state.apply(exec.overlay.entries());
    state.root();
  };

  const app = deriveAssetAddress("app", appOwner.address, 0);
  const pool = deriveAssetAddress("workerpool", scheduler.address, 0);
  block([
    tx(appOwner, { registerApp: { name: "app", uri: "docker://app" } }),
    tx(scheduler, {
      registerWorkerpool: { description: "pool", schedulerRewardRatio: 10, powerEfficiency: 5 },
    }),
  ]);
  block([
    tx(scheduler, { stake: { amount: uintToBytes(1_000_000n * RLC) } }),
    ...workers.map((w) => tx(w, { stake: { amount: uintToBytes(1_000_000n * RLC) } })),
  ]);
  const published = {
    app: {
      app: fromHex(app, 20),
      appprice: uintToBytes(RLC),
      volume: uintToBytes(1_000_000n),
      salt: salt(1),
    },
    workerpool: {
      workerpool: fromHex(pool, 20),
      workerpoolprice: uintToBytes(10n * RLC),
      volume: uintToBytes(1_000_000n),
      trust: uintToBytes(opts.trust),
      salt: salt(1),
    },
  };
  block([
    tx(appOwner, { publishOrder: { app: published.app } }),
    tx(scheduler, { publishOrder: { workerpool: published.workerpool } }),
  ]);

  // sign everything up front: the timed part is what a node does (verify, execute, commit)
  const domain = marketDomain(CHAIN_ID);
  const matchTxs: Uint8Array[] = [];
  const contributeTxs: Uint8Array[] = [];
  const revealTxs: Uint8Array[] = [];
  const reveals: { task: string; digest: string }[] = [];
  const contributions = new Map<KeyPair, poco.Contribute.$Properties[]>(workers.map((w) => [w, []]));
  const oneStep =
    !!opts.batched && opts.trust === 1n && opts.workers === 1 && opts.contributeAndFinalize !== false;
  const completions: poco.ContributeAndFinalize.$Properties[] = [];
  for (let i = 0; i < TASKS; i++) {
    const rq: poco.RequestOrder.$Properties = {
      app: fromHex(app, 20),
      appmaxprice: uintToBytes(RLC),
      workerpool: fromHex(pool, 20),
      workerpoolmaxprice: uintToBytes(10n * RLC),
      requester: requester.address,
      volume: uintToBytes(1n),
      trust: uintToBytes(opts.trust),
      salt: salt(100 + i),
    };
    const request = { ...rq, sign: signOrder(domain, "request", rq, requester.privateKey) };
    matchTxs.push(tx(requester, { matchOrders: { ...published, request } }));
    const task = taskId(dealId(orderHash(CHAIN_ID, "request", request), 0n), 0);
    const digest = toHex(keccak256(fromHex(task, 32)));
    if (oneStep) {
      const wh = toHex(workers[0]!.address);
      completions.push({
        taskId: fromHex(task, 32),
        resultDigest: fromHex(digest, 32),
        authorization: signAuthorization(wh, task, ZERO_ADDRESS_HEX, scheduler.privateKey),
      });
      continue;
    }
    for (const w of workers) {
      const wh = toHex(w.address);
      const contribute = {
        taskId: fromHex(task, 32),
        resultHash: fromHex(resultHash(task, digest), 32),
        resultSeal: fromHex(resultSeal(wh, task, digest), 32),
        authorization: signAuthorization(wh, task, ZERO_ADDRESS_HEX, scheduler.privateKey),
      };
      if (opts.batched) contributions.get(w)!.push(contribute);
      else contributeTxs.push(tx(w, { contribute }));
    }
    reveals.push({ task, digest });
  }
  const revealOf = ({ task, digest }: { task: string; digest: string }) => ({
    taskId: fromHex(task, 32),
    resultDigest: fromHex(digest, 32),
  });
  if (oneStep) {
    for (let i = 0; i < completions.length; i += MAX_TASK_BATCH)
      contributeTxs.push(
        tx(workers[0]!, {
          contributeAndFinalizeBatch: { entries: completions.slice(i, i + MAX_TASK_BATCH) },
          gasLimit: batchGasLimit(MAX_TASK_BATCH),
        }),
      );
  } else if (opts.batched) {
    for (const w of workers) {
      const mine = contributions.get(w)!;
      for (let i = 0; i < mine.length; i += MAX_TASK_BATCH)
        contributeTxs.push(
          tx(w, {
            contributeBatch: { entries: mine.slice(i, i + MAX_TASK_BATCH) },
            gasLimit: batchGasLimit(MAX_TASK_BATCH),
          }),
        );
      for (let i = 0; i < reveals.length; i += MAX_TASK_BATCH)
        revealTxs.push(
          tx(w, {
            revealBatch: { entries: reveals.slice(i, i + MAX_TASK_BATCH).map(revealOf) },
            gasLimit: batchGasLimit(MAX_TASK_BATCH),
          }),
        );
    }
  } else {
    for (const r of reveals) for (const w of workers) revealTxs.push(tx(w, { reveal: revealOf(r) }));
  }
  const txs = matchTxs.length + contributeTxs.length + revealTxs.length;
  if (!opts.nodePath) {
    await opts.timed?.start();
    const t0 = performance.now();
    block(matchTxs);
    block(contributeTxs);
    if (revealTxs.length > 0) block(revealTxs);
    const ms = performance.now() - t0;
    await opts.timed?.stop();
    return { tasks: TASKS, txs, ms };
  }
  const verifier = createSignatureVerifier(defaultBackend);
  try {
    const mempool = new Mempool(state, DEFAULT_MEMPOOL_LIMITS);
    const admission = { chainId: CHAIN_ID, backend: defaultBackend, executor, mempool, signatures, verifier };
    // up to the mempool; the inner signatures' recovery comes back unawaited (wrapped: an async
    // function returning a promise would wait for it), to run while a block executes
    const admit = async (list: Uint8Array[]): Promise<{ txs: VerifiedTx[]; inner: Promise<number> }> => {
      const { results, admitted } = await admitTxListToMempool(admission, list, false);
      const refused = results.find((r) => r instanceof Error);
      if (refused) throw refused;
      return { txs: admitted, inner: prefetchMarketSignatures(admitted, CHAIN_ID, verifier, signatures) };
    };
    // One phase per block, as on Anvil's side: the block takes the phase's txs from the mempool (a
    // reap of everything would also take the next phase's, admitted meanwhile, into this block).
    const produce = (phase: VerifiedTx[]) => {
      const reaped = mempool.reap(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 0n);
      const wanted = new Set(phase);
      execute(reaped.filter((t) => wanted.has(t)));
      mempool.prune(phase.map((t) => t.senderHex));
    };
    // a running node's verifier threads are up long before: started (modules loaded) before the clock
    await verifier.recoverMany(
      Array.from({ length: 16 }, () => ({ hash: new Uint8Array(32), signature: new Uint8Array(65) })),
    );
    await opts.timed?.start();
    const t0 = performance.now();
    const marks: string[] = [];
    const mark = (w: string) => marks.push(`${w} ${Math.round(performance.now() - t0)}`);
    let current = await admit(matchTxs);
    mark("admitted");
    await current.inner;
    mark("inner");
    for (const next of [contributeTxs, revealTxs].filter((phase) => phase.length > 0)) {
      const following = await admit(next); // the next phase's txs in the mempool, their inner signatures on the threads…
      mark("admitted");
      produce(current.txs); // …while this block executes
      mark("produced");
      await following.inner;
      mark("inner");
      current = following;
    }
    produce(current.txs);
    mark("produced");
    if (process.env.LIFECYCLE_MARKS) console.log(marks.join(", "));
    const ms = performance.now() - t0;
    await opts.timed?.stop();
    if (mempool.size !== 0) throw new Error(`${mempool.size} lifecycle txs left in the mempool`);
    return { tasks: TASKS, txs, ms };
  } finally {
    await verifier.close();
  }
}

/** Full task lifecycle at trust 5 with 3 workers: 7 signed txs per task, then the batched path. */
async function lifecycleBench(results: BenchResult[]): Promise<void> {
  const { tasks, txs, ms } = await runLifecycle({ trust: 5n, workers: 3, tasks: 300 });
  results.push({
    name: "full task lifecycle on one node",
    value: perSecond(txs, ms),
    unit: "tx/s",
    note: `${tasks} tasks × 7 signed txs (matchOrders with a signed request, 3 contribute, 3 reveal → finalized) = ${perSecond(tasks, ms)} tasks/s; verify + execute + state root, in 3 blocks`,
  });
  const b = await runLifecycle({ trust: 5n, workers: 3, tasks: 300, batched: true });
  results.push({
    name: "full task lifecycle on one node, batched",
    value: perSecond(b.tasks, b.ms),
    unit: "tasks/s",
    note: `${b.tasks} tasks: matchOrders each, then per worker contributeBatch and revealBatch txs of up to ${MAX_TASK_BATCH} tasks (${b.txs} signed txs); verify + execute + state root, in 3 blocks`,
  });
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  if (process.env.MARKET_BENCH_PROGRESS) {
    const push = results.push.bind(results);
    results.push = (...items: BenchResult[]) => {
      for (const r of items) process.stderr.write(`  … ${r.name}: ${r.value} ${r.unit}\n`);
      return push(...items);
    };
  }
  const only = process.env.MARKET_BENCH;
  if (only !== "lifecycle") await bookBenches(results);
  if (only !== "books") await lifecycleBench(results);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
}
