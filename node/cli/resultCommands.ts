/**
 * `poco result proof <taskId>`: the proof that PocoResults (Ethereum) verifies a final task's result
 * with, from a bridge node's `GET /tasks/:id/proof` (human summary, or `--json` for the whole proof).
 * `poco result submit <taskId>`: fetches it and submits it to PocoResults (anyone may: the contract
 * checks everything, records the result and delivers it to the deal's callback).
 */
import type { Command } from "commander";
import type { TaskResultProof } from "../../bridge/resultProofs.js";
import { ApiClient } from "./apiClient.js";
import { CliError } from "./cliError.js";
import { emit } from "./output.js";
import { registerResultGet } from "./resultGet.js";
import { readPassword } from "./txSubmit.js";

// ethers and the bridge are imported inside the actions (see main.ts: start-up time).

const DEFAULT_API = "http://127.0.0.1:8080";
const STATUS_NAMES: Record<number, string> = { 3: "completed", 4: "failed" };

function taskIdArg(value: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value))
    throw new CliError("CLI_BAD_ARGUMENT", "task id must be 0x followed by 64 hex digits");
  return value.toLowerCase();
}

/** A few lines for people: what is proven, against which anchored root, and how big the proof is. */
export function describeTaskProof(p: TaskResultProof): string {
  return [
    `task          ${p.taskId}`,
    `status        ${STATUS_NAMES[p.status] ?? p.status}`,
    `result digest ${p.resultDigest}`,
    `deal          ${p.dealId}`,
    `  app         ${p.deal.app}`,
    `  dataset     ${p.deal.dataset}`,
    `  workerpool  ${p.deal.workerpool}`,
    `  requester   ${p.deal.requester}`,
    `  beneficiary ${p.deal.beneficiary}`,
    `  callback    ${p.deal.callback}`,
    `anchored at   height ${p.height}, state root ${p.stateRoot} (PocoBridge.stateRoots)`,
    `proof         task record ${(p.taskRecord.length - 2) / 2} bytes + ${p.taskProof.length} siblings, deal record ${(p.dealRecord.length - 2) / 2} bytes + ${p.dealProof.length} siblings`,
    "verify with   PocoResults.verifyResult(height, taskId, taskRecord, taskProof, dealRecord, dealProof) (--json)",
  ].join("\n");
}

export function registerResultCommands(program: Command): void {
  const result = program
    .command("result")
    .description("download a task's result checked against the chain; proofs for Ethereum (PocoResults)");
  registerResultGet(result);
  result
    .command("proof")
    .description("print the proof of a final task's result against the latest anchored checkpoint")
    .argument("<taskId>", "task id (0x + 64 hex digits)")
    .option("--api <url>", "API of a node that runs the bridge", DEFAULT_API)
    .option("--json", "print the whole proof as JSON (what verifyResult takes)")
    .addHelpText("after", "\nExample:\n  poco result proof 0xTaskId… --api http://127.0.0.1:8080 --json\n")
    .action(async (id: string, opts: { api: string; json?: boolean }) => {
      const proof = await new ApiClient(opts.api).request<TaskResultProof>(
        "GET",
        `/tasks/${taskIdArg(id)}/proof`,
      );
      console.log(opts.json ? JSON.stringify(proof, null, 2) : describeTaskProof(proof));
    });
  result
    .command("submit")
    .description(
      "submit a final task's proof to PocoResults on Ethereum (records it, calls the deal's callback)",
    )
    .argument("<taskId>", "task id (0x + 64 hex digits)")
    .option("--api <url>", "API of a node that runs the bridge", DEFAULT_API)
    .requiredOption("--key <file>", "Ethereum key file paying the transaction")
    .requiredOption("--eth-rpc <url>", "Ethereum JSON-RPC")
    .requiredOption("--results-address <address>", "PocoResults contract")
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--json", "print JSON for scripts")
    .addHelpText(
      "after",
      "\nExample:\n  poco result submit 0xTaskId… --key me-eth.json --eth-rpc http://127.0.0.1:8545 --results-address 0xPocoResults\n",
    )
    .action(
      async (
        id: string,
        opts: {
          api: string;
          key: string;
          ethRpc: string;
          resultsAddress: string;
          passwordFile?: string;
          json?: boolean;
        },
      ) => {
        const proof = await new ApiClient(opts.api).request<TaskResultProof>(
          "GET",
          `/tasks/${taskIdArg(id)}/proof`,
        );
        const [{ JsonRpcProvider, Wallet }, { readKeyFile }, { resultsAt, submitTaskResult }] =
          await Promise.all([
            import("ethers"),
            import("../crypto/keys.js"),
            import("../../bridge/resultProofs.js"),
          ]);
        const k = await readKeyFile(opts.key, readPassword(opts.passwordFile));
        const wallet = new Wallet(
          `0x${Buffer.from(k.privateKey).toString("hex")}`,
          new JsonRpcProvider(opts.ethRpc, undefined, { staticNetwork: true, cacheTimeout: -1 }),
        );
        const { gasUsed, callbackOk } = await submitTaskResult(resultsAt(opts.resultsAddress, wallet), proof);
        emit(opts, {
          taskId: proof.taskId,
          height: proof.height,
          gasUsed: gasUsed.toString(),
          callback: callbackOk === undefined ? null : { address: proof.deal.callback, ok: callbackOk },
        });
      },
    );
}
