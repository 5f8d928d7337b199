/**
 * The chain: committed state, head, and the block pipeline execute → build header → persist atomically.
 * On open it initialises the store from genesis, or opens the persisted state at the head's root
 * (reading only the root node, checked against the head header's state root) and checks the head's
 * recent blocks, so a corrupt or mismatched store is a clear error.
 */
import { CommitError, verifyCommit } from "../../consensus/commitCertificate.js";
import { MAX_ROUND } from "../../consensus/tendermint.js";
import type { ValidatorSet } from "../../consensus/validatorSet.js";
import { VerifiedVoteSignatures } from "../../consensus/verifiedVotes.js";
import { decodeCanonical, encode, poco, uintToBytes } from "../../proto/index.js";
import { keccak256, toHex } from "../crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../crypto/secp256k1.js";
import { BLOCK_OVERHEAD_BYTES, type BlockExecutor, type TxReceipt } from "../execution/blockExecutor.js";
import { type ChainParams, nextBaseFee, readChainParams } from "../execution/fees.js";
import { previousValidatorSet, validatorSetAt } from "../execution/proposerPriorityState.js";
import { CommittedState, DEFAULT_STATE_CACHE_MB } from "../state/committedState.js";
import {
  checkTreeLayout,
  ROOT_PAGE_KEY,
  TreeLayoutError,
  TreeLayoutErrorCode,
  treeLayoutOp,
} from "../state/levelTreeStore.js";
import { StateTreeError } from "../state/sparseMerkleTree.js";
import {
  DEFAULT_STATE_HISTORY,
  historyFromOp,
  readHistoryFrom,
  StateHistory,
  StateHistoryPruner,
} from "../state/stateHistory.js";
import { StateKeys } from "../state/stateKeys.js";
import { StateOverlay } from "../state/stateOverlay.js";
import type { ChainDb } from "../storage/chainDb.js";
import { signedTxBytesHash, type VerifiedTx } from "../tx/signedTx.js";
import {
  decodeHeader,
  encodeHeader,
  type Header,
  hashHeader,
  headerFromMessage,
  merkleRoot,
  ZERO_HASH,
} from "./blockHeader.js";
import { applyGenesis, chainParamsOf, type Genesis } from "./genesis.js";
import { decodeGenesisCheck, encodeGenesisCheck, GENESIS_CHECK_KEY, genesisDigest } from "./genesisCheck.js";
import { genesisStateRoot } from "./genesisRoot.js";

export class ChainError extends Error {
  constructor(
    readonly code:
      | "CHAIN_GENESIS_MISMATCH"
      | "CHAIN_STATE_CORRUPT"
      | "CHAIN_BAD_BLOCK"
      /** The store's state tree is in the layout before tree pages (levelTreeStore.ts). */
      | "CHAIN_STATE_OLD_LAYOUT"
      /** The store's state tree is in a layout of a newer node (levelTreeStore.ts). */
      | "CHAIN_STATE_NEW_LAYOUT",
    message: string,
  ) {
    super(message);
    this.name = "ChainError";
  }
}

export interface Head {
  height: number;
  hash: Uint8Array;
  header: Header;
}

export interface CommittedBlock {
  head: Head;
  txs: VerifiedTx[];
  receipts: TxReceipt[];
  dropped: VerifiedTx[];
  /** Wall time to execute, hash and persist the block (for metrics only). */
  durationMs: number;
  /** The block's state writes (null = deleted), e.g. for the tasks it finalized. */
  writes: readonly (readonly [string, Uint8Array | null])[];
  /** Of which building or validating it (signatures, execution, roots), before any vote. */
  executionMs: number;
  /** Validators whose precommits for the parent block this block carries (from height 2). */
  lastCommitSigners?: readonly string[];
}

export type BlockListener = (block: CommittedBlock) => void;

/**
 * Sees a block's writes just before they are applied, with the state still at the parent: what a key
 * held before the block (e.g. a task's previous status, for metrics derived from per-block deltas).
 * Must be cheap and must not throw (it runs inside the commit).
 */
export type BeforeCommitListener = (
  writes: readonly (readonly [string, Uint8Array | null])[],
  before: { get(key: string): Uint8Array | undefined },
) => void;

function genesisHeader(genesis: Genesis, stateRoot: Uint8Array, validatorsHash: Uint8Array): Header {
  return {
    chainId: genesis.chainId,
    height: 0,
    round: 0,
    timeMs: genesis.genesisTimeMs,
    prevHash: ZERO_HASH,
    txRoot: ZERO_HASH,
    stateRoot,
    validatorsHash,
    proposer: new Uint8Array(0),
    lastCommitHash: ZERO_HASH,
    receiptsRoot: ZERO_HASH,
    baseFee: chainParamsOf(genesis).initialBaseFee,
    gasUsed: 0,
    gasLimit: chainParamsOf(genesis).blockGasLimit,
  };
}

/**
 * The genesis block's hash, state root and the genesis validator set's encoding (what `Chain.open`
 * computes for a fresh store), for a node that must recognise the chain before it has one (state
 * sync) or whose store has no genesis check record. O(genesis accounts): the root is built in one
 * pass from the sorted leaves, without materializing the genesis state (genesisRoot.ts).
 */
export function genesisIdentity(genesis: Genesis): {
  hash: Uint8Array;
  stateRoot: Uint8Array;
  validators: Uint8Array;
} {
  return genesisIdentityOf(genesis, genesisStateRoot(genesis));
}

/** The genesis identity from its state root and validator set (e.g. computed on another thread). */
export function genesisIdentityOf(
  genesis: Genesis,
  state: { stateRoot: Uint8Array; validators: Uint8Array },
): { hash: Uint8Array; stateRoot: Uint8Array; validators: Uint8Array } {
  const { stateRoot, validators } = state;
  return {
    hash: hashHeader(genesisHeader(genesis, stateRoot, keccak256(validators))),
    stateRoot,
    validators,
  };
}

/**
 * The stored genesis hash and root when the store's check record has `genesis`' digest, else both
 * recomputed (and the record written, so the next open is cheap). Throws CHAIN_GENESIS_MISMATCH
 * when the recomputed hash is not the store's.
 */
export async function resolveStoredGenesis(
  db: ChainDb,
  genesis: Genesis,
  storedHash: Uint8Array,
): Promise<{ hash: Uint8Array; stateRoot: Uint8Array; recomputed: boolean }> {
  const digest = genesisDigest(genesis);
  const check = decodeGenesisCheck(db.readSync(GENESIS_CHECK_KEY));
  if (check && toHex(check.digest) === toHex(digest)) {
    return { hash: storedHash, stateRoot: check.stateRoot, recomputed: false };
  }
  const id = genesisIdentity(genesis);
  if (toHex(storedHash) !== toHex(id.hash)) {
    throw new ChainError(
      "CHAIN_GENESIS_MISMATCH",
      `the data directory belongs to genesis ${toHex(storedHash)}, not ${toHex(id.hash)}`,
    );
  }
  const record = encodeGenesisCheck({ digest, stateRoot: id.stateRoot });
  await db.writeBatch([{ type: "put", key: GENESIS_CHECK_KEY, value: record }], true);
  return { hash: id.hash, stateRoot: id.stateRoot, recomputed: true };
}

/** The tx root commits to the full signed bytes, so a block's content cannot change under its hash. */
export function txRootOf(txs: VerifiedTx[]): Uint8Array {
  return merkleRoot(txs.map((t) => signedTxBytesHash(t.bytes)));
}

export function encodeReceipt(r: TxReceipt, height: number): Uint8Array {
  return encode(poco.Receipt, {
    txHash: r.txHash,
    height,
    index: r.index,
    errorCode: r.error?.code ?? "",
    errorMessage: r.error?.message ?? "",
    gasUsed: r.gasUsed,
    fee: uintToBytes(r.fee),
  });
}

export class Chain {
  private listeners: BlockListener[] = [];
  private beforeCommitListeners: BeforeCommitListener[] = [];
  private stateHeightValue: number;
  /** Gas, fee and size parameters from the genesis state (fixed for the chain's life). */
  readonly params: ChainParams;
  /** Precommit signatures checked once here (sync, last commits, gossip): never recovered twice. */
  readonly verifiedVotes = new VerifiedVoteSignatures();
  /** Past states within the retained history (`--state-history`), read without replaying blocks. */
  readonly history: StateHistory;
  /** Deletes history older than the retained heights, in the background (none with `--archive`). */
  readonly historyPruner: StateHistoryPruner;

  private constructor(
    readonly genesis: Genesis,
    readonly genesisHash: Uint8Array,
    readonly db: ChainDb,
    readonly executor: BlockExecutor,
    readonly state: CommittedState,
    private currentHead: Head,
    private readonly backend: SignatureBackend,
    history: { keep: number | undefined; genesisStateRoot: Uint8Array },
  ) {
    this.stateHeightValue = currentHead.height;
    this.params = readChainParams(state);
    this.history = new StateHistory(db, async (height) => {
      if (height === 0) return history.genesisStateRoot;
      const bytes = await db.getBlock(height);
      if (!bytes) throw new ChainError("CHAIN_STATE_CORRUPT", `block ${height} is not stored`);
      return headerFromMessage(decodeCanonical(poco.Block, bytes, 64 * 1024 * 1024).header!).stateRoot;
    });
    this.historyPruner = new StateHistoryPruner(db, history.keep);
    this.historyPruner.schedule(currentHead.height);
  }

  /** The base fee per gas of the block after the head (EIP-1559 from the head's gas used). */
  nextBaseFee(): bigint {
    const parent = this.currentHead.header;
    if (parent.height === 0) return this.params.initialBaseFee;
    return nextBaseFee(this.params, parent.baseFee, parent.gasUsed);
  }

  /**
   * Opens the chain in `db`: a fresh store is initialised from genesis; otherwise only the head
   * header and the state tree's root node are read (the state is read lazily afterwards), the root
   * node is checked against the head's state root, and the head's recent blocks are read back and
   * checked against their hashes (`recentBlocksChecked`), so a damaged store is a clear error at start.
   */
  static async open(
    db: ChainDb,
    genesis: Genesis,
    executor: BlockExecutor,
    backend: SignatureBackend = defaultBackend,
    options: {
      stateCacheMb?: number;
      recentBlocksChecked?: number;
      /** Heights of state history kept below the head (`--state-history`, at least 1). */
      stateHistory?: number;
      /** Keep all state history (`--archive`): nothing is pruned. */
      archive?: boolean;
    } = {},
  ): Promise<Chain> {
    const historyOptions: { keep: number | undefined; genesisStateRoot: Uint8Array } = {
      keep: options.archive ? undefined : Math.max(1, options.stateHistory ?? DEFAULT_STATE_HISTORY),
      genesisStateRoot: new Uint8Array(0),
    };
    const cacheBytes = (options.stateCacheMb ?? DEFAULT_STATE_CACHE_MB) * 1024 * 1024;
    const storedGenesis = await db.getGenesisHash();
    if (!storedGenesis) {
      const genesisOverlay = new StateOverlay(CommittedState.empty());
      applyGenesis(genesisOverlay, genesis);
      const state = CommittedState.open(db, ZERO_HASH, cacheBytes);
      db.attachStateJournal(state);
      const genesisRoot = state.apply(genesisOverlay.entries());
      const validatorsHash = keccak256(genesisOverlay.get(StateKeys.meta("validators"))!);
      const header0 = genesisHeader(genesis, genesisRoot, validatorsHash);
      historyOptions.genesisStateRoot = genesisRoot;
      const genesisHash = hashHeader(header0);
      const check = encodeGenesisCheck({ digest: genesisDigest(genesis), stateRoot: genesisRoot });
      await db.initGenesis(genesisHash, encodeHeader(header0), genesisOverlay.entries(), [
        { type: "put", key: GENESIS_CHECK_KEY, value: check },
      ]);
      // After genesis: there is no height before it to keep a diff for (and no 100k reads to pay).
      state.keepHistory();
      await db.writeHistory([historyFromOp(0)]);
      return new Chain(
        genesis,
        genesisHash,
        db,
        executor,
        state,
        { height: 0, hash: genesisHash, header: header0 },
        backend,
        historyOptions,
      );
    }
    // The genesis is checked by its digest against the store's record, not rebuilt at every open.
    const resolved = await resolveStoredGenesis(db, genesis, storedGenesis);
    const genesisHash = resolved.hash;
    historyOptions.genesisStateRoot = resolved.stateRoot;
    const headBytes = await db.getHeadHeader();
    if (!headBytes) throw new ChainError("CHAIN_STATE_CORRUPT", "store has a genesis but no head");
    const header = decodeHeader(headBytes);
    let state: CommittedState;
    let layout: "current" | "upgrade";
    try {
      layout = checkTreeLayout((k) => db.readSync(k));
    } catch (err) {
      if (err instanceof TreeLayoutError) {
        const code =
          err.code === TreeLayoutErrorCode.NEW_LAYOUT ? "CHAIN_STATE_NEW_LAYOUT" : "CHAIN_STATE_OLD_LAYOUT";
        throw new ChainError(code, err.message);
      }
      throw err;
    }
    // Synced before any block writes a page in the new form.
    if (layout === "upgrade") await db.writeBatch([treeLayoutOp()], true);
    const hasTree = db.readSync(ROOT_PAGE_KEY) !== undefined;
    if (!hasTree && toHex(header.stateRoot) !== toHex(ZERO_HASH)) {
      // A store written before the tree was persisted: one full scan builds it, written once.
      const entries: [string, Uint8Array][] = [];
      for await (const entry of db.stateEntries()) entries.push(entry);
      state = CommittedState.rebuild(db, entries, cacheBytes);
      if (toHex(state.root()) !== toHex(header.stateRoot)) {
        throw new ChainError(
          "CHAIN_STATE_CORRUPT",
          `state root ${toHex(state.root())} does not match head ${header.height} (${toHex(header.stateRoot)})`,
        );
      }
      db.attachStateJournal(state);
      await db.writeJournal();
    } else {
      state = CommittedState.open(db, header.stateRoot, cacheBytes);
      db.attachStateJournal(state);
    }
    try {
      state.checkRoot();
    } catch (err) {
      if (!(err instanceof StateTreeError)) throw err;
      throw new ChainError(
        "CHAIN_STATE_CORRUPT",
        `state of head ${header.height} (root ${toHex(header.stateRoot)}): ${err.message}`,
      );
    }
    await db.checkRecentBlocks(header.height, options.recentBlocksChecked ?? 64);
    state.keepHistory();
    db.writtenHeight = header.height;
    // A store written without history (older node): history starts at its head.
    if (readHistoryFrom(db) === undefined) await db.writeHistory([historyFromOp(header.height)]);
    // Diffs of an older store move to files; files a crash left outside the kept range go.
    const historyFrom = readHistoryFrom(db) ?? header.height;
    await db.moveLegacyReverseDiffs(historyFrom, header.height);
    await db.reverseDiffs.tidy(historyFrom, header.height);
    const head = {
      height: header.height,
      hash: header.height === 0 ? genesisHash : hashHeader(header),
      header,
    };
    return new Chain(genesis, genesisHash, db, executor, state, head, backend, historyOptions);
  }

  /** Height the in-memory state is at (ahead of `head` while a block is being written). */
  get stateHeight(): number {
    return this.stateHeightValue;
  }

  get head(): Head {
    return this.currentHead;
  }

  get chainId(): number {
    return this.genesis.chainId;
  }

  onBlock(listener: BlockListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  onBeforeCommit(listener: BeforeCommitListener): () => void {
    this.beforeCommitListeners.push(listener);
    return () => {
      this.beforeCommitListeners = this.beforeCommitListeners.filter((l) => l !== listener);
    };
  }

  /** keccak256 of the validator set stored in the head state (the set that votes on the next block). */
  validatorsHash(): Uint8Array {
    return keccak256(this.state.get(StateKeys.meta("validators")) ?? new Uint8Array(0));
  }

  /**
   * Proposer path: executes `txs` on the head state and builds the next block without committing it.
   * Non-executable transactions are dropped (reported in `dropped`).
   */
  buildBlock(
    txs: VerifiedTx[],
    timeMs: number,
    proposer: Uint8Array,
    round = 0,
    lastCommit?: Uint8Array,
  ): PendingBlock {
    const started = performance.now();
    const parent = this.currentHead;
    const height = parent.height + 1;
    const blockTime = Math.max(timeMs, parent.header.timeMs + 1);
    const ctx = {
      chainId: this.chainId,
      height,
      timeMs: blockTime,
      proposer: toHex(proposer),
      baseFee: this.nextBaseFee(),
      ...(lastCommit ? { lastCommitSigners: this.verifyLastCommit(lastCommit, height) } : {}),
    };
    const execution = this.executor.execute(this.state, ctx, txs, true);
    const receiptBytes = execution.receipts.map((r) => encodeReceipt(r, height));
    const writes = [...execution.overlay.entries()];
    const header: Header = {
      chainId: this.chainId,
      height,
      round,
      timeMs: blockTime,
      prevHash: parent.hash,
      txRoot: txRootOf(execution.included),
      stateRoot: this.state.rootAfter(writes),
      validatorsHash: this.validatorsHash(),
      proposer,
      lastCommitHash: lastCommit ? keccak256(lastCommit) : ZERO_HASH,
      receiptsRoot: merkleRoot(receiptBytes.map((b) => keccak256(b))),
      baseFee: ctx.baseFee,
      gasUsed: execution.gasUsed,
      gasLimit: this.params.blockGasLimit,
    };
    const headerBytes = encodeHeader(header);
    const blockBytes = encode(poco.Block, {
      header: poco.BlockHeader.decode(headerBytes),
      txs: execution.included.map((t) => t.bytes),
      ...(lastCommit ? { lastCommit: poco.Commit.decode(lastCommit) } : {}),
    });
    return {
      header,
      hash: hashHeader(header),
      headerBytes,
      blockBytes,
      txs: execution.included,
      receipts: execution.receipts,
      receiptBytes,
      writes,
      dropped: execution.dropped.map((d) => d.tx),
      executionMs: performance.now() - started,
      ...(ctx.lastCommitSigners ? { lastCommitSigners: ctx.lastCommitSigners } : {}),
    };
  }

  /**
   * Import path: checks a block proposed or synced for the next height — header fields, every
   * transaction (signature, nonce), and the roots after re-executing it. Throws CHAIN_BAD_BLOCK.
   */
  validateBlock(
    blockBytes: Uint8Array,
    verifyTx: (bytes: Uint8Array, index: number) => VerifiedTx,
    maxTimeMs = Number.MAX_SAFE_INTEGER,
  ): PendingBlock {
    let block: poco.Block;
    if (blockBytes.length > this.params.maxBlockBytes + BLOCK_OVERHEAD_BYTES)
      throw new ChainError(
        "CHAIN_BAD_BLOCK",
        `block of ${blockBytes.length} bytes exceeds the chain's limit`,
      );
    try {
      block = decodeCanonical(poco.Block, blockBytes, 64 * 1024 * 1024);
    } catch (err) {
      throw new ChainError("CHAIN_BAD_BLOCK", `undecodable block: ${(err as Error).message}`);
    }
    return this.validateDecodedBlock(block, blockBytes, verifyTx, maxTimeMs);
  }

  /**
   * validateBlock for a block already decoded (canonically) from `blockBytes` by the caller: a
   * proposal is decoded once on its way from gossip to commit (issue 14.3), not once per step.
   * `verifyTx` gets each tx's position too (a compact proposal's txs are already verified by index).
   */
  validateDecodedBlock(
    block: poco.Block,
    blockBytes: Uint8Array,
    verifyTx: (bytes: Uint8Array, index: number) => VerifiedTx,
    maxTimeMs = Number.MAX_SAFE_INTEGER,
  ): PendingBlock {
    const started = performance.now();
    const bad = (why: string) => new ChainError("CHAIN_BAD_BLOCK", why);
    if (blockBytes.length > this.params.maxBlockBytes + BLOCK_OVERHEAD_BYTES)
      throw bad(`block of ${blockBytes.length} bytes exceeds the chain's limit`);
    if (!block.header) throw bad("block has no header");
    const header = headerFromMessage(block.header);
    const parent = this.currentHead;
    if (header.chainId !== this.chainId) throw bad(`chain id ${header.chainId}`);
    if (header.height !== parent.height + 1)
      throw bad(`height ${header.height}, expected ${parent.height + 1}`);
    if (toHex(header.prevHash) !== toHex(parent.hash)) throw bad("prev hash is not the head");
    if (header.timeMs <= parent.header.timeMs) throw bad("block time does not increase");
    if (header.timeMs > maxTimeMs) throw bad(`block time ${header.timeMs} is too far in the future`);
    if (header.proposer.length !== 20) throw bad("proposer is not an address");
    if (toHex(header.validatorsHash) !== toHex(this.validatorsHash())) throw bad("validators hash mismatch");
    this.checkProposer(header);
    const baseFee = this.nextBaseFee();
    if (header.baseFee !== baseFee) throw bad(`base fee ${header.baseFee}, expected ${baseFee}`);
    if (header.gasLimit !== this.params.blockGasLimit) throw bad(`gas limit ${header.gasLimit}`);
    if (header.gasUsed > header.gasLimit) throw bad(`gas used ${header.gasUsed} over the limit`);
    if ((block.txs ?? []).length > this.params.maxBlockTxs) throw bad("too many transactions");
    const lastCommit = block.lastCommit ? poco.Commit.encode(block.lastCommit).finish() : undefined;
    if (toHex(header.lastCommitHash) !== toHex(lastCommit ? keccak256(lastCommit) : ZERO_HASH)) {
      throw bad("last commit hash mismatch");
    }
    let txs: VerifiedTx[];
    try {
      txs = (block.txs ?? []).map((t, i) => verifyTx(t, i));
    } catch (err) {
      throw bad(`invalid transaction: ${(err as Error).message}`);
    }
    let lastCommitSigners: string[] | undefined;
    try {
      lastCommitSigners = this.verifyLastCommit(lastCommit, header.height);
    } catch (err) {
      throw bad(`last commit: ${(err as Error).message}`);
    }
    const ctx = {
      chainId: this.chainId,
      height: header.height,
      timeMs: header.timeMs,
      proposer: toHex(header.proposer),
      baseFee,
      ...(lastCommitSigners ? { lastCommitSigners } : {}),
    };
    let execution: ReturnType<BlockExecutor["execute"]>;
    try {
      execution = this.executor.execute(this.state, ctx, txs, false);
    } catch (err) {
      throw bad(`not executable: ${(err as Error).message}`);
    }
    const receiptBytes = execution.receipts.map((r) => encodeReceipt(r, header.height));
    const writes = [...execution.overlay.entries()];
    if (execution.gasUsed !== header.gasUsed)
      throw bad(`gas used ${execution.gasUsed}, header says ${header.gasUsed}`);
    if (toHex(txRootOf(txs)) !== toHex(header.txRoot)) throw bad("tx root mismatch");
    if (toHex(merkleRoot(receiptBytes.map((b) => keccak256(b)))) !== toHex(header.receiptsRoot)) {
      throw bad("receipts root mismatch");
    }
    if (toHex(this.state.rootAfter(writes)) !== toHex(header.stateRoot)) throw bad("state root mismatch");
    return {
      header,
      hash: hashHeader(header),
      headerBytes: encodeHeader(header),
      blockBytes,
      txs,
      receipts: execution.receipts,
      receiptBytes,
      writes,
      dropped: [],
      executionMs: performance.now() - started,
      ...(lastCommitSigners ? { lastCommitSigners } : {}),
    };
  }

  private setCache: { height: number; set: ValidatorSet } | undefined;

  /**
   * The set that votes on the block after the state's head, with its proposer priorities (cached per
   * height, so proposers of successive rounds are computed incrementally).
   */
  validatorSet(): ValidatorSet {
    const height = this.stateHeightValue + 1;
    if (this.setCache?.height !== height) this.setCache = { height, set: validatorSetAt(this.state, height) };
    return this.setCache.set;
  }

  /**
   * Header check against the proposer schedule: the header's proposer is the proposer of
   * (height, header.round) under this height's set and priorities. The round is bounded first, so a
   * crafted header cannot make us step priorities for an arbitrary number of rounds.
   */
  checkProposer(header: Header): void {
    if (header.round > MAX_ROUND) throw new ChainError("CHAIN_BAD_BLOCK", `round ${header.round} too large`);
    const expected = this.validatorSet().proposer(header.round);
    if (toHex(header.proposer) !== expected) {
      throw new ChainError(
        "CHAIN_BAD_BLOCK",
        `proposer ${toHex(header.proposer)} is not the proposer of round ${header.round} (${expected})`,
      );
    }
  }

  /**
   * The last commit of block `height`: a valid commit certificate (consensus/commitCertificate.ts) for
   * the parent block, checked against the set that voted at the parent height; required from height 2.
   * Returns its signers (sorted), whose participation the validator module records.
   */
  verifyLastCommit(lastCommit: Uint8Array | undefined, height: number): string[] | undefined {
    if (!lastCommit) {
      if (height >= 2) throw new ChainError("CHAIN_BAD_BLOCK", `block ${height} has no last commit`);
      return undefined;
    }
    if (height < 2) throw new ChainError("CHAIN_BAD_BLOCK", "block 1 carries a last commit");
    const parent = this.currentHead;
    try {
      return verifyCommit(lastCommit, {
        chainId: this.chainId,
        height: parent.height,
        blockHash: toHex(parent.hash),
        validators: previousValidatorSet(this.state, height) ?? this.validatorSet(),
        backend: this.backend,
        verifiedVotes: this.verifiedVotes,
      }).signers;
    } catch (err) {
      if (err instanceof CommitError) throw new ChainError("CHAIN_BAD_BLOCK", `${err.code}: ${err.message}`);
      throw err;
    }
  }

  /** Commits a built or validated block of the next height with its commit certificate. */
  async commitBlock(
    pending: PendingBlock,
    commitBytes: Uint8Array,
    opts: { sync?: boolean } = {},
  ): Promise<CommittedBlock> {
    const started = performance.now();
    const parent = this.currentHead;
    if (
      pending.header.height !== parent.height + 1 ||
      toHex(pending.header.prevHash) !== toHex(parent.hash)
    ) {
      throw new ChainError(
        "CHAIN_BAD_BLOCK",
        `block ${pending.header.height} does not extend head ${parent.height}`,
      );
    }
    // The state is updated in memory before the batch is written; if the write fails the process must
    // stop (callers treat it as fatal) and restart from the store.
    for (const listener of this.beforeCommitListeners) {
      try {
        listener(pending.writes, this.state);
      } catch {
        // an observer's bug never stops a commit
      }
    }
    const root = this.state.apply(pending.writes);
    this.stateHeightValue = pending.header.height;
    if (toHex(root) !== toHex(pending.header.stateRoot)) {
      throw new ChainError(
        "CHAIN_STATE_CORRUPT",
        `state root after commit differs from block ${pending.header.height}`,
      );
    }
    await this.db.commitBlock({
      height: pending.header.height,
      hash: pending.hash,
      headerBytes: pending.headerBytes,
      blockBytes: pending.blockBytes,
      commitBytes,
      receipts: pending.receipts.map((r, i) => ({ txHash: r.txHash, bytes: pending.receiptBytes[i]! })),
      stateWrites: pending.writes,
      sync: opts.sync ?? true,
    });
    this.currentHead = { height: pending.header.height, hash: pending.hash, header: pending.header };
    this.historyPruner.schedule(pending.header.height); // background: never waited for here
    const committed: CommittedBlock = {
      head: this.currentHead,
      txs: pending.txs,
      receipts: pending.receipts,
      dropped: pending.dropped,
      durationMs: performance.now() - started,
      writes: pending.writes,
      executionMs: pending.executionMs,
      ...(pending.lastCommitSigners ? { lastCommitSigners: pending.lastCommitSigners } : {}),
    };
    for (const listener of this.listeners) listener(committed);
    return committed;
  }

  /** Single-validator path: build and commit at once, the proposer's own precommit being the commit. */
  async produceBlock(
    txs: VerifiedTx[],
    timeMs: number,
    proposer: Uint8Array,
    signCommit: (blockHash: Uint8Array, height: number, timeMs: number) => Uint8Array,
    lastCommit?: Uint8Array,
    round = 0,
  ): Promise<CommittedBlock> {
    const started = performance.now();
    const pending = this.buildBlock(txs, timeMs, proposer, round, lastCommit);
    const committed = await this.commitBlock(
      pending,
      signCommit(pending.hash, pending.header.height, pending.header.timeMs),
    );
    committed.durationMs = performance.now() - started;
    return committed;
  }
}

export interface PendingBlock {
  header: Header;
  hash: Uint8Array;
  headerBytes: Uint8Array;
  blockBytes: Uint8Array;
  txs: VerifiedTx[];
  receipts: TxReceipt[];
  receiptBytes: Uint8Array[];
  writes: [string, Uint8Array | null][];
  dropped: VerifiedTx[];
  /** Wall time to build or validate it: signatures, execution, roots (for metrics only). */
  executionMs: number;
  /** Validators whose precommits for the parent block this block carries (from height 2). */
  lastCommitSigners?: readonly string[];
}
