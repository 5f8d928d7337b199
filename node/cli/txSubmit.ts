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
import { emit, withRlc } from "./output.js";

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
  json?: boolean;
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
  /** The tx's nonce (assets registered by it get addresses derived from it). */
  nonce: number;
  json: boolean;
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
    .option("--no-wait", "return once the node accepted the tx, without waiting for its block")
    .option("--json", "print JSON for scripts (amounts in nRLC, with <key>Rlc beside them)");
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
  makeBody: (ctx: {
    key: KeyPair;
    chainId: number;
    nonce: number;
    uintToBytes: (n: bigint) => Uint8Array;
  }) => TxBody,
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
  const own = makeBody({ key, chainId: status.chainId, nonce: account.nonce, uintToBytes });
  const body = (fees: import("./feeQuote.js").FeeChoice): poco.Tx.$Properties => ({
    ...own,
    chainId: status.chainId,
    sender: key.address,
    nonce: account.nonce,
    ...fq.feeFields(fees, uintToBytes),
  });
  const quote = await fq.quoteFees(client, (f) => encode(poco.Tx, body(f)), key.addressHex, overrides);
  if (opts.dryRun) {
    const dry = { dryRun: true, gasEstimate: quote.gasEstimate, ...feeSummary(quote) };
    if (opts.json) console.log(JSON.stringify(dry));
    else emit(opts, dry, `dry run, nothing sent: ${fq.describeQuote(quote)}`);
    return undefined;
  }
  console.error(fq.describeQuote(quote));
  const signed = signTx(body(quote), key.privateKey);
  const { hash } = await client.submitTx(signed.bytes);
  const sent = { hash, quote, key, nonce: account.nonce, json: opts.json === true };
  if (!opts.wait) return sent;
  return { ...sent, receipt: await client.waitForTx(hash) };
}

/**
 * Prints `{ hash, fee…, extra…, receipt… }` (the ids the tx created are in `extra`) and sets a failing
 * exit status for a failed tx, whose error is printed by its code and name on stderr.
 */
export function printSubmitted(s: Submitted, extra: Record<string, unknown> = {}): void {
  const failed = s.receipt !== undefined && s.receipt.status !== "success";
  if (failed) process.exitCode = 1;
  if (s.json) {
    const all = { hash: s.hash, ...feeSummary(s.quote), ...extra, ...(s.receipt ?? {}) };
    console.log(JSON.stringify(withRlc(all)));
    return;
  }
  const r = s.receipt as (Submitted["receipt"] & { gasUsed?: number; fee?: string }) | undefined;
  emit(s, {
    tx: s.hash,
    status: r ? `${r.status} (block ${r.height})` : "accepted by the node (not waiting for its block)",
    ...(r?.fee !== undefined ? { fee: r.fee, gasUsed: r.gasUsed } : { maxFee: s.quote.maxFee }),
    ...(failed ? {} : extra),
  });
  if (failed && r?.error) console.error(`error ${r.error.code}: ${r.error.message}`);
}
