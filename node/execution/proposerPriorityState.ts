/**
 * Proposer priorities as part of the deterministic state, under `meta:proposerPriority`: the
 * priorities the set of height h starts with, and the set that voted at h − 1 (which the last commit of
 * block h is checked against). Written at the end of every block (after the next set is known), so
 * every node agrees on the proposer of every (height, round). `meta:validators` (and so the header's
 * validators hash) keeps only (address, power).
 */
import { nextHeightPriorities, type PrioritizedValidator } from "../../consensus/proposerPriority.js";
import { type Validator, ValidatorSet } from "../../consensus/validatorSet.js";
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { fromHex, toHex } from "../crypto/hash.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateReader } from "../state/stateOverlay.js";

export const PROPOSER_PRIORITY_KEY = StateKeys.meta("proposerPriority");
const VALIDATORS_KEY = StateKeys.meta("validators");

interface Writer extends StateReader {
  set(key: string, value: Uint8Array): void;
}

export interface ProposerPriorityRecord {
  height: number;
  validators: PrioritizedValidator[];
  previous: Validator[];
}

/** The (address, power) set stored under `meta:validators` (sorted by address). */
export function readValidators(state: StateReader): Validator[] {
  const bytes = state.get(VALIDATORS_KEY);
  if (!bytes) throw new Error("state has no validator set");
  return decodeCanonical(poco.ValidatorSet, bytes).validators.map((v) => ({
    address: toHex(v.address!),
    power: u64ToNumber(v.power as never, "power"),
  }));
}

export function readProposerPriorities(state: StateReader): ProposerPriorityRecord | undefined {
  const bytes = state.get(PROPOSER_PRIORITY_KEY);
  if (!bytes) return undefined;
  const m = decodeCanonical(poco.ProposerPriorityState, bytes);
  return {
    height: u64ToNumber(m.height as never, "height"),
    validators: m.validators.map((v) => {
      const magnitude = bytesToUint(v.priorityMagnitude, "priority");
      return {
        address: toHex(v.address!),
        power: BigInt(u64ToNumber(v.power as never, "power")),
        priority: v.priorityNegative ? -magnitude : magnitude,
      };
    }),
    previous: (m.previous?.validators ?? []).map((v) => ({
      address: toHex(v.address!),
      power: u64ToNumber(v.power as never, "power"),
    })),
  };
}

function writeRecord(state: Writer, r: ProposerPriorityRecord): void {
  state.set(
    PROPOSER_PRIORITY_KEY,
    encode(poco.ProposerPriorityState, {
      height: r.height,
      validators: r.validators.map((v) => ({
        address: fromHex(v.address, 20),
        power: Number(v.power),
        priorityMagnitude: uintToBytes(v.priority < 0n ? -v.priority : v.priority),
        priorityNegative: v.priority < 0n,
      })),
      previous: { validators: r.previous.map((v) => ({ address: fromHex(v.address, 20), power: v.power })) },
    }),
  );
}

/** Genesis: the first height starts with every priority at zero; no set voted before it. */
export function writeGenesisProposerPriorities(state: Writer): void {
  writeRecord(state, {
    height: 1,
    validators: readValidators(state).map((v) => ({
      address: v.address,
      power: BigInt(v.power),
      priority: 0n,
    })),
    previous: [],
  });
}

/**
 * End of block `height` (after the next set is written to `meta:validators`): carries the priorities
 * to height + 1 and remembers the set of `height` as the one the next block's last commit must match.
 */
export function writeNextProposerPriorities(state: Writer, height: number): void {
  const record = readProposerPriorities(state);
  const current =
    record && record.height === height
      ? record.validators
      : // Only for a store made before priorities existed: start this height from zero.
        readValidators(state).map((v) => ({ address: v.address, power: BigInt(v.power), priority: 0n }));
  const next = readValidators(state).map((v) => ({ address: v.address, power: BigInt(v.power) }));
  writeRecord(state, {
    height: height + 1,
    validators: nextHeightPriorities(current, next),
    previous: current.map((v) => ({ address: v.address, power: Number(v.power) })),
  });
}

/** The set that votes at `height` (the block after the state's head), with its proposer priorities. */
export function validatorSetAt(state: StateReader, height: number): ValidatorSet {
  const validators = readValidators(state);
  const record = readProposerPriorities(state);
  const priorities =
    record && record.height === height
      ? new Map(record.validators.map((v) => [v.address, v.priority]))
      : undefined;
  return new ValidatorSet(validators, priorities);
}

/** The set that voted at `height − 1` (for checking the last commit of block `height`). */
export function previousValidatorSet(state: StateReader, height: number): ValidatorSet | undefined {
  const record = readProposerPriorities(state);
  if (!record || record.height !== height || record.previous.length === 0) return undefined;
  return new ValidatorSet(record.previous);
}
