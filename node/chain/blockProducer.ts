/**
 * Single-validator block production: every `blockTimeMs` the validator takes transactions from the
 * mempool, executes them and commits the block with its own precommit as the commit. (The BFT engine
 * replaces this loop when the validator set has more than one member.)
 */
import type { Logger } from "pino";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { Mempool } from "../mempool/mempool.js";
import type { Chain, CommittedBlock } from "./chain.js";

export interface BlockProducerOptions {
  blockTimeMs: number;
  maxBlockTxs: number;
  maxBlockBytes: number;
  /** Produce blocks even when the mempool is empty (keeps block time moving for deadlines). */
  emptyBlocks: boolean;
}

export const DEFAULT_PRODUCER_OPTIONS: BlockProducerOptions = {
  blockTimeMs: 500,
  maxBlockTxs: 10_000,
  maxBlockBytes: 8 * 1024 * 1024,
  emptyBlocks: true,
};

export class BlockProducer {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly chain: Chain,
    private readonly mempool: Mempool,
    private readonly key: KeyPair,
    private readonly backend: SignatureBackend,
    private readonly options: BlockProducerOptions,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    private readonly onFatal: (err: Error) => void = (err) => {
      throw err;
    },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  /** Stops after the block being produced, if any, is committed. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private schedule(): void {
    if (!this.running) return;
    const next = this.chain.head.header.timeMs + this.options.blockTimeMs;
    const delay = Math.max(0, Math.min(this.options.blockTimeMs, next - this.now()));
    this.timer = setTimeout(() => {
      this.inFlight = this.tick().then(
        () => this.schedule(),
        (err: Error) => {
          this.running = false;
          this.log.fatal({ err }, "block production failed; the node must restart from its store");
          this.onFatal(err);
        },
      );
    }, delay);
  }

  /** Produces one block now. */
  async tick(): Promise<CommittedBlock | undefined> {
    const txs = this.mempool.reap(this.options.maxBlockTxs, this.options.maxBlockBytes);
    if (txs.length === 0 && !this.options.emptyBlocks) return undefined;
    const started = performance.now();
    const block = await this.chain.produceBlock(txs, this.now(), this.key.address, (hash, height, timeMs) => {
      const precommit = signVote(
        {
          chainId: this.chain.chainId,
          type: "precommit",
          height,
          round: 0,
          blockHash: hash,
          timeMs,
          validator: this.key.address,
        },
        this.key.privateKey,
        this.backend,
      );
      return encodeCommit(height, 0, hash, [precommit]);
    });
    this.mempool.prune([...txs.map((t) => t.senderHex)]);
    this.log.debug(
      {
        height: block.head.height,
        txs: block.txs.length,
        dropped: block.dropped.length,
        ms: Math.round(performance.now() - started),
      },
      "block committed",
    );
    return block;
  }
}
