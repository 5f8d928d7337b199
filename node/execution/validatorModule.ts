/**
 * Validators in the state machine: bonding and unbonding with delays, evidence of double-signing
 * (slash + jail), and voting power from bonded stake reduced for validators that stop contributing
 * precommits (the validator-level "contribution" of Proof-of-Contribution). At the end of every block
 * the active set is recomputed; it takes effect for the next height.
 */

import { verifySignedVote } from "../../consensus/vote.js";
import { bytesToUint, decodeCanonical, encode, poco, u64ToNumber, uintToBytes } from "../../proto/index.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { readAccount, type StateWriter, updateAccount } from "../state/accounts.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateOverlay, StateReader } from "../state/stateOverlay.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { StateMachineModule } from "./blockExecutor.js";
import type { BlockContext } from "./context.js";
import { type EvidencePart, isProposalEvidence, proposalEvidencePair } from "./proposalEvidence.js";
import { writeNextProposerPriorities } from "./proposerPriorityState.js";

export interface ValidatorParams {
  /** nRLC of bonded stake per unit of voting power. */
  powerUnit: bigint;
  /** Blocks before a new bond counts. */
  bondDelay: number;
  /** Blocks before unbonded stake is released (slashable meanwhile). */
  unbondDelay: number;
  /** Share of bonded + unbonding stake slashed for a double sign, in percent. */
  slashPercent: bigint;
  /** Participation window (blocks); counters halve when it fills. */
  participationWindow: number;
  /** Below this participation (percent of blocks signed) power is halved. */
  participationThresholdPercent: number;
}

export const DEFAULT_VALIDATOR_PARAMS: ValidatorParams = {
  powerUnit: 1_000_000_000n,
  bondDelay: 10,
  unbondDelay: 100,
  slashPercent: 5n,
  participationWindow: 100,
  participationThresholdPercent: 66,
};

export interface ValidatorRecord {
  jailed: boolean;
  pendingBond: bigint;
  pendingBondHeight: number;
  unbonding: bigint;
  unbondingReleaseHeight: number;
  signedBlocks: number;
  missedBlocks: number;
  timesSlashed: number;
}

const recordKey = (address: string) => `val:${address.slice(2).toLowerCase()}`;
const CANDIDATES = StateKeys.meta("validatorCandidates");
const BURNED = StateKeys.meta("slashedTotal");

export function readRecord(state: StateReader, address: string): ValidatorRecord {
  const bytes = state.get(recordKey(address));
  const m = bytes ? decodeCanonical(poco.ValidatorRecord, bytes) : undefined;
  return {
    jailed: m?.jailed ?? false,
    pendingBond: bytesToUint(m?.pendingBond, "pendingBond"),
    pendingBondHeight: u64ToNumber(m?.pendingBondHeight as never, "pendingBondHeight"),
    unbonding: bytesToUint(m?.unbonding, "unbonding"),
    unbondingReleaseHeight: u64ToNumber(m?.unbondingReleaseHeight as never, "unbondingReleaseHeight"),
    signedBlocks: u64ToNumber(m?.signedBlocks as never, "signedBlocks"),
    missedBlocks: u64ToNumber(m?.missedBlocks as never, "missedBlocks"),
    timesSlashed: u64ToNumber(m?.timesSlashed as never, "timesSlashed"),
  };
}

function writeRecord(state: StateWriter, address: string, r: ValidatorRecord): void {
  state.set(
    recordKey(address),
    encode(poco.ValidatorRecord, {
      jailed: r.jailed,
      pendingBond: uintToBytes(r.pendingBond),
      pendingBondHeight: r.pendingBondHeight,
      unbonding: uintToBytes(r.unbonding),
      unbondingReleaseHeight: r.unbondingReleaseHeight,
      signedBlocks: r.signedBlocks,
      missedBlocks: r.missedBlocks,
      timesSlashed: r.timesSlashed,
    }),
  );
}

/** Candidate addresses (sorted, lowercase): every account that ever bonded, plus genesis validators. */
export function readCandidates(state: StateReader): string[] {
  const bytes = state.get(CANDIDATES);
  if (!bytes) return [];
  return decodeCanonical(poco.ValidatorSet, bytes).validators.map((v) => toHex(v.address!));
}

function writeCandidates(state: StateWriter, candidates: string[]): void {
  const sorted = [...new Set(candidates)].sort();
  state.set(
    CANDIDATES,
    encode(poco.ValidatorSet, { validators: sorted.map((a) => ({ address: fromHex(a, 20) })) }),
  );
}

export function readSlashedTotal(state: StateReader): bigint {
  const bytes = state.get(BURNED);
  return bytes ? bytesToUint(bytes, "slashedTotal") : 0n;
}

function sameRecord(a: ValidatorRecord, b: ValidatorRecord): boolean {
  return (
    a.jailed === b.jailed &&
    a.pendingBond === b.pendingBond &&
    a.pendingBondHeight === b.pendingBondHeight &&
    a.unbonding === b.unbonding &&
    a.unbondingReleaseHeight === b.unbondingReleaseHeight &&
    a.signedBlocks === b.signedBlocks &&
    a.missedBlocks === b.missedBlocks &&
    a.timesSlashed === b.timesSlashed
  );
}

/** Genesis: validators' power becomes bonded stake (power × powerUnit) and they are the candidates. */
export function applyGenesisValidators(
  state: StateWriter,
  validators: { address: string; power: number }[],
  params: ValidatorParams = DEFAULT_VALIDATOR_PARAMS,
): void {
  for (const v of validators) {
    updateAccount(state, v.address, (a) => {
      a.bonded += BigInt(v.power) * params.powerUnit;
    });
  }
  writeCandidates(
    state,
    validators.map((v) => v.address),
  );
}

export function validatorModule(opts: {
  chainId: number;
  backend: SignatureBackend;
  params?: ValidatorParams;
}): StateMachineModule {
  const params = opts.params ?? DEFAULT_VALIDATOR_PARAMS;

  const effectivePower = (state: StateReader, address: string): number => {
    const record = readRecord(state, address);
    if (record.jailed) return 0;
    let power = readAccount(state, address).bonded / params.powerUnit;
    const seen = record.signedBlocks + record.missedBlocks;
    if (seen >= 10 && record.signedBlocks * 100 < seen * params.participationThresholdPercent) power /= 2n;
    return Number(power > 1_000_000n ? 1_000_000n : power);
  };

  return {
    name: "validators",
    handlers: {
      bond(state, tx, ctx) {
        const amount = bytesToUint(tx.bond!.amount, "amount");
        updateAccount(state, ctx.sender, (a) => {
          if (a.balance < amount)
            throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `balance ${a.balance} < ${amount}`);
          a.balance -= amount;
        });
        const record = readRecord(state, ctx.sender);
        record.pendingBond += amount;
        record.pendingBondHeight = ctx.height + params.bondDelay;
        writeRecord(state, ctx.sender, record);
        writeCandidates(state, [...readCandidates(state), ctx.sender]);
      },

      unbond(state, tx, ctx) {
        const amount = bytesToUint(tx.unbond!.amount, "amount");
        updateAccount(state, ctx.sender, (a) => {
          if (a.bonded < amount)
            throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `bonded ${a.bonded} < ${amount}`);
          a.bonded -= amount;
        });
        const record = readRecord(state, ctx.sender);
        record.unbonding += amount;
        record.unbondingReleaseHeight = ctx.height + params.unbondDelay;
        writeRecord(state, ctx.sender, record);
      },

      evidence(state, tx, ctx) {
        const ev = tx.evidence!;
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
        const offender = a.validatorHex;
        if (!readCandidates(state).includes(offender))
          throw new TxError(TxErrorCode.NOT_FOUND, `${offender} is no validator`);
        const seenKey = `evid:${offender.slice(2)}:${a.height}:${a.round}:${a.type}`;
        if (state.get(seenKey))
          throw new TxError(TxErrorCode.EXISTS, "this equivocation was already punished");
        state.set(seenKey, Uint8Array.of(1));
        const record = readRecord(state, offender);
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
        record.timesSlashed += 1;
        writeRecord(state, offender, record);
        state.set(BURNED, uintToBytes(readSlashedTotal(state) + slashed));
      },
    },

    validateFields(tx) {
      if (tx.kind === "bond" || tx.kind === "unbond") {
        const amount = bytesToUint((tx.bond ?? tx.unbond)!.amount, "amount");
        if (amount === 0n) throw new TxError(TxErrorCode.BAD_FIELD, "amount must be greater than zero");
      }
    },

    endBlock(state: StateOverlay, ctx: BlockContext) {
      const candidates = readCandidates(state);
      const signers = ctx.lastCommitSigners ? new Set(ctx.lastCommitSigners) : undefined;
      for (const address of candidates) {
        const record = readRecord(state, address);
        const before = { ...record };
        if (record.pendingBond > 0n && ctx.height >= record.pendingBondHeight) {
          const amount = record.pendingBond;
          updateAccount(state, address, (a) => {
            a.bonded += amount;
          });
          record.pendingBond = 0n;
        }
        if (record.unbonding > 0n && ctx.height >= record.unbondingReleaseHeight) {
          const amount = record.unbonding;
          updateAccount(state, address, (a) => {
            a.balance += amount;
          });
          record.unbonding = 0n;
        }
        if (signers && !record.jailed && readAccount(state, address).bonded > 0n) {
          if (signers.has(address)) record.signedBlocks += 1;
          else record.missedBlocks += 1;
          if (record.signedBlocks + record.missedBlocks >= params.participationWindow) {
            record.signedBlocks >>>= 1;
            record.missedBlocks >>>= 1;
          }
        }
        if (!sameRecord(before, record)) writeRecord(state, address, record);
      }
      const active = candidates
        .map((address) => ({ address, power: effectivePower(state, address) }))
        .filter((v) => v.power > 0);
      // Never leave the chain without validators: keep the previous set if nobody would remain.
      if (active.length === 0) return writeNextProposerPriorities(state, ctx.height);
      const next = encode(poco.ValidatorSet, {
        validators: active.map((v) => ({ address: fromHex(v.address, 20), power: v.power })),
      });
      const current = state.get(StateKeys.meta("validators"));
      if (!current || toHex(current) !== toHex(next)) state.set(StateKeys.meta("validators"), next);
      writeNextProposerPriorities(state, ctx.height);
    },
  };
}
