/**
 * A network of validator processes on 127.0.0.1 for e2e tests: keys, genesis, peer identities and
 * ports prepared up front, so every node bootstraps from every other and any of them can be killed
 * (SIGKILL) and restarted with the same identity and data.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../../bridge/freePort.js";
import { type Genesis, genesisToJSON } from "../../node/chain/genesis.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import { type KeyPair, writeKeyFile } from "../../node/crypto/keys.js";
import { loadOrCreatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { RLC, testGenesis, testKey } from "./fixtures.js";
import { type NodeProcess, startNodeProcess } from "./nodeProcess.js";

export { freePort };

export interface NetNode {
  index: number;
  key: KeyPair;
  dataDir: string;
  p2pPort: number;
  peerId: string;
  proc?: NodeProcess;
  api?: ApiClient;
}

export class ValidatorNet {
  readonly nodes: NetNode[] = [];
  genesis!: Genesis;
  readonly funded: KeyPair[] = [testKey(100), testKey(101), testKey(102), testKey(103)];
  /** How long a started node may take to report ready (longer on an oversubscribed machine). */
  readyTimeoutMs = 20_000;
  /** Applied to the genesis before it is written (fee or validator parameters of a scenario). */
  customizeGenesis: (genesis: Genesis) => void = () => {};
  /** More `poco node` arguments for every validator (e.g. --snapshot-interval). */
  extraArgs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly size: number,
    private readonly blockTimeMs = 200,
    /** More funded accounts (load generators). */
    private readonly extraFunded: KeyPair[] = [],
  ) {}

  async prepare(): Promise<void> {
    const keys = Array.from({ length: this.size }, (_, i) => testKey(i));
    this.genesis = testGenesis(keys[0]!, [...this.funded, ...this.extraFunded], 1_000_000n * RLC);
    this.genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    this.customizeGenesis(this.genesis);
    writeFileSync(join(this.dir, "genesis.json"), JSON.stringify(genesisToJSON(this.genesis)));
    for (const [index, key] of keys.entries()) {
      const dataDir = join(this.dir, `node-${index}`);
      await writeKeyFile(join(this.dir, `validator-${index}.json`), key);
      const peerId = peerIdOf(await loadOrCreatePeerKey(dataDir));
      this.nodes.push({ index, key, dataDir, p2pPort: await freePort(), peerId });
    }
  }

  addrOf(n: NetNode): string {
    return `/ip4/127.0.0.1/tcp/${n.p2pPort}/p2p/${n.peerId}`;
  }

  async start(index: number): Promise<NetNode> {
    const n = this.nodes[index]!;
    const bootstrap = this.nodes.filter((o) => o !== n).map((o) => this.addrOf(o));
    n.proc = await startNodeProcess(
      [
        "--data-dir",
        n.dataDir,
        "--genesis",
        join(this.dir, "genesis.json"),
        "--key",
        join(this.dir, `validator-${index}.json`),
        "--api-port",
        "0",
        "--p2p-port",
        String(n.p2pPort),
        "--bootstrap",
        bootstrap.join(","),
        "--block-time",
        String(this.blockTimeMs),
        ...this.extraArgs,
      ],
      this.readyTimeoutMs,
    );
    n.api = new ApiClient(n.proc.apiUrl);
    return n;
  }

  async kill(index: number): Promise<void> {
    const n = this.nodes[index]!;
    n.proc?.child.kill("SIGKILL");
    await n.proc?.exited;
    n.proc = undefined;
    n.api = undefined;
  }

  async stopAll(): Promise<void> {
    for (const n of this.nodes) {
      if (!n.proc) continue;
      n.proc.child.kill("SIGTERM");
      await n.proc.exited;
      n.proc = undefined;
    }
  }

  /** Starts every node at once. */
  async startAll(): Promise<NetNode[]> {
    return Promise.all(this.nodes.map((n) => this.start(n.index)));
  }

  running(): NetNode[] {
    return this.nodes.filter((n) => n.proc);
  }

  async heights(nodes = this.running()): Promise<number[]> {
    return Promise.all(nodes.map(async (n) => (await n.api!.status()).height));
  }
}

export async function waitFor(cond: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
