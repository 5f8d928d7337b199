/**
 * 4 honest validator processes (`poco node`) and 1 byzantine validator process (byzantinePeer.ts, run
 * with tsx) on 127.0.0.1, for the real-process byzantine e2e test and benchmark. The byzantine key is
 * the 5th of the genesis set (power 10 of 50): the honest four are a quorum without it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ApiClient } from "../../node/cli/apiClient.js";
import { type KeyPair, writeKeyFile } from "../../node/crypto/keys.js";
import { DEFAULT_VALIDATOR_PARAMS } from "../../node/execution/validatorParams.js";
import type { AttackName, ByzantinePeerConfig } from "./byzantinePeer.js";
import { testKey } from "./fixtures.js";
import { ValidatorNet } from "./validatorNet.js";

export interface AttackStats {
  attack: string;
  sent: number;
  offences: string[];
  identities: number;
}

export interface ValidatorRecord {
  address: string;
  power: number;
  active: boolean;
  bonded: string;
  jailed: boolean;
  jailedUntil: number;
  timesSlashed: number;
}

/** Blocks a slashed validator stays jailed: short, so one run can slash it for several offences. */
export const TEST_JAIL_BLOCKS = 10;

export class ByzantineProcessNet {
  readonly net: ValidatorNet;
  readonly byzKey: KeyPair = testKey(4);
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private events: Record<string, unknown>[] = [];
  private waiters: { event: string; resolve: (e: Record<string, unknown>) => void }[] = [];
  byzApi = "";

  constructor(
    private readonly dir: string,
    private readonly blockTimeMs = 200,
    extraFunded: KeyPair[] = [],
  ) {
    // The byzantine validator is funded too (it pays for its unjail transactions).
    this.net = new ValidatorNet(dir, 5, blockTimeMs, [testKey(4), ...extraFunded]);
  }

  get honest() {
    return this.net.nodes.slice(0, 4);
  }

  async prepare(): Promise<void> {
    this.net.customizeGenesis = (genesis) => {
      genesis.validatorParams = { ...DEFAULT_VALIDATOR_PARAMS, jailBlocks: TEST_JAIL_BLOCKS };
    };
    this.net.readyTimeoutMs = 120_000; // a deadline fit for a loaded machine
    await this.net.prepare();
    await writeKeyFile(join(this.dir, "validator-4-stranger.json"), testKey(77));
  }

  /** One at a time: four processes starting at once on 2 loaded cores can miss the ready deadline. */
  async startHonest(): Promise<void> {
    for (const i of [0, 1, 2, 3]) await this.net.start(i);
  }

  async startByzantine(): Promise<void> {
    const byz = this.net.nodes[4]!;
    const config: ByzantinePeerConfig = {
      dataDir: byz.dataDir,
      genesisPath: join(this.dir, "genesis.json"),
      keyPath: join(this.dir, "validator-4.json"),
      p2pPort: byz.p2pPort,
      bootstrap: this.honest.map((n) => this.net.addrOf(n)),
      blockTimeMs: this.blockTimeMs,
    };
    const configPath = join(this.dir, "byzantine.json");
    writeFileSync(configPath, JSON.stringify(config));
    const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/byzantinePeer.ts", configPath], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (process.env.BYZ_LOG_FILE) appendFileSync(process.env.BYZ_LOG_FILE, `${line}\n`);
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(line);
      } catch {
        return;
      }
      this.events.push(event);
      const i = this.waiters.findIndex((w) => w.event === event.event);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(event);
    });
    const ready = await Promise.race([
      this.next("ready"),
      this.exited.then((code) => {
        throw new Error(`byzantine process exited with ${code}: ${stderr}`);
      }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`byzantine process not ready: ${stderr}`)), 120_000),
      ),
    ]);
    this.byzApi = ready.api as string;
  }

  private next(event: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiters.push({ event, resolve }));
  }

  private send(command: Record<string, unknown>): void {
    this.child!.stdin!.write(`${JSON.stringify(command)}\n`);
  }

  /** Starts an attack (or "none"); returns the stats of the attack it stopped, if any. */
  async attack(name: AttackName | "none"): Promise<AttackStats | undefined> {
    const started = this.next("started");
    const before = this.events.length;
    this.send({ attack: name });
    await started;
    const stats = this.events.slice(before).find((e) => e.event === "stats");
    return stats as AttackStats | undefined;
  }

  async unjail(): Promise<string> {
    const answer = this.next("unjail");
    this.send({ cmd: "unjail" });
    return (await answer).result as string;
  }

  /** The byzantine validator's record as `node` sees it. */
  async byzRecord(index: number): Promise<ValidatorRecord> {
    const { validators } = await this.net.nodes[index]!.api!.request<{ validators: ValidatorRecord[] }>(
      "GET",
      "/validators",
    );
    const record = validators.find((v) => v.address.toLowerCase() === this.byzKey.addressHex.toLowerCase());
    if (!record) throw new Error("the byzantine validator has no record");
    return record;
  }

  /** The byzantine process's own node's status. */
  async byzStatus(): Promise<{ height: number }> {
    return new ApiClient(this.byzApi).status();
  }

  async stop(): Promise<void> {
    if (this.child) {
      this.child.stdin!.end();
      const timer = setTimeout(() => this.child?.kill("SIGKILL"), 10_000);
      await this.exited;
      clearTimeout(timer);
      this.child = undefined;
    }
    await this.net.stopAll();
  }
}

/** The bond left after `n` slashes of `percent` each (integer division, as the state machine does). */
export function bondAfterSlashes(initial: bigint, n: number, percent: bigint): bigint {
  let bond = initial;
  for (let i = 0; i < n; i++) bond -= (bond * percent) / 100n;
  return bond;
}
