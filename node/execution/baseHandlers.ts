/**
 * Execution of the base chain's transaction kinds: transfers, stake, registries.
 * Each handler runs against a per-transaction overlay and throws a TxError to fail the transaction.
 */
import { bytesToUint, type poco, u64ToNumber } from "../../proto/index.js";
import { toHex } from "../crypto/hash.js";
import { creditBalance, debitBalance, moveWithinAccount } from "../state/accounts.js";
import {
  appendCategory,
  deriveAssetAddress,
  readAdmin,
  writeApp,
  writeDataset,
  writeWorkerpool,
} from "../state/registries.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { TxHandler } from "./blockExecutor.js";
import type { TxContext } from "./context.js";

const senderBytes = (ctx: TxContext) => Uint8Array.from(Buffer.from(ctx.sender.slice(2), "hex"));

export const baseHandlers: Partial<Record<NonNullable<poco.Tx["kind"]>, TxHandler>> = {
  transfer(state, tx, ctx) {
    const to = toHex(tx.transfer!.to!);
    const amount = bytesToUint(tx.transfer!.amount, "amount");
    debitBalance(state, ctx.sender, amount);
    creditBalance(state, to, amount);
  },

  stake(state, tx, ctx) {
    moveWithinAccount(state, ctx.sender, bytesToUint(tx.stake!.amount, "amount"), "balance", "stake");
  },

  unstake(state, tx, ctx) {
    moveWithinAccount(state, ctx.sender, bytesToUint(tx.unstake!.amount, "amount"), "stake", "balance");
  },

  registerApp(state, tx, ctx) {
    const app = tx.registerApp!;
    const address = deriveAssetAddress("app", senderBytes(ctx), ctx.nonce);
    writeApp(state, address, {
      owner: senderBytes(ctx),
      name: app.name,
      uri: app.uri,
      checksum: app.checksum,
      mrenclave: app.mrenclave,
    });
  },

  registerDataset(state, tx, ctx) {
    const dataset = tx.registerDataset!;
    const address = deriveAssetAddress("dataset", senderBytes(ctx), ctx.nonce);
    writeDataset(state, address, {
      owner: senderBytes(ctx),
      name: dataset.name,
      uri: dataset.uri,
      checksum: dataset.checksum,
    });
  },

  registerWorkerpool(state, tx, ctx) {
    const pool = tx.registerWorkerpool!;
    const address = deriveAssetAddress("workerpool", senderBytes(ctx), ctx.nonce);
    writeWorkerpool(state, address, {
      owner: senderBytes(ctx),
      description: pool.description,
      schedulerRewardRatio: pool.schedulerRewardRatio,
      powerEfficiency: pool.powerEfficiency,
    });
  },

  registerCategory(state, tx, ctx) {
    const admin = readAdmin(state);
    if (admin !== ctx.sender)
      throw new TxError(TxErrorCode.UNAUTHORIZED, "only the chain admin registers categories");
    const category = tx.registerCategory!;
    const ref = u64ToNumber(category.workClockTimeRef, "workClockTimeRef");
    if (ref <= 0) throw new TxError(TxErrorCode.BAD_FIELD, "workClockTimeRef: must be greater than zero");
    appendCategory(state, {
      name: category.name ?? "",
      description: category.description ?? "",
      workClockTimeRef: ref,
    });
  },
};
