/**
 * Whether a node is healthy and ready, with the reasons when it is not (GET /health and GET /ready).
 *
 * - ready: the node itself can serve: it is not catching up from peers and, when it runs the p2p
 *   network, it has at least one peer (else what it serves and accepts goes nowhere).
 * - healthy: ready, and its head is fresh: a block came within max(staleBlocks × block time,
 *   minStaleMs). A stale head means the node, or the whole network, stopped finalizing.
 *
 * Pure: the caller passes the clock and the node's figures in.
 */

export type HealthReasonCode = "HEAD_STALE" | "NO_PEERS" | "SYNCING";

export interface HealthReason {
  code: HealthReasonCode;
  message: string;
}

export interface HealthOptions {
  /** The head is stale after this many block times without a block… */
  staleBlocks: number;
  /** …and never sooner than this (a round or two lost to timeouts is not an outage). */
  minStaleMs: number;
}

export const DEFAULT_HEALTH_OPTIONS: HealthOptions = { staleBlocks: 20, minStaleMs: 30_000 };

export interface HealthInputs {
  nowMs: number;
  headHeight: number;
  /** The head block's time (its proposer's clock). */
  headTimeMs: number;
  blockTimeMs: number;
  /** The node runs the p2p network (so it should have peers). */
  p2p: boolean;
  peers: number;
  syncing: boolean;
}

export interface HealthReport {
  ok: boolean;
  ready: boolean;
  height: number;
  headAgeMs: number;
  peers: number;
  syncing: boolean;
  reasons: HealthReason[];
}

export function staleAfterMs(blockTimeMs: number, options: HealthOptions): number {
  return Math.max(options.staleBlocks * blockTimeMs, options.minStaleMs);
}

export function assessHealth(
  input: HealthInputs,
  options: HealthOptions = DEFAULT_HEALTH_OPTIONS,
): HealthReport {
  const reasons: HealthReason[] = [];
  if (input.syncing) reasons.push({ code: "SYNCING", message: "catching up with blocks from peers" });
  if (input.p2p && input.peers === 0)
    reasons.push({ code: "NO_PEERS", message: "the p2p network is configured but no peer is connected" });
  const ready = reasons.length === 0;
  // A head time ahead of the local clock (proposer drift) counts as age 0.
  const headAgeMs = Math.max(0, input.nowMs - input.headTimeMs);
  const limit = staleAfterMs(input.blockTimeMs, options);
  if (headAgeMs > limit)
    reasons.push({
      code: "HEAD_STALE",
      message: `no block for ${Math.round(headAgeMs / 1000)} s (head ${input.headHeight}; limit ${Math.round(limit / 1000)} s)`,
    });
  return {
    ok: reasons.length === 0,
    ready,
    height: input.headHeight,
    headAgeMs,
    peers: input.peers,
    syncing: input.syncing,
    reasons,
  };
}
