/**
 * Market matching engine throughput on an in-memory state: automatic matches per second against a
 * workerpool book of 10k and 100k presigned orders (each match: rank the cheapest candidates, check
 * compatibility, create the deal and its task, remove the exhausted order from the book), explicit
 * `matchOrders` per second, and the book reads per match to show O(log n). Bounded loops only.
 */
import { performance } from "node:perf_hooks";
import type { poco } from "../proto/index.js";
import { uintToBytes } from "../proto/index.js";
import {
  autoMatchOnce,
  type LedgerAccount,
  type MarketEnv,
  matchOrders,
  publishOrder,
} from "../scheduler/index.js";
import type { BenchResult } from "./types.js";

const RLC = 1_000_000_000n;
const a = (n: number): string => `0x${n.toString(16).padStart(40, "0")}`;
const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.slice(2), "hex"));
const APP = a(0xa1);
const POOL = a(0xf1);
const APP_OWNER = a(0x1a);
const SCHEDULER = a(0x1f);
const REQUESTER = a(0x1e);

function salt(n: number): Uint8Array {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(28, n);
  return s;
}

function env(): MarketEnv & { reads: { n: number } } {
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

function poolOrder(i: number): poco.WorkerpoolOrder.$Properties {
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

function request(i: number): poco.RequestOrder.$Properties {
  return {
    app: bytes(APP),
    appmaxprice: uintToBytes(RLC),
    workerpoolmaxprice: uintToBytes(100n * RLC),
    requester: bytes(REQUESTER),
    volume: uintToBytes(1n),
    trust: uintToBytes(2n),
    params: '{"criteria":{"price":2,"reliability":1,"power":1}}',
    salt: salt(1_000_000 + i),
  };
}

async function bookOf(size: number): Promise<{ e: ReturnType<typeof env>; publishPerSec: number }> {
  const e = env();
  publishOrder(e, APP_OWNER, {
    app: { app: bytes(APP), appprice: uintToBytes(1n), volume: uintToBytes(10n ** 9n), salt: salt(0) },
  });
  const t0 = performance.now();
  for (let i = 0; i < size; i++) publishOrder(e, SCHEDULER, { workerpool: poolOrder(i) });
  const publishPerSec = Math.round(size / ((performance.now() - t0) / 1000));
  return { e, publishPerSec };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000]) {
    const { e, publishPerSec } = await bookOf(size);
    results.push({
      name: `publish workerpool order (book → ${size.toLocaleString("en-US")})`,
      value: publishPerSec,
      unit: "orders/s",
      note: "EIP-712 hash + treap insert",
    });
    const matches = 2_000;
    const requests = Array.from({ length: matches }, (_, i) => request(i));
    for (const r of requests) publishOrder(e, REQUESTER, { request: r });
    e.reads.n = 0;
    const t0 = performance.now();
    let made = 0;
    for (const r of requests) if (autoMatchOnce(e, r)) made++;
    const seconds = (performance.now() - t0) / 1000;
    if (made !== matches) throw new Error(`only ${made} of ${matches} automatic matches`);
    results.push({
      name: `automatic match (book ${size.toLocaleString("en-US")})`,
      value: Math.round(matches / seconds),
      unit: "matches/s",
      note: `${Math.round(e.reads.n / matches)} book-node reads per match; 16 candidates ranked`,
    });
  }
  // explicit matchOrders with presigned orders (no signature check), book of 10k
  const { e } = await bookOf(10_000);
  const pool = Array.from({ length: 2_000 }, (_, i) => poolOrder(i));
  const reqs = Array.from({ length: 2_000 }, (_, i) => request(50_000 + i));
  for (const r of reqs) publishOrder(e, REQUESTER, { request: r });
  const app = { app: bytes(APP), appprice: uintToBytes(1n), volume: uintToBytes(10n ** 9n), salt: salt(0) };
  const t0 = performance.now();
  for (let i = 0; i < pool.length; i++) matchOrders(e, { app, workerpool: pool[i]!, request: reqs[i]! });
  results.push({
    name: "explicit matchOrders (presigned, book 10,000)",
    value: Math.round(pool.length / ((performance.now() - t0) / 1000)),
    unit: "matches/s",
    note: "all compatibility checks + deal + task",
  });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
}
