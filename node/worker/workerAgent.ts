/**
 * The worker agent (`poco worker` as a library): its own key and stake; signed heartbeats every
 * `heartbeatMs` (to its scheduler over HTTP and, when given a P2PNetwork, on the gossip heartbeat
 * topic); polls the scheduler for its assignments (`GET /assignments/:worker`, see
 * node/workerpool/schedulerService.ts); for each one fetches the app, runs it in the WebAssembly
 * sandbox, contributes (resultHash + resultSeal with the scheduler's authorization), reveals once its
 * result hash is the consensus value, and serves the result bytes at `GET /results/:taskId` (with
 * an `x-result-digest` header; the requester checks keccak256(bytes) against the task's on-chain
 * result digest — see `fetchVerifiedResult`).
 *
 * `lie: true` makes it commit a wrong result (for tests: it should lose its stake).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { type poco, uintToBytes } from "../../proto/index.js";
import { resultHash, resultSeal } from "../../scheduler/index.js";
import type { ApiClient } from "../cli/apiClient.js";
import { concatBytes, fromHex, keccak256, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { batchGasLimit } from "../execution/gasSchedule.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import type { Assignment, DealView, TaskView } from "../workerpool/schedulerService.js";
import { inputFromParams, loadAppBytes, resolveAppUri } from "./appStore.js";
import { type DockerExecutorOptions, executeDocker } from "./dockerExecutor.js";
import { EntryBatcher } from "./entryBatcher.js";
import { signHeartbeat } from "./heartbeat.js";
import { type TxBody, TxSender } from "./txSender.js";
import { compileApp, type ExecutionLimits, executeWasm, resultDigestOf } from "./wasmExecutor.js";

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
  /** Directory of `store:` apps. */
  appStoreDir?: string;
  limits?: ExecutionLimits;
  /** Runs `docker://image` apps with the docker CLI when set (production; off by default). */
  docker?: DockerExecutorOptions;
  host?: string;
  port?: number;
  p2p?: P2PNetwork;
  logger?: Logger;
  /** Commit a wrong result (tests of the lying-worker path). */
  lie?: boolean;
  /** Most results kept for serving (oldest dropped first; default 1000). */
  maxStoredResults?: number;
}

export type WorkerEvent =
  | { kind: "started"; taskId: string }
  | { kind: "executed"; taskId: string; digest: string; durationMs: number }
  | { kind: "contributed"; taskId: string }
  | { kind: "revealed"; taskId: string }
  | { kind: "done"; taskId: string; status: string }
  | { kind: "error"; taskId: string; message: string };

interface Job {
  assignment: Assignment;
  abort: AbortController;
  output?: Uint8Array;
  digest?: string;
  revealed: boolean;
}

type LoadedApp =
  | { kind: "wasm"; compiled: ReturnType<typeof compileApp> }
  | { kind: "docker"; image: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class WorkerAgent {
  readonly address: string;
  readonly jobs = new Map<string, Job>();
  /** Result bytes served after reveal, by task id. */
  readonly results = new Map<string, Uint8Array>();
  readonly events: WorkerEvent[] = [];
  private listeners: ((e: WorkerEvent) => void)[] = [];
  private readonly sender: TxSender;
  /** This worker's contributions and reveals across tasks, one batch tx per block (or single). */
  readonly contributions: EntryBatcher<poco.Contribute.$Properties>;
  readonly reveals: EntryBatcher<poco.Reveal.$Properties>;
  private readonly apps = new Map<string, Promise<LoadedApp>>();
  private readonly deals = new Map<string, Promise<DealView>>();
  private server: Server | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private seq = 0;
  url = "";

  constructor(private readonly o: WorkerAgentOptions) {
    this.address = toHex(o.key.address);
    this.sender = new TxSender(o.api, o.key, o.chainId);
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
    this.server = createServer((req, res) => {
      const m = /^\/results\/(0x[0-9a-fA-F]{64})$/.exec(req.url ?? "");
      const bytes = m && req.method === "GET" ? this.results.get(m[1]!.toLowerCase()) : undefined;
      if (!bytes) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: "NOT_FOUND", message: "no result for this task here" }));
        return;
      }
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "x-result-digest": resultDigestOf(bytes),
      });
      res.end(bytes);
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.o.port ?? 0, this.o.host ?? "127.0.0.1", resolve),
    );
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://${this.o.host ?? "127.0.0.1"}:${port}`;
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
    clearTimeout(this.heartbeatTimer);
    clearTimeout(this.pollTimer);
    for (const job of this.jobs.values()) job.abort.abort();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
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
        if (!this.stopped) this.emit({ kind: "error", taskId: id, message: (err as Error).message });
      });
    }
  }

  private deal(id: string): Promise<DealView> {
    let d = this.deals.get(id);
    if (!d) {
      d = this.o.api.request<DealView>("GET", `/deals/${id}`);
      d.catch(() => this.deals.delete(id));
      this.deals.set(id, d);
    }
    return d;
  }

  private app(address: string): Promise<LoadedApp> {
    let p = this.apps.get(address);
    if (!p) {
      p = (async (): Promise<LoadedApp> => {
        const uri = await resolveAppUri(this.o.api, address);
        if (uri.startsWith("docker://")) {
          if (!this.o.docker) throw new Error(`${uri}: this worker runs no docker apps`);
          return { kind: "docker", image: uri.slice("docker://".length) };
        }
        const bytes = await loadAppBytes(uri, this.o.appStoreDir);
        return { kind: "wasm", compiled: compileApp(bytes, this.o.limits?.memoryPages) };
      })();
      p.catch(() => this.apps.delete(address));
      this.apps.set(address, p);
    }
    return p;
  }

  private task(id: string): Promise<TaskView> {
    return this.o.api.request<TaskView>("GET", `/tasks/${id}`);
  }

  private async run(id: string, job: Job): Promise<void> {
    const a = job.assignment;
    this.emit({ kind: "started", taskId: id });
    const deal = await this.deal(a.dealId);
    const app = await this.app(deal.app.toLowerCase());
    const input = inputFromParams(deal.params);
    const result =
      app.kind === "wasm"
        ? await executeWasm(app.compiled, input, { ...this.o.limits, signal: job.abort.signal })
        : await executeDocker(app.image, input, { ...this.o.docker, signal: job.abort.signal });
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
    const hash = resultHash(id, digest);
    const receipt = await this.contributions.submit({
      taskId,
      resultHash: fromHex(hash, 32),
      resultSeal: fromHex(resultSeal(this.address, id, digest), 32),
      enclaveChallenge: fromHex(a.enclave, 20),
      authorization: fromHex(a.authorization, 65),
    });
    if (receipt.status !== "success") throw new Error(`contribute failed: ${receipt.error?.message}`);
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
