/**
 * The peer ids the active validators registered (tx `setPeerId`, execution/validatorPeers.ts): the
 * node keeps inbound places and req/resp serving slots for them as for its bootstrap peers, so a
 * validator that joins or restarts gets in even when peers with fresh ids hold every plain place.
 * Recomputed from the state after each block (one read per active validator).
 */
import type { ValidatorSet } from "../../consensus/validatorSet.js";
import { readValidatorPeer } from "../execution/validatorPeers.js";
import type { StateReader } from "../state/stateOverlay.js";
import { peerIdFromBytes } from "./peerIdentity.js";

export function activeValidatorPeers(state: StateReader, set: ValidatorSet): Set<string> {
  const peers = new Set<string>();
  for (const v of set.validators) {
    const bytes = readValidatorPeer(state, v.address);
    if (bytes) peers.add(peerIdFromBytes(bytes));
  }
  return peers;
}
