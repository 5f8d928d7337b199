/**
 * Task commands: read a task or a deal's tasks, and every task transaction for people who run them by
 * hand (a manual worker, a scheduler operator, a requester claiming a failed task):
 * `authorize` (the scheduler's off-chain admission of a worker), `contribute`, `reveal`,
 * `contribute-and-finalize` (trust 1), `finalize`, `reopen` and `claim` (one task, or many as one
 * claimArray transaction).
 */
import type { Command } from "commander";
import { ApiClient } from "./apiClient.js";
import { address20, hash32, hexBytes, intInRange, readFileBytes } from "./args.js";
import { CliError } from "./cliError.js";
import { addJsonOption, emit } from "./output.js";
import {
  addTxOptions,
  DEFAULT_API,
  printSubmitted,
  readPassword,
  signAndSubmit,
  type TxOptions,
} from "./txSubmit.js";

// Crypto and the scheduler's hashing are imported inside the actions (main.ts: start-up time).

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
const ZERO_ADDRESS = `0x${"0".repeat(40)}`;
/** Most tasks one claimArray carries (the node bounds a tx's size and gas anyway). */
const MAX_CLAIMS = 256;

interface ResultOptions {
  resultFile?: string;
  resultDigest?: string;
}

/** The result digest: keccak256 of --result-file's bytes, or --result-digest as given. */
async function resultDigestOf(opts: ResultOptions): Promise<string> {
  if ((opts.resultFile === undefined) === (opts.resultDigest === undefined))
    throw new CliError("CLI_BAD_ARGUMENT", "give exactly one of --result-file and --result-digest");
  if (opts.resultDigest !== undefined) return hash32("--result-digest", opts.resultDigest);
  const bytes = readFileBytes(opts.resultFile!);
  const { keccak256, toHex } = await import("../crypto/hash.js");
  return toHex(keccak256(bytes));
}

function withResultOptions(cmd: Command): Command {
  return cmd
    .option("--result-file <file>", "the result's bytes (its keccak256 is the digest)")
    .option("--result-digest <0x…>", "the result digest, keccak256 of the result's bytes");
}

interface AdmissionOptions {
  authorization: string;
  enclave: string;
}

/** The scheduler's admission a worker's contribution carries, and the result options with it. */
function withAdmissionOptions(cmd: Command): Command {
  return withResultOptions(cmd)
    .requiredOption("--authorization <0x…>", "the scheduler's authorization (poco task authorize)")
    .option("--enclave <address>", "enclave address (TEE tasks)", ZERO_ADDRESS);
}

function admissionOf(opts: AdmissionOptions): { authorization: string; enclave: string } {
  return {
    authorization: hexBytes("--authorization", opts.authorization, 65),
    enclave: address20("--enclave", opts.enclave),
  };
}

export function registerTaskCommands(program: Command): void {
  const task = program.command("task").description("read tasks and send task transactions");

  addJsonOption(
    task
      .command("show")
      .description("print a task: status, deadlines, contributions, consensus value and results")
      .argument("<id>", "task id (0x + 64 hex digits)"),
  )
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples("poco task show 0xTaskId…", "poco task show 0xTaskId… --json"))
    .action(async (id: string, opts: { api: string; json?: boolean }) => {
      emit(opts, await new ApiClient(opts.api).request("GET", `/tasks/${hash32("task id", id)}`));
    });

  addJsonOption(
    task
      .command("list")
      .description(
        "one page of tasks with their status: of a deal, of a requester's deals, or contributed to by a worker",
      ),
  )
    .option("--deal <id>", "the tasks of this deal (index order)")
    .option(
      "--address <address>",
      "the tasks of this requester's deals, or with --role worker of this worker",
    )
    .option("--role <role>", "requester | worker (with --address)", "requester")
    .option("--limit <n>", "tasks per page (1..200)", "50")
    .option("--after <cursor>", "`next` of the previous page")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      examples("poco task list --deal 0xDealId…", "poco task list --address 0xWorker --role worker --json"),
    )
    .action(
      async (opts: {
        deal?: string;
        address?: string;
        role: string;
        limit: string;
        after?: string;
        api: string;
        json?: boolean;
      }) => {
        if ((opts.deal === undefined) === (opts.address === undefined))
          throw new CliError("CLI_BAD_ARGUMENT", "give exactly one of --deal and --address");
        if (opts.role !== "requester" && opts.role !== "worker")
          throw new CliError("CLI_BAD_ARGUMENT", "--role must be requester or worker");
        const limit = intInRange("--limit", opts.limit, 1, 200);
        const page = { limit, ...(opts.after !== undefined ? { after: opts.after } : {}) };
        const client = new ApiClient(opts.api);
        const { tasks, next } =
          opts.deal !== undefined
            ? await client.dealTasks(hash32("--deal", opts.deal), page)
            : await client.accountTasks(address20("--address", opts.address!), opts.role, page);
        emit(opts, { tasks, ...(next ? { next } : {}) });
      },
    );

  task
    .command("authorize")
    .description(
      "as a workerpool's scheduler, sign a worker's admission to a task (off-chain; the worker passes it to contribute)",
    )
    .argument("<taskId>", "task id")
    .requiredOption("--worker <address>", "the worker admitted")
    .option("--enclave <address>", "the worker's enclave (TEE tasks)", ZERO_ADDRESS)
    .requiredOption("--key <file>", "the workerpool owner's (scheduler's) key file")
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--json", "print JSON")
    .addHelpText("after", examples("poco task authorize 0xTaskId… --worker 0xWorker --key scheduler.json"))
    .action(
      async (
        id: string,
        opts: { worker: string; enclave: string; key: string; passwordFile?: string; json?: boolean },
      ) => {
        const taskId = hash32("task id", id);
        const worker = address20("--worker", opts.worker);
        const enclave = address20("--enclave", opts.enclave);
        const [{ readKeyFile }, { signAuthorization }, { toHex }] = await Promise.all([
          import("../crypto/keys.js"),
          import("../../scheduler/authorization.js"),
          import("../crypto/hash.js"),
        ]);
        const key = await readKeyFile(opts.key, readPassword(opts.passwordFile));
        const authorization = toHex(signAuthorization(worker, taskId, enclave, key.privateKey));
        emit(opts, { taskId, worker, enclave, authorization });
      },
    );

  withAdmissionOptions(
    addTxOptions(
      task
        .command("contribute")
        .description("commit a result to a task (hash and seal only; reveal it once consensus is reached)")
        .argument("<taskId>", "task id"),
      "worker key file",
    ),
  )
    .addHelpText(
      "after",
      examples(
        "poco task contribute 0xTaskId… --result-file out.bin --authorization 0x<130 hex> --key worker.json",
      ),
    )
    .action(async (id: string, opts: TxOptions & ResultOptions & AdmissionOptions) => {
      const taskId = hash32("task id", id);
      const { authorization, enclave } = admissionOf(opts);
      const digest = await resultDigestOf(opts);
      const [{ resultHash, resultSeal }, { fromHex, toHex }] = await Promise.all([
        import("../../scheduler/authorization.js"),
        import("../crypto/hash.js"),
      ]);
      const sent = await signAndSubmit(opts, ({ key }) => ({
        contribute: {
          taskId: fromHex(taskId, 32),
          resultHash: fromHex(resultHash(taskId, digest), 32),
          resultSeal: fromHex(resultSeal(toHex(key.address), taskId, digest), 32),
          enclaveChallenge: fromHex(enclave, 20),
          authorization: fromHex(authorization, 65),
        },
      }));
      if (sent) printSubmitted(sent, { taskId, resultDigest: digest });
    });

  withResultOptions(
    addTxOptions(
      task
        .command("reveal")
        .description("reveal the result digest contributed, once the task reached consensus")
        .argument("<taskId>", "task id"),
      "worker key file",
    ),
  )
    .addHelpText("after", examples("poco task reveal 0xTaskId… --result-file out.bin --key worker.json"))
    .action(async (id: string, opts: TxOptions & ResultOptions) => {
      const taskId = hash32("task id", id);
      const digest = await resultDigestOf(opts);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({
        reveal: { taskId: fromHex(taskId, 32), resultDigest: fromHex(digest, 32) },
      }));
      if (sent) printSubmitted(sent, { taskId, resultDigest: digest });
    });

  withAdmissionOptions(
    addTxOptions(
      task
        .command("contribute-and-finalize")
        .description("trust 1 only: contribute, reveal and finalize a task in one transaction")
        .argument("<taskId>", "task id"),
      "worker key file",
    ),
  )
    .option(
      "--results <text>",
      "what the chain records as the results: where the bytes are served (a URL)",
      "",
    )
    .addHelpText(
      "after",
      examples(
        "poco task contribute-and-finalize 0xTaskId… --result-file out.bin --results https://me.example/out.bin --authorization 0x… --key worker.json",
      ),
    )
    .action(async (id: string, opts: TxOptions & ResultOptions & AdmissionOptions & { results: string }) => {
      const taskId = hash32("task id", id);
      const { authorization, enclave } = admissionOf(opts);
      const digest = await resultDigestOf(opts);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({
        contributeAndFinalize: {
          taskId: fromHex(taskId, 32),
          resultDigest: fromHex(digest, 32),
          results: new TextEncoder().encode(opts.results),
          enclaveChallenge: fromHex(enclave, 20),
          authorization: fromHex(authorization, 65),
        },
      }));
      if (sent) printSubmitted(sent, { taskId, resultDigest: digest });
    });

  addTxOptions(
    task
      .command("finalize")
      .description("as the scheduler, finalize a task after its reveal deadline (at least one reveal)")
      .argument("<taskId>", "task id"),
    "workerpool owner's (scheduler's) key file",
  )
    .option(
      "--results <text>",
      "what the chain records as the results: where the bytes are served (a URL)",
      "",
    )
    .addHelpText(
      "after",
      examples(
        "poco task finalize 0xTaskId… --results https://pool.example/results/0xTaskId --key scheduler.json",
      ),
    )
    .action(async (id: string, opts: TxOptions & { results: string }) => {
      const taskId = hash32("task id", id);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({
        finalize: { taskId: fromHex(taskId, 32), results: new TextEncoder().encode(opts.results) },
      }));
      if (sent) printSubmitted(sent, { taskId });
    });

  addTxOptions(
    task
      .command("reopen")
      .description("as the scheduler, reopen a task whose reveal deadline passed without a reveal")
      .argument("<taskId>", "task id"),
    "workerpool owner's (scheduler's) key file",
  )
    .addHelpText("after", examples("poco task reopen 0xTaskId… --key scheduler.json"))
    .action(async (id: string, opts: TxOptions) => {
      const taskId = hash32("task id", id);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({ reopen: { taskId: fromHex(taskId, 32) } }));
      if (sent) printSubmitted(sent, { taskId });
    });

  addTxOptions(
    task
      .command("claim")
      .description(
        "claim failed tasks past their final deadline: the requester is refunded, stakes are released (several tasks: one claimArray tx, all or none)",
      )
      .argument("<taskIds...>", "task ids"),
  )
    .addHelpText(
      "after",
      examples(
        "poco task claim 0xTaskId… --key me.json",
        "poco task claim 0xTask1… 0xTask2… --key me.json   # claimArray",
      ),
    )
    .action(async (ids: string[], opts: TxOptions) => {
      if (ids.length > MAX_CLAIMS)
        throw new CliError("CLI_BAD_ARGUMENT", `at most ${MAX_CLAIMS} tasks per claim`);
      const taskIds = ids.map((id) => hash32("task id", id));
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () =>
        taskIds.length === 1
          ? { claim: { taskId: fromHex(taskIds[0]!, 32) } }
          : { claimArray: { taskIds: taskIds.map((t) => fromHex(t, 32)) } },
      );
      if (sent) printSubmitted(sent, { claimed: taskIds });
    });
}
