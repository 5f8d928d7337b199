/**
 * A byzantine validator process built on the project's own modules, for the real-process e2e test and
 * the byzantine benchmark: `node --import tsx test/helpers/byzantinePeer.ts <config.json>`.
 *
 * It runs two libp2p hosts on 127.0.0.1:
 * - a "shell": a full PocoNode with the byzantine validator's key, which follows the chain and votes
 *   honestly (so the attacks know the exact height, round, validator set and blocks, as a real
 *   byzantine validator would);
 * - an "attacker": a bare P2PNetwork joined to the same gossip topics, with a fresh peer identity for
 *   every attack (identities are free: a peer the honest nodes disconnect comes back as a new one),
 *   which sends the attack's messages and answers status / blocks-by-range requests with lies.
 *
 * Control over stdin, one JSON object per line: {"attack": "<name>"} starts an attack (stopping the
 * previous one), {"attack": "none"} stops, {"cmd": "unjail"} sends an unjail transaction, {"cmd":
 * "exit"}. Stdout, one JSON object per line: {"event":"ready",...}, {"event":"stats",...} when an
 * attack stops, {"event":"unjail",...}.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { pino } from "pino";
import "../../node/polyfill.js";
import { signProposal } from "../../consensus/proposal.js";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import { loadGenesisFile } from "../../node/chain/genesis.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import { type KeyPair, readKeyFile } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { P2PNetwork } from "../../node/p2p/network.js";
import { generatePeerKey } from "../../node/p2p/peerIdentity.js";
import { GossipKind, gossipTopic, ReqRespKind, reqRespProtocol } from "../../node/p2p/topics.js";
import { PocoNode } from "../../node/pocoNode.js";
import { signTx } from "../../node/tx/signedTx.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";

export const ATTACKS = [
  "equivocate",
  "conflicting-proposals",
  "rewrap-flood",
  "far-future",
  "oversized",
  "lying-status",
  "mixed-commits",
  "duplicate-txs",
  /** Every attack that leaves the validator set unchanged, at once (the throughput benchmark). */
  "mix",
] as const;
export type AttackName = (typeof ATTACKS)[number];

export interface ByzantinePeerConfig {
  dataDir: string;
  genesisPath: string;
  keyPath: string;
  p2pPort: number;
  /** The honest validators' multiaddrs. */
  bootstrap: string[];
  blockTimeMs: number;
}

interface AttackStats {
  attack: string;
  /** Messages sent (gossip publications and lying answers). */
  sent: number;
  /** Distinct (height, round, type) the validator signed twice while in the set (each is an offence). */
  offences: string[];
  identities: number;
  /** Honest peers subscribed to the vote topic as the attacker saw them when it stopped. */
  votePeers?: number;
  /** Why ticks of an attack did nothing (e.g. "lagging", "notInSet"): a failed run says why. */
  skipped?: Record<string, number>;
}

const log = pino({ level: process.env.BYZ_LOG ?? "silent" });
const out = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(o)}\n`);

const MiB = 1024 * 1024;

class Byzantine {
  private attacker: P2PNetwork | undefined;
  private timers: NodeJS.Timeout[] = [];
  private captured: Uint8Array[] = [];
  private capturedTxs: Uint8Array[] = [];
  private stats: AttackStats = { attack: "none", sent: 0, offences: [], identities: 0 };
  private offences = new Set<string>();
  private proposed = new Set<string>();
  private readonly chainId: number;
  private readonly topics;
  private readonly protocols;
  private readonly self: string;
  private readonly stranger: KeyPair;
  /** What the status and blocks-by-range handlers answer now. */
  private lie: "none" | "hang" | "mixed" = "none";
  private generation = 0;
  private seenHeight = 0;
  private seenRound = 0;

  constructor(
    private readonly shell: PocoNode,
    private readonly key: KeyPair,
    private readonly config: ByzantinePeerConfig,
    stranger: KeyPair,
  ) {
    this.chainId = shell.chain.chainId;
    this.self = toHex(key.address);
    this.stranger = stranger;
    this.topics = {
      tx: gossipTopic(this.chainId, GossipKind.TX),
      proposal: gossipTopic(this.chainId, GossipKind.PROPOSAL),
      vote: gossipTopic(this.chainId, GossipKind.VOTE),
    };
    this.protocols = {
      status: reqRespProtocol(this.chainId, ReqRespKind.STATUS),
      blocks: reqRespProtocol(this.chainId, ReqRespKind.BLOCKS_BY_RANGE),
    };
  }

  /** A new attacker host with a fresh identity (the previous one, if any, is stopped). */
  private async newIdentity(): Promise<void> {
    const previous = this.attacker;
    this.attacker = undefined;
    await previous?.stop().catch(() => {});
    const net = new P2PNetwork({
      chainId: this.chainId,
      listenPort: 0,
      bootstrap: this.config.bootstrap,
      privateKey: await generatePeerKey(),
      logger: log,
      // Our own size limits must not stop us from sending oversized messages.
      gossipMaxBytes: {
        [GossipKind.VOTE]: 2 * MiB,
        [GossipKind.TX]: 2 * MiB,
        [GossipKind.PROPOSAL]: 12 * MiB,
      },
    });
    const capture = (data: Uint8Array) => {
      if (this.captured.length >= 64) this.captured.shift();
      this.captured.push(data);
      this.noteHeight(data);
      return "ignore" as const;
    };
    net.subscribe(this.topics.proposal, capture, () => {});
    net.subscribe(this.topics.vote, capture, () => {});
    net.subscribe(
      this.topics.tx,
      (data) => {
        if (this.capturedTxs.length >= 16) this.capturedTxs.shift();
        this.capturedTxs.push(data);
        return "ignore";
      },
      () => {},
    );
    await net.handle(this.protocols.status, async () => this.status());
    await net.handle(this.protocols.blocks, async (request) => this.blocksByRange(request));
    await net.start();
    this.attacker = net;
    this.stats.identities++;
  }

  private status(): Uint8Array {
    const head = this.shell.chain.head;
    const claim =
      this.lie === "hang" ? head.height + 1_000 : this.lie === "mixed" ? head.height + 1 : head.height;
    if (this.lie !== "none") this.stats.sent++;
    return encode(poco.StatusResponse, {
      chainId: this.chainId,
      genesisHash: this.shell.chain.genesisHash,
      height: claim,
      headHash: head.hash,
    });
  }

  /** Lies: hang until the requester gives up, or real blocks with mixed-round commits. */
  private async blocksByRange(request: Uint8Array): Promise<Uint8Array> {
    const req = decodeCanonical(poco.BlocksByRangeRequest, request);
    const start = u64ToNumber(req.startHeight as never, "startHeight");
    if (this.lie === "hang") {
      this.stats.sent++;
      await new Promise((r) => setTimeout(r, 30_000));
    }
    const blocks: Uint8Array[] = [];
    const commits: poco.ICommit[] = [];
    const db = this.shell.chain.db;
    for (let h = Math.max(1, start); h < start + Math.min(req.count, 20); h++) {
      const block = await db.getBlock(h);
      const commitBytes = await db.getCommit(h);
      if (!block || !commitBytes) break;
      blocks.push(block);
      commits.push(this.lie === "mixed" ? this.mixedRound(commitBytes) : poco.Commit.decode(commitBytes));
    }
    if (this.lie === "mixed") this.stats.sent++;
    return encode(poco.BlocksByRangeResponse, { blocks, commits });
  }

  /**
   * The real block's honest precommits of its round minus one (not a quorum alone), plus our own
   * precommit of the next round for the same block: a quorum only if rounds may be mixed.
   */
  private mixedRound(commitBytes: Uint8Array): poco.ICommit {
    const commit = decodeCanonical(poco.Commit, commitBytes);
    const round = commit.round;
    const honest = commit.precommits.filter(
      (p) => toHex(decodeCanonical(poco.Vote, p.vote!).validator) !== this.self,
    );
    const ours = signVote(
      {
        chainId: this.chainId,
        type: "precommit",
        height: u64ToNumber(commit.height as never, "height"),
        round: round + 1,
        blockHash: commit.blockHash,
        timeMs: Date.now(),
        validator: this.key.address,
      },
      this.key.privateKey,
      defaultBackend,
    );
    return poco.Commit.decode(
      encodeCommit(u64ToNumber(commit.height as never, "height"), round + 1, commit.blockHash, [
        ...honest.slice(0, Math.max(1, honest.length - 1)),
        ours,
      ]),
    );
  }

  private publish(topic: string, data: Uint8Array): void {
    void this.publishCounted(topic, data);
  }

  /** Counts a tick of the attack that did nothing, by reason. */
  private noteIdleTick(reason: string): void {
    const skipped = this.stats.skipped ?? {};
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    this.stats.skipped = skipped;
  }

  /** Publishes; resolves to the number of peers it reached (0 on any failure). */
  private async publishCounted(topic: string, data: Uint8Array): Promise<number> {
    const net = this.attacker;
    if (!net) return 0;
    this.stats.sent++;
    return net.publish(topic, data).catch(() => 0);
  }

  /** The highest height seen in honest votes (our shell may lag a little behind the others). */
  private noteHeight(data: Uint8Array): void {
    try {
      const msg = poco.ConsensusMessage.decode(data);
      if (!msg.vote?.vote) return;
      const vote = poco.Vote.decode(msg.vote.vote);
      const height = u64ToNumber(vote.height as never, "height");
      if (height > this.seenHeight) {
        this.seenHeight = height;
        this.seenRound = vote.round;
      } else if (height === this.seenHeight && vote.round > this.seenRound) this.seenRound = vote.round;
    } catch {
      // not ours to judge
    }
  }

  /** The height and round being decided now, as far as we can tell. */
  private current(): { height: number; round: number } {
    const consensus = this.shell.consensus!;
    if (this.seenHeight > consensus.height) return { height: this.seenHeight, round: this.seenRound };
    return { height: consensus.height, round: consensus.round };
  }

  private inSet(): boolean {
    return this.shell.chain.validatorSet().has(this.self);
  }

  private vote(
    type: "prevote" | "precommit",
    height: number,
    round: number,
    hash: Uint8Array,
    key = this.key,
  ) {
    return signVote(
      {
        chainId: this.chainId,
        type,
        height,
        round,
        blockHash: hash,
        timeMs: Date.now(),
        validator: key.address,
      },
      key.privateKey,
      defaultBackend,
    );
  }

  private every(ms: number, tick: () => void | Promise<void>): void {
    const generation = this.generation;
    const timer = setInterval(() => {
      if (generation !== this.generation) return;
      void Promise.resolve()
        .then(tick)
        .catch((err: Error) => log.warn({ err: err.message }, "attack tick failed"));
    }, ms);
    this.timers.push(timer);
  }

  /** Two conflicting prevotes and precommits for the current (height, round), twice a second or more. */
  private equivocate(): void {
    this.every(100, () => {
      const { height, round } = this.current();
      const inSet = this.inSet();
      for (const type of ["prevote", "precommit"] as const) {
        for (let i = 0; i < 2; i++) {
          const vote = this.vote(type, height, round, randomBytes(32));
          this.publish(this.topics.vote, encode(poco.ConsensusMessage, { vote }));
        }
        if (inSet) this.offences.add(`${height}/${round}/${type}`);
      }
    });
  }

  /**
   * For every round of the current height that we propose (within the receivers' window): 3 blocks.
   * An offence counts only once a block reached a peer: a fresh attacker identity may have no
   * subscribed peer yet, and a publish to nobody is no offence (the slot is tried again next tick).
   */
  private conflictingProposals(): void {
    this.every(100, async () => {
      const chain = this.shell.chain;
      const height = chain.head.height + 1;
      if (!this.inSet()) return this.noteIdleTick("notInSet");
      // Our shell lags: the others have decided this height, so a block for it is only late.
      if (this.seenHeight > height) return this.noteIdleTick("lagging");
      const set = chain.validatorSet();
      // The rounds the honest nodes may be in: our shell's round can be ahead of theirs (it timed
      // out alone) or behind; the honest votes of this height tell theirs. At most 8 rounds.
      const ours = this.shell.consensus!.round;
      const theirs = this.seenHeight === height ? this.seenRound : ours;
      const first = Math.min(ours, theirs);
      const last = Math.min(first + 7, Math.max(ours, theirs) + 3);
      const lastCommit = height > 1 ? await chain.db.getCommit(height - 1) : undefined;
      for (let round = first; round <= last; round++) {
        const slot = `${height}/${round}`;
        if (this.proposed.has(slot) || set.proposer(round) !== this.self) continue;
        if (chain.head.height + 1 !== height) return;
        this.proposed.add(slot);
        const sends: Promise<number>[] = [];
        for (let i = 0; i < 3; i++) {
          const block = chain.buildBlock([], Date.now() + i, this.key.address, round, lastCommit);
          const proposal = signProposal(
            {
              chainId: this.chainId,
              height,
              round,
              polRound: -1,
              blockHash: block.hash,
              proposer: this.key.address,
            },
            this.key.privateKey,
            defaultBackend,
          );
          sends.push(
            this.publishCounted(
              this.topics.proposal,
              encode(poco.ConsensusMessage, { proposal, block: block.blockBytes }),
            ),
          );
        }
        const reached = await Promise.all(sends);
        if (reached.some((n) => n > 0)) this.offences.add(`${height}/${round}/proposal`);
        else {
          this.noteIdleTick("reachedNobody");
          this.proposed.delete(slot);
        }
      }
    });
  }

  /** Captured honest proposals and votes sent again in new wrappers (random `resend`), 5 copies each. */
  private rewrapFlood(): void {
    this.every(25, () => {
      for (const bytes of this.captured.slice(-4)) {
        let msg: poco.ConsensusMessage;
        try {
          msg = decodeCanonical(poco.ConsensusMessage, bytes, 16 * MiB);
        } catch {
          continue;
        }
        const topic = msg.proposal ? this.topics.proposal : this.topics.vote;
        for (let i = 0; i < 5; i++) {
          msg.resend = Math.floor(Math.random() * 1e9) + 1;
          this.publish(topic, encode(poco.ConsensusMessage, msg));
        }
      }
    });
  }

  /** Far-future votes and proposals (as the validator and as a stranger), and crafted huge rounds. */
  private farFuture(): void {
    this.every(20, () => {
      const { height } = this.current();
      const hash = randomBytes(32);
      const votes = [
        this.vote("prevote", height + 1_000, 0, hash),
        this.vote("precommit", height + 3, 0, hash),
        this.vote("prevote", height + 1_000, 0, hash, this.stranger),
        this.vote("prevote", height, 1_000_000, hash),
      ];
      for (const vote of votes) this.publish(this.topics.vote, encode(poco.ConsensusMessage, { vote }));
      for (const [h, round] of [
        [height + 1_000, 0],
        [height, 999_999],
        [height, 7],
      ] as const) {
        const proposal = signProposal(
          {
            chainId: this.chainId,
            height: h,
            round,
            polRound: -1,
            blockHash: hash,
            proposer: this.key.address,
          },
          this.key.privateKey,
          defaultBackend,
        );
        this.publish(
          this.topics.proposal,
          encode(poco.ConsensusMessage, { proposal, block: randomBytes(64) }),
        );
      }
    });
  }

  /** Messages over each topic's size limit: votes and tx batches often, a proposal every 2 s. */
  private oversized(): void {
    this.every(50, () => {
      this.publish(this.topics.vote, randomBytes(8 * 1024));
      this.publish(this.topics.tx, randomBytes(200 * 1024));
    });
    this.every(2_000, () => this.publish(this.topics.proposal, randomBytes(Math.floor(10.2 * MiB))));
  }

  /** Batches of transactions already gossiped (and mostly committed since): known or stale everywhere. */
  private duplicateTxs(): void {
    this.every(20, () => {
      for (const batch of this.capturedTxs.slice(-4)) this.publish(this.topics.tx, batch);
    });
  }

  /** A lying status and blocks-by-range answers; a new identity every 6 s (the old one gets banned). */
  private lying(kind: "hang" | "mixed"): void {
    this.lie = kind;
    this.every(6_000, () => this.newIdentity());
  }

  async start(attack: AttackName | "none"): Promise<void> {
    await this.stop();
    if (attack === "none") return;
    this.stats = { attack, sent: 0, offences: [], identities: 0 };
    this.offences = new Set();
    await this.newIdentity();
    switch (attack) {
      case "equivocate":
        return this.equivocate();
      case "conflicting-proposals":
        return this.conflictingProposals();
      case "rewrap-flood":
        return this.rewrapFlood();
      case "far-future":
        return this.farFuture();
      case "oversized":
        return this.oversized();
      case "lying-status":
        return this.lying("hang");
      case "mixed-commits":
        return this.lying("mixed");
      case "duplicate-txs":
        return this.duplicateTxs();
      case "mix":
        this.rewrapFlood();
        this.farFuture();
        this.duplicateTxs();
        this.every(200, () => this.publish(this.topics.vote, randomBytes(8 * 1024)));
        return this.lying("hang");
    }
  }

  async stop(): Promise<AttackStats | undefined> {
    this.generation++;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.lie = "none";
    const net = this.attacker;
    this.stats.votePeers = net?.topicPeers(this.topics.vote).length ?? 0;
    this.attacker = undefined;
    await net?.stop().catch(() => {});
    if (this.stats.attack === "none") return undefined;
    const stats = { ...this.stats, offences: [...this.offences] };
    this.stats = { attack: "none", sent: 0, offences: [], identities: 0 };
    return stats;
  }

  /** Sends an unjail transaction through the shell (admitted locally, gossiped to the others). */
  async unjail(): Promise<string> {
    const nonce = this.shell.mempool.nextNonce(this.self);
    const tx = signTx({ chainId: this.chainId, nonce, unjail: {} }, this.key.privateKey, defaultBackend);
    try {
      return `accepted ${(await new ApiClient(this.shell.apiUrl).submitTx(tx.bytes)).hash}`;
    } catch (err) {
      return `refused: ${(err as Error).message}`;
    }
  }
}

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as ByzantinePeerConfig;
  const genesis = loadGenesisFile(config.genesisPath);
  const key = await readKeyFile(config.keyPath);
  const shell = await PocoNode.start({
    dataDir: config.dataDir,
    genesis,
    validatorKey: key,
    api: { host: "127.0.0.1", port: 0 },
    p2p: { port: config.p2pPort, bootstrap: config.bootstrap },
    consensus: { blockTimeMs: config.blockTimeMs },
    logger: log,
  });
  const stranger = await readKeyFile(config.keyPath.replace(/\.json$/, "-stranger.json")).catch(() => key);
  const byz = new Byzantine(shell, key, config, stranger);
  out({ event: "ready", api: shell.apiUrl, peerId: shell.network!.peerId });
  const lines = createInterface({ input: process.stdin });
  let work = Promise.resolve();
  lines.on("line", (line) => {
    work = work.then(async () => {
      const cmd = JSON.parse(line) as { attack?: AttackName | "none"; cmd?: string };
      if (cmd.attack) {
        const stats = await byz.stop();
        if (stats) out({ event: "stats", ...stats });
        await byz.start(cmd.attack);
        out({ event: "started", attack: cmd.attack });
      } else if (cmd.cmd === "unjail") {
        out({ event: "unjail", result: await byz.unjail() });
      } else if (cmd.cmd === "exit") {
        await byz.stop();
        await shell.stop();
        process.exit(0);
      }
    });
  });
  lines.on("close", () => {
    void byz.stop().then(() => shell.stop().then(() => process.exit(0)));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
