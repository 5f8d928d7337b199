/**
 * Stateless checks of the market's transaction bodies (mempool admission and block import): field
 * sizes, minimal integers, bounded strings. Nothing here reads state; execution re-checks everything.
 */
import type { AnyOrder, OrderKind } from "../node/crypto/eip712.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import { fixedBytes, type poco } from "../proto/index.js";
import { checkOrderFields, fieldCheck, orderHash } from "./orders.js";
import { MAX_CLAIM_ARRAY, MAX_RESULTS_BYTES, MAX_TASK_BATCH } from "./types.js";

const KINDS: readonly OrderKind[] = ["app", "dataset", "workerpool", "request"];

function order(chainId: number, kind: OrderKind, o: AnyOrder): void {
  checkOrderFields(kind, o);
  orderHash(chainId, kind, o);
}

const bytes32 = (v: Uint8Array | null | undefined, name: string): void => {
  fieldCheck(() => fixedBytes(v, 32, name));
};

function contributeFields(c: poco.Contribute.$Properties | null | undefined, name: string): void {
  bytes32(c?.taskId, `${name}.taskId`);
  bytes32(c?.resultHash, `${name}.resultHash`);
  bytes32(c?.resultSeal, `${name}.resultSeal`);
  fieldCheck(() => fixedBytes(c?.enclaveChallenge, 20, `${name}.enclaveChallenge`, true));
  fieldCheck(() => fixedBytes(c?.authorization, 65, `${name}.authorization`));
}

function revealFields(r: poco.Reveal.$Properties | null | undefined, name: string): void {
  bytes32(r?.taskId, `${name}.taskId`);
  bytes32(r?.resultDigest, `${name}.resultDigest`);
}

function contributeAndFinalizeFields(
  c: poco.ContributeAndFinalize.$Properties | null | undefined,
  name: string,
): void {
  bytes32(c?.taskId, `${name}.taskId`);
  bytes32(c?.resultDigest, `${name}.resultDigest`);
  if ((c?.results?.length ?? 0) > MAX_RESULTS_BYTES) {
    throw new TxError(TxErrorCode.BAD_FIELD, `${name}.results: longer than ${MAX_RESULTS_BYTES} bytes`);
  }
  fieldCheck(() => fixedBytes(c?.enclaveChallenge, 20, `${name}.enclaveChallenge`, true));
  fieldCheck(() => fixedBytes(c?.authorization, 65, `${name}.authorization`));
}

/** A batch: 1..MAX_TASK_BATCH entries, each checked as its single form (size first, then entries). */
function batchFields<E>(
  entries: readonly E[] | null | undefined,
  name: string,
  check: (entry: E, name: string) => void,
): void {
  const list = entries ?? [];
  if (list.length === 0 || list.length > MAX_TASK_BATCH) {
    throw new TxError(TxErrorCode.BAD_FIELD, `${name}.entries: 1..${MAX_TASK_BATCH} entries`);
  }
  for (const [i, entry] of list.entries()) check(entry, `${name}.entries[${i}]`);
}

/** Throws TxError BAD_FIELD when a market transaction's body is malformed; other kinds pass. */
export function checkMarketTxFields(chainId: number, tx: poco.Tx): void {
  switch (tx.kind) {
    case "publishOrder": {
      const p = tx.publishOrder;
      const kind = KINDS.find((k) => p?.[k]);
      if (!p || !kind) throw new TxError(TxErrorCode.BAD_FIELD, "publishOrder: no order");
      order(chainId, kind, p[kind] as AnyOrder);
      return;
    }
    case "cancelOrder":
      bytes32(tx.cancelOrder?.orderHash, "cancelOrder.orderHash");
      return;
    case "matchOrders": {
      const m = tx.matchOrders;
      if (!m?.app || !m.workerpool || !m.request) {
        throw new TxError(
          TxErrorCode.BAD_FIELD,
          "matchOrders: app, workerpool and request orders are required",
        );
      }
      order(chainId, "app", m.app);
      if (m.dataset?.dataset?.length) order(chainId, "dataset", m.dataset);
      order(chainId, "workerpool", m.workerpool);
      order(chainId, "request", m.request);
      return;
    }
    case "contribute":
      contributeFields(tx.contribute, "contribute");
      return;
    case "reveal":
      revealFields(tx.reveal, "reveal");
      return;
    case "contributeBatch":
      batchFields(tx.contributeBatch?.entries, "contributeBatch", contributeFields);
      return;
    case "revealBatch":
      batchFields(tx.revealBatch?.entries, "revealBatch", revealFields);
      return;
    case "reopen":
      bytes32(tx.reopen?.taskId, "reopen.taskId");
      return;
    case "finalize":
      bytes32(tx.finalize?.taskId, "finalize.taskId");
      if ((tx.finalize?.results?.length ?? 0) > MAX_RESULTS_BYTES) {
        throw new TxError(TxErrorCode.BAD_FIELD, `finalize.results: longer than ${MAX_RESULTS_BYTES} bytes`);
      }
      return;
    case "claim":
      bytes32(tx.claim?.taskId, "claim.taskId");
      return;
    case "contributeAndFinalize":
      contributeAndFinalizeFields(tx.contributeAndFinalize, "contributeAndFinalize");
      return;
    case "contributeAndFinalizeBatch":
      batchFields(
        tx.contributeAndFinalizeBatch?.entries,
        "contributeAndFinalizeBatch",
        contributeAndFinalizeFields,
      );
      return;
    case "claimArray": {
      const ids = tx.claimArray?.taskIds ?? [];
      if (ids.length === 0 || ids.length > MAX_CLAIM_ARRAY) {
        throw new TxError(TxErrorCode.BAD_FIELD, `claimArray.taskIds: 1..${MAX_CLAIM_ARRAY} task ids`);
      }
      for (const [i, id] of ids.entries()) bytes32(id, `claimArray.taskIds[${i}]`);
      return;
    }
    default:
      return;
  }
}
