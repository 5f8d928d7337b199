/**
 * Registries and stakes: `poco app|dataset|workerpool register` (prints the address the chain gives
 * the asset), `poco app|dataset list`, `poco workerpool list|show`, `poco category register` (the chain
 * admin only), and `poco stake` / `poco unstake` (free balance ↔ the stake workers and schedulers put
 * up in deals).
 */
import type { Command } from "commander";
import { parseRlc } from "./amount.js";
import { ApiClient } from "./apiClient.js";
import { address20, hexBytes, intInRange } from "./args.js";
import type { AssetKind } from "./assetAddress.js";
import { CliError } from "./cliError.js";
import { addJsonOption, emit } from "./output.js";
import {
  addTxOptions,
  DEFAULT_API,
  printSubmitted,
  signAndSubmit,
  type TxBody,
  type TxOptions,
} from "./txSubmit.js";

// Crypto and protobuf are loaded by signAndSubmit, and assetAddress.js inside the actions (main.ts).

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;

async function registered(
  kind: AssetKind,
  opts: TxOptions,
  body: (ctx: { fromHex: (h: string, n: number) => Uint8Array }) => TxBody,
): Promise<void> {
  const [{ assetAddress }, { toChecksumAddress }, { fromHex }] = await Promise.all([
    import("./assetAddress.js"),
    import("../crypto/address.js"),
    import("../crypto/hash.js"),
  ]);
  let address = "";
  const sent = await signAndSubmit(opts, ({ key, nonce }) => {
    address = toChecksumAddress(fromHex(assetAddress(kind, key.address, nonce), 20));
    return body({ fromHex });
  });
  if (sent) printSubmitted(sent, { [kind]: address });
}

function listCommand(group: Command, what: "app" | "dataset"): void {
  addJsonOption(
    group
      .command("list")
      .description(`print registered ${what}s: address, owner, name, URI and checksum (address order)`),
  )
    .option("--owner <address>", `only the ${what}s of this owner`)
    .option("--limit <n>", `${what}s to read (1..200)`, "50")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      examples(`poco ${what} list --limit 10`, `poco ${what} list --owner 0xOwner --json`),
    )
    .action(async (opts: { limit: string; owner?: string; api: string; json?: boolean }) => {
      const limit = intInRange("--limit", opts.limit, 1, 200);
      const owner = opts.owner === undefined ? undefined : address20("--owner", opts.owner);
      const key = `${what}s`;
      const page = await new ApiClient(opts.api).request<Record<string, { owner: string }[]>>(
        "GET",
        `/${key}?limit=${limit}`,
      );
      const items = (page[key] ?? []).filter((a) => !owner || a.owner.toLowerCase() === owner);
      emit(opts, { [key]: items });
    });
  addJsonOption(
    group
      .command("show")
      .description(`print a registered ${what}: owner, name, URI and checksum`)
      .argument("<address>", `${what} 0x address`),
  )
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples(`poco ${what} show 0x${what === "app" ? "App" : "Dataset"}`))
    .action(async (address: string, opts: { api: string; json?: boolean }) => {
      const a = address20(what, address);
      emit(opts, await new ApiClient(opts.api).request("GET", `/${what}s/${a}`));
    });
}

export function registerRegistryCommands(program: Command): void {
  const app = program.command("app").description("register and list apps");
  addTxOptions(app.command("register").description("register an app; prints its address"), "owner key file")
    .requiredOption("--name <name>", "app name")
    .requiredOption("--uri <uri>", "where workers fetch the app (e.g. https://…/app.wasm)")
    .requiredOption("--checksum <0x…>", "checksum of the app's bytes (32 bytes hex)")
    .option("--mrenclave <hex>", "TEE enclave measurement (hex)")
    .addHelpText(
      "after",
      examples(
        "poco app register --key dev.json --name pi --uri https://example.org/pi.wasm --checksum 0x<64 hex>",
      ),
    )
    .action(async (opts: TxOptions & { name: string; uri: string; checksum: string; mrenclave?: string }) => {
      const checksum = hexBytes("--checksum", opts.checksum, 32);
      const mrenclave = opts.mrenclave;
      if (mrenclave !== undefined && !/^0x([0-9a-fA-F]{2}){1,1024}$/.test(mrenclave))
        throw new CliError("CLI_BAD_ARGUMENT", "--mrenclave must be 0x and 1 to 1024 bytes of hex");
      await registered("app", opts, ({ fromHex }) => ({
        registerApp: {
          name: opts.name,
          uri: opts.uri,
          checksum: fromHex(checksum, 32),
          ...(mrenclave ? { mrenclave: fromHex(mrenclave, (mrenclave.length - 2) / 2) } : {}),
        },
      }));
    });
  listCommand(app, "app");

  const dataset = program.command("dataset").description("register and list datasets");
  addTxOptions(
    dataset.command("register").description("register a dataset; prints its address"),
    "owner key file",
  )
    .requiredOption("--name <name>", "dataset name")
    .requiredOption("--uri <uri>", "where workers fetch the dataset")
    .requiredOption("--checksum <0x…>", "checksum of the dataset's bytes (32 bytes hex)")
    .addHelpText(
      "after",
      examples(
        "poco dataset register --key owner.json --name prices --uri https://example.org/d.bin --checksum 0x<64 hex>",
      ),
    )
    .action(async (opts: TxOptions & { name: string; uri: string; checksum: string }) => {
      const checksum = hexBytes("--checksum", opts.checksum, 32);
      await registered("dataset", opts, ({ fromHex }) => ({
        registerDataset: { name: opts.name, uri: opts.uri, checksum: fromHex(checksum, 32) },
      }));
    });
  listCommand(dataset, "dataset");

  const workerpool = program.command("workerpool").description("register, list and read workerpools");
  addTxOptions(
    workerpool
      .command("register")
      .description("register a workerpool (you are its scheduler); prints its address"),
    "scheduler key file",
  )
    .requiredOption("--description <text>", "what the pool offers")
    .option("--scheduler-reward-ratio <percent>", "share of the reward kept by the scheduler (0..100)", "10")
    .option("--power-efficiency <tasks/kWh>", "declared tasks per kWh (a matching criterion)", "0")
    .addHelpText(
      "after",
      examples(
        'poco workerpool register --key scheduler.json --description "my pool" --scheduler-reward-ratio 20',
      ),
    )
    .action(
      async (
        opts: TxOptions & { description: string; schedulerRewardRatio: string; powerEfficiency: string },
      ) => {
        const ratio = intInRange("--scheduler-reward-ratio", opts.schedulerRewardRatio, 0, 100);
        const power = intInRange("--power-efficiency", opts.powerEfficiency, 0, 2 ** 32 - 1);
        await registered("workerpool", opts, () => ({
          registerWorkerpool: {
            description: opts.description,
            schedulerRewardRatio: ratio,
            powerEfficiency: power,
          },
        }));
      },
    );
  addJsonOption(
    workerpool
      .command("list")
      .description("print registered workerpools: owner, description, reward ratio, power efficiency, SLA"),
  )
    .option("--owner <address>", "only the workerpools of this owner (scheduler)")
    .option("--limit <n>", "workerpools to read (1..200)", "50")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples("poco workerpool list", "poco workerpool list --owner 0xScheduler --json"))
    .action(async (opts: { limit: string; owner?: string; api: string; json?: boolean }) => {
      const limit = intInRange("--limit", opts.limit, 1, 200);
      const owner = opts.owner === undefined ? undefined : address20("--owner", opts.owner);
      const page = await new ApiClient(opts.api).request<{ workerpools: { owner: string }[] }>(
        "GET",
        `/workerpools?limit=${limit}`,
      );
      emit(opts, {
        workerpools: page.workerpools.filter((p) => !owner || p.owner.toLowerCase() === owner),
      });
    });
  addJsonOption(
    workerpool
      .command("show")
      .description("print a workerpool's registry record and SLA record")
      .argument("<address>", "workerpool 0x address"),
  )
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples("poco workerpool show 0xPool"))
    .action(async (address: string, opts: { api: string; json?: boolean }) => {
      const a = address20("workerpool", address);
      emit(opts, await new ApiClient(opts.api).request("GET", `/workerpools/${a}`));
    });

  addTxOptions(
    program
      .command("category")
      .description("market categories (governance)")
      .command("register")
      .description("register a category (only the chain admin from genesis may)"),
    "the chain admin's key file",
  )
    .requiredOption("--name <name>", "category name")
    .option("--description <text>", "description", "")
    .requiredOption("--work-clock-time-ref <seconds>", "work clock time reference T, in seconds")
    .addHelpText(
      "after",
      examples("poco category register --key admin.json --name L --work-clock-time-ref 600"),
    )
    .action(async (opts: TxOptions & { name: string; description: string; workClockTimeRef: string }) => {
      const ref = intInRange("--work-clock-time-ref", opts.workClockTimeRef, 1, 2 ** 40);
      const sent = await signAndSubmit(opts, () => ({
        registerCategory: { name: opts.name, description: opts.description, workClockTimeRef: ref },
      }));
      if (sent) printSubmitted(sent);
    });

  for (const [name, description, field] of [
    ["stake", "move RLC from the free balance to the stake (workers and schedulers stake in deals)", "stake"],
    ["unstake", "move RLC from the (unlocked) stake back to the free balance", "unstake"],
  ] as const) {
    addTxOptions(program.command(name).description(description))
      .requiredOption("--amount <rlc>", "amount in RLC (or with a nRLC suffix)")
      .addHelpText("after", examples(`poco ${name} --key worker.json --amount 100`))
      .action(async (opts: TxOptions & { amount: string }) => {
        const amount = parseRlc(opts.amount);
        const sent = await signAndSubmit(opts, ({ uintToBytes }) => ({
          [field]: { amount: uintToBytes(amount) },
        }));
        if (sent) printSubmitted(sent, { amount });
      });
  }
}
