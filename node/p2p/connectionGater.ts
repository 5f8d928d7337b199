/**
 * The node's connection gater: a mutable set of denied peer ids (dials to them are not attempted and
 * their connections are refused once the remote's identity is known, after the Noise handshake; used
 * for operator bans and partition tests; the set may change at runtime), and, when given, the inbound
 * limits of inboundLimits.ts (per client before the handshake, in all and per client after it).
 */
import type { ConnectionGater, MultiaddrConnection, PeerId } from "@libp2p/interface";
import type { Multiaddr } from "@multiformats/multiaddr";
import type { InboundAdmission, InboundConnection, InboundRefusal } from "./inboundLimits.js";

export interface InboundGate {
  admission: InboundAdmission;
  /** The node's open inbound connections. */
  inbound: () => InboundConnection[];
  onRefused: (reason: InboundRefusal, address: string | undefined) => void;
}

export function denyListGater(denied: ReadonlySet<string>, gate?: InboundGate): ConnectionGater {
  const deny = (peerId: PeerId): boolean => denied.has(peerId.toString());
  const refused = (reason: InboundRefusal | undefined, address: string | undefined): boolean => {
    if (reason === undefined) return false;
    gate!.onRefused(reason, address);
    return true;
  };
  return {
    denyDialPeer: deny,
    ...(gate
      ? {
          denyInboundConnection: (maConn: MultiaddrConnection) => {
            const address = ipAddress(maConn.remoteAddr);
            return refused(gate.admission.beforeHandshake(address, gate.inbound()), address);
          },
        }
      : {}),
    denyInboundEncryptedConnection: (peerId: PeerId, maConn: MultiaddrConnection) => {
      if (deny(peerId)) return true;
      if (!gate) return false;
      const address = ipAddress(maConn.remoteAddr);
      return refused(gate.admission.afterHandshake(peerId.toString(), address, gate.inbound()), address);
    },
    denyOutboundEncryptedConnection: deny,
    denyInboundUpgradedConnection: deny,
    denyOutboundUpgradedConnection: deny,
  };
}

/** The IP address of a multiaddr, or undefined (not an IP transport). */
export function ipAddress(addr: Multiaddr): string | undefined {
  try {
    return addr.nodeAddress().address;
  } catch {
    return undefined;
  }
}
