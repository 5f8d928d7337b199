/**
 * Compact block proposals (issue 14.3): rebuilding a proposed block from the mempool, fetching only
 * the missing txs with one bounded request, refusing and penalizing wrong answers, and the full-block
 * fallback; the server side's bounds.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Chain, type PendingBlock } from "../../node/chain/chain.js";
import {
  answerBlockTxs,
  type BlockTxsAnswer,
  type CheckedCompact,
  CompactBlockError,
  checkCompact,
  compactOf,
  MAX_MISSING_PER_REQUEST,
  type RebuildDeps,
  rebuildCompact,
} from "../../node/consensus/compactBlock.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { bytesEqual, poco } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const proposer = testKey(0);
const alice = testKey(10);
const bob = testKey(11);
const carol = testKey(12);

interface Fetch {
  peer: string;
  indexes?: number[];
  fullBlock?: boolean;
}

describe("compact block proposals: rebuild from the mempool, bounded fetch of the missing txs", function () {
  this.timeout(30_000);
  let dir: string;
  let db: ChainDb;
  let pending: PendingBlock;
  let txs: VerifiedTx[];
  let compact: poco.ICompactBlock;

  before(async () => {
    dir = tempDir();
    db = await ChainDb.open(join(dir, "chain"));
    const chain = await Chain.open(
      db,
      testGenesis(proposer, [alice, carol], 100n * RLC),
      createStateMachine(TEST_CHAIN_ID),
    );
    const signed = [0, 1, 2, 3, 4].map((n) => signedTransfer(alice, bob, RLC, n));
    txs = signed.map((s) => decodeAndVerifyTx(s.bytes, TEST_CHAIN_ID));
    pending = chain.buildBlock(txs, chain.head.header.timeMs + 1_000, proposer.address);
    assert.equal(pending.txs.length, 5);
    compact = compactOf(poco.Block.decode(pending.blockBytes), pending.txs);
  });

  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const checked = (c: poco.ICompactBlock = compact): CheckedCompact =>
    checkCompact(c, toHex(pending.hash), 100);

  /** Deps over a pool holding `known` and peers answering with `answer`. */
  function deps(
    known: VerifiedTx[],
    answer: (f: Fetch) => BlockTxsAnswer | Promise<BlockTxsAnswer>,
  ): { deps: RebuildDeps; fetches: Fetch[]; penalized: string[]; lookups: () => number } {
    const byHash = new Map(known.map((t) => [t.hashHex, t]));
    const fetches: Fetch[] = [];
    const penalized: string[] = [];
    let lookups = 0;
    return {
      fetches,
      penalized,
      lookups: () => lookups,
      deps: {
        lookup: (h) => {
          lookups++;
          return byHash.get(h);
        },
        fetch: async (peer, blockHash, request) => {
          assert.equal(toHex(blockHash), toHex(pending.hash));
          const f = { peer, ...request };
          fetches.push(f);
          return answer(f);
        },
        verify: async (list) => list.map((b) => decodeAndVerifyTx(b, TEST_CHAIN_ID)),
        penalize: (peer) => void penalized.push(peer),
        maxBlockBytes: 8 * 1024 * 1024,
      },
    };
  }

  /** A peer holding the proposed block: the server code on the proposer's block. */
  const honest = (f: Fetch): BlockTxsAnswer => {
    const a = answerBlockTxs(pending, { blockHash: pending.hash, ...f }, 1 << 20);
    return { txs: a.txs ?? [], ...(a.block ? { block: a.block } : {}) };
  };

  it("a mempool holding every tx rebuilds the exact block bytes without a request", async () => {
    const d = deps(txs, honest);
    const rebuilt = await rebuildCompact(checked(), "sender", ["p1", "p2"], d.deps);
    assert.ok(rebuilt);
    assert.ok(bytesEqual(rebuilt.blockBytes, pending.blockBytes), "same bytes as the proposer's block");
    assert.equal(d.fetches.length, 0);
    assert.ok(
      rebuilt.verified.every((t, i) => t === txs[i]),
      "the pooled verified txs are reused",
    );
  });

  it("k missing txs: one request of exactly those positions to the sender, then the same block", async () => {
    const d = deps([txs[0]!, txs[2]!, txs[4]!], honest);
    const rebuilt = await rebuildCompact(checked(), "sender", ["p1"], d.deps);
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes));
    assert.deepEqual(d.fetches, [{ peer: "sender", indexes: [1, 3] }]);
    assert.equal(rebuilt.verified[1]?.hashHex, txs[1]!.hashHex, "fetched txs come verified");
    assert.deepEqual(d.penalized, []);
  });

  it("a peer answering with a tx of another hash is penalized and the next peer completes the block", async () => {
    const other = signedTransfer(carol, bob, RLC, 0).bytes;
    const d = deps([txs[0]!, txs[1]!, txs[2]!, txs[3]!], (f) =>
      f.peer === "liar" ? { txs: [other] } : honest(f),
    );
    const rebuilt = await rebuildCompact(checked(), "liar", ["proposer"], d.deps);
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes));
    assert.deepEqual(d.penalized, ["liar"]);
    assert.deepEqual(
      d.fetches.map((f) => f.peer),
      ["liar", "proposer"],
    );
  });

  it("a peer answering with more txs than asked is penalized", async () => {
    const d = deps([txs[0]!, txs[1]!, txs[2]!, txs[3]!], (f) =>
      f.peer === "flood" ? { txs: [txs[4]!.bytes, txs[4]!.bytes] } : honest(f),
    );
    const rebuilt = await rebuildCompact(checked(), "flood", ["proposer"], d.deps);
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes));
    assert.deepEqual(d.penalized, ["flood"]);
  });

  it("too many hashes are refused before any lookup or request", () => {
    const many = { ...compact, txHashes: Array.from({ length: 101 }, () => new Uint8Array(32)) };
    assert.throws(
      () => checkCompact(many, toHex(pending.hash), 100),
      (e: unknown) => e instanceof CompactBlockError && e.code === "COMPACT_TOO_MANY_TXS",
    );
  });

  it("a compact block whose header is not the signed block, or with a malformed hash, is refused", () => {
    assert.throws(
      () => checkCompact(compact, toHex(new Uint8Array(32)), 100),
      (e: unknown) => e instanceof CompactBlockError && e.code === "COMPACT_WRONG_HEADER",
    );
    const short = { ...compact, txHashes: [new Uint8Array(31)] };
    assert.throws(
      () => checkCompact(short, toHex(pending.hash), 100),
      (e: unknown) => e instanceof CompactBlockError && e.code === "COMPACT_MALFORMED",
    );
  });

  it("more missing txs than one request may ask go straight to one full-block request", async () => {
    // A list of unknown hashes longer than a request allows: no per-hash requests, one full block.
    const unknown = Array.from({ length: MAX_MISSING_PER_REQUEST + 1 }, (_, i) => {
      const h = new Uint8Array(32);
      h[0] = i & 0xff;
      h[1] = i >> 8;
      return h;
    });
    const d = deps([], honest);
    const c = checkCompact({ ...compact, txHashes: unknown }, toHex(pending.hash), 10_000);
    const rebuilt = await rebuildCompact(c, "relayer", ["proposer"], d.deps);
    assert.deepEqual(
      d.fetches.map((f) => f.fullBlock),
      [true],
    );
    // The real block's ids are not the list the relayer sent: the relayer is penalized.
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes));
    assert.deepEqual(d.penalized, ["relayer"]);
  });

  it("no peer supplies the txs: falls back to the full block, checked against the signed hash", async () => {
    const d = deps([txs[0]!], (f) => {
      if (!f.fullBlock) throw new Error("timeout");
      if (f.peer === "forger") return { txs: [], block: new Uint8Array([10, 0]) };
      return honest(f);
    });
    const rebuilt = await rebuildCompact(checked(), "forger", ["proposer"], d.deps);
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes));
    assert.deepEqual(d.penalized, ["forger"], "a block that is not the signed one costs its sender");
    assert.deepEqual(
      d.fetches.map((f) => `${f.peer}:${f.fullBlock ? "block" : "txs"}`),
      ["forger:txs", "proposer:txs", "forger:block", "proposer:block"],
    );
  });

  it("a hash list rewritten by a relayer fails the tx root before execution and costs the relayer", async () => {
    const swapped = { ...compact, txHashes: [...compact.txHashes!].reverse() };
    const d = deps(txs, honest);
    const rebuilt = await rebuildCompact(checked(swapped), "relayer", ["proposer"], d.deps);
    assert.ok(rebuilt && bytesEqual(rebuilt.blockBytes, pending.blockBytes), "completed from the full block");
    assert.deepEqual(d.penalized, ["relayer"]);
  });

  it("nobody answers: undefined (the proposal counts as missing), after a bounded number of requests", async () => {
    const d = deps([], () => {
      throw new Error("timeout");
    });
    const rebuilt = await rebuildCompact(checked(), "a", ["b", "c", "d", "e"], d.deps);
    assert.equal(rebuilt, undefined);
    assert.equal(d.fetches.length, 6, "3 peers for the txs, 3 for the full block");
  });

  it("the server answers only for a held block, in bounds", () => {
    assert.deepEqual(answerBlockTxs(undefined, { indexes: [0] }, 1 << 20), { txs: [] });
    const all = answerBlockTxs(pending, { indexes: [4, 0, 9, 1] }, 1 << 20);
    assert.deepEqual(
      all.txs?.map((t) => toHex(t)),
      [pending.txs[4]!.bytes, pending.txs[0]!.bytes].map((t) => toHex(t)),
      "stops at the first position out of range",
    );
    const capped = answerBlockTxs(pending, { indexes: [0, 1, 2] }, pending.txs[0]!.bytes.length + 10);
    assert.equal(capped.txs?.length, 1, "byte cap");
    assert.equal(answerBlockTxs(pending, { fullBlock: true }, 10).block, undefined, "a block over the cap");
  });
});
