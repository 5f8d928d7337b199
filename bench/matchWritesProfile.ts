/**
 * Profile helper for issue 14.4: builds a workerpool book of MATCH_PROFILE_SIZE orders directly, queues
 * MATCH_PROFILE_MATCHES requests and runs the block path (`runAutoMatching`), counting the state reads,
 * writes and deletes per match by key prefix (MATCH_PROFILE_COUNT=1), and writes a CPU profile of the
 * block path only (MATCH_PROFILE_CPU=<file.cpuprofile>; summarize with bench/cpuProfileSummary.ts).
 *
 *   MATCH_PROFILE_SIZE=1000000 node --import tsx bench/matchWritesProfile.ts
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { uintToBytes } from "../proto/index.js";
import {
  Books,
  encodeOrder,
  OrderBookIndex,
  orderHash,
  publishOrder,
  runAutoMatching,
  writeOrderRecord,
} from "../scheduler/index.js";
import { APP_OWNER, makeEnv, poolOrder, REQUESTER, request } from "./market.js";

const size = Number(process.env.MATCH_PROFILE_SIZE ?? 100_000);
const matches = Number(process.env.MATCH_PROFILE_MATCHES ?? 5_000);
const e = makeEnv();
publishOrder(e, APP_OWNER, {
  app: {
    app: Uint8Array.from(Buffer.from("a1".padStart(40, "0"), "hex")),
    appprice: uintToBytes(1n),
    volume: uintToBytes(10n ** 9n),
    salt: new Uint8Array(32),
  },
});
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
const rqs = Array.from({ length: matches }, (_, i) => request(matches + i));
for (const r of rqs) publishOrder(e, REQUESTER, { request: r });

const counts = new Map<string, number>();
const inner = e.state;
const count = (op: string, k: string) => {
  const p = `${op} ${k.replace(/^(mkt:[a-z]+|[a-z]+)(:.*)?$/, "$1")}`;
  counts.set(p, (counts.get(p) ?? 0) + 1);
};
const counting = process.env.MATCH_PROFILE_COUNT === "1";
if (counting) {
  e.state = {
    get: (k) => {
      count("get", k);
      return inner.get(k);
    },
    set: (k, v) => {
      count("set", k);
      inner.set(k, v);
    },
    delete: (k) => {
      count("del", k);
      inner.delete(k);
    },
  };
}
const profileTo = process.env.MATCH_PROFILE_CPU;
const session = profileTo ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const res = runAutoMatching(e);
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t0;
if (session && profileTo) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profileTo, JSON.stringify(profile));
}
console.log(
  `book ${size}: ${res.deals} deals, ${Math.round((res.deals / ms) * 1000)} matches/s wall, ${Math.round((res.deals / ((cpu.user + cpu.system) / 1000)) * 1000)} per CPU-s`,
);
if (counting) {
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  let g = 0;
  let w = 0;
  for (const [k, n] of rows) {
    if (k.startsWith("get")) g += n;
    else w += n;
    console.log(`${(n / res.deals).toFixed(2).padStart(8)}  ${k}`);
  }
  console.log(`per match: ${(g / res.deals).toFixed(1)} reads, ${(w / res.deals).toFixed(1)} writes/deletes`);
}
