/**
 * Runs a block's transactions against the state: the deterministic state transition
 * (parent state, block context, transactions) → (writes, receipts). No I/O, no clock.
 *
 * A transaction whose nonce does not match its sender's is not executable: a proposer drops it, and a
 * block that contains one is invalid. A transaction that is executable but fails (insufficient funds,
 * wrong state…) is kept with a failed receipt: its nonce is consumed and none of its writes apply.
 */
import { CodecError, type poco } from "../../proto/index.js";
import { readAccount, updateAccount } from "../state/accounts.js";
import { StateOverlay, type StateReader } from "../state/stateOverlay.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { BlockContext, TxContext } from "./context.js";
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
}

export interface BlockExecution {
  overlay: StateOverlay;
  receipts: TxReceipt[];
  /** The transactions kept in the block (all of them unless `dropInvalid`). */
  included: VerifiedTx[];
  /** Dropped by a proposer, with the reason. */
  dropped: { tx: VerifiedTx; error: TxError }[];
}

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

  /** Stateless checks: throws TxError. */
  validateFields(tx: poco.Tx): void {
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
    const receipts: TxReceipt[] = [];
    const included: VerifiedTx[] = [];
    const dropped: BlockExecution["dropped"] = [];
    for (const vtx of txs) {
      const nonce = readAccount(overlay, vtx.senderHex).nonce;
      if (vtx.nonce !== nonce) {
        const error = new TxError(
          vtx.nonce < nonce ? TxErrorCode.NONCE_TOO_LOW : TxErrorCode.NONCE_GAP,
          `nonce ${vtx.nonce}, expected ${nonce}`,
        );
        if (!dropInvalid) throw error;
        dropped.push({ tx: vtx, error });
        continue;
      }
      const index = included.length;
      included.push(vtx);
      receipts.push(
        this.applyTx(overlay, vtx, {
          ...ctx,
          sender: vtx.senderHex,
          nonce,
          txHash: vtx.hash,
          txIndex: index,
        }),
      );
    }
    for (const module of this.modules) module.endBlock?.(overlay, ctx);
    return { overlay, receipts, included, dropped };
  }

  private applyTx(overlay: StateOverlay, vtx: VerifiedTx, ctx: TxContext): TxReceipt {
    const txState = overlay.child();
    let error: TxReceipt["error"];
    try {
      const kind = vtx.tx.kind as TxKind;
      const handler = this.handlers.get(kind);
      if (!handler) throw new TxError(TxErrorCode.UNSUPPORTED, `tx kind ${kind} is not executable yet`);
      this.validateFields(vtx.tx);
      handler(txState, vtx.tx, ctx);
      txState.commitTo(overlay);
    } catch (err) {
      if (err instanceof TxError) error = { code: err.code, message: err.message };
      else if (err instanceof CodecError) error = { code: TxErrorCode.BAD_FIELD, message: err.message };
      else throw err; // a bug, not a bad transaction: never hidden in a receipt
    }
    // The nonce is consumed whether the transaction succeeded or not.
    updateAccount(overlay, ctx.sender, (a) => {
      a.nonce += 1;
    });
    return { txHash: vtx.hash, index: ctx.txIndex, ...(error ? { error } : {}) };
  }
}
