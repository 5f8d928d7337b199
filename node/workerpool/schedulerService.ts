/**
 * The workerpool owner's scheduler service (off-chain; the chain enforces every rule).
 *
 * Assignment channel (pull, over HTTP, served by this service on 127.0.0.1 by default):
 * - workers send signed heartbeats, `POST /heartbeats {"heartbeat": "0x<SignedHeartbeat>"}` (and/or
 *   on the gossip heartbeat topic when a P2PNetwork is given); a heartbeat admits a worker once its
 *   free stake on chain is ≥ `minWorkerStake`;
 * - workers poll `GET /assignments/:worker`: the tasks assigned to them, each with the scheduler's
 *   authorization (signature over worker ‖ taskId ‖ enclave; bound to that worker, so serving it in
 *   clear is harmless) and what they need to run it (app, params, deadlines);
 * - requesters find result copies with `GET /results/:taskId` (the endpoints of the workers that
 *   proved the result; the bytes are checked against the on-chain result digest).
 * Pull was chosen over pushed messages: a worker that restarts or misses a message simply polls
 * again, the service keeps no per-connection state, and one HTTP GET per poll is cheap.
 *
 * The loop (every `pollMs`): reads its deals' tasks from the node; for an active task computes, with
 * the chain's credibility math (consensus/credibility.ts), how many more contributions are needed for
 * a result group to reach consensus at the deal's trust, assuming every pending assignee agrees
 * with the leading group, and assigns that many more admitted, live workers (ranked by estimated
 * score, then load, then power efficiency); drops assignments of workers silent for longer than
 * `heartbeatTimeoutMs` (their tasks are re-assigned, well within the contribution deadline of 7·T)
 * and of live workers that did not contribute within `assignmentTimeoutMs` (failed or slow runs);
 * after the reveal deadline reopens a task with no reveal. The chain finalizes by itself a task whose
 * every winner revealed (in that block) or that has a reveal when its reveal deadline is reached, and
 * claims unsettled tasks at their final deadline: no finalize or claim tx from this service.
 *
 * Deals: the service finds every deal of its workerpool itself, by paging the node's per-workerpool
 * deal index (GET /workerpools/:address/deals, oldest first) from where its last pass stopped, so a
 * requester's own order matched against the pool gets served without anyone telling the scheduler.
 * Deals already past their final deadline when found are skipped (only a claim can settle them).
 * `addDeal` still adds one deal at once (tests, the devnet demo).
 */
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { addContribution, contributionWeight, hasConsensus } from "../../consensus/credibility.js";
import { signAuthorization, ZERO_ADDRESS_HEX } from "../../scheduler/index.js";
import type { ClientLimitOptions } from "../api/clientLimits.js";
import type { ApiClient } from "../cli/apiClient.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { TokenBucket } from "../net/tokenBucket.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import { entrySuffix } from "../state/marketIndexes.js";
import { NODE_VERSION } from "../version.js";
import { type Heartbeat, verifyHeartbeat } from "../worker/heartbeat.js";
import { TxSender } from "../worker/txSender.js";
import { buildSchedulerApi, type SchedulerGauges, type SchedulerHealth } from "./schedulerApi.js";

/** The node API's views this service reads. */
export interface DealView {
  id: string;
  startTimeMs?: number;
  finalDeadlineMs?: number;
  app: string;
  workerpool: string;
  workerpoolOwner: string;
  params: string;
  tag: string;
  category: number;
  trust: number;
  workerStake: string;
  timeRefMs: number;
  tasks: string[];
}

export interface TaskView {
  id: string;
  dealId: string;
  index: number;
  status: "active" | "revealing" | "completed" | "failed";
  contributionDeadlineMs: number;
  revealDeadlineMs: number | null;
  finalDeadlineMs: number;
  consensusValue: string | null;
  totalWeight: string;
  groups: { resultHash: string; weight: string }[];
  winnerCount: number;
  revealCount: number;
  contributions: { worker: string; status: string; resultHash: string; weight: string; stake: string }[];
  resultDigest: string | null;
  completedTimeMs: number | null;
}

export interface Assignment {
  taskId: string;
  dealId: string;
  app: string;
  params: string;
  enclave: string;
  /** 0x hex, 65 bytes. */
  authorization: string;
  contributionDeadlineMs: number;
  finalDeadlineMs: number;
  /** When this service assigned it (its clock). */
  assignedAtMs: number;
}

export interface SchedulerServiceOptions {
  api: ApiClient;
  chainId: number;
  /** The workerpool owner's key (signs authorizations and finalize/reopen transactions). */
  key: KeyPair;
  /** The workerpool's address. */
  workerpool: string;
  host?: string;
  port?: number;
  pollMs?: number;
  /** A worker silent for this long is considered gone and its pending tasks re-assigned. */
  heartbeatTimeoutMs?: number;
  /** Free stake a worker needs to be admitted (nRLC). */
  minWorkerStake?: bigint;
  /** Most contributions (done + pending) one task may get. */
  maxReplication?: number;
  /**
   * A live assignee that has not contributed after this long (its run failed or is too slow) is
   * dropped and the task goes to another worker; it is not assigned that task again. Default 2·T of
   * the deal's category.
   */
  assignmentTimeoutMs?: number;
  /**
   * Find the workerpool's deals through the node's deal index every this many ms (default 1000);
   * 0 turns discovery off (deals only come through `addDeal`).
   */
  discoverMs?: number;
  p2p?: P2PNetwork;
  logger?: Logger;
  /** Injected clock (ms) for tests. */
  now?: () => number;
  /**
   * Heartbeats of workers not (yet) admitted are free to forge with fresh keys: at most this many
   * such workers are remembered (the least recently heard forgotten first; default 1,024) …
   */
  maxPendingWorkers?: number;
  /** … and the node is asked for the stake of at most this many workers per second (default 20). */
  stakeLookupsPerSecond?: number;
  /** Requests and connections per client of the scheduler's API (defaults: DEFAULT_CLIENT_LIMITS). */
  apiLimits?: Partial<ClientLimitOptions>;
}

interface WorkerInfo {
  heartbeat: Heartbeat;
  lastSeenMs: number;
  admitted: boolean;
  stake: bigint;
  stakeCheckedMs: number;
  /** Estimated on-chain score (mirrors the settlement rules from what this service observes). */
  score: bigint;
  active: Set<string>;
}

interface TaskState {
  dealId: string;
  done: boolean;
  status: TaskView["status"];
  assignments: Map<string, Assignment>;
  /** Workers whose contribution is on chain (their assignment is no longer served). */
  contributed: Set<string>;
  /** Workers whose assignment timed out: never assigned this task again. */
  excluded: Set<string>;
  actionSent: boolean;
  provers: string[];
  resultDigest: string | null;
}

export interface SchedulerStats {
  assigned: number;
  reassigned: number;
  timedOut: number;
  /** Tasks the chain finalized at their reveal deadline (some winner never revealed). */
  finalized: number;
  reopened: number;
  completed: number;
  failed: number;
}

/** An admitted worker's stake is read again this often; a worker not admitted, at most this often. */
const STAKE_RECHECK_MS = 5_000;
const PENDING_RECHECK_MS = 1_000;
/** Deals read per discovery page, and pages per pass (a backlog is worked through over passes). */
const DISCOVERY_PAGE = 100;
const DISCOVERY_PAGES_PER_PASS = 5;

/**
 * Where a task would stand if every pending contributor (given by score) agreed with its leading
 * result group: the projected group and total weights, and whether that reaches consensus at `trust`
 * (the chain's credibility rules). The scheduler assigns workers one at a time until it does.
 */
export function projectConsensus(
  groups: bigint[],
  total: bigint,
  pendingScores: bigint[],
  trust: bigint,
): { group: bigint; total: bigint; reached: boolean } {
  let group = 0n; // the leading group (bigint: no Math.max)
  for (const g of groups) if (g > group) group = g;
  let t = total;
  for (const score of pendingScores) {
    const u = addContribution(group, t, contributionWeight(score));
    group = u.group;
    t = u.total;
  }
  return { group, total: t, reached: hasConsensus(group, t, trust) };
}

/** How many more workers of score `score` a task needs for consensus (all agreeing), capped. */
export function workersNeeded(groups: bigint[], total: bigint, trust: bigint, score = 0n, cap = 64): number {
  let plan = projectConsensus(groups, total, [], trust);
  let n = 0;
  while (!plan.reached && n < cap) {
    plan = projectConsensus([plan.group], plan.total, [score], trust);
    n++;
  }
  return n;
}

export class SchedulerService {
  readonly workers = new Map<string, WorkerInfo>();
  readonly deals = new Map<string, DealView>();
  readonly tasks = new Map<string, TaskState>();
  readonly stats: SchedulerStats = {
    assigned: 0,
    reassigned: 0,
    timedOut: 0,
    finalized: 0,
    reopened: 0,
    completed: 0,
    failed: 0,
  };
  private server: FastifyInstance | undefined;
  /** When the last scheduling pass reached the node, and the error of the last one that failed. */
  private lastPassOkMs: number | undefined;
  private lastPassError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private stopped = false;
  /** Index cursor (`<time>:<id>`) of the last deal discovery read, and when it last ran. */
  private dealCursor: string | undefined;
  private discoveredAtMs = Number.NEGATIVE_INFINITY;
  private readonly sender: TxSender;
  private readonly owner: string;
  /** Workers not admitted, least recently heard first (bounded by maxPendingWorkers). */
  private readonly pending = new Map<string, true>();
  private readonly stakeLookups: TokenBucket;
  private readonly o: Required<
    Omit<SchedulerServiceOptions, "p2p" | "logger" | "assignmentTimeoutMs" | "apiLimits">
  > &
    Pick<SchedulerServiceOptions, "p2p" | "logger" | "assignmentTimeoutMs" | "apiLimits">;
  url = "";

  constructor(options: SchedulerServiceOptions) {
    this.o = {
      host: "127.0.0.1",
      port: 0,
      pollMs: 200,
      discoverMs: 1_000,
      heartbeatTimeoutMs: 3_000,
      minWorkerStake: 0n,
      maxPendingWorkers: 1_024,
      stakeLookupsPerSecond: 20,
      maxReplication: 16,
      now: () => Date.now(),
      ...options,
      workerpool: options.workerpool.toLowerCase(),
    };
    this.owner = toHex(options.key.address);
    this.stakeLookups = new TokenBucket(
      this.o.stakeLookupsPerSecond,
      Math.max(1, this.o.stakeLookupsPerSecond),
      this.o.now(),
    );
    this.sender = new TxSender(options.api, options.key, options.chainId);
  }

  async start(): Promise<void> {
    this.server = await buildSchedulerApi(
      {
        version: NODE_VERSION,
        onHeartbeat: (bytes) => this.onHeartbeat(bytes),
        assignmentsOf: (worker) => this.assignmentsOf(worker),
        resultsOf: (taskId) => this.resultsOf(taskId),
        workersView: () => this.workersView(),
        health: () => this.health(),
        gauges: () => this.gauges(),
        ...(this.o.apiLimits ? { clientLimits: this.o.apiLimits } : {}),
      },
      this.o.logger,
    );
    await this.server.listen({ port: this.o.port, host: this.o.host });
    const { port } = this.server.server.address() as AddressInfo;
    this.url = `http://${this.o.host}:${port}`;
    this.o.p2p?.subscribe(
      gossipTopic(this.o.chainId, GossipKind.HEARTBEAT),
      // Validation is admission: a heartbeat is forwarded to other peers only when it is new and its
      // worker is admitted (staked) here, so heartbeats forged with fresh keys stop at this node.
      async (data) => {
        let hb: Heartbeat;
        try {
          hb = verifyHeartbeat(this.o.chainId, data);
        } catch {
          return "reject";
        }
        try {
          const { admitted, fresh } = await this.admitHeartbeat(hb);
          return admitted && fresh ? "accept" : "ignore";
        } catch {
          return "ignore"; // the node did not answer: not the sender's fault
        }
      },
      () => {},
    );
    const loop = async () => {
      if (this.stopped) return;
      await this.tick().then(
        () => {
          this.lastPassOkMs = this.o.now();
          this.lastPassError = undefined;
        },
        (err: unknown) => {
          this.lastPassError = (err as Error)?.message ?? String(err);
          this.o.logger?.warn({ err }, "scheduler tick failed");
        },
      );
      if (!this.stopped) this.timer = setTimeout(loop, this.o.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.server) {
      this.server.server.closeAllConnections();
      await this.server.close();
    }
  }

  /** Starts scheduling the tasks of one of this workerpool's deals. */
  async addDeal(dealId: string, view?: DealView): Promise<DealView> {
    const id = dealId.toLowerCase();
    const deal = view ?? (await this.o.api.request<DealView>("GET", `/deals/${id}`));
    if (deal.workerpool.toLowerCase() !== this.o.workerpool)
      throw new Error(`deal ${id} is not for this workerpool`);
    this.deals.set(id, deal);
    for (const t of deal.tasks) {
      if (!this.tasks.has(t)) {
        this.tasks.set(t, {
          dealId: id,
          done: false,
          status: "active",
          assignments: new Map(),
          contributed: new Set(),
          excluded: new Set(),
          actionSent: false,
          provers: [],
          resultDigest: null,
        });
      }
    }
    return deal;
  }

  /**
   * Reads the workerpool's deals that are newer than the last one read (the node's per-workerpool
   * deal index, oldest first) and starts serving those still open. Bounded per pass. Resuming after
   * the last (start time, id) read misses nothing: block times strictly increase, so every deal of a
   * given start time was committed in one block, all visible together.
   */
  async discoverDeals(): Promise<number> {
    let added = 0;
    let chainTime: number | undefined;
    for (let pages = 0; pages < DISCOVERY_PAGES_PER_PASS; pages++) {
      const after = this.dealCursor === undefined ? "" : `&after=${this.dealCursor}`;
      const page = await this.o.api.request<{ deals: string[]; next?: string }>(
        "GET",
        `/workerpools/${this.o.workerpool}/deals?limit=${DISCOVERY_PAGE}${after}`,
      );
      for (const raw of page.deals) {
        const id = raw.toLowerCase();
        const deal = this.deals.get(id) ?? (await this.o.api.request<DealView>("GET", `/deals/${id}`));
        if (!this.deals.has(id)) {
          chainTime ??= (await this.o.api.request<{ header: { timeMs: number } }>("GET", "/blocks/latest"))
            .header.timeMs;
          if ((deal.finalDeadlineMs ?? Number.MAX_SAFE_INTEGER) > chainTime) {
            await this.addDeal(id, deal);
            added++;
          }
        }
        if (deal.startTimeMs === undefined) throw new Error(`deal ${id} without startTimeMs`);
        this.dealCursor = entrySuffix({ timeMs: deal.startTimeMs, id });
      }
      if (page.next === undefined) break;
    }
    if (added > 0) this.o.logger?.info({ added, deals: this.deals.size }, "scheduler: new deals");
    return added;
  }

  /** Verifies and records a signed heartbeat; admits the worker when its stake suffices. */
  async onHeartbeat(bytes: Uint8Array): Promise<{ admitted: boolean; worker: string }> {
    const { admitted, worker } = await this.admitHeartbeat(verifyHeartbeat(this.o.chainId, bytes));
    return { admitted, worker };
  }

  /**
   * Records a verified heartbeat. `fresh`: newer than the last one heard from this worker (a replay
   * or a reordered one changes nothing). The stake is read from the node on the first heartbeat, then
   * at most every PENDING_RECHECK_MS until the worker is admitted and every STAKE_RECHECK_MS after,
   * and never above `stakeLookupsPerSecond` in all: a flood of fresh keys cannot turn into a flood of
   * requests to the node, nor grow the pending workers past `maxPendingWorkers`.
   */
  private async admitHeartbeat(
    hb: Heartbeat,
  ): Promise<{ admitted: boolean; worker: string; fresh: boolean }> {
    const now = this.o.now();
    let w = this.workers.get(hb.worker);
    if (w && hb.seq <= w.heartbeat.seq && hb.timeMs <= w.heartbeat.timeMs) {
      return { admitted: w.admitted, worker: hb.worker, fresh: false };
    }
    if (!w) {
      w = {
        heartbeat: hb,
        lastSeenMs: now,
        admitted: false,
        stake: 0n,
        stakeCheckedMs: Number.NEGATIVE_INFINITY,
        score: 0n,
        active: new Set(),
      };
      this.workers.set(hb.worker, w);
    }
    w.heartbeat = hb;
    w.lastSeenMs = now;
    if (!w.admitted) this.notePending(hb.worker);
    const recheckMs = w.admitted ? STAKE_RECHECK_MS : PENDING_RECHECK_MS;
    if (now - w.stakeCheckedMs >= recheckMs && this.stakeLookups.take(1, now).ok) {
      w.stakeCheckedMs = now;
      const account = await this.o.api.account(hb.worker);
      w.stake = BigInt(account.stake);
      const admitted = w.stake >= this.o.minWorkerStake && w.stake > 0n;
      if (admitted !== w.admitted) this.o.logger?.info({ worker: hb.worker, admitted }, "worker admission");
      w.admitted = admitted;
      if (admitted) this.pending.delete(hb.worker);
      else this.notePending(hb.worker);
    }
    return { admitted: w.admitted, worker: hb.worker, fresh: true };
  }

  /** Marks a worker not admitted as the most recently heard; forgets the oldest over the bound. */
  private notePending(worker: string): void {
    this.pending.delete(worker);
    this.pending.set(worker, true);
    if (this.pending.size <= this.o.maxPendingWorkers) return;
    for (const oldest of this.pending.keys()) {
      if (this.pending.size <= this.o.maxPendingWorkers) break;
      this.pending.delete(oldest);
      // One that holds tasks (admitted before, its stake since withdrawn) stays known to the tasks.
      if (this.workers.get(oldest)?.active.size === 0) this.workers.delete(oldest);
    }
  }

  /** The live assignments of a worker. */
  assignmentsOf(worker: string): Assignment[] {
    const w = worker.toLowerCase();
    const out: Assignment[] = [];
    for (const [, t] of this.tasks) {
      if (t.done || t.status !== "active") continue;
      const a = t.assignments.get(w);
      if (a && !t.contributed.has(w)) out.push(a);
    }
    return out;
  }

  private alive(w: WorkerInfo): boolean {
    return this.o.now() - w.lastSeenMs <= this.o.heartbeatTimeoutMs;
  }

  /** A task's status, digest and the URLs of its provers' result copies (GET /results/:taskId). */
  async resultsOf(
    taskId: string,
  ): Promise<{ status: string; resultDigest: string | null; urls: string[] } | undefined> {
    const id = taskId.toLowerCase();
    const t = this.tasks.get(id);
    if (!t) return undefined;
    if (!t.done) {
      // the chain may be ahead of this service's last pass: read the provers from the node
      const view = await this.o.api.request<TaskView>("GET", `/tasks/${id}`);
      t.provers = view.contributions.filter((c) => c.status === "proved").map((c) => c.worker.toLowerCase());
      t.resultDigest = view.resultDigest;
    }
    const urls = t.provers.flatMap((p) =>
      (this.workers.get(p)?.heartbeat.endpoints ?? [])
        .filter((e) => e.startsWith("http"))
        .map((e) => `${e}/results/${id}`),
    );
    return { status: t.status, resultDigest: t.resultDigest, urls };
  }

  /** GET /workers. */
  workersView(): { workers: unknown[]; stats: SchedulerStats & Record<string, number> } {
    return {
      workers: [...this.workers.entries()].map(([address, w]) => ({
        address,
        admitted: w.admitted,
        alive: this.alive(w),
        capacity: w.heartbeat.capacity,
        endpoints: w.heartbeat.endpoints,
        tags: `0x${w.heartbeat.tags.toString(16)}`,
        powerEfficiency: w.heartbeat.powerEfficiency,
        score: w.score.toString(),
        active: w.active.size,
        stake: w.stake.toString(),
      })),
      stats: { ...this.stats },
    };
  }

  /** Healthy while scheduling passes reach the node: the last one within max(10 polls, 5 s). */
  health(): SchedulerHealth {
    const now = this.o.now();
    const age = this.lastPassOkMs === undefined ? null : now - this.lastPassOkMs;
    const staleMs = Math.max(10 * this.o.pollMs, 5_000);
    const reasons: SchedulerHealth["reasons"] = [];
    if (age === null)
      reasons.push({ code: "NO_PASS_YET", message: "no scheduling pass has reached the node yet" });
    else if (age > staleMs)
      reasons.push({
        code: "PASS_STALE",
        message: `the last scheduling pass that reached the node was ${age} ms ago`,
      });
    if (this.lastPassError !== undefined)
      reasons.push({
        code: "PASS_FAILING",
        message: `the last scheduling pass failed: ${this.lastPassError}`,
      });
    return { ok: reasons.length === 0, lastPassAgeMs: age, reasons };
  }

  /** Figures for /metrics. */
  gauges(): SchedulerGauges {
    const workers = [...this.workers.values()];
    const tasksByStatus: Record<string, number> = { active: 0, revealing: 0, completed: 0, failed: 0 };
    for (const t of this.tasks.values()) tasksByStatus[t.status] = (tasksByStatus[t.status] ?? 0) + 1;
    return {
      workersKnown: workers.length,
      workersAlive: workers.filter((w) => this.alive(w)).length,
      workersAdmitted: workers.filter((w) => w.admitted).length,
      deals: this.deals.size,
      tasksByStatus,
      stats: { ...this.stats },
      lastPassAgeSeconds: this.lastPassOkMs === undefined ? -1 : (this.o.now() - this.lastPassOkMs) / 1000,
    };
  }

  /** One scheduling pass (exposed for tests). */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const now = this.o.now();
      if (this.o.discoverMs > 0 && now - this.discoveredAtMs >= this.o.discoverMs) {
        this.discoveredAtMs = now;
        await this.discoverDeals().catch((err: unknown) =>
          this.o.logger?.warn({ err }, "scheduler: deal discovery failed"),
        );
      }
      const open = [...this.tasks.entries()].filter(([, t]) => !t.done);
      if (open.length === 0) return;
      const latest = await this.o.api.request<{ header: { timeMs: number } }>("GET", "/blocks/latest");
      const chainTime = latest.header.timeMs;
      const views = await Promise.all(
        open.map(([id]) => this.o.api.request<TaskView>("GET", `/tasks/${id}`).catch(() => undefined)),
      );
      for (let i = 0; i < open.length; i++) {
        const view = views[i];
        if (view) await this.step(open[i]![0], open[i]![1], view, chainTime);
      }
    } finally {
      this.ticking = false;
    }
  }

  private release(taskId: string, t: TaskState): void {
    for (const worker of t.assignments.keys()) this.workers.get(worker)?.active.delete(taskId);
  }

  private async step(id: string, t: TaskState, view: TaskView, chainTime: number): Promise<void> {
    const deal = this.deals.get(t.dealId)!;
    const previous = t.status;
    t.status = view.status;
    if (view.status === "completed" || view.status === "failed") {
      t.done = true;
      t.resultDigest = view.resultDigest;
      t.provers = view.contributions.filter((c) => c.status === "proved").map((c) => c.worker.toLowerCase());
      this.release(id, t);
      if (view.status === "completed") {
        this.stats.completed++;
        // a winner never revealed: the chain finalized it at the reveal deadline
        if (view.revealCount < view.winnerCount) this.stats.finalized++;

        const replicated = view.contributions.length > 1;
        for (const c of view.contributions) {
          const w = this.workers.get(c.worker.toLowerCase());
          if (!w) continue;
          if (c.status === "proved") w.score += replicated ? 1n : 0n;
          else w.score = (w.score * 2n) / 3n;
        }
      } else this.stats.failed++;
      return;
    }
    if (view.status === "revealing") {
      if (previous === "active") {
        t.actionSent = false;
        this.release(id, t);
      }
      t.provers = view.contributions.filter((c) => c.status === "proved").map((c) => c.worker.toLowerCase());
      // with at least one reveal the chain finalizes by itself at the reveal deadline (no tx)
      if (chainTime >= (view.revealDeadlineMs ?? Number.MAX_SAFE_INTEGER) && !t.actionSent) {
        t.actionSent = true;
        const taskId = fromHex(id, 32);
        // sent without blocking the pass; `actionSent` keeps it to one transaction in flight
        if (view.revealCount === 0) {
          void this.sender.send({ reopen: { taskId } }).then(
            (r) => {
              if (r.status === "success") {
                this.stats.reopened++;
                t.assignments.clear();
              } else t.actionSent = false;
            },
            () => {
              t.actionSent = false;
            },
          );
        }
      }
      return;
    }
    // active
    if (previous === "revealing") t.assignments.clear(); // reopened
    if (chainTime >= view.contributionDeadlineMs) return; // no more contributions: claimable at the final deadline
    const contributed = new Set(view.contributions.map((c) => c.worker.toLowerCase()));
    t.contributed = contributed;
    const assignmentTimeout = this.o.assignmentTimeoutMs ?? 2 * deal.timeRefMs;
    // drop silent (or stuck) workers that did not contribute: their tasks go to others
    for (const [worker] of t.assignments) {
      const w = this.workers.get(worker);
      if (contributed.has(worker)) {
        w?.active.delete(id);
        continue;
      }
      if (!w || !this.alive(w)) {
        t.assignments.delete(worker);
        w?.active.delete(id);
        this.stats.reassigned++;
        this.o.logger?.info({ worker, task: id }, "silent worker: task re-assigned");
      } else if (this.o.now() - t.assignments.get(worker)!.assignedAtMs > assignmentTimeout) {
        t.assignments.delete(worker);
        t.excluded.add(worker);
        w.active.delete(id);
        this.stats.timedOut++;
        this.o.logger?.info({ worker, task: id }, "no contribution in time: task re-assigned");
      }
    }
    const trust = BigInt(deal.trust);
    const pending = [...t.assignments.keys()].filter((w) => !contributed.has(w));
    const scoreOf = (w: string) => this.workers.get(w)?.score ?? 0n;
    let plan = projectConsensus(
      view.groups.map((g) => BigInt(g.weight)),
      BigInt(view.totalWeight),
      pending.map(scoreOf),
      trust,
    );
    if (plan.reached) return;
    const workerStake = BigInt(deal.workerStake);
    const tag = BigInt(deal.tag);
    const candidates = [...this.workers.entries()]
      .filter(
        ([address, w]) =>
          w.admitted &&
          this.alive(w) &&
          !contributed.has(address) &&
          !t.assignments.has(address) &&
          !t.excluded.has(address) &&
          w.active.size < Math.max(1, w.heartbeat.capacity) &&
          w.stake >= workerStake &&
          (w.heartbeat.tags & tag) === tag,
      )
      .sort(
        ([a, x], [b, y]) =>
          (y.score > x.score ? 1 : y.score < x.score ? -1 : 0) ||
          x.active.size - y.active.size ||
          y.heartbeat.powerEfficiency - x.heartbeat.powerEfficiency ||
          (a < b ? -1 : 1),
      );
    let count = contributed.size + pending.length;
    for (const [address, w] of candidates) {
      if (plan.reached || count >= this.o.maxReplication) break;
      const enclave = ZERO_ADDRESS_HEX;
      t.assignments.set(address, {
        taskId: id,
        dealId: t.dealId,
        app: deal.app,
        params: deal.params,
        enclave,
        authorization: toHex(signAuthorization(address, id, enclave, this.o.key.privateKey)),
        contributionDeadlineMs: view.contributionDeadlineMs,
        finalDeadlineMs: view.finalDeadlineMs,
        assignedAtMs: this.o.now(),
      });
      w.active.add(id);
      this.stats.assigned++;
      count++;
      plan = projectConsensus([plan.group], plan.total, [w.score], trust);
    }
  }

  /** Changes the assignment timeout (undefined: 2·T of each deal's category). */
  setAssignmentTimeout(ms: number | undefined): void {
    this.o.assignmentTimeoutMs = ms;
  }

  /** The workerpool owner's address (lowercase hex). */
  get ownerAddress(): string {
    return this.owner;
  }
}
