/**
 * Read-only client commands over the node's API: `status`, `account` / `balance`, `fees`, `tx show`,
 * `withdraw list|show`, `validator list`, `checkpoints` (a bridge node) and `worker-score`. Each prints
 * lines for people, or JSON with `--json`.
 */
import type { Command } from "commander";
import { ApiClient } from "./apiClient.js";
import { address20, hash32, intInRange } from "./args.js";
import { addJsonOption, emit } from "./output.js";
import { DEFAULT_API } from "./txSubmit.js";

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;

type ReadOptions = { api: string; json?: boolean };

function readCommand(parent: Command, name: string, description: string, ...example: string[]): Command {
  return addJsonOption(parent.command(name).description(description))
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples(...example));
}

/** `withdraw` and `validator` groups exist already (signing commands); the reads join them. */
function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

export function registerReadCommands(program: Command): void {
  readCommand(
    program,
    "status",
    "print a node's status: chain, height, head",
    "poco status",
    "poco status --json",
  ).action(async (opts: ReadOptions) => {
    emit(opts, await new ApiClient(opts.api).status());
  });

  for (const [name, description] of [
    ["account", "print an account's balances (free, staked, locked in deals) and nonce"],
    ["balance", "print an account's balances (same as account)"],
  ] as const) {
    readCommand(program, name, description, `poco ${name} 0xAddress`, `poco ${name} 0xAddress --json`)
      .argument("<address>", "0x address")
      .action(async (address: string, opts: ReadOptions) => {
        const a = await new ApiClient(opts.api).account(address20("address", address));
        emit(opts, { ...a, proof: undefined });
      });
  }

  readCommand(
    program,
    "fees",
    "print the next block's base fee, the suggested tip and max fee (nRLC per gas) and the block gas limit",
    "poco fees",
  ).action(async (opts: ReadOptions) => {
    emit(opts, await new ApiClient(opts.api).fees());
  });

  readCommand(
    group(program, "tx", "sign and submit transactions"),
    "show",
    "print a transaction's status and receipt (gas used, fee, error code)",
    "poco tx show 0xTxHash…",
  )
    .argument("<hash>", "tx hash")
    .action(async (hash: string, opts: ReadOptions) => {
      emit(opts, await new ApiClient(opts.api).tx(hash32("tx hash", hash)));
    });

  const withdraw = group(program, "withdraw", "move RLC from the sidechain to Ethereum");
  readCommand(
    withdraw,
    "list",
    "print withdrawals by id (the latest page by default)",
    "poco withdraw list",
    "poco withdraw list --from 0 --limit 50 --json",
  )
    .option("--from <id>", "first withdrawal id")
    .option("--limit <n>", "withdrawals per page (1..100)", "20")
    .option("--sender <address>", "only this sender's withdrawals (of the page)")
    .action(async (opts: ReadOptions & { from?: string; limit: string; sender?: string }) => {
      const limit = intInRange("--limit", opts.limit, 1, 100);
      const q = new URLSearchParams({ limit: String(limit) });
      if (opts.from !== undefined) q.set("from", String(intInRange("--from", opts.from, 0, 2 ** 32 - 1)));
      const sender = opts.sender === undefined ? undefined : address20("--sender", opts.sender);
      const page = await new ApiClient(opts.api).request<{
        count: number;
        withdrawals: { sender: string }[];
      }>("GET", `/withdrawals?${q}`);
      emit(opts, {
        count: page.count,
        withdrawals: page.withdrawals.filter((w) => !sender || w.sender.toLowerCase() === sender),
      });
    });
  readCommand(
    withdraw,
    "show",
    "print one withdrawal: sender, Ethereum recipient, amount, height",
    "poco withdraw show 3",
  )
    .argument("<id>", "withdrawal id")
    .action(async (id: string, opts: ReadOptions) => {
      const n = intInRange("withdrawal id", id, 0, 2 ** 32 - 1);
      emit(opts, await new ApiClient(opts.api).request("GET", `/withdrawals/${n}`));
    });

  readCommand(
    group(program, "validator", "bond, unbond and unjail a validator's stake; register its node's peer id"),
    "list",
    "print the validators: voting power, bonded stake, jail and participation",
    "poco validator list",
    "poco validator list --json",
  ).action(async (opts: ReadOptions) => {
    emit(opts, await new ApiClient(opts.api).request("GET", "/validators"));
  });

  readCommand(
    program,
    "checkpoints",
    "print recent bridge checkpoints and their status on Ethereum (needs a node that runs the bridge)",
    "poco checkpoints --api http://127.0.0.1:8080",
  ).action(async (opts: ReadOptions) => {
    emit(opts, await new ApiClient(opts.api).request("GET", "/checkpoints"));
  });

  readCommand(
    program,
    "worker-score",
    "print a worker's score (iExec's viewScore: +1 per replicated task won, × 2/3 on a losing contribution)",
    "poco worker-score 0xWorker",
  )
    .argument("<address>", "worker address")
    .action(async (address: string, opts: ReadOptions) => {
      emit(
        opts,
        await new ApiClient(opts.api).request("GET", `/workers/${address20("worker", address)}/score`),
      );
    });
}
