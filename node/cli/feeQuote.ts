/**
 * Wallet fees: asks the node for the next base fee and a suggested tip (GET /fees), has it estimate the
 * gas of the unsigned transaction (POST /txs/estimate), and returns the fee fields to sign with — a gas
 * limit 20% above the estimate, a max fee of twice the base fee plus the tip — with a quote to show.
 */
import type { poco } from "../../proto/index.js";
import { formatRlc } from "./amount.js";
import type { ApiClient } from "./apiClient.js";

export interface FeeChoice {
  gasLimit: number;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

export interface FeeQuote extends FeeChoice {
  gasEstimate: number;
  baseFeePerGas: bigint;
  /** nRLC the tx will likely pay (estimate × (base fee + tip)) and at most (gas limit × max fee). */
  expectedFee: bigint;
  maxFee: bigint;
}

/** Overrides a user may give on the command line. */
export interface FeeOverrides {
  gasLimit?: number;
  maxFeePerGas?: bigint;
  tipPerGas?: bigint;
}

/** Gas limits are estimate + 20% (state may change between estimate and inclusion) + a small floor. */
const GAS_MARGIN_PERCENT = 20;
const GAS_FLOOR = 1_000;

export async function quoteFees(
  client: ApiClient,
  encodeTx: (fees: FeeChoice) => Uint8Array,
  sender: string,
  overrides: FeeOverrides = {},
): Promise<FeeQuote> {
  const fees = await client.fees();
  const baseFeePerGas = BigInt(fees.baseFeePerGas);
  const tip = overrides.tipPerGas ?? BigInt(fees.suggestedTipPerGas);
  const maxFeePerGas = overrides.maxFeePerGas ?? 2n * baseFeePerGas + tip;
  // Estimate with the fee fields the tx will carry, so its size (and intrinsic gas) is the same.
  const draft = {
    gasLimit: overrides.gasLimit ?? fees.blockGasLimit,
    maxFeePerGas,
    maxPriorityFeePerGas: tip,
  };
  const estimate = await client.estimateGas(encodeTx(draft), sender);
  if (estimate.error) {
    const err = new Error(`the transaction would fail: ${estimate.error.message}`) as Error & {
      code: string;
    };
    err.code = estimate.error.code;
    throw err;
  }
  const gasLimit =
    overrides.gasLimit ??
    Math.min(
      fees.blockGasLimit,
      Math.ceil((estimate.gasUsed * (100 + GAS_MARGIN_PERCENT)) / 100) + GAS_FLOOR,
    );
  const price = maxFeePerGas < baseFeePerGas + tip ? maxFeePerGas : baseFeePerGas + tip;
  return {
    gasLimit,
    maxFeePerGas,
    maxPriorityFeePerGas: tip,
    gasEstimate: estimate.gasUsed,
    baseFeePerGas,
    expectedFee: BigInt(estimate.gasUsed) * price,
    maxFee: BigInt(gasLimit) * maxFeePerGas,
  };
}

/** One line for humans (stderr), so stdout stays the command's JSON. */
export function describeQuote(q: FeeQuote): string {
  return `fee ≈ ${formatRlc(q.expectedFee)} RLC (gas ${q.gasEstimate} × (base ${q.baseFeePerGas} + tip ${q.maxPriorityFeePerGas}) nRLC), at most ${formatRlc(q.maxFee)} RLC`;
}

/** The Tx fields of a quote, to spread into the body before signing. */
export function feeFields(
  q: FeeChoice,
  uintToBytes: (v: bigint) => Uint8Array,
): Partial<poco.Tx.$Properties> {
  return {
    gasLimit: q.gasLimit,
    maxFeePerGas: uintToBytes(q.maxFeePerGas),
    maxPriorityFeePerGas: uintToBytes(q.maxPriorityFeePerGas),
  };
}
