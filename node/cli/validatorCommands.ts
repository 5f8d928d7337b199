/**
 * Validator commands: `poco validator bond|unbond --amount <rlc>` and `poco validator unjail`, signed
 * with the validator's key and submitted to a node's API (the result is the tx receipt). The fee is
 * estimated by the node and shown before sending (txSubmit.ts).
 */
import type { Command } from "commander";
import { parseRlc } from "./amount.js";
import { addTxOptions, printSubmitted, signAndSubmit, type TxBody, type TxOptions } from "./txSubmit.js";

async function submit(
  opts: TxOptions,
  makeBody: (uintToBytes: (n: bigint) => Uint8Array) => TxBody,
): Promise<void> {
  const sent = await signAndSubmit(opts, ({ uintToBytes }) => makeBody(uintToBytes));
  if (sent) printSubmitted(sent);
}

function txCommand(parent: Command, name: string, description: string, example: string): Command {
  return addTxOptions(parent.command(name).description(description), "validator key file").addHelpText(
    "after",
    `\nExample:\n  ${example}\n`,
  );
}

export function registerValidatorCommands(program: Command): void {
  const validator = program.command("validator").description("bond, unbond and unjail a validator's stake");
  txCommand(
    validator,
    "bond",
    "bond RLC from the balance (counts after the bond delay)",
    "poco validator bond --key validator.json --amount 20 --api http://127.0.0.1:8080",
  )
    .requiredOption("--amount <rlc>", "amount in RLC (up to 9 decimals)")
    .action(async (opts: TxOptions & { amount: string }) => {
      const amount = parseRlc(opts.amount);
      await submit(opts, (uint) => ({ bond: { amount: uint(amount) } }));
    });
  txCommand(
    validator,
    "unbond",
    "unbond RLC (released to the balance after the unbonding period)",
    "poco validator unbond --key validator.json --amount 5",
  )
    .requiredOption("--amount <rlc>", "amount in RLC (up to 9 decimals)")
    .action(async (opts: TxOptions & { amount: string }) => {
      const amount = parseRlc(opts.amount);
      await submit(opts, (uint) => ({ unbond: { amount: uint(amount) } }));
    });
  txCommand(
    validator,
    "unjail",
    "return to the candidates once the jail period is over",
    "poco validator unjail --key validator.json",
  ).action(async (opts: TxOptions) => {
    await submit(opts, () => ({ unjail: {} }));
  });
}
