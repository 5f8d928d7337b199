/**
 * Start-up time of the `poco` command: wall time from spawning `node bin/poco.js …` to its exit, for
 * `--help`, client reads against a running node (`status`, `balance`, `deal show`, `fees`), `keys
 * show` (loads the key and crypto modules) and a signing command's fee quote (`tx transfer
 * --dry-run`: key, protobuf, crypto and two API calls), run
 * from the compiled dist/ (what users run after `npm install`) and from the TypeScript sources through
 * tsx (POCO_FROM_SOURCE=1), next to a bare `node -e 0`. Median of RUNS runs each.
 */
import { execFile, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { pino } from "pino";
import { writeKeyFile } from "../node/crypto/keys.js";
import { PocoNode } from "../node/pocoNode.js";
import { RLC, tempDir, testGenesis, testKey } from "../test/helpers/fixtures.js";
import type { BenchResult } from "./types.js";

const RUNS = 7;
const exec = promisify(execFile);

async function medianMs(args: string[], env: Record<string, string | undefined>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    // `deal show` of an unknown deal exits 1 after the node's 404: the same path as a found one
    await exec(process.execPath, args, { env: { ...process.env, ...env }, timeout: 120_000 }).catch(
      (err: { code?: unknown }) => {
        if (typeof err.code !== "number") throw err;
      },
    );
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)]!);
}

export async function run(): Promise<BenchResult[]> {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" }); // dist/ current
  const dir = tempDir("poco-bench-cli-");
  const validator = testKey(0);
  const node = await PocoNode.start({
    dataDir: join(dir, "node"),
    genesis: testGenesis(validator, [testKey(1)], 1_000n * RLC),
    validatorKey: validator,
    api: { host: "127.0.0.1", port: 0 },
    producer: { blockTimeMs: 500 },
    logger: pino({ level: "silent" }),
  });
  const keyFile = join(dir, "key.json");
  await writeKeyFile(keyFile, testKey(1));
  try {
    const results: BenchResult[] = [
      { name: "node -e 0 (baseline)", value: await medianMs(["-e", "0"], {}), unit: "ms" },
    ];
    const commands: [string, string[]][] = [
      ["poco --help", ["--help"]],
      ["poco status --api …", ["status", "--api", node.apiUrl]],
      ["poco balance 0x…", ["balance", testKey(1).addressHex, "--api", node.apiUrl]],
      ["poco deal show 0x…", ["deal", "show", `0x${"ab".repeat(32)}`, "--api", node.apiUrl]],
      ["poco fees --json", ["fees", "--json", "--api", node.apiUrl]],
      ["poco task claim --help", ["task", "claim", "--help"]],
      ["poco keys show --key …", ["keys", "show", "--key", keyFile]],
      [
        "poco tx transfer --dry-run",
        [
          "tx",
          "transfer",
          "--key",
          keyFile,
          "--to",
          testKey(2).addressHex,
          "--amount",
          "1",
          "--dry-run",
          "--api",
          node.apiUrl,
        ],
      ],
    ];
    for (const [from, env] of [
      ["dist", { POCO_FROM_SOURCE: undefined }],
      ["sources via tsx", { POCO_FROM_SOURCE: "1" }],
    ] as const) {
      for (const [name, args] of commands) {
        const value = await medianMs(["bin/poco.js", ...args], env);
        results.push({ name: `${name} (${from})`, value, unit: "ms", note: `median of ${RUNS}` });
      }
    }
    return results;
  } finally {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
