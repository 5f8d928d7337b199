/**
 * Keeps the node connected to its bootstrap peers: a periodic tick dials every bootstrap peer that
 * is neither connected nor blocked, at most one dial in flight per peer, with an exponential backoff
 * per peer (capped) after failed dials. A peer that drops is redialled on the next tick.
 */
import type { Logger } from "pino";

export interface RedialTarget {
  peerId: string;
  /** Full multiaddr, `/p2p/<peerId>` included. */
  addr: string;
}

export interface RedialDeps {
  isConnected(peerId: string): boolean;
  isBlocked(peerId: string): boolean;
  dial(addr: string): Promise<void>;
  now(): number;
}

export interface RedialOptions {
  tickMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_REDIAL: RedialOptions = { tickMs: 500, baseBackoffMs: 500, maxBackoffMs: 10_000 };

interface TargetState {
  failures: number;
  nextAttemptAt: number;
  inFlight: boolean;
}

export class BootstrapRedialer {
  private timer: NodeJS.Timeout | undefined;
  private readonly state = new Map<string, TargetState>();

  constructor(
    private readonly targets: readonly RedialTarget[],
    private readonly deps: RedialDeps,
    private readonly options: RedialOptions,
    private readonly log: Logger,
  ) {
    for (const t of targets) this.state.set(t.peerId, { failures: 0, nextAttemptAt: 0, inFlight: false });
  }

  start(): void {
    if (this.timer !== undefined || this.targets.length === 0) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.options.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass over the targets (public for tests). */
  tick(): void {
    const now = this.deps.now();
    for (const target of this.targets) {
      const s = this.state.get(target.peerId)!;
      if (s.inFlight || this.deps.isBlocked(target.peerId)) continue;
      if (this.deps.isConnected(target.peerId)) {
        s.failures = 0;
        s.nextAttemptAt = 0;
        continue;
      }
      if (now < s.nextAttemptAt) continue;
      s.inFlight = true;
      this.deps
        .dial(target.addr)
        .then(() => {
          s.failures = 0;
          s.nextAttemptAt = 0;
          this.log.debug({ peer: target.peerId }, "connected to bootstrap peer");
        })
        .catch((e: unknown) => {
          s.failures++;
          const backoff = Math.min(
            this.options.maxBackoffMs,
            this.options.baseBackoffMs * 2 ** (s.failures - 1),
          );
          s.nextAttemptAt = this.deps.now() + backoff;
          this.log.debug(
            { peer: target.peerId, failures: s.failures, backoffMs: backoff, err: (e as Error).message },
            "bootstrap dial failed",
          );
        })
        .finally(() => {
          s.inFlight = false;
        });
    }
  }
}
