/**
 * Matching rules on the pure market (in-memory state, ledger and registries): a fast-check property
 * over random orders — a match either fails with a TxError, or every PoCo rule holds (prices, tags,
 * category, trust, restrictions, volumes, funds) and exactly the right amounts are locked; and when
 * every rule holds the match does succeed. Plus publish / cancel / remaining volume.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { TxError, TxErrorCode } from "../../node/tx/txErrors.js";
import { uintToBytes } from "../../proto/index.js";
import {
  cancelOrder,
  type LedgerAccount,
  type MarketEnv,
  matchOrders,
  orderHash,
  publishOrder,
  readDeal,
  readOrderRecord,
  readTask,
  TaskStatus,
  taskId,
} from "../../scheduler/index.js";

const CHAIN_ID = 99;
const a = (n: number): string => `0x${n.toString(16).padStart(40, "0")}`;
const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.slice(2), "hex"));
const ZERO = a(0);
const APP = a(0xa1);
const DATASET = a(0xd1);
const POOL = a(0xf1);
const APP_OWNER = a(0x1a);
const DATASET_OWNER = a(0x1d);
const SCHEDULER = a(0x1f);
const REQUESTER = a(0x1e);
const OTHER = a(0x99);

function tagBytes(bits: number): Uint8Array {
  const t = new Uint8Array(32);
  t[31] = bits;
  return t;
}

/** An in-memory market environment with one app, dataset, workerpool and category 0 (T = 10 s). */
function memEnv(funds: {
  requester: bigint;
  schedulerStake: bigint;
}): MarketEnv & { accounts: Map<string, LedgerAccount> } {
  const kv = new Map<string, Uint8Array>();
  const accounts = new Map<string, LedgerAccount>();
  accounts.set(REQUESTER, { balance: funds.requester, stake: 0n, locked: 0n });
  accounts.set(SCHEDULER, { balance: 0n, stake: funds.schedulerStake, locked: 0n });
  const read = (addr: string): LedgerAccount => ({
    ...(accounts.get(addr) ?? { balance: 0n, stake: 0n, locked: 0n }),
  });
  return {
    accounts,
    state: { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v), delete: (k) => void kv.delete(k) },
    ledger: {
      read,
      update(addr, change) {
        const acc = read(addr);
        change(acc);
        accounts.set(addr, acc);
      },
    },
    registries: {
      appOwner: (x) => (x === APP ? APP_OWNER : undefined),
      datasetOwner: (x) => (x === DATASET ? DATASET_OWNER : undefined),
      workerpool: (x) =>
        x === POOL ? { owner: SCHEDULER, schedulerRewardRatio: 10, powerEfficiency: 5 } : undefined,
      categoryTimeRefMs: (id) => (id === 0n ? 10_000n : undefined),
    },
    chainId: CHAIN_ID,
    timeMs: 1_000_000,
  };
}

const restrict = fc.constantFrom<"any" | "ok" | "bad">("any", "ok", "any", "ok", "bad");
const price = fc.bigInt({ min: 0n, max: 4n });
const bits = fc.integer({ min: 0, max: 7 });
const small = fc.bigInt({ min: 0n, max: 3n });

const scenario = fc.record({
  appPrice: price,
  datasetPrice: price,
  poolPrice: price,
  appMax: price,
  datasetMax: price,
  poolMax: price,
  appTag: bits,
  datasetTag: bits,
  poolTag: bits,
  requestTag: bits,
  poolCategory: fc.bigInt({ min: 0n, max: 1n }),
  requestCategory: fc.bigInt({ min: 0n, max: 1n }),
  poolTrust: small,
  requestTrust: small,
  withDataset: fc.boolean(),
  appVolume: fc.bigInt({ min: 1n, max: 4n }),
  datasetVolume: fc.bigInt({ min: 1n, max: 4n }),
  poolVolume: fc.bigInt({ min: 1n, max: 4n }),
  requestVolume: fc.bigInt({ min: 1n, max: 4n }),
  restrictions: fc.array(restrict, { minLength: 10, maxLength: 10 }),
  requesterFunds: fc.bigInt({ min: 0n, max: 60n }),
  schedulerStake: fc.bigInt({ min: 0n, max: 6n }),
  cancelOne: fc.integer({ min: -1, max: 3 }),
  teeSupported: fc.boolean(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Random scenarios biased towards valid matches: each rule group is broken with probability 1/8. */
const biased = fc
  .tuple(scenario, fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 7, maxLength: 7 }))
  .map(([s, dice]) => {
    const keep = (i: number): boolean => dice[i] !== 0;
    const out = { ...s, restrictions: [...s.restrictions] };
    if (keep(0)) {
      out.appMax += out.appPrice;
      out.datasetMax += out.datasetPrice;
      out.poolMax += out.poolPrice;
    }
    if (keep(1)) {
      out.poolTag |= out.requestTag | out.appTag | (out.withDataset ? out.datasetTag : 0);
      if ((out.poolTag & 1) === 1) out.appTag |= 1;
    }
    if (keep(2)) {
      out.poolCategory = 0n;
      out.requestCategory = 0n;
    }
    if (keep(3) && out.poolTrust < out.requestTrust) out.poolTrust = out.requestTrust;
    if (keep(4)) out.restrictions = out.restrictions.map((r) => (r === "bad" ? "ok" : r));
    if (keep(5)) {
      out.requesterFunds += 48n;
      out.schedulerStake += 4n;
    }
    if (keep(6)) out.cancelOne = -1;
    return out;
  });

function pick(r: "any" | "ok" | "bad", ok: string): string {
  return r === "any" ? ZERO : r === "ok" ? ok : OTHER;
}

function build(s: Scenario) {
  const ds = s.withDataset ? DATASET : ZERO;
  const [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9] = s.restrictions as ("any" | "ok" | "bad")[];
  const app = {
    app: bytes(APP),
    appprice: uintToBytes(s.appPrice),
    volume: uintToBytes(s.appVolume),
    tag: tagBytes(s.appTag),
    datasetrestrict: bytes(pick(r0!, ds)),
    workerpoolrestrict: bytes(pick(r1!, POOL)),
    requesterrestrict: bytes(pick(r2!, REQUESTER)),
    salt: new Uint8Array(32).fill(1),
  };
  const dataset = {
    dataset: bytes(DATASET),
    datasetprice: uintToBytes(s.datasetPrice),
    volume: uintToBytes(s.datasetVolume),
    tag: tagBytes(s.datasetTag),
    apprestrict: bytes(pick(r3!, APP)),
    workerpoolrestrict: bytes(pick(r4!, POOL)),
    requesterrestrict: bytes(pick(r5!, REQUESTER)),
    salt: new Uint8Array(32).fill(2),
  };
  const workerpool = {
    workerpool: bytes(POOL),
    workerpoolprice: uintToBytes(s.poolPrice),
    volume: uintToBytes(s.poolVolume),
    tag: tagBytes(s.poolTag),
    category: uintToBytes(s.poolCategory),
    trust: uintToBytes(s.poolTrust),
    apprestrict: bytes(pick(r6!, APP)),
    datasetrestrict: bytes(pick(r7!, ds)),
    requesterrestrict: bytes(pick(r8!, REQUESTER)),
    salt: new Uint8Array(32).fill(3),
  };
  const request = {
    app: bytes(APP),
    appmaxprice: uintToBytes(s.appMax),
    dataset: bytes(ds),
    datasetmaxprice: uintToBytes(s.datasetMax),
    workerpool: bytes(pick(r9!, POOL)),
    workerpoolmaxprice: uintToBytes(s.poolMax),
    requester: bytes(REQUESTER),
    volume: uintToBytes(s.requestVolume),
    tag: tagBytes(s.requestTag),
    category: uintToBytes(s.requestCategory),
    trust: uintToBytes(s.requestTrust),
    beneficiary: bytes(REQUESTER),
    callback: new Uint8Array(0),
    params: "{}",
    salt: new Uint8Array(32).fill(4),
  };
  return { app, dataset: s.withDataset ? dataset : undefined, workerpool, request };
}

/** The PoCo v5 rules, written independently of scheduler/matching.ts. */
function rulesHold(s: Scenario): { ok: boolean; volume: bigint } {
  const r = s.restrictions;
  const tag = s.requestTag | s.appTag | (s.withDataset ? s.datasetTag : 0);
  const volumes = [s.appVolume, s.poolVolume, s.requestVolume, ...(s.withDataset ? [s.datasetVolume] : [])];
  const cancelled = s.cancelOne >= 0 && (s.cancelOne !== 1 || s.withDataset);
  let volume = volumes[0]!;
  for (const v of volumes) if (v < volume) volume = v;
  if (cancelled) volume = 0n;
  const price = s.appPrice + (s.withDataset ? s.datasetPrice : 0n) + s.poolPrice;
  const datasetRestrictionsOk = s.withDataset ? r[3] !== "bad" && r[4] !== "bad" && r[5] !== "bad" : true;
  const ok =
    s.appPrice <= s.appMax &&
    (!s.withDataset || s.datasetPrice <= s.datasetMax) &&
    s.poolPrice <= s.poolMax &&
    (tag & ~s.poolTag) === 0 &&
    ((tag & 1) === 0 || (s.appTag & 1) === 1) &&
    ((tag & 1) === 0 || s.teeSupported) &&
    s.poolCategory === s.requestCategory &&
    s.requestCategory === 0n &&
    s.requestTrust <= s.poolTrust &&
    !r.slice(0, 3).includes("bad") &&
    datasetRestrictionsOk &&
    !r.slice(6, 10).includes("bad") &&
    volume > 0n &&
    s.requesterFunds >= price * volume &&
    s.schedulerStake >= ((s.poolPrice * 30n) / 100n) * volume;
  return { ok, volume };
}

describe("market matching", () => {
  it("property: a match succeeds exactly when every rule holds, and then locks exactly", () => {
    let matched = 0;
    fc.assert(
      fc.property(biased, (s) => {
        const env = memEnv({ requester: s.requesterFunds, schedulerStake: s.schedulerStake });
        env.teeSupported = s.teeSupported;
        const o = build(s);
        publishOrder(env, APP_OWNER, { app: o.app });
        if (o.dataset) publishOrder(env, DATASET_OWNER, { dataset: o.dataset });
        publishOrder(env, SCHEDULER, { workerpool: o.workerpool });
        publishOrder(env, REQUESTER, { request: o.request });
        const toCancel: [string, string][] = [
          [orderHash(CHAIN_ID, "app", o.app), APP_OWNER],
          [o.dataset ? orderHash(CHAIN_ID, "dataset", o.dataset) : "", DATASET_OWNER],
          [orderHash(CHAIN_ID, "workerpool", o.workerpool), SCHEDULER],
          [orderHash(CHAIN_ID, "request", o.request), REQUESTER],
        ];
        const c = toCancel[s.cancelOne];
        if (c && c[0] !== "") cancelOrder(env, c[1], c[0]);
        const expected = rulesHold(s);
        let id: string;
        try {
          id = matchOrders(env, o);
        } catch (err) {
          assert.ok(err instanceof TxError, String(err));
          assert.equal(expected.ok, false, `refused a valid match: ${(err as Error).message}`);
          return;
        }
        matched++;
        assert.equal(expected.ok, true, "accepted a match that breaks a rule");
        const deal = readDeal(env.state, id)!;
        assert.equal(BigInt(deal.botSize), expected.volume);
        const price = s.appPrice + (s.withDataset ? s.datasetPrice : 0n) + s.poolPrice;
        const req = env.accounts.get(REQUESTER)!;
        assert.equal(req.locked, price * expected.volume);
        assert.equal(req.balance, s.requesterFunds - price * expected.volume);
        const sch = env.accounts.get(SCHEDULER)!;
        assert.equal(sch.locked, ((s.poolPrice * 30n) / 100n) * expected.volume);
        for (let i = 0; i < deal.botSize; i++) {
          assert.equal(readTask(env.state, taskId(id, i))?.status, TaskStatus.ACTIVE);
        }
        const rq = readOrderRecord(env.state, orderHash(CHAIN_ID, "request", o.request))!;
        assert.equal(rq.consumed, expected.volume);
      }),
      { numRuns: 600 },
    );
    assert.ok(matched > 10, `only ${matched} successful matches: the generator is too strict`);
  });

  it("volume is consumed across deals and exhausted orders are refused", () => {
    const env = memEnv({ requester: 1000n, schedulerStake: 1000n });
    const s: Scenario = {
      appPrice: 1n,
      datasetPrice: 0n,
      poolPrice: 3n,
      appMax: 1n,
      datasetMax: 0n,
      poolMax: 3n,
      appTag: 0,
      datasetTag: 0,
      poolTag: 0,
      requestTag: 0,
      poolCategory: 0n,
      requestCategory: 0n,
      poolTrust: 1n,
      requestTrust: 1n,
      withDataset: false,
      appVolume: 10n,
      datasetVolume: 1n,
      poolVolume: 2n,
      requestVolume: 10n,
      restrictions: Array(10).fill("any"),
      requesterFunds: 1000n,
      schedulerStake: 1000n,
      cancelOne: -1,
      teeSupported: false,
    };
    const o = build(s);
    publishOrder(env, APP_OWNER, { app: o.app });
    publishOrder(env, SCHEDULER, { workerpool: o.workerpool });
    publishOrder(env, REQUESTER, { request: o.request });
    const d1 = matchOrders(env, o);
    assert.equal(readDeal(env.state, d1)!.botSize, 2);
    assert.throws(
      () => matchOrders(env, o),
      (e: TxError) => e.code === TxErrorCode.INVALID_STATE,
    );
    // a second workerpool order (other salt) continues the request's volume at index 2
    const wp2 = { ...o.workerpool, salt: new Uint8Array(32).fill(9) };
    publishOrder(env, SCHEDULER, { workerpool: wp2 });
    const d2 = matchOrders(env, { ...o, workerpool: wp2 });
    assert.notEqual(d1, d2);
    assert.equal(readDeal(env.state, d2)!.botFirst, 2);
    assert.ok(readTask(env.state, taskId(d2, 2)));
  });

  it("only the owner publishes unsigned and cancels", () => {
    const env = memEnv({ requester: 0n, schedulerStake: 0n });
    const o = build({
      appPrice: 0n,
      datasetPrice: 0n,
      poolPrice: 0n,
      appMax: 0n,
      datasetMax: 0n,
      poolMax: 0n,
      appTag: 0,
      datasetTag: 0,
      poolTag: 0,
      requestTag: 0,
      poolCategory: 0n,
      requestCategory: 0n,
      poolTrust: 0n,
      requestTrust: 0n,
      withDataset: false,
      appVolume: 1n,
      datasetVolume: 1n,
      poolVolume: 1n,
      requestVolume: 1n,
      restrictions: Array(10).fill("any"),
      requesterFunds: 0n,
      schedulerStake: 0n,
      cancelOne: -1,
      teeSupported: false,
    });
    assert.throws(
      () => publishOrder(env, OTHER, { app: o.app }),
      (e: TxError) => e.code === TxErrorCode.UNAUTHORIZED,
    );
    const { hash: h } = publishOrder(env, APP_OWNER, { app: o.app });
    assert.throws(
      () => publishOrder(env, APP_OWNER, { app: o.app }),
      (e: TxError) => e.code === TxErrorCode.EXISTS,
    );
    assert.throws(
      () => cancelOrder(env, OTHER, h),
      (e: TxError) => e.code === TxErrorCode.UNAUTHORIZED,
    );
    cancelOrder(env, APP_OWNER, h);
    assert.equal(readOrderRecord(env.state, h)?.cancelled, true);
    // unsigned and not presigned: refused
    assert.throws(
      () => matchOrders(env, o),
      (e: TxError) => e.code === TxErrorCode.UNAUTHORIZED || e.code === TxErrorCode.INVALID_STATE,
    );
  });
});
