/**
 * Validators in the state machine: bonding and unbonding with delays, evidence of double-signing
 * (slash + jail), jailing for downtime, `unjail` after a jail period, and `setPeerId` (the node's p2p
 * identity, validatorPeers.ts). Voting power is bonded
 * stake / powerUnit. At the end of every block the active set — the top `maxValidators` candidates by
 * power, ties by address — is stored under `meta:validators` (sorted by address); it takes effect for
 * the next height.
 *
 * Cost: a candidate is an entry of a state-backed ordered index (candidateIndex.ts), and pending bond
 * activations and unbonding releases wait in a queue keyed by the height they are due, so a bond,
 * an unbond and the end of a block each touch O(log n) keys per change, plus the active set (≤ N) for
 * participation — never the whole candidate list.
 */

import { verifySignedVote } from "../../consensus/vote.js";
import {
  bytesEqual,
  bytesToUint,
  decodeCanonical,
  encode,
  poco,
  u64ToNumber,
  uintToBytes,
} from "../../proto/index.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { readAccount, type StateWriter, updateAccount } from "../state/accounts.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateOverlay, StateReader } from "../state/stateOverlay.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { StateMachineModule } from "./blockExecutor.js";
import { type Candidate, CandidateIndex, readOnlyCandidateIndex } from "./candidateIndex.js";
import {
  checkpointPairShape,
  isCheckpointEvidence,
  verifyCheckpointPairSignatures,
} from "./checkpointEvidence.js";
import type { BlockContext } from "./context.js";
import { type EvidencePart, isProposalEvidence, proposalEvidencePair } from "./proposalEvidence.js";
import { writeNextProposerPriorities } from "./proposerPriorityState.js";
import { recordSetChange, wasMember } from "./validatorActivity.js";
import {
  checkValidatorParams,
  DEFAULT_VALIDATOR_PARAMS,
  readValidatorParams,
  type ValidatorParams,
  writeValidatorParams,
} from "./validatorParams.js";
import { checkPeerIdShape, writeValidatorPeer } from "./validatorPeers.js";

export { DEFAULT_VALIDATOR_PARAMS, type ValidatorParams } from "./validatorParams.js";

/** Voting power of one validator is capped (keeps total power far inside safe integers). */
const MAX_POWER = 1_000_000n;

export interface ValidatorRecord {
  jailed: boolean;
  /** While jailed: first height at which `unjail` is accepted. */
  jailedUntil: number;
  pendingBond: bigint;
  pendingBondHeight: number;
  unbonding: bigint;
  unbondingReleaseHeight: number;
  /** Participation in the current window (blocks counted while in the active set). */
  signedBlocks: number;
  missedBlocks: number;
  timesSlashed: number;
}

const RECORD_PREFIX = "val:";
const recordKey = (address: string) => `${RECORD_PREFIX}${address.slice(2).toLowerCase()}`;
const isRecordKey = (key: string) => /^val:[0-9a-f]{40}$/.test(key);
const BURNED = StateKeys.meta("slashedTotal");
/** The set that voted on the parent block (whose precommits this block's last commit carries). */
const LAST_SET = "val:lastset";
/** Due queue: `val:due:<height>` = entry count, `val:due:<height>:<i>` = the address due then. */
const heightHex = (height: number) => height.toString(16).padStart(12, "0");
const dueCountKey = (height: number) => `val:due:${heightHex(height)}`;
const dueEntryKey = (height: number, i: number) => `val:due:${heightHex(height)}:${i.toString(16)}`;

export function readRecord(state: StateReader, address: string): ValidatorRecord {
  const bytes = state.get(recordKey(address));
  // Written only by writeRecord below, so canonical: skip the re-encoding check untrusted input gets.
  const m = bytes ? poco.ValidatorRecord.decode(bytes) : undefined;
  return {
    jailed: m?.jailed ?? false,
    jailedUntil: u64ToNumber(m?.jailedUntil as never, "jailedUntil"),
    pendingBond: bytesToUint(m?.pendingBond, "pendingBond"),
    pendingBondHeight: u64ToNumber(m?.pendingBondHeight as never, "pendingBondHeight"),
    unbonding: bytesToUint(m?.unbonding, "unbonding"),
    unbondingReleaseHeight: u64ToNumber(m?.unbondingReleaseHeight as never, "unbondingReleaseHeight"),
    signedBlocks: u64ToNumber(m?.signedBlocks as never, "signedBlocks"),
    missedBlocks: u64ToNumber(m?.missedBlocks as never, "missedBlocks"),
    timesSlashed: u64ToNumber(m?.timesSlashed as never, "timesSlashed"),
  };
}

/** Writes a record; one with nothing left to remember is deleted (no trace in the state root). */
function writeRecord(state: StateWriter, address: string, r: ValidatorRecord): void {
  const bytes = encode(poco.ValidatorRecord, {
    jailed: r.jailed,
    jailedUntil: r.jailed ? r.jailedUntil : 0,
    pendingBond: uintToBytes(r.pendingBond),
    pendingBondHeight: r.pendingBond > 0n ? r.pendingBondHeight : 0,
    unbonding: uintToBytes(r.unbonding),
    unbondingReleaseHeight: r.unbonding > 0n ? r.unbondingReleaseHeight : 0,
    signedBlocks: r.signedBlocks,
    missedBlocks: r.missedBlocks,
    timesSlashed: r.timesSlashed,
  });
  const key = recordKey(address);
  const current = state.get(key);
  if (bytes.length === 0) {
    if (current) state.delete(key);
  } else if (!current || !bytesEqual(current, bytes)) state.set(key, bytes);
}

/**
 * Why `address` is not a validator candidate — its bonded + pending bond below the minimum
 * self-bond — or undefined when it is one (the bar for `setPeerId`).
 */
export function notCandidate(
  state: StateReader,
  address: string,
): { bond: bigint; minSelfBond: bigint } | undefined {
  const bond = readAccount(state, address).bonded + readRecord(state, address).pendingBond;
  const { minSelfBond } = readValidatorParams(state);
  return bond < minSelfBond ? { bond, minSelfBond } : undefined;
}

export function readSlashedTotal(state: StateReader): bigint {
  const bytes = state.get(BURNED);
  return bytes ? bytesToUint(bytes, "slashedTotal") : 0n;
}

/** Power a candidate has in the index: 0 (not a candidate) when jailed or below the minimum self-bond. */
function candidatePower(bonded: bigint, record: ValidatorRecord, params: ValidatorParams): number {
  if (record.jailed || bonded < params.minSelfBond) return 0;
  const power = bonded / params.powerUnit;
  return Number(power > MAX_POWER ? MAX_POWER : power);
}

/** Re-indexes a candidate after its stake or jail status changed (`record`: as just written): O(log n). */
function refreshCandidate(
  state: StateWriter,
  address: string,
  params: ValidatorParams,
  record: ValidatorRecord = readRecord(state, address),
): void {
  const power = candidatePower(readAccount(state, address).bonded, record, params);
  new CandidateIndex(state).set(address, power);
}

/** Queues `address` for its bond activation or unbonding release at `height` (once per height). */
function enqueueDue(state: StateWriter, height: number, address: string, alreadyQueued: boolean): void {
  if (alreadyQueued) return;
  const countBytes = state.get(dueCountKey(height));
  const count = countBytes ? Number(bytesToUint(countBytes, "dueCount")) : 0;
  state.set(dueEntryKey(height, count), fromHex(address, 20));
  state.set(dueCountKey(height), uintToBytes(BigInt(count + 1)));
}

/** Whether the record already has something due at `height` (so its address is queued there). */
const dueAt = (r: ValidatorRecord, height: number) =>
  (r.pendingBond > 0n && r.pendingBondHeight === height) ||
  (r.unbonding > 0n && r.unbondingReleaseHeight === height);

/** State keys under which validator records (and the index and due queue) live, for API listings. */
export const VALIDATOR_KEY_PREFIX = RECORD_PREFIX;

/**
 * Every known candidate (sorted): records among `keys` (state keys listed under
 * VALIDATOR_KEY_PREFIX), the index and the active set. For the API only: O(n).
 */
export function readCandidates(state: StateReader, keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) if (isRecordKey(key)) out.add(`0x${key.slice(4)}`);
  for (const c of readOnlyCandidateIndex(state).all()) out.add(c.address);
  for (const v of readActiveSet(state)) out.add(v.address);
  return [...out].sort();
}

/** The active set stored in state (sorted by address). */
export function readActiveSet(state: StateReader, key = StateKeys.meta("validators")): Candidate[] {
  const bytes = state.get(key);
  if (!bytes) return [];
  return decodeCanonical(poco.ValidatorSet, bytes).validators.map((v) => ({
    address: toHex(v.address!),
    power: u64ToNumber(v.power as never, "power"),
  }));
}

/** Genesis: validators' power becomes bonded stake (power × powerUnit) and they are the candidates. */
export function applyGenesisValidators(
  state: StateWriter,
  validators: { address: string; power: number }[],
  params: ValidatorParams = DEFAULT_VALIDATOR_PARAMS,
): void {
  checkValidatorParams(params);
  writeValidatorParams(state, params);
  for (const v of validators) {
    updateAccount(state, v.address, (a) => {
      a.bonded += BigInt(v.power) * params.powerUnit;
    });
    refreshCandidate(state, v.address, params);
  }
}

export function validatorModule(opts: { chainId: number; backend: SignatureBackend }): StateMachineModule {
  /** Moves due bonds to `bonded` and due unbonding stake to the balance: only what is due now. */
  const releaseDue = (state: StateOverlay, height: number, params: ValidatorParams) => {
    const countBytes = state.get(dueCountKey(height));
    if (!countBytes) return;
    const count = Number(bytesToUint(countBytes, "dueCount"));
    for (let i = 0; i < count; i++) {
      const entry = dueEntryKey(height, i);
      const bytes = state.get(entry);
      if (!bytes) throw new Error(`corrupt validator due queue: missing ${entry}`);
      const address = toHex(bytes);
      state.delete(entry);
      const record = readRecord(state, address);
      let bondedChanged = false;
      // An entry may be stale (a later bond moved the activation further): the heights decide.
      if (record.pendingBond > 0n && record.pendingBondHeight <= height) {
        const amount = record.pendingBond;
        updateAccount(state, address, (a) => {
          a.bonded += amount;
        });
        record.pendingBond = 0n;
        bondedChanged = true;
      }
      if (record.unbonding > 0n && record.unbondingReleaseHeight <= height) {
        const amount = record.unbonding;
        updateAccount(state, address, (a) => {
          a.balance += amount;
        });
        record.unbonding = 0n;
      }
      writeRecord(state, address, record);
      if (bondedChanged) refreshCandidate(state, address, params, record);
    }
    state.delete(dueCountKey(height));
  };

  /**
   * Participation (CometBFT's downtime rule, with a fixed window): each validator of the set that
   * voted on the parent block is counted as signing or missing that block's commit; one that cannot
   * reach the threshold within the window any more is jailed (not slashed: its stake is intact, it
   * only stops being a validator until it unjails). Counted only while in the active set.
   *
   * Why an honest validator never drops: another engineer's rule makes a last commit carry every
   * precommit its proposer saw, so an honest validator is missing only from blocks whose proposer
   * omits it on purpose or did not receive its precommit in time. Byzantine validators hold < 1/3 of
   * the power and so propose < 1/3 of the blocks; with a 50% threshold an honest validator can lose
   * those blocks and still miss up to a further 1/6 of the window on a slow machine. A long window
   * (default 1,000 blocks) averages out bursts.
   */
  const countParticipation = (state: StateOverlay, ctx: BlockContext, params: ValidatorParams) => {
    if (!ctx.lastCommitSigners) return;
    const signers = new Set(ctx.lastCommitSigners);
    const voters = state.get(LAST_SET) ? readActiveSet(state, LAST_SET) : readActiveSet(state);
    const window = params.participationWindow;
    // ceil(window × threshold / 100) in exact integer steps
    const scaled = window * params.participationThresholdPercent;
    const minSigned = (scaled - (scaled % 100)) / 100 + (scaled % 100 === 0 ? 0 : 1);
    const maxMissed = window - minSigned;
    for (const { address } of voters) {
      const record = readRecord(state, address);
      if (record.jailed) continue;
      if (signers.has(address)) record.signedBlocks += 1;
      else record.missedBlocks += 1;
      if (record.missedBlocks > maxMissed) {
        record.jailed = true;
        record.jailedUntil = ctx.height + params.jailBlocks;
        record.signedBlocks = 0;
        record.missedBlocks = 0;
        writeRecord(state, address, record);
        refreshCandidate(state, address, params, record);
        continue;
      }
      if (record.signedBlocks + record.missedBlocks >= window) {
        record.signedBlocks = 0;
        record.missedBlocks = 0;
      }
      writeRecord(state, address, record);
    }
  };

  /** Stores the next active set: the top `maxValidators` of the index, by address. */
  const updateActiveSet = (state: StateOverlay, params: ValidatorParams, height: number) => {
    const setKey = StateKeys.meta("validators");
    const current = state.get(setKey);
    // The set that votes on this block is the one whose precommits the next block carries.
    if (current && toHex(current) !== toHex(state.get(LAST_SET) ?? new Uint8Array(0)))
      state.set(LAST_SET, current);
    const active = new CandidateIndex(state).top(params.maxValidators);
    // Never leave the chain without validators: keep the previous set if nobody would remain.
    if (active.length === 0) return;
    active.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    const next = encode(poco.ValidatorSet, {
      validators: active.map((v) => ({ address: fromHex(v.address, 20), power: v.power })),
    });
    if (!current || toHex(current) !== toHex(next)) {
      const previous = readActiveSet(state).map((v) => v.address);
      state.set(setKey, next);
      // Who entered and left, for checkpoint evidence (remembered as long as such evidence is valid).
      recordSetChange(
        state,
        previous,
        active.map((v) => v.address),
        height,
        params.evidenceMaxAgeBlocks + params.checkpointTrustBlocks,
      );
    }
  };

  /** Slashes and jails `offender` once per offence (`seenKey`): a double vote, proposal or checkpoint. */
  const punish = (
    state: StateOverlay,
    params: ValidatorParams,
    ctx: BlockContext,
    offender: string,
    seenKey: string,
  ) => {
    const record = readRecord(state, offender);
    if (readAccount(state, offender).bonded === 0n && record.unbonding === 0n && record.pendingBond === 0n)
      throw new TxError(TxErrorCode.NOT_FOUND, `${offender} has no validator stake`);
    if (state.get(seenKey)) throw new TxError(TxErrorCode.EXISTS, "this equivocation was already punished");
    state.set(seenKey, Uint8Array.of(1));
    let slashed = 0n;
    updateAccount(state, offender, (acct) => {
      const cut = (acct.bonded * params.slashPercent) / 100n;
      acct.bonded -= cut;
      slashed += cut;
    });
    const unbondingCut = (record.unbonding * params.slashPercent) / 100n;
    record.unbonding -= unbondingCut;
    slashed += unbondingCut;
    record.jailed = true;
    const until = ctx.height + params.jailBlocks;
    if (until > record.jailedUntil) record.jailedUntil = until;
    record.signedBlocks = 0;
    record.missedBlocks = 0;
    record.timesSlashed += 1;
    writeRecord(state, offender, record);
    refreshCandidate(state, offender, params, record);
    state.set(BURNED, uintToBytes(readSlashedTotal(state) + slashed));
  };

  /**
   * Two different checkpoints of one validator for one height and bridge: the cheap shape checks
   * (again: validateFields ran them), then age, membership at that height and replay (state reads),
   * then the two signature recoveries.
   */
  const checkpointEvidence = (
    state: StateOverlay,
    params: ValidatorParams,
    ctx: BlockContext,
    ev: poco.IEvidence,
  ) => {
    const pair = checkpointPairShape(ev, opts.chainId);
    // A checkpoint of a height not reached yet is signed by nobody honest: evidence too (membership
    // is then judged now). Past ones age out like any evidence.
    if (pair.height < ctx.height && ctx.height - pair.height > params.evidenceMaxAgeBlocks) {
      throw new TxError(
        TxErrorCode.EVIDENCE_TOO_OLD,
        `evidence of height ${pair.height} is older than ${params.evidenceMaxAgeBlocks} blocks`,
      );
    }
    const offender = pair.validatorHex;
    const activeNow = readActiveSet(state).some((v) => v.address === offender);
    if (!wasMember(state, offender, pair.height, params.checkpointTrustBlocks, activeNow)) {
      throw new TxError(
        TxErrorCode.UNAUTHORIZED,
        `${offender} was not in the validator set at height ${pair.height}`,
      );
    }
    const seenKey = `evid:${offender.slice(2)}:${pair.height}:0:checkpoint`;
    if (state.get(seenKey)) throw new TxError(TxErrorCode.EXISTS, "this equivocation was already punished");
    verifyCheckpointPairSignatures(pair, opts.backend);
    punish(state, params, ctx, offender, seenKey);
  };

  return {
    name: "validators",
    handlers: {
      bond(state, tx, ctx) {
        const params = readValidatorParams(state);
        const amount = bytesToUint(tx.bond!.amount, "amount");
        const account = readAccount(state, ctx.sender);
        if (account.balance < amount)
          throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `balance ${account.balance} < ${amount}`);
        const record = readRecord(state, ctx.sender);
        const total = account.bonded + record.pendingBond + amount;
        if (total < params.minSelfBond) {
          throw new TxError(
            TxErrorCode.BELOW_MIN_SELF_BOND,
            `bonded + pending + ${amount} = ${total} nRLC is below the minimum self-bond ${params.minSelfBond}`,
          );
        }
        updateAccount(state, ctx.sender, (a) => {
          a.balance -= amount;
        });
        const due = ctx.height + params.bondDelay;
        enqueueDue(state, due, ctx.sender, dueAt(record, due));
        record.pendingBond += amount;
        record.pendingBondHeight = due;
        writeRecord(state, ctx.sender, record);
      },

      unbond(state, tx, ctx) {
        const params = readValidatorParams(state);
        const amount = bytesToUint(tx.unbond!.amount, "amount");
        const account = readAccount(state, ctx.sender);
        if (account.bonded < amount)
          throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `bonded ${account.bonded} < ${amount}`);
        const record = readRecord(state, ctx.sender);
        const left = account.bonded - amount;
        // Leaving entirely is always allowed; staying a candidate needs the minimum self-bond.
        if (left > 0n && left + record.pendingBond < params.minSelfBond) {
          throw new TxError(
            TxErrorCode.BELOW_MIN_SELF_BOND,
            `${left} nRLC left bonded is below the minimum self-bond ${params.minSelfBond}: unbond all or less`,
          );
        }
        updateAccount(state, ctx.sender, (a) => {
          a.bonded -= amount;
        });
        const due = ctx.height + params.unbondDelay;
        enqueueDue(state, due, ctx.sender, dueAt(record, due));
        record.unbonding += amount;
        record.unbondingReleaseHeight = due;
        writeRecord(state, ctx.sender, record);
        refreshCandidate(state, ctx.sender, params, record);
      },

      unjail(state, _tx, ctx) {
        const params = readValidatorParams(state);
        const record = readRecord(state, ctx.sender);
        if (!record.jailed) throw new TxError(TxErrorCode.INVALID_STATE, `${ctx.sender} is not jailed`);
        if (ctx.height < record.jailedUntil) {
          throw new TxError(
            TxErrorCode.INVALID_STATE,
            `${ctx.sender} is jailed until height ${record.jailedUntil}`,
          );
        }
        const bonded = readAccount(state, ctx.sender).bonded;
        // As CometBFT: a validator whose self-bond fell below the minimum (e.g. slashed) bonds first.
        if (bonded < params.minSelfBond) {
          throw new TxError(
            TxErrorCode.BELOW_MIN_SELF_BOND,
            `bonded ${bonded} nRLC is below the minimum self-bond ${params.minSelfBond}`,
          );
        }
        record.jailed = false;
        record.jailedUntil = 0;
        record.signedBlocks = 0;
        record.missedBlocks = 0;
        writeRecord(state, ctx.sender, record);
        refreshCandidate(state, ctx.sender, params, record);
      },

      setPeerId(state, tx, ctx) {
        const peerId = tx.setPeerId?.peerId ?? new Uint8Array(0);
        if (peerId.length > 0) {
          // Only a candidate has places kept for it: one registration per bonded validator.
          const short = notCandidate(state, ctx.sender);
          if (short) {
            throw new TxError(
              TxErrorCode.INVALID_STATE,
              `${ctx.sender} is not a validator candidate (bonded + pending ${short.bond} nRLC < minimum self-bond ${short.minSelfBond})`,
            );
          }
        }
        writeValidatorPeer(state, ctx.sender, peerId);
      },

      evidence(state, tx, ctx) {
        const params = readValidatorParams(state);
        const ev = tx.evidence!;
        if (isCheckpointEvidence(ev)) return checkpointEvidence(state, params, ctx, ev);
        let a: EvidencePart;
        let b: EvidencePart;
        if (isProposalEvidence(ev)) [a, b] = proposalEvidencePair(ev, opts.chainId, opts.backend);
        else {
          if (!ev.voteA || !ev.voteB) throw new TxError(TxErrorCode.BAD_FIELD, "evidence needs two votes");
          try {
            a = verifySignedVote(ev.voteA, opts.chainId, opts.backend);
            b = verifySignedVote(ev.voteB, opts.chainId, opts.backend);
          } catch (err) {
            throw new TxError(TxErrorCode.BAD_SIGNATURE, `evidence vote: ${(err as Error).message}`);
          }
        }
        if (
          a.validatorHex !== b.validatorHex ||
          a.height !== b.height ||
          a.round !== b.round ||
          a.type !== b.type
        ) {
          throw new TxError(
            TxErrorCode.BAD_FIELD,
            "the two votes are not for the same validator, height, round and type",
          );
        }
        if (toHex(a.blockHash) === toHex(b.blockHash))
          throw new TxError(TxErrorCode.BAD_FIELD, "the two votes agree");
        // Votes of the height being decided are evidence too: they were signed before this block.
        if (a.height > ctx.height) throw new TxError(TxErrorCode.BAD_FIELD, "evidence from the future");
        // Past the max age the offender may have unbonded and left: as CometBFT, old evidence is refused.
        if (ctx.height - a.height > params.evidenceMaxAgeBlocks) {
          throw new TxError(
            TxErrorCode.EVIDENCE_TOO_OLD,
            `evidence of height ${a.height} is older than ${params.evidenceMaxAgeBlocks} blocks`,
          );
        }
        const offender = a.validatorHex;
        punish(state, params, ctx, offender, `evid:${offender.slice(2)}:${a.height}:${a.round}:${a.type}`);
      },
    },

    validateFields(tx) {
      if (tx.kind === "evidence" && tx.evidence && isCheckpointEvidence(tx.evidence))
        checkpointPairShape(tx.evidence, opts.chainId);
      if (tx.kind === "setPeerId") {
        const peerId = tx.setPeerId?.peerId ?? new Uint8Array(0);
        if (peerId.length > 0) checkPeerIdShape(peerId);
      }
      if (tx.kind === "bond" || tx.kind === "unbond") {
        const amount = bytesToUint((tx.bond ?? tx.unbond)!.amount, "amount");
        if (amount === 0n) throw new TxError(TxErrorCode.BAD_FIELD, "amount must be greater than zero");
      }
    },

    endBlock(state: StateOverlay, ctx: BlockContext) {
      const params = readValidatorParams(state);
      releaseDue(state, ctx.height, params);
      countParticipation(state, ctx, params);
      updateActiveSet(state, params, ctx.height);
      writeNextProposerPriorities(state, ctx.height);
    },
  };
}
