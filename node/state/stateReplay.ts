/**
 * The state as of a past height, rebuilt by replaying the stored blocks from genesis in memory.
 *
 * The node persists only its latest state tree (path-based nodes, overwritten in place: see
 * sparseMerkleTree.ts), so a proof against an older state root needs that state back. Blocks are
 * kept, so re-executing them from genesis gives it; each block's resulting root is checked against
 * its header, so a replay never serves a state the chain did not commit. The cost is the whole chain's
 * execution and its state in memory: callers bound how often it runs (see PastStateCache).
 */
import { verifyCommit } from "../../consensus/commitCertificate.js";
import { decodeCanonical, poco } from "../../proto/index.js";
import { headerFromMessage } from "../chain/blockHeader.js";
import type { Chain } from "../chain/chain.js";
import { applyGenesis } from "../chain/genesis.js";
import { toHex } from "../crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../crypto/secp256k1.js";
import { previousValidatorSet, validatorSetAt } from "../execution/proposerPriorityState.js";
import { decodeAndVerifyTx } from "../tx/signedTx.js";
import { CommittedState } from "./committedState.js";
import { StateOverlay } from "./stateOverlay.js";

export class StateReplayError extends Error {
  constructor(
    readonly code: "STATE_REPLAY_MISSING_BLOCK" | "STATE_REPLAY_MISMATCH",
    message: string,
  ) {
    super(message);
    this.name = "StateReplayError";
  }
}

/** Blocks replayed between two yields to the event loop (the API and consensus keep running). */
const BLOCKS_PER_SLICE = 50;

/** The committed state after block `height` (0 = genesis), rebuilt from the chain's stored blocks. */
export async function replayStateAt(
  chain: Chain,
  height: number,
  backend: SignatureBackend = defaultBackend,
): Promise<CommittedState> {
  const genesis = new StateOverlay(CommittedState.empty());
  applyGenesis(genesis, chain.genesis);
  const state = CommittedState.empty();
  state.apply(genesis.entries());
  for (let h = 1; h <= height; h++) {
    if (h % BLOCKS_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
    const bytes = await chain.db.getBlock(h);
    if (!bytes) throw new StateReplayError("STATE_REPLAY_MISSING_BLOCK", `block ${h} is not stored`);
    // Stored blocks were validated when committed: decoding errors here mean a damaged store.
    const block = decodeCanonical(poco.Block, bytes, 64 * 1024 * 1024);
    const header = headerFromMessage(block.header!);
    const txs = (block.txs ?? []).map((t) => decodeAndVerifyTx(t, chain.chainId, backend));
    let lastCommitSigners: string[] | undefined;
    if (block.lastCommit) {
      lastCommitSigners = verifyCommit(poco.Commit.encode(block.lastCommit).finish(), {
        chainId: chain.chainId,
        height: h - 1,
        blockHash: toHex(header.prevHash),
        validators: previousValidatorSet(state, h) ?? validatorSetAt(state, h),
        backend,
      }).signers;
    }
    const execution = chain.executor.execute(
      state,
      {
        chainId: chain.chainId,
        height: h,
        timeMs: header.timeMs,
        proposer: toHex(header.proposer),
        baseFee: header.baseFee,
        ...(lastCommitSigners ? { lastCommitSigners } : {}),
      },
      txs,
      false,
    );
    const root = state.apply([...execution.overlay.entries()]);
    if (toHex(root) !== toHex(header.stateRoot)) {
      throw new StateReplayError(
        "STATE_REPLAY_MISMATCH",
        `replayed state of block ${h} differs from its header`,
      );
    }
  }
  return state;
}

/**
 * One past state at a time, rebuilt on demand: a request for the height being rebuilt waits for it,
 * a request for another height while one is rebuilding is refused (the caller answers "busy"), and
 * the last one built is kept (the escape hatch proves every account against the same height).
 */
export class PastStateCache {
  private kept: { height: number; state: CommittedState } | undefined;
  private building: { height: number; done: Promise<CommittedState> } | undefined;

  constructor(private readonly rebuild: (height: number) => Promise<CommittedState>) {}

  /** The state at `height`, or undefined when another height is being rebuilt. */
  async get(height: number): Promise<CommittedState | undefined> {
    if (this.kept?.height === height) return this.kept.state;
    if (this.building) return this.building.height === height ? this.building.done : undefined;
    const done = this.rebuild(height);
    this.building = { height, done };
    try {
      const state = await done;
      this.kept = { height, state };
      return state;
    } finally {
      this.building = undefined;
    }
  }
}
