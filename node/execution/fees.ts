/**
 * Fees in nRLC, EIP-1559 style. Every block has a base fee per gas derived from its parent: it rises
 * by up to 1/8 when the parent used more than half of the block gas limit and falls by up to 1/8 when
 * it used less, never below the chain's minimum. A transaction pays, per gas used,
 * min(max_fee_per_gas, base fee + max_priority_fee_per_gas): the base-fee part goes to the community
 * fee pool, the tip to the block's proposer.
 *
 * Why a pool and not a burn: RLC here is bridged from Ethereum, where the bridge holds it. RLC burnt
 * on the sidechain would stay locked in the bridge forever; a pool keeps it withdrawable and spendable
 * by governance (e.g. to pay relayers for anchoring). What matters for EIP-1559 is that the proposer
 * does not receive the base fee (so it cannot fill blocks with its own txs for free or sell the base
 * fee back off-chain) — a pool the proposer does not control gives the same guarantee.
 */
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { creditBalance, debitBalance, type StateWriter } from "../state/accounts.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateReader } from "../state/stateOverlay.js";

export interface ChainParams {
  blockGasLimit: number;
  /** nRLC per gas. */
  minBaseFee: bigint;
  initialBaseFee: bigint;
  maxBlockBytes: number;
  maxBlockTxs: number;
  /** Percent of the block gas limit that end-of-block automatic matching may use. */
  matchBudgetPercent: number;
}

export const DEFAULT_CHAIN_PARAMS: Readonly<ChainParams> = Object.freeze({
  // Calibrated (BENCHMARKS.md "gas"): the costliest kind measured 13.6 ns of CPU per gas, so a full
  // block is ≈ 190 ms of execution, 38% of a 500 ms block.
  blockGasLimit: 14_000_000,
  minBaseFee: 1n,
  initialBaseFee: 1n,
  maxBlockBytes: 8 * 1024 * 1024,
  maxBlockTxs: 10_000,
  matchBudgetPercent: 25,
});

/** Base fee change per block: at most 1/8 (EIP-1559's BASE_FEE_MAX_CHANGE_DENOMINATOR). */
const BASE_FEE_CHANGE_DENOMINATOR = 8n;
/** The gas target is limit / ELASTICITY (EIP-1559's elasticity multiplier). */
const ELASTICITY = 2;

export const FeeKeys = {
  params: StateKeys.meta("chainParams"),
  /** Base fees collected for the community (nRLC). */
  pool: StateKeys.meta("feePool"),
} as const;

export function encodeChainParams(p: ChainParams): Uint8Array {
  return encode(poco.ChainParams, {
    blockGasLimit: p.blockGasLimit,
    minBaseFee: uintToBytes(p.minBaseFee),
    initialBaseFee: uintToBytes(p.initialBaseFee),
    maxBlockBytes: p.maxBlockBytes,
    maxBlockTxs: p.maxBlockTxs,
    matchBudgetPercent: p.matchBudgetPercent,
  });
}

/** The chain's parameters from state (the defaults for a state written before they existed). */
export function readChainParams(state: StateReader): ChainParams {
  const bytes = state.get(FeeKeys.params);
  if (!bytes) return { ...DEFAULT_CHAIN_PARAMS };
  const m = decodeCanonical(poco.ChainParams, bytes);
  return {
    blockGasLimit: u64ToNumber(m.blockGasLimit as never, "blockGasLimit"),
    minBaseFee: bytesToUint(m.minBaseFee, "minBaseFee"),
    initialBaseFee: bytesToUint(m.initialBaseFee, "initialBaseFee"),
    maxBlockBytes: u64ToNumber(m.maxBlockBytes as never, "maxBlockBytes"),
    maxBlockTxs: m.maxBlockTxs,
    matchBudgetPercent: m.matchBudgetPercent,
  };
}

/** The base fee of the block after a parent with `parentBaseFee` that used `parentGasUsed`. */
export function nextBaseFee(params: ChainParams, parentBaseFee: bigint, parentGasUsed: number): bigint {
  const target = BigInt(Math.floor(params.blockGasLimit / ELASTICITY));
  const used = BigInt(parentGasUsed);
  let next = parentBaseFee;
  if (target > 0n && used > target) {
    const delta = (parentBaseFee * (used - target)) / target / BASE_FEE_CHANGE_DENOMINATOR;
    next = parentBaseFee + (delta > 1n ? delta : 1n);
  } else if (target > 0n && used < target) {
    next = parentBaseFee - (parentBaseFee * (target - used)) / target / BASE_FEE_CHANGE_DENOMINATOR;
  }
  if (next < params.minBaseFee) return params.minBaseFee; // bigints: Math.max does not apply
  return next;
}

export interface TxFees {
  gasLimit: number;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

/** The tip per gas a tx pays at `baseFee` (0 when its max fee does not even cover the base fee). */
export function effectiveTip(fees: TxFees, baseFee: bigint): bigint {
  if (fees.maxFeePerGas < baseFee) return 0n;
  const room = fees.maxFeePerGas - baseFee;
  if (fees.maxPriorityFeePerGas > room) return room;
  return fees.maxPriorityFeePerGas;
}

/** What a tx pays per gas at `baseFee`: the base fee plus its effective tip (never above its max fee). */
export function gasPrice(fees: TxFees, baseFee: bigint): bigint {
  return baseFee + effectiveTip(fees, baseFee);
}

export function readFeePool(state: StateReader): bigint {
  const bytes = state.get(FeeKeys.pool);
  return bytes ? bytesToUint(bytes, "feePool") : 0n;
}

/** Moves `amount` from `payer`'s free balance into the fee pool (work paid outside gas). */
export function payToFeePool(state: StateWriter, payer: string, amount: bigint): void {
  if (amount === 0n) return;
  debitBalance(state, payer, amount);
  creditFeePool(state, amount);
}

function creditFeePool(state: StateWriter, amount: bigint): void {
  state.set(FeeKeys.pool, uintToBytes(readFeePool(state) + amount));
}

/** Pays a block's collected fees: base fees into the pool, tips to the proposer. */
export function payBlockFees(state: StateWriter, proposer: string, baseFees: bigint, tips: bigint): void {
  if (baseFees > 0n) creditFeePool(state, baseFees);
  if (tips > 0n) creditBalance(state, proposer, tips);
}
