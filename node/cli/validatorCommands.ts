/**
 * Validator commands: `poco validator bond|unbond --amount <rlc>`, `poco validator unjail` and
 * `poco validator set-peer-id` (the node's p2p identity, for the places nodes keep for validators), signed
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
  const validator = program
    .command("validator")
    .description("bond, unbond and unjail a validator's stake; register its node's peer id");
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
  txCommand(
    validator,
    "set-peer-id",
    "register the libp2p peer id of your validator node: every node keeps inbound places and serving slots for the active validators' peers (default: the peer id of the node at --api)",
    "poco validator set-peer-id --key validator.json --api http://127.0.0.1:8080",
  )
    .option("--peer-id <id>", "the peer id (12D3KooW…) instead of the node's")
    .option("--clear", "remove the registration")
    .action(async (opts: TxOptions & { peerId?: string; clear?: boolean }) => {
      const peerId = opts.clear ? new Uint8Array(0) : await peerIdToRegister(opts);
      await submit(opts, () => ({ setPeerId: { peerId } }));
    });
}

/** The multihash bytes of `--peer-id`, or of the peer id the node at `--api` reports. */
async function peerIdToRegister(opts: TxOptions & { peerId?: string }): Promise<Uint8Array> {
  const [{ peerIdBytes }, { ApiClient }, { CliError }] = await Promise.all([
    import("../p2p/peerIdentity.js"),
    import("./apiClient.js"),
    import("./cliError.js"),
  ]);
  let id = opts.peerId;
  if (id === undefined) {
    id =
      (await new ApiClient(opts.api).request<{ peerId: string | null }>("GET", "/status")).peerId ??
      undefined;
    if (id === undefined)
      throw new CliError("CLI_NO_PEER_ID", `the node at ${opts.api} runs no p2p network: give --peer-id`);
  }
  try {
    return peerIdBytes(id);
  } catch (err) {
    throw new CliError("CLI_BAD_ARGUMENT", (err as Error).message);
  }
}
