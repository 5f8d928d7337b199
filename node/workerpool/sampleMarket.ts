/**
 * Puts the sample WebAssembly apps on the market through a node's API (for the devnet demo, the
 * benchmark and tests): registers the apps and a workerpool, stakes the scheduler, writes the apps to
 * a worker app store directory (by name and by app address), publishes an app order per app and a
 * workerpool order; then `requestTasks` signs a request order and matches it into a deal.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_APPS } from "../../apps/sampleApps.js";
import type { poco } from "../../proto/index.js";
import { uintToBytes } from "../../proto/index.js";
import { dealId, orderHash } from "../../scheduler/index.js";
import type { ApiClient } from "../cli/apiClient.js";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../crypto/eip712.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { deriveAssetAddress } from "../state/registries.js";
import { type TxBody, TxSender } from "../worker/txSender.js";

export interface SampleMarketOptions {
  api: ApiClient;
  chainId: number;
  appOwner: KeyPair;
  scheduler: KeyPair;
  appStoreDir: string;
  appPrice: bigint;
  workerpoolPrice: bigint;
  schedulerStake: bigint;
  /** Most trust the workerpool order accepts. */
  maxTrust?: bigint;
  category?: bigint;
}

export interface SampleMarket {
  chainId: number;
  /** App address by sample app name (factorial, pi, mandelbrot). */
  apps: Record<string, string>;
  workerpool: string;
  appOrders: Record<string, poco.AppOrder.$Properties>;
  workerpoolOrder: poco.WorkerpoolOrder.$Properties;
  appPrice: bigint;
  workerpoolPrice: bigint;
  category: bigint;
}

export function signed<K extends OrderKind>(chainId: number, kind: K, order: OrderByKind[K], key: KeyPair) {
  return { ...order, sign: signOrder(marketDomain(chainId), kind, order, key.privateKey) };
}

const salt32 = (tag: string): Uint8Array => {
  const s = new Uint8Array(32);
  s.set(new TextEncoder().encode(tag).slice(0, 32));
  return s;
};

async function sendOk(sender: TxSender, body: TxBody, what: string): Promise<void> {
  const r = await sender.send(body);
  if (r.status !== "success") throw new Error(`${what}: ${r.error?.code} ${r.error?.message}`);
}

/** Where the sample market already is on this chain (kept by the devnet in market.json). */
export interface SampleMarketRegistration {
  apps: Record<string, string>;
  workerpool: string;
}

/**
 * Registrations from an earlier start, if they are still this chain's and owned by these keys:
 * the workerpool has the scheduler as owner and every sample app is listed with the app owner.
 */
async function registered(
  o: SampleMarketOptions,
  reuse: SampleMarketRegistration | undefined,
): Promise<boolean> {
  if (!reuse) return false;
  try {
    const pool = await o.api.request<{ owner: string }>("GET", `/workerpools/${reuse.workerpool}`);
    if (pool.owner.toLowerCase() !== o.scheduler.addressHex.toLowerCase()) return false;
    for (const app of SAMPLE_APPS) {
      const address = reuse.apps[app.name];
      if (!address || !/^0x[0-9a-fA-F]{40}$/.test(address)) return false;
      // the listing starting just before this address: its first entry is the app itself if registered
      const before = (BigInt(address) - 1n).toString(16).padStart(40, "0");
      const { apps } = await o.api.request<{ apps: { address: string; owner: string }[] }>(
        "GET",
        `/apps?limit=1&after=0x${before}`,
      );
      const listed = apps[0];
      if (!listed || listed.address.toLowerCase() !== address.toLowerCase()) return false;
      if (listed.owner.toLowerCase() !== o.appOwner.addressHex.toLowerCase()) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Publishes a signed order unless the market already holds it with volume left (a restart). */
async function publishOnce(
  o: SampleMarketOptions,
  sender: TxSender,
  kind: "app" | "workerpool",
  order: poco.AppOrder.$Properties | poco.WorkerpoolOrder.$Properties,
  what: string,
): Promise<void> {
  const hash = orderHash(o.chainId, kind, order as OrderByKind[typeof kind]);
  const known = await o.api
    .request<{ remaining: string; cancelled: boolean }>("GET", `/orders/${hash}`)
    .catch(() => undefined);
  if (known && !known.cancelled && BigInt(known.remaining) > 0n) return;
  await sendOk(sender, { publishOrder: { [kind]: order } }, what);
}

/**
 * Registers the sample apps and a workerpool (or reuses `reuse` when they are still registered to
 * the same keys: a devnet restart registers nothing new and leaves no abandoned pool), writes the
 * apps to the app store, and publishes the app orders and the workerpool order. Order salts are
 * fixed per asset so that a restart finds its live orders instead of publishing more.
 */
export async function setupSampleMarket(
  o: SampleMarketOptions & { reuse?: SampleMarketRegistration; progress?: (line: string) => void },
): Promise<SampleMarket> {
  const owner = new TxSender(o.api, o.appOwner, o.chainId);
  const sched = new TxSender(o.api, o.scheduler, o.chainId);
  const say = o.progress ?? (() => {});
  mkdirSync(o.appStoreDir, { recursive: true });
  const reuse = (await registered(o, o.reuse)) ? o.reuse : undefined;
  const apps: Record<string, string> = {};
  const appOrders: Record<string, poco.AppOrder.$Properties> = {};
  say(reuse ? "reusing the registered sample apps and workerpool" : "registering the sample apps…");
  for (const app of SAMPLE_APPS) {
    const bytes = app.build();
    let address = reuse?.apps[app.name];
    if (!address) {
      const nonce = (await o.api.account(o.appOwner.addressHex)).nonce;
      // The sha256 of the bytes goes in the registry: a worker refuses any other bytes under this app.
      const checksum = createHash("sha256").update(bytes).digest();
      await sendOk(
        owner,
        { registerApp: { name: app.name, uri: `store:${app.file}`, checksum } },
        `register ${app.name}`,
      );
      address = deriveAssetAddress("app", o.appOwner.address, nonce);
    }
    apps[app.name] = address;
    writeFileSync(join(o.appStoreDir, app.file), bytes);
    writeFileSync(join(o.appStoreDir, `${address}.wasm`), bytes);
    const order = signed(
      o.chainId,
      "app",
      {
        app: fromHex(address, 20),
        appprice: uintToBytes(o.appPrice),
        volume: uintToBytes(1_000_000n),
        salt: salt32(`app-${app.name}`),
      },
      o.appOwner,
    );
    await publishOnce(o, owner, "app", order, `app order ${app.name}`);
    appOrders[app.name] = order;
  }
  let workerpool = reuse?.workerpool.toLowerCase();
  if (!workerpool) {
    say("registering the workerpool…");
    const nonce = (await o.api.account(o.scheduler.addressHex)).nonce;
    await sendOk(
      sched,
      {
        registerWorkerpool: { description: "sample wasm pool", schedulerRewardRatio: 10, powerEfficiency: 5 },
      },
      "register workerpool",
    );
    workerpool = deriveAssetAddress("workerpool", o.scheduler.address, nonce);
  }
  const staked = BigInt((await o.api.account(o.scheduler.addressHex)).stake);
  if (staked < o.schedulerStake / 2n) {
    await sendOk(sched, { stake: { amount: uintToBytes(o.schedulerStake - staked) } }, "scheduler stake");
  }
  const category = o.category ?? 0n;
  const workerpoolOrder = signed(
    o.chainId,
    "workerpool",
    {
      workerpool: fromHex(workerpool, 20),
      workerpoolprice: uintToBytes(o.workerpoolPrice),
      volume: uintToBytes(1_000_000n),
      category: uintToBytes(category),
      trust: uintToBytes(o.maxTrust ?? 10n),
      salt: salt32("pool"),
    },
    o.scheduler,
  );
  await publishOnce(o, sched, "workerpool", workerpoolOrder, "workerpool order");
  return {
    chainId: o.chainId,
    apps,
    workerpool,
    appOrders,
    workerpoolOrder,
    appPrice: o.appPrice,
    workerpoolPrice: o.workerpoolPrice,
    category,
  };
}

/** Most book pages `retireOtherPools` reads (100 orders each): a bounded clean-up. */
const RETIRE_MAX_PAGES = 10;

/**
 * Cancels the live workerpool orders (of `category`) that `scheduler` signed for any workerpool other
 * than `keep`: pools of earlier devnet starts whose scheduler no longer runs, so automatic matching
 * must not pick them (their deals would never run). Returns the cancelled order hashes.
 */
export async function retireOtherPools(
  api: ApiClient,
  chainId: number,
  scheduler: KeyPair,
  keep: string,
  category = 0n,
): Promise<string[]> {
  const owned = new Map<string, boolean>();
  const isMine = async (pool: string): Promise<boolean> => {
    let mine = owned.get(pool);
    if (mine === undefined) {
      const record = await api
        .request<{ owner: string }>("GET", `/workerpools/${pool}`)
        .catch(() => undefined);
      mine = record?.owner.toLowerCase() === scheduler.addressHex.toLowerCase();
      owned.set(pool, mine);
    }
    return mine;
  };
  const stale: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < RETIRE_MAX_PAGES; page++) {
    const book = await api.request<{
      orders: { hash: string; cancelled: boolean; remaining: string; order: Record<string, string> }[];
      nextCursor?: string;
    }>(
      "GET",
      `/orderbook?kind=workerpool&category=${category}&limit=100${cursor ? `&cursor=${cursor}` : ""}`,
    );
    for (const o of book.orders) {
      const pool = (o.order.workerpool ?? "").toLowerCase();
      if (pool === keep.toLowerCase() || o.cancelled || BigInt(o.remaining) === 0n) continue;
      if (await isMine(pool)) stale.push(o.hash);
    }
    cursor = book.nextCursor;
    if (cursor === undefined) break;
  }
  const sender = new TxSender(api, scheduler, chainId);
  for (const hash of stale)
    await sendOk(sender, { cancelOrder: { orderHash: fromHex(hash, 32) } }, `cancel ${hash}`);
  return stale;
}

let requestCounter = 0;

/** Signs a request order for `app` with `input` (deal params `{"input": "0x…"}`) and matches it. */
export async function requestTasks(
  market: SampleMarket,
  requester: { key: KeyPair; sender: TxSender },
  app: string,
  input: Uint8Array,
  volume: bigint,
  trust: bigint,
): Promise<{ dealId: string; tasks: number; height: number }> {
  const appAddress = market.apps[app];
  const appOrder = market.appOrders[app];
  if (!appAddress || !appOrder) throw new Error(`unknown sample app ${app}`);
  const request = signed(
    market.chainId,
    "request",
    {
      app: fromHex(appAddress, 20),
      appmaxprice: uintToBytes(market.appPrice),
      workerpool: fromHex(market.workerpool, 20),
      workerpoolmaxprice: uintToBytes(market.workerpoolPrice),
      requester: requester.key.address,
      volume: uintToBytes(volume),
      category: uintToBytes(market.category),
      trust: uintToBytes(trust),
      beneficiary: requester.key.address,
      params: JSON.stringify({ input: toHex(input) }),
      salt: salt32(`req-${Date.now()}-${requestCounter++}`),
    },
    requester.key,
  );
  const r = await requester.sender.send({
    matchOrders: { app: appOrder, workerpool: market.workerpoolOrder, request },
  });
  if (r.status !== "success") throw new Error(`matchOrders: ${r.error?.code} ${r.error?.message}`);
  return {
    dealId: dealId(orderHash(market.chainId, "request", request), 0n),
    tasks: Number(volume),
    height: r.height,
  };
}
