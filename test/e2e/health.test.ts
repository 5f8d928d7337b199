import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { pino } from "pino";
import { assessHealth, type HealthReport, staleAfterMs } from "../../node/api/health.js";
import { PocoNode } from "../../node/pocoNode.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

async function get(url: string): Promise<{ status: number; body: HealthReport }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as HealthReport };
}

/** Polls `url` until `done` holds for its answer (a condition, not a timing assertion). */
async function until(
  url: string,
  done: (r: { status: number; body: HealthReport }) => boolean,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await get(url);
    if (done(r)) return r;
    if (Date.now() > deadline)
      assert.fail(`${url} never matched; last answer ${r.status} ${JSON.stringify(r.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("health and readiness", function () {
  this.timeout(60_000);

  describe("assessHealth", () => {
    const base = {
      nowMs: 1_000_000,
      headHeight: 7,
      headTimeMs: 1_000_000,
      blockTimeMs: 500,
      p2p: true,
      peers: 3,
      syncing: false,
    };
    const options = { staleBlocks: 20, minStaleMs: 30_000 };

    it("is ok with a fresh head, peers and no sync", () => {
      const r = assessHealth(base, options);
      assert.deepEqual([r.ok, r.ready, r.reasons], [true, true, []]);
    });

    it("names every reason: stale head, no peers, syncing", () => {
      const r = assessHealth({ ...base, headTimeMs: base.nowMs - 31_000, peers: 0, syncing: true }, options);
      assert.equal(r.ok, false);
      assert.equal(r.ready, false);
      assert.deepEqual(
        r.reasons.map((x) => x.code),
        ["SYNCING", "NO_PEERS", "HEAD_STALE"],
      );
      assert.ok(r.reasons.every((x) => x.message.length > 0));
    });

    it("wants peers only from a node that runs p2p", () => {
      assert.equal(assessHealth({ ...base, p2p: false, peers: 0 }, options).ok, true);
    });

    it("calls the head stale exactly past max(staleBlocks × block time, minStaleMs); readiness ignores it", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.integer({ min: 50, max: 60_000 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 0, max: 120_000 }),
          (age, blockTimeMs, staleBlocks, minStaleMs) => {
            const o = { staleBlocks, minStaleMs };
            const r = assessHealth({ ...base, headTimeMs: base.nowMs - age, blockTimeMs }, o);
            const stale = age > Math.max(staleBlocks * blockTimeMs, minStaleMs);
            assert.equal(staleAfterMs(blockTimeMs, o), Math.max(staleBlocks * blockTimeMs, minStaleMs));
            assert.equal(r.ok, !stale);
            assert.equal(r.ready, true);
            assert.equal(r.headAgeMs, age);
          },
        ),
      );
    });

    it("counts a head from a clock ahead of ours as age 0", () => {
      assert.equal(assessHealth({ ...base, headTimeMs: base.nowMs + 5_000 }, options).headAgeMs, 0);
    });
  });

  describe("a running node", () => {
    let dir: string;
    before(() => {
      dir = tempDir("poco-health-");
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("answers 503 HEAD_STALE once blocks stop, while /ready stays 200", async () => {
      const validator = testKey(0);
      const node = await PocoNode.start({
        dataDir: join(dir, "lone"),
        genesis: testGenesis(validator, [testKey(1)], 10n * RLC),
        validatorKey: validator,
        api: { host: "127.0.0.1", port: 0 },
        producer: { blockTimeMs: 100 },
        health: { staleBlocks: 5, minStaleMs: 0 },
        logger: pino({ level: "silent" }),
      });
      try {
        const healthy = await until(`${node.apiUrl}/health`, (r) => r.status === 200);
        assert.equal(healthy.body.ok, true);
        assert.deepEqual(healthy.body.reasons, []);
        assert.equal((await get(`${node.apiUrl}/ready`)).status, 200);
        await node.producer!.stop(); // no more blocks: the head ages
        const stale = await until(`${node.apiUrl}/health`, (r) => r.status === 503);
        assert.equal(stale.body.ok, false);
        assert.deepEqual(
          stale.body.reasons.map((x) => x.code),
          ["HEAD_STALE"],
        );
        assert.ok(stale.body.headAgeMs > 500);
        const ready = await get(`${node.apiUrl}/ready`);
        assert.equal(ready.status, 200);
        assert.equal(ready.body.ready, true);
        const metrics = await fetch(`${node.apiUrl}/metrics`).then((r) => r.text());
        assert.match(metrics, /poco_healthy 0/);
        assert.match(metrics, /poco_head_age_seconds \d/);
        const openapi = (await fetch(`${node.apiUrl}/docs/json`).then((r) => r.json())) as {
          paths: Record<string, unknown>;
        };
        assert.ok(openapi.paths["/ready"], "OpenAPI documents /ready");
      } finally {
        await node.stop();
      }
    });

    it("answers 503 NO_PEERS on /health and /ready when it runs p2p without a peer", async () => {
      const validator = testKey(0);
      const node = await PocoNode.start({
        dataDir: join(dir, "alone"),
        genesis: testGenesis(validator, [testKey(1)], 10n * RLC),
        validatorKey: validator,
        api: { host: "127.0.0.1", port: 0 },
        p2p: { port: 0, bootstrap: [] },
        logger: pino({ level: "silent" }),
      });
      try {
        for (const route of ["/health", "/ready"]) {
          const r = await get(`${node.apiUrl}${route}`);
          assert.equal(r.status, 503, route);
          assert.equal(r.body.peers, 0);
          assert.ok(
            r.body.reasons.some((x) => x.code === "NO_PEERS"),
            `${route}: ${JSON.stringify(r.body)}`,
          );
        }
      } finally {
        await node.stop();
      }
    });
  });
});
