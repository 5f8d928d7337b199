/** The per-topic gossip validation queue: verdicts, throwing validators, size limit, back-pressure. */
import assert from "node:assert/strict";
import { pino } from "pino";
import {
  type GossipValidator,
  type GossipVerdict,
  ValidationQueue,
} from "../../node/p2p/gossipValidation.js";

const log = pino({ level: "silent" });
const tick = () => new Promise((r) => setImmediate(r));

function harness(
  validate: GossipValidator,
  opts: Partial<{ maxPending: number; concurrency: number; maxBytes: number }> = {},
) {
  const verdicts: GossipVerdict[] = [];
  const handled: string[] = [];
  const queue = new ValidationQueue(
    "/poco/1/tx/1",
    validate,
    (data) => {
      if (data[0] === 9) throw new Error("handler bug");
      handled.push(Buffer.from(data).toString("hex"));
    },
    { maxPending: 100, concurrency: 4, maxBytes: 16, ...opts },
    log,
  );
  const push = (...bytes: number[]) =>
    queue.push({ data: new Uint8Array(bytes), from: "peer", report: (v) => verdicts.push(v) });
  return { queue, verdicts, handled, push };
}

describe("p2p gossip validation queue", () => {
  it("passes the verdict to gossipsub and only accepted messages to the handler", async () => {
    const h = harness((d) => (d[0] === 0 ? "accept" : d[0] === 1 ? "ignore" : "reject"));
    h.push(0, 1);
    h.push(1);
    h.push(2);
    await tick();
    assert.deepEqual(h.verdicts, ["accept", "ignore", "reject"]);
    assert.deepEqual(h.handled, ["0001"]);
    assert.deepEqual(
      { a: h.queue.stats.accepted, i: h.queue.stats.ignored, r: h.queue.stats.rejected },
      { a: 1, i: 1, r: 1 },
    );
  });

  it("a throwing or rejecting-async validator, or a non-verdict, means reject", async () => {
    let n = 0;
    const h = harness(async (d) => {
      n++;
      if (d[0] === 0) throw new Error("boom");
      if (d[0] === 1) return Promise.reject(new Error("async boom"));
      return "maybe" as unknown as GossipVerdict;
    });
    h.push(0);
    h.push(1);
    h.push(2);
    await tick();
    await tick();
    assert.equal(n, 3);
    assert.deepEqual(h.verdicts, ["reject", "reject", "reject"]);
    assert.equal(h.queue.stats.validatorErrors, 2);
    assert.deepEqual(h.handled, []);
  });

  it("rejects an oversized payload without calling the validator", async () => {
    let called = false;
    const h = harness(() => {
      called = true;
      return "accept";
    });
    h.push(...new Array(17).fill(1));
    await tick();
    assert.equal(called, false);
    assert.deepEqual(h.verdicts, ["reject"]);
  });

  it("a throwing handler is counted, not propagated", async () => {
    const h = harness(() => "accept");
    h.push(9);
    h.push(1);
    await tick();
    assert.deepEqual(h.verdicts, ["accept", "accept"]);
    assert.deepEqual(h.handled, ["01"]);
    assert.equal(h.queue.stats.handlerErrors, 1);
  });

  it("bounds concurrency and ignores what overflows the queue; close() ignores the rest", async () => {
    const release: Array<() => void> = [];
    let running = 0;
    let maxRunning = 0;
    const h = harness(
      () =>
        new Promise<GossipVerdict>((resolve) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          release.push(() => {
            running--;
            resolve("accept");
          });
        }),
      { concurrency: 2, maxPending: 3 },
    );
    for (let i = 0; i < 7; i++) h.push(i);
    await tick();
    assert.equal(maxRunning, 2);
    assert.equal(h.queue.length, 3);
    assert.equal(h.queue.stats.dropped, 2);
    assert.deepEqual(h.verdicts, ["ignore", "ignore"]);
    release.shift()!();
    await tick();
    assert.equal(h.verdicts.filter((v) => v === "accept").length, 1);
    h.queue.close();
    assert.equal(h.queue.length, 0);
    for (const r of release.splice(0)) r();
    await tick();
    // 2 dropped + 1 accepted + 2 queued ignored at close + 2 in flight settled as ignore after close.
    assert.equal(h.verdicts.length, 7);
    assert.equal(h.verdicts.filter((v) => v === "accept").length, 1);
    h.push(1);
    assert.equal(h.verdicts.at(-1), "ignore");
  });
});
