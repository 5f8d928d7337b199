/** An in-process consensus transport: a bus that delivers broadcasts to every other member. */

import type { Chain } from "../../node/chain/chain.js";
import { answerBlockTxs, type BlockTxsAnswer } from "../../node/consensus/compactBlock.js";
import type { ConsensusService, ConsensusTransport } from "../../node/consensus/consensusService.js";
import { toHex } from "../../node/crypto/hash.js";
import type { Mempool } from "../../node/mempool/mempool.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { encode, poco } from "../../proto/index.js";

/**
 * A block-txs answer from `service` as its libp2p server would give it: the same server code on the
 * peer's held block, the request a copy through the codec.
 */
export function answerBlockTxsInMemory(
  service: ConsensusService,
  blockHash: Uint8Array,
  request: { indexes?: number[]; fullBlock?: boolean },
): BlockTxsAnswer {
  const req = poco.BlockTxsRequest.decode(encode(poco.BlockTxsRequest, { blockHash, ...request }));
  const answer = answerBlockTxs(service.heldBlock(toHex(blockHash)), req, 9 * 1024 * 1024);
  return { txs: answer.txs ?? [], ...(answer.block ? { block: answer.block } : {}) };
}

export class MemoryBus {
  readonly members: {
    id: string;
    service?: ConsensusService;
    chain: Chain;
    mempool?: Mempool;
    down: boolean;
  }[] = [];
  /** Members that receive no tx gossip (their mempools lack others' txs: compact proposals fetch them). */
  readonly noTxGossip = new Set<string>();
  /** Pairs that cannot talk (partitions). */
  readonly cut = new Set<string>();
  /** Receivers' gossip verdicts on each sender's consensus messages ("reject" would score it down). */
  readonly verdicts: { from: string; to: string; verdict: string }[] = [];

  transport(id: string, chain: Chain, mempool?: Mempool): ConsensusTransport {
    const member = {
      id,
      chain,
      mempool,
      down: false as boolean,
      service: undefined as ConsensusService | undefined,
    };
    this.members.push(member);
    const reachable = () =>
      this.members.filter((m) => m.id !== id && !m.down && !member.down && !this.cut.has(`${id}|${m.id}`));
    return {
      broadcast: (message) => {
        for (const m of reachable())
          setImmediate(() => {
            const verdict = m.service?.receive(message, id);
            if (verdict && this.verdicts.length < 100_000)
              this.verdicts.push({ from: id, to: m.id, verdict });
          });
      },
      publishTx: (bytes) => {
        for (const m of reachable()) {
          if (this.noTxGossip.has(m.id)) continue;
          try {
            m.mempool?.add(decodeAndVerifyTx(bytes, m.chain.chainId), true);
          } catch {
            // already known or stale: like a gossip "ignore"
          }
        }
      },
      peers: () => reachable().map((m) => m.id),
      blockTxs: async (peer, blockHash, request) => {
        const m = reachable().find((x) => x.id === peer);
        if (!m?.service) throw new Error(`no peer ${peer}`);
        return answerBlockTxsInMemory(m.service, blockHash, request);
      },
      peerHeights: async () => reachable().map((m) => ({ peer: m.id, height: m.chain.head.height })),
      blocksByRange: async (peer, start, count) => {
        const m = this.members.find((x) => x.id === peer)!;
        const blocks: Uint8Array[] = [];
        const commits: Uint8Array[] = [];
        for (let h = start; h < start + count && h <= m.chain.head.height; h++) {
          blocks.push((await m.chain.db.getBlock(h))!);
          commits.push((await m.chain.db.getCommit(h))!);
        }
        return { blocks, commits };
      },
    };
  }

  attach(id: string, service: ConsensusService): void {
    this.members.find((m) => m.id === id)!.service = service;
  }

  partition(a: string[], b: string[]): void {
    for (const x of a) for (const y of b) this.cut.add(`${x}|${y}`).add(`${y}|${x}`);
  }

  heal(): void {
    this.cut.clear();
  }
}
