/**
 * Runs a block's transactions against the state: the deterministic state transition
 * (parent state, block context, transactions) → (writes, receipts). No I/O, no clock.
 *
 * A transaction is not executable when its nonce does not match its sender's, when the block has no
 * room left for its gas limit, or when it cannot pay its gas (fees.ts): a proposer drops it, and a block
 * that contains one is invalid. A transaction that is executable but fails (insufficient funds, wrong
 * state, out of gas…) is kept with a failed receipt: its nonce is consumed, its gas is paid, and none of
 * its writes apply.
 */
import { bytesToUint, CodecError, type poco, u64ToNumber } from "../../proto/index.js";
import { creditBalance, readAccount, updateAccount } from "../state/accounts.js";
import { StateOverlay, type StateReader } from "../state/stateOverlay.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { BlockContext, TxContext } from "./context.js";
import {
  type ChainParams,
  effectiveTip,
  gasPrice,
  payBlockFees,
  readChainParams,
  type TxFees,
} from "./fees.js";
import { GasMeter, MeteredOverlay } from "./gasMeter.js";
import { intrinsicGas } from "./gasSchedule.js";
import { validateBaseTxFields } from "./txValidation.js";

export type TxKind = NonNullable<poco.Tx["kind"]>;
export type TxHandler = (state: StateOverlay, tx: poco.Tx, ctx: TxContext) => void;

/** A module of the state machine: its transaction kinds and what runs at the end of each block. */
export interface StateMachineModule {
  name: string;
  handlers: Partial<Record<TxKind, TxHandler>>;
  /** Stateless field checks for this module's kinds (mempool admission and block import). */
  validateFields?(tx: poco.Tx): void;
  /** Runs after the block's transactions (e.g. automatic matching, SLA deadlines). */
  endBlock?(state: StateOverlay, ctx: BlockContext): void;
}

export interface TxReceipt {
  txHash: Uint8Array;
  index: number;
  /** undefined on success. */
  error?: { code: string; message: string };
  gasUsed: number;
  /** nRLC paid: gasUsed × (base fee + tip). */
  fee: bigint;
}

export interface BlockExecution {
  overlay: StateOverlay;
  receipts: TxReceipt[];
  /** The transactions kept in the block (all of them unless `dropInvalid`). */
  included: VerifiedTx[];
  /** Dropped by a proposer, with the reason. */
  dropped: { tx: VerifiedTx; error: TxError }[];
  /** Gas used by the included transactions (the header's gas_used). */
  gasUsed: number;
  /** Base fees (to the pool) and tips (to the proposer) collected, nRLC. */
  baseFees: bigint;
  tips: bigint;
}

/** The fee fields of an unsigned tx (for estimates; signed txs carry them verified). */
function feesOf(tx: poco.Tx): TxFees {
  return {
    gasLimit: u64ToNumber(tx.gasLimit as never, "gasLimit"),
    maxFeePerGas: bytesToUint(tx.maxFeePerGas, "maxFeePerGas"),
    maxPriorityFeePerGas: bytesToUint(tx.maxPriorityFeePerGas, "maxPriorityFeePerGas"),
  };
}

/** Bytes a block keeps for its header and last commit beside its transactions. */
export const BLOCK_OVERHEAD_BYTES = 256 * 1024;

export class BlockExecutor {
  private readonly handlers = new Map<TxKind, TxHandler>();

  constructor(private readonly modules: StateMachineModule[]) {
    for (const module of modules) {
      for (const [kind, handler] of Object.entries(module.handlers) as [TxKind, TxHandler][]) {
        if (this.handlers.has(kind)) throw new Error(`two modules handle tx kind ${kind}`);
        this.handlers.set(kind, handler);
      }
    }
  }

  /**
   * Decoded txs that passed `validateFields`: the checks are a pure function of the tx (and of this
   * executor's chain id), and a tx admitted by the mempool reaches block execution as the very same
   * decoded object, so execution does not check its fields a second time ("verify once"). Weak: gone
   * with the tx. Decoded txs are never mutated.
   */
  private readonly fieldsChecked = new WeakSet<poco.Tx>();

  /** Stateless checks: throws TxError. */
  validateFields(tx: poco.Tx): void {
    if (this.fieldsChecked.has(tx)) return;
    this.checkFields(tx);
    this.fieldsChecked.add(tx);
  }

  private checkFields(tx: poco.Tx): void {
    validateBaseTxFields(tx);
    for (const module of this.modules) module.validateFields?.(tx);
  }

  /** The nonce a sender's next transaction must carry. */
  expectedNonce(state: StateReader, sender: string): number {
    return readAccount(state, sender).nonce;
  }

  /**
   * Executes `txs` in order. With `dropInvalid` (proposer) non-executable transactions are skipped;
   * without it (import) the first one throws, making the block invalid.
   */
  execute(parent: StateReader, ctx: BlockContext, txs: VerifiedTx[], dropInvalid: boolean): BlockExecution {
    const overlay = new StateOverlay(parent);
    const params = readChainParams(overlay);
    const receipts: TxReceipt[] = [];
    const included: VerifiedTx[] = [];
    const dropped: BlockExecution["dropped"] = [];
    let gasLeft = params.blockGasLimit;
    let txBytes = 0;
    let baseFees = 0n;
    let tips = 0n;
    for (const vtx of txs) {
      const error = this.notExecutable(overlay, ctx, params, vtx, gasLeft, included.length, txBytes);
      if (error) {
        if (!dropInvalid) throw error;
        dropped.push({ tx: vtx, error });
        continue;
      }
      const index = included.length;
      included.push(vtx);
      txBytes += vtx.size;
      const receipt = this.applyTx(overlay, vtx, ctx, index);
      receipts.push(receipt);
      gasLeft -= receipt.gasUsed;
      baseFees += BigInt(receipt.gasUsed) * ctx.baseFee;
      tips += BigInt(receipt.gasUsed) * effectiveTip(vtx, ctx.baseFee);
    }
    payBlockFees(overlay, ctx.proposer, baseFees, tips);
    for (const module of this.modules) module.endBlock?.(overlay, ctx);
    return { overlay, receipts, included, dropped, gasUsed: params.blockGasLimit - gasLeft, baseFees, tips };
  }

  /**
   * Why `vtx` cannot be in this block at this position, or undefined: wrong nonce, no room left
   * (gas, count, bytes), gas limit below its intrinsic gas, max fee below the base fee, or a balance
   * that cannot pay its gas limit at its price. A block holding such a tx is invalid.
   */
  private notExecutable(
    state: StateReader,
    ctx: BlockContext,
    params: ChainParams,
    vtx: VerifiedTx,
    gasLeft: number,
    count: number,
    txBytes: number,
  ): TxError | undefined {
    const account = readAccount(state, vtx.senderHex);
    if (vtx.nonce !== account.nonce) {
      return new TxError(
        vtx.nonce < account.nonce ? TxErrorCode.NONCE_TOO_LOW : TxErrorCode.NONCE_GAP,
        `nonce ${vtx.nonce}, expected ${account.nonce}`,
      );
    }
    if (count >= params.maxBlockTxs || txBytes + vtx.size > params.maxBlockBytes)
      return new TxError(TxErrorCode.GAS_LIMIT, "block is full (transactions or bytes)");
    if (vtx.gasLimit > gasLeft)
      return new TxError(
        TxErrorCode.GAS_LIMIT,
        `gas limit ${vtx.gasLimit} exceeds the ${gasLeft} left in the block`,
      );
    const intrinsic = intrinsicGas(vtx.tx, vtx.size);
    if (vtx.gasLimit < intrinsic)
      return new TxError(TxErrorCode.GAS_LIMIT, `gas limit ${vtx.gasLimit} below intrinsic gas ${intrinsic}`);
    if (vtx.maxFeePerGas < ctx.baseFee)
      return new TxError(
        TxErrorCode.FEE_TOO_LOW,
        `max fee ${vtx.maxFeePerGas} below base fee ${ctx.baseFee}`,
      );
    const maxCharge = BigInt(vtx.gasLimit) * gasPrice(vtx, ctx.baseFee);
    if (account.balance < maxCharge) {
      return new TxError(
        TxErrorCode.INSUFFICIENT_FUNDS,
        `balance ${account.balance} cannot pay gas limit × price = ${maxCharge} nRLC`,
      );
    }
    return undefined;
  }

  /**
   * Gas an unsigned transaction from `sender` would use on `parent` now (its writes are discarded):
   * for wallets to set a gas limit. `signedSize` is the size its signed form will have.
   */
  estimateGas(
    parent: StateReader,
    block: BlockContext,
    tx: poco.Tx,
    sender: string,
    signedSize: number,
  ): { gasUsed: number; error?: { code: string; message: string } } {
    const overlay = new StateOverlay(parent);
    const meter = new GasMeter(readChainParams(overlay).blockGasLimit);
    try {
      const fees = feesOf(tx);
      // The handler must see the account as it will be: nonce consumed, gas reserved (sizes differ).
      const nonce = readAccount(overlay, sender).nonce;
      const price = gasPrice(fees, block.baseFee);
      updateAccount(overlay, sender, (a) => {
        const reserved = BigInt(fees.gasLimit) * price;
        a.balance = a.balance > reserved ? a.balance - reserved : 0n;
        a.nonce += 1;
      });
      meter.charge(intrinsicGas(tx, signedSize), "intrinsic gas");
      const handler = this.handlers.get(tx.kind as TxKind);
      if (!handler) throw new TxError(TxErrorCode.UNSUPPORTED, `tx kind ${tx.kind} is not executable`);
      this.checkFields(tx); // a caller-built object, maybe changed and estimated again: not remembered
      const ctx = { ...block, sender, nonce, txHash: new Uint8Array(32), txIndex: 0, gas: meter };
      handler(new MeteredOverlay(overlay, meter), tx, ctx);
    } catch (err) {
      if (err instanceof TxError || err instanceof CodecError)
        return { gasUsed: meter.used, error: { code: err.code, message: err.message } };
      throw err;
    }
    return { gasUsed: meter.used };
  }

  /**
   * Runs one executable transaction: its nonce is consumed and its gas limit × price reserved first;
   * the handler runs on a metered overlay (all or none of its writes apply); the unused gas is refunded.
   */
  private applyTx(overlay: StateOverlay, vtx: VerifiedTx, block: BlockContext, index: number): TxReceipt {
    const price = gasPrice(vtx, block.baseFee);
    const reserved = BigInt(vtx.gasLimit) * price;
    updateAccount(overlay, vtx.senderHex, (a) => {
      a.balance -= reserved;
      a.nonce += 1;
    });
    const meter = new GasMeter(vtx.gasLimit);
    const ctx: TxContext = {
      ...block,
      sender: vtx.senderHex,
      nonce: vtx.nonce,
      txHash: vtx.hash,
      txIndex: index,
      gas: meter,
    };
    let error: TxReceipt["error"];
    try {
      meter.charge(intrinsicGas(vtx.tx, vtx.size), "intrinsic gas");
      const kind = vtx.tx.kind as TxKind;
      const handler = this.handlers.get(kind);
      if (!handler) throw new TxError(TxErrorCode.UNSUPPORTED, `tx kind ${kind} is not executable yet`);
      this.validateFields(vtx.tx);
      const txState = new MeteredOverlay(overlay, meter);
      handler(txState, vtx.tx, ctx);
      txState.commitTo(overlay);
    } catch (err) {
      if (err instanceof TxError) error = { code: err.code, message: err.message };
      else if (err instanceof CodecError) error = { code: TxErrorCode.BAD_FIELD, message: err.message };
      else throw err; // a bug, not a bad transaction: never hidden in a receipt
    }
    const fee = BigInt(meter.used) * price;
    if (reserved > fee) creditBalance(overlay, vtx.senderHex, reserved - fee);
    // two literals rather than a spread of `{}` or `{ error }`: no extra object per transaction
    return error
      ? { txHash: vtx.hash, index, gasUsed: meter.used, fee, error }
      : { txHash: vtx.hash, index, gasUsed: meter.used, fee };
  }
}
