/**
 * Registries of apps, datasets, workerpools and categories. Apps, datasets and workerpools get an
 * address derived like an Ethereum CREATE address, keccak256(kind ‖ owner ‖ nonce)[12:], so the id
 * is known before the transaction is executed.
 */
import { decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";
import { keccak256, toHex } from "../crypto/hash.js";
import type { StateWriter } from "./accounts.js";
import { StateKeys } from "./stateKeys.js";
import type { StateReader } from "./stateOverlay.js";

export type AssetKind = "app" | "dataset" | "workerpool";

const KIND_TAG: Record<AssetKind, number> = { app: 1, dataset: 2, workerpool: 3 };

export function deriveAssetAddress(kind: AssetKind, owner: Uint8Array, nonce: number): string {
  const input = new Uint8Array(1 + 20 + 8);
  input[0] = KIND_TAG[kind];
  input.set(owner, 1);
  new DataView(input.buffer).setBigUint64(21, BigInt(nonce));
  return toHex(keccak256(input).slice(12));
}

export interface Category {
  id: number;
  name: string;
  description: string;
  /** Work clock time reference T, in seconds of block time. */
  workClockTimeRef: number;
}

export function readApp(state: StateReader, address: string): poco.AppRecord | undefined {
  const bytes = state.get(StateKeys.app(address));
  return bytes ? decodeCanonical(poco.AppRecord, bytes) : undefined;
}

export function readDataset(state: StateReader, address: string): poco.DatasetRecord | undefined {
  const bytes = state.get(StateKeys.dataset(address));
  return bytes ? decodeCanonical(poco.DatasetRecord, bytes) : undefined;
}

export function readWorkerpool(state: StateReader, address: string): poco.WorkerpoolRecord | undefined {
  const bytes = state.get(StateKeys.workerpool(address));
  return bytes ? decodeCanonical(poco.WorkerpoolRecord, bytes) : undefined;
}

export function writeApp(state: StateWriter, address: string, record: poco.AppRecord.$Properties): void {
  state.set(StateKeys.app(address), encode(poco.AppRecord, record));
}

export function writeDataset(
  state: StateWriter,
  address: string,
  record: poco.DatasetRecord.$Properties,
): void {
  state.set(StateKeys.dataset(address), encode(poco.DatasetRecord, record));
}

export function writeWorkerpool(
  state: StateWriter,
  address: string,
  record: poco.WorkerpoolRecord.$Properties,
): void {
  state.set(StateKeys.workerpool(address), encode(poco.WorkerpoolRecord, record));
}

export function readCategory(state: StateReader, id: number): Category | undefined {
  const bytes = state.get(StateKeys.category(id));
  if (!bytes) return undefined;
  const msg = decodeCanonical(poco.CategoryRecord, bytes);
  return {
    id,
    name: msg.name,
    description: msg.description,
    workClockTimeRef: u64ToNumber(msg.workClockTimeRef, "workClockTimeRef"),
  };
}

export function categoryCount(state: StateReader): number {
  const bytes = state.get(StateKeys.meta("categoryCount"));
  return bytes ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) : 0;
}

/** Appends a category; ids are 0, 1, 2… in registration order. */
export function appendCategory(state: StateWriter, category: Omit<Category, "id">): number {
  const id = categoryCount(state);
  state.set(
    StateKeys.category(id),
    encode(poco.CategoryRecord, {
      name: category.name,
      description: category.description,
      workClockTimeRef: category.workClockTimeRef,
    }),
  );
  const count = new Uint8Array(4);
  new DataView(count.buffer).setUint32(0, id + 1);
  state.set(StateKeys.meta("categoryCount"), count);
  return id;
}

/** The governance admin set in genesis (lowercase 0x-hex), allowed to register categories. */
export function readAdmin(state: StateReader): string | undefined {
  const bytes = state.get(StateKeys.meta("admin"));
  return bytes ? toHex(bytes) : undefined;
}
