/**
 * The node's libp2p host: TCP + Noise + Yamux + identify + gossipsub on 127.0.0.1 (or the given
 * host), with per-topic gossip validation (accept / ignore / reject → peer score), req/resp over
 * single-use streams, bootstrap redialing, and a runtime deny list. It moves bytes only: what the
 * bytes mean (transactions, proposals, votes…) is decided by the validators and handlers that the
 * node registers through `subscribe` and `handle`.
 */
import { type GossipSub, type GossipsubMessage, gossipsub } from "@chainsafe/libp2p-gossipsub";
import { noise } from "@chainsafe/libp2p-noise";
import { yamux } from "@chainsafe/libp2p-yamux";
import { identify } from "@libp2p/identify";
import {
  type Connection,
  type IncomingStreamData,
  type Libp2p,
  type PeerId,
  type PrivateKey,
  type Stream,
  TopicValidatorResult,
} from "@libp2p/interface";
import { peerIdFromPrivateKey, peerIdFromString } from "@libp2p/peer-id";
import { tcp } from "@libp2p/tcp";
import { multiaddr } from "@multiformats/multiaddr";
import { createLibp2p } from "libp2p";
import type { Logger } from "pino";
import { clientKey } from "../net/clientAddress.js";
import {
  BootstrapRedialer,
  DEFAULT_REDIAL,
  type RedialOptions,
  type RedialTarget,
} from "./bootstrapRedialer.js";
import { denyListGater, ipAddress } from "./connectionGater.js";
import {
  type GossipHandler,
  type GossipValidator,
  type GossipVerdict,
  ValidationQueue,
  type ValidationStats,
} from "./gossipValidation.js";
import {
  DEFAULT_INBOUND_LIMITS,
  InboundAdmission,
  type InboundConnection,
  type InboundLimitOptions,
} from "./inboundLimits.js";
import { gossipFastMessageId, gossipMessageId, messageIdToString } from "./messageId.js";
import { P2PError, P2PErrorCode } from "./p2pErrors.js";
import type { P2PMetricsRecorder, P2PView, ReqRespOutcome } from "./p2pMetrics.js";
import { errorResponse, okResponse, parseResponse, readFrame, withDeadline, writeFrame } from "./reqResp.js";
import {
  DEFAULT_SCORING,
  peerScoreParams,
  peerScoreThresholds,
  type ScoringOptions,
} from "./scoringParameters.js";
import { ServingSlots, type SlotRefusal } from "./servingSlots.js";
import {
  GOSSIP_KINDS,
  GOSSIP_MAX_BYTES,
  type GossipKind,
  gossipTopic,
  parseGossipTopic,
  type ReqRespLimits,
  reqRespLimits,
} from "./topics.js";

/** Gossipsub mesh shape. Defaults suit a validator net of a handful to a few dozen nodes. */
export interface MeshOptions {
  D: number;
  Dlo: number;
  Dhi: number;
  Dout: number;
  heartbeatMs: number;
}

export const DEFAULT_MESH: MeshOptions = { D: 6, Dlo: 4, Dhi: 10, Dout: 2, heartbeatMs: 700 };

export interface P2PNetworkOptions {
  chainId: number;
  /** TCP port to listen on; 0 = any free port (see `listenAddrs()`). */
  listenPort: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /**
   * Addresses other peers should dial (e.g. `/dns4/validator-0/tcp/9000` behind NAT or in a container
   * listening on 0.0.0.0); when set, they replace the listen addresses in what the node advertises.
   */
  announce?: string[];
  /** Multiaddrs of peers to keep connected to; each must end in `/p2p/<peer id>`. */
  bootstrap: string[];
  privateKey: PrivateKey;
  logger: Logger;
  scoring?: Partial<ScoringOptions>;
  mesh?: Partial<MeshOptions>;
  /** Peers whose connections are refused; may be mutated at runtime (see `blockPeer`). */
  denyPeers?: Set<string>;
  /** Overrides of the per-topic size limits of topics.ts (tests, or a chain with bigger blocks). */
  gossipMaxBytes?: Partial<Record<GossipKind, number>>;
  /** Per-topic validation queue: waiting messages beyond `maxPending` are ignored. */
  validation?: { maxPending?: number; concurrency?: number };
  redial?: Partial<RedialOptions>;
  dialTimeoutMs?: number;
  /** Longest a req/resp handler may take before the stream is reset. */
  serveTimeoutMs?: number;
  /** Gossip and req/resp counters (p2pMetrics.ts); absent = not counted. */
  metrics?: P2PMetricsRecorder;
  /** Inbound connections accepted, in all and per client (defaults: DEFAULT_INBOUND_LIMITS). */
  inbound?: Partial<InboundLimitOptions>;
  /**
   * Peers treated as the bootstrap list's for inbound places and the serving reserve, read at each
   * decision (the node passes the active validators' registered peer ids: validatorPeerSet.ts).
   */
  isReservedPeer?: (peerId: string) => boolean;
}

export type RequestHandler = (request: Uint8Array, from: string) => Promise<Uint8Array>;

export interface RequestOptions {
  timeoutMs: number;
  /** Default: the protocol's limit in topics.ts. */
  maxResponseBytes?: number;
}

export type PeerEvent = "connect" | "disconnect";

interface Subscription {
  topic: string;
  queue: ValidationQueue;
}

interface HandlerEntry {
  handler: RequestHandler;
  limits: ReqRespLimits;
  slots: ServingSlots;
}

type Host = Libp2p<{ identify: unknown; pubsub: GossipSub }>;

const RPC_OVERHEAD_BYTES = 64 * 1024;
const ENFORCE_DENY_MS = 1000;

export class P2PNetwork implements P2PView {
  readonly peerId: string;
  readonly chainId: number;
  /** The live deny list (the gater reads it on every connection). */
  readonly denyPeers: Set<string>;
  private readonly log: Logger;
  private readonly maxBytes: Record<GossipKind, number>;
  private readonly mesh: MeshOptions;
  private readonly scoring: ScoringOptions;
  private readonly bootstrap: RedialTarget[];
  /** Peer ids of the bootstrap list: served from a reserve of req/resp slots (servingSlots.ts). */
  private readonly bootstrapPeers: ReadonlySet<string>;
  private readonly admission: InboundAdmission;
  /** Client key of each open connection's remote address, computed once per connection. */
  private readonly connectionClients = new WeakMap<Connection, string | undefined>();
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly handlers = new Map<string, HandlerEntry>();
  private readonly peerListeners: Record<PeerEvent, Set<(peerId: string) => void>> = {
    connect: new Set(),
    disconnect: new Set(),
  };
  private node: Host | undefined;
  private redialer: BootstrapRedialer | undefined;
  private enforceTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: P2PNetworkOptions) {
    this.chainId = options.chainId;
    this.peerId = peerIdFromPrivateKey(options.privateKey).toString();
    this.log = options.logger.child({ module: "p2p" });
    this.denyPeers = options.denyPeers ?? new Set();
    this.maxBytes = { ...GOSSIP_MAX_BYTES, ...options.gossipMaxBytes };
    this.mesh = { ...DEFAULT_MESH, ...options.mesh };
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring };
    this.bootstrap = options.bootstrap.map(parseBootstrapAddr).filter((t) => t.peerId !== this.peerId);
    this.bootstrapPeers = new Set(this.bootstrap.map((t) => t.peerId));
    const bootstrapHosts = this.bootstrap
      .map((t) => ipAddress(multiaddr(t.addr)))
      .filter((h): h is string => h !== undefined);
    this.admission = new InboundAdmission(
      { ...DEFAULT_INBOUND_LIMITS, ...options.inbound },
      (peerId) => this.isReserved(peerId),
      bootstrapHosts,
    );
  }

  get started(): boolean {
    return this.node !== undefined;
  }

  async start(): Promise<void> {
    if (this.node !== undefined) return;
    const topics = GOSSIP_KINDS.map((k) => gossipTopic(this.chainId, k));
    const host = this.options.host ?? "127.0.0.1";
    const family = host.includes(":") ? "ip6" : "ip4";
    const maxBytes = this.maxBytes;
    const chainId = this.chainId;
    const node = (await createLibp2p({
      privateKey: this.options.privateKey,
      addresses: {
        listen: [`/${family}/${host}/tcp/${this.options.listenPort}`],
        ...(this.options.announce?.length ? { announce: this.options.announce } : {}),
      },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      connectionGater: denyListGater(this.denyPeers, {
        admission: this.admission,
        inbound: () => this.inboundConnections(),
        onRefused: (reason, address) => {
          this.options.metrics?.inboundRefused(reason);
          this.log.debug({ reason, address }, "inbound connection refused by the inbound limits");
        },
      }),
      connectionManager: {
        dialTimeout: this.options.dialTimeoutMs ?? 5000,
        maxConnections: this.admission.maxConnections,
      },
      services: {
        identify: identify(),
        pubsub: gossipsub({
          globalSignaturePolicy: "StrictNoSign",
          emitSelf: false,
          asyncValidation: true,
          // Throwing on "no peers" keeps the message out of the seen-cache, so it can be sent later.
          allowPublishToZeroTopicPeers: false,
          ignoreDuplicatePublishError: true,
          fallbackToFloodsub: false,
          doPX: false,
          msgIdFn: (msg) => gossipMessageId(msg.topic, msg.data),
          fastMsgIdFn: (rpc) => gossipFastMessageId(rpc.topic, rpc.data),
          msgIdToStrFn: messageIdToString,
          // The size check runs before the message id, the seen-cache and our validators.
          dataTransform: {
            inboundTransform(topic, data) {
              const kind = parseGossipTopic(chainId, topic);
              if (kind === undefined) throw new P2PError(P2PErrorCode.UNKNOWN_TOPIC, topic);
              if (data.length > maxBytes[kind]) {
                throw new P2PError(P2PErrorCode.TOO_LARGE, `${data.length} bytes on ${topic}`);
              }
              return data;
            },
            outboundTransform: (_topic, data) => data,
          },
          allowedTopics: topics,
          maxInboundDataLength: Math.max(...Object.values(maxBytes)) + RPC_OVERHEAD_BYTES,
          D: this.mesh.D,
          Dlo: this.mesh.Dlo,
          Dhi: this.mesh.Dhi,
          Dout: this.mesh.Dout,
          heartbeatInterval: this.mesh.heartbeatMs,
          scoreParams: peerScoreParams(topics, this.scoring),
          scoreThresholds: peerScoreThresholds(this.scoring),
        }),
      },
    })) as unknown as Host;
    this.node = node;

    node.services.pubsub.addEventListener("gossipsub:message", (evt) => this.onGossip(evt.detail));
    node.addEventListener("peer:connect", (evt) => this.emitPeer("connect", evt.detail));
    node.addEventListener("peer:disconnect", (evt) => this.emitPeer("disconnect", evt.detail));
    for (const topic of this.subscriptions.keys()) node.services.pubsub.subscribe(topic);
    for (const [protocol, entry] of this.handlers) await this.register(node, protocol, entry);

    this.redialer = new BootstrapRedialer(
      this.bootstrap,
      {
        isConnected: (id) => this.isConnected(id),
        isBlocked: (id) => this.denyPeers.has(id),
        dial: async (addr) => {
          await this.dial(addr);
        },
        now: Date.now,
      },
      { ...DEFAULT_REDIAL, ...this.options.redial },
      this.log,
    );
    this.redialer.start();
    this.enforceTimer = setInterval(() => this.enforceDenyList(), ENFORCE_DENY_MS);
    this.enforceTimer.unref();
    this.log.info({ peerId: this.peerId, addrs: this.listenAddrs() }, "p2p network started");
  }

  /** A bootstrap peer, or one the node reserves places for (active validators). */
  private isReserved(peerId: string): boolean {
    return this.bootstrapPeers.has(peerId) || (this.options.isReservedPeer?.(peerId) ?? false);
  }

  private inboundConnections(): InboundConnection[] {
    const out: InboundConnection[] = [];
    for (const c of this.node?.getConnections() ?? []) {
      if (c.direction !== "inbound") continue;
      let client = this.connectionClients.get(c);
      if (client === undefined && !this.connectionClients.has(c)) {
        client = clientKey(ipAddress(c.remoteAddr));
        this.connectionClients.set(c, client);
      }
      out.push({ peerId: c.remotePeer.toString(), client });
    }
    return out;
  }

  async stop(): Promise<void> {
    const node = this.node;
    if (node === undefined) return;
    this.node = undefined;
    this.redialer?.stop();
    this.redialer = undefined;
    if (this.enforceTimer !== undefined) clearInterval(this.enforceTimer);
    this.enforceTimer = undefined;
    for (const sub of this.subscriptions.values()) sub.queue.close();
    await node.stop();
    this.log.info("p2p network stopped");
  }

  /** Listen addresses, each with `/p2p/<peer id>` (usable as another node's bootstrap entry). */
  listenAddrs(): string[] {
    return this.node?.getMultiaddrs().map((ma) => ma.toString()) ?? [];
  }

  /**
   * Subscribes to one of this chain's topics. `validate` sees every received message (never our own
   * publications); `onMessage` runs only for accepted ones. May be called before `start()`.
   */
  subscribe(topic: string, validate: GossipValidator, onMessage: GossipHandler): void {
    const kind = parseGossipTopic(this.chainId, topic);
    if (kind === undefined) {
      throw new P2PError(
        P2PErrorCode.UNKNOWN_TOPIC,
        `${topic} is not a gossip topic of chain ${this.chainId}`,
      );
    }
    if (this.subscriptions.has(topic)) {
      throw new P2PError(P2PErrorCode.ALREADY_REGISTERED, `already subscribed to ${topic}`);
    }
    const queue = new ValidationQueue(
      topic,
      validate,
      onMessage,
      {
        maxBytes: this.maxBytes[kind],
        maxPending: this.options.validation?.maxPending ?? 4096,
        concurrency: this.options.validation?.concurrency ?? 64,
      },
      this.log,
    );
    this.subscriptions.set(topic, { topic, queue });
    this.node?.services.pubsub.subscribe(topic);
  }

  unsubscribe(topic: string): void {
    const sub = this.subscriptions.get(topic);
    if (sub === undefined) return;
    this.subscriptions.delete(topic);
    sub.queue.close();
    this.node?.services.pubsub.unsubscribe(topic);
  }

  /**
   * Publishes to the topic's peers; resolves to the number of peers it was sent to. 0 (logged at
   * debug, not thrown) when no peer is subscribed, or when the same bytes were already published
   * or received on this topic recently (gossipsub's seen-cache).
   */
  async publish(topic: string, data: Uint8Array): Promise<number> {
    const node = this.requireStarted();
    const kind = parseGossipTopic(this.chainId, topic);
    if (kind === undefined) throw new P2PError(P2PErrorCode.UNKNOWN_TOPIC, topic);
    if (data.length > this.maxBytes[kind]) {
      throw new P2PError(
        P2PErrorCode.TOO_LARGE,
        `${data.length} bytes exceeds the ${this.maxBytes[kind]}-byte limit of ${topic}`,
      );
    }
    try {
      const { recipients } = await node.services.pubsub.publish(topic, data);
      this.options.metrics?.gossipSent(topic, data.length, recipients.length);
      if (recipients.length === 0)
        this.log.debug({ topic }, "publish: sent to no peer (already seen, or no open stream)");
      return recipients.length;
    } catch (e) {
      if ((e as Error).message === "PublishError.NoPeersSubscribedToTopic") {
        this.log.debug({ topic }, "publish: no peer subscribed to the topic");
        return 0;
      }
      throw e;
    }
  }

  /** Connected peers (peer id strings). */
  peers(): string[] {
    return this.node?.getPeers().map((p) => p.toString()) ?? [];
  }

  /** Peers known to be subscribed to the topic. */
  topicPeers(topic: string): string[] {
    return this.node?.services.pubsub.getSubscribers(topic).map((p) => p.toString()) ?? [];
  }

  /** Peers in our gossipsub mesh for the topic (the ones we forward full messages to). */
  meshPeers(topic: string): string[] {
    return this.node?.services.pubsub.getMeshPeers(topic) ?? [];
  }

  /** The peer's gossipsub score as seen by this node (refreshed every heartbeat); 0 if unknown. */
  peerScore(peerId: string): number {
    return this.node?.services.pubsub.getScore(peerId) ?? 0;
  }

  /** Connected peers by the direction of their first open connection (for metrics). */
  peerDirections(): { inbound: number; outbound: number } {
    const out = { inbound: 0, outbound: 0 };
    const seen = new Set<string>();
    for (const conn of this.node?.getConnections() ?? []) {
      if (conn.status !== "open") continue;
      const peer = conn.remotePeer.toString();
      if (seen.has(peer)) continue;
      seen.add(peer);
      if (conn.direction === "inbound") out.inbound++;
      else out.outbound++;
    }
    return out;
  }

  /** Gossipsub scores of the connected peers (for metrics). */
  peerScores(): number[] {
    return this.peers().map((p) => this.peerScore(p));
  }

  /** Peers on the deny list (for metrics). */
  blockedPeers(): number {
    return this.denyPeers.size;
  }

  /** Validation counters per subscribed topic (for metrics). */
  gossipStats(): Record<string, ValidationStats & { queued: number }> {
    const out: Record<string, ValidationStats & { queued: number }> = {};
    for (const [topic, sub] of this.subscriptions)
      out[topic] = { ...sub.queue.stats, queued: sub.queue.length };
    return out;
  }

  /** Dials a multiaddr (ending in `/p2p/<peer id>`); `P2P_NO_PEER` if it cannot connect. */
  async dial(addr: string): Promise<void> {
    const node = this.requireStarted();
    const target = parseBootstrapAddr(addr);
    if (this.denyPeers.has(target.peerId)) {
      throw new P2PError(P2PErrorCode.NO_PEER, `${target.peerId} is blocked`);
    }
    try {
      await node.dial(multiaddr(addr));
    } catch (e) {
      throw new P2PError(P2PErrorCode.NO_PEER, `cannot dial ${addr}: ${(e as Error).message}`, { cause: e });
    }
  }

  /** Closes the peer's connections and refuses new ones until `unblockPeer`. */
  async blockPeer(peerId: string): Promise<void> {
    this.denyPeers.add(peerId);
    await this.hangUp(peerId);
  }

  unblockPeer(peerId: string): void {
    this.denyPeers.delete(peerId);
  }

  /** Registers a listener for peer connections / disconnections; returns its remover. */
  onPeer(event: PeerEvent, listener: (peerId: string) => void): () => void {
    this.peerListeners[event].add(listener);
    return () => this.peerListeners[event].delete(listener);
  }

  /**
   * Serves a req/resp protocol. The handler's errors are sent back as a short reason (the error's
   * `code` and message when it has a code, otherwise a generic text). May be called before `start()`.
   */
  async handle(protocol: string, handler: RequestHandler, limits?: Partial<ReqRespLimits>): Promise<void> {
    if (this.handlers.has(protocol)) {
      throw new P2PError(P2PErrorCode.ALREADY_REGISTERED, `a handler for ${protocol} exists`);
    }
    const merged = { ...reqRespLimits(this.chainId, protocol), ...limits };
    const entry = {
      handler,
      limits: merged,
      slots: new ServingSlots(merged.maxServing, merged.maxServingPerPeer),
    };
    this.handlers.set(protocol, entry);
    if (this.node !== undefined) await this.register(this.node, protocol, entry);
  }

  /** Sends one request on a new stream and waits for the single response. */
  async request(
    peerId: string,
    protocol: string,
    request: Uint8Array,
    options: RequestOptions,
  ): Promise<Uint8Array> {
    const node = this.requireStarted();
    const limits = reqRespLimits(this.chainId, protocol);
    const maxResponseBytes = options.maxResponseBytes ?? limits.maxResponseBytes;
    if (request.length > limits.maxRequestBytes) {
      throw new P2PError(
        P2PErrorCode.TOO_LARGE,
        `${protocol}: request of ${request.length} bytes exceeds ${limits.maxRequestBytes}`,
      );
    }
    if (this.denyPeers.has(peerId)) throw new P2PError(P2PErrorCode.NO_PEER, `${peerId} is blocked`);
    const pid = toPeerId(peerId);
    const deadline = Date.now() + options.timeoutMs;
    const signal = AbortSignal.timeout(options.timeoutMs);
    let stream: Stream;
    try {
      stream = await node.dialProtocol(pid, protocol, { signal });
    } catch (e) {
      if (signal.aborted) {
        throw new P2PError(
          P2PErrorCode.TIMEOUT,
          `${protocol}: no stream to ${peerId} within ${options.timeoutMs} ms`,
        );
      }
      throw mapStreamError(e, protocol, peerId, P2PErrorCode.NO_PEER);
    }
    try {
      const frame = await withDeadline(
        stream,
        Math.max(1, deadline - Date.now()),
        `${protocol} to ${peerId}`,
        async () => {
          await writeFrame(stream, request);
          return readFrame(stream, maxResponseBytes + 1, "response");
        },
      );
      await stream.close().catch(() => undefined);
      const response = parseResponse(frame, protocol);
      this.options.metrics?.reqResp(protocol, "client", frame.length, request.length, "ok");
      return response;
    } catch (e) {
      const err = mapStreamError(e, protocol, peerId, P2PErrorCode.PROTOCOL);
      stream.abort(err);
      this.options.metrics?.reqResp(protocol, "client", 0, request.length, "error");
      throw err;
    }
  }

  private async register(node: Host, protocol: string, entry: HandlerEntry): Promise<void> {
    await node.handle(protocol, (data) => {
      void this.serve(protocol, entry, data);
    });
  }

  private async serve(protocol: string, entry: HandlerEntry, { stream, connection }: IncomingStreamData) {
    const from = connection.remotePeer.toString();
    const preferred = this.isReserved(from);
    const refused = entry.slots.acquire(from, preferred);
    if (refused !== undefined) {
      await this.refuseBusy(protocol, entry, from, refused, preferred, stream);
      return;
    }
    let bytesIn = 0;
    let bytesOut = 0;
    let outcome: ReqRespOutcome = "error";
    try {
      await withDeadline(
        stream,
        this.options.serveTimeoutMs ?? 10_000,
        `${protocol} from ${from}`,
        async () => {
          let response: Uint8Array;
          try {
            const request = await readFrame(stream, entry.limits.maxRequestBytes, "request");
            bytesIn = request.length;
            const payload = await entry.handler(request, from);
            if (payload.length > entry.limits.maxResponseBytes) {
              this.log.error(
                { protocol, bytes: payload.length },
                "req/resp handler produced an oversized response",
              );
              response = errorResponse(`${P2PErrorCode.TOO_LARGE}: response too large`);
            } else {
              response = okResponse(payload);
              outcome = "ok";
            }
          } catch (e) {
            this.log.debug({ protocol, from, err: e }, "req/resp request failed");
            response = errorResponse(describeError(e));
          }
          await writeFrame(stream, response);
          bytesOut = response.length;
        },
      );
      await stream.close().catch(() => undefined);
    } catch (e) {
      outcome = "error";
      this.log.debug({ protocol, from, err: (e as Error).message }, "req/resp stream failed");
      stream.abort(e as Error);
    } finally {
      entry.slots.release(from);
    }
    this.options.metrics?.reqResp(protocol, "server", bytesIn, bytesOut, outcome);
  }

  /** Answers P2P_BUSY without reading the request: no slot (topics.ts `maxServing*`). */
  private async refuseBusy(
    protocol: string,
    entry: HandlerEntry,
    from: string,
    refused: SlotRefusal,
    preferred: boolean,
    stream: IncomingStreamData["stream"],
  ): Promise<void> {
    // A bootstrap peer is refused at the total only once the reserve is taken too (servingSlots.ts).
    const limit =
      refused === "peer"
        ? `${entry.limits.maxServingPerPeer} requests at once from one peer`
        : `${(preferred ? 2 : 1) * entry.limits.maxServing} requests at once`;
    this.log.debug({ protocol, from, refused }, "req/resp request refused: busy");
    const response = errorResponse(`${P2PErrorCode.BUSY}: serving ${limit}`);
    try {
      await writeFrame(stream, response);
      await stream.close();
    } catch {
      stream.abort(new P2PError(P2PErrorCode.BUSY, `${protocol} busy`));
    }
    this.options.metrics?.reqResp(protocol, "server", 0, response.length, "busy");
  }

  private onGossip({ propagationSource, msgId, msg }: GossipsubMessage): void {
    const node = this.node;
    if (node === undefined) return;
    const from = propagationSource.toString();
    const metrics = this.options.metrics;
    metrics?.gossipReceived(msg.topic, msg.data.length);
    const report = (verdict: GossipVerdict) => {
      node.services.pubsub.reportMessageValidationResult(msgId, from, toTopicValidatorResult(verdict));
      if (metrics === undefined) return;
      metrics.gossipResult(msg.topic, verdict);
      // An accepted message goes on to our mesh peers for the topic except the one it came from.
      if (verdict === "accept") {
        const mesh = node.services.pubsub.getMeshPeers(msg.topic);
        metrics.gossipSent(msg.topic, msg.data.length, mesh.length - (mesh.includes(from) ? 1 : 0));
      }
    };
    const sub = this.subscriptions.get(msg.topic);
    if (sub === undefined) {
      report("ignore");
      return;
    }
    sub.queue.push({ data: msg.data, from, report });
  }

  private emitPeer(event: PeerEvent, peer: PeerId): void {
    const id = peer.toString();
    this.log.debug({ peer: id }, `peer ${event}`);
    for (const listener of this.peerListeners[event]) {
      try {
        listener(id);
      } catch (e) {
        this.log.error({ err: e, event }, "peer listener threw");
      }
    }
  }

  private isConnected(peerId: string): boolean {
    const node = this.node;
    if (node === undefined) return false;
    return node.getConnections(toPeerId(peerId)).length > 0;
  }

  private async hangUp(peerId: string): Promise<void> {
    const node = this.node;
    if (node === undefined) return;
    try {
      await node.hangUp(toPeerId(peerId));
    } catch (e) {
      this.log.debug({ peer: peerId, err: (e as Error).message }, "hang up failed");
    }
  }

  /** Closes connections of peers added to the deny set directly (not through `blockPeer`). */
  private enforceDenyList(): void {
    if (this.denyPeers.size === 0) return;
    for (const peer of this.peers()) if (this.denyPeers.has(peer)) void this.hangUp(peer);
  }

  private requireStarted(): Host {
    if (this.node === undefined) throw new P2PError(P2PErrorCode.NOT_STARTED, "p2p network is not started");
    return this.node;
  }
}

function toTopicValidatorResult(verdict: GossipVerdict): TopicValidatorResult {
  return verdict === "accept"
    ? TopicValidatorResult.Accept
    : verdict === "ignore"
      ? TopicValidatorResult.Ignore
      : TopicValidatorResult.Reject;
}

/** Parses a `/…/p2p/<peer id>` multiaddr; `P2P_BAD_ADDRESS` if it does not parse or has no peer id. */
export function parseBootstrapAddr(addr: string): RedialTarget {
  let peerId: string | null;
  try {
    peerId = multiaddr(addr).getPeerId();
  } catch (e) {
    throw new P2PError(P2PErrorCode.BAD_ADDRESS, `not a multiaddr: ${addr}`, { cause: e });
  }
  if (peerId === null) throw new P2PError(P2PErrorCode.BAD_ADDRESS, `${addr} has no /p2p/<peer id>`);
  return { peerId, addr };
}

/** Checks an address to announce: a multiaddr with a transport address (no peer id needed). */
export function parseAnnounceAddr(addr: string): string {
  try {
    multiaddr(addr);
  } catch (e) {
    throw new P2PError(P2PErrorCode.BAD_ADDRESS, `not a multiaddr: ${addr}`, { cause: e });
  }
  return addr;
}

function toPeerId(peerId: string): PeerId {
  try {
    return peerIdFromString(peerId);
  } catch (e) {
    throw new P2PError(P2PErrorCode.NO_PEER, `not a peer id: ${peerId}`, { cause: e });
  }
}

function describeError(e: unknown): string {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return `${code}: ${(e as Error).message}`;
  return "handler failed";
}

function mapStreamError(e: unknown, protocol: string, peerId: string, fallback: P2PErrorCode): P2PError {
  if (e instanceof P2PError) return e;
  const name = (e as Error | undefined)?.name;
  const message = (e as Error | undefined)?.message ?? String(e);
  if (name === "UnsupportedProtocolError") {
    return new P2PError(P2PErrorCode.PROTOCOL, `${peerId} does not serve ${protocol}`, { cause: e });
  }
  return new P2PError(fallback, `${protocol} with ${peerId}: ${message}`, { cause: e });
}
