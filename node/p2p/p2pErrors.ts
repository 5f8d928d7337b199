/**
 * Typed errors of the network layer. Each code is stable and documented: callers (the BFT engine,
 * sync, the CLI) branch on `code`, logs and metrics carry it as a label.
 */
export const P2PErrorCode = {
  /** A request (dial, negotiation, response) did not complete in time. */
  TIMEOUT: "P2P_TIMEOUT",
  /** A gossip message, request or response is larger than the limit of its topic / protocol. */
  TOO_LARGE: "P2P_TOO_LARGE",
  /** The peer is not reachable: not connected, no known address, dial refused or blocked. */
  NO_PEER: "P2P_NO_PEER",
  /** The peer broke the req/resp protocol: unsupported protocol, empty or malformed frame. */
  PROTOCOL: "P2P_PROTOCOL",
  /**
   * The server already serves as many requests of the protocol as it allows, in all or for this peer
   * (topics.ts `maxServing`, `maxServingPerPeer`): try later or another peer.
   */
  BUSY: "P2P_BUSY",
  /** The remote handler failed; the message carries the remote's short reason. */
  REMOTE_ERROR: "P2P_REMOTE_ERROR",
  /** The network is not started (or already stopped). */
  NOT_STARTED: "P2P_NOT_STARTED",
  /** A topic that is not one of this chain's gossip topics (see topics.ts). */
  UNKNOWN_TOPIC: "P2P_UNKNOWN_TOPIC",
  /** A second subscription / handler for the same topic or protocol. */
  ALREADY_REGISTERED: "P2P_ALREADY_REGISTERED",
  /** A multiaddr that does not parse, or a bootstrap address without `/p2p/<peer id>`. */
  BAD_ADDRESS: "P2P_BAD_ADDRESS",
  /** The peer key file exists but does not hold a protobuf-encoded Ed25519 private key. */
  KEY_CORRUPT: "P2P_KEY_CORRUPT",
  /** The peer key file could not be read or written. */
  KEY_IO: "P2P_KEY_IO",
} as const;
export type P2PErrorCode = (typeof P2PErrorCode)[keyof typeof P2PErrorCode];

export class P2PError extends Error {
  constructor(
    readonly code: P2PErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "P2PError";
  }

  toJSON(): { code: P2PErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isP2PError(e: unknown, code?: P2PErrorCode): e is P2PError {
  return e instanceof P2PError && (code === undefined || e.code === code);
}
