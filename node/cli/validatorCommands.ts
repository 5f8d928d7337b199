/**
 * Validator commands: `poco validator bond|unbond --amount <rlc>` and `poco validator unjail`, signed
 * with the validator's key and submitted to a node's API (the result is the tx receipt).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { poco } from "../../proto/index.js";
import { parseRlc } from "./amount.js";
import { ApiClient } from "./apiClient.js";

// The crypto and protobuf modules are imported when a command runs, not at start-up (see main.ts).

const DEFAULT_API = "http://127.0.0.1:8080";

interface TxOptions {
  key: string;
  passwordFile?: string;
  api: string;
  wait: boolean;
}

async function submit(
  opts: TxOptions,
  makeBody: (uintToBytes: (n: bigint) => Uint8Array) => Omit<poco.Tx.$Properties, "chainId" | "nonce">,
): Promise<void> {
  const [{ uintToBytes }, { readKeyFile }, { signTx }] = await Promise.all([
    import("../../proto/index.js"),
    import("../crypto/keys.js"),
    import("../tx/signedTx.js"),
  ]);
  const body = makeBody(uintToBytes);
  const password =
    opts.passwordFile === undefined ? undefined : readFileSync(opts.passwordFile, "utf8").trimEnd();
  const key = await readKeyFile(opts.key, password);
  const client = new ApiClient(opts.api);
  const [status, account] = await Promise.all([client.status(), client.account(key.addressHex)]);
  const signed = signTx({ ...body, chainId: status.chainId, nonce: account.nonce }, key.privateKey);
  const { hash } = await client.submitTx(signed.bytes);
  if (!opts.wait) return console.log(JSON.stringify({ hash }));
  const receipt = await client.waitForTx(hash);
  console.log(JSON.stringify({ hash, ...receipt }));
  if (receipt.status !== "success") process.exitCode = 1;
}

function txCommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .requiredOption("--key <file>", "validator key file")
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--api <url>", "node API", DEFAULT_API)
    .option("--no-wait", "return once the node accepted the tx, without waiting for its block");
}

export function registerValidatorCommands(program: Command): void {
  const validator = program.command("validator").description("bond, unbond and unjail a validator's stake");
  txCommand(validator, "bond", "bond RLC from the balance (counts after the bond delay)")
    .requiredOption("--amount <rlc>", "amount in RLC (up to 9 decimals)")
    .action(async (opts: TxOptions & { amount: string }) => {
      const amount = parseRlc(opts.amount);
      await submit(opts, (uint) => ({ bond: { amount: uint(amount) } }));
    });
  txCommand(validator, "unbond", "unbond RLC (released to the balance after the unbonding period)")
    .requiredOption("--amount <rlc>", "amount in RLC (up to 9 decimals)")
    .action(async (opts: TxOptions & { amount: string }) => {
      const amount = parseRlc(opts.amount);
      await submit(opts, (uint) => ({ unbond: { amount: uint(amount) } }));
    });
  txCommand(validator, "unjail", "return to the candidates once the jail period is over").action(
    async (opts: TxOptions) => {
      await submit(opts, () => ({ unjail: {} }));
    },
  );
}
