/**
 * Single-validator block production: every `blockTimeMs` the validator takes transactions from the
 * mempool, executes them and commits the block with its own precommit as the commit, signed through
 * the PrivValidator's double-sign guard (as every consensus signature is) and carrying the previous
 * block's commit as its last commit. (The BFT engine replaces this loop when the validator set has
 * more than one member.)
 */
import type { Logger } from "pino";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import type { PrivValidator } from "../consensus/privValidator.js";
import { toHex } from "../crypto/hash.js";
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
  private lastCommit: { height: number; bytes: Uint8Array } | undefined;

  constructor(
    private readonly chain: Chain,
    private readonly mempool: Mempool,
    private readonly key: KeyPair,
    private readonly backend: SignatureBackend,
    private readonly options: BlockProducerOptions,
    private readonly log: Logger,
    private readonly privval: PrivValidator,
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
    const head = this.chain.head;
    if (head.height > 0 && this.lastCommit?.height !== head.height) {
      const bytes = await this.chain.db.getCommit(head.height);
      this.lastCommit = bytes ? { height: head.height, bytes } : undefined;
    }
    const height = head.height + 1;
    // After a crash between signing and committing, the block rebuilt now may differ: sign it in the
    // next round, never a second precommit in the same one.
    const last = this.privval.lastSigned;
    const round = last && last.height === height ? last.round + 1 : 0;
    let commitBytes: Uint8Array | undefined;
    const block = await this.chain.produceBlock(
      txs,
      this.now(),
      this.key.address,
      (hash, h, timeMs) => {
        const safety = {
          height: h,
          round,
          step: "precommit" as const,
          lockedRound: -1,
          lockedHash: null,
          validRound: -1,
          validHash: null,
        };
        const message = this.privval.signOnce(
          { height: h, round, step: "precommit", contentKey: toHex(hash) },
          safety,
          () =>
            encode(poco.ConsensusMessage, {
              vote: signVote(
                {
                  chainId: this.chain.chainId,
                  type: "precommit",
                  height: h,
                  round,
                  blockHash: hash,
                  timeMs,
                  validator: this.key.address,
                },
                this.key.privateKey,
                this.backend,
              ),
            }),
        );
        const precommit = decodeCanonical(poco.ConsensusMessage, message).vote!;
        commitBytes = encodeCommit(h, round, hash, [precommit]);
        return commitBytes;
      },
      this.lastCommit?.bytes,
      round,
    );
    if (commitBytes) this.lastCommit = { height: block.head.height, bytes: commitBytes };
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
