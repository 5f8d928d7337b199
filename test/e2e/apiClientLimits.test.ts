/**
 * The API's per-client limits on a real node over loopback, with clients told apart by their source
 * address (127.0.0.x are all local on Linux): a client over its rate gets 429 API_RATE_LIMITED with
 * Retry-After and is served again after it; a batch pays per tx and a body per 64 KiB; a client over its
 * connections (or the node over its total) gets 503 API_TOO_MANY_CONNECTIONS on a closed socket; an
 * exempt client is never limited; the refusals are counted in poco_api_refused_total.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { PocoNode } from "../../node/pocoNode.js";
import { tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on a connection of its own (no keep-alive pool), from `localAddress`. */
function call(url: string, localAddress: string, method = "GET", body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent: false,
        localAddress,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** GET /events from `localAddress`: the status once the headers arrive, and how to close the stream. */
function openStream(
  url: string,
  localAddress: string,
): Promise<{ status: number; body: Promise<string>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/events`, { agent: false, localAddress }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      const body = new Promise<string>((done) => res.on("close", () => done(text)));
      resolve({ status: res.statusCode!, body, close: () => req.destroy() });
    });
    req.on("error", reject);
    req.end();
  });
}

/** A connection that sends nothing (and the bytes the node writes on it, until it closes). */
async function idleConnection(
  port: number,
  localAddress: string,
): Promise<{ socket: Socket; received: Promise<string> }> {
  const socket = connect({ host: "127.0.0.1", port, localAddress });
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk) => {
    text += chunk;
  });
  const received = new Promise<string>((resolve) => socket.on("close", () => resolve(text)));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return { socket, received };
}

describe("API per-client limits (real node, clients by source address)", () => {
  const validator = testKey(0);
  let dir: string;
  let node: PocoNode;
  let port: number;

  before(async () => {
    dir = tempDir();
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [testKey(1)]),
      validatorKey: validator,
      api: {
        host: "127.0.0.1",
        port: 0,
        // A token every 2 s, 6 at once; 3 connections per client, 5 in all; 127.0.0.9 exempt.
        clientLimits: {
          ratePerSecond: 0.5,
          burst: 6,
          maxConnectionsPerClient: 3,
          maxConnections: 5,
          exempt: ["127.0.0.9"],
        },
        events: { maxPerClient: 2 },
      },
      producer: { blockTimeMs: 100 },
      logger: pino({ level: "silent" }),
    });
    port = Number(new URL(node.apiUrl).port);
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 429 API_RATE_LIMITED with Retry-After once a client spent its burst, and serves it again after", async () => {
    const from = "127.0.0.2";
    for (let i = 0; i < 6; i++) assert.equal((await call(`${node.apiUrl}/status`, from)).status, 200);
    const refused = await call(`${node.apiUrl}/status`, from);
    assert.equal(refused.status, 429);
    const { code, message } = JSON.parse(refused.body);
    assert.equal(code, "API_RATE_LIMITED");
    assert.match(message, /retry in \d+ s/);
    const retryAfter = Number(refused.headers["retry-after"]);
    assert.ok(retryAfter >= 1 && retryAfter <= 2, `Retry-After ${retryAfter}`);
    // Unknown routes pay too (a 404 is still work).
    assert.equal((await call(`${node.apiUrl}/no-such-route`, from)).status, 429);
    // Another client is not affected.
    assert.equal((await call(`${node.apiUrl}/status`, "127.0.0.3")).status, 200);
    await sleep(retryAfter * 1000 + 100);
    assert.equal((await call(`${node.apiUrl}/status`, from)).status, 200);
  });

  it("charges a batch one token per tx once its body is parsed, and a body one per 64 KiB before it is read", async () => {
    const batcher = "127.0.0.4";
    const txs = Array.from({ length: 10 }, () => "0x00");
    const batch = await call(`${node.apiUrl}/txs/batch`, batcher, "POST", JSON.stringify({ txs }));
    assert.equal(batch.status, 200, batch.body); // a full bucket lets any one request through…
    const after = await call(`${node.apiUrl}/status`, batcher);
    assert.equal(after.status, 429); // …and leaves it in debt: 10 txs from a bucket of 6
    assert.ok(Number(after.headers["retry-after"]) >= 9, `Retry-After ${after.headers["retry-after"]}`);

    const sender = "127.0.0.5";
    const big = JSON.stringify({ tx: `0x${"00".repeat(100 * 1024)}` }); // 200 KiB: 1 + 3 tokens
    assert.equal((await call(`${node.apiUrl}/txs`, sender, "POST", big)).status, 400);
    assert.equal((await call(`${node.apiUrl}/status`, sender)).status, 200);
    assert.equal((await call(`${node.apiUrl}/status`, sender)).status, 200);
    assert.equal((await call(`${node.apiUrl}/status`, sender)).status, 429);
  });

  it("charges a proof at a past height by its depth (1 + 1 per 16 heights unwound)", async () => {
    while (node.chain.stateHeight < 96) await sleep(100);
    const from = "127.0.0.12";
    // Depth ≥ 96: ≥ 7 tokens, more than the whole bucket of 6: served from a full bucket, in debt after.
    const proof = await call(`${node.apiUrl}/accounts/0x${"00".repeat(20)}/proof?height=0`, from);
    assert.ok(proof.status < 500, proof.body);
    const next = await call(`${node.apiUrl}/status`, from);
    assert.equal(next.status, 429, "a plain request after it is refused");
    assert.ok(Number(next.headers["retry-after"]) >= 4, `Retry-After ${next.headers["retry-after"]}`);
  });

  it("closes a client's connection over its limit (and over the node's total) with 503 API_TOO_MANY_CONNECTIONS", async () => {
    const held: Socket[] = [];
    try {
      for (let i = 0; i < 3; i++) held.push((await idleConnection(port, "127.0.0.6")).socket);
      const fourth = await idleConnection(port, "127.0.0.6");
      const answer = await fourth.received;
      assert.match(answer, /^HTTP\/1\.1 503 /);
      const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
      assert.equal(body.code, "API_TOO_MANY_CONNECTIONS");
      assert.match(body.message, /already holds 3 connections \(limit 3\)/);
      // A plain HTTP client reads the same answer.
      const viaHttp = await call(`${node.apiUrl}/status`, "127.0.0.6");
      assert.equal(viaHttp.status, 503);
      assert.equal(JSON.parse(viaHttp.body).code, "API_TOO_MANY_CONNECTIONS");

      // Two more from another client reach the node's total of 5: a third client is refused by it.
      for (let i = 0; i < 2; i++) held.push((await idleConnection(port, "127.0.0.7")).socket);
      const overTotal = await (await idleConnection(port, "127.0.0.8")).received;
      assert.match(overTotal, /the node holds 5 client connections \(limit 5\)/);
      // The exempt client is not counted nor refused.
      assert.equal((await call(`${node.apiUrl}/status`, "127.0.0.9")).status, 200);

      // A closed connection frees its place.
      held.shift()!.destroy();
      for (let tries = 0; ; tries++) {
        const answer = await call(`${node.apiUrl}/status`, "127.0.0.6");
        if (answer.status === 200) break;
        assert.ok(tries < 50, "the freed connection was never counted back");
        await sleep(20);
      }
    } finally {
      for (const socket of held) socket.destroy();
    }
  });

  it("holds at most maxPerClient event streams for one client (429 EVENTS_CLIENT_FULL), not for an exempt one", async () => {
    const streams = [
      await openStream(node.apiUrl, "127.0.0.10"),
      await openStream(node.apiUrl, "127.0.0.10"),
    ];
    try {
      assert.deepEqual(
        streams.map((s) => s.status),
        [200, 200],
      );
      const third = await openStream(node.apiUrl, "127.0.0.10");
      assert.equal(third.status, 429);
      assert.equal(JSON.parse(await third.body).code, "EVENTS_CLIENT_FULL");
      const other = await openStream(node.apiUrl, "127.0.0.11");
      streams.push(other);
      assert.equal(other.status, 200, "another client still gets a stream");
      for (let i = 0; i < 3; i++) {
        const exempt = await openStream(node.apiUrl, "127.0.0.9");
        streams.push(exempt);
        assert.equal(exempt.status, 200, "an exempt client is not limited per client");
      }
    } finally {
      for (const s of streams) s.close();
    }
  });

  it("never limits an exempt client, and counts every refusal by reason", async () => {
    for (let i = 0; i < 40; i++) assert.equal((await call(`${node.apiUrl}/status`, "127.0.0.9")).status, 200);
    const metrics = await node.metrics.registry.getSingleMetricAsString("poco_api_refused_total");
    const count = (reason: string) =>
      Number(new RegExp(`reason="${reason}"} (\\d+)`).exec(metrics)?.[1] ?? 0);
    assert.ok(count("rate") >= 4, metrics);
    assert.ok(count("connections") >= 3, metrics);
  });
});
