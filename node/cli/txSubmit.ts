/**
 * The one path by which every signing command of `poco` sends a sidechain transaction: read the key,
 * ask the node for the nonce, the base fee and a gas estimate of this very tx (feeQuote.ts), show the
 * fee on stderr, sign with the quoted fee fields, submit, and wait for the receipt. The options that
 * go with it (`--key`, `--password-file`, `--api`, `--no-wait`, `--gas-limit`, `--max-fee-per-gas`,
 * `--tip`, `--dry-run`) are added by `addTxOptions`, so no command can forget the fee quote.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { poco } from "../../proto/index.js";
import type { KeyPair } from "../crypto/keys.js";
import { formatRlc } from "./amount.js";
import { ApiClient } from "./apiClient.js";
import { CliError } from "./cliError.js";
import type { FeeOverrides, FeeQuote } from "./feeQuote.js";

// Crypto and protobuf are imported inside `signAndSubmit`, so `--help` stays fast (see main.ts).

export const DEFAULT_API = "http://127.0.0.1:8080";

export interface TxOptions {
  key: string;
  passwordFile?: string;
  api: string;
  wait: boolean;
  gasLimit?: string;
  maxFeePerGas?: string;
  tip?: string;
  dryRun?: boolean;
}

/** The tx's own fields: everything but chain id, nonce and fees, which `signAndSubmit` fills. */
export type TxBody = Omit<
  poco.Tx.$Properties,
  "chainId" | "nonce" | "gasLimit" | "maxFeePerGas" | "maxPriorityFeePerGas"
>;

export interface Submitted {
  hash: string;
  quote: FeeQuote;
  key: KeyPair;
  /** Absent with `--no-wait`. */
  receipt?: Awaited<ReturnType<ApiClient["waitForTx"]>>;
}

/** Adds the key, API and fee options shared by every command that signs a transaction. */
export function addTxOptions(cmd: Command, keyHelp = "key file of the sender"): Command {
  return cmd
    .requiredOption("--key <file>", keyHelp)
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--api <url>", "node API", DEFAULT_API)
    .option("--gas-limit <gas>", "gas limit (default: the node's estimate + 20%)")
    .option("--max-fee-per-gas <nrlc>", "most nRLC per gas paid (default: 2 × base fee + tip)")
    .option("--tip <nrlc>", "tip per gas to the proposer, nRLC (default: the node's suggestion)")
    .option("--dry-run", "show the fee the tx would pay, and send nothing")
    .option("--no-wait", "return once the node accepted the tx, without waiting for its block");
}

export function readPassword(file: string | undefined): string | undefined {
  return file === undefined ? undefined : readFileSync(file, "utf8").trimEnd();
}

/** --gas-limit / --max-fee-per-gas / --tip, validated (integers; fees in nRLC per gas). */
export function parseFeeOverrides(opts: {
  gasLimit?: string;
  maxFeePerGas?: string;
  tip?: string;
}): FeeOverrides {
  const int = (v: string, name: string, max: bigint): bigint => {
    if (!/^[0-9]{1,20}$/.test(v) || BigInt(v) > max)
      throw new CliError("CLI_BAD_OPTION", `${name}: expected an integer in [0, ${max}]`);
    return BigInt(v);
  };
  const U64 = (1n << 64n) - 1n;
  return {
    ...(opts.gasLimit !== undefined
      ? { gasLimit: Number(int(opts.gasLimit, "--gas-limit", BigInt(Number.MAX_SAFE_INTEGER))) }
      : {}),
    ...(opts.maxFeePerGas !== undefined
      ? { maxFeePerGas: int(opts.maxFeePerGas, "--max-fee-per-gas", U64) }
      : {}),
    ...(opts.tip !== undefined ? { tipPerGas: int(opts.tip, "--tip", U64) } : {}),
  };
}

/** The fee part of a command's JSON output. */
export function feeSummary(q: FeeQuote): { gasLimit: number; expectedFeeRlc: string; maxFeeRlc: string } {
  return { gasLimit: q.gasLimit, expectedFeeRlc: formatRlc(q.expectedFee), maxFeeRlc: formatRlc(q.maxFee) };
}

/**
 * Quotes, shows, signs and submits the tx `makeBody` describes (given the sender's key), waiting for
 * its receipt unless `--no-wait`. With `--dry-run` it prints the quote as JSON and returns undefined.
 * Options are validated before the key is read or the node contacted.
 */
export async function signAndSubmit(
  opts: TxOptions,
  makeBody: (ctx: { key: KeyPair; chainId: number; uintToBytes: (n: bigint) => Uint8Array }) => TxBody,
): Promise<Submitted | undefined> {
  const overrides = parseFeeOverrides(opts);
  const [{ encode, poco, uintToBytes }, { readKeyFile }, { signTx }, fq] = await Promise.all([
    import("../../proto/index.js"),
    import("../crypto/keys.js"),
    import("../tx/signedTx.js"),
    import("./feeQuote.js"),
  ]);
  const key = await readKeyFile(opts.key, readPassword(opts.passwordFile));
  const client = new ApiClient(opts.api);
  const [status, account] = await Promise.all([client.status(), client.account(key.addressHex)]);
  const own = makeBody({ key, chainId: status.chainId, uintToBytes });
  const body = (fees: import("./feeQuote.js").FeeChoice): poco.Tx.$Properties => ({
    ...own,
    chainId: status.chainId,
    sender: key.address,
    nonce: account.nonce,
    ...fq.feeFields(fees, uintToBytes),
  });
  const quote = await fq.quoteFees(client, (f) => encode(poco.Tx, body(f)), key.addressHex, overrides);
  if (opts.dryRun) {
    console.log(JSON.stringify({ dryRun: true, gasEstimate: quote.gasEstimate, ...feeSummary(quote) }));
    return undefined;
  }
  console.error(fq.describeQuote(quote));
  const signed = signTx(body(quote), key.privateKey);
  const { hash } = await client.submitTx(signed.bytes);
  if (!opts.wait) return { hash, quote, key };
  return { hash, quote, key, receipt: await client.waitForTx(hash) };
}

/** Prints `{ hash, fee…, extra…, receipt… }` and sets a failing exit status for a failed tx. */
export function printSubmitted(s: Submitted, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ hash: s.hash, ...feeSummary(s.quote), ...extra, ...(s.receipt ?? {}) }));
  if (s.receipt && s.receipt.status !== "success") process.exitCode = 1;
}
