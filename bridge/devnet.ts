/**
 * Local bridge devnets for tests and benchmarks: an Anvil node on 127.0.0.1 (from the
 * `@foundry-rs/anvil` npm package) and a single-process sidechain (the real Chain, store and state
 * machine) whose blocks are committed with precommits of every validator key.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JsonRpcProvider } from "ethers";
import { encodeCommit, signVote } from "../consensus/vote.js";
import { Chain } from "../node/chain/chain.js";
import type { Genesis } from "../node/chain/genesis.js";
import { toHex } from "../node/crypto/hash.js";
import type { KeyPair } from "../node/crypto/keys.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import type { TxReceipt } from "../node/execution/blockExecutor.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { readAccount } from "../node/state/accounts.js";
import type { StateReader } from "../node/state/stateOverlay.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../node/tx/signedTx.js";
import type { ValidatorPower } from "./bridgeModule.js";
import { type BridgeDomain, buildCheckpoint, type Checkpoint, signCheckpoint } from "./checkpoint.js";
import { freePort } from "./freePort.js";

// ───────────────────────────── Anvil ─────────────────────────────

export interface Anvil {
  url: string;
  port: number;
  provider: JsonRpcProvider;
  stop(): Promise<void>;
}

/**
 * A watchdog between a parent and Anvil (plain CommonJS for `node -e`): starts Anvil, writes its pid
 * to the pid file (if any), and stops it when the parent's pipe on its stdin closes — which the
 * kernel does when the parent dies, even by SIGKILL — or on a signal; it exits when Anvil exits.
 * Node has no prctl(PR_SET_PDEATHSIG), so a pipe is the portable "parent death" signal.
 */
const ANVIL_WATCHDOG = `
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const [pidFile, bin, ...args] = process.argv.slice(1);
const child = spawn(bin, args, { stdio: "ignore" });
if (pidFile && child.pid) fs.writeFileSync(pidFile, child.pid + "\\n");
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  setTimeout(() => child.kill("SIGKILL"), 3000).unref();
};
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, stop);
child.on("exit", (code) => {
  if (pidFile) {
    try {
      if (fs.readFileSync(pidFile, "utf8").trim() === String(child.pid)) fs.rmSync(pidFile);
    } catch {}
  }
  process.exit(code ?? 0);
});
`;

/** Whether `pid` is a live process whose command line names anvil (Linux /proc; false elsewhere). */
function isAnvilProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("anvil");
  } catch {
    return false;
  }
}

/**
 * Stops an Anvil left running by an earlier start whose pid file is still there (its parent and
 * watchdog were both killed): two Anvils must never share one state file.
 */
export async function stopStaleAnvil(pidFile: string): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  rmSync(pidFile, { force: true });
  if (!Number.isSafeInteger(pid) || pid <= 1 || !isAnvilProcess(pid)) return undefined;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 5_000;
  while (isAnvilProcess(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAnvilProcess(pid)) process.kill(pid, "SIGKILL");
  return pid;
}

/**
 * Starts Anvil on 127.0.0.1 (a free port unless `listen.port`) behind a watchdog child, so it stops
 * with this process even when this process is killed with SIGKILL; with `pidFile`, a stale Anvil of
 * an earlier start is stopped first and the new one's pid recorded. Resolves once it answers JSON-RPC.
 */
export async function startAnvil(
  extraArgs: string[] = [],
  listen: { host?: string; port?: number; pidFile?: string } = {},
): Promise<Anvil> {
  if (listen.pidFile) await stopStaleAnvil(listen.pidFile);
  const port = listen.port || (await freePort());
  const host = listen.host ?? "127.0.0.1";
  const modules = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules");
  // The platform package's binary itself when present (the .bin launcher is one more node process).
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  const native = join(modules, "@foundry-rs", `anvil-${process.platform}-${arch}`, "bin", "anvil");
  const bin = existsSync(native) ? native : join(modules, ".bin", "anvil");
  const anvilArgs = ["--host", host, "--port", String(port), "--silent", ...extraArgs];
  const child: ChildProcess = spawn(
    process.execPath,
    ["-e", ANVIL_WATCHDOG, "--", listen.pidFile ?? "", bin, ...anvilArgs],
    { stdio: ["pipe", "ignore", "ignore"] },
  );
  // The pipe stays open for the watchdog's life; it must not keep this process alive by itself.
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGTERM"); // the watchdog stops Anvil, if it started at all
      throw new Error(`anvil did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const provider = new JsonRpcProvider(url, undefined, {
    staticNetwork: true,
    pollingInterval: 50,
    cacheTimeout: -1,
  });
  return {
    url,
    port,
    provider,
    async stop() {
      provider.destroy();
      if (child.exitCode === null) {
        // the watchdog stops Anvil (SIGTERM, SIGKILL after 3 s) and exits with it
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      child.stdin?.destroy();
    },
  };
}

/** Anvil's well-known dev account keys (mnemonic "test test … junk"). */
export const ANVIL_KEYS = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
];

// ───────────────────────────── sidechain ─────────────────────────────

export interface ProducedBlock {
  height: number;
  hash: Uint8Array;
  stateRoot: Uint8Array;
  receipts: TxReceipt[];
}

/**
 * A one-process sidechain: a real `Chain` (level store, full state machine including the bridge
 * module) whose blocks every validator key precommits. Transactions wait in `pool` until `mine()`.
 */
export class LocalSidechain {
  readonly pool: Uint8Array[] = [];
  private time: number;
  private readonly pendingNonces = new Map<string, number>();
  lastBlock: ProducedBlock | undefined;
  /** The bridge deployment `headCheckpoint` signs for by default (set once the bridge is deployed). */
  domain: BridgeDomain | undefined;

  private constructor(
    readonly chain: Chain,
    private readonly db: ChainDb,
    readonly validatorKeys: KeyPair[],
  ) {
    this.time = chain.head.header.timeMs;
  }

  static async open(dir: string, genesis: Genesis, validatorKeys: KeyPair[]): Promise<LocalSidechain> {
    const db = await ChainDb.open(join(dir, "chain"));
    const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    return new LocalSidechain(chain, db, validatorKeys);
  }

  get chainId(): number {
    return this.chain.chainId;
  }

  get state(): StateReader {
    return this.chain.state;
  }

  get height(): number {
    return this.chain.head.height;
  }

  balance(address: string): bigint {
    return readAccount(this.chain.state, address).balance;
  }

  /** The nonce for the sender's next transaction (committed nonce + transactions waiting in the pool). */
  nextNonce(address: string): number {
    const a = address.toLowerCase();
    const committed = readAccount(this.chain.state, a).nonce;
    const pending = this.pendingNonces.get(a);
    return pending !== undefined && pending > committed ? pending : committed;
  }

  submit(bytes: Uint8Array): void {
    const vtx = decodeAndVerifyTx(bytes, this.chainId);
    this.pendingNonces.set(vtx.senderHex, vtx.nonce + 1);
    this.pool.push(bytes);
  }

  /** Loses every pooled transaction (as a crashed or censoring proposer would). */
  discardPool(): number {
    this.pendingNonces.clear();
    return this.pool.splice(0).length;
  }

  /** Mines blocks until the pool is empty (at most `maxBlocks`); returns the blocks' receipts. */
  async mineAll(maxBlocks = 20): Promise<ProducedBlock["receipts"]> {
    const receipts: ProducedBlock["receipts"] = [];
    for (let i = 0; i < maxBlocks && (i === 0 || this.pool.length > 0); i++)
      receipts.push(...(await this.mine()).receipts);
    return receipts;
  }

  /** Builds and commits one block with the pooled transactions that fit; the rest wait in the pool. */
  async mine(): Promise<ProducedBlock> {
    const txs = this.pool.splice(0).map((b) => decodeAndVerifyTx(b, this.chainId));
    this.time += 500;
    const height = this.chain.head.height + 1;
    const proposer = this.validatorKeys[height % this.validatorKeys.length]!;
    const pending = this.chain.buildBlock(txs, this.time, proposer.address, 0);
    const precommits = this.validatorKeys.map((k) =>
      signVote(
        {
          chainId: this.chainId,
          type: "precommit",
          height,
          round: 0,
          blockHash: pending.hash,
          timeMs: pending.header.timeMs,
          validator: k.address,
        },
        k.privateKey,
        defaultBackend,
      ),
    );
    await this.chain.commitBlock(pending, encodeCommit(height, 0, pending.hash, precommits), { sync: false });
    this.pendingNonces.clear();
    // Like a mempool: what did not fit this block's gas waits for the next one (stale nonces go).
    for (const tx of pending.dropped) {
      if (tx.nonce < this.chain.executor.expectedNonce(this.chain.state, tx.senderHex)) continue;
      this.pool.push(tx.bytes);
      this.pendingNonces.set(tx.senderHex, Math.max(this.pendingNonces.get(tx.senderHex) ?? 0, tx.nonce + 1));
    }
    this.lastBlock = {
      height,
      hash: pending.hash,
      stateRoot: pending.header.stateRoot,
      receipts: pending.receipts,
    };
    return this.lastBlock;
  }

  /** The checkpoint of the head block (what every validator computes from its own state). */
  headCheckpoint(
    domain: BridgeDomain | undefined = this.domain,
  ): Checkpoint & { withdrawalCount: number; nextValidators: ValidatorPower[] } {
    if (!domain) throw new Error("no bridge domain: set `domain` or pass one");
    const head = this.chain.head;
    return buildCheckpoint(
      domain,
      this.chainId,
      head.height,
      head.hash,
      head.header.stateRoot,
      this.chain.state,
    );
  }

  /** Each validator key's signature of `cp` (address → Ethereum-form signature). */
  signAll(cp: Checkpoint, keys: KeyPair[] = this.validatorKeys): Map<string, Uint8Array> {
    return new Map(keys.map((k) => [toHex(k.address), signCheckpoint(cp, k.privateKey)]));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
