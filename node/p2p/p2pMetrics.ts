/**
 * P2P metrics: gossip bytes and messages per topic with their validation results, req/resp bytes per
 * protocol, and (read at scrape time from the live host) peers by direction, the gossipsub score
 * distribution, blocked and penalized peers.
 *
 * Labels are bounded by construction: a topic label is one of this chain's gossip kinds (topics.ts)
 * or "other", a protocol label one of the req/resp kinds or "other"; a peer id is never a label (an
 * attacker mints peer ids for free). Lodestar's gossipsub metrics are labelled the same way (by a
 * fixed topic kind, never by peer).
 */
import { Counter, Gauge, type Registry } from "prom-client";
import type { GossipVerdict } from "./gossipValidation.js";
import { GOSSIP_KINDS, gossipTopic, REQ_RESP_KINDS, reqRespProtocol } from "./topics.js";

/** How a req/resp exchange ended: answered, failed, or refused by the server's serving limits. */
export type ReqRespOutcome = "ok" | "error" | "busy";

/** What the metrics read from the host at scrape time. */
export interface P2PView {
  /** Connected peers with the direction of their first open connection. */
  peerDirections(): { inbound: number; outbound: number };
  /** Gossipsub scores of the connected peers. */
  peerScores(): number[];
  /** Peers on the deny list. */
  blockedPeers(): number;
}

export type ReqRespDirection = "in" | "out";

/** Score bounds of the exported distribution (gauges), sorted scores' order statistics. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export class P2PMetrics {
  private readonly gossipBytes: Counter;
  private readonly gossipMessages: Counter;
  private readonly gossipResults: Counter;
  private readonly reqRespBytes: Counter;
  private readonly reqRespRequests: Counter;
  private readonly inboundRefused: Counter;
  private view: P2PView | undefined;

  constructor(registry: Registry) {
    const registers = [registry];
    const self = this;
    this.gossipBytes = new Counter({
      name: "poco_p2p_gossip_bytes_total",
      help: "Gossip payload bytes per topic; in = received, out = published × recipients + forwarded (estimated as mesh peers except the sender)",
      labelNames: ["topic", "direction"],
      registers,
    });
    this.gossipMessages = new Counter({
      name: "poco_p2p_gossip_messages_received_total",
      help: "Gossip messages received per topic (after gossipsub's duplicate filter, before validation)",
      labelNames: ["topic"],
      registers,
    });
    this.gossipResults = new Counter({
      name: "poco_p2p_gossip_messages_validated_total",
      help: "Validation results of received gossip messages per topic (accept, ignore, reject = sender penalized)",
      labelNames: ["topic", "result"],
      registers,
    });
    this.reqRespBytes = new Counter({
      name: "poco_p2p_reqresp_bytes_total",
      help: "Req/resp bytes per protocol; in = requests served + responses received, out = the reverse",
      labelNames: ["protocol", "direction"],
      registers,
    });
    this.reqRespRequests = new Counter({
      name: "poco_p2p_reqresp_requests_total",
      help: "Req/resp exchanges per protocol; role = client (sent) or server (served); outcome ok, error or busy (refused: the server's limit of requests served at once)",
      labelNames: ["protocol", "role", "outcome"],
      registers,
    });
    this.inboundRefused = new Counter({
      name: "poco_p2p_inbound_refused_total",
      help: "Inbound connections refused by the inbound limits: client (over its per-IP limit), peer (over its connections per peer id) or total (no plain place left; reserved peers have a reserve)",
      labelNames: ["reason"],
      registers,
    });
    new Gauge({
      name: "poco_p2p_peers_connected",
      help: "Connected peers by the direction of their connection (inbound, outbound)",
      labelNames: ["direction"],
      registers,
      collect() {
        const v = self.view?.peerDirections() ?? { inbound: 0, outbound: 0 };
        this.set({ direction: "inbound" }, v.inbound);
        this.set({ direction: "outbound" }, v.outbound);
      },
    });
    new Gauge({
      name: "poco_p2p_peer_score",
      help: "Gossipsub scores of connected peers: min, median, max (0 without peers)",
      labelNames: ["stat"],
      registers,
      collect() {
        const scores = (self.view?.peerScores() ?? []).filter(Number.isFinite).sort((a, b) => a - b);
        this.set({ stat: "min" }, scores[0] ?? 0);
        this.set({ stat: "median" }, quantile(scores, 0.5));
        this.set({ stat: "max" }, scores[scores.length - 1] ?? 0);
      },
    });
    new Gauge({
      name: "poco_p2p_peers_penalized",
      help: "Connected peers whose gossipsub score is negative",
      registers,
      collect() {
        this.set((self.view?.peerScores() ?? []).filter((s) => s < 0).length);
      },
    });
    new Gauge({
      name: "poco_p2p_peers_blocked",
      help: "Peers on the deny list (connections refused)",
      registers,
      collect() {
        this.set(self.view?.blockedPeers() ?? 0);
      },
    });
  }

  /** The host read at scrape time (the node's P2PNetwork once it exists). */
  follow(view: P2PView): void {
    this.view = view;
  }

  /** Labels for one chain: topic and protocol strings mapped to their kinds, anything else "other". */
  forChain(chainId: number): P2PMetricsRecorder {
    return new P2PMetricsRecorder(this, chainId);
  }

  /** @internal */
  record = {
    gossipBytes: (topic: string, direction: ReqRespDirection, bytes: number) =>
      this.gossipBytes.inc({ topic, direction }, bytes),
    gossipReceived: (topic: string) => this.gossipMessages.inc({ topic }),
    gossipResult: (topic: string, result: GossipVerdict) => this.gossipResults.inc({ topic, result }),
    reqRespBytes: (protocol: string, direction: ReqRespDirection, bytes: number) =>
      this.reqRespBytes.inc({ protocol, direction }, bytes),
    reqRespRequest: (protocol: string, role: "client" | "server", outcome: ReqRespOutcome) =>
      this.reqRespRequests.inc({ protocol, role, outcome }),
    inboundRefused: (reason: string) => this.inboundRefused.inc({ reason }),
  };
}

/** What P2PNetwork calls: maps topic and protocol strings to bounded labels. */
export class P2PMetricsRecorder {
  // Fixed maps built once (a lookup per message, no string building on the hot path).
  private readonly topics: Map<string, string>;
  private readonly protocols: Map<string, string>;

  constructor(
    private readonly metrics: P2PMetrics,
    chainId: number,
  ) {
    this.topics = new Map(GOSSIP_KINDS.map((k) => [gossipTopic(chainId, k), k]));
    this.protocols = new Map(REQ_RESP_KINDS.map((k) => [reqRespProtocol(chainId, k), k]));
  }

  topicLabel(topic: string): string {
    return this.topics.get(topic) ?? "other";
  }

  protocolLabel(protocol: string): string {
    return this.protocols.get(protocol) ?? "other";
  }

  gossipReceived(topic: string, bytes: number): void {
    const t = this.topicLabel(topic);
    this.metrics.record.gossipReceived(t);
    this.metrics.record.gossipBytes(t, "in", bytes);
  }

  inboundRefused(reason: string): void {
    this.metrics.record.inboundRefused(reason);
  }

  gossipResult(topic: string, result: GossipVerdict): void {
    this.metrics.record.gossipResult(this.topicLabel(topic), result);
  }

  gossipSent(topic: string, bytes: number, recipients: number): void {
    if (recipients > 0) this.metrics.record.gossipBytes(this.topicLabel(topic), "out", bytes * recipients);
  }

  reqResp(
    protocol: string,
    role: "client" | "server",
    bytesIn: number,
    bytesOut: number,
    outcome: ReqRespOutcome,
  ): void {
    const p = this.protocolLabel(protocol);
    if (bytesIn > 0) this.metrics.record.reqRespBytes(p, "in", bytesIn);
    if (bytesOut > 0) this.metrics.record.reqRespBytes(p, "out", bytesOut);
    this.metrics.record.reqRespRequest(p, role, outcome);
  }
}

/** Every topic label the metrics may carry (for tests and dashboards). */
export const GOSSIP_TOPIC_LABELS: readonly string[] = [...GOSSIP_KINDS, "other"];
