/**
 * The devnet's compute side: an app owner with the sample WebAssembly apps, a workerpool with its
 * scheduler service, and worker agents, all funded from the faucet; and a demo request whose tasks the
 * workers run to a finalized result (contributions, consensus, reveals, rewards).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { piInput } from "../../apps/sampleApps.js";
import { uintToBytes } from "../../proto/index.js";
import type { KeyPair } from "../crypto/keys.js";
import { TxSender } from "../worker/txSender.js";
import { WorkerAgent } from "../worker/workerAgent.js";
import {
  requestTasks,
  retireOtherPools,
  type SampleMarket,
  type SampleMarketRegistration,
  setupSampleMarket,
} from "../workerpool/sampleMarket.js";
import { SchedulerService } from "../workerpool/schedulerService.js";
import { formatRlc, NRLC_PER_RLC } from "./amount.js";
import { ApiClient } from "./apiClient.js";
import type { Devnet } from "./devnet.js";
import { loadOrCreateKey } from "./devnetFiles.js";

export interface DevnetWorkers {
  market: SampleMarket;
  scheduler: SchedulerService;
  agents: WorkerAgent[];
  requester: KeyPair;
  requesterSender: TxSender;
  stop(): Promise<void>;
}

const FUNDING = 10_000n * NRLC_PER_RLC;

/** The registrations an earlier start wrote to market.json, if readable. */
function readMarketFile(file: string): SampleMarketRegistration | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as Partial<SampleMarketRegistration>;
    if (typeof m.workerpool !== "string" || typeof m.apps !== "object" || m.apps === null) return undefined;
    return { workerpool: m.workerpool, apps: m.apps };
  } catch {
    return undefined;
  }
}

/**
 * Funds the compute actors from the faucet and sets up the sample apps and workerpool; a restart
 * reuses the workerpool and apps recorded in market.json (and their live orders).
 */
export async function setupDevnetMarket(
  api: ApiClient,
  dataDir: string,
  faucetKey: KeyPair,
  chainId: number,
  workers = 3,
  say: (line: string) => void = () => {},
): Promise<{
  market: SampleMarket;
  schedulerKey: KeyPair;
  requester: KeyPair;
  workerKeys: KeyPair[];
  appStoreDir: string;
}> {
  const keysDir = join(dataDir, "keys");
  const appOwner = await loadOrCreateKey(join(keysDir, "app-owner.json"));
  const schedulerKey = await loadOrCreateKey(join(keysDir, "scheduler.json"));
  const requester = await loadOrCreateKey(join(keysDir, "requester.json"));
  const workerKeys: KeyPair[] = [];
  for (let i = 0; i < workers; i++) workerKeys.push(await loadOrCreateKey(join(keysDir, `worker-${i}.json`)));
  // Fund everyone from the faucet (once: accounts keep their balance across restarts).
  say("funding the app owner, scheduler, requester and workers from the faucet…");
  // One block for all of them: TxSender gives concurrent sends consecutive nonces, so the transfers
  // share a block instead of waiting for one block each.
  const faucet = new TxSender(api, faucetKey, chainId);
  const everyone = [appOwner, schedulerKey, requester, ...workerKeys];
  const balances = await Promise.all(everyone.map((k) => api.account(k.addressHex)));
  const unfunded = everyone.filter((_, i) => BigInt(balances[i]!.balance) < FUNDING / 2n);
  await Promise.all(
    unfunded.map(async (k) => {
      const r = await faucet.send({ transfer: { to: k.address, amount: uintToBytes(FUNDING) } });
      if (r.status !== "success") throw new Error(`funding ${k.addressHex}: ${r.error?.code}`);
    }),
  );
  const appStoreDir = join(dataDir, "apps");
  const marketFile = join(dataDir, "market.json");
  const market = await setupSampleMarket({
    reuse: readMarketFile(marketFile),
    progress: say,
    api,
    chainId,
    appOwner,
    scheduler: schedulerKey,
    appStoreDir,
    appPrice: NRLC_PER_RLC,
    workerpoolPrice: 3n * NRLC_PER_RLC,
    schedulerStake: 1_000n * NRLC_PER_RLC,
  });
  const retired = await retireOtherPools(api, chainId, schedulerKey, market.workerpool, market.category);
  if (retired.length > 0) say(`cancelled ${retired.length} live order(s) of abandoned workerpools`);
  writeFileSync(
    marketFile,
    `${JSON.stringify({ workerpool: market.workerpool, apps: market.apps }, null, 2)}\n`,
  );
  return { market, schedulerKey, requester, workerKeys, appStoreDir };
}

/**
 * Starts the devnet's compute side. The scheduler serves every deal of the devnet's workerpool (it
 * finds them through the node's per-workerpool deal index), not only the demo's.
 */
export async function startDevnetWorkers(
  devnet: Devnet,
  workers = 3,
  opts: { schedulerPort?: number; say?: (line: string) => void } = {},
): Promise<DevnetWorkers> {
  const node = devnet.nodes[0]!;
  const api = new ApiClient(node.apiUrl);
  const chainId = devnet.files.genesis.chainId;
  const { market, schedulerKey, requester, workerKeys, appStoreDir } = await setupDevnetMarket(
    api,
    devnet.dataDir,
    devnet.files.faucet,
    chainId,
    workers,
    opts.say,
  );
  const scheduler = new SchedulerService({
    api,
    chainId,
    key: schedulerKey,
    workerpool: market.workerpool,
    port: opts.schedulerPort ?? 0,
  });
  await scheduler.start();
  opts.say?.(`starting the scheduler and ${workerKeys.length} workers…`);
  const agents = workerKeys.map(
    (key) =>
      new WorkerAgent({
        api,
        chainId,
        key,
        schedulerUrl: scheduler.url,
        stake: 100n * NRLC_PER_RLC,
        appStoreDir,
        port: 0,
      }),
  );
  for (const a of agents) await a.start();
  return {
    market,
    scheduler,
    agents,
    requester,
    requesterSender: new TxSender(api, requester, chainId),
    stop: async () => {
      await Promise.all(agents.map((a) => a.stop()));
      await scheduler.stop();
    },
  };
}

/** Requests `tasks` Monte-Carlo π tasks (trust 3: replicated) and waits until every one is finalized. */
export async function runMarketDemo(
  devnet: Devnet,
  w: DevnetWorkers,
  say: (line: string) => void,
  tasks = 3,
): Promise<{ dealId: string; completed: number; ms: number }> {
  const api = new ApiClient(devnet.nodes[0]!.apiUrl);
  const started = Date.now();
  say(`demo: requesting ${tasks} Monte-Carlo π tasks (trust 3) from workerpool ${w.market.workerpool}…`);
  const deal = await requestTasks(
    w.market,
    { key: w.requester, sender: w.requesterSender },
    "pi",
    piInput(7n, 1_000_000),
    BigInt(tasks),
    3n,
  );
  const view = await w.scheduler.addDeal(deal.dealId);
  say(
    `demo: deal ${deal.dealId.slice(0, 12)}… opened at height ${deal.height}; ${w.agents.length} workers run it`,
  );
  const deadline = Date.now() + 120_000;
  let completed = 0;
  while (completed < view.tasks.length) {
    if (Date.now() > deadline)
      throw new Error(`demo: ${completed}/${view.tasks.length} tasks completed in time`);
    await new Promise((r) => setTimeout(r, 250));
    const states = await Promise.all(
      view.tasks.map((id) => api.request<{ status: string }>("GET", `/tasks/${id}`)),
    );
    completed = states.filter((t) => t.status === "completed").length;
  }
  const ms = Date.now() - started;
  const worker = await api.account(w.agents[0]!.address);
  say(
    `demo: ${completed} tasks completed in ${(ms / 1000).toFixed(1)} s (request → results); worker 0 balance ${formatRlc(BigInt(worker.balance))} RLC`,
  );
  return { dealId: deal.dealId, completed, ms };
}
