/**
 * `poco worker` (a worker agent) and `poco scheduler` (a workerpool's scheduler service). The scheduler
 * serves every deal of its workerpool, found through the node's per-workerpool deal index.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { parseRlc } from "./amount.js";
import { ApiClient } from "./apiClient.js";
import { intOption } from "./args.js";
import { readPassword } from "./txSubmit.js";

// The worker, the scheduler service and the crypto are imported inside the actions (see main.ts).

const DEFAULT_API = "http://127.0.0.1:8080";

function onSignals(stop: () => Promise<void>): void {
  const handler = () => void stop().then(() => process.exit(0));
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}

export function registerWorkerCommands(program: Command): void {
  program
    .command("devnet-market")
    .description(
      "fund the devnet's app owner, scheduler, requester and workers, register the sample apps and a workerpool (docker-compose)",
    )
    .requiredOption(
      "--data-dir <dir>",
      "devnet directory (faucet key from devnet-init; writes market.json and apps/)",
    )
    .option("--api <url>", "node API", DEFAULT_API)
    .option("--workers <n>", "worker keys to fund", intOption("--workers", 1, 64), 3)
    .action(async (opts: { dataDir: string; api: string; workers: number }) => {
      const [{ readKeyFile }, { setupDevnetMarket }] = await Promise.all([
        import("../crypto/keys.js"),
        import("./devnetWorkers.js"),
      ]);
      const api = new ApiClient(opts.api);
      const { chainId } = await api.status();
      const faucet = await readKeyFile(join(opts.dataDir, "keys", "faucet.json"));
      const { market } = await setupDevnetMarket(api, opts.dataDir, faucet, chainId, opts.workers);
      console.log(JSON.stringify({ workerpool: market.workerpool, apps: market.apps }));
    });

  program
    .command("worker")
    .description(
      "run a worker: heartbeats to a workerpool scheduler, runs assigned tasks, contributes and reveals",
    )
    .requiredOption("--key <file>", "worker key file (its account pays the stake)")
    .option("--password-file <file>", "password of an encrypted key file")
    .requiredOption("--scheduler-url <url>", "the workerpool scheduler service")
    .option("--api <url>", "node API", DEFAULT_API)
    .option("--stake <rlc>", "free stake to hold", "100")
    .option("--app-store <dir>", "directory of store: apps", ".data/apps")
    .option("--host <host>", "results server listen address", "127.0.0.1")
    .option("--port <port>", "results server port (0 = any)", intOption("--port", 0, 65535), 0)
    .option(
      "--public-url <url>",
      "the results server's URL as requesters reach it (default http://<host>:<port>), e.g. http://worker-0:7100",
    )
    .option("--capacity <n>", "tasks run at once", intOption("--capacity", 1, 256), 4)
    .action(
      async (opts: {
        key: string;
        passwordFile?: string;
        schedulerUrl: string;
        api: string;
        stake: string;
        appStore: string;
        host: string;
        port: number;
        publicUrl?: string;
        capacity: number;
      }) => {
        if (opts.publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(opts.publicUrl))
          throw new Error(`--public-url must be an http(s) URL, not ${opts.publicUrl}`);
        const stake = parseRlc(opts.stake);
        const [{ readKeyFile }, { WorkerAgent }, { createLogger }] = await Promise.all([
          import("../crypto/keys.js"),
          import("../worker/workerAgent.js"),
          import("./logger.js"),
        ]);
        const key = await readKeyFile(opts.key, readPassword(opts.passwordFile));
        const api = new ApiClient(opts.api);
        const { chainId } = await api.status();
        const agent = new WorkerAgent({
          api,
          chainId,
          key,
          schedulerUrl: opts.schedulerUrl,
          stake,
          appStoreDir: opts.appStore,
          host: opts.host,
          port: opts.port,
          publicUrl: opts.publicUrl,
          capacity: opts.capacity,
          logger: createLogger(),
        });
        await agent.start();
        console.log(JSON.stringify({ event: "ready", worker: key.addressHex }));
        onSignals(() => agent.stop());
      },
    );

  program
    .command("scheduler")
    .description(
      "run a workerpool's scheduler service: admits workers, assigns tasks of its deals, finalizes",
    )
    .requiredOption("--key <file>", "the workerpool owner's key file")
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--workerpool <address>", "the workerpool's address")
    .option("--workerpool-file <file>", "read the workerpool address from this market.json (devnet)")
    .option("--api <url>", "node API", DEFAULT_API)
    .option("--host <host>", "listen address (workers connect here)", "127.0.0.1")
    .option("--port <port>", "port", intOption("--port", 0, 65535), 7070)
    .action(
      async (opts: {
        key: string;
        passwordFile?: string;
        workerpool?: string;
        workerpoolFile?: string;
        api: string;
        host: string;
        port: number;
      }) => {
        const address = opts.workerpoolFile
          ? (JSON.parse(readFileSync(opts.workerpoolFile, "utf8")) as { workerpool: string }).workerpool
          : opts.workerpool;
        if (!address) throw new Error("--workerpool or --workerpool-file is required");
        const [{ parseAddress }, { toHex }, { readKeyFile }, { SchedulerService }, { createLogger }] =
          await Promise.all([
            import("../crypto/address.js"),
            import("../crypto/hash.js"),
            import("../crypto/keys.js"),
            import("../workerpool/schedulerService.js"),
            import("./logger.js"),
          ]);
        const workerpool = toHex(parseAddress(address));
        const key = await readKeyFile(opts.key, readPassword(opts.passwordFile));
        const api = new ApiClient(opts.api);
        const { chainId } = await api.status();
        const service = new SchedulerService({
          api,
          chainId,
          key,
          workerpool,
          host: opts.host,
          port: opts.port,
          logger: createLogger(),
        });
        await service.start();
        console.log(JSON.stringify({ event: "ready", url: service.url, workerpool }));
        onSignals(async () => {
          await service.stop();
        });
      },
    );
}
