/**
 * When each validator was in the active set, as far as evidence needs it: double-signed checkpoints
 * are punished only if their signer belonged to the set at the checkpoint's height (or had left it so
 * recently that Ethereum may still trust it). The state machine keeps no history of sets, so each
 * validator's latest membership interval is stored, written only when the active set changes (O(size
 * of the change), nothing per block):
 *
 *   `val:act:<address>` = since (u64 BE) ‖ until (u64 BE); until = 0 while active.
 *
 * A genesis member has no record until it leaves (since = 0). Heights follow the checkpoint rule of
 * node/bridge/bridgeService.ts: the checkpoint of height h is signed by the set stored after block h
 * (it names it) and by the set that decided h, so a validator entering the set at the end of block h is
 * a member from h, and one leaving it there was a member up to h.
 */
import type { StateWriter } from "../state/accounts.js";
import type { StateReader } from "../state/stateOverlay.js";

const activityKey = (address: string) => `val:act:${address.slice(2).toLowerCase()}`;

interface Activity {
  since: number;
  /** Last height as a member; 0 while still a member. */
  until: number;
}

function readActivity(state: StateReader, address: string): Activity | undefined {
  const bytes = state.get(activityKey(address));
  if (bytes?.length !== 16) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  return { since: Number(view.getBigUint64(0)), until: Number(view.getBigUint64(8)) };
}

function writeActivity(state: StateWriter, address: string, a: Activity): void {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(a.since));
  view.setBigUint64(8, BigInt(a.until));
  state.set(activityKey(address), bytes);
}

/**
 * Records the members that entered and left the active set at the end of block `height`. A validator
 * returning while its previous interval still matters (`memoryBlocks` after it left) keeps its first
 * `since`: leaving and coming back quickly must not erase a membership an offence could be proven at.
 */
export function recordSetChange(
  state: StateWriter,
  previous: readonly string[],
  next: readonly string[],
  height: number,
  memoryBlocks: number,
): void {
  const before = new Set(previous);
  const after = new Set(next);
  for (const address of previous) {
    if (after.has(address)) continue;
    const since = readActivity(state, address)?.since ?? 0;
    writeActivity(state, address, { since, until: height });
  }
  for (const address of next) {
    if (before.has(address)) continue;
    const old = readActivity(state, address);
    const keep = old !== undefined && old.until > 0 && height - old.until <= memoryBlocks;
    writeActivity(state, address, { since: keep ? old.since : height, until: 0 });
  }
}

/**
 * Whether `address` was a member of the active set at `height`, or had left it at most `trustBlocks`
 * before (Ethereum keeps trusting a set until the one that dropped it is anchored). `activeNow`: it is
 * in the current set (a genesis member has no record while it stays).
 */
export function wasMember(
  state: StateReader,
  address: string,
  height: number,
  trustBlocks: number,
  activeNow: boolean,
): boolean {
  const a = readActivity(state, address);
  if (!a) return activeNow;
  if (height < a.since) return false;
  return a.until === 0 || height <= a.until + trustBlocks;
}
