/**
 * The market module of the state machine: adapts the chain's state overlay, accounts and registries
 * to the pure market library (scheduler/) and routes the market's transaction kinds to it.
 */

import { decodeCanonical, poco, u64ToNumber } from "../../proto/index.js";
import {
  cancelOrder,
  checkMarketTxFields,
  claim,
  claimArray,
  contribute,
  contributeAndFinalize,
  contributeAndFinalizeBatch,
  contributeBatch,
  finalize,
  type Ledger,
  type MarketEnv,
  type MarketState,
  matchOrders,
  publishOrder,
  type Registries,
  reopen,
  reveal,
  revealBatch,
  runAutoMatching,
  settleDue,
} from "../../scheduler/index.js";
import { toHex } from "../crypto/hash.js";
import { type Account, readAccount, updateAccount, writeAccount } from "../state/accounts.js";
import { StateKeys } from "../state/stateKeys.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { StateMachineModule } from "./blockExecutor.js";
import type { BlockContext } from "./context.js";
import { payToFeePool, readChainParams } from "./fees.js";

function ledgerOf(state: MarketState): Ledger {
  return {
    read(address) {
      const a = readAccount(state, address);
      return { balance: a.balance, stake: a.stake, locked: a.locked };
    },
    update(address, change) {
      updateAccount(state, address, (a) => applyLedgerChange(a, address, change));
    },
  };
}

/** A ledger change applied to an account through the market's view of it; never a negative amount. */
function applyLedgerChange(a: Account, address: string, change: Parameters<Ledger["update"]>[1]): void {
  const view = { balance: a.balance, stake: a.stake, locked: a.locked };
  change(view);
  if (view.balance < 0n || view.stake < 0n || view.locked < 0n) {
    throw new Error(`market bug: negative amount on ${address}`);
  }
  a.balance = view.balance;
  a.stake = view.stake;
  a.locked = view.locked;
}

/**
 * The ledger of a batch tx (contributeBatch, revealBatch, contributeAndFinalizeBatch, claimArray): each
 * account the batch touches is read once and written once, at `flush`, instead of once per entry (a worker's stake lock per
 * contribution, the requester, scheduler and provers per finalization). Same amounts in the end: the
 * entries apply their changes in order to the one in-memory account, and a failing entry fails the
 * whole tx, whose writes are dropped anyway. Only for handlers whose market code reaches accounts
 * through the ledger alone (no fork, no direct account access) until `flush`. Accounts are written
 * in the order they were first changed (deterministic).
 */
function coalescingLedgerOf(state: MarketState): Ledger & { flush(): void } {
  const accounts = new Map<string, Account>();
  const changed = new Set<string>();
  const account = (address: string): Account => {
    let a = accounts.get(address);
    if (a === undefined) {
      a = readAccount(state, address);
      accounts.set(address, a);
    }
    return a;
  };
  return {
    read(address) {
      const a = account(address);
      return { balance: a.balance, stake: a.stake, locked: a.locked };
    },
    update(address, change) {
      applyLedgerChange(account(address), address, change);
      changed.add(address);
    },
    flush() {
      for (const address of changed) writeAccount(state, address, accounts.get(address) as Account);
      changed.clear();
    },
  };
}

const MAX_CATEGORY = BigInt(0xffffffff);

/**
 * A decode remembered per stored bytes object (state values are never mutated once written): every
 * match reads its app, workerpool and category records, which change rarely, and decoding them
 * (protobuf decode plus the canonical re-encode check) was a visible share of a match. The state reads
 * themselves (and their gas) are unchanged.
 */
function decodedOnce<T>(decode: (bytes: Uint8Array) => T): (bytes: Uint8Array) => T {
  const memo = new WeakMap<Uint8Array, T>();
  return (bytes) => {
    let value = memo.get(bytes);
    if (value === undefined) {
      value = decode(bytes);
      memo.set(bytes, value);
    }
    return value;
  };
}

const appOwnerOf = decodedOnce((b) => toHex(decodeCanonical(poco.AppRecord, b).owner));
const datasetOwnerOf = decodedOnce((b) => toHex(decodeCanonical(poco.DatasetRecord, b).owner));
const workerpoolOf = decodedOnce((b) => {
  const pool = decodeCanonical(poco.WorkerpoolRecord, b);
  return Object.freeze({
    owner: toHex(pool.owner),
    schedulerRewardRatio: pool.schedulerRewardRatio,
    powerEfficiency: pool.powerEfficiency,
  });
});
const timeRefMsOf = decodedOnce(
  (b) =>
    BigInt(u64ToNumber(decodeCanonical(poco.CategoryRecord, b).workClockTimeRef, "workClockTimeRef")) * 1000n,
);

/** The registries as the market sees them: the same reads as readApp / readWorkerpool / readCategory. */
function registriesOf(state: MarketState): Registries {
  const read = <T>(key: string, of: (bytes: Uint8Array) => T): T | undefined => {
    const bytes = state.get(key);
    return bytes ? of(bytes) : undefined;
  };
  return {
    appOwner: (address) => read(StateKeys.app(address), appOwnerOf),
    datasetOwner: (address) => read(StateKeys.dataset(address), datasetOwnerOf),
    workerpool: (address) => {
      const pool = read(StateKeys.workerpool(address), workerpoolOf);
      return pool ? { ...pool } : undefined;
    },
    categoryTimeRefMs: (id) =>
      id > MAX_CATEGORY ? undefined : read(StateKeys.category(Number(id)), timeRefMsOf),
  };
}

export function marketModule(opts: {
  chainId: number;
  /** Signers of inner signatures already recovered (memoSignerRecovery); default: recover here. */
  recoverSigner?: MarketEnv["recoverSigner"];
}): StateMachineModule {
  const env = (state: MarketState, ctx: BlockContext): MarketEnv => ({
    state,
    ledger: ledgerOf(state),
    registries: registriesOf(state),
    chainId: opts.chainId,
    timeMs: ctx.timeMs,
    fork: (child) => env(child, ctx),
    ...(opts.recoverSigner ? { recoverSigner: opts.recoverSigner } : {}),
  });
  /** Runs a batch handler with a coalescing ledger, then writes the accounts it changed. */
  const inBatch = (state: MarketState, ctx: BlockContext, run: (e: MarketEnv) => void): void => {
    const ledger = coalescingLedgerOf(state);
    const fork = (): MarketEnv => {
      throw new Error("market bug: a batch tx forked its environment (its ledger is not written yet)");
    };
    run({ ...env(state, ctx), ledger, fork });
    ledger.flush();
  };
  const missing = (what: string): TxError => new TxError(TxErrorCode.BAD_FIELD, `${what}: missing`);
  return {
    name: "market",
    handlers: {
      publishOrder(state, tx, ctx) {
        if (!tx.publishOrder) throw missing("publishOrder");
        const { matchGas } = publishOrder(env(state, ctx), ctx.sender, tx.publishOrder);
        // Automatic matching is work the chain will do in later blocks: paid now, at the base fee.
        if (matchGas > 0) payToFeePool(state, ctx.sender, BigInt(matchGas) * ctx.baseFee);
      },
      cancelOrder(state, tx, ctx) {
        const hash = tx.cancelOrder?.orderHash;
        if (hash?.length !== 32)
          throw new TxError(TxErrorCode.BAD_FIELD, "cancelOrder.orderHash: expected 32 bytes");
        cancelOrder(env(state, ctx), ctx.sender, toHex(hash));
      },
      matchOrders(state, tx, ctx) {
        const m = tx.matchOrders;
        if (!m?.app || !m.workerpool || !m.request)
          throw missing("matchOrders: app, workerpool and request orders");
        matchOrders(env(state, ctx), {
          app: m.app,
          dataset: m.dataset ?? null,
          workerpool: m.workerpool,
          request: m.request,
        });
      },
      contribute(state, tx, ctx) {
        if (!tx.contribute) throw missing("contribute");
        contribute(env(state, ctx), ctx.sender, tx.contribute);
      },
      reveal(state, tx, ctx) {
        if (!tx.reveal) throw missing("reveal");
        reveal(env(state, ctx), ctx.sender, tx.reveal);
      },
      reopen(state, tx, ctx) {
        if (!tx.reopen) throw missing("reopen");
        reopen(env(state, ctx), ctx.sender, tx.reopen);
      },
      finalize(state, tx, ctx) {
        if (!tx.finalize) throw missing("finalize");
        finalize(env(state, ctx), ctx.sender, tx.finalize);
      },
      claim(state, tx, ctx) {
        if (!tx.claim) throw missing("claim");
        claim(env(state, ctx), tx.claim);
      },
      contributeAndFinalize(state, tx, ctx) {
        if (!tx.contributeAndFinalize) throw missing("contributeAndFinalize");
        contributeAndFinalize(env(state, ctx), ctx.sender, tx.contributeAndFinalize);
      },
      contributeAndFinalizeBatch(state, tx, ctx) {
        if (!tx.contributeAndFinalizeBatch) throw missing("contributeAndFinalizeBatch");
        const batch = tx.contributeAndFinalizeBatch;
        inBatch(state, ctx, (e) => contributeAndFinalizeBatch(e, ctx.sender, batch));
      },
      contributeBatch(state, tx, ctx) {
        if (!tx.contributeBatch) throw missing("contributeBatch");
        const batch = tx.contributeBatch;
        inBatch(state, ctx, (e) => contributeBatch(e, ctx.sender, batch));
      },
      revealBatch(state, tx, ctx) {
        if (!tx.revealBatch) throw missing("revealBatch");
        const batch = tx.revealBatch;
        inBatch(state, ctx, (e) => revealBatch(e, ctx.sender, batch));
      },
      claimArray(state, tx, ctx) {
        if (!tx.claimArray) throw missing("claimArray");
        const claims = tx.claimArray;
        inBatch(state, ctx, (e) => claimArray(e, claims));
      },
    },
    validateFields(tx) {
      checkMarketTxFields(opts.chainId, tx);
    },
    endBlock(state, ctx) {
      // deadlines first: what is due at this block's time settles before new deals are made
      settleDue(env(state, ctx));
      const params = readChainParams(state);
      runAutoMatching(env(state, ctx), Math.floor((params.blockGasLimit * params.matchBudgetPercent) / 100));
    },
  };
}
