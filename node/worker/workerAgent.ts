/**
 * The worker agent (`poco worker` as a library): its own key and stake; signed heartbeats every
 * `heartbeatMs` (to its scheduler over HTTP and, when given a P2PNetwork, on the gossip heartbeat
 * topic); polls the scheduler for its assignments (`GET /assignments/:worker`, see
 * node/workerpool/schedulerService.ts); for each one fetches the app (and the deal's dataset) by the
 * URI registered on chain, refuses bytes whose sha256 differs from the registered checksum (the task
 * is then not contributed: an `error` event with the code, and a warning in the log), runs the app in
 * the WebAssembly sandbox with its input, args and dataset (apps/README.md), contributes (resultHash
 * + resultSeal with the scheduler's authorization), reveals once its result hash is the consensus
 * value, and serves the result bytes at `GET /results/:taskId` (with an `x-result-digest` header; the
 * requester checks keccak256(bytes) against the task's on-chain result digest — see
 * `fetchVerifiedResult`).
 *
 * `lie: true` makes it commit a wrong result (for tests: it should lose its stake).
 */
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { type poco, uintToBytes } from "../../proto/index.js";
import { resultHash, resultSeal } from "../../scheduler/index.js";
import type { ClientLimitOptions } from "../api/clientLimits.js";
import type { ApiClient } from "../cli/apiClient.js";
import { concatBytes, fromHex, keccak256, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { batchGasLimit } from "../execution/gasSchedule.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import type { Assignment, DealView, TaskView } from "../workerpool/schedulerService.js";
import {
  type AssetRecord,
  assetChecksum,
  DEFAULT_FETCH_TIMEOUT_MS,
  fetchVerified,
  MAX_APP_BYTES,
  MAX_DATASET_BYTES,
  resolveAsset,
  taskArgsFromParams,
} from "./appStore.js";
import { ContentCache } from "./contentCache.js";
import { type DockerExecutorOptions, executeDocker } from "./dockerExecutor.js";
import { EntryBatcher } from "./entryBatcher.js";
import { signHeartbeat } from "./heartbeat.js";
import { buildResultServer } from "./resultServer.js";
import { type TxBody, TxSender } from "./txSender.js";
import {
  type CompiledApp,
  compileApp,
  type ExecutionLimits,
  executeWasm,
  resultDigestOf,
} from "./wasmExecutor.js";

export interface WorkerAgentOptions {
  api: ApiClient;
  chainId: number;
  key: KeyPair;
  /** The scheduler service's base URL. */
  schedulerUrl: string;
  /** Free stake to hold (topped up at start with a stake tx when lower). */
  stake?: bigint;
  capacity?: number;
  tags?: bigint;
  powerEfficiency?: number;
  heartbeatMs?: number;
  pollMs?: number;
  /** Directory of `store:` and `file:` apps and datasets (URIs outside it are refused). */
  appStoreDir?: string;
  /** Downloads of apps and datasets: budget per download and largest sizes (defaults 30 s, 16 MiB, 32 MiB). */
  fetch?: { timeoutMs?: number; maxAppBytes?: number; maxDatasetBytes?: number };
  /** Verified apps and datasets kept by checksum (defaults 32 entries, 256 MiB each). */
  cache?: { entries?: number; bytes?: number };
  limits?: ExecutionLimits;
  /** Runs `docker://image` apps with the docker CLI when set (production; off by default). */
  docker?: DockerExecutorOptions;
  host?: string;
  port?: number;
  /**
   * The results server's URL as requesters reach it (recorded in heartbeats and results), e.g.
   * `http://worker-0:7100` when the server listens on 0.0.0.0 in a container. Default: http://host:port.
   */
  publicUrl?: string;
  p2p?: P2PNetwork;
  logger?: Logger;
  /** Commit a wrong result (tests of the lying-worker path). */
  lie?: boolean;
  /** Most results kept for serving (oldest dropped first; default 1000). */
  maxStoredResults?: number;
  /** Requests and connections per client of the result server (defaults: DEFAULT_CLIENT_LIMITS). */
  resultLimits?: Partial<ClientLimitOptions>;
}

export type WorkerEvent =
  | { kind: "started"; taskId: string }
  | { kind: "executed"; taskId: string; digest: string; durationMs: number }
  | { kind: "contributed"; taskId: string }
  | { kind: "revealed"; taskId: string }
  | { kind: "done"; taskId: string; status: string }
  | { kind: "error"; taskId: string; message: string; code?: string };

interface Job {
  assignment: Assignment;
  abort: AbortController;
  output?: Uint8Array;
  digest?: string;
  contributed?: boolean;
  revealed: boolean;
}

type LoadedApp = { kind: "wasm"; compiled: CompiledApp } | { kind: "docker"; image: string };

/** The deal as the API shows it, with the dataset (zero address when none). */
type WorkerDealView = DealView & { dataset?: string };
const ZERO_ADDRESS = `0x${"0".repeat(40)}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class WorkerAgent {
  readonly address: string;
  readonly jobs = new Map<string, Job>();
  /** Result bytes served after reveal, by task id. */
  readonly results = new Map<string, Uint8Array>();
  readonly events: WorkerEvent[] = [];
  private listeners: ((e: WorkerEvent) => void)[] = [];
  private readonly sender: TxSender;
  /** Compiled apps and dataset bytes by the sha256 of their bytes. */
  private readonly compiledApps: ContentCache<CompiledApp>;
  private readonly datasetBytes: ContentCache<Uint8Array>;
  /** Downloads in flight by asset, shared by the tasks that need them (at most one per running job). */
  private readonly fetching = new Map<string, Promise<{ bytes: Uint8Array; digest: string }>>();
  private readonly stopping = new AbortController();
  private readonly deals = new Map<string, Promise<WorkerDealView>>();
  /** This worker's contributions and reveals across tasks, one batch tx per block (or single). */
  readonly contributions: EntryBatcher<poco.Contribute.$Properties>;
  readonly reveals: EntryBatcher<poco.Reveal.$Properties>;
  /** Trust-1 tasks completed in one entry each (iExec's contributeAndFinalize), batched the same way. */
  readonly finalizations: EntryBatcher<poco.ContributeAndFinalize.$Properties>;
  private server: FastifyInstance | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private seq = 0;
  url = "";

  constructor(private readonly o: WorkerAgentOptions) {
    this.address = toHex(o.key.address);
    this.sender = new TxSender(o.api, o.key, o.chainId);
    const entries = o.cache?.entries ?? 32;
    const bytes = o.cache?.bytes ?? 256 * 1024 * 1024;
    this.compiledApps = new ContentCache(entries, bytes);
    this.datasetBytes = new ContentCache(entries, bytes);
    const send = (body: TxBody) => this.sender.send(body);
    this.contributions = new EntryBatcher<poco.Contribute.$Properties>({
      send,
      single: (contribute) => ({ contribute }),
      batch: (entries) => ({ contributeBatch: { entries }, gasLimit: batchGasLimit(entries.length) }),
    });
    this.reveals = new EntryBatcher<poco.Reveal.$Properties>({
      send,
      single: (reveal) => ({ reveal }),
      batch: (entries) => ({ revealBatch: { entries }, gasLimit: batchGasLimit(entries.length) }),
    });
    this.finalizations = new EntryBatcher<poco.ContributeAndFinalize.$Properties>({
      send,
      single: (contributeAndFinalize) => ({ contributeAndFinalize }),
      batch: (entries) => ({
        contributeAndFinalizeBatch: { entries },
        gasLimit: batchGasLimit(entries.length),
      }),
    });
  }

  on(listener: (e: WorkerEvent) => void): void {
    this.listeners.push(listener);
  }

  private emit(e: WorkerEvent): void {
    if (this.events.length >= 10_000) this.events.splice(0, 5_000);
    this.events.push(e);
    if (e.kind === "done" || e.kind === "error") {
      // forget the job a while later (a late re-listing of the assignment must not re-run it)
      setTimeout(() => this.jobs.delete(e.taskId), 10 * 60_000).unref();
    }
    for (const l of this.listeners) l(e);
  }

  async start(): Promise<void> {
    if (this.o.stake !== undefined) {
      const account = await this.o.api.account(this.address);
      const missing = this.o.stake - BigInt(account.stake);
      if (missing > 0n) {
        const r = await this.sender.send({ stake: { amount: uintToBytes(missing) } });
        if (r.status !== "success") throw new Error(`stake failed: ${r.error?.message}`);
      }
    }
    this.server = await buildResultServer({
      result: (taskId) => this.results.get(taskId),
      digestOf: resultDigestOf,
      ...(this.o.resultLimits ? { limits: this.o.resultLimits } : {}),
    });
    await this.server.listen({ port: this.o.port ?? 0, host: this.o.host ?? "127.0.0.1" });
    const { port } = this.server.server.address() as AddressInfo;
    this.url = this.o.publicUrl?.replace(/\/+$/, "") ?? `http://${this.o.host ?? "127.0.0.1"}:${port}`;
    await this.heartbeat();
    const beat = () => {
      if (this.stopped) return;
      void this.heartbeat().finally(() => {
        if (!this.stopped) this.heartbeatTimer = setTimeout(beat, this.o.heartbeatMs ?? 2_000);
      });
    };
    this.heartbeatTimer = setTimeout(beat, this.o.heartbeatMs ?? 2_000);
    const poll = () => {
      if (this.stopped) return;
      void this.poll().finally(() => {
        if (!this.stopped) this.pollTimer = setTimeout(poll, this.o.pollMs ?? 200);
      });
    };
    this.pollTimer = setTimeout(poll, 0);
  }

  /** Stops at once, as a killed process would: no more heartbeats, runs aborted, nothing sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    clearTimeout(this.heartbeatTimer);
    clearTimeout(this.pollTimer);
    for (const job of this.jobs.values()) job.abort.abort();
    await this.server?.close();
  }

  get running(): boolean {
    return !this.stopped;
  }

  private keepResult(id: string, output: Uint8Array): void {
    this.results.delete(id);
    this.results.set(id, output);
    const max = this.o.maxStoredResults ?? 1000;
    for (const oldest of this.results.keys()) {
      if (this.results.size <= max) break;
      this.results.delete(oldest);
    }
  }

  private async heartbeat(): Promise<void> {
    const bytes = signHeartbeat(this.o.chainId, this.o.key, {
      seq: ++this.seq,
      timeMs: Date.now(),
      capacity: this.o.capacity ?? 2,
      tags: this.o.tags ?? 0n,
      powerEfficiency: this.o.powerEfficiency ?? 0,
      endpoints: [this.url],
    });
    await Promise.all([
      fetch(`${this.o.schedulerUrl}/heartbeats`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ heartbeat: toHex(bytes) }),
      }).catch((err: unknown) => this.o.logger?.debug({ err }, "heartbeat not delivered")),
      this.o.p2p?.publish(gossipTopic(this.o.chainId, GossipKind.HEARTBEAT), bytes).catch(() => 0),
    ]);
  }

  private async poll(): Promise<void> {
    let assignments: Assignment[];
    try {
      const r = await fetch(`${this.o.schedulerUrl}/assignments/${this.address}`);
      if (!r.ok) return;
      assignments = ((await r.json()) as { assignments: Assignment[] }).assignments;
    } catch {
      return;
    }
    for (const a of assignments) {
      const id = a.taskId.toLowerCase();
      if (this.jobs.has(id) || this.stopped) continue;
      const job: Job = { assignment: a, abort: new AbortController(), revealed: false };
      this.jobs.set(id, job);
      void this.run(id, job).catch((err: unknown) => {
        if (this.stopped) return;
        const { message, code } = err as Error & { code?: unknown };
        const typed = typeof code === "string" ? { code } : {};
        const what = job.contributed ? "task failed after contributing" : "task not contributed";
        this.o.logger?.warn({ taskId: id, ...typed, err: message }, what);
        this.emit({ kind: "error", taskId: id, message, ...typed });
      });
    }
  }

  private deal(id: string): Promise<WorkerDealView> {
    let d = this.deals.get(id);
    if (!d) {
      if (this.deals.size >= 1000) this.deals.delete(this.deals.keys().next().value!);
      d = this.o.api.request<WorkerDealView>("GET", `/deals/${id}`);
      d.catch(() => this.deals.delete(id));
      this.deals.set(id, d);
    }
    return d;
  }

  /**
   * A registered asset, verified, as `make` turns its bytes into what is kept: from the cache when
   * its registered checksum is there, else fetched once for all the tasks waiting on it, checked
   * against the registry, and cached by the sha256 of its bytes.
   */
  private async verified<T>(
    record: AssetRecord,
    cache: ContentCache<T>,
    make: (bytes: Uint8Array) => T,
  ): Promise<T> {
    const hit = cache.get(record.checksum.toLowerCase());
    if (hit !== undefined) return hit;
    const key = `${record.kind}:${record.address}`;
    let p = this.fetching.get(key);
    if (!p) {
      const maxBytes =
        record.kind === "app"
          ? (this.o.fetch?.maxAppBytes ?? MAX_APP_BYTES)
          : (this.o.fetch?.maxDatasetBytes ?? MAX_DATASET_BYTES);
      p = fetchVerified(record, {
        storeDir: this.o.appStoreDir,
        maxBytes,
        timeoutMs: this.o.fetch?.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
        signal: this.stopping.signal,
      }).then((bytes) => ({ bytes, digest: assetChecksum(bytes) }));
      this.fetching.set(key, p);
      const forget = () => this.fetching.delete(key);
      p.then(forget, forget);
    }
    const { bytes, digest } = await p;
    let value = cache.get(digest);
    if (value === undefined) {
      value = make(bytes);
      cache.set(digest, value, bytes.length);
    }
    return value;
  }

  private async app(address: string): Promise<LoadedApp> {
    const record = await resolveAsset(this.o.api, "app", address);
    if (record.uri.startsWith("docker://")) {
      if (!this.o.docker) throw new Error(`${record.uri}: this worker runs no docker apps`);
      return { kind: "docker", image: record.uri.slice("docker://".length) };
    }
    const compiled = await this.verified(record, this.compiledApps, (bytes) =>
      compileApp(bytes, this.o.limits?.memoryPages),
    );
    return { kind: "wasm", compiled };
  }

  /** The deal's dataset bytes, checked against the registry; undefined for a deal without dataset. */
  private async dataset(address: string | undefined): Promise<Uint8Array | undefined> {
    if (!address || address === ZERO_ADDRESS) return undefined;
    const record = await resolveAsset(this.o.api, "dataset", address);
    return this.verified(record, this.datasetBytes, (bytes) => bytes);
  }

  private task(id: string): Promise<TaskView> {
    return this.o.api.request<TaskView>("GET", `/tasks/${id}`);
  }

  /**
   * Trust 1: the first contribution is the consensus, so the worker contributes, reveals and
   * finalizes in one entry (iExec's contributeAndFinalize) and the task completes in that block: one
   * tx per block for all of this worker's trust-1 tasks instead of a contribute and a reveal per task.
   */
  private async contributeAndFinalize(id: string, job: Job, output: Uint8Array): Promise<void> {
    const a = job.assignment;
    const digest = job.digest!;
    // served from the block that completes the task (before this agent sees its receipt)
    this.keepResult(id, output);
    const receipt = await this.finalizations.submit({
      taskId: fromHex(id, 32),
      resultDigest: fromHex(digest, 32),
      enclaveChallenge: fromHex(a.enclave, 20),
      authorization: fromHex(a.authorization, 65),
    });
    if (receipt.status === "success") {
      job.contributed = true;
      job.revealed = true;
      this.emit({ kind: "contributed", taskId: id });
      this.emit({ kind: "revealed", taskId: id });
      this.emit({ kind: "done", taskId: id, status: "completed" });
      return;
    }
    this.results.delete(id);
    // Another worker's contribution landed first (the task was reassigned): the task is not ours.
    const t = await this.task(id);
    if (t.contributions.some((c) => c.worker.toLowerCase() !== this.address)) {
      this.emit({ kind: "done", taskId: id, status: `skipped (${t.status})` });
      return;
    }
    throw new Error(`contributeAndFinalize failed: ${receipt.error?.message}`);
  }

  private async run(id: string, job: Job): Promise<void> {
    const a = job.assignment;
    this.emit({ kind: "started", taskId: id });
    const deal = await this.deal(a.dealId);
    const [app, dataset] = await Promise.all([
      this.app(deal.app.toLowerCase()),
      this.dataset(deal.dataset?.toLowerCase()),
    ]);
    const { input, args } = taskArgsFromParams(deal.params);
    const result =
      app.kind === "wasm"
        ? await executeWasm(
            app.compiled,
            { input, args, dataset },
            { ...this.o.limits, signal: job.abort.signal },
          )
        : await executeDocker(app.image, input ?? args ?? new Uint8Array(0), {
            ...this.o.docker,
            signal: job.abort.signal,
          });
    if (this.stopped) return;
    let output = result.output;
    if (this.o.lie) output = concatBytes(output, new TextEncoder().encode("!"));
    const digest = resultDigestOf(output);
    job.output = output;
    job.digest = digest;
    this.emit({ kind: "executed", taskId: id, digest, durationMs: result.durationMs });

    const before = await this.task(id);
    if (
      before.status !== "active" ||
      before.contributions.some((c) => c.worker.toLowerCase() === this.address)
    ) {
      this.emit({ kind: "done", taskId: id, status: `skipped (${before.status})` });
      return;
    }
    const taskId = fromHex(id, 32);
    if (deal.trust === 1 && before.contributions.length === 0) {
      await this.contributeAndFinalize(id, job, output);
      return;
    }
    const hash = resultHash(id, digest);
    const receipt = await this.contributions.submit({
      taskId,
      resultHash: fromHex(hash, 32),
      resultSeal: fromHex(resultSeal(this.address, id, digest), 32),
      enclaveChallenge: fromHex(a.enclave, 20),
      authorization: fromHex(a.authorization, 65),
    });
    if (receipt.status !== "success") throw new Error(`contribute failed: ${receipt.error?.message}`);
    job.contributed = true;
    this.emit({ kind: "contributed", taskId: id });

    for (;;) {
      if (this.stopped) return;
      const t = await this.task(id);
      if (t.status === "completed" || t.status === "failed") {
        if (t.resultDigest === digest) this.keepResult(id, output);
        this.emit({ kind: "done", taskId: id, status: t.status });
        return;
      }
      if (t.status === "revealing" && t.consensusValue === hash && !job.revealed) {
        const mine = t.contributions.find((c) => c.worker.toLowerCase() === this.address);
        if (mine?.status === "contributed") {
          job.revealed = true;
          // contributions are closed at consensus: the bytes can be served from now on (the last
          // reveal completes the task in its block, before this agent sees its receipt)
          this.keepResult(id, output);
          const r = await this.reveals.submit({ taskId, resultDigest: fromHex(digest, 32) });
          if (r.status !== "success") throw new Error(`reveal failed: ${r.error?.message}`);
          this.emit({ kind: "revealed", taskId: id });
        }
      } else if (t.status === "revealing" && t.consensusValue !== hash) {
        this.emit({ kind: "done", taskId: id, status: "lost" });
        return;
      }
      await sleep(this.o.pollMs ?? 200);
    }
  }
}

/**
 * What a requester does with a finished task: downloads the result bytes from the given URLs (e.g.
 * from the scheduler's `GET /results/:taskId`) and keeps the first whose keccak256 equals the task's
 * on-chain result digest.
 */
export async function fetchVerifiedResult(
  api: ApiClient,
  taskId: string,
  urls: string[],
): Promise<Uint8Array> {
  const task = await api.request<TaskView>("GET", `/tasks/${taskId}`);
  if (task.status !== "completed" || !task.resultDigest) throw new Error(`task ${taskId} is not completed`);
  for (const url of urls) {
    try {
      const r = await fetch(url);
      if (!r.ok) continue;
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (toHex(keccak256(bytes)) === task.resultDigest) return bytes;
    } catch {
      // next copy
    }
  }
  throw new Error(`no copy of task ${taskId}'s result matches its digest ${task.resultDigest}`);
}
