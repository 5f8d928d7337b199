/**
 * A byzantine test network: honest validators (real ConsensusService, Chain, LevelDB) on an in-memory
 * network whose delivery is driven by a seeded generator — delays (hence reordering), drops,
 * duplicates and a partition that heals — plus one byzantine validator that equivocates, re-wraps and
 * floods captured proposals, sends far-future votes (as itself and as a stranger), lies about its
 * height and answers block requests with mixed-round commits or not at all.
 */
import { join } from "node:path";
import { pino } from "pino";
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
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testGenesis, testKey } from "./fixtures.js";

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
  key: KeyPair;
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
  /** Honest node 0 is cut from the others until this many ms after start. */
  partitionMs: number;
}

export class ByzantineNet {
  readonly honest: HonestNode[] = [];
  readonly keys = [0, 1, 2, 3].map((i) => testKey(i));
  readonly byzantine = this.keys[3]!;
  readonly stranger = testKey(7);
  readonly penalized: string[] = [];
  readonly penaltyReasons: string[] = [];
  private readonly random: () => number;
  private readonly timers = new Set<NodeJS.Timeout>();
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
    for (let i = 0; i < 3; i++) {
      const id = `h${i}`;
      const db = await ChainDb.open(join(this.opts.dir, id, "chain"));
      const chain = await Chain.open(db, this.genesis(), createStateMachine(TEST_CHAIN_ID));
      const mempool = new Mempool(chain.state);
      const node = { id, key: this.keys[i]!, chain, db, mempool } as HonestNode;
      node.service = new ConsensusService({
        chain,
        mempool,
        key: node.key,
        backend: defaultBackend,
        privval: new PrivValidator(join(this.opts.dir, id, "privval.json")),
        transport: this.transport(node),
        log: pino({ level: process.env.TEST_LOG ?? "silent" }),
        options,
      });
      this.honest.push(node);
    }
    this.later(this.opts.partitionMs, () => {
      this.healed = true;
    });
    for (const n of this.honest) await n.service.start();
    this.attackLoop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const n of this.honest) await n.service.stop();
    for (const n of this.honest) await n.db.close();
  }

  private later(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  private connected(a: string, b: string): boolean {
    return this.healed || (a !== "h0" && b !== "h0");
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
        for (const n of this.honest) if (n !== self) this.deliver(self.id, n, message);
      },
      publishTx: (bytes) => {
        for (const n of this.honest) {
          if (n === self || !this.connected(self.id, n.id)) continue;
          try {
            n.mempool.add(decodeAndVerifyTx(bytes, TEST_CHAIN_ID), true);
          } catch {
            // known or stale
          }
        }
      },
      peerHeights: async () => [
        ...this.honest
          .filter((n) => n !== self && this.connected(self.id, n.id))
          .map((n) => ({ peer: n.id, height: n.chain.head.height })),
        // The byzantine peer always claims to be far ahead.
        { peer: "byz", height: self.chain.head.height + 1_000 },
      ],
      blocksByRange: async (peer, start, count) => {
        if (peer === "byz") return this.lyingRange(start);
        const n = this.honest.find((x) => x.id === peer)!;
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
        timeMs: Date.now(),
        validator: k.address,
      },
      k.privateKey,
      defaultBackend,
    );
  }

  /** Every few ms: equivocate, re-wrap and flood proposals, send far-future votes. */
  private attackLoop(): void {
    this.later(40, () => {
      const height = Math.max(...this.honest.map((n) => n.service.height));
      const round = this.honest[1]!.service.round;
      const fill = Math.floor(this.random() * 255) + 1;
      for (const type of ["prevote", "precommit"] as const) {
        for (const f of [fill, (fill % 255) + 1]) {
          const vote = this.vote(this.byzantine, type, height, round, new Uint8Array(32).fill(f));
          const message = encode(poco.ConsensusMessage, { vote });
          for (const n of this.honest) this.deliver("byz", n, message);
        }
      }
      for (const k of [this.byzantine, this.stranger]) {
        const far = encode(poco.ConsensusMessage, {
          vote: this.vote(k, "prevote", height + 50, 0, new Uint8Array(32).fill(fill)),
        });
        for (const n of this.honest) this.deliver("byz", n, far);
      }
      for (const captured of this.captured.slice(-3)) {
        const msg = decodeCanonical(poco.ConsensusMessage, captured, 64 * 1024 * 1024);
        for (let i = 0; i < 5; i++) {
          msg.resend = Math.floor(this.random() * 1e9);
          const copy = encode(poco.ConsensusMessage, msg);
          for (const n of this.honest) this.deliver("byz", n, copy);
        }
      }
      this.attackLoop();
    });
  }

  /** Heights where two honest nodes finalized different blocks (must stay empty). */
  async forks(): Promise<number[]> {
    const top = Math.max(...this.honest.map((n) => n.chain.head.height));
    const forks: number[] = [];
    for (let h = 1; h <= top; h++) {
      const hashes = new Set<string>();
      for (const n of this.honest) {
        if (n.chain.head.height < h) continue;
        const commit = await n.db.getCommit(h);
        hashes.add(toHex(decodeCanonical(poco.Commit, commit!).blockHash));
      }
      if (hashes.size > 1) forks.push(h);
    }
    return forks;
  }
}
