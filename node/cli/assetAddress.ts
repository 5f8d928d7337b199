/**
 * The address a registration tx gives its app, dataset or workerpool: keccak256(kind ‖ owner ‖
 * uint64 nonce)[12:], the formula of node/state/registries.ts (a unit test checks they agree), so the
 * CLI prints it without loading the state modules.
 */
import { keccak256, toHex } from "../crypto/hash.js";

export type AssetKind = "app" | "dataset" | "workerpool";
const KIND_TAG: Record<AssetKind, number> = { app: 1, dataset: 2, workerpool: 3 };

export function assetAddress(kind: AssetKind, owner: Uint8Array, nonce: number): string {
  const input = new Uint8Array(1 + 20 + 8);
  input[0] = KIND_TAG[kind];
  input.set(owner, 1);
  new DataView(input.buffer).setBigUint64(21, BigInt(nonce));
  return toHex(keccak256(input).slice(12));
}
