/**
 * A connection gater over a mutable set of denied peer ids: dials to them are not attempted and their
 * inbound or outbound connections are refused once the remote's identity is known (after the Noise
 * handshake). Used for operator bans and for partition tests; the set may be changed at runtime.
 */
import type { ConnectionGater, PeerId } from "@libp2p/interface";

export function denyListGater(denied: ReadonlySet<string>): ConnectionGater {
  const deny = (peerId: PeerId): boolean => denied.has(peerId.toString());
  return {
    denyDialPeer: deny,
    denyInboundEncryptedConnection: deny,
    denyOutboundEncryptedConnection: deny,
    denyInboundUpgradedConnection: deny,
    denyOutboundUpgradedConnection: deny,
  };
}
