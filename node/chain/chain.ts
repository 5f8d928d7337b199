/**
 * The chain: committed state, head, and the block pipeline execute → build header → persist atomically.
 * On open it initialises the store from genesis, or reloads the persisted state and checks that its
 * root equals the head header's state root (so a corrupt or mismatched store is a clear error).
 */
import { encode, poco } from "../../proto/index.js";
import { keccak256, toHex } from "../crypto/hash.js";
import type { BlockExecutor, TxReceipt } from "../execution/blockExecutor.js";
import { CommittedState } from "../state/committedState.js";
import { StateKeys } from "../state/stateKeys.js";
import { StateOverlay } from "../state/stateOverlay.js";
import type { ChainDb } from "../storage/chainDb.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import { decodeHeader, encodeHeader, type Header, hashHeader, merkleRoot, ZERO_HASH } from "./blockHeader.js";
import { applyGenesis, type Genesis } from "./genesis.js";

export class ChainError extends Error {
  constructor(
    readonly code: "CHAIN_GENESIS_MISMATCH" | "CHAIN_STATE_CORRUPT" | "CHAIN_BAD_BLOCK",
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
}

export type BlockListener = (block: CommittedBlock) => void;

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
  };
}

export function encodeReceipt(r: TxReceipt, height: number): Uint8Array {
  return encode(poco.Receipt, {
    txHash: r.txHash,
    height,
    index: r.index,
    errorCode: r.error?.code ?? "",
    errorMessage: r.error?.message ?? "",
  });
}

export class Chain {
  private listeners: BlockListener[] = [];
  private stateHeightValue: number;

  private constructor(
    readonly genesis: Genesis,
    readonly genesisHash: Uint8Array,
    readonly db: ChainDb,
    readonly executor: BlockExecutor,
    readonly state: CommittedState,
    private currentHead: Head,
  ) {
    this.stateHeightValue = currentHead.height;
  }

  static async open(db: ChainDb, genesis: Genesis, executor: BlockExecutor): Promise<Chain> {
    const genesisOverlay = new StateOverlay(CommittedState.empty());
    applyGenesis(genesisOverlay, genesis);
    const fresh = CommittedState.empty();
    const genesisRoot = fresh.apply(genesisOverlay.entries());
    const validatorsHash = keccak256(genesisOverlay.get(StateKeys.meta("validators"))!);
    const header0 = genesisHeader(genesis, genesisRoot, validatorsHash);
    const genesisHash = hashHeader(header0);

    const storedGenesis = await db.getGenesisHash();
    if (!storedGenesis) {
      await db.initGenesis(genesisHash, encodeHeader(header0), genesisOverlay.entries());
      return new Chain(genesis, genesisHash, db, executor, fresh, {
        height: 0,
        hash: genesisHash,
        header: header0,
      });
    }
    if (toHex(storedGenesis) !== toHex(genesisHash)) {
      throw new ChainError(
        "CHAIN_GENESIS_MISMATCH",
        `the data directory belongs to genesis ${toHex(storedGenesis)}, not ${toHex(genesisHash)}`,
      );
    }
    const headBytes = await db.getHeadHeader();
    if (!headBytes) throw new ChainError("CHAIN_STATE_CORRUPT", "store has a genesis but no head");
    const header = decodeHeader(headBytes);
    const entries: [string, Uint8Array][] = [];
    for await (const entry of db.stateEntries()) entries.push(entry);
    const state = CommittedState.fromEntries(entries);
    if (toHex(state.root()) !== toHex(header.stateRoot)) {
      throw new ChainError(
        "CHAIN_STATE_CORRUPT",
        `state root ${toHex(state.root())} does not match head ${header.height} (${toHex(header.stateRoot)})`,
      );
    }
    return new Chain(genesis, genesisHash, db, executor, state, {
      height: header.height,
      hash: header.height === 0 ? genesisHash : hashHeader(header),
      header,
    });
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

  /**
   * Executes `txs` on the head state, builds the next block and commits it (single-validator path:
   * the proposer's own precommit is the commit). Non-executable transactions are dropped.
   */
  async produceBlock(
    txs: VerifiedTx[],
    timeMs: number,
    proposer: Uint8Array,
    signCommit: (blockHash: Uint8Array, height: number, timeMs: number) => Uint8Array,
  ): Promise<CommittedBlock> {
    const started = performance.now();
    const parent = this.currentHead;
    const height = parent.height + 1;
    const blockTime = Math.max(timeMs, parent.header.timeMs + 1);
    const ctx = { chainId: this.chainId, height, timeMs: blockTime, proposer: toHex(proposer) };
    const execution = this.executor.execute(this.state, ctx, txs, true);
    const receiptBytes = execution.receipts.map((r) => encodeReceipt(r, height));
    const writes = [...execution.overlay.entries()];
    // The state is updated in memory before the batch is written; if the write fails the process must
    // stop (the caller treats it as fatal) and restart from the store.
    const stateRoot = this.state.apply(writes);
    this.stateHeightValue = height;
    const header: Header = {
      chainId: this.chainId,
      height,
      round: 0,
      timeMs: blockTime,
      prevHash: parent.hash,
      txRoot: merkleRoot(execution.included.map((t) => t.hash)),
      stateRoot,
      validatorsHash: parent.header.validatorsHash,
      proposer,
      lastCommitHash: ZERO_HASH,
      receiptsRoot: merkleRoot(receiptBytes.map((b) => keccak256(b))),
    };
    const hash = hashHeader(header);
    const headerBytes = encodeHeader(header);
    const blockBytes = encode(poco.Block, {
      header: poco.BlockHeader.decode(headerBytes),
      txs: execution.included.map((t) => t.bytes),
    });
    const commitBytes = signCommit(hash, height, blockTime);
    await this.db.commitBlock({
      height,
      hash,
      headerBytes,
      blockBytes,
      commitBytes,
      receipts: execution.receipts.map((r, i) => ({ txHash: r.txHash, bytes: receiptBytes[i]! })),
      stateWrites: writes,
    });
    this.currentHead = { height, hash, header };
    const committed: CommittedBlock = {
      head: this.currentHead,
      txs: execution.included,
      receipts: execution.receipts,
      dropped: execution.dropped.map((d) => d.tx),
      durationMs: performance.now() - started,
    };
    for (const listener of this.listeners) listener(committed);
    return committed;
  }
}
