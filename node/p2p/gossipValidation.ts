/**
 * Gossip validation apart from processing: a bounded queue per topic that runs the topic's validator
 * on each received message, turns its verdict into gossipsub's (accept → forward and credit,
 * ignore → drop silently, reject → drop and penalise the sender) and hands only accepted messages to
 * the topic's handler. A validator that throws counts as reject; a handler that throws is logged.
 * Nothing in here throws back into gossipsub.
 */
import type { Logger } from "pino";

export type GossipVerdict = "accept" | "ignore" | "reject";

export type GossipValidator = (data: Uint8Array, from: string) => Promise<GossipVerdict> | GossipVerdict;

export type GossipHandler = (data: Uint8Array, from: string) => void;

export interface GossipJob {
  data: Uint8Array;
  /** The peer that delivered the message (not necessarily its author). */
  from: string;
  /** Tell gossipsub the verdict; called exactly once per job. */
  report: (verdict: GossipVerdict) => void;
}

export interface ValidationQueueOptions {
  /** Messages waiting beyond this are ignored (no penalty: the overload is ours, not the sender's). */
  maxPending: number;
  /** Validators running at once (async validators, e.g. batched signature checks). */
  concurrency: number;
  /** Oversized payloads are rejected here too, before the validator sees them. */
  maxBytes: number;
}

export interface ValidationStats {
  accepted: number;
  ignored: number;
  rejected: number;
  /** Ignored because the queue was full. */
  dropped: number;
  /** Validator threw (counted in `rejected` too). */
  validatorErrors: number;
  /** Handler threw after an accept. */
  handlerErrors: number;
}

function isVerdict(v: unknown): v is GossipVerdict {
  return v === "accept" || v === "ignore" || v === "reject";
}

export class ValidationQueue {
  private readonly pending: GossipJob[] = [];
  private running = 0;
  private closed = false;
  readonly stats: ValidationStats = {
    accepted: 0,
    ignored: 0,
    rejected: 0,
    dropped: 0,
    validatorErrors: 0,
    handlerErrors: 0,
  };

  constructor(
    readonly topic: string,
    private readonly validate: GossipValidator,
    private readonly onMessage: GossipHandler,
    private readonly options: ValidationQueueOptions,
    private readonly log: Logger,
  ) {}

  get length(): number {
    return this.pending.length;
  }

  push(job: GossipJob): void {
    if (this.closed) {
      this.settle(job, "ignore");
      return;
    }
    if (job.data.length > this.options.maxBytes) {
      this.settle(job, "reject");
      return;
    }
    if (this.pending.length >= this.options.maxPending) {
      this.stats.dropped++;
      this.settle(job, "ignore");
      return;
    }
    this.pending.push(job);
    this.pump();
  }

  /** Stops accepting work; queued jobs are ignored. */
  close(): void {
    this.closed = true;
    for (const job of this.pending.splice(0)) this.settle(job, "ignore");
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.pending.length > 0) {
      const job = this.pending.shift()!;
      this.running++;
      void this.run(job).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(job: GossipJob): Promise<void> {
    let verdict: GossipVerdict;
    try {
      const v: unknown = await this.validate(job.data, job.from);
      if (isVerdict(v)) verdict = v;
      else {
        this.log.warn({ topic: this.topic, verdict: v }, "gossip validator returned no verdict; rejecting");
        verdict = "reject";
      }
    } catch (e) {
      this.stats.validatorErrors++;
      this.log.debug({ topic: this.topic, from: job.from, err: e }, "gossip validator threw; rejecting");
      verdict = "reject";
    }
    if (this.closed) verdict = verdict === "accept" ? "ignore" : verdict;
    this.settle(job, verdict);
    if (verdict !== "accept") return;
    try {
      this.onMessage(job.data, job.from);
    } catch (e) {
      this.stats.handlerErrors++;
      this.log.error({ topic: this.topic, from: job.from, err: e }, "gossip handler threw");
    }
  }

  private settle(job: GossipJob, verdict: GossipVerdict): void {
    if (verdict === "accept") this.stats.accepted++;
    else if (verdict === "ignore") this.stats.ignored++;
    else this.stats.rejected++;
    try {
      job.report(verdict);
    } catch (e) {
      this.log.error({ topic: this.topic, err: e }, "reporting a gossip verdict failed");
    }
  }
}
