/**
 * Which inbound connections the node accepts. libp2p alone refuses inbound connections once it holds
 * `maxConnections` (300), and its pruner never closes a connection that carries a gossipsub stream
 * (every peer's does): so a few hosts minting fresh peer ids could take all 300 places for as long
 * as they like, and a validator that restarts could no longer connect to anyone — with a third of the
 * validators restarting, the chain halts. Hence, on top of libp2p's own per-host rate (5 connection
 * attempts per second) and handshake queue (10):
 *
 * - **per client** (an IPv4 address or IPv6 /64, net/clientAddress.ts): at most `maxInboundPerClient`
 *   inbound connections. Checked on the raw connection, before the Noise handshake (no crypto spent on
 *   a host over its limit), and again once the peer id is known.
 * - **in all**: at most `maxInbound` inbound connections of peers not reserved, checked once the peer
 *   id is known; libp2p's own limit is `maxInbound + reserve`, so the reserved peers — the bootstrap
 *   list (the operator's other validators and sentries: CometBFT's unconditional peers) and the active
 *   validators' registered peer ids (validatorPeerSet.ts) — and this node's own dials always find a
 *   place, whoever holds the rest.
 *
 * - **per peer id**: at most MAX_INBOUND_PER_PEER inbound connections, reserved peers included.
 *
 * Reserved peers are never refused by the other limits, and neither are clients in `exempt` (loopback by
 * default: a devnet's nodes all share 127.0.0.1) nor, before the handshake, the hosts named in the
 * bootstrap list (which of the host's connections is the bootstrap peer is known only after it).
 */
import { clientKey, limitedClients } from "../net/clientAddress.js";

export interface InboundLimitOptions {
  /** Inbound connections of peers not reserved (bootstrap list, active validators), in all. */
  maxInbound: number;
  /** Inbound connections from one client (reserved peers aside); 0 = no per-client limit. */
  maxInboundPerClient: number;
  /** Places beyond `maxInbound` for reserved peers and this node's own dials. */
  reserve: number;
  /** Client addresses or CIDR ranges the per-client limit does not apply to. */
  exempt: readonly string[];
}

export const DEFAULT_INBOUND_LIMITS: InboundLimitOptions = {
  maxInbound: 200,
  maxInboundPerClient: 8,
  reserve: 100,
  exempt: ["127.0.0.0/8", "::1/128"],
};

export type InboundRefusal = "client" | "total" | "peer";

/**
 * Inbound connections one peer id may hold (reserved peers too: a byzantine validator's registered
 * id must not fill the reserve, nor libp2p's total, with connections of its own). Two allows for a
 * simultaneous dial from both sides.
 */
export const MAX_INBOUND_PER_PEER = 2;

/** An open inbound connection as the limits see it. */
export interface InboundConnection {
  peerId: string;
  /** `clientKey` of its remote address (undefined when the transport has no IP address). */
  client: string | undefined;
}

export class InboundAdmission {
  /** The client key of an address, or undefined when exempt (or not an IP address). */
  private readonly clientOf: (address: string | undefined) => string | undefined;
  private readonly bootstrapHosts: ReadonlySet<string>;

  constructor(
    private readonly options: InboundLimitOptions,
    private readonly isReservedPeer: (peerId: string) => boolean,
    /** The IP addresses named in the bootstrap list's multiaddrs. */
    bootstrapHosts: readonly string[],
  ) {
    this.clientOf = limitedClients(
      options.exempt,
      (text) => new RangeError(`inbound limits: not an address or CIDR range: "${text}"`),
    );
    this.bootstrapHosts = new Set(bootstrapHosts.map((h) => clientKey(h)).filter((k) => k !== undefined));
  }

  /** libp2p's own connection limit: the plain places and the reserve. */
  get maxConnections(): number {
    return this.options.maxInbound + this.options.reserve;
  }

  /** On the raw connection, before any handshake: only its address is known. */
  beforeHandshake(
    address: string | undefined,
    inbound: readonly InboundConnection[],
  ): InboundRefusal | undefined {
    const key = this.limitedClient(address);
    if (key === undefined || this.bootstrapHosts.has(key)) return undefined;
    return this.overClientLimit(key, inbound) ? "client" : undefined;
  }

  /** Once the Noise handshake proved the peer id. `inbound` does not hold the new connection yet. */
  afterHandshake(
    peerId: string,
    address: string | undefined,
    inbound: readonly InboundConnection[],
  ): InboundRefusal | undefined {
    let same = 0;
    for (const c of inbound) if (c.peerId === peerId) same++;
    if (same >= MAX_INBOUND_PER_PEER) return "peer";
    if (this.isReservedPeer(peerId)) return undefined;
    let plain = 0;
    for (const c of inbound) if (!this.isReservedPeer(c.peerId)) plain++;
    if (plain >= this.options.maxInbound) return "total";
    const key = this.limitedClient(address);
    if (key !== undefined && this.overClientLimit(key, inbound)) return "client";
    return undefined;
  }

  /** The client's key, or undefined when the per-client limit does not apply to it. */
  private limitedClient(address: string | undefined): string | undefined {
    return this.options.maxInboundPerClient > 0 ? this.clientOf(address) : undefined;
  }

  private overClientLimit(key: string, inbound: readonly InboundConnection[]): boolean {
    let mine = 0;
    for (const c of inbound) {
      if (c.client === key && !this.isReservedPeer(c.peerId)) mine++;
    }
    return mine >= this.options.maxInboundPerClient;
  }
}
