/**
 * A validator node whose validator is a candidate with no peer id registered (tx `setPeerId`,
 * execution/validatorPeers.ts) either registers its own (`autoRegister`, `poco node
 * --register-peer-id`) or tells its operator once how to. Opt-in because the tx spends from the
 * validator's account with its next nonce: an operator sending txs with the same key from the CLI at
 * the same time races it (the README's validator walkthrough did, and lost its unbond). It never
 * replaces a registration: an operator who registered another id (a sentry in front of the
 * validator) keeps it. Checked after each block once the node is in sync; a submission that fails
 * (no balance for the fee, a nonce taken) is retried after `retryBlocks`. The tx pays the next base
 * fee twice over plus the suggested tip, like the CLI.
 */
import type { Logger } from "pino";
import { uintToBytes } from "../../proto/index.js";
import { suggestedTip } from "../api/routes/feeRoutes.js";
import { toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import { notCandidate } from "../execution/validatorModule.js";
import { readValidatorPeer } from "../execution/validatorPeers.js";
import type { StateReader } from "../state/stateOverlay.js";
import { signTx, type VerifiedTx } from "../tx/signedTx.js";

/** Gas for a setPeerId tx: intrinsic cost, one state write of ≤ 64 bytes, and a margin. */
const SET_PEER_ID_GAS = 100_000;

export interface PeerIdRegistrarDeps {
  key: KeyPair;
  chainId: number;
  /** The multihash bytes of this node's peer id. */
  peerId: Uint8Array;
  state: () => StateReader;
  height: () => number;
  nextBaseFee: () => bigint;
  minBaseFee: bigint;
  nextNonce: (address: string) => number;
  submitTx: (bytes: Uint8Array) => VerifiedTx;
  syncing: () => boolean;
  log: Logger;
  /** Submit the tx (true), or only log how to register (false). */
  autoRegister: boolean;
  retryBlocks?: number;
}

export class PeerIdRegistrar {
  private lastAttemptHeight = Number.NEGATIVE_INFINITY;
  private reminded = false;

  constructor(private readonly deps: PeerIdRegistrarDeps) {}

  /** Called after each committed block. Returns whether a tx was submitted. */
  onBlock(): boolean {
    const d = this.deps;
    if (d.syncing()) return false;
    const height = d.height();
    if (height - this.lastAttemptHeight < (d.retryBlocks ?? 100)) return false;
    const state = d.state();
    const address = toHex(d.key.address);
    if (readValidatorPeer(state, address) !== undefined) return false;
    if (notCandidate(state, address)) return false;
    if (!d.autoRegister) {
      if (!this.reminded) {
        this.reminded = true;
        d.log.info(
          "this validator has no peer id registered: run `poco validator set-peer-id --key <validator key> --api <this node's API>` so that other nodes keep places for this node (or start it with --register-peer-id)",
        );
      }
      return false;
    }
    this.lastAttemptHeight = height;
    const tip = suggestedTip(d.minBaseFee);
    const tx = signTx(
      {
        chainId: d.chainId,
        nonce: d.nextNonce(address),
        gasLimit: SET_PEER_ID_GAS,
        maxFeePerGas: uintToBytes(2n * d.nextBaseFee() + tip),
        maxPriorityFeePerGas: uintToBytes(tip),
        setPeerId: { peerId: d.peerId },
      },
      d.key.privateKey,
    );
    try {
      d.submitTx(tx.bytes);
      d.log.info({ height }, "registering this node's peer id for its validator (setPeerId)");
      return true;
    } catch (err) {
      d.log.warn(
        { err: (err as Error).message, height },
        "could not register this node's peer id; will retry",
      );
      return false;
    }
  }
}
