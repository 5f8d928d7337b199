/**
 * 4 validator processes (`poco node`), each in its own network namespace of a NetnsTopology (emulated
 * 50 ms ± 10 ms, 1 % loss), with their APIs reached through an httpBridge in each namespace; and the
 * scenario the e2e test and the bench share: transfers under netem (finality latency, throughput),
 * a 2|2 partition made by setting the routers' trunk link down (no finality), healing (finality
 * resumes), and a block-by-block comparison of every node's chain (safety).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { type Genesis, genesisToJSON } from "../../../node/chain/genesis.js";
import { toHex } from "../../../node/crypto/hash.js";
import { type KeyPair, writeKeyFile } from "../../../node/crypto/keys.js";
import { loadOrCreatePeerKey, peerIdOf } from "../../../node/p2p/peerIdentity.js";
import { RLC, signedTransfer, testGenesis, testKey } from "../fixtures.js";
import { type NodeProcess, startNodeProcess } from "../nodeProcess.js";
import { type LinkEmulation, NetnsTopology } from "./topology.js";

const P2P_PORT = 9000;

/** JSON-lines client of one namespace's httpBridge. */
class BridgedApi {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    (r: { status?: number; body?: string; error?: string }) => void
  >();

  constructor(
    private readonly bridge: ChildProcess,
    readonly baseUrl: string,
  ) {
    createInterface({ input: bridge.stdout! }).on("line", (line) => {
      const r = JSON.parse(line) as { id: number; status?: number; body?: string; error?: string };
      this.waiting.get(r.id)?.(r);
      this.waiting.delete(r.id);
    });
  }

  async request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<{ status?: number; body?: string; error?: string }>((resolve) =>
      this.waiting.set(id, resolve),
    );
    this.bridge.stdin!.write(`${JSON.stringify({ id, method, url: `${this.baseUrl}${path}`, body })}\n`);
    const r = await answer;
    if (r.error !== undefined) throw new Error(`${method} ${path}: ${r.error}`);
    if (r.status! >= 400) throw new Error(`${method} ${path}: HTTP ${r.status} ${r.body}`);
    return JSON.parse(r.body!) as T;
  }

  async height(): Promise<number> {
    return (await this.request<{ height: number }>("GET", "/status")).height;
  }
}

interface NsNode {
  key: KeyPair;
  dataDir: string;
  peerId: string;
  proc?: NodeProcess;
  bridge?: ChildProcess;
  api?: BridgedApi;
}

export class NetnsValidatorNet {
  readonly topology: NetnsTopology;
  readonly nodes: NsNode[] = [];
  readonly senders = [testKey(100), testKey(101), testKey(102), testKey(103)];
  private readonly nonces = new Map<string, number>();
  private readonly sink = testKey(200);
  genesis!: Genesis;
  /** Should this process die without stop(), its validators and bridges must not outlive it. */
  private readonly killChildren = () => {
    for (const n of this.nodes) {
      n.proc?.child.kill("SIGKILL");
      n.bridge?.kill("SIGKILL");
    }
  };

  constructor(
    private readonly dir: string,
    private readonly blockTimeMs: number,
    emulation?: LinkEmulation,
  ) {
    this.topology = new NetnsTopology(4, emulation);
  }

  async start(): Promise<void> {
    const keys = [0, 1, 2, 3].map((i) => testKey(i));
    this.genesis = testGenesis(keys[0]!, this.senders, 1_000_000n * RLC);
    this.genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    writeFileSync(join(this.dir, "genesis.json"), JSON.stringify(genesisToJSON(this.genesis)));
    for (const [i, key] of keys.entries()) {
      const dataDir = join(this.dir, `node-${i}`);
      await writeKeyFile(join(this.dir, `validator-${i}.json`), key);
      this.nodes.push({ key, dataDir, peerId: peerIdOf(await loadOrCreatePeerKey(dataDir)) });
    }
    process.once("exit", this.killChildren);
    this.topology.create();
    await Promise.all(this.nodes.map((_, i) => this.startNode(i)));
  }

  private async startNode(i: number): Promise<void> {
    const n = this.nodes[i]!;
    const bootstrap = this.nodes
      .map((o, j) => `/ip4/${this.topology.address(j)}/tcp/${P2P_PORT}/p2p/${o.peerId}`)
      .filter((_, j) => j !== i);
    n.proc = await startNodeProcess(
      [
        "--data-dir",
        n.dataDir,
        "--genesis",
        join(this.dir, "genesis.json"),
        "--key",
        join(this.dir, `validator-${i}.json`),
        "--api-host",
        "127.0.0.1",
        "--api-port",
        "0",
        "--p2p-host",
        this.topology.address(i),
        "--p2p-port",
        String(P2P_PORT),
        "--bootstrap",
        bootstrap.join(","),
        "--block-time",
        String(this.blockTimeMs),
      ],
      // Generous: on a shared 2-core machine under load a node's start-up has taken over a minute.
      120_000,
      this.topology.execPrefix(i),
    );
    const [cmd, ...args] = this.topology.execPrefix(i);
    n.bridge = spawn(
      cmd!,
      [...args, process.execPath, "--import", "tsx", join(import.meta.dirname, "httpBridge.ts")],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    n.api = new BridgedApi(n.bridge, n.proc.apiUrl);
  }

  api(i: number): BridgedApi {
    return this.nodes[i]!.api!;
  }

  heights(): Promise<number[]> {
    return Promise.all(this.nodes.map((n) => n.api!.height()));
  }

  /** Transfers refused by a node (code: message), e.g. a full mempool; reported by the scenario. */
  readonly rejected = new Map<string, number>();

  /**
   * Signs `count` transfers from node's own funded sender (one sender per node, so each node sees
   * that sender's nonces in order) and submits them as one batch; returns the accepted hashes.
   */
  async submitTransfers(node: number, count: number): Promise<string[]> {
    const s = this.senders[node]!;
    const txs: string[] = [];
    for (let k = 0; k < count; k++) {
      const nonce = this.nonces.get(s.addressHex) ?? 0;
      this.nonces.set(s.addressHex, nonce + 1);
      txs.push(toHex(signedTransfer(s, this.sink, 1n, nonce).bytes));
    }
    let r: { results: { hash?: string; code?: string; message?: string }[] };
    try {
      r = await this.api(node).request("POST", "/txs/batch", { txs });
    } catch (err) {
      // No answer in time (a loaded node, which may still have taken them): counted as refused.
      const reason = `submit failed: ${(err as Error).message}`;
      this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + count);
      return [];
    }
    const accepted: string[] = [];
    for (const x of r.results) {
      if (x.hash && !x.code) accepted.push(x.hash);
      else {
        const reason = `${x.code}: ${x.message}`;
        this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
      }
    }
    return accepted;
  }

  async blockHashes(height: number): Promise<string[]> {
    return Promise.all(
      this.nodes.map(
        async (n) =>
          (await n.api!.request<{ header: { hash: string } }>("GET", `/blocks/${height}`)).header.hash,
      ),
    );
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.nodes.map(async (n) => {
        if (n.proc && n.proc.child.exitCode === null) {
          n.proc.child.kill("SIGTERM");
          const killer = setTimeout(() => n.proc?.child.kill("SIGKILL"), 10_000);
          await n.proc.exited;
          clearTimeout(killer);
        }
        n.bridge?.stdin?.end();
        if (n.bridge && n.bridge.exitCode === null) n.bridge.kill("SIGKILL");
      }),
    );
    this.topology.destroySync();
    process.removeListener("exit", this.killChildren);
  }
}

export interface NetnsScenarioResult {
  /** Transfers accepted and committed, the load window (ms), and commits per second from its start. */
  committed: number;
  submitted: number;
  /** Transfers a node refused, by reason (a rejected nonce shifts the sender's later ones: none expected). */
  rejected: Record<string, number>;
  loadMs: number;
  txPerSecond: number;
  /** Submit (accepted by a node) → committed in a block seen on node 0, ms. */
  finalityP50Ms: number;
  finalityP99Ms: number;
  /** Highest height when the partition had settled, and after the 2|2 partition held. */
  heightAtSplit: number;
  heightAfterSplit: number;
  /** Heal → every node committed a new block, ms (undefined: never within the timeout). */
  recoveryMs: number | undefined;
  /** Heights compared on all 4 nodes, and those where they differ (must be empty). */
  heightsCompared: number;
  forks: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function waitFor(cond: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond().catch(() => false)) return true;
    await sleep(100);
  }
  return false;
}

/** The shared scenario (see the file comment). Throws only when the network never starts. */
export async function runNetnsScenario(
  net: NetnsValidatorNet,
  opts: { loadMs: number; batch: number; batchEveryMs: number; partitionMs: number },
): Promise<NetnsScenarioResult> {
  // Generous: under heavy load from other processes the first blocks have taken over a minute here.
  if (!(await waitFor(async () => Math.min(...(await net.heights())) >= 2, 120_000))) {
    throw new Error(`the validators did not finalize 2 blocks within 120 s: heights ${await net.heights()}`);
  }
  // Load: batches of transfers to each node in turn; node 0's blocks tell when each is committed.
  const submittedAt = new Map<string, number>();
  const latencies: number[] = [];
  let watched = (await net.heights())[0]!;
  let loading = true;
  const loadStart = Date.now();
  let loadEnd = loadStart + opts.loadMs;
  let lastCommitAt = loadStart;
  const watcher = (async () => {
    while (loading || latencies.length < submittedAt.size) {
      if (!loading && Date.now() > loadEnd + 30_000) break;
      try {
        const height = await net.api(0).height();
        for (let h = watched + 1; h <= height; h++) {
          const block = await net.api(0).request<{ txs: { hash: string }[] }>("GET", `/blocks/${h}`);
          const now = Date.now();
          for (const t of block.txs) {
            const at = submittedAt.get(t.hash);
            if (at === undefined) continue;
            latencies.push(now - at);
            lastCommitAt = now;
          }
          watched = h;
        }
      } catch {
        // a slow answer from a loaded node: ask again (the blocks are still there)
      }
      await sleep(50);
    }
  })();
  for (let k = 0; Date.now() < loadStart + opts.loadMs; k++) {
    const sent = Date.now();
    for (const hash of await net.submitTransfers(k % 4, opts.batch)) submittedAt.set(hash, sent);
    await sleep(Math.max(0, opts.batchEveryMs - (Date.now() - sent)));
  }
  loadEnd = Date.now();
  loading = false;
  await watcher;
  const sorted = [...latencies].sort((a, b) => a - b);

  // 2|2 partition: neither side has > 2/3 of the power, so nothing may be finalized.
  net.topology.partition();
  await sleep(2_000); // a block already decided before the cut may still be committed
  const heightAtSplit = Math.max(...(await net.heights()));
  await sleep(opts.partitionMs);
  const heightAfterSplit = Math.max(...(await net.heights()));
  const healedAt = Date.now();
  net.topology.heal();
  const recovered = await waitFor(
    async () => Math.min(...(await net.heights())) >= heightAfterSplit + 3,
    60_000,
  );
  const recoveryMs = recovered ? Date.now() - healedAt : undefined;

  // Safety: the same block at every height on every node.
  const top = Math.min(...(await net.heights()));
  const forks: number[] = [];
  for (let h = 1; h <= top; h++) {
    if (new Set(await net.blockHashes(h)).size !== 1) forks.push(h);
  }
  return {
    committed: latencies.length,
    submitted: submittedAt.size,
    rejected: Object.fromEntries(net.rejected),
    loadMs: loadEnd - loadStart,
    txPerSecond: Math.round((latencies.length * 1000) / Math.max(1, lastCommitAt - loadStart)),
    finalityP50Ms: percentile(sorted, 50),
    finalityP99Ms: percentile(sorted, 99),
    heightAtSplit,
    heightAfterSplit,
    recoveryMs,
    heightsCompared: top,
    forks,
  };
}
