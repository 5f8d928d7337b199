/**
 * The libp2p peer id each validator candidate runs its node under (tx `setPeerId`), in the state so
 * that every node knows the active set's peers and keeps places for them (p2p/inboundLimits.ts, the
 * req/resp serving reserve) that peers with fresh ids cannot take — Substrate's authority discovery
 * does this through its DHT; here the chain is the registry, and a registration pays its gas.
 *
 * Stored as the peer id's multihash bytes, checked for shape only (the state machine does not parse
 * keys): identity (0x00, a digest of at most 42 bytes: an inlined Ed25519 or secp256k1 key) or
 * sha2-256 (0x12, 32 bytes: larger keys), with the length byte matching.
 */
import { toHex } from "../crypto/hash.js";
import type { StateWriter } from "../state/accounts.js";
import type { StateReader } from "../state/stateOverlay.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

const peerKey = (address: string) => `vpeer:${address.slice(2).toLowerCase()}`;

/** The multihash bytes of `address`'s registered peer id, if any. */
export function readValidatorPeer(state: StateReader, address: string): Uint8Array | undefined {
  return state.get(peerKey(address)) ?? undefined;
}

export function writeValidatorPeer(state: StateWriter, address: string, peerId: Uint8Array): void {
  const key = peerKey(address);
  if (peerId.length === 0) {
    if (state.get(key)) state.delete(key);
    return;
  }
  checkPeerIdShape(peerId);
  state.set(key, peerId);
}

const IDENTITY = 0x00;
const SHA2_256 = 0x12;
const MAX_IDENTITY_DIGEST = 42;

export function checkPeerIdShape(peerId: Uint8Array): void {
  const [code, length] = [peerId[0], peerId[1]];
  const digest = peerId.length - 2;
  const ok =
    peerId.length >= 3 &&
    length === digest &&
    ((code === IDENTITY && digest <= MAX_IDENTITY_DIGEST) || (code === SHA2_256 && digest === 32));
  if (!ok) {
    throw new TxError(
      TxErrorCode.BAD_FIELD,
      `peerId ${toHex(peerId.subarray(0, 8))}…: not a peer id multihash (identity ≤ 42 bytes or sha2-256)`,
    );
  }
}
