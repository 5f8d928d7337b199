/**
 * The Tendermint BFT algorithm (Buchman, Kwon, Milosevic 2018) for one validator, as a pure state
 * machine: events in (proposals, votes, timeouts), effects out (propose, vote, schedule a timeout,
 * decide, evidence). No I/O, no clock, no signatures: the node verifies messages before they reach the
 * engine, signs and broadcasts what it asks for, and persists its safety state before signing.
 *
 * Safety: a validator locks on a block when it precommits it and prevotes only for its locked block
 * (or one with a newer proof-of-lock) afterwards; a decision needs precommits of > 2/3 of the power, so
 * two conflicting decisions need > 1/3 byzantine power. Liveness after GST comes from timeouts that
 * grow with the round.
 */
import type { ValidatorSet } from "./validatorSet.js";
import { VoteSet } from "./voteSet.js";

export type Step = "propose" | "prevote" | "precommit";
export type VoteType = "prevote" | "precommit";

export interface ProposalEvent {
  height: number;
  round: number;
  /** -1 when the proposer has no proof-of-lock round. */
  polRound: number;
  blockHash: string;
  proposer: string;
  /** The node's verdict after executing the block (header, txs and state root consistent). */
  valid: boolean;
}

export interface VoteEvent<V> {
  type: VoteType;
  height: number;
  round: number;
  /** "" = nil. */
  blockHash: string;
  validator: string;
  signed: V;
}

export type Effect<V> =
  | { kind: "propose"; height: number; round: number; polRound: number; blockHash: string | null }
  | { kind: "vote"; type: VoteType; height: number; round: number; blockHash: string }
  | { kind: "timeout"; step: Step; height: number; round: number; ms: number }
  | { kind: "decide"; height: number; round: number; blockHash: string; precommits: V[] }
  | { kind: "evidence"; first: V; second: V };

/**
 * Messages of rounds further ahead than this are ignored, so no vote set or round state is allocated
 * for arbitrary rounds (an honest network that is further ahead re-sends its messages of every round
 * of the height, so a lagging node still climbs to it, at most this many rounds at a time).
 */
export const MAX_ROUNDS_AHEAD = 5;
/** No honest round gets near this (timeouts grow with the round); bounds proposer computations. */
export const MAX_ROUND = 1_000;

export interface TimeoutConfig {
  proposeMs: number;
  proposeDeltaMs: number;
  voteMs: number;
  voteDeltaMs: number;
}

export const DEFAULT_TIMEOUTS: TimeoutConfig = {
  proposeMs: 1000,
  proposeDeltaMs: 500,
  voteMs: 500,
  voteDeltaMs: 250,
};

/** What survives a restart (persisted by the node before it signs): the locks of the current height. */
export interface SafetyState {
  height: number;
  round: number;
  step: Step;
  lockedRound: number;
  lockedHash: string | null;
  validRound: number;
  validHash: string | null;
}

export class Tendermint<V> {
  height = 0;
  round = 0;
  step: Step = "propose";
  lockedRound = -1;
  lockedHash: string | null = null;
  validRound = -1;
  validHash: string | null = null;
  decided = false;

  private proposals = new Map<number, ProposalEvent>();
  private prevotes = new Map<number, VoteSet<V>>();
  private precommits = new Map<number, VoteSet<V>>();
  /** Rule guards: each "for the first time" upon-rule fires once per round. */
  private fired = new Set<string>();

  constructor(
    readonly self: string,
    private validators: ValidatorSet,
    private timeouts: TimeoutConfig = DEFAULT_TIMEOUTS,
  ) {}

  /** The timeouts of the heights started from now on (the node adapts them: adaptiveTimeouts.ts). */
  setTimeouts(timeouts: TimeoutConfig): void {
    this.timeouts = timeouts;
  }

  get validatorSet(): ValidatorSet {
    return this.validators;
  }

  /** Starts `height` at round 0 (or resumes a persisted safety state of that height). */
  startHeight(height: number, validators: ValidatorSet, resume?: SafetyState): Effect<V>[] {
    this.height = height;
    this.validators = validators;
    this.proposals = new Map();
    this.prevotes = new Map();
    this.precommits = new Map();
    this.fired = new Set();
    this.decided = false;
    const r = resume && resume.height === height ? resume : undefined;
    this.lockedRound = r?.lockedRound ?? -1;
    this.lockedHash = r?.lockedHash ?? null;
    this.validRound = r?.validRound ?? -1;
    this.validHash = r?.validHash ?? null;
    return this.startRound(r?.round ?? 0);
  }

  safetyState(): SafetyState {
    return {
      height: this.height,
      round: this.round,
      step: this.step,
      lockedRound: this.lockedRound,
      lockedHash: this.lockedHash,
      validRound: this.validRound,
      validHash: this.validHash,
    };
  }

  proposerOf(round: number): string {
    return this.validators.proposer(round);
  }

  onProposal(p: ProposalEvent): Effect<V>[] {
    if (this.decided || p.height !== this.height || !this.roundAcceptable(p.round)) return [];
    if (p.proposer !== this.proposerOf(p.round) || this.proposals.has(p.round)) return [];
    this.proposals.set(p.round, p);
    return this.evaluate(p.round);
  }

  onVote(v: VoteEvent<V>): Effect<V>[] {
    if (this.decided || v.height !== this.height || !this.roundAcceptable(v.round)) return [];
    const sets = v.type === "prevote" ? this.prevotes : this.precommits;
    let set = sets.get(v.round);
    if (!set) {
      set = new VoteSet<V>(this.validators);
      sets.set(v.round, set);
    }
    const result = set.add({ validator: v.validator, blockHash: v.blockHash, signed: v.signed });
    if (result.kind === "conflict")
      return [{ kind: "evidence", first: result.first.signed, second: result.second.signed }];
    if (result.kind !== "added") return [];
    const effects: Effect<V>[] = [];
    // f+1 messages of a higher round: skip ahead to it.
    if (v.round > this.round && this.validators.isOneThird(this.roundPower(v.round))) {
      effects.push(...this.startRound(v.round));
    }
    effects.push(...this.evaluate(v.round));
    // A polka of an older round can unblock a re-proposal in the current one.
    if (v.round !== this.round) effects.push(...this.evaluate(this.round));
    return effects;
  }

  /** Whether a message of `round` may be tracked now (not beyond MAX_ROUNDS_AHEAD). */
  roundAcceptable(round: number): boolean {
    return (
      Number.isSafeInteger(round) &&
      round >= 0 &&
      round <= this.round + MAX_ROUNDS_AHEAD &&
      round <= MAX_ROUND
    );
  }

  onTimeout(step: Step, height: number, round: number): Effect<V>[] {
    if (this.decided || height !== this.height || round !== this.round) return [];
    if (step === "propose" && this.step === "propose") return this.castVote("prevote", "");
    if (step === "prevote" && this.step === "prevote") return this.castVote("precommit", "");
    if (step === "precommit") return this.startRound(round + 1);
    return [];
  }

  private startRound(round: number): Effect<V>[] {
    this.round = round;
    this.step = "propose";
    const effects: Effect<V>[] = [];
    if (this.proposerOf(round) === this.self) {
      effects.push({
        kind: "propose",
        height: this.height,
        round,
        polRound: this.validRound,
        blockHash: this.validHash,
      });
    } else {
      effects.push(this.timeout("propose", round));
    }
    // Messages of this round may have arrived before we entered it.
    effects.push(...this.evaluate(round));
    return effects;
  }

  private timeout(step: Step, round: number): Effect<V> {
    const t = this.timeouts;
    const ms = step === "propose" ? t.proposeMs + t.proposeDeltaMs * round : t.voteMs + t.voteDeltaMs * round;
    return { kind: "timeout", step, height: this.height, round, ms };
  }

  private castVote(type: VoteType, blockHash: string): Effect<V>[] {
    this.step = type === "prevote" ? "prevote" : "precommit";
    return [{ kind: "vote", type, height: this.height, round: this.round, blockHash }];
  }

  /** Power of the validators that sent any vote in `round`. */
  private roundPower(round: number): number {
    const senders = new Set<string>();
    for (const set of [this.prevotes.get(round), this.precommits.get(round)]) {
      if (set) for (const v of set.voters()) senders.add(v);
    }
    let power = 0;
    for (const v of senders) power += this.validators.power(v);
    return power;
  }

  private once(rule: string, round: number): boolean {
    const key = `${rule}:${round}`;
    if (this.fired.has(key)) return false;
    this.fired.add(key);
    return true;
  }

  /** Applies every upon-rule of the algorithm that the messages of `round` now satisfy. */
  private evaluate(round: number): Effect<V>[] {
    if (this.decided) return [];
    const effects: Effect<V>[] = [];
    const proposal = this.proposals.get(round);
    const prevotes = this.prevotes.get(round);
    const precommits = this.precommits.get(round);

    // Decision: a proposal and > 2/3 precommits for it, in any round.
    if (proposal && precommits?.hasQuorumFor(proposal.blockHash) && proposal.valid) {
      this.decided = true;
      effects.push({
        kind: "decide",
        height: this.height,
        round,
        blockHash: proposal.blockHash,
        precommits: precommits.votesFor(proposal.blockHash),
      });
      return effects;
    }
    if (round !== this.round) return effects;

    // Prevote on a proposal (fresh, or re-proposed with a proof-of-lock round).
    if (proposal && this.step === "propose") {
      if (proposal.polRound === -1) {
        const ok = proposal.valid && (this.lockedRound === -1 || this.lockedHash === proposal.blockHash);
        effects.push(...this.castVote("prevote", ok ? proposal.blockHash : ""));
      } else if (
        proposal.polRound < round &&
        this.prevotes.get(proposal.polRound)?.hasQuorumFor(proposal.blockHash)
      ) {
        const ok =
          proposal.valid && (this.lockedRound <= proposal.polRound || this.lockedHash === proposal.blockHash);
        effects.push(...this.castVote("prevote", ok ? proposal.blockHash : ""));
      }
    }

    // > 2/3 prevotes of any kind: start the prevote timeout.
    if (this.step === "prevote" && prevotes?.hasQuorumAny() && this.once("prevote-any", round)) {
      effects.push(this.timeout("prevote", round));
    }

    // > 2/3 prevotes for a valid proposal: lock and precommit it (or just remember it as valid).
    if (
      proposal?.valid &&
      prevotes?.hasQuorumFor(proposal.blockHash) &&
      this.step !== "propose" &&
      this.once("prevote-block", round)
    ) {
      if (this.step === "prevote") {
        this.lockedRound = round;
        this.lockedHash = proposal.blockHash;
        effects.push(...this.castVote("precommit", proposal.blockHash));
      }
      this.validRound = round;
      this.validHash = proposal.blockHash;
    }

    // > 2/3 prevotes for nil: precommit nil.
    if (this.step === "prevote" && prevotes?.hasQuorumFor("")) {
      effects.push(...this.castVote("precommit", ""));
    }

    // > 2/3 precommits of any kind: start the precommit timeout.
    if (precommits?.hasQuorumAny() && this.once("precommit-any", round)) {
      effects.push(this.timeout("precommit", round));
    }
    return effects;
  }
}
