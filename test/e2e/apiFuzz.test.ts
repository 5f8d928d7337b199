/**
 * The HTTP API as an attacker sees it: every route the node's OpenAPI document lists, called many
 * times with values drawn from its own schema (patterns, integer bounds, enums: these reach the
 * handlers), with the chain's real ids, and with hostile values (out of range, wrong types, long,
 * non-ASCII, encoded separators), plus random bodies for the POST routes. Whatever comes in, the node
 * answers with a status below 500 (or a typed 503 for a busy part) and a `{ code, message }` body for
 * every error, and keeps producing blocks. A 500 (`API_INTERNAL`) is a handler that let an input
 * through its validation: the failing request is printed with the seed.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import fc from "fast-check";
import { pino } from "pino";
import { piInput } from "../../apps/sampleApps.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { setupDevnetMarket } from "../../node/cli/devnetWorkers.js";
import { toHex } from "../../node/crypto/hash.js";
import { PocoNode } from "../../node/pocoNode.js";
import { TxSender } from "../../node/worker/txSender.js";
import { requestTasks } from "../../node/workerpool/sampleMarket.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

/**
 * Runs per route (schema-drawn and hostile values mixed) and random bodies over the POST routes, and
 * the fast-check seed: fixed in `npm test` so a failure replays; `API_FUZZ_SEED=… API_FUZZ_RUNS=…`
 * tries others (as `npm run test:byzantine` does for consensus).
 */
const RUNS_PER_ROUTE = Number(process.env.API_FUZZ_RUNS ?? 60);
const BODY_RUNS = 3 * RUNS_PER_ROUTE;
const SEED = Number(process.env.API_FUZZ_SEED ?? 12);
/** Answers that are not the client's fault but are fine under load (typed, retryable). */
const TYPED_503 = new Set(["VERIFIER_BUSY", "STATE_REPLAY_BUSY", "STATE_HISTORY_BUSY", "EVENTS_FULL"]);
/** Long-lived streams: not request/response. */
const SKIPPED_ROUTES = new Set(["GET /events"]);

interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  schema: JsonSchema;
}
interface JsonSchema {
  type?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: string[];
}
interface Route {
  method: string;
  path: string;
  parameters: Parameter[];
}
interface Answer {
  status: number;
  body: string;
}

/** Values the schema allows: what reaches the handler's own code. */
function schemaValue(schema: JsonSchema, known: string[]): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === "integer") {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? Number.MAX_SAFE_INTEGER;
    return fc
      .oneof(
        fc.constantFrom(min, max, min + 1, Math.max(min, max - 1)),
        fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) }),
        fc.double({ min, max, noNaN: true }).map((d) => Math.floor(d)),
      )
      .map(String);
  }
  const matching = known.filter((k) => schema.pattern === undefined || new RegExp(schema.pattern).test(k));
  // Lower case too: mixed-case addresses must pass their EIP-55 checksum, which random case rarely does.
  const drawn = schema.pattern
    ? fc
        .tuple(fc.stringMatching(new RegExp(schema.pattern)), fc.boolean())
        .map(([s, lower]) => (lower ? s.toLowerCase() : s))
    : fc.string({ maxLength: 80 });
  const bounded = drawn.filter(
    (s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY),
  );
  return matching.length > 0 ? fc.oneof(fc.constantFrom(...matching), bounded) : bounded;
}

/** Values a client should never send. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    "-1",
    "1e400",
    "NaN",
    "0x",
    "0X00",
    "9".repeat(40),
    "1.5",
    "../../etc/passwd",
    "%00",
    "null",
    "[]",
    "{}",
    "true",
    "a".repeat(5000),
    `0x${"g".repeat(64)}`,
    `0x${"f".repeat(65)}`,
    "\u0000",
    "😀",
  ),
  fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }).map(String),
);

/**
 * One request's parameter values: all drawn from their schemas (query parameters that are not
 * required may be left out), then in half of the runs one of them replaced by a hostile value, so
 * that both the validation of each parameter and the handler behind a valid request get exercised.
 */
function requestValues(params: Parameter[], known: string[]): fc.Arbitrary<(string | undefined)[]> {
  const drawn = fc.tuple(
    ...params.map((p) =>
      p.in === "path" || p.required
        ? schemaValue(p.schema, known)
        : fc.option(schemaValue(p.schema, known), { nil: undefined, freq: 3 }),
    ),
  );
  if (params.length === 0) return drawn;
  return fc
    .tuple(
      drawn,
      fc.option(fc.tuple(fc.nat({ max: params.length - 1 }), hostileValue), { nil: undefined, freq: 2 }),
    )
    .map(([values, spoil]) => {
      if (spoil === undefined) return values;
      const copy = [...values];
      copy[spoil[0]] = spoil[1];
      return copy;
    });
}

async function waitForHeight(api: ApiClient, height: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { height: now } = await api.status();
    if (now >= height) return now;
    assert.ok(Date.now() < deadline, `height ${height} not reached (at ${now})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function urlOf(route: Route, values: (string | undefined)[]): string {
  let path = route.path;
  const query = new URLSearchParams();
  route.parameters.forEach((p, i) => {
    const v = values[i];
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(v ?? ""));
    else if (v !== undefined) query.append(p.name, v);
  });
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

async function call(
  base: string,
  method: string,
  url: string,
  body?: string,
  type?: string,
): Promise<Answer> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? {} : { "content-type": type ?? "application/json" },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, body: await res.text() };
}

/** The node's answer is one it may give: no 5xx but typed 503s, and a `{ code, message }` error body. */
function checkAnswer(what: string, answer: Answer): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    parsed = undefined;
  }
  const code = (parsed as { code?: unknown } | undefined)?.code;
  if (answer.status >= 500) {
    assert.ok(
      answer.status === 503 && typeof code === "string" && TYPED_503.has(code),
      `${what} → ${answer.status} ${answer.body.slice(0, 300)}`,
    );
  }
  if (answer.status >= 400) {
    const message = (parsed as { message?: unknown } | undefined)?.message;
    assert.ok(
      typeof code === "string" && typeof message === "string",
      `${what} → ${answer.status} without { code, message }: ${answer.body.slice(0, 300)}`,
    );
  }
}

describe("HTTP API under hostile requests (every route of the OpenAPI document, single validator)", () => {
  const validator = testKey(0);
  const alice = testKey(1);
  const bob = testKey(2);
  let dir: string;
  let node: PocoNode;
  let base: string;
  let routes: Route[];
  /** Real ids of the chain (accounts, tx and block hashes, heights) so that lookups find something. */
  const known: string[] = [];
  let validTx: Uint8Array;

  before(async () => {
    dir = tempDir("poco-apifuzz-");
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [alice]),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 100 },
      logger: pino({ level: "silent" }),
    });
    base = node.apiUrl;
    const api = new ApiClient(base);
    const tx = signedTransfer(alice, bob, 3n * RLC, 0);
    const { hash } = await api.submitTx(tx.bytes);
    const receipt = await api.waitForTx(hash, 20_000, 20);
    validTx = signedTransfer(alice, bob, RLC, 1).bytes;
    known.push(hash, validator.addressHex, alice.addressHex, bob.addressHex, String(receipt.height), "1");
    // A market, so that the market routes find apps, a workerpool, orders, a deal and its tasks (funded
    // by alice: the nonce-1 transfer above is then stale, and its mutations are all refused).
    const faucet = testKey(1);
    const { market, requester, schedulerKey } = await setupDevnetMarket(api, dir, faucet, TEST_CHAIN_ID, 1);
    const deal = await requestTasks(
      market,
      { key: requester, sender: new TxSender(api, requester, TEST_CHAIN_ID) },
      "pi",
      piInput(7n, 1000),
      2n,
      1n,
    );
    const dealTasks = await api.dealTasks(deal.dealId);
    const book = await api.request<{ orders: { hash: string }[] }>(
      "GET",
      `/orderbook?kind=workerpool&category=${market.category}`,
    );
    known.push(
      ...Object.values(market.apps),
      market.workerpool,
      requester.addressHex,
      schedulerKey.addressHex,
      deal.dealId,
      ...dealTasks.tasks.map((t) => t.id),
      ...book.orders.map((o) => o.hash),
      String(market.category),
    );
    const doc = JSON.parse((await call(base, "GET", "/docs/json")).body) as {
      paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []).filter((p) => p.in === "path" || p.in === "query"),
      })),
    );
  });

  after(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers every GET route's schema-drawn and hostile parameters below 500, with typed errors", async () => {
    const gets = routes.filter((r) => r.method === "GET" && !SKIPPED_ROUTES.has(`GET ${r.path}`));
    assert.ok(gets.length >= 30, `the OpenAPI document lists the GET routes (${gets.length})`);
    for (const route of gets) {
      await fc.assert(
        fc.asyncProperty(requestValues(route.parameters, known), async (values) => {
          const url = urlOf(route, values);
          checkAnswer(`GET ${url}`, await call(base, "GET", url));
        }),
        { numRuns: route.parameters.length === 0 ? 3 : RUNS_PER_ROUTE, seed: SEED },
      );
    }
    // Unknown routes and methods, and raw separators in a path segment.
    for (const url of [
      "/nope",
      "/blocks/1/../../status",
      "/accounts/%2e%2e%2fstatus",
      "/blocks/%ff",
      "/txs/",
    ]) {
      checkAnswer(`GET ${url}`, await call(base, "GET", url));
    }
    checkAnswer("DELETE /status", await call(base, "DELETE", "/status"));
  });

  it("regression: an integer parameter written 1e400 or Infinity is refused (Ajv coerces it past its bounds)", async () => {
    for (const url of [
      "/orderbook?kind=request&category=1e400",
      "/orderbook?kind=workerpool&category=Infinity",
      "/blocks/1e400",
      "/withdrawals?from=Infinity",
      "/accounts/0x0000000000000000000000000000000000000001/txs?before=1e999",
    ]) {
      const answer = await call(base, "GET", url);
      assert.equal(answer.status, 400, `GET ${url} → ${answer.status} ${answer.body}`);
      assert.equal((JSON.parse(answer.body) as { code: string }).code, "API_BAD_REQUEST");
    }
  });

  it("answers random and mutated bodies on every POST route below 500, and admits nothing it should not", async () => {
    const posts = routes.filter((r) => r.method === "POST").map((r) => r.path);
    assert.deepEqual([...posts].sort(), ["/txs", "/txs/batch", "/txs/estimate"]);
    const hex = (b: Uint8Array) => toHex(b);
    const mutated = fc
      .tuple(fc.nat({ max: validTx.length - 1 }), fc.integer({ min: 1, max: 255 }))
      .map(([at, xor]) => {
        const copy = validTx.slice();
        copy[at] = (copy[at] as number) ^ xor;
        return hex(copy);
      });
    const txField = fc.oneof(
      mutated,
      fc.uint8Array({ maxLength: 300 }).map(hex),
      fc.constantFrom("0x", "0x0", hex(validTx.subarray(0, validTx.length - 1)), `${hex(validTx)}00`),
      fc.string({ maxLength: 30 }),
    );
    const body = fc.oneof(
      txField.map((tx) => JSON.stringify({ tx })),
      fc.array(txField, { minLength: 1, maxLength: 20 }).map((txs) => JSON.stringify({ txs })),
      fc.tuple(txField, fc.string({ maxLength: 50 })).map(([tx, sender]) => JSON.stringify({ tx, sender })),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        "",
        "{",
        "[".repeat(5000),
        `{"tx":"${"00".repeat(70_000)}"}`,
        '{"__proto__":{"tx":"0x"}}',
      ),
    );
    const bob0 = (await new ApiClient(base).account(bob.addressHex)).balance;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts),
        body,
        fc.constantFrom("application/json", "text/plain", "application/octet-stream"),
        async (path, payload, type) => {
          checkAnswer(
            `POST ${path} (${type}) ${payload.slice(0, 120)}`,
            await call(base, "POST", path, payload, type),
          );
        },
      ),
      { numRuns: BODY_RUNS, seed: SEED },
    );
    // A mutation can still be a valid tx of some funded sender only if it kept the signature valid:
    // alice's nonce-1 transfer is the only tx anyone here can pay for; bob got at most that.
    const api = new ApiClient(base);
    const head = (await api.status()).height;
    await waitForHeight(api, head + 2, 10_000);
    const bob1 = BigInt((await api.account(bob.addressHex)).balance);
    assert.ok(bob1 - BigInt(bob0) <= RLC, "no more than alice's one signed transfer was applied");
  });

  it("keeps finalizing blocks after the hostile requests", async () => {
    const api = new ApiClient(base);
    const head = (await api.status()).height;
    assert.ok((await waitForHeight(api, head + 3, 10_000)) >= head + 3);
  });
});
