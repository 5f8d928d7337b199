/**
 * ResultProofArchive: proofs of final tasks are taken at checkpoint heights and served only once that
 * height is anchored with the same state root; they verify against that root (the node's own verifier,
 * the same rules as StateProof.sol). Bounds hold.
 */
import assert from "node:assert/strict";
import { proveTaskResult, ResultProofError } from "../../bridge/resultProofs.js";
import { ResultProofArchive } from "../../node/bridge/resultProofArchive.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { verifyInclusion } from "../../node/state/sparseMerkleTree.js";
import {
  dealId,
  MarketKeys,
  orderHash,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  addrBytes,
  buildOrders,
  type Cast,
  CHAIN_ID,
  hexOf,
  RLC,
  setupMarket,
  signAll,
} from "./marketHarness.js";

const utf8 = new TextEncoder();

function runTask(c: Cast, id: string, digest: string): void {
  for (const w of c.workers) {
    c.sim.run(w, {
      contribute: {
        taskId: fromHex(id, 32),
        resultHash: fromHex(resultHash(id, digest), 32),
        resultSeal: fromHex(resultSeal(hexOf(w), id, digest), 32),
        authorization: signAuthorization(hexOf(w), id, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
      },
    });
  }
  for (const w of c.workers)
    c.sim.run(w, { reveal: { taskId: fromHex(id, 32), resultDigest: fromHex(digest, 32) } });
}

function market(volume: bigint, callback?: string): { c: Cast; tasks: string[] } {
  const c = setupMarket(3, 10);
  const built = buildOrders(c, {
    app: 5n * RLC,
    dataset: 2n * RLC,
    workerpool: 10n * RLC,
    withDataset: true,
    volume,
    trust: 5n,
  });
  if (callback) built.request.callback = addrBytes(callback);
  const orders = signAll(c, built);
  c.sim.run(c.admin, { matchOrders: orders });
  const deal = dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
  return { c, tasks: Array.from({ length: Number(volume) }, (_, i) => taskId(deal, i)) };
}

const digestOf = (s: string) => toHex(keccak256(utf8.encode(s)));

/** The written task record, as a block's writes carry it. */
const writesOf = (c: Cast, id: string): [string, Uint8Array | null][] => [
  [MarketKeys.task(id), c.sim.state.get(MarketKeys.task(id)) ?? null],
];

describe("ResultProofArchive", () => {
  it("serves a proof only once its checkpoint height is anchored, and it verifies against that root", () => {
    const { c, tasks } = market(2n);
    const [t0, t1] = tasks as [string, string];
    const archive = new ResultProofArchive();
    runTask(c, t0, digestOf("a"));
    archive.observeWrites(writesOf(c, t0), c.sim.state, c.sim.timeMs);
    assert.ok(archive.isPending(t0));
    const h1 = c.sim.height;
    const root1 = toHex(c.sim.state.root());
    archive.onCheckpoint(h1, c.sim.state, c.sim.timeMs);
    assert.equal(archive.lookup(t0), undefined, "not anchored yet");

    runTask(c, t1, digestOf("b")); // finalized after the checkpoint at h1
    archive.observeWrites(writesOf(c, t1), c.sim.state, c.sim.timeMs);
    const h2 = c.sim.height;
    archive.onCheckpoint(h2, c.sim.state, c.sim.timeMs);

    const { proven, rootMismatch } = archive.onAnchored(h1, root1);
    assert.equal(rootMismatch, false);
    assert.deepEqual(
      proven.map((p) => p.taskId),
      [t0],
    );
    const p = archive.lookup(t0)!;
    assert.equal(p.height, h1);
    assert.equal(p.stateRoot, root1);
    assert.equal(p.resultDigest, digestOf("a"));
    const leaf = (key: string, record: string, siblings: string[]) =>
      verifyInclusion(fromHex(root1), utf8.encode(key), fromHex(record), {
        siblings: siblings.map((s) => fromHex(s)),
        terminal: {
          kind: "leaf",
          keyHash: keccak256(utf8.encode(key)),
          valueHash: keccak256(fromHex(record)),
        },
      });
    assert.ok(
      leaf(MarketKeys.task(t0), p.taskRecord, p.taskProof),
      "task proof verifies at the anchored root",
    );
    assert.ok(
      leaf(MarketKeys.deal(p.dealId), p.dealRecord, p.dealProof),
      "deal proof verifies at the anchored root",
    );
    // the same as a proof made directly from the state at h1 would be (the state moved on since)
    assert.notEqual(toHex(c.sim.state.root()), root1);

    assert.equal(archive.lookup(t1), undefined, "t1 was finalized after h1");
    assert.ok(archive.isPending(t1));
    // the candidate at h2 (above the anchored h1) was kept: anchoring h2 proves t1
    archive.onAnchored(h2, toHex(c.sim.state.root()));
    assert.equal(archive.lookup(t1)?.height, h2);
    assert.deepEqual(archive.lookup(t1), proveTaskResult(c.sim.state, t1, h2));
  });

  it("serves nothing from a root that differs from Ethereum's, nor for a height it did not record", () => {
    const { c, tasks } = market(1n);
    const archive = new ResultProofArchive();
    runTask(c, tasks[0]!, digestOf("a"));
    archive.queue(tasks[0]!, c.sim.state, c.sim.timeMs);
    const h = c.sim.height;
    archive.onCheckpoint(h, c.sim.state, c.sim.timeMs);
    assert.deepEqual(archive.onAnchored(h, `0x${"11".repeat(32)}`), { proven: [], rootMismatch: true });
    assert.equal(archive.lookup(tasks[0]!), undefined);
    assert.ok(archive.isPending(tasks[0]!), "still pending: a later anchored height proves it");
    assert.deepEqual(archive.onAnchored(h + 10, `0x${"22".repeat(32)}`), { proven: [], rootMismatch: false });
    assert.equal(archive.anchoredHeight, h + 10);
    archive.onCheckpoint(h + 5, c.sim.state, c.sim.timeMs); // below the anchored height: ignored
    assert.equal(archive.onAnchored(h + 5, toHex(c.sim.state.root())).proven.length, 0);
  });

  it("refuses unknown and unfinished tasks, and bounds pending and proven tasks", () => {
    const { c, tasks } = market(3n);
    const archive = new ResultProofArchive({ maxPending: 1, maxCandidateHeights: 2, maxProven: 1 });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ResultProofError ? e.code : "other";
      }
      return "none";
    };
    assert.equal(
      code(() => archive.queue(`0x${"ab".repeat(32)}`, c.sim.state, c.sim.timeMs)),
      "TASK_UNKNOWN",
    );
    assert.equal(
      code(() => archive.queue(tasks[0]!, c.sim.state, c.sim.timeMs)),
      "TASK_NOT_FINALIZED",
    );
    runTask(c, tasks[0]!, digestOf("a"));
    runTask(c, tasks[1]!, digestOf("b"));
    assert.equal(archive.queue(tasks[0]!, c.sim.state, c.sim.timeMs), "queued");
    assert.equal(archive.queue(tasks[1]!, c.sim.state, c.sim.timeMs), "full");
    assert.equal(archive.dropped, 1);
    archive.onCheckpoint(c.sim.height, c.sim.state, c.sim.timeMs);
    archive.onAnchored(c.sim.height, toHex(c.sim.state.root()));
    assert.ok(archive.lookup(tasks[0]!));
    assert.equal(archive.queue(tasks[1]!, c.sim.state, c.sim.timeMs), "queued");
    runTask(c, tasks[2]!, digestOf("c"));
    archive.onCheckpoint(c.sim.height, c.sim.state, c.sim.timeMs);
    archive.onAnchored(c.sim.height, toHex(c.sim.state.root()));
    assert.ok(archive.lookup(tasks[1]!));
    assert.equal(archive.lookup(tasks[0]!), undefined, "the oldest proven task was evicted (maxProven 1)");
    assert.equal(
      archive.queue(tasks[0]!, c.sim.state, c.sim.timeMs),
      "queued",
      "and is re-provable on request",
    );
  });

  it("tells when a checkpoint covers a callback task that waited long enough to be worth anchoring", () => {
    const callback = `0x${"c0".repeat(20)}`;
    const { c, tasks } = market(1n, callback);
    const archive = new ResultProofArchive();
    runTask(c, tasks[0]!, digestOf("a"));
    const finalizedAt = c.sim.timeMs;
    archive.observeWrites(writesOf(c, tasks[0]!), c.sim.state, finalizedAt);
    archive.onCheckpoint(c.sim.height, c.sim.state, finalizedAt + 1_000);
    assert.equal(archive.callbackWaited(c.sim.height, 2_000), false, "1 s < 2 s");
    assert.equal(archive.callbackWaited(c.sim.height, 1_000), true);
    assert.equal(archive.callbackWaited(c.sim.height + 1, 0), false, "no checkpoint recorded there");
    archive.onAnchored(c.sim.height, toHex(c.sim.state.root()));
    assert.equal(archive.callbackWaited(c.sim.height, 0), false, "delivered: nothing waits");

    const plain = market(1n);
    const other = new ResultProofArchive();
    runTask(plain.c, plain.tasks[0]!, digestOf("b"));
    other.observeWrites(writesOf(plain.c, plain.tasks[0]!), plain.c.sim.state, 0);
    other.onCheckpoint(plain.c.sim.height, plain.c.sim.state, 10_000_000);
    assert.equal(other.callbackWaited(plain.c.sim.height, 0), false, "no callback: no reason to anchor");
  });

  it("lets requests fill only half of the pending set", () => {
    const { c, tasks } = market(2n);
    const archive = new ResultProofArchive({ maxPending: 2, maxCandidateHeights: 2, maxProven: 10 });
    runTask(c, tasks[0]!, digestOf("a"));
    runTask(c, tasks[1]!, digestOf("b"));
    assert.equal(archive.queue(tasks[0]!, c.sim.state, 0, "request"), "queued");
    assert.equal(archive.queue(tasks[1]!, c.sim.state, 0, "request"), "full");
    assert.equal(archive.queue(tasks[1]!, c.sim.state, 0, "block"), "queued");
  });
});
