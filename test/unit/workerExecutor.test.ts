/**
 * The WebAssembly executor: sample apps' outputs against plain TypeScript reimplementations, the
 * committed .wasm files equal a fresh build, determinism (same digest on every run), and every limit
 * with its typed error: timeout, memory (declared, grown), trap, and apps breaking the host ABI.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  factorialInput,
  factorialReference,
  factorialWasm,
  mandelbrotInput,
  mandelbrotReference,
  mandelbrotWasm,
  piHits,
  piInput,
  piReference,
  piWasm,
  SAMPLE_APPS,
} from "../../apps/sampleApps.js";
import { encodeModule, I32, op } from "../../apps/wasmEncoder.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import {
  ExecutorError,
  type ExecutorErrorCode,
  executeWasm,
  resultDigestOf,
} from "../../node/worker/wasmExecutor.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

async function rejectsWith(p: Promise<unknown>, code: ExecutorErrorCode): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof ExecutorError, String(err));
    assert.equal(err.code, code, err.message);
    return true;
  });
}

/** A module whose run body is `body` (returns i32). */
const tiny = (body: number[], memoryMinPages = 1) =>
  encodeModule({
    memoryMinPages,
    functions: [{ export: "run", params: [I32], results: [I32], locals: [], body }],
  });

describe("worker: WebAssembly executor", function () {
  this.timeout(30_000);

  it("the committed apps/*.wasm equal a fresh build", () => {
    for (const app of SAMPLE_APPS) {
      const committed = readFileSync(join(import.meta.dirname, "../../apps", app.file));
      assert.equal(hex(committed), hex(app.build()), app.file);
    }
  });

  it("factorial matches n! mod 2^64", async () => {
    for (const n of [0n, 1n, 5n, 20n, 21n, 25n, 1000n]) {
      const r = await executeWasm(factorialWasm(), factorialInput(n));
      assert.equal(hex(r.output), hex(factorialReference(n)), `n = ${n}`);
      assert.equal(r.digest, toHex(keccak256(r.output)));
    }
    const r = await executeWasm(factorialWasm(), factorialInput(20n));
    assert.equal(new DataView(r.output.buffer).getBigUint64(0, true), 2432902008176640000n);
  });

  it("Monte-Carlo π matches the reference PRNG and estimates π", async () => {
    for (const [seed, n] of [
      [1n, 1000],
      [0n, 10],
      [0xdeadbeefn, 200_000],
    ] as const) {
      const r = await executeWasm(piWasm(), piInput(seed, n));
      assert.equal(hex(r.output), hex(piReference(seed, n)));
    }
    const pi = (4 * Number(piHits(7n, 200_000))) / 200_000;
    assert.ok(Math.abs(pi - Math.PI) < 0.02, `π ≈ ${pi}`);
  });

  it("the Mandelbrot renderer matches the reference PGM byte for byte", async () => {
    for (const [w, h, it] of [
      [1, 1, 1],
      [64, 48, 50],
      [123, 77, 200],
    ] as const) {
      const r = await executeWasm(mandelbrotWasm(), mandelbrotInput(w, h, it));
      assert.equal(r.output.length, mandelbrotReference(w, h, it).length);
      assert.equal(hex(r.output), hex(mandelbrotReference(w, h, it)), `${w}×${h}`);
    }
  });

  it("is deterministic: the same app and input give the same digest every time", async () => {
    const input = mandelbrotInput(80, 60, 100);
    const runs = await Promise.all([1, 2, 3, 4].map(() => executeWasm(mandelbrotWasm(), input)));
    assert.equal(new Set(runs.map((r) => r.digest)).size, 1);
    assert.equal(runs[0]!.digest, resultDigestOf(mandelbrotReference(80, 60, 100)));
  });

  it("EXEC_TIMEOUT: a run past the wall-clock budget is terminated", async () => {
    const started = Date.now();
    await rejectsWith(
      executeWasm(factorialWasm(), factorialInput(1n << 62n), { timeoutMs: 300 }),
      "EXEC_TIMEOUT",
    );
    assert.ok(Date.now() - started < 5_000);
    // an infinite loop
    await rejectsWith(
      executeWasm(tiny([...op.loop, ...op.br(0), ...op.end, ...op.i32(0)]), new Uint8Array(0), {
        timeoutMs: 200,
      }),
      "EXEC_TIMEOUT",
    );
  });

  it("EXEC_MEMORY: growing past the limit, declaring too much, or too large an input", async () => {
    // 2000 × 2000 pixels need 62 pages; the limit is 16
    await rejectsWith(
      executeWasm(mandelbrotWasm(), mandelbrotInput(2000, 2000, 1), { memoryPages: 16 }),
      "EXEC_MEMORY",
    );
    await rejectsWith(
      executeWasm(tiny(op.i32(0), 40), new Uint8Array(0), { memoryPages: 16 }),
      "EXEC_MEMORY",
    );
    await rejectsWith(
      executeWasm(factorialWasm(), new Uint8Array(2 * 65536), { memoryPages: 1 }),
      "EXEC_MEMORY",
    );
    // the same render fits with a larger limit
    const ok = await executeWasm(mandelbrotWasm(), mandelbrotInput(300, 300, 1), { memoryPages: 16 });
    assert.equal(ok.output.length, mandelbrotReference(300, 300, 1).length);
  });

  it("EXEC_TRAP: unreachable, out-of-bounds, division by zero, refused input", async () => {
    await rejectsWith(executeWasm(tiny([...op.unreachable]), new Uint8Array(0)), "EXEC_TRAP");
    await rejectsWith(
      executeWasm(tiny([...op.i32(1 << 20), ...op.i32Load()]), new Uint8Array(0)),
      "EXEC_TRAP",
    );
    await rejectsWith(
      executeWasm(tiny([...op.i32(1), ...op.i32(0), ...op.i32DivU]), new Uint8Array(0)),
      "EXEC_TRAP",
    );
    await rejectsWith(executeWasm(factorialWasm(), new Uint8Array(3)), "EXEC_TRAP");
    await rejectsWith(executeWasm(tiny(op.i32(1 << 30)), new Uint8Array(0)), "EXEC_TRAP");
  });

  it("EXEC_BAD_APP: not wasm, host imports (clock, randomness), no run export", async () => {
    await rejectsWith(
      executeWasm(new TextEncoder().encode("#!/bin/sh\necho hi"), new Uint8Array(0)),
      "EXEC_BAD_APP",
    );
    const withImport = encodeModule({
      memoryMinPages: 1,
      extraFunctionImports: [["wasi_snapshot_preview1", "clock_time_get"]],
      functions: [{ export: "run", params: [I32], results: [I32], locals: [], body: op.i32(0) }],
    });
    await rejectsWith(executeWasm(withImport, new Uint8Array(0)), "EXEC_BAD_APP");
    const noRun = encodeModule({
      memoryMinPages: 1,
      functions: [{ export: "main", params: [I32], results: [I32], locals: [], body: op.i32(0) }],
    });
    await rejectsWith(executeWasm(noRun, new Uint8Array(0)), "EXEC_BAD_APP");
  });
});
