import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { pino } from "pino";
import { assessHealth, type HealthReport, staleAfterMs } from "../../node/api/health.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { GossipKind, gossipTopic } from "../../node/p2p/topics.js";
import { PocoNode } from "../../node/pocoNode.js";
import { RLC, signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

/** The value of one sample of a Prometheus text exposition (`name{labels}`), or undefined. */
function sample(text: string, series: string): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}

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

    it("exports p2p, sync and market families with sane values after a transfer gossiped between two nodes", async () => {
      const validator = testKey(0);
      const alice = testKey(1);
      const genesis = testGenesis(validator, [alice], 10n * RLC);
      const logger = pino({ level: "silent" });
      const v = await PocoNode.start({
        dataDir: join(dir, "metrics-validator"),
        genesis,
        validatorKey: validator,
        api: { host: "127.0.0.1", port: 0 },
        p2p: { port: 0, bootstrap: [] },
        consensus: { blockTimeMs: 150 },
        verifierThreads: 0,
        logger,
      });
      let f: PocoNode | undefined;
      try {
        f = await PocoNode.start({
          dataDir: join(dir, "metrics-follower"),
          genesis,
          api: { host: "127.0.0.1", port: 0 },
          p2p: { port: 0, bootstrap: v.network!.listenAddrs() },
          verifierThreads: 0,
          logger,
        });
        // The transfer enters the follower and reaches the validator over the tx topic; the block
        // comes back over the proposal and vote topics.
        const api = new ApiClient(f.apiUrl);
        // Connected is not enough: the tx would be published to no one until the validator's
        // subscription to the tx topic reached the follower (and the follower's to proposals, the validator).
        const follower = f;
        await waitFor(
          async () =>
            follower.network!.topicPeers(gossipTopic(genesis.chainId, GossipKind.TX)).length > 0 &&
            v.network!.topicPeers(gossipTopic(genesis.chainId, GossipKind.PROPOSAL)).length > 0,
          20_000,
          "the two nodes to see each other's gossip subscriptions",
        );
        const tx = signedTransfer(alice, testKey(2), 1n * RLC, 0);
        const { hash } = await api.submitTx(tx.bytes);
        const receipt = await api.waitForTx(hash, 20_000, 10);
        assert.equal(receipt.status, "success");
        const scrape = (n: PocoNode) => fetch(`${n.apiUrl}/metrics`).then((r) => r.text());
        const [mv, mf] = await Promise.all([scrape(v), scrape(f)]);
        // p2p: one connection each way, bytes and verdicts per topic, req/resp per protocol
        assert.equal(sample(mv, 'poco_p2p_peers_connected{direction="inbound"}'), 1);
        assert.equal(sample(mf, 'poco_p2p_peers_connected{direction="outbound"}'), 1);
        assert.ok(sample(mv, 'poco_p2p_gossip_messages_received_total{topic="tx"}')! >= 1, mv);
        assert.ok(sample(mv, 'poco_p2p_gossip_messages_validated_total{topic="tx",result="accept"}')! >= 1);
        assert.ok(sample(mv, 'poco_p2p_gossip_bytes_total{topic="tx",direction="in"}')! >= tx.bytes.length);
        assert.ok(sample(mf, 'poco_p2p_gossip_bytes_total{topic="tx",direction="out"}')! >= tx.bytes.length);
        assert.ok(sample(mf, 'poco_p2p_gossip_bytes_total{topic="proposal",direction="in"}')! > 0, mf);
        assert.ok(sample(mv, 'poco_p2p_gossip_bytes_total{topic="proposal",direction="out"}')! > 0);
        const statusOut =
          (sample(mv, 'poco_p2p_reqresp_bytes_total{protocol="status",direction="out"}') ?? 0) +
          (sample(mf, 'poco_p2p_reqresp_bytes_total{protocol="status",direction="out"}') ?? 0);
        assert.ok(statusOut > 0, "status exchanges are counted");
        for (const m of [mv, mf]) {
          assert.ok(Number.isFinite(sample(m, 'poco_p2p_peer_score{stat="min"}')));
          assert.ok(
            sample(m, 'poco_p2p_peer_score{stat="min"}')! <= sample(m, 'poco_p2p_peer_score{stat="max"}')!,
          );
          assert.equal(sample(m, "poco_p2p_peers_blocked"), 0);
          assert.equal(sample(m, "poco_p2p_peers_penalized"), 0);
          assert.doesNotMatch(m, /peer(_id)?="/, "no peer id is a label");
          // sync: no state sync ran; a node at most a few blocks behind its best peer
          assert.equal(sample(m, "poco_statesync_snapshot_chunks"), 0);
          assert.ok(sample(m, "poco_sync_blocks_behind")! <= 5);
          // market: a transfer opens no order and no deal
          assert.equal(sample(m, 'poco_market_open_orders{book="workerpool"}'), 0);
          assert.equal(sample(m, "poco_market_deals_created_total"), 0);
        }
        assert.ok(sample(mf, "poco_sync_target_height")! >= receipt.height - 5);
      } finally {
        await f?.stop();
        await v.stop();
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
