/**
 * The validator rules a chain fixes at genesis (the genesis file's `params`), stored in state under
 * `meta:validatorParams` so that every node executes blocks with the same ones.
 *
 * Default durations assume the 500 ms block time: 2 blocks per second, 7,200 per hour.
 */
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateReader } from "../state/stateOverlay.js";

export interface ValidatorParams {
  /** nRLC of bonded stake per unit of voting power. */
  powerUnit: bigint;
  /**
   * Smallest bonded stake (nRLC) of a candidate: a bond that would leave its candidate below it
   * fails, so a candidacy is never free (a 1 nRLC bond used to make a permanent candidate).
   */
  minSelfBond: bigint;
  /** Size of the active set: the top N candidates by power (ties: lower address first). */
  maxValidators: number;
  /** Blocks before a new bond counts. */
  bondDelay: number;
  /** Blocks before unbonded stake is released (slashable meanwhile). */
  unbondDelay: number;
  /** Share of bonded + unbonding stake slashed for a double sign, in percent. */
  slashPercent: bigint;
  /** Evidence of a double sign older than this many blocks is refused. */
  evidenceMaxAgeBlocks: number;
  /**
   * How long the Ethereum bridge keeps trusting a checkpoint's signer set: the anchoring period
   * (a checkpoint roughly every 30 minutes), in blocks.
   */
  checkpointTrustBlocks: number;
  /** Blocks a jailed validator waits before an `unjail` is accepted. */
  jailBlocks: number;
  /** Participation window: blocks counted while in the active set before the counters restart. */
  participationWindow: number;
  /** Below this share of precommits signed (percent of the window) a validator is jailed. */
  participationThresholdPercent: number;
}

/** The bridge contract accepts checkpoints signed by at most this many validators. */
export const MAX_ACTIVE_VALIDATORS = 256;

export const DEFAULT_VALIDATOR_PARAMS: Readonly<ValidatorParams> = Object.freeze({
  powerUnit: 1_000_000_000n,
  // 1 RLC: one unit of power, the least a validator can vote with.
  minSelfBond: 1_000_000_000n,
  maxValidators: 100,
  bondDelay: 10,
  // 2 × the anchoring period (1 hour): a signer of the last anchored checkpoint stays slashable
  // until the next one is anchored even if the relayer runs late, and longer than the evidence window
  // so a double sign found at the end of that window still finds the stake.
  unbondDelay: 7_200,
  slashPercent: 5n,
  // 30 minutes: a node partitioned for up to an anchoring period can still submit what it saw;
  // evidence is gossiped as soon as it is seen, so it normally lands within a few blocks.
  evidenceMaxAgeBlocks: 3_600,
  // The bridge anchors about every 30 minutes.
  checkpointTrustBlocks: 3_600,
  // 10 minutes, as CometBFT's default downtime jail duration.
  jailBlocks: 1_200,
  // ≈ 8 minutes of blocks counted while active; 50% threshold (see validatorModule's endBlock).
  participationWindow: 1_000,
  participationThresholdPercent: 50,
});

export class ValidatorParamsError extends Error {
  readonly code = "VALIDATOR_PARAMS_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "ValidatorParamsError";
  }
}

/** Checks the rules' consistency; throws ValidatorParamsError naming the broken rule. */
export function checkValidatorParams(p: ValidatorParams): void {
  const fail = (why: string): never => {
    throw new ValidatorParamsError(why);
  };
  const int = (value: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (!Number.isSafeInteger(value) || value < min || value > max)
      fail(`${name} must be an integer in ${min}..${max}`);
  };
  if (p.powerUnit < 1n) fail("powerUnit must be at least 1 nRLC");
  if (p.minSelfBond < p.powerUnit)
    fail("minSelfBond must be at least one powerUnit (a candidate needs power ≥ 1)");
  int(p.maxValidators, "maxValidators", 1, MAX_ACTIVE_VALIDATORS);
  int(p.bondDelay, "bondDelay", 0);
  int(p.unbondDelay, "unbondDelay", 1);
  if (p.slashPercent < 0n || p.slashPercent > 100n) fail("slashPercent must be in 0..100");
  int(p.evidenceMaxAgeBlocks, "evidenceMaxAgeBlocks", 1);
  int(p.checkpointTrustBlocks, "checkpointTrustBlocks", 1);
  int(p.jailBlocks, "jailBlocks", 1);
  int(p.participationWindow, "participationWindow", 1);
  int(p.participationThresholdPercent, "participationThresholdPercent", 0, 100);
  // Stake must stay slashable for as long as misbehaviour can be proven or relied upon.
  if (p.unbondDelay <= p.evidenceMaxAgeBlocks) fail("unbondDelay must exceed evidenceMaxAgeBlocks");
  if (p.unbondDelay <= p.checkpointTrustBlocks) fail("unbondDelay must exceed checkpointTrustBlocks");
}

const PARAMS_KEY = StateKeys.meta("validatorParams");

export function encodeValidatorParams(p: ValidatorParams): Uint8Array {
  return encode(poco.ValidatorParams, {
    powerUnit: uintToBytes(p.powerUnit),
    minSelfBond: uintToBytes(p.minSelfBond),
    maxValidators: p.maxValidators,
    bondDelay: p.bondDelay,
    unbondDelay: p.unbondDelay,
    slashPercent: Number(p.slashPercent),
    evidenceMaxAgeBlocks: p.evidenceMaxAgeBlocks,
    checkpointTrustBlocks: p.checkpointTrustBlocks,
    jailBlocks: p.jailBlocks,
    participationWindow: p.participationWindow,
    participationThresholdPercent: p.participationThresholdPercent,
  });
}

export function writeValidatorParams(
  state: { set(key: string, value: Uint8Array): void },
  p: ValidatorParams,
): void {
  state.set(PARAMS_KEY, encodeValidatorParams(p));
}

/** Decoded params by their (never mutated) stored bytes: read on every block, decoded once. */
const decoded = new WeakMap<Uint8Array, Readonly<ValidatorParams>>();

/** The chain's validator params (the defaults for a state written before they were stored). */
export function readValidatorParams(state: StateReader): Readonly<ValidatorParams> {
  const bytes = state.get(PARAMS_KEY);
  if (!bytes) return DEFAULT_VALIDATOR_PARAMS;
  const cached = decoded.get(bytes);
  if (cached) return cached;
  const m = decodeCanonical(poco.ValidatorParams, bytes);
  const p = Object.freeze({
    powerUnit: bytesToUint(m.powerUnit, "powerUnit"),
    minSelfBond: bytesToUint(m.minSelfBond, "minSelfBond"),
    maxValidators: u64ToNumber(m.maxValidators as never, "maxValidators"),
    bondDelay: u64ToNumber(m.bondDelay as never, "bondDelay"),
    unbondDelay: u64ToNumber(m.unbondDelay as never, "unbondDelay"),
    slashPercent: BigInt(u64ToNumber(m.slashPercent as never, "slashPercent")),
    evidenceMaxAgeBlocks: u64ToNumber(m.evidenceMaxAgeBlocks as never, "evidenceMaxAgeBlocks"),
    checkpointTrustBlocks: u64ToNumber(m.checkpointTrustBlocks as never, "checkpointTrustBlocks"),
    jailBlocks: u64ToNumber(m.jailBlocks as never, "jailBlocks"),
    participationWindow: u64ToNumber(m.participationWindow as never, "participationWindow"),
    participationThresholdPercent: u64ToNumber(
      m.participationThresholdPercent as never,
      "participationThresholdPercent",
    ),
  });
  decoded.set(bytes, p);
  return p;
}

/**
 * The genesis file's `params` object: validator rules, every one optional (defaults above). Keys this
 * module does not know are left to other modules' parsers. Throws ValidatorParamsError.
 */
export function parseValidatorParams(json: unknown): ValidatorParams {
  if (json === undefined) return { ...DEFAULT_VALIDATOR_PARAMS };
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new ValidatorParamsError("params: expected an object");
  const o = json as Record<string, unknown>;
  const d = DEFAULT_VALIDATOR_PARAMS;
  const nrlc = (name: string, fallback: bigint): bigint => {
    const v = o[name];
    if (v === undefined) return fallback;
    if (typeof v !== "string" || !/^(0|[1-9][0-9]{0,35})$/.test(v))
      throw new ValidatorParamsError(`params.${name}: expected a decimal string of nRLC`);
    return BigInt(v);
  };
  const int = (name: string, fallback: number): number => {
    const v = o[name];
    if (v === undefined) return fallback;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
      throw new ValidatorParamsError(`params.${name}: expected a non-negative integer`);
    return v;
  };
  const p: ValidatorParams = {
    powerUnit: nrlc("powerUnit", d.powerUnit),
    minSelfBond: nrlc("minSelfBond", d.minSelfBond),
    maxValidators: int("maxValidators", d.maxValidators),
    bondDelay: int("bondDelay", d.bondDelay),
    unbondDelay: int("unbondDelay", d.unbondDelay),
    slashPercent: BigInt(int("slashPercent", Number(d.slashPercent))),
    evidenceMaxAgeBlocks: int("evidenceMaxAgeBlocks", d.evidenceMaxAgeBlocks),
    checkpointTrustBlocks: int("checkpointTrustBlocks", d.checkpointTrustBlocks),
    jailBlocks: int("jailBlocks", d.jailBlocks),
    participationWindow: int("participationWindow", d.participationWindow),
    participationThresholdPercent: int("participationThresholdPercent", d.participationThresholdPercent),
  };
  checkValidatorParams(p);
  return p;
}

/** Whether a genesis `params` object sets any validator rule (other modules share the object). */
export function hasValidatorParams(json: unknown): boolean {
  if (typeof json !== "object" || json === null) return false;
  return Object.keys(validatorParamsToJSON(DEFAULT_VALIDATOR_PARAMS)).some((k) => k in json);
}

/** The JSON form of the params (amounts as decimal strings), as `parseValidatorParams` reads it. */
export function validatorParamsToJSON(p: ValidatorParams): Record<string, unknown> {
  return {
    powerUnit: p.powerUnit.toString(),
    minSelfBond: p.minSelfBond.toString(),
    maxValidators: p.maxValidators,
    bondDelay: p.bondDelay,
    unbondDelay: p.unbondDelay,
    slashPercent: Number(p.slashPercent),
    evidenceMaxAgeBlocks: p.evidenceMaxAgeBlocks,
    checkpointTrustBlocks: p.checkpointTrustBlocks,
    jailBlocks: p.jailBlocks,
    participationWindow: p.participationWindow,
    participationThresholdPercent: p.participationThresholdPercent,
  };
}
