/** What the HTTP API needs from the node, passed in (no globals). */
import type { Chain } from "../chain/chain.js";
import type { Mempool } from "../mempool/mempool.js";
import type { NodeMetrics } from "../metrics.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import type { ClientLimitOptions } from "./clientLimits.js";
import type { HealthOptions } from "./health.js";
import type { EventOptions } from "./routes/eventRoutes.js";

export interface ApiContext {
  chain: Chain;
  mempool: Mempool;
  metrics: NodeMetrics;
  /** Verifies and admits a transaction, or throws a TxError. */
  submitTx(bytes: Uint8Array): VerifiedTx;
  /**
   * Verifies (signatures on the node's verifier threads, bounded queue) and admits txs in order; per
   * tx the admitted tx or the error that refused it (TxError, or VerifierError when overloaded).
   */
  submitTxs(list: readonly Uint8Array[]): Promise<(VerifiedTx | Error)[]>;
  nodeInfo: {
    version: string;
    validator: string | null;
    peerId: string | null;
    /** Multiaddrs other nodes can bootstrap from. */
    p2pAddrs: string[];
    peers: () => number;
    /** Connected peers with their gossipsub score as this node sees it. */
    peerScores: () => { peerId: string; score: number }[];
  };
  /** What GET /health and GET /ready judge (see health.ts); absent: a lone node with default limits. */
  health?: {
    blockTimeMs: number;
    /** The node runs the p2p network. */
    p2p: boolean;
    syncing: () => boolean;
    options: HealthOptions;
  };
  /** Limits of GET /events (defaults: DEFAULT_EVENT_OPTIONS). */
  events?: Partial<EventOptions>;
  /** Requests and connections per client (defaults: DEFAULT_CLIENT_LIMITS). */
  clientLimits?: Partial<ClientLimitOptions>;
}
