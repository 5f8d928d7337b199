/**
 * The validator's signer with double-sign protection. Before any proposal or vote is signed, its
 * (height, round, step) and the engine's locks are written to disk with fsync; the signer refuses to
 * sign below the last signed (height, round, step), and for the same one returns the message it signed
 * before instead of signing a different one. So a validator killed at any instant and restarted never
 * signs two different votes for the same height/round/step.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { SafetyState, Step } from "../../consensus/tendermint.js";
import { fromHex, toHex } from "../crypto/hash.js";

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Signing steps in order within a round. */
export type SignStep = "proposal" | "prevote" | "precommit";
const STEP_ORDER: Record<SignStep, number> = { proposal: 0, prevote: 1, precommit: 2 };

export interface SignedRecord {
  height: number;
  round: number;
  step: SignStep;
  /** What identifies the content (block hash, "" for nil): same key → same message. */
  contentKey: string;
  /** The exact bytes sent (canonical signed message), reused when asked again. */
  message: Uint8Array;
}

interface FileState {
  last: (Omit<SignedRecord, "message"> & { message: string }) | null;
  safety: SafetyState | null;
}

export class DoubleSignError extends Error {
  readonly code = "PRIVVAL_DOUBLE_SIGN";
}

export class PrivValidator {
  private last: SignedRecord | null;
  private safety: SafetyState | null;

  constructor(private readonly path: string) {
    const state = PrivValidator.load(path);
    this.last = state.last ? { ...state.last, message: fromHex(state.last.message) } : null;
    this.safety = state.safety;
  }

  private static load(path: string): FileState {
    if (!existsSync(path)) return { last: null, safety: null };
    try {
      return JSON.parse(readFileSync(path, "utf8")) as FileState;
    } catch (err) {
      throw new Error(`privval state ${path} is unreadable (${(err as Error).message}); refusing to sign`);
    }
  }

  get lastSigned(): SignedRecord | null {
    return this.last;
  }

  get safetyState(): SafetyState | null {
    return this.safety;
  }

  /**
   * Signs through `sign` unless that would conflict with what was signed before. Returns the message
   * to send: the new one, or the one signed earlier for the same (height, round, step).
   */
  signOnce(record: Omit<SignedRecord, "message">, safety: SafetyState, sign: () => Uint8Array): Uint8Array {
    const last = this.last;
    if (last) {
      const cmp = compare(record, last);
      if (cmp < 0) throw new DoubleSignError(`refusing to sign ${describe(record)} below ${describe(last)}`);
      if (cmp === 0) {
        if (last.contentKey === record.contentKey) return last.message;
        throw new DoubleSignError(`already signed ${describe(last)} for ${last.contentKey || "nil"}`);
      }
    }
    const message = sign();
    this.persist({ ...record, message }, safety);
    return message;
  }

  /** Persists the engine's locks (called when they change without a signature). */
  saveSafety(safety: SafetyState): void {
    this.persist(this.last, safety);
  }

  private persist(last: SignedRecord | null, safety: SafetyState): void {
    const state: FileState = { last: last ? { ...last, message: toHex(last.message) } : null, safety };
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
    // The rename itself is durable only once the directory entry is: fsync the directory too.
    fsyncDirectory(dirname(this.path));
    this.last = last;
    this.safety = safety;
  }
}

function compare(
  a: { height: number; round: number; step: SignStep },
  b: { height: number; round: number; step: SignStep },
) {
  if (a.height !== b.height) return a.height < b.height ? -1 : 1;
  if (a.round !== b.round) return a.round < b.round ? -1 : 1;
  return STEP_ORDER[a.step] - STEP_ORDER[b.step];
}

function describe(r: { height: number; round: number; step: SignStep }): string {
  return `${r.height}/${r.round}/${r.step}`;
}

export type { Step };
