/**
 * Stateless checks of a transaction's fields, run before a transaction enters the mempool or a block
 * is executed: sizes, non-zero amounts, string lengths. Nothing here reads state.
 */
import { bytesToUint, CodecError, fixedBytes, type poco } from "../../proto/index.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

const MAX_STRING = 1024;

function field<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof CodecError) throw new TxError(TxErrorCode.BAD_FIELD, err.message);
    throw err;
  }
}

export function positiveAmount(bytes: Uint8Array | null | undefined, name: string): bigint {
  const value = field(() => bytesToUint(bytes, name));
  if (value === 0n) throw new TxError(TxErrorCode.BAD_FIELD, `${name}: must be greater than zero`);
  return value;
}

export function address(bytes: Uint8Array | null | undefined, name: string): Uint8Array {
  return field(() => fixedBytes(bytes, 20, name));
}

export function hash32(bytes: Uint8Array | null | undefined, name: string, optional = false): Uint8Array {
  return field(() => fixedBytes(bytes, 32, name, optional));
}

export function boundedString(value: string | null | undefined, name: string, max = MAX_STRING): string {
  const s = value ?? "";
  if (s.length > max) throw new TxError(TxErrorCode.BAD_FIELD, `${name}: longer than ${max} characters`);
  return s;
}

export function bytesUpTo(bytes: Uint8Array | null | undefined, name: string, max: number): Uint8Array {
  const b = bytes ?? new Uint8Array(0);
  if (b.length > max) throw new TxError(TxErrorCode.BAD_FIELD, `${name}: longer than ${max} bytes`);
  return b;
}

/** Field checks of the kinds the base chain executes; other kinds are checked by their modules. */
export function validateBaseTxFields(tx: poco.Tx): void {
  switch (tx.kind) {
    case "transfer":
      address(tx.transfer?.to, "transfer.to");
      positiveAmount(tx.transfer?.amount, "transfer.amount");
      return;
    case "stake":
      positiveAmount(tx.stake?.amount, "stake.amount");
      return;
    case "unstake":
      positiveAmount(tx.unstake?.amount, "unstake.amount");
      return;
    case "registerApp":
      boundedString(tx.registerApp?.name, "registerApp.name");
      boundedString(tx.registerApp?.uri, "registerApp.uri");
      hash32(tx.registerApp?.checksum, "registerApp.checksum", true);
      bytesUpTo(tx.registerApp?.mrenclave, "registerApp.mrenclave", 1024);
      return;
    case "registerDataset":
      boundedString(tx.registerDataset?.name, "registerDataset.name");
      boundedString(tx.registerDataset?.uri, "registerDataset.uri");
      hash32(tx.registerDataset?.checksum, "registerDataset.checksum", true);
      return;
    case "registerWorkerpool": {
      boundedString(tx.registerWorkerpool?.description, "registerWorkerpool.description");
      const ratio = tx.registerWorkerpool?.schedulerRewardRatio ?? 0;
      if (ratio > 100) throw new TxError(TxErrorCode.BAD_FIELD, "schedulerRewardRatio: must be 0..100");
      return;
    }
    case "registerCategory":
      boundedString(tx.registerCategory?.name, "registerCategory.name");
      boundedString(tx.registerCategory?.description, "registerCategory.description");
      return;
    default:
      return;
  }
}
