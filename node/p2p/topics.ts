/**
 * The chain's gossip topics and req/resp protocol ids, in one place, with their size limits.
 * Names are versioned and carry the chain id (`/poco/<chainId>/<name>/<version>`) so that two chains
 * or two wire versions never mix on one host. Size limits are checked on the raw bytes, before any
 * decoding: an oversized gossip message is rejected (and penalised) without being looked at.
 */

/** What each gossip topic carries. */
export const GossipKind = {
  /** Signed transactions entering mempools. */
  TX: "tx",
  /** Block proposals (the proposer's block with its round). */
  PROPOSAL: "proposal",
  /** Prevotes and precommits. */
  VOTE: "vote",
  /** Worker heartbeats (liveness, capacity). */
  HEARTBEAT: "heartbeat",
  /** Validators' signatures over Ethereum checkpoints. */
  CHECKPOINT_SIG: "checkpoint-sig",
} as const;
export type GossipKind = (typeof GossipKind)[keyof typeof GossipKind];

export const GOSSIP_KINDS: readonly GossipKind[] = Object.values(GossipKind);

const KiB = 1024;
const MiB = 1024 * KiB;

/** Largest proposal message (a full block of ≤ 8 MiB and its envelope). */
const GOSSIP_MAX_BYTES_PROPOSAL = 10 * MiB;

/** Largest accepted message per gossip topic, in bytes of the raw payload. */
export const GOSSIP_MAX_BYTES: Readonly<Record<GossipKind, number>> = {
  [GossipKind.TX]: 128 * KiB,
  [GossipKind.PROPOSAL]: GOSSIP_MAX_BYTES_PROPOSAL,
  [GossipKind.VOTE]: 4 * KiB,
  [GossipKind.HEARTBEAT]: 4 * KiB,
  [GossipKind.CHECKPOINT_SIG]: 4 * KiB,
};

const TOPIC_VERSION = 1;

export function gossipTopic(chainId: number, kind: GossipKind): string {
  return `/poco/${chainId}/${kind}/${TOPIC_VERSION}`;
}

/** Every gossip topic of a chain, by kind. */
export function gossipTopics(chainId: number): Record<GossipKind, string> {
  const out = {} as Record<GossipKind, string>;
  for (const kind of GOSSIP_KINDS) out[kind] = gossipTopic(chainId, kind);
  return out;
}

/** The kind of one of this chain's topics, or undefined for any other string. */
export function parseGossipTopic(chainId: number, topic: string): GossipKind | undefined {
  for (const kind of GOSSIP_KINDS) if (gossipTopic(chainId, kind) === topic) return kind;
  return undefined;
}

/** Req/resp protocols (one length-prefixed request, one length-prefixed response per stream). */
export const ReqRespKind = {
  /** Exchange of head height / hash / chain id, on connect and for sync decisions. */
  STATUS: "status",
  /** Committed blocks (with their commit certificates) for a height range. */
  BLOCKS_BY_RANGE: "blocks-by-range",
  /** The state snapshots a node offers (statesync/snapshotProtocol.ts). */
  SNAPSHOTS: "snapshots",
  /** One chunk (or the manifest) of an offered snapshot. */
  SNAPSHOT_CHUNK: "snapshot-chunk",
  /** Missing txs (by position) of a compact proposal of the current height, or its full block. */
  BLOCK_TXS: "block-txs",
} as const;
export type ReqRespKind = (typeof ReqRespKind)[keyof typeof ReqRespKind];

export const REQ_RESP_KINDS: readonly ReqRespKind[] = Object.values(ReqRespKind);

export interface ReqRespLimits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  /**
   * Requests of the protocol this node serves at once, from all peers: each holds its response in
   * memory until the requester has read it (or the serve deadline), so this bounds that memory by
   * `maxServing × maxResponseBytes` whatever the number of connections (libp2p alone allows 32
   * streams per protocol on each of up to 300 connections). A request over it gets P2P_BUSY at once.
   * Bootstrap peers may use as many again, which other peers cannot take (servingSlots.ts).
   */
  maxServing: number;
  /** Requests of the protocol served at once for one peer (honest ones send one or two at a time). */
  maxServingPerPeer: number;
}

export const REQ_RESP_LIMITS: Readonly<Record<ReqRespKind, ReqRespLimits>> = {
  [ReqRespKind.STATUS]: {
    maxRequestBytes: 1 * KiB,
    maxResponseBytes: 4 * KiB,
    maxServing: 64,
    maxServingPerPeer: 4,
  },
  // Answers are built up to 16 MiB (p2pTransport MAX_RANGE_RESPONSE_BYTES): ≤ 128 MiB being served
  // (twice that with the bootstrap peers' reserve).
  [ReqRespKind.BLOCKS_BY_RANGE]: {
    maxRequestBytes: 1 * KiB,
    maxResponseBytes: 64 * MiB,
    maxServing: 8,
    maxServingPerPeer: 3,
  },
  [ReqRespKind.SNAPSHOTS]: {
    maxRequestBytes: 64,
    maxResponseBytes: 4 * KiB,
    maxServing: 16,
    maxServingPerPeer: 4,
  },
  // A chunk is ≤ 16 MiB (snapshotFormat.ts MAX_CHUNK_BYTES), a manifest ≤ ≈ 18 MiB: ≤ 120 MiB served.
  [ReqRespKind.SNAPSHOT_CHUNK]: {
    maxRequestBytes: 64,
    maxResponseBytes: 20 * MiB,
    maxServing: 6,
    maxServingPerPeer: 3,
  },
  // ≤ 1,024 positions (≤ 5 bytes each) and a hash; the answer is at most one proposal's worth of txs.
  [ReqRespKind.BLOCK_TXS]: {
    maxRequestBytes: 8 * KiB,
    maxResponseBytes: GOSSIP_MAX_BYTES_PROPOSAL,
    maxServing: 12,
    maxServingPerPeer: 4,
  },
};

/** Limits for protocols that are not in the table (set explicitly when registering instead). */
export const DEFAULT_REQ_RESP_LIMITS: ReqRespLimits = {
  maxRequestBytes: 64 * KiB,
  maxResponseBytes: 4 * MiB,
  maxServing: 16,
  maxServingPerPeer: 4,
};

export function reqRespProtocol(chainId: number, kind: ReqRespKind): string {
  return `/poco/${chainId}/${kind}/${TOPIC_VERSION}`;
}

export function reqRespProtocols(chainId: number): Record<ReqRespKind, string> {
  const out = {} as Record<ReqRespKind, string>;
  for (const kind of REQ_RESP_KINDS) out[kind] = reqRespProtocol(chainId, kind);
  return out;
}

/** The limits of a protocol id: from the table for this chain's protocols, else the defaults. */
export function reqRespLimits(chainId: number, protocol: string): ReqRespLimits {
  for (const kind of REQ_RESP_KINDS) {
    if (reqRespProtocol(chainId, kind) === protocol) return REQ_RESP_LIMITS[kind];
  }
  return DEFAULT_REQ_RESP_LIMITS;
}
