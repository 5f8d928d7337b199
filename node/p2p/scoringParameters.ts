/**
 * Gossipsub peer-scoring parameters for a small validator network. What matters here: a rejected
 * message (validator verdict "reject", or an oversized payload) costs the peer that delivered it
 * `invalidMessageWeight × count²` on that topic (P4), decaying slowly; honest traffic earns at most
 * `topicScoreCap`. Mesh-delivery-rate penalties (P3) are off: consensus traffic is bursty and a small
 * net cannot tell a slow peer from a quiet one. Thresholds: below `gossipThreshold` a peer gets no
 * gossip, below `publishThreshold` no published messages, below `graylistThreshold` all of its RPCs
 * are ignored.
 */
import type {
  PeerScoreParams,
  PeerScoreThresholds,
  TopicScoreParams,
} from "@chainsafe/libp2p-gossipsub/score";

export interface ScoringOptions {
  /** P4 weight per rejected message (squared counter); must be negative. */
  invalidMessageWeight: number;
  /** Per-decay-interval (1 s) multiplier of the rejected-message counter. */
  invalidMessageDecay: number;
  /** Cap of the positive contribution of all topics. */
  topicScoreCap: number;
  gossipThreshold: number;
  publishThreshold: number;
  graylistThreshold: number;
  /** IPs exempt from the same-IP penalty (P6); devnets put every node on 127.0.0.1. */
  ipColocationWhitelist: string[];
  /** Application score (P5), e.g. a bonus for known validators; weight 1. */
  appSpecificScore: (peerId: string) => number;
}

export const DEFAULT_SCORING: ScoringOptions = {
  invalidMessageWeight: -100,
  invalidMessageDecay: 0.99,
  topicScoreCap: 50,
  gossipThreshold: -500,
  publishThreshold: -1000,
  graylistThreshold: -2500,
  ipColocationWhitelist: ["127.0.0.1", "::1"],
  appSpecificScore: () => 0,
};

function topicScoreParams(s: ScoringOptions): TopicScoreParams {
  return {
    topicWeight: 1,
    // P1: time in mesh, up to +9 after 5 minutes.
    timeInMeshWeight: 0.03,
    timeInMeshQuantum: 1000,
    timeInMeshCap: 300,
    // P2: first deliveries of valid messages, up to +20.
    firstMessageDeliveriesWeight: 1,
    firstMessageDeliveriesDecay: 0.9,
    firstMessageDeliveriesCap: 20,
    // P3 / P3b: off (see the module comment); the non-weight fields must still be valid.
    meshMessageDeliveriesWeight: 0,
    meshMessageDeliveriesDecay: 0.9,
    meshMessageDeliveriesCap: 10,
    meshMessageDeliveriesThreshold: 1,
    meshMessageDeliveriesWindow: 100,
    meshMessageDeliveriesActivation: 10_000,
    meshFailurePenaltyWeight: 0,
    meshFailurePenaltyDecay: 0.9,
    // P4: rejected messages.
    invalidMessageDeliveriesWeight: s.invalidMessageWeight,
    invalidMessageDeliveriesDecay: s.invalidMessageDecay,
  };
}

export function peerScoreParams(topics: readonly string[], s: ScoringOptions): Partial<PeerScoreParams> {
  const params: Record<string, TopicScoreParams> = {};
  for (const topic of topics) params[topic] = topicScoreParams(s);
  return {
    topics: params,
    topicScoreCap: s.topicScoreCap,
    appSpecificScore: s.appSpecificScore,
    appSpecificWeight: 1,
    IPColocationFactorWeight: -5,
    IPColocationFactorThreshold: 10,
    IPColocationFactorWhitelist: new Set(s.ipColocationWhitelist),
    behaviourPenaltyWeight: -10,
    behaviourPenaltyThreshold: 6,
    behaviourPenaltyDecay: 0.9,
    decayInterval: 1000,
    decayToZero: 0.01,
    retainScore: 10 * 60_000,
  };
}

export function peerScoreThresholds(s: ScoringOptions): Partial<PeerScoreThresholds> {
  return {
    gossipThreshold: s.gossipThreshold,
    publishThreshold: s.publishThreshold,
    graylistThreshold: s.graylistThreshold,
    acceptPXThreshold: 100,
    opportunisticGraftThreshold: 5,
  };
}
