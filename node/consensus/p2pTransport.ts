/**
 * The chain's protocols over the libp2p network: consensus messages on the proposal and vote topics,
 * transactions on the tx topic, and the status and blocks-by-range req/resp protocols a syncing node
 * uses. Validation verdicts follow the scoring rule: "reject" only for what is provably invalid (bad
 * encoding or signature), "ignore" for what is merely not useful now.
 */
import type { Logger } from "pino";
import { CodecError, CodecErrorCode, decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";
import type { Chain } from "../chain/chain.js";
import { toHex } from "../crypto/hash.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic, REQ_RESP_LIMITS, ReqRespKind, reqRespProtocol } from "../p2p/topics.js";
import { answerBlockTxs, type BlockTxsAnswer, MAX_MISSING_PER_REQUEST } from "./compactBlock.js";
import type { ConsensusTransport, Verdict } from "./consensusService.js";
import { type BatchAdmitter, MAX_TX_BATCH, MAX_TX_BATCH_BYTES, TxBatchGate } from "./txBatchGate.js";

export const MAX_BLOCKS_PER_REQUEST = 100;

/** A block a node holds for its current height: its bytes and its txs in order. */
export interface HeldBlock {
  blockBytes: Uint8Array;
  txs: readonly { bytes: Uint8Array }[];
}
/** A peer penalized by sync (lied about its height, bad block or commit, hung) is refused this long. */
const PENALTY_BLOCK_MS = 5 * 60_000;
/**
 * Byte budget of one blocks-by-range answer: the server stops adding blocks past it (one block may go
 * over, up to the 8 MiB block limit). Well under the protocol's 64 MiB frame limit, and small enough
 * to be sent within the 10 s serve deadline at ≈ 2 MB/s, so busy blocks come in several answers.
 */
const MAX_RANGE_RESPONSE_BYTES = 16 * 1024 * 1024;

const TX_BATCH_DELAY_MS = 20;

export class P2PTransport implements ConsensusTransport {
  private outbox: Uint8Array[] = [];
  private outboxBytes = 0;
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly topics;
  private readonly protocols;

  constructor(
    private readonly network: P2PNetwork,
    private readonly chain: Chain,
    private readonly log: Logger,
  ) {
    const chainId = chain.chainId;
    this.topics = {
      tx: gossipTopic(chainId, GossipKind.TX),
      proposal: gossipTopic(chainId, GossipKind.PROPOSAL),
      vote: gossipTopic(chainId, GossipKind.VOTE),
    };
    this.protocols = {
      status: reqRespProtocol(chainId, ReqRespKind.STATUS),
      blocks: reqRespProtocol(chainId, ReqRespKind.BLOCKS_BY_RANGE),
      blockTxs: reqRespProtocol(chainId, ReqRespKind.BLOCK_TXS),
    };
  }

  /** The block held for the current height with this hash (bound by the consensus service). */
  private heldBlock: ((hashHex: string) => HeldBlock | undefined) | undefined;

  /** Where block-txs answers come from: only blocks consensus holds for its current height. */
  holdBlocksFrom(held: (hashHex: string) => HeldBlock | undefined): void {
    this.heldBlock = held;
  }

  /** block-txs: txs of a compact proposal of the current height by position, or its full block. */
  private serveBlockTxs(): void {
    const limits = REQ_RESP_LIMITS[ReqRespKind.BLOCK_TXS];
    this.network.handle(this.protocols.blockTxs, async (request) => {
      const req = decodeCanonical(poco.BlockTxsRequest, request, limits.maxRequestBytes);
      if (req.blockHash.length !== 32 || req.indexes.length > MAX_MISSING_PER_REQUEST)
        throw new Error("bad block-txs request");
      const block = this.heldBlock?.(toHex(req.blockHash));
      // Room for the envelope: the answer must fit the requester's frame limit.
      return encode(poco.BlockTxsResponse, answerBlockTxs(block, req, limits.maxResponseBytes - 1024));
    });
  }

  async blockTxs(
    peer: string,
    blockHash: Uint8Array,
    request: { indexes?: number[]; fullBlock?: boolean },
    timeoutMs: number,
  ): Promise<BlockTxsAnswer> {
    const bytes = await this.network.request(
      peer,
      this.protocols.blockTxs,
      encode(poco.BlockTxsRequest, {
        blockHash,
        ...(request.indexes ? { indexes: request.indexes } : {}),
        ...(request.fullBlock ? { fullBlock: true } : {}),
      }),
      { timeoutMs },
    );
    const answer = decodeCanonical(
      poco.BlockTxsResponse,
      bytes,
      REQ_RESP_LIMITS[ReqRespKind.BLOCK_TXS].maxResponseBytes,
    );
    return { txs: answer.txs, ...(answer.block.length > 0 ? { block: answer.block } : {}) };
  }

  peers(): string[] {
    return this.network.peers();
  }

  /** Serves status and blocks-by-range to peers. Call before the network starts. */
  serveChain(): void {
    this.network.handle(this.protocols.status, async (request) => {
      const req = decodeCanonical(poco.StatusRequest, request);
      if (u64ToNumber(req.chainId as never, "chainId") !== this.chain.chainId)
        throw new Error("wrong chain id");
      const head = this.chain.head;
      return encode(poco.StatusResponse, {
        chainId: this.chain.chainId,
        genesisHash: this.chain.genesisHash,
        height: head.height,
        headHash: head.hash,
      });
    });
    this.network.handle(this.protocols.blocks, async (request) => {
      const req = decodeCanonical(poco.BlocksByRangeRequest, request);
      const start = u64ToNumber(req.startHeight as never, "startHeight");
      const count = Math.min(req.count, MAX_BLOCKS_PER_REQUEST);
      const blocks: Uint8Array[] = [];
      const commits: poco.ICommit[] = [];
      let bytes = 0;
      for (let h = Math.max(1, start); h < start + count && h <= this.chain.head.height; h++) {
        const block = await this.chain.db.getBlock(h);
        const commit = await this.chain.db.getCommit(h);
        if (!block || !commit) break;
        bytes += block.length + commit.length;
        if (bytes > MAX_RANGE_RESPONSE_BYTES && blocks.length > 0) break;
        blocks.push(block);
        commits.push(poco.Commit.decode(commit));
      }
      return encode(poco.BlocksByRangeResponse, { blocks, commits });
    });
    this.serveBlockTxs();
  }

  /** Routes consensus gossip to `receive` (which validates, then queues for the engine). */
  subscribeConsensus(receive: (bytes: Uint8Array, from: string) => Verdict): void {
    const validate = (data: Uint8Array, from: string) => receive(data, from);
    const noop = () => {};
    this.network.subscribe(this.topics.proposal, validate, noop);
    this.network.subscribe(this.topics.vote, validate, noop);
  }

  /**
   * Routes transaction gossip (batches) through a TxBatchGate: the batch to `admit` (dedup, verify on
   * worker threads, mempool); a batch with a provably bad tx is rejected, one that adds nothing is not
   * relayed.
   */
  subscribeTxs(admit: BatchAdmitter): void {
    const gate = new TxBatchGate(admit);
    this.network.subscribe(
      this.topics.tx,
      (data, from) => gate.validate(data, from),
      () => {},
    );
  }

  /** Queues a transaction for the next gossip batch (flushed every few ms or when full). */
  publishTx(bytes: Uint8Array): void {
    this.outbox.push(bytes);
    this.outboxBytes += bytes.length;
    if (this.outbox.length >= MAX_TX_BATCH || this.outboxBytes >= MAX_TX_BATCH_BYTES / 2) this.flushTxs();
    else this.flushTimer ??= setTimeout(() => this.flushTxs(), TX_BATCH_DELAY_MS);
  }

  flushTxs(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.outbox.length === 0) return;
    const batch = encode(poco.TxBatch, { txs: this.outbox });
    this.outbox = [];
    this.outboxBytes = 0;
    void this.network.publish(this.topics.tx, batch).catch((err: Error) => {
      this.log.debug({ err: err.message }, "tx gossip failed");
    });
  }

  broadcast(message: Uint8Array, kind?: "proposal" | "vote"): void {
    const topic =
      (kind ?? (poco.ConsensusMessage.decode(message).proposal ? "proposal" : "vote")) === "proposal"
        ? this.topics.proposal
        : this.topics.vote;
    // A proposal names its txs by hash: the txs still in the outbox go out first.
    if (topic === this.topics.proposal) this.flushTxs();
    void this.network.publish(topic, message).catch((err: Error) => {
      this.log.debug({ err: err.message }, "consensus gossip failed");
    });
  }

  async peerHeights(): Promise<{ peer: string; height: number }[]> {
    const request = encode(poco.StatusRequest, { chainId: this.chain.chainId });
    const genesis = toHex(this.chain.genesisHash);
    const answers = await Promise.all(
      this.network.peers().map(async (peer) => {
        try {
          const bytes = await this.network.request(peer, this.protocols.status, request, { timeoutMs: 2000 });
          const status = decodeCanonical(poco.StatusResponse, bytes);
          if (toHex(status.genesisHash) !== genesis) return undefined;
          return { peer, height: u64ToNumber(status.height as never, "height") };
        } catch {
          return undefined;
        }
      }),
    );
    return answers.filter((a): a is { peer: string; height: number } => a !== undefined);
  }

  /** Disconnects the peer and refuses it for a while (a deny-list entry, lifted later). */
  penalize(peer: string, reason: string): void {
    this.log.warn({ peer, reason }, "blocking peer");
    void this.network.blockPeer(peer).catch(() => {});
    const timer = setTimeout(() => this.network.unblockPeer(peer), PENALTY_BLOCK_MS);
    timer.unref();
  }

  async blocksByRange(
    peer: string,
    start: number,
    count: number,
  ): Promise<{ blocks: Uint8Array[]; commits: Uint8Array[] }> {
    const request = encode(poco.BlocksByRangeRequest, {
      startHeight: start,
      count: Math.min(count, MAX_BLOCKS_PER_REQUEST),
    });
    const bytes = await this.network.request(peer, this.protocols.blocks, request, { timeoutMs: 20_000 });
    const response = decodeCanonical(poco.BlocksByRangeResponse, bytes, 64 * 1024 * 1024);
    if (response.blocks.length !== response.commits.length)
      throw new CodecError(
        CodecErrorCode.MALFORMED,
        "BlocksByRangeResponse: blocks and commits differ in number",
      );
    return { blocks: response.blocks, commits: response.commits.map((c) => encode(poco.Commit, c)) };
  }
}
