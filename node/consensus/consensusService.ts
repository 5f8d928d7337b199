/**
 * Drives the Tendermint engine for this node: verifies consensus messages from the network, runs the
 * engine's effects (build and sign proposals, sign votes through the double-sign-safe signer, schedule
 * timeouts, commit decided blocks with their commit certificate, turn equivocations into evidence
 * transactions), re-broadcasts its own messages while a height is stuck, and catches up by syncing
 * blocks from peers when it sees that the network is ahead.
 *
 * Every event runs on one serial queue, so the engine and the chain never see concurrent calls.
 */
import type { Logger } from "pino";
import { AdaptiveTimeouts } from "../../consensus/adaptiveTimeouts.js";
import { CommitError, verifyCommit } from "../../consensus/commitCertificate.js";
import {
  checkProposalSignature,
  type DecodedProposal,
  decodeSignedProposal,
  signProposal,
} from "../../consensus/proposal.js";
import { type Effect, type SafetyState, Tendermint, type TimeoutConfig } from "../../consensus/tendermint.js";
import type { ValidatorSet } from "../../consensus/validatorSet.js";
import {
  checkVoteSignature,
  decodeSignedVote,
  encodeCommit,
  signVote,
  type VerifiedVote,
  verifySignedVote,
} from "../../consensus/vote.js";
import { bytesEqual, CodecError, decodeCanonical, encode, poco } from "../../proto/index.js";
import { hashHeader, headerFromMessage } from "../chain/blockHeader.js";
import { type Chain, ChainError, type PendingBlock } from "../chain/chain.js";
import { concatBytes, fromHex, keccak256, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { InThreadVerifier, type SignatureVerifier } from "../crypto/signatureVerifier.js";
import { prefetchMarketSignatures } from "../execution/marketSignatures.js";
import type { Mempool } from "../mempool/mempool.js";
import { decodeAndVerifyTx, decodeAndVerifyTxs, signTx, txHash, type VerifiedTx } from "../tx/signedTx.js";
import type { VerifiedSignatureCache } from "../tx/verifiedSignatureCache.js";
import { VerifiedTxCache } from "../tx/verifiedTxCache.js";
import {
  type BlockTxsAnswer,
  type CheckedCompact,
  checkCompact,
  compactOf,
  type RebuiltBlock,
  rebuildCompact,
} from "./compactBlock.js";
import { DoubleSignError, type PrivValidator } from "./privValidator.js";
import { ProposalBudget } from "./proposalBudget.js";
import { SyncPeerStanding } from "./syncPeerStanding.js";
import { preverifyBatch, type SyncBatch } from "./syncPreverify.js";

export type Verdict = "accept" | "ignore" | "reject";

/** What consensus needs from the network (implemented over libp2p, or in memory in tests). */
export interface ConsensusTransport {
  /** `kind` spares the transport a decode to pick the topic. */
  broadcast(message: Uint8Array, kind?: "proposal" | "vote"): void;
  /** Relays a transaction to the other nodes (so that any proposer can include it). */
  publishTx?(bytes: Uint8Array): void;
  /** Heights of connected peers (status protocol). */
  peerHeights(): Promise<{ peer: string; height: number }[]>;
  /** Blocks [start, start+count) with their commits from one peer. */
  blocksByRange(
    peer: string,
    start: number,
    count: number,
  ): Promise<{ blocks: Uint8Array[]; commits: Uint8Array[] }>;
  /**
   * A peer proved useless or dishonest while syncing (lied about its height, sent a bad block or
   * commit, did not answer in time): score it down or disconnect it for a while.
   */
  penalize?(peer: string, reason: string): void;
  /**
   * One bounded block-txs request (compact proposals): the txs at `indexes` of the block with this
   * hash that `peer` holds for its current height, or its full block. Without it, a compact proposal
   * is completed from the mempool only (or counted missing).
   */
  blockTxs?(
    peer: string,
    blockHash: Uint8Array,
    request: { indexes?: number[]; fullBlock?: boolean },
    timeoutMs: number,
  ): Promise<BlockTxsAnswer>;
  /** Connected peers (asked for a compact proposal's txs after its sender). */
  peers?(): string[];
}

export interface ConsensusOptions {
  blockTimeMs: number;
  timeouts: TimeoutConfig;
  maxBlockTxs: number;
  maxBlockBytes: number;
  /** Re-broadcast own messages of a height that has not moved for this long. */
  rebroadcastMs: number;
  /** Poll peers' heights this often to notice being behind. */
  statusPollMs: number;
  /** A proposed block time may be at most this far ahead of the local clock. */
  maxClockDriftMs: number;
  syncBatch: number;
  /**
   * Blocks per sync request are also sized by bytes: about this many bytes of blocks and commits per
   * request, from the sizes of the previous answer (so a busy chain's batches stay small enough to be
   * downloaded while the previous one executes, and an empty chain's take `syncBatch` blocks).
   */
  syncBatchBytes?: number;
  /** Votes and proposals at most this many heights ahead are checked (they hint we are behind). */
  futureHeights: number;
  /**
   * A blocks-by-range answer slower than this: another peer is tried, and this one is benched for a
   * short backoff (not penalized: slowness proves nothing; see syncPeerStanding.ts).
   */
  syncRequestTimeoutMs: number;
  /**
   * Shortest commit window: even when a height took longer than the block time, late precommits of
   * the decided round get this long to arrive before the next height starts (CometBFT's
   * timeout_commit), so a validator on a loaded machine is not recorded as missing.
   */
  minCommitWindowMs: number;
  /** A peer that sent a bad sync answer (or never answered, several times in a row) is not asked for this long. */
  syncPeerBanMs: number;
  /** First backoff after a sync request went unanswered; doubles per consecutive strike. */
  syncPeerBackoffMs?: number;
  /**
   * Proposals are sized so that executing them takes at most this share of the round-0 propose
   * timeout (or of the observed round-0 height time when longer), at the execution speed this node
   * measures (proposalBudget.ts); 0 turns sizing off.
   */
  proposalExecutionSharePercent: number;
  /** Round timeouts adapt between heights up to this multiple of `timeouts`, in percent. */
  maxTimeoutScalePercent: number;
  /**
   * This node proposes with tx hashes instead of tx bytes (compact blocks, issue 14.3); receivers
   * fill them from their mempool and fetch the missing ones. Every node accepts and serves both
   * forms whatever this says. Default on (`poco node --no-compact-proposals` turns it off).
   */
  compactProposals?: boolean;
}

export const DEFAULT_CONSENSUS_OPTIONS: ConsensusOptions = {
  blockTimeMs: 500,
  // Generous first-round timeouts: under load a validator may need a while to execute a proposal, and
  // a round lost to an early timeout costs more than waiting (they only matter when a node is down).
  timeouts: { proposeMs: 3000, proposeDeltaMs: 1000, voteMs: 1000, voteDeltaMs: 500 },
  // Bounded blocks keep heights short under load (latency) instead of growing blocks that take longer
  // to validate, which would slow heights further.
  maxBlockTxs: 2_000,
  maxBlockBytes: 8 * 1024 * 1024,
  rebroadcastMs: 1000,
  statusPollMs: 1000,
  maxClockDriftMs: 2000,
  syncBatch: 100,
  // ≈ 1–3 s of execution for busy blocks: short enough for the next answer to arrive meanwhile.
  syncBatchBytes: 2 * 1024 * 1024,
  futureHeights: 2,
  syncRequestTimeoutMs: 10_000,
  syncPeerBanMs: 60_000,
  syncPeerBackoffMs: 2_000,
  minCommitWindowMs: 50,
  proposalExecutionSharePercent: 40,
  maxTimeoutScalePercent: 800,
  // Tx bytes cross the wire once (in gossip), not again in every proposal (issue 14.3). Receivers
  // always accept both forms, so this stays a per-node choice; a receiver missing txs fetches them.
  compactProposals: true,
};

/** Proposals never shrink below this many transactions, however slow the validators measure. */
const MIN_PROPOSAL_TXS = 10;

interface Deps {
  chain: Chain;
  mempool: Mempool;
  /**
   * The node's key. The service signs with it only at heights where its address is in the state's
   * validator set (bonded after genesis included); without it the node only follows consensus.
   */
  key?: KeyPair;
  backend: SignatureBackend;
  /**
   * Recovers the senders of a proposal's txs on worker threads as soon as the proposal passes gossip
   * checks, while the queue is still busy (executing or committing the previous block).
   */
  verifier?: SignatureVerifier;
  /** Senders already checked (mempool admission fills it): a tx is recovered once per node. */
  signatures?: VerifiedSignatureCache;
  privval: PrivValidator;
  transport: ConsensusTransport;
  log: Logger;
  options: ConsensusOptions;
  now?: () => number;
  onFatal?: (err: Error) => void;
}

type SignedVoteMsg = poco.ISignedVote;

/** Content hashes of consensus messages already handled this height (re-wrapped copies are ignored). */
const MAX_SEEN = 50_000;
/** Sync gives up after this many failed peers in one pass (and retries at the next status poll). */
const MAX_SYNC_FAILURES = 8;
const MAX_SYNC_PEERS_TRACKED = 1_000;
/** Consecutive unanswered sync requests after which a peer is treated as bad (penalized). */
const SYNC_STRIKES_BEFORE_PENALTY = 3;
/** A rough size per block before any answer was seen (sizes the first request of a sync pass). */
const FIRST_GUESS_BLOCK_BYTES = 16 * 1024;

/** The validator set that votes on the block after the chain's head (with its proposer priorities). */
export function validatorSetOf(chain: Chain): ValidatorSet {
  return chain.validatorSet();
}

/**
 * A full block's bytes decoded once (canonically) with its header hash and round; the decoded block
 * is what validation uses (issue 14.3: no second decode on the way to commit). Throws on garbage.
 */
function decodeProposedBlock(blockBytes: Uint8Array): { block: poco.Block; hash: string; round: number } {
  const block = decodeCanonical(poco.Block, blockBytes, 64 * 1024 * 1024);
  if (!block.header) throw new Error("block has no header");
  const header = headerFromMessage(block.header);
  return { block, hash: toHex(hashHeader(header)), round: header.round };
}

/** How compact proposals were completed on this node (tests, metrics). */
export interface CompactProposalStats {
  received: number;
  /** Txs found in the mempool. */
  filled: number;
  /** Txs fetched from peers (block-txs). */
  fetched: number;
  requests: number;
  /** Full blocks fetched after the txs could not be completed. */
  fullBlocks: number;
  /** Compact proposals nobody completed before the height moved on. */
  failed: number;
}

/** Identity of a signed message's content (whatever wrapper, `resend` counter or peer it came in). */
function contentKey(body: Uint8Array | null | undefined, signature: Uint8Array | null | undefined): string {
  return toHex(keccak256(concatBytes(body ?? new Uint8Array(0), signature ?? new Uint8Array(0))));
}

/** The peer's answer was provably wrong (malformed, short of its claimed height, a bad block). */
class SyncPeerError extends Error {
  readonly code = "SYNC_BAD_PEER";
}

/** No answer in time, or the request failed in transport: the peer may just be slow. */
class SyncPeerUnavailableError extends Error {
  readonly code = "SYNC_PEER_UNAVAILABLE";
}

/** The decided block of the previous height and every precommit of its round seen so far. */
interface Decision {
  height: number;
  round: number;
  hash: string;
  validators: ValidatorSet;
  votes: Map<string, SignedVoteMsg>;
}

export class ConsensusService {
  private readonly engine: Tendermint<SignedVoteMsg>;
  private readonly self: string;
  private queue: Promise<void> = Promise.resolve();
  private running = false;
  private timers = new Set<NodeJS.Timeout>();
  /** Blocks seen for the current height, by hash (proposed by us or validated from proposals). */
  private blocks = new Map<string, PendingBlock>();
  private invalidBlocks = new Set<string>();
  /** The one proposal taken per (height, round): deduplicated before any execution. */
  private proposalsByRound = new Map<string, { hash: string; signed: poco.ISignedProposal }>();
  private seen = new Set<string>();
  /** Own signed messages of the current height, re-sent while the height is stuck. */
  private own: poco.IConsensusMessage[] = [];
  private resend = 0;
  private lastCommitBytes: Uint8Array | undefined;
  /** Commit window: precommits of the last decided round, all of which go into the next last commit. */
  private decision: Decision | undefined;
  private evidenceSeen = new Set<string>();
  private syncing = false;
  private bestPeerHeightValue = 0;
  private heightStartedAt = 0;
  private lastAheadCheckAt = Number.NEGATIVE_INFINITY;
  private readonly syncPeers: SyncPeerStanding;
  private readonly now: () => number;
  /** Round timeouts that grow after slow heights and shrink back after quick ones. */
  private readonly timeouts: AdaptiveTimeouts;
  /** The size of this node's proposals, from its measured execution speed and the rounds seen. */
  private readonly budget: ProposalBudget;
  /** Recovers sync batches' signatures ahead of their import: `deps.verifier`, else in this thread. */
  private readonly syncVerifier: SignatureVerifier;
  /** Transactions verified before (admission, proposals, sync): a view over `deps.signatures`. */
  private readonly verifiedTxs: VerifiedTxCache;
  /** How compact proposals were completed here. */
  readonly compactStats: CompactProposalStats = {
    received: 0,
    filled: 0,
    fetched: 0,
    requests: 0,
    fullBlocks: 0,
    failed: 0,
  };
  /** Bytes per block (with its commit) in the last sync answer: sizes the next request. */
  private syncBlockBytes = FIRST_GUESS_BLOCK_BYTES;

  constructor(private readonly deps: Deps) {
    this.self = deps.key ? toHex(deps.key.address) : "";
    this.engine = new Tendermint<SignedVoteMsg>(this.self, validatorSetOf(deps.chain), deps.options.timeouts);
    this.now = deps.now ?? Date.now;
    this.syncPeers = new SyncPeerStanding(
      {
        banMs: deps.options.syncPeerBanMs,
        backoffMs: deps.options.syncPeerBackoffMs ?? DEFAULT_CONSENSUS_OPTIONS.syncPeerBackoffMs!,
        penalizeAfterStrikes: SYNC_STRIKES_BEFORE_PENALTY,
        maxPeers: MAX_SYNC_PEERS_TRACKED,
      },
      () => this.now(),
    );
    this.syncVerifier = deps.verifier ?? new InThreadVerifier(deps.backend);
    this.verifiedTxs = new VerifiedTxCache(deps.chain.chainId, deps.signatures);
    this.timeouts = new AdaptiveTimeouts(deps.options.timeouts, {
      maxScalePercent: Math.max(
        100,
        deps.options.maxTimeoutScalePercent ?? DEFAULT_CONSENSUS_OPTIONS.maxTimeoutScalePercent,
      ),
    });
    this.budget = new ProposalBudget({
      executionSharePercent:
        deps.options.proposalExecutionSharePercent ?? DEFAULT_CONSENSUS_OPTIONS.proposalExecutionSharePercent,
      minTxs: Math.min(MIN_PROPOSAL_TXS, deps.options.maxBlockTxs),
      maxTxs: deps.options.maxBlockTxs,
    });
  }

  get height(): number {
    return this.engine.height;
  }

  get round(): number {
    return this.engine.round;
  }

  /** True while fetching finalized blocks from peers (GET /health reports it). */
  get isSyncing(): boolean {
    return this.syncing;
  }

  /** Highest head a (non-banned) peer claimed at the last status poll or sync round; 0 before any. */
  get bestPeerHeight(): number {
    return this.bestPeerHeightValue;
  }

  /** Whether this node signs at the current height (its key's address is in the height's set). */
  get isValidatorNow(): boolean {
    return this.self !== "" && this.engine.validatorSet.has(this.self);
  }

  async start(): Promise<void> {
    this.running = true;
    const head = this.deps.chain.head;
    if (head.height > 0) this.lastCommitBytes = await this.deps.chain.db.getCommit(head.height);
    this.enqueue(() => this.enterHeight(head.height + 1));
    this.every(this.deps.options.rebroadcastMs, () => this.rebroadcast());
    this.every(this.deps.options.statusPollMs, () => void this.checkBehind());
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const t of this.timers) {
      clearTimeout(t);
      clearInterval(t);
    }
    this.timers.clear();
    await this.queue;
  }

  /**
   * Gossip validation of a consensus message, cheapest check first: content already seen (a hash and a
   * lookup), decode, height window, membership, round window, signature; only then is it queued for
   * the engine. Provably bad messages are rejected (the sender's score drops); merely useless ones
   * (late, far ahead, copies) are ignored.
   */
  receive(bytes: Uint8Array, from?: string): Verdict {
    let msg: poco.ConsensusMessage;
    try {
      // A copy of content already handled (re-wrapped with another `resend`, or relayed again) costs a
      // plain decode (byte fields are views), a hash and a lookup: no canonical check, nothing else.
      msg = poco.ConsensusMessage.decode(bytes);
      const signed = msg.vote ?? msg.proposal;
      if (signed) {
        const body = msg.vote ? msg.vote.vote : msg.proposal!.proposal;
        if (this.seen.has(contentKey(body, signed.signature))) return "ignore";
      }
      // Canonical check on the message decoded above (one decode, not two).
      if (bytes.length > 64 * 1024 * 1024 || !bytesEqual(encode(poco.ConsensusMessage, msg), bytes))
        return "reject";
    } catch {
      return "reject";
    }
    try {
      if (msg.vote) return this.receiveVote(msg.vote);
      if (msg.proposal) return this.receiveProposal(msg.proposal, msg, from);
      return "reject";
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "consensus message rejected");
      return "reject";
    }
  }

  private remember(key: string): void {
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    this.seen.add(key);
  }

  private receiveVote(signed: SignedVoteMsg): Verdict {
    const key = contentKey(signed.vote, signed.signature);
    if (this.seen.has(key)) return "ignore";
    const vote = decodeSignedVote(signed, this.deps.chain.chainId);
    const height = this.engine.height;
    // Heights already committed here (including the one just decided, while its commit window runs):
    // only a precommit of the decision is still useful; everything else is dropped silently.
    if (vote.height < height || vote.height <= this.deps.chain.head.height)
      return this.receiveLatePrecommit(vote, signed, key);
    // Membership of the current set first (also for votes of the next heights: an approximation that
    // costs nothing, and a stranger's message is refused before any signature is recovered).
    if (!this.engine.validatorSet.has(vote.validatorHex)) return this.strangerVerdict(vote.height);
    if (vote.height > height + this.deps.options.futureHeights) return "ignore";
    if (vote.height === height && !this.engine.roundAcceptable(vote.round)) return "ignore";
    checkVoteSignature(signed, vote.validator, this.deps.backend);
    this.remember(key);
    // A precommit is checked again in the next block's last commit: there it costs a lookup.
    if (vote.type === "precommit") this.deps.chain.verifiedVotes.add(signed, vote.validatorHex);
    if (vote.height > height) {
      this.noteAhead();
      return "ignore";
    }
    const verified: VerifiedVote = { ...vote, signed };
    this.enqueue(() => {
      if (this.engine.decided) this.collectPrecommit(verified);
      this.run(this.engine.onVote(this.voteEvent(verified, signed)));
    });
    return "accept";
  }

  /** A precommit of the height just decided, for its round and block: kept for the next last commit. */
  private receiveLatePrecommit(
    vote: ReturnType<typeof decodeSignedVote>,
    signed: SignedVoteMsg,
    key: string,
  ): Verdict {
    const d = this.decision;
    if (
      !d ||
      vote.type !== "precommit" ||
      vote.height !== d.height ||
      vote.round !== d.round ||
      toHex(vote.blockHash) !== d.hash ||
      d.votes.has(vote.validatorHex)
    ) {
      return "ignore"; // late messages of committed heights are dropped silently
    }
    if (!d.validators.has(vote.validatorHex)) return "reject";
    checkVoteSignature(signed, vote.validator, this.deps.backend);
    this.remember(key);
    this.deps.chain.verifiedVotes.add(signed, vote.validatorHex);
    this.enqueue(() => this.collectPrecommit({ ...vote, signed }));
    return "accept";
  }

  /**
   * A message from outside the current set: refused (scored down), except for the very next height,
   * where a validator that just joined the set legitimately speaks while we finish this one.
   */
  private strangerVerdict(height: number): Verdict {
    return height === this.engine.height + 1 ? "ignore" : "reject";
  }

  private collectPrecommit(vote: VerifiedVote): void {
    const d = this.decision;
    if (
      d &&
      vote.type === "precommit" &&
      vote.height === d.height &&
      vote.round === d.round &&
      toHex(vote.blockHash) === d.hash &&
      d.validators.has(vote.validatorHex)
    ) {
      d.votes.set(vote.validatorHex, vote.signed);
    }
  }

  private receiveProposal(signed: poco.ISignedProposal, msg: poco.ConsensusMessage, from?: string): Verdict {
    const key = contentKey(signed.proposal, signed.signature);
    if (this.seen.has(key)) return "ignore";
    const p = decodeSignedProposal(signed, this.deps.chain.chainId);
    const height = this.engine.height;
    // Late proposals for committed heights (ours just decided, or imported by sync) are honest
    // lateness, not misbehaviour: ignored silently, before any signature check or execution.
    if (p.height < height || p.height <= this.deps.chain.head.height) return "ignore";
    if (!this.engine.validatorSet.has(p.proposerHex)) return this.strangerVerdict(p.height);
    if (p.height > height + this.deps.options.futureHeights) return "ignore";
    if (p.height > height) {
      checkProposalSignature(signed, p.proposer, this.deps.backend);
      this.remember(key);
      this.noteAhead();
      return "ignore";
    }
    if (!this.engine.roundAcceptable(p.round)) return "ignore";
    // O(n) per round, memoized per height, and the round is bounded above.
    if (this.engine.proposerOf(p.round) !== p.proposerHex) return "reject";
    checkProposalSignature(signed, p.proposer, this.deps.backend);
    const slot = `${p.height}/${p.round}`;
    const taken = this.proposalsByRound.get(slot);
    if (taken) {
      this.remember(key);
      if (taken.hash !== p.blockHashHex) this.submitProposalEvidence(taken.signed, signed, p);
      return "ignore";
    }
    // The block travels beside the signature, in full or compact: it must be the signed one (else
    // whoever attached it lied; the same signed proposal may still arrive right from someone else).
    const blockBytes = msg.block;
    if (blockBytes && blockBytes.length > 0) {
      if (msg.compact) return "reject";
      const decoded = decodeProposedBlock(blockBytes);
      if (decoded.hash !== p.blockHashHex) return "reject";
      // A block keeps the round it was first proposed in: never after the proposal's own round
      // (checked before the proposer of that round is computed).
      if (decoded.round > p.round) return "reject";
      this.remember(key);
      this.proposalsByRound.set(slot, { hash: p.blockHashHex, signed });
      const recovered = this.recoverSenders(decoded.block.txs ?? []);
      const rebuilt: RebuiltBlock = { block: decoded.block, blockBytes, verified: [] };
      this.enqueue(async () => {
        await recovered;
        this.handleProposal(p, rebuilt);
      });
      return "accept";
    }
    if (!msg.compact) return "reject";
    // Compact: the hash list bounded and the header checked before a single lookup.
    const checked = checkCompact(msg.compact, p.blockHashHex, this.deps.chain.params.maxBlockTxs);
    if (checked.round > p.round) return "reject";
    this.remember(key);
    this.proposalsByRound.set(slot, { hash: p.blockHashHex, signed });
    this.compactStats.received++;
    // A block held already (ours, or re-proposed with a proof-of-lock) needs nothing.
    const rebuilt = this.blocks.has(p.blockHashHex)
      ? Promise.resolve(undefined)
      : this.rebuild(checked, p.height, from);
    // Queued once complete: the serial queue (votes, timeouts, commits) never waits on the network.
    void rebuilt.then((block) =>
      this.enqueue(() => {
        if (block || this.blocks.has(p.blockHashHex)) this.handleProposal(p, block);
        else if (p.height === this.engine.height) {
          this.compactStats.failed++;
          this.deps.log.warn({ height: p.height, round: p.round }, "compact proposal: block not completed");
        }
      }),
    );
    return "accept";
  }

  /**
   * Completes a compact proposal off the serial queue (the previous block may still be executing):
   * mempool first, then one bounded block-txs request per peer, then the full
   * block (compactBlock.ts). Resolves undefined when nobody supplied it.
   */
  private async rebuild(
    checked: CheckedCompact,
    height: number,
    from: string | undefined,
  ): Promise<RebuiltBlock | undefined> {
    const transport = this.deps.transport;
    const stats = { filled: 0, fetched: 0, requests: 0, fullBlock: false };
    // Per request (stream opening included): half the current propose timeout, which grows after
    // slow heights, and never under a second (a loaded peer answers late, not never).
    const timeoutMs = Math.max(1_000, Math.floor(this.timeouts.current().proposeMs / 2));
    // The mempool only: the verified-tx cache keeps senders by signature, not tx bytes.
    const lookup = (hashHex: string) => this.deps.mempool.get(hashHex);
    try {
      return await rebuildCompact(
        checked,
        from,
        transport.peers?.() ?? [],
        {
          lookup,
          fetch: async (peer, blockHash, request) => {
            // Only for the height being decided: a proposal left behind is not worth a download.
            if (!transport.blockTxs || !this.running || height !== this.engine.height)
              throw new Error("no longer needed");
            return transport.blockTxs(peer, blockHash, request, timeoutMs);
          },
          verify: (txs) => this.verifyFetched(txs),
          penalize: (peer, reason) => this.onSyncFailure(peer, new SyncPeerError(reason)),
          maxBlockBytes: this.deps.chain.params.maxBlockBytes,
          log: (message, fields) => this.deps.log.debug(fields, message),
        },
        stats,
      );
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "compact proposal not rebuilt");
      return undefined;
    } finally {
      this.compactStats.filled += stats.filled;
      this.compactStats.fetched += stats.fetched;
      this.compactStats.requests += stats.requests;
      if (stats.fullBlock) this.compactStats.fullBlocks++;
    }
  }

  /** Fetched txs verified on the verifier's threads (high priority), or here without one; cached. */
  private async verifyFetched(txs: Uint8Array[]): Promise<(VerifiedTx | Error)[]> {
    const { verifier, signatures, chain, backend } = this.deps;
    const out = verifier
      ? await decodeAndVerifyTxs(txs, chain.chainId, verifier, signatures, "high")
      : txs.map((b) => {
          try {
            return decodeAndVerifyTx(b, chain.chainId, backend, signatures);
          } catch (err) {
            return err as Error;
          }
        });
    for (const r of out) if (!(r instanceof Error)) this.verifiedTxs.add(r);
    return out;
  }

  /** A block held for the current height (served to peers completing a compact proposal). */
  heldBlock(hashHex: string): PendingBlock | undefined {
    return this.blocks.get(hashHex);
  }

  private voteEvent(vote: VerifiedVote, signed: SignedVoteMsg) {
    return {
      type: vote.type,
      height: vote.height,
      round: vote.round,
      blockHash: vote.blockHash.length ? toHex(vote.blockHash) : "",
      validator: vote.validatorHex,
      signed,
    };
  }

  private handleProposal(p: DecodedProposal, rebuilt: RebuiltBlock | undefined): void {
    // Committed meanwhile (the proposal waited on the queue behind the commit or a sync): it cannot
    // be valid on the new head, and it is not invalid either; dropped without a word.
    if (p.height !== this.engine.height || p.height <= this.deps.chain.head.height) return;
    const hashHex = p.blockHashHex;
    let valid = this.blocks.has(hashHex);
    // A block already executed (our own, or re-proposed with a proof-of-lock) is not executed again.
    if (!valid && !this.invalidBlocks.has(hashHex) && rebuilt) {
      try {
        const started = performance.now();
        const { verified } = rebuilt;
        const pending = this.deps.chain.validateDecodedBlock(
          rebuilt.block,
          rebuilt.blockBytes,
          (bytes, index) => {
            const known = verified[index];
            return known && (known.bytes === bytes || bytesEqual(known.bytes, bytes))
              ? known
              : this.verifyTx(bytes);
          },
          this.now() + this.deps.options.maxClockDriftMs,
        );
        this.observeExecution(pending, started);
        if (pending.header.round > p.round) {
          throw new ChainError("CHAIN_BAD_BLOCK", `header round ${pending.header.round} after ${p.round}`);
        }
        this.blocks.set(hashHex, pending);
        valid = true;
      } catch (err) {
        this.invalidBlocks.add(hashHex);
        this.deps.log.warn(
          { height: p.height, round: p.round, err: (err as Error).message },
          "invalid proposal",
        );
      }
    }
    this.run(
      this.engine.onProposal({
        height: p.height,
        round: p.round,
        polRound: p.polRound,
        blockHash: hashHex,
        proposer: p.proposerHex,
        valid,
      }),
    );
  }

  /**
   * Starts recovering the senders of a proposed block's txs on the verifier's threads (high priority:
   * ahead of gossip batches), filling the signature cache that `verifyTx` reads when the block is
   * executed. Txs already checked (mempool, cache) are skipped; errors are left to validation.
   */
  private async recoverSenders(txs: Uint8Array[]): Promise<void> {
    const verifier = this.deps.verifier;
    const signatures = this.verifiedTxs.signatures;
    if (!verifier || txs.length === 0) return;
    // validateBlock has not run yet: a block over the chain's tx limit is left to it (refused there).
    if (txs.length > this.deps.chain.params.maxBlockTxs) return;
    try {
      const verified = await decodeAndVerifyTxs(txs, this.deps.chain.chainId, verifier, signatures, "high");
      // And the signatures inside its market txs (orders, authorizations) that this node has not seen:
      // txs that came by the proposal, not through this node's admission.
      const fresh = verified.filter(
        (t): t is VerifiedTx => !(t instanceof Error) && !this.deps.mempool.has(t.hashHex),
      );
      if (fresh.length > 0)
        await prefetchMarketSignatures(fresh, this.deps.chain.chainId, verifier, signatures, "high");
    } catch {
      // Refused txs make the block invalid in validateBlock, which says why.
    }
  }

  /**
   * Transactions already verified on this node (at admission, in an earlier proposal, or ahead by the
   * sync pipeline: `preverified`) are not verified again; the others are, and remembered.
   */
  private verifyTx(bytes: Uint8Array, preverified?: Map<string, VerifiedTx>): VerifiedTx {
    const hashHex = toHex(txHashOfSigned(bytes));
    const ahead = preverified?.get(hashHex);
    if (ahead && bytesEqual(ahead.bytes, bytes)) return ahead;
    const known = this.knownTx(hashHex, bytes);
    if (known) return known;
    // A miss is recovered here and remembered in the signature cache under `verifiedTxs`.
    return decodeAndVerifyTx(bytes, this.deps.chain.chainId, this.deps.backend, this.verifiedTxs.signatures);
  }

  private knownTx(hashHex: string, bytes: Uint8Array): VerifiedTx | undefined {
    const pooled = this.deps.mempool.get(hashHex);
    if (pooled && bytesEqual(pooled.bytes, bytes)) return pooled;
    return this.verifiedTxs.get(hashHex, bytes);
  }

  private enterHeight(height: number): void {
    if (!this.running || height !== this.deps.chain.head.height + 1) return;
    this.blocks = new Map();
    this.invalidBlocks = new Set();
    this.proposalsByRound = new Map();
    this.seen = new Set();
    this.own = [];
    this.heightStartedAt = this.now();
    this.engine.setTimeouts(this.timeouts.current());
    const saved = this.deps.privval.safetyState;
    this.run(this.engine.startHeight(height, validatorSetOf(this.deps.chain), saved ?? undefined));
  }

  private run(effects: Effect<SignedVoteMsg>[]): void {
    for (const effect of effects) {
      if (!this.running) return;
      switch (effect.kind) {
        case "propose":
          if (this.deps.key && this.isValidatorNow)
            this.propose(this.deps.key, effect.height, effect.round, effect.polRound, effect.blockHash);
          break;
        case "vote":
          if (this.deps.key && this.isValidatorNow)
            this.vote(this.deps.key, effect.type, effect.height, effect.round, effect.blockHash);
          break;
        case "timeout":
          this.after(effect.ms, () =>
            this.run(this.engine.onTimeout(effect.step, effect.height, effect.round)),
          );
          break;
        case "decide":
          this.enqueue(() => this.commit(effect.height, effect.round, effect.blockHash, effect.precommits));
          break;
        case "evidence":
          this.submitEvidence(effect.first, effect.second);
          break;
      }
    }
  }

  private safety(): SafetyState {
    return this.engine.safetyState();
  }

  /** The last commit for a block of `height`: every precommit seen in the commit window. */
  private lastCommitFor(height: number): Uint8Array | undefined {
    const d = this.decision;
    if (d && d.height === height - 1) {
      const votes = [...d.votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
      return encodeCommit(d.height, d.round, fromHex(d.hash, 32), votes);
    }
    return this.lastCommitBytes;
  }

  private propose(
    key: KeyPair,
    height: number,
    round: number,
    polRound: number,
    validHash: string | null,
  ): void {
    const chain = this.deps.chain;
    let pending = validHash ? this.blocks.get(validHash) : undefined;
    if (!pending) {
      const txs = this.deps.mempool.reap(this.proposalMaxTxs(), this.deps.options.maxBlockBytes);
      const started = performance.now();
      pending = chain.buildBlock(txs, this.now(), key.address, round, this.lastCommitFor(height));
      this.observeExecution(pending, started);
      this.blocks.set(toHex(pending.hash), pending);
    }
    const hashHex = toHex(pending.hash);
    let message: Uint8Array;
    let sent: poco.IConsensusMessage | undefined;
    try {
      message = this.deps.privval.signOnce(
        { height, round, step: "proposal", contentKey: hashHex },
        this.safety(),
        () => {
          sent = {
            proposal: signProposal(
              {
                chainId: this.deps.chain.chainId,
                height,
                round,
                polRound,
                blockHash: pending!.hash,
                proposer: key.address,
              },
              key.privateKey,
              this.deps.backend,
            ),
            ...this.proposedBlockField(pending!),
          };
          return encode(poco.ConsensusMessage, sent);
        },
      );
    } catch (err) {
      if (!(err instanceof DoubleSignError)) throw err;
      this.deps.log.warn({ err: err.message }, "not proposing");
      return;
    }
    // The message object just encoded (no decode of our own bytes), or the privval's record of it.
    sent ??= poco.ConsensusMessage.decode(message);
    this.proposalsByRound.set(`${height}/${round}`, { hash: hashHex, signed: sent.proposal! });
    this.remember(contentKey(sent.proposal!.proposal, sent.proposal!.signature));
    this.send(message, sent, "proposal");
    // Our own proposal was built (or validated earlier) from our own state: no need to re-execute it.
    this.run(
      this.engine.onProposal({
        height,
        round,
        polRound,
        blockHash: hashHex,
        proposer: this.self,
        valid: true,
      }),
    );
  }

  private vote(
    key: KeyPair,
    type: "prevote" | "precommit",
    height: number,
    round: number,
    blockHash: string,
  ): void {
    let message: Uint8Array;
    try {
      message = this.deps.privval.signOnce(
        { height, round, step: type, contentKey: blockHash },
        this.safety(),
        () =>
          encode(poco.ConsensusMessage, {
            vote: signVote(
              {
                chainId: this.deps.chain.chainId,
                type,
                height,
                round,
                blockHash: blockHash ? fromHex(blockHash, 32) : new Uint8Array(0),
                timeMs: this.now(),
                validator: key.address,
              },
              key.privateKey,
              this.deps.backend,
            ),
          }),
      );
    } catch (err) {
      if (!(err instanceof DoubleSignError)) throw err;
      // Signed differently before a restart: send that one again, never a second one.
      const last = this.deps.privval.lastSigned;
      this.deps.log.warn({ err: err.message }, "vote refused by the double-sign guard");
      if (!last || last.height !== height || last.round !== round || last.step !== type) return;
      message = last.message;
    }
    const decoded = poco.ConsensusMessage.decode(message);
    this.send(message, decoded, "vote");
    const signed = decoded.vote!;
    // Our own vote (just signed, or the privval's record of it): its signature is not recovered again.
    const verified: VerifiedVote = { ...decodeSignedVote(signed, this.deps.chain.chainId), signed };
    this.remember(contentKey(signed.vote, signed.signature));
    if (this.engine.decided) this.collectPrecommit(verified);
    this.run(this.engine.onVote(this.voteEvent(verified, signed)));
  }

  private send(message: Uint8Array, decoded: poco.IConsensusMessage, kind: "proposal" | "vote"): void {
    this.own.push(decoded);
    this.deps.transport.broadcast(message, kind);
  }

  /**
   * The block beside a proposal: its compact form (header, tx hashes, last commit) when compact
   * proposals are on, else its bytes. Every tx of a block came from the mempool, so it was gossiped
   * (relayed, or published by publishTx when submitted here, evidence included); a peer that missed
   * one fetches it from us.
   */
  private proposedBlockField(pending: PendingBlock): { block: Uint8Array } | { compact: poco.ICompactBlock } {
    if (!(this.deps.options.compactProposals ?? DEFAULT_CONSENSUS_OPTIONS.compactProposals))
      return { block: pending.blockBytes };
    return { compact: compactOf(poco.Block.decode(pending.blockBytes), pending.txs) };
  }

  private async commit(
    height: number,
    round: number,
    blockHash: string,
    precommits: SignedVoteMsg[],
  ): Promise<void> {
    if (!this.running || height !== this.deps.chain.head.height + 1) return;
    const pending = this.blocks.get(blockHash);
    if (!pending) {
      // Decided by the others on a block we could not validate: fetch it through sync. Never awaited
      // here: this runs on the serial queue, and sync queues its imports behind it (a deadlock).
      this.deps.log.warn({ height, blockHash }, "decided block unknown locally; syncing");
      void this.syncFromPeers();
      return;
    }
    const commitBytes = encodeCommit(height, round, pending.hash, precommits);
    const validators = this.engine.validatorSet;
    try {
      await this.deps.chain.commitBlock(pending, commitBytes);
    } catch (err) {
      this.running = false;
      this.deps.log.fatal({ err }, "commit failed; the node must restart from its store");
      this.deps.onFatal?.(err as Error);
      return;
    }
    this.lastCommitBytes = commitBytes;
    this.observeHeight(round);
    // Commit window (CometBFT's timeout_commit): precommits of this round that arrive until the next
    // proposal is built join the next block's last commit, so no validator is counted as missing
    // merely for being slower than the first quorum.
    const votes = new Map<string, SignedVoteMsg>();
    for (const signed of precommits) {
      votes.set(decodeSignedVote(signed, this.deps.chain.chainId).validatorHex, signed);
    }
    this.decision = { height, round, hash: blockHash, validators, votes };
    this.deps.log.debug(
      { height, round, txs: pending.txs.length, ms: this.now() - this.heightStartedAt },
      "committed",
    );
    this.deps.mempool.prune(pending.txs.map((t) => t.senderHex));
    this.deps.privval.saveSafety({
      ...this.safety(),
      height: height + 1,
      round: 0,
      lockedRound: -1,
      lockedHash: null,
      validRound: -1,
      validHash: null,
    });
    // Pace blocks: the next height starts one block time after this block's time (the commit window).
    const wait = Math.max(
      this.deps.options.minCommitWindowMs,
      pending.header.timeMs + this.deps.options.blockTimeMs - this.now(),
    );
    this.after(wait, () => this.enterHeight(height + 1));
  }

  /** How many transactions to reap for a new proposal (the configured maximum when sizing is off). */
  private proposalMaxTxs(): number {
    if (!(this.deps.options.proposalExecutionSharePercent > 0)) return this.deps.options.maxBlockTxs;
    return this.budget.maxTxs(this.timeouts.current().proposeMs);
  }

  private observeExecution(pending: PendingBlock, startedAt: number): void {
    const us = Math.round((performance.now() - startedAt) * 1000);
    this.budget.observeExecution(pending.txs.length, pending.header.gasUsed, us);
  }

  /** A height this node decided: adapt the timeouts and the proposal size to how it went. */
  private observeHeight(round: number): void {
    const elapsed = Math.max(0, this.now() - this.heightStartedAt);
    this.budget.observeHeight(round, elapsed);
    this.timeouts.onCommit(round, elapsed);
  }

  private submitEvidence(first: SignedVoteMsg, second: SignedVoteMsg): void {
    const a = verifySignedVote(first, this.deps.chain.chainId, this.deps.backend);
    const key = `${a.validatorHex}/${a.height}/${a.round}/${a.type}`;
    if (this.evidenceSeen.has(key)) return;
    this.evidenceSeen.add(key);
    this.deps.log.warn(
      { validator: a.validatorHex, height: a.height, round: a.round },
      "equivocation detected",
    );
    this.submitEvidenceTx({ voteA: first, voteB: second });
  }

  /** Two different signed proposals of one proposer for one (height, round): evidence. */
  private submitProposalEvidence(
    first: poco.ISignedProposal,
    second: poco.ISignedProposal,
    p: DecodedProposal,
  ): void {
    const key = `${p.proposerHex}/${p.height}/${p.round}/proposal`;
    if (this.evidenceSeen.has(key)) return;
    this.evidenceSeen.add(key);
    this.deps.log.warn(
      { validator: p.proposerHex, height: p.height, round: p.round },
      "conflicting proposals",
    );
    this.submitEvidenceTx({ proposalA: first, proposalB: second });
  }

  private submitEvidenceTx(evidence: poco.IEvidence): void {
    if (this.evidenceSeen.size > 10_000) this.evidenceSeen.clear();
    if (!this.deps.key) return;
    try {
      const nonce = this.deps.mempool.nextNonce(this.self);
      const tx = signTx(
        { chainId: this.deps.chain.chainId, nonce, evidence },
        this.deps.key.privateKey,
        this.deps.backend,
      );
      this.deps.mempool.add(
        decodeAndVerifyTx(tx.bytes, this.deps.chain.chainId, this.deps.backend, this.verifiedTxs.signatures),
      );
      // Gossiped, so the evidence lands at the next proposal whoever proposes it.
      this.deps.transport.publishTx?.(tx.bytes);
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "could not submit evidence");
    }
  }

  private rebroadcast(): void {
    if (!this.running || this.syncing) return;
    if (this.now() - this.heightStartedAt < this.deps.options.rebroadcastMs) return;
    for (const m of this.own) {
      this.resend += 1;
      this.deps.transport.broadcast(
        encode(poco.ConsensusMessage, { ...m, resend: this.resend }),
        m.proposal ? "proposal" : "vote",
      );
    }
  }

  /** A verified message of a next height hints that we are behind: look, at most once per poll. */
  private noteAhead(): void {
    const now = this.now();
    if (now - this.lastAheadCheckAt < this.deps.options.statusPollMs) return;
    this.lastAheadCheckAt = now;
    void this.checkBehind();
  }

  /** A failed sync request: a bad answer is penalized; an unanswered one benches the peer briefly. */
  private onSyncFailure(peer: string, err: Error): void {
    const reason = err.message;
    const bad =
      err instanceof SyncPeerUnavailableError
        ? this.syncPeers.onUnavailable(peer)
        : this.syncPeers.onBad(peer);
    if (!bad) {
      this.deps.log.info({ peer, reason }, "sync peer unavailable; trying another, backing off this one");
      return;
    }
    this.deps.log.warn({ peer, reason }, "sync peer penalized");
    this.deps.transport.penalize?.(peer, reason);
  }

  private noteBestPeerHeight(heights: readonly { peer: string; height: number }[]): void {
    let best = 0;
    for (const p of heights) if (p.height > best && !this.syncPeers.isExcluded(p.peer)) best = p.height;
    this.bestPeerHeightValue = best;
  }

  private async checkBehind(): Promise<void> {
    if (!this.running || this.syncing) return;
    try {
      const heights = await this.deps.transport.peerHeights();
      this.noteBestPeerHeight(heights);
      const head = this.deps.chain.head.height;
      if (heights.some((p) => p.height > head && !this.syncPeers.isExcluded(p.peer)))
        await this.syncFromPeers();
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "status poll failed");
    }
  }

  /**
   * Fetches and commits blocks the network has finalized past our head, checking every commit. Peers
   * are ranked by the height they claim; one that fails (no answer in time, fewer blocks than its
   * height promised, a bad block or commit) is penalized and the next one is tried.
   */
  async syncFromPeers(): Promise<number> {
    if (this.syncing) return 0;
    this.syncing = true;
    let synced = 0;
    let failures = 0;
    try {
      while (this.running && failures < MAX_SYNC_FAILURES) {
        const chain = this.deps.chain;
        const heights = await this.deps.transport.peerHeights();
        this.noteBestPeerHeight(heights);
        const ranked = heights
          .filter((p) => p.height > chain.head.height && !this.syncPeers.isExcluded(p.peer))
          .sort((a, b) => b.height - a.height || (a.peer < b.peer ? -1 : a.peer > b.peer ? 1 : 0));
        const best = ranked[0];
        if (!best) break;
        try {
          synced += await this.syncFrom(best.peer, best.height);
        } catch (err) {
          if (!this.running) break;
          failures++;
          this.onSyncFailure(best.peer, err as Error);
        }
      }
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "sync stopped");
    } finally {
      this.syncing = false;
    }
    if (synced > 0) {
      this.deps.log.info({ synced, height: this.deps.chain.head.height }, "caught up");
      this.enqueue(() => this.enterHeight(this.deps.chain.head.height + 1));
    }
    return synced;
  }

  /**
   * Syncs from `peer` up to the height it claims, as a pipeline (Lodestar's range sync and CometBFT's
   * blocksync keep requests in flight while blocks are applied; the same idea, one batch deep): while
   * batch n is verified and then executed and persisted, batch n+1 is already being downloaded, and
   * its signatures are recovered (preverifyBatch) while batch n executes. Batches are sized by bytes.
   * Throws if the peer failed (no answer in time, fewer blocks than claimed, a bad block or commit):
   * blocks before the bad one stay committed, nothing after it is.
   */
  private async syncFrom(peer: string, claimed: number): Promise<number> {
    const noop = () => {};
    let next = this.deps.chain.head.height + 1;
    if (next > claimed) return 0; // consensus committed up to the claimed height meanwhile
    let download: Promise<SyncBatch> | undefined = this.download(peer, next, claimed);
    download.catch(noop);
    let importing: Promise<number> = Promise.resolve(0);
    let imported = 0;
    while (download) {
      // The answer's deadline runs from when it is needed, not from when it was requested: while the
      // previous batch executes, this thread (not the peer) is what delays handling the answer.
      const timeoutMs = this.syncPeers.timeoutMs(peer, this.deps.options.syncRequestTimeoutMs);
      const batch = await withTimeout(
        download,
        timeoutMs,
        `no blocks-by-range answer within ${timeoutMs} ms`,
      );
      this.syncPeers.onAnswer(peer);
      next = batch.start + batch.blocks.length;
      download = next <= claimed && this.running ? this.download(peer, next, claimed) : undefined;
      download?.catch(noop);
      // A failed verify stage (e.g. a worker pool gone) only loses the head start: the import checks all.
      const verified = this.preverify(batch).catch(() => new Map<string, VerifiedTx>());
      imported += await importing;
      // A block skipped or refused meanwhile: stop here (the caller looks at the peers again).
      if (this.deps.chain.head.height !== batch.start - 1 || !this.running) return imported;
      importing = verified.then((txs) => this.importBatch(batch, txs));
      importing.catch(noop);
    }
    return imported + (await importing);
  }

  /** One blocks-by-range request for [start, claimed], sized by the bytes of the last answer. */
  private async download(peer: string, start: number, claimed: number): Promise<SyncBatch> {
    const byBytes = Math.floor(
      (this.deps.options.syncBatchBytes ?? DEFAULT_CONSENSUS_OPTIONS.syncBatchBytes!) / this.syncBlockBytes,
    );
    const count = Math.max(1, Math.min(this.deps.options.syncBatch, byBytes, claimed - start + 1));
    let answer: { blocks: Uint8Array[]; commits: Uint8Array[] };
    try {
      answer = await this.deps.transport.blocksByRange(peer, start, count);
    } catch (err) {
      const message = (err as Error).message;
      // A malformed answer is the peer's doing; a reset stream or a dial failure may not be.
      if (err instanceof CodecError) throw new SyncPeerError(`malformed blocks-by-range answer: ${message}`);
      throw new SyncPeerUnavailableError(`blocks-by-range request failed: ${message}`);
    }
    const { blocks, commits } = answer;
    if (blocks.length === 0)
      throw new SyncPeerError(`claimed height ${claimed} but sent no block from ${start}`);
    if (blocks.length !== commits.length || blocks.length > count)
      throw new SyncPeerError("blocks and commits do not match the request");
    let bytes = 0;
    for (let i = 0; i < blocks.length; i++) bytes += blocks[i]!.length + commits[i]!.length;
    this.syncBlockBytes = Math.max(1, Math.ceil(bytes / blocks.length));
    return { start, blocks, commits, bytes };
  }

  private preverify(batch: SyncBatch): Promise<Map<string, VerifiedTx>> {
    const chain = this.deps.chain;
    return preverifyBatch(batch, {
      chainId: chain.chainId,
      validators: chain.validatorSet(),
      maxBlockTxs: chain.params.maxBlockTxs,
      verifier: this.syncVerifier,
      verifiedVotes: chain.verifiedVotes,
      signatures: this.verifiedTxs.signatures,
    });
  }

  /** Imports a batch on the serial queue (the last block synced to disk); throws if one is bad. */
  private importBatch(batch: SyncBatch, preverified: Map<string, VerifiedTx>): Promise<number> {
    const chain = this.deps.chain;
    return new Promise<number>((resolve, reject) => {
      this.enqueue(async () => {
        let imported = 0;
        try {
          for (let i = 0; i < batch.blocks.length; i++) {
            if (chain.head.height !== batch.start + i - 1) continue; // committed meanwhile by consensus
            await this.importBlock(
              batch.blocks[i]!,
              batch.commits[i]!,
              i === batch.blocks.length - 1,
              preverified,
            );
            imported++;
          }
          resolve(imported);
        } catch (err) {
          reject(err);
        }
      });
    });
  }

  /**
   * Verifies a finalized block against its commit certificate (one round, distinct members of the
   * height's set, > 2/3 of its power, for this block), checks that the header's round is not after the
   * commit's and that its proposer is that round's (in validateBlock), executes and commits it.
   * Signatures recovered before (preverified txs, the chain's verified precommits) are not recovered
   * again: each certificate's signatures are checked once, here or ahead in the pipeline, and the
   * same precommits in the next block's last commit cost a lookup.
   */
  private async importBlock(
    blockBytes: Uint8Array,
    commitBytes: Uint8Array,
    syncToDisk: boolean,
    preverified?: Map<string, VerifiedTx>,
  ): Promise<void> {
    const chain = this.deps.chain;
    let blockHash: string;
    let headerRound: number;
    try {
      const block = decodeCanonical(poco.Block, blockBytes, 64 * 1024 * 1024);
      if (!block.header) throw new Error("block has no header");
      const header = headerFromMessage(block.header);
      blockHash = toHex(hashHeader(header));
      headerRound = header.round;
    } catch (err) {
      throw new SyncPeerError(`undecodable block: ${(err as Error).message}`);
    }
    // The certificate first: it costs at most one signature per validator, executing costs more.
    let commitRound: number;
    try {
      commitRound = verifyCommit(commitBytes, {
        chainId: chain.chainId,
        height: chain.head.height + 1,
        blockHash,
        validators: chain.validatorSet(),
        backend: this.deps.backend,
        verifiedVotes: chain.verifiedVotes,
      }).round;
    } catch (err) {
      if (err instanceof CommitError) throw new SyncPeerError(`${err.code}: ${err.message}`);
      throw err;
    }
    if (headerRound > commitRound) {
      throw new SyncPeerError(`block round ${headerRound} is after its commit's round ${commitRound}`);
    }
    const pending = chain.validateBlock(blockBytes, (b) => this.verifyTx(b, preverified));
    try {
      await chain.commitBlock(pending, commitBytes, { sync: syncToDisk });
    } catch (err) {
      this.running = false;
      this.deps.log.fatal({ err }, "commit failed; the node must restart from its store");
      this.deps.onFatal?.(err as Error);
      throw err;
    }
    this.lastCommitBytes = commitBytes;
    this.decision = undefined;
    this.deps.mempool.prune(pending.txs.map((t) => t.senderHex));
  }

  private enqueue(task: () => void | Promise<void>): void {
    this.queue = this.queue.then(task).catch((err: Error) => {
      this.deps.log.error({ err }, "consensus task failed");
    });
  }

  private after(ms: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.running) this.enqueue(task);
    }, ms);
    this.timers.add(timer);
  }

  private every(ms: number, task: () => void): void {
    const timer = setInterval(() => {
      if (this.running) task();
    }, ms);
    this.timers.add(timer);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncPeerUnavailableError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function txHashOfSigned(signedTxBytes: Uint8Array): Uint8Array {
  const signed = poco.SignedTx.decode(signedTxBytes);
  return txHash(signed.tx ?? new Uint8Array(0));
}
