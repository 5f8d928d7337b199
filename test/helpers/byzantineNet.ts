/**
 * A byzantine test network: honest validators (real ConsensusService, Chain, state machine, ChainDb
 * over an in-memory store, PrivValidator) on an in-memory network whose delivery is driven by a seeded
 * generator — delays (hence reordering), drops, duplicates and a partition that heals — plus one
 * byzantine validator that equivocates, re-wraps and floods captured proposals, sends far-future votes
 * (as itself and as a stranger), lies about its height and answers block requests with mixed-round
 * commits or not at all.
 *
 * Time is virtual (test/helpers/virtualClock.ts) and signatures are real but memoized
 * (cachingBackend.ts), so a seed costs only its CPU work and replays identically.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import type { Tendermint } from "../../consensus/tendermint.js";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import { Chain } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import {
  type ConsensusOptions,
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
} from "../../node/consensus/consensusService.js";
import { PrivValidator } from "../../node/consensus/privValidator.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import type { SignatureBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { readRecord } from "../../node/execution/validatorModule.js";
import { Mempool } from "../../node/mempool/mempool.js";
import type { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testGenesis, testKey } from "./fixtures.js";
import { memoryChainDb } from "./memoryChainDb.js";
import { answerBlockTxsInMemory } from "./memoryTransport.js";
import type { VirtualClock } from "./virtualClock.js";

/** mulberry32: a small seeded generator (tests only). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HonestNode {
  id: string;
  /** Undefined for the follower (it verifies and commits, never signs). */
  key?: KeyPair;
  chain: Chain;
  db: ChainDb;
  mempool: Mempool;
  service: ConsensusService;
}

export interface ByzantineNetOptions {
  seed: number;
  dir: string;
  /** Delivery: drop and duplicate probabilities, maximum delay (ms). */
  drop: number;
  duplicate: number;
  maxDelayMs: number;
  /** Honest node `partitioned` is cut from the others until this many ms after start. */
  partitionMs: number;
  partitioned: number;
  /** Period of the byzantine validator's attack. */
  attackEveryMs: number;
  /**
   * Test of the harness itself: honest mempools silently refuse evidence transactions, so that
   * equivocations are seen but never slashed (the accountability invariant must then fail).
   */
  loseEvidence?: boolean;
  clock: VirtualClock;
  backend: SignatureBackend;
}

/** One equivocation: the byzantine validator signed two different votes of one (height, round, type). */
export interface Offence {
  height: number;
  round: number;
  type: "prevote" | "precommit";
}

const offenceKey = (o: Offence) => `${o.height}:${o.round}:${o.type}`;

export class ByzantineNet {
  /** The honest validators h0..h2. */
  readonly honest: HonestNode[] = [];
  /** Every honest node: the validators and a follower f0 (no key) that must agree with them. */
  readonly nodes: HonestNode[] = [];
  readonly keys = [0, 1, 2, 3].map((i) => testKey(i));
  readonly byzantine = this.keys[3]!;
  readonly stranger = testKey(7);
  private readonly genesisTimeMs = this.genesis().genesisTimeMs;
  readonly penalized: string[] = [];
  readonly penaltyReasons: string[] = [];
  /**
   * Equivocations some honest engine took in as input (both votes, at its current undecided height):
   * each must become evidence and be slashed exactly once. "height:round:type" → node → block hashes.
   */
  readonly witnessed = new Map<string, Map<string, Set<string>>>();
  private readonly random: () => number;
  private readonly timers = new Set<{ cancel: () => void }>();
  private captured: Uint8Array[] = [];
  private healed = false;
  private stopped = false;

  constructor(private readonly opts: ByzantineNetOptions) {
    this.random = seeded(opts.seed);
  }

  genesis(): Genesis {
    const g = testGenesis(this.keys[0]!, [testKey(10)], 100n * RLC);
    g.validators = this.keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    return g;
  }

  async start(): Promise<void> {
    const options: ConsensusOptions = {
      ...DEFAULT_CONSENSUS_OPTIONS,
      blockTimeMs: 50,
      timeouts: { proposeMs: 300, proposeDeltaMs: 100, voteMs: 150, voteDeltaMs: 50 },
      rebroadcastMs: 300,
      statusPollMs: 250,
      syncRequestTimeoutMs: 300,
    };
    for (let i = 0; i < 4; i++) {
      const id = i < 3 ? `h${i}` : "f0";
      const db = memoryChainDb(id);
      const backend = this.opts.backend;
      const chain = await Chain.open(db, this.genesis(), createStateMachine(TEST_CHAIN_ID, backend), backend);
      const mempool = new Mempool(chain.state, {}, { now: this.opts.clock.now });
      if (this.opts.loseEvidence) {
        const add = mempool.add.bind(mempool);
        mempool.add = (tx, options) => {
          if (!tx.tx.evidence) add(tx, options);
        };
      }
      const node = { id, key: i < 3 ? this.keys[i]! : undefined, chain, db, mempool } as HonestNode;
      node.service = new ConsensusService({
        chain,
        mempool,
        key: node.key,
        backend,
        privval: new PrivValidator(join(this.opts.dir, `seed${this.opts.seed}-${id}-privval.json`)),
        transport: this.transport(node),
        log: pino({ level: process.env.TEST_LOG ?? "silent" }),
        options,
        now: this.opts.clock.now,
      });
      this.nodes.push(node);
      if (!node.key) continue;
      // The follower never submits evidence: only what validators saw must become evidence.
      this.watchEquivocations(node);
      this.honest.push(node);
    }
    this.later(this.opts.partitionMs, () => {
      this.healed = true;
    });
    for (const n of this.nodes) await n.service.start();
    this.attackLoop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    for (const n of this.nodes) await n.service.stop();
    for (const n of this.nodes) await n.db.close();
    for (const n of this.nodes)
      rmSync(join(this.opts.dir, `seed${this.opts.seed}-${n.id}-privval.json`), { force: true });
  }

  get isHealed(): boolean {
    return this.healed;
  }

  private later(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const clock = this.opts.clock;
    const entry = { cancel: () => clock.cancel(handle) };
    const handle = clock.schedule(ms, () => {
      this.timers.delete(entry);
      if (!this.stopped) fn();
    });
    this.timers.add(entry);
  }

  private connected(a: string, b: string): boolean {
    const cut = `h${this.opts.partitioned}`;
    return this.healed || (a !== cut && b !== cut);
  }

  /**
   * Records the byzantine votes each honest engine takes in while it is deciding their height (a
   * test-only look at the service's engine input; the engine itself is not changed). Two different
   * votes reaching two different nodes are no proof anyone holds: only one node's pair counts.
   */
  private watchEquivocations(node: HonestNode): void {
    const engine = (node.service as unknown as { engine: Tendermint<poco.ISignedVote> }).engine;
    const onVote = engine.onVote.bind(engine);
    const byz = toHex(this.byzantine.address);
    engine.onVote = (v) => {
      if (
        v.validator === byz &&
        !engine.decided &&
        v.height === engine.height &&
        engine.roundAcceptable(v.round)
      ) {
        const key = offenceKey(v);
        const hashes = this.witnessed.get(key) ?? new Map<string, Set<string>>();
        const mine = hashes.get(node.id) ?? new Set<string>();
        mine.add(v.blockHash);
        hashes.set(node.id, mine);
        this.witnessed.set(key, hashes);
      }
      return onVote(v);
    };
  }

  /** The equivocations an honest validator saw (two different votes of one height, round, type). */
  offences(): Offence[] {
    const out: Offence[] = [];
    for (const [key, byNode] of this.witnessed) {
      if (![...byNode.values()].some((hashes) => hashes.size >= 2)) continue;
      const [height, round, type] = key.split(":");
      out.push({ height: Number(height), round: Number(round), type: type as Offence["type"] });
    }
    return out;
  }

  /** Equivocations of the byzantine validator punished in `node`'s state, and how many slashes. */
  slashes(node: HonestNode): { punished: Offence[]; timesSlashed: number } {
    const byz = toHex(this.byzantine.address);
    const punished = this.offences().filter((o) =>
      node.chain.state.get(`evid:${byz.slice(2)}:${o.height}:${o.round}:${o.type}`),
    );
    return { punished, timesSlashed: readRecord(node.chain.state, byz).timesSlashed };
  }

  /** Adversarial delivery of one message to one node. */
  private deliver(from: string, to: HonestNode, message: Uint8Array): void {
    if (!this.connected(from, to.id) || this.random() < this.opts.drop) return;
    const copies = this.random() < this.opts.duplicate ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      this.later(Math.floor(this.random() * this.opts.maxDelayMs), () => to.service.receive(message));
    }
  }

  private transport(self: HonestNode): ConsensusTransport {
    return {
      broadcast: (message) => {
        const msg = poco.ConsensusMessage.decode(message);
        if (msg.proposal && this.captured.length < 50) this.captured.push(message);
        for (const n of this.nodes) if (n !== self) this.deliver(self.id, n, message);
      },
      publishTx: (bytes) => {
        for (const n of this.nodes) {
          if (n === self || !this.connected(self.id, n.id)) continue;
          try {
            n.mempool.add(decodeAndVerifyTx(bytes, TEST_CHAIN_ID, this.opts.backend), true);
          } catch {
            // known or stale
          }
        }
      },
      // Compact proposals (the default): a receiver missing txs asks its reachable peers.
      peers: () => this.nodes.filter((n) => n !== self && this.connected(self.id, n.id)).map((n) => n.id),
      blockTxs: async (peer, blockHash, request) => {
        const n = this.nodes.find((x) => x.id === peer);
        if (!n || !this.connected(self.id, n.id)) throw new Error(`no peer ${peer}`);
        return answerBlockTxsInMemory(n.service, blockHash, request);
      },
      peerHeights: async () => [
        ...this.nodes
          .filter((n) => n !== self && this.connected(self.id, n.id))
          .map((n) => ({ peer: n.id, height: n.chain.head.height })),
        // The byzantine peer always claims to be far ahead.
        { peer: "byz", height: self.chain.head.height + 1_000 },
      ],
      blocksByRange: async (peer, start, count) => {
        if (peer === "byz") return this.lyingRange(start);
        const n = this.nodes.find((x) => x.id === peer)!;
        const blocks: Uint8Array[] = [];
        const commits: Uint8Array[] = [];
        for (let h = start; h < start + count && h <= n.chain.head.height; h++) {
          blocks.push((await n.db.getBlock(h))!);
          commits.push((await n.db.getCommit(h))!);
        }
        return { blocks, commits };
      },
      penalize: (peer, reason) => {
        this.penalized.push(peer);
        this.penaltyReasons.push(`${self.id}→${peer}: ${reason}`);
      },
    };
  }

  /** The byzantine peer's answer: hang, or an honest block with a mixed-round "commit". */
  private async lyingRange(start: number): Promise<{ blocks: Uint8Array[]; commits: Uint8Array[] }> {
    const source = this.honest.find((n) => n.chain.head.height >= start);
    if (!source || this.random() < 0.5) return new Promise(() => {});
    const block = (await source.db.getBlock(start))!;
    const hash = decodeCanonical(poco.Commit, (await source.db.getCommit(start))!).blockHash;
    const precommits = [this.keys[0]!, this.keys[1]!, this.byzantine].map((k, i) =>
      this.vote(k, "precommit", start, i === 0 ? 0 : 1, hash),
    );
    return { blocks: [block], commits: [encodeCommit(start, 1, hash, precommits)] };
  }

  private vote(k: KeyPair, type: "prevote" | "precommit", height: number, round: number, hash: Uint8Array) {
    return signVote(
      {
        chainId: TEST_CHAIN_ID,
        type,
        height,
        round,
        blockHash: hash,
        // Fixed by (height, round): a re-sent offence is the same bytes (its signature is memoized).
        timeMs: this.genesisTimeMs + height * 1_000 + round,
        validator: k.address,
      },
      k.privateKey,
      this.opts.backend,
    );
  }

  /**
   * Every `attackEveryMs`: equivocate at the honest nodes' current height and round, re-wrap and flood
   * captured proposals, send far-future votes. Conflicting votes use a small alphabet of block hashes
   * and a time fixed by (height, round), so the same offence is re-sent as the same bytes (memoized
   * signatures) while each (height, round, type) still gets its own equivocation.
   */
  private attackLoop(): void {
    this.later(this.opts.attackEveryMs, () => {
      const height = Math.max(...this.honest.map((n) => n.service.height));
      const round = this.honest[1]!.service.round;
      const fill = Math.floor(this.random() * 4) + 1;
      for (const type of ["prevote", "precommit"] as const) {
        for (const f of [fill, (fill % 4) + 1]) {
          const vote = this.vote(this.byzantine, type, height, round, new Uint8Array(32).fill(f));
          const message = encode(poco.ConsensusMessage, { vote });
          for (const n of this.nodes) this.deliver("byz", n, message);
        }
      }
      for (const k of [this.byzantine, this.stranger]) {
        const far = encode(poco.ConsensusMessage, {
          vote: this.vote(k, "prevote", height + 50, 0, new Uint8Array(32).fill(fill)),
        });
        for (const n of this.nodes) this.deliver("byz", n, far);
      }
      for (const captured of this.captured.slice(-2)) {
        const msg = decodeCanonical(poco.ConsensusMessage, captured, 64 * 1024 * 1024);
        for (let i = 0; i < 2; i++) {
          msg.resend = Math.floor(this.random() * 1e9);
          const copy = encode(poco.ConsensusMessage, msg);
          for (const n of this.nodes) this.deliver("byz", n, copy);
        }
      }
      this.attackLoop();
    });
  }

  /**
   * The largest in-memory collection (Map, Set or array) held by each honest node's consensus service,
   * its engine and its mempool: a leak (e.g. one entry per attack message, kept across heights) shows
   * as a collection growing with the run instead of staying within a height's worth.
   */
  largestCollections(): { node: string; field: string; size: number }[] {
    const sizeOf = (v: unknown) =>
      v instanceof Map || v instanceof Set ? v.size : Array.isArray(v) ? v.length : undefined;
    return this.nodes.map((n) => {
      let largest = { node: n.id, field: "", size: 0 };
      const owners: [string, object][] = [
        ["service", n.service],
        ["engine", (n.service as unknown as { engine: object }).engine],
        ["mempool", n.mempool],
      ];
      for (const [owner, object] of owners) {
        for (const [field, value] of Object.entries(object)) {
          const size = sizeOf(value) ?? 0;
          if (size > largest.size) largest = { node: n.id, field: `${owner}.${field}`, size };
        }
      }
      return largest;
    });
  }

  /** Heights where two honest nodes (validators or the follower) finalized different blocks. */
  async forks(): Promise<number[]> {
    const top = Math.max(...this.nodes.map((n) => n.chain.head.height));
    const forks: number[] = [];
    for (let h = 1; h <= top; h++) {
      const hashes = new Set<string>();
      for (const n of this.nodes) {
        if (n.chain.head.height < h) continue;
        const commit = await n.db.getCommit(h);
        hashes.add(toHex(decodeCanonical(poco.Commit, commit!).blockHash));
      }
      if (hashes.size > 1) forks.push(h);
    }
    return forks;
  }
}
