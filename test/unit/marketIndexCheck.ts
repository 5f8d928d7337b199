/**
 * Brute-force check of the market indexes: scanning every deal and contribution record of an
 * in-memory state gives exactly the index keys present in that state (no missing, no stale entry).
 */
import assert from "node:assert/strict";
import type { CommittedState } from "../../node/state/committedState.js";
import { contributionIndexKey, dealIndexKeys, isIndexKey } from "../../node/state/marketIndexes.js";
import { readDeal, readTask } from "../../scheduler/index.js";

export function expectedIndexKeys(state: CommittedState): string[] {
  const expected: string[] = [];
  for (const key of state.keysWithPrefix("deal:")) {
    const id = `0x${key.slice("deal:".length)}`;
    expected.push(...dealIndexKeys(id, readDeal(state, id)!));
  }
  for (const key of state.keysWithPrefix("contrib:")) {
    const [, task, worker] = key.split(":") as [string, string, string];
    const t = readTask(state, `0x${task}`)!;
    expected.push(contributionIndexKey(`0x${worker}`, `0x${task}`, readDeal(state, t.dealId)!));
  }
  return expected.sort();
}

export function assertIndexesMatchScan(state: CommittedState): void {
  const present = state.keysWithPrefix("ix").filter(isIndexKey);
  assert.deepEqual(present, expectedIndexKeys(state));
}
