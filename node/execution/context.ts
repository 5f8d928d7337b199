import type { GasMeter } from "./gasMeter.js";

/** What a transaction's execution may know about its block and itself: no clock, no I/O. */
export interface BlockContext {
  chainId: number;
  height: number;
  /** Block time from the header (ms): the only clock the state machine sees. */
  timeMs: number;
  proposer: string;
  /** Base fee per gas of this block (nRLC). */
  baseFee: bigint;
  /** Validators whose precommit for the parent block is in this block's last commit (sorted). */
  lastCommitSigners?: readonly string[];
}

export interface TxContext extends BlockContext {
  /** Lowercase 0x-hex sender address. */
  sender: string;
  nonce: number;
  txHash: Uint8Array;
  txIndex: number;
  /** The transaction's gas meter (the handler's state is metered already; explicit work charges here). */
  gas: GasMeter;
}
