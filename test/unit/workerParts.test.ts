/**
 * The worker side's pure parts: signed heartbeats (round trip, forgery, other chain, tampering),
 * the scheduler's replication planning against the chain's credibility rules, app loading from
 * URIs (data:, store: inside the store only), task input from deal params, and the docker executor's
 * sandbox arguments and error mapping (a shell script stands in for the docker CLI).
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { factorialWasm } from "../../apps/sampleApps.js";
import { toHex } from "../../node/crypto/hash.js";
import { inputFromParams, loadAppBytes } from "../../node/worker/appStore.js";
import { dockerArgs, executeDocker } from "../../node/worker/dockerExecutor.js";
import { signHeartbeat, verifyHeartbeat } from "../../node/worker/heartbeat.js";
import { type ExecutorError, resultDigestOf } from "../../node/worker/wasmExecutor.js";
import { projectConsensus, workersNeeded } from "../../node/workerpool/schedulerService.js";
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import { tempDir, testKey } from "../helpers/fixtures.js";

describe("worker: heartbeats, replication planning, app store", () => {
  const worker = testKey(4);
  const hb = {
    seq: 7,
    timeMs: 1_700_000_000_123,
    capacity: 3,
    tags: 0b10n,
    powerEfficiency: 9,
    endpoints: ["http://127.0.0.1:1234"],
  };

  it("a signed heartbeat verifies and carries its fields", () => {
    const bytes = signHeartbeat(4242, worker, hb);
    const v = verifyHeartbeat(4242, bytes);
    assert.deepEqual(v, { ...hb, worker: toHex(worker.address) });
  });

  it("rejects a heartbeat of another chain, a forged worker and tampered bytes", () => {
    const bytes = signHeartbeat(4242, worker, hb);
    assert.throws(() => verifyHeartbeat(4343, bytes), /bad signature/);
    const signed = decodeCanonical(poco.SignedHeartbeat, bytes);
    const body = decodeCanonical(poco.WorkerHeartbeat, signed.heartbeat);
    const forged = encode(poco.SignedHeartbeat, {
      heartbeat: encode(poco.WorkerHeartbeat, { ...body, worker: testKey(5).address }),
      signature: signed.signature,
    });
    assert.throws(() => verifyHeartbeat(4242, forged), /bad signature/);
    const tampered = encode(poco.SignedHeartbeat, {
      heartbeat: encode(poco.WorkerHeartbeat, { ...body, capacity: 99 }),
      signature: signed.signature,
    });
    assert.throws(() => verifyHeartbeat(4242, tampered), /bad signature/);
    assert.throws(() => verifyHeartbeat(4242, new Uint8Array([1, 2, 3])));
  });

  it("plans replication with the chain's credibility math", () => {
    // weights 2 (score 0): trust 1 → 1 worker, trust 3 → 2, trust 5 → 3 (2^k > trust − 1)
    assert.equal(workersNeeded([], 1n, 1n), 1);
    assert.equal(workersNeeded([], 1n, 3n), 2);
    assert.equal(workersNeeded([], 1n, 5n), 3);
    // a liar and an honest worker disagree (groups 2 and 2, total 5): two more agreeing workers at trust 3
    assert.equal(workersNeeded([2n, 2n], 5n, 3n), 2);
    // one honest contribution in, one pending: already enough at trust 3
    assert.equal(projectConsensus([2n], 3n, [0n], 3n).reached, true);
    assert.equal(projectConsensus([2n], 3n, [], 3n).reached, false);
    // high-score workers weigh more: a score-30 worker (weight 9) alone reaches trust 5
    assert.equal(workersNeeded([], 1n, 5n, 30n), 1);
  });

  it("loads apps from data: and store: URIs, never outside the store", async () => {
    const dir = tempDir();
    try {
      const store = join(dir, "store");
      mkdirSync(store);
      writeFileSync(join(store, "f.wasm"), factorialWasm());
      writeFileSync(join(dir, "secret"), "no");
      assert.deepEqual(await loadAppBytes("store:f.wasm", store), factorialWasm());
      const data = `data:application/wasm;base64,${Buffer.from(factorialWasm()).toString("base64")}`;
      assert.deepEqual(await loadAppBytes(data), factorialWasm());
      await assert.rejects(loadAppBytes("store:../secret", store), /outside the app store/);
      await assert.rejects(loadAppBytes(`file://${join(dir, "secret")}`, store), /outside the app store/);
      await assert.rejects(loadAppBytes("docker://app"), /unsupported/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads task input from deal params", () => {
    assert.deepEqual(inputFromParams('{"input":"0x0102"}'), Uint8Array.from([1, 2]));
    assert.deepEqual(inputFromParams('{"iexec_args":"hi"}'), new TextEncoder().encode("hi"));
    assert.deepEqual(inputFromParams(""), new Uint8Array(0));
    assert.deepEqual(inputFromParams("raw"), new TextEncoder().encode("raw"));
  });
});

describe("worker: docker executor (with a stand-in docker CLI)", () => {
  let dir: string;
  const fake = (body: string) => {
    const path = join(dir, `docker-${Math.random().toString(36).slice(2)}`);
    writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return path;
  };
  before(() => {
    dir = tempDir();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("sandboxes the container: no network, read-only, no capabilities, memory and CPU caps", () => {
    assert.deepEqual(dockerArgs("iexechub/app:1.0", { memoryMb: 256, cpus: 2 }), [
      "run",
      "--rm",
      "-i",
      "--network=none",
      "--read-only",
      "--cap-drop=ALL",
      "--security-opt=no-new-privileges",
      "--pids-limit=64",
      "--memory=256m",
      "--cpus=2",
      "iexechub/app:1.0",
    ]);
    assert.throws(
      () => dockerArgs("--privileged"),
      (e: unknown) => (e as ExecutorError).code === "EXEC_BAD_APP",
    );
  });

  it("stdin → stdout with its digest; typed errors for timeout, OOM kill, failure, no CLI", async () => {
    const r = await executeDocker("app", new TextEncoder().encode("hello"), { docker: fake("cat") });
    assert.equal(new TextDecoder().decode(r.output), "hello");
    assert.equal(r.digest, resultDigestOf(r.output));
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: ExecutorError) => e.code,
      );
    assert.equal(
      await code(executeDocker("app", new Uint8Array(0), { docker: fake("sleep 5"), timeoutMs: 200 })),
      "EXEC_TIMEOUT",
    );
    assert.equal(
      await code(executeDocker("app", new Uint8Array(0), { docker: fake("exit 137") })),
      "EXEC_MEMORY",
    );
    assert.equal(
      await code(executeDocker("app", new Uint8Array(0), { docker: fake("exit 3") })),
      "EXEC_TRAP",
    );
    assert.equal(
      await code(executeDocker("app", new Uint8Array(0), { docker: join(dir, "nope") })),
      "EXEC_BAD_APP",
    );
  });
});
