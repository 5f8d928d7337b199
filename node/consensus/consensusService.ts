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
import { signProposal, verifySignedProposal } from "../../consensus/proposal.js";
import { type Effect, type SafetyState, Tendermint, type TimeoutConfig } from "../../consensus/tendermint.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";
import { encodeCommit, signVote, type VerifiedVote, verifySignedVote } from "../../consensus/vote.js";
import { bytesEqual, decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";
import type { Chain, PendingBlock } from "../chain/chain.js";
import { fromHex, toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { Mempool } from "../mempool/mempool.js";
import { StateKeys } from "../state/stateKeys.js";
import { decodeAndVerifyTx, signTx, txHash, type VerifiedTx } from "../tx/signedTx.js";
import { DoubleSignError, type PrivValidator } from "./privValidator.js";

export type Verdict = "accept" | "ignore" | "reject";

/** What consensus needs from the network (implemented over libp2p, or in memory in tests). */
export interface ConsensusTransport {
  broadcast(message: Uint8Array): void;
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
};

interface Deps {
  chain: Chain;
  mempool: Mempool;
  /** The validator key; without it the node follows consensus (decides and commits) but never signs. */
  key?: KeyPair;
  backend: SignatureBackend;
  privval: PrivValidator;
  transport: ConsensusTransport;
  log: Logger;
  options: ConsensusOptions;
  now?: () => number;
  onFatal?: (err: Error) => void;
}

type SignedVoteMsg = poco.ISignedVote;

/** Reads the validator set that votes on the block after the chain's head. */
export function validatorSetOf(chain: Chain): ValidatorSet {
  const bytes = chain.state.get(StateKeys.meta("validators"));
  if (!bytes) throw new Error("state has no validator set");
  const set = decodeCanonical(poco.ValidatorSet, bytes);
  return new ValidatorSet(
    set.validators.map((v) => ({
      address: toHex(v.address!),
      power: u64ToNumber(v.power as never, "power"),
    })),
  );
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
  /** Own signed messages of the current height, re-sent while the height is stuck. */
  private own: poco.IConsensusMessage[] = [];
  private resend = 0;
  private lastCommitBytes: Uint8Array | undefined;
  private evidenceSeen = new Set<string>();
  private syncing = false;
  private heightStartedAt = 0;
  private readonly now: () => number;

  constructor(private readonly deps: Deps) {
    this.self = deps.key ? toHex(deps.key.address) : "";
    this.engine = new Tendermint<SignedVoteMsg>(this.self, validatorSetOf(deps.chain), deps.options.timeouts);
    this.now = deps.now ?? Date.now;
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
   * Gossip validation of a consensus message: decode, signature, membership and height window.
   * Accepted messages are queued for the engine; invalid ones are rejected (the sender's score drops).
   */
  receive(bytes: Uint8Array): Verdict {
    let msg: poco.ConsensusMessage;
    try {
      msg = decodeCanonical(poco.ConsensusMessage, bytes, 64 * 1024 * 1024);
    } catch {
      return "reject";
    }
    try {
      if (msg.vote) return this.receiveVote(msg.vote);
      if (msg.proposal) return this.receiveProposal(msg.proposal);
      return "reject";
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "consensus message rejected");
      return "reject";
    }
  }

  private receiveVote(signed: SignedVoteMsg): Verdict {
    const vote = verifySignedVote(signed, this.deps.chain.chainId, this.deps.backend);
    if (vote.height < this.engine.height) return "ignore";
    if (vote.height > this.engine.height) {
      void this.checkBehind();
      return "ignore";
    }
    if (!this.engine.validatorSet.has(vote.validatorHex)) return "reject";
    this.enqueue(() => this.run(this.engine.onVote(this.voteEvent(vote, signed))));
    return "accept";
  }

  private receiveProposal(signed: poco.ISignedProposal): Verdict {
    const p = verifySignedProposal(signed, this.deps.backend);
    if (p.height < this.engine.height) return "ignore";
    if (p.height > this.engine.height) {
      void this.checkBehind();
      return "ignore";
    }
    if (this.engine.proposerOf(p.round) !== p.proposerHex) return "reject";
    this.enqueue(() => this.handleProposal(p));
    return "accept";
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

  private handleProposal(p: ReturnType<typeof verifySignedProposal>): void {
    if (p.height !== this.engine.height) return;
    let hashHex: string;
    let valid = false;
    try {
      const pending = this.deps.chain.validateBlock(
        p.block,
        (bytes) => this.verifyTx(bytes),
        this.now() + this.deps.options.maxClockDriftMs,
      );
      hashHex = toHex(pending.hash);
      this.blocks.set(hashHex, pending);
      valid = true;
    } catch (err) {
      // Still counted as the round's proposal (so we prevote nil), under a hash of its bytes.
      hashHex = `invalid:${toHex(p.block.slice(0, 32))}:${p.block.length}`;
      this.invalidBlocks.add(hashHex);
      this.deps.log.warn(
        { height: p.height, round: p.round, err: (err as Error).message },
        "invalid proposal",
      );
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

  /** Transactions in blocks we have already verified at admission are not verified again. */
  private verifyTx(bytes: Uint8Array): VerifiedTx {
    const known = this.deps.mempool.get(toHex(txHashOfSigned(bytes)));
    if (known && bytesEqual(known.bytes, bytes)) return known;
    return decodeAndVerifyTx(bytes, this.deps.chain.chainId, this.deps.backend);
  }

  private enterHeight(height: number): void {
    if (!this.running || height !== this.deps.chain.head.height + 1) return;
    this.blocks = new Map();
    this.invalidBlocks = new Set();
    this.own = [];
    this.heightStartedAt = this.now();
    const saved = this.deps.privval.safetyState;
    this.run(this.engine.startHeight(height, validatorSetOf(this.deps.chain), saved ?? undefined));
  }

  private run(effects: Effect<SignedVoteMsg>[]): void {
    for (const effect of effects) {
      if (!this.running) return;
      switch (effect.kind) {
        case "propose":
          if (this.deps.key)
            this.propose(this.deps.key, effect.height, effect.round, effect.polRound, effect.blockHash);
          break;
        case "vote":
          if (this.deps.key)
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
      const txs = this.deps.mempool.reap(this.deps.options.maxBlockTxs, this.deps.options.maxBlockBytes);
      pending = chain.buildBlock(txs, this.now(), key.address, round, this.lastCommitBytes);
      this.blocks.set(toHex(pending.hash), pending);
    }
    const hashHex = toHex(pending.hash);
    let message: Uint8Array;
    try {
      message = this.deps.privval.signOnce(
        { height, round, step: "proposal", contentKey: hashHex },
        this.safety(),
        () =>
          encode(poco.ConsensusMessage, {
            proposal: signProposal(
              { height, round, polRound, block: pending!.blockBytes, proposer: key.address },
              key.privateKey,
              this.deps.backend,
            ),
          }),
      );
    } catch (err) {
      if (!(err instanceof DoubleSignError)) throw err;
      this.deps.log.warn({ err: err.message }, "not proposing");
      return;
    }
    this.send(message);
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
                blockHash:
                  blockHash && !blockHash.startsWith("invalid:") ? fromHex(blockHash, 32) : new Uint8Array(0),
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
    this.send(message);
    const signed = decodeCanonical(poco.ConsensusMessage, message).vote!;
    const verified = verifySignedVote(signed, this.deps.chain.chainId, this.deps.backend);
    this.run(this.engine.onVote(this.voteEvent(verified, signed)));
  }

  private send(message: Uint8Array): void {
    this.own.push(decodeCanonical(poco.ConsensusMessage, message, 64 * 1024 * 1024));
    this.deps.transport.broadcast(message);
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
      // Decided by the others on a block we could not validate: fetch it through sync.
      this.deps.log.warn({ height, blockHash }, "decided block unknown locally; syncing");
      await this.syncFromPeers();
      return;
    }
    const commitBytes = encodeCommit(height, round, pending.hash, precommits);
    try {
      await this.deps.chain.commitBlock(pending, commitBytes);
    } catch (err) {
      this.running = false;
      this.deps.log.fatal({ err }, "commit failed; the node must restart from its store");
      this.deps.onFatal?.(err as Error);
      return;
    }
    this.lastCommitBytes = commitBytes;
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
    // Pace blocks: the next height starts one block time after this block's time.
    const wait = Math.max(0, pending.header.timeMs + this.deps.options.blockTimeMs - this.now());
    this.after(wait, () => this.enterHeight(height + 1));
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
    if (!this.deps.key) return;
    try {
      const nonce = this.deps.mempool.nextNonce(this.self);
      const tx = signTx(
        { chainId: this.deps.chain.chainId, nonce, evidence: { voteA: first, voteB: second } },
        this.deps.key.privateKey,
        this.deps.backend,
      );
      this.deps.mempool.add(decodeAndVerifyTx(tx.bytes, this.deps.chain.chainId, this.deps.backend));
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
      this.deps.transport.broadcast(encode(poco.ConsensusMessage, { ...m, resend: this.resend }));
    }
  }

  private async checkBehind(): Promise<void> {
    if (!this.running || this.syncing) return;
    try {
      const heights = await this.deps.transport.peerHeights();
      const best = heights.reduce((a, b) => (b.height > a.height ? b : a), { peer: "", height: 0 });
      if (best.height > this.deps.chain.head.height) await this.syncFromPeers();
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "status poll failed");
    }
  }

  /** Fetches and commits blocks the network has finalized past our head, checking every commit. */
  async syncFromPeers(): Promise<number> {
    if (this.syncing) return 0;
    this.syncing = true;
    let synced = 0;
    try {
      for (;;) {
        const heights = await this.deps.transport.peerHeights();
        const best = heights.reduce((a, b) => (b.height > a.height ? b : a), { peer: "", height: 0 });
        const chain = this.deps.chain;
        if (best.height <= chain.head.height) break;
        const start = chain.head.height + 1;
        const count = Math.min(this.deps.options.syncBatch, best.height - chain.head.height);
        const { blocks, commits } = await this.deps.transport.blocksByRange(best.peer, start, count);
        if (blocks.length === 0) break;
        await new Promise<void>((resolve, reject) => {
          this.enqueue(async () => {
            try {
              for (let i = 0; i < blocks.length; i++) {
                if (chain.head.height !== start + i - 1) continue;
                await this.importBlock(blocks[i]!, commits[i]!, i === blocks.length - 1);
                synced++;
              }
              resolve();
            } catch (err) {
              reject(err);
            }
          });
        });
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

  /** Verifies a finalized block's commit (> 2/3 of the power precommitted its hash) and commits it. */
  private async importBlock(
    blockBytes: Uint8Array,
    commitBytes: Uint8Array,
    syncToDisk: boolean,
  ): Promise<void> {
    const chain = this.deps.chain;
    const pending = chain.validateBlock(blockBytes, (b) => this.verifyTx(b));
    const commit = decodeCanonical(poco.Commit, commitBytes);
    if (
      u64ToNumber(commit.height as never, "height") !== pending.header.height ||
      toHex(commit.blockHash) !== toHex(pending.hash)
    ) {
      throw new Error(`commit does not match block ${pending.header.height}`);
    }
    const set = validatorSetOf(chain);
    const signers = new Set<string>();
    let power = 0;
    for (const signed of commit.precommits) {
      const v = verifySignedVote(signed, chain.chainId, this.deps.backend);
      if (
        v.type !== "precommit" ||
        v.height !== pending.header.height ||
        toHex(v.blockHash) !== toHex(pending.hash)
      ) {
        throw new Error("commit holds a vote for something else");
      }
      if (signers.has(v.validatorHex)) continue;
      signers.add(v.validatorHex);
      power += set.power(v.validatorHex);
    }
    if (!set.isQuorum(power)) throw new Error(`commit of block ${pending.header.height} lacks a quorum`);
    await chain.commitBlock(pending, commitBytes, { sync: syncToDisk });
    this.lastCommitBytes = commitBytes;
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

function txHashOfSigned(signedTxBytes: Uint8Array): Uint8Array {
  const signed = poco.SignedTx.decode(signedTxBytes);
  return txHash(signed.tx ?? new Uint8Array(0));
}
