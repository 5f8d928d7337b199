/**
 * Gossip validation of transaction batches. A batch is forwarded only if it brought this node
 * something new: a batch of txs that are all known, stale or unpayable is not relayed ("ignore"), and a
 * peer that keeps sending such batches is scored down ("reject") — relaying costs every node CPU and
 * bandwidth, so a peer that relays nothing useful pays in score. A provably bad tx (bad encoding or
 * signature) rejects the batch.
 *
 * The batch is handed whole to a `BatchAdmitter`, so the node recovers its signatures together on
 * worker threads (txAdmission.ts `admitTxBatch`) while the event loop serves votes and proposals;
 * `eachTx` adapts a one-tx synchronous admit function.
 */
import { decodeCanonical, poco } from "../../proto/index.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

export type Verdict = "accept" | "ignore" | "reject";

/** Relayed transactions are batched: at most this many per gossip message, or this many bytes. */
export const MAX_TX_BATCH = 512;
export const MAX_TX_BATCH_BYTES = 120 * 1024;

/** Tx errors that prove the sender sent garbage (score down); everything else is just not useful now. */
const REJECT_TX_CODES = new Set<string>([
  TxErrorCode.MALFORMED,
  TxErrorCode.NON_CANONICAL,
  TxErrorCode.TOO_LARGE,
  TxErrorCode.BAD_FIELD,
  TxErrorCode.NO_KIND,
  TxErrorCode.BAD_SIGNATURE,
  TxErrorCode.WRONG_CHAIN_ID,
  TxErrorCode.GAS_LIMIT,
]);

export function txGossipVerdict(err: unknown): Verdict {
  return err instanceof TxError && REJECT_TX_CODES.has(err.code) ? "reject" : "ignore";
}

/** Admits a batch: per tx, undefined when added or the error that refused it. */
export type BatchAdmitter = (txs: Uint8Array[]) => Promise<(unknown | undefined)[]> | (unknown | undefined)[];

/** A BatchAdmitter over a synchronous one-tx admit that throws on refusal (stops at the first reject). */
export function eachTx(admit: (bytes: Uint8Array) => void): BatchAdmitter {
  return (txs) => {
    const out: unknown[] = [];
    for (const tx of txs) {
      try {
        admit(tx);
        out.push(undefined);
      } catch (err) {
        out.push(err ?? new Error("refused"));
        if (txGossipVerdict(err) === "reject") break;
      }
    }
    return out;
  };
}

export interface TxBatchGateOptions {
  /** Useless batches a peer may send per window before its batches count as invalid. */
  uselessPerWindow: number;
  windowMs: number;
  /** Peers tracked at once (oldest forgotten first). */
  maxPeers: number;
  now: () => number;
}

export const DEFAULT_TX_BATCH_GATE: TxBatchGateOptions = {
  uselessPerWindow: 4,
  windowMs: 10_000,
  maxPeers: 1024,
  now: Date.now,
};

export class TxBatchGate {
  private readonly useless = new Map<string, { windowStart: number; count: number }>();
  private readonly options: TxBatchGateOptions;

  constructor(
    private readonly admit: BatchAdmitter,
    options: Partial<TxBatchGateOptions> = {},
  ) {
    this.options = { ...DEFAULT_TX_BATCH_GATE, ...options };
  }

  /** Synchronous when the admitter is (`eachTx`), else a promise of the verdict. */
  validate(data: Uint8Array, from: string): Verdict | Promise<Verdict> {
    let batch: poco.TxBatch;
    try {
      batch = decodeCanonical(poco.TxBatch, data, MAX_TX_BATCH_BYTES);
    } catch {
      return "reject";
    }
    if (batch.txs.length === 0 || batch.txs.length > MAX_TX_BATCH) return "reject";
    const results = this.admit(batch.txs);
    return Array.isArray(results) ? this.verdict(results, from) : results.then((r) => this.verdict(r, from));
  }

  private verdict(results: (unknown | undefined)[], from: string): Verdict {
    let added = 0;
    for (const err of results) {
      if (err === undefined) added++;
      else if (txGossipVerdict(err) === "reject") return "reject";
    }
    if (added > 0) return "accept";
    return this.countUseless(from) > this.options.uselessPerWindow ? "reject" : "ignore";
  }

  private countUseless(peer: string): number {
    const now = this.options.now();
    let entry = this.useless.get(peer);
    if (!entry || now - entry.windowStart >= this.options.windowMs) {
      this.useless.delete(peer);
      if (this.useless.size >= this.options.maxPeers) {
        const oldest = this.useless.keys().next().value;
        if (oldest !== undefined) this.useless.delete(oldest);
      }
      entry = { windowStart: now, count: 0 };
      this.useless.set(peer, entry);
    }
    entry.count++;
    return entry.count;
  }
}
