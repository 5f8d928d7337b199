/**
 * The worker's embedded executor: runs a WebAssembly app deterministically in a sandbox.
 *
 * Host ABI, the whole world an app sees (apps/README.md is the app developer's version):
 * - it imports exactly one thing, `env.memory` (a non-shared memory the host creates with a maximum
 *   of `memoryPages`); no functions, so no clock, no randomness, no I/O;
 * - "poco-wasm-1" (hand-written apps): it exports `run(inputLength: i32) -> i32`; the host writes the
 *   input at offset 0, `run` leaves its output at offset 0 and returns its length;
 * - "poco-wasm-2" (compiled languages, whose static data and heap own low memory): it also exports
 *   `alloc(size: i32) -> i32`; the host asks it for a buffer for each of input, args and dataset,
 *   copies them in, and calls `run(inputPtr, inputLen, argsPtr, argsLen, datasetPtr, datasetLen) ->
 *   i32`, which returns a pointer to its output as a u32 little-endian length followed by the bytes;
 * - in both, a negative result is a code: -1 out of memory (EXEC_MEMORY), any other: the app refused
 *   its input (EXEC_TRAP).
 *
 * Each run happens in a fresh `worker_threads` Worker (heap capped by `resourceLimits`) that is
 * terminated on a wall-clock timeout. The module is validated and compiled on the calling thread,
 * then handed to the Worker. The result is the output bytes and its digest keccak256(output), the
 * value a PoCo worker commits to (resultHash = keccak256(taskId ‖ digest)).
 *
 * Determinism: integer arithmetic, IEEE-754 f32/f64 (no fused ops) and a fixed memory are
 * deterministic in WebAssembly; the only exception is NaN bit patterns, which an app must not write
 * to its output (the sample apps never produce NaN).
 */
import { Worker } from "node:worker_threads";
import { keccak256, toHex } from "../crypto/hash.js";

export const ExecutorErrorCode = {
  /** The app ran past its wall-clock budget and was terminated. */
  TIMEOUT: "EXEC_TIMEOUT",
  /** The app asked for more memory than allowed (declared, grown, or heap). */
  MEMORY: "EXEC_MEMORY",
  /** The app trapped (unreachable, out-of-bounds access, division by zero, stack overflow…) or refused its input. */
  TRAP: "EXEC_TRAP",
  /** Not a WebAssembly module following the host ABI. */
  BAD_APP: "EXEC_BAD_APP",
  /** The caller aborted the run (e.g. the worker is stopping). */
  ABORTED: "EXEC_ABORTED",
} as const;
export type ExecutorErrorCode = (typeof ExecutorErrorCode)[keyof typeof ExecutorErrorCode];

export class ExecutorError extends Error {
  constructor(
    readonly code: ExecutorErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExecutorError";
  }
}

export interface ExecutionLimits {
  /** Wall-clock budget in ms (default 10 s). */
  timeoutMs?: number;
  /** Most 64 KiB pages of linear memory (default 1024 = 64 MiB). */
  memoryPages?: number;
  /** Largest output accepted (default 16 MiB). */
  maxOutputBytes?: number;
  /** JS heap of the sandbox thread in MiB (default 32). */
  heapMb?: number;
  /** Aborting terminates the sandbox at once (EXEC_ABORTED). */
  signal?: AbortSignal;
}

export interface ExecutionResult {
  output: Uint8Array;
  /** keccak256(output), 0x hex. */
  digest: string;
  durationMs: number;
}

/** What a run is given: a poco-wasm-1 app sees only `input` (or `args` when there is no input). */
export interface AppInput {
  input?: Uint8Array | undefined;
  args?: Uint8Array | undefined;
  dataset?: Uint8Array | undefined;
}

/** A module checked against the host ABI, ready to run. */
export interface CompiledApp {
  module: WasmModule;
  minPages: number;
  abi: 1 | 2;
}

/** The few parts of the WebAssembly JS API used here (the project's lib settings carry no DOM/wasm types). */
export interface WasmModule {
  readonly __wasmModule?: never;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: {
    new (bytes: Uint8Array): WasmModule;
    imports(module: WasmModule): { module: string; name: string; kind: string }[];
    exports(module: WasmModule): { name: string; kind: string }[];
  };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const PAGE = 65536;
const DEFAULTS: Required<Omit<ExecutionLimits, "signal">> = {
  timeoutMs: 10_000,
  memoryPages: 1024,
  maxOutputBytes: 16 * 1024 * 1024,
  heapMb: 32,
};

/** keccak256 of result bytes as 0x hex: the PoCo result digest. */
export const resultDigestOf = (output: Uint8Array): string => toHex(keccak256(output));

/** The sandbox thread (plain JS, evaluated): instantiate with the host's memory only, run, post back. */
const SANDBOX_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { module, abi, input, args, dataset, initialPages, maxPages, maxOutput } = workerData;
let reply;
let memory;
const refused = (n) =>
  n === -1
    ? { kind: "memory", message: "the app could not grow its memory" }
    : { kind: "trap", message: "the app refused its input (code " + n + ")" };
try {
  memory = new WebAssembly.Memory({ initial: initialPages, maximum: maxPages });
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  if (abi === 1) {
    new Uint8Array(memory.buffer).set(input);
    const n = instance.exports.run(input.length);
    if (n < 0) reply = refused(n);
    else if (n > maxOutput) reply = { kind: "trap", message: "output of " + n + " bytes exceeds the limit" };
    else if (n > memory.buffer.byteLength) reply = { kind: "trap", message: "output length beyond memory" };
    else reply = { kind: "ok", output: new Uint8Array(memory.buffer, 0, n).slice() };
  } else {
    // each buffer in the app's own heap; memory.buffer is re-read after every call (growth replaces it)
    const put = (bytes) => {
      if (bytes.length === 0) return 0;
      const p = instance.exports.alloc(bytes.length);
      if (!(p > 0) || p + bytes.length > memory.buffer.byteLength) return -1;
      new Uint8Array(memory.buffer, p, bytes.length).set(bytes);
      return p;
    };
    const ip = put(input);
    const ap = ip < 0 ? -1 : put(args);
    const dp = ap < 0 ? -1 : put(dataset);
    if (dp < 0) reply = { kind: "memory", message: "alloc gave no room for the task's bytes" };
    else {
      const p = instance.exports.run(ip, input.length, ap, args.length, dp, dataset.length);
      const size = memory.buffer.byteLength;
      const n = p >= 0 && p + 4 <= size ? new DataView(memory.buffer).getUint32(p, true) : 0;
      if (p < 0) reply = refused(p);
      else if (p + 4 > size) reply = { kind: "trap", message: "output pointer beyond memory" };
      else if (n > maxOutput) reply = { kind: "trap", message: "output of " + n + " bytes exceeds the limit" };
      else if (p + 4 + n > size) reply = { kind: "trap", message: "output length beyond memory" };
      else reply = { kind: "ok", output: new Uint8Array(memory.buffer, p + 4, n).slice() };
    }
  }
} catch (err) {
  const message = String((err && err.message) || err);
  // compiled languages abort (unreachable) when their allocator cannot grow memory: a trap with the
  // memory at its maximum is reported as out of memory
  const full = memory !== undefined && memory.buffer.byteLength >= maxPages * 65536;
  if (err instanceof WebAssembly.RuntimeError && full)
    reply = { kind: "memory", message: message + " (memory full at " + maxPages + " pages)" };
  else if (err instanceof WebAssembly.RuntimeError) reply = { kind: "trap", message };
  else if (err instanceof WebAssembly.LinkError) reply = { kind: "bad", message };
  else if (err instanceof RangeError && /memory|alloc/i.test(message)) reply = { kind: "memory", message };
  else reply = { kind: "trap", message };
}
parentPort.postMessage(reply, reply.output ? [reply.output.buffer] : []);
`;

interface Reply {
  kind: "ok" | "trap" | "memory" | "bad";
  message?: string;
  output?: Uint8Array;
}

/** Reads the limits of the imported memory from the module's import section (validated module). */
function importedMemoryLimits(bytes: Uint8Array): { min: number; max?: number; shared: boolean } | undefined {
  let p = 8;
  const u = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) return result;
    }
  };
  while (p < bytes.length) {
    const id = bytes[p++]!;
    const size = u();
    const end = p + size;
    if (id === 2) {
      const count = u();
      for (let i = 0; i < count; i++) {
        const moduleLength = u();
        p += moduleLength;
        const fieldLength = u();
        p += fieldLength;
        const kind = bytes[p++]!;
        if (kind === 0) u();
        else if (kind === 1) {
          p++;
          const flags = bytes[p++]!;
          u();
          if (flags & 1) u();
        } else if (kind === 2) {
          const flags = bytes[p++]!;
          const min = u();
          const max = flags & 1 ? u() : undefined;
          return { min, max, shared: (flags & 2) !== 0 };
        } else if (kind === 3) p += 2;
        else return undefined;
      }
      return undefined;
    }
    p = end;
  }
  return undefined;
}

/** Validates an app against the host ABI and compiles it. Throws EXEC_BAD_APP / EXEC_MEMORY. */
export function compileApp(bytes: Uint8Array, memoryPages = DEFAULTS.memoryPages): CompiledApp {
  if (!Wasm.validate(bytes))
    throw new ExecutorError(ExecutorErrorCode.BAD_APP, "not a valid WebAssembly module");
  const module = new Wasm.Module(bytes);
  const imports = Wasm.Module.imports(module);
  if (
    imports.length !== 1 ||
    imports[0]!.module !== "env" ||
    imports[0]!.name !== "memory" ||
    imports[0]!.kind !== "memory"
  ) {
    throw new ExecutorError(
      ExecutorErrorCode.BAD_APP,
      `an app imports exactly env.memory, not ${imports.map((i) => `${i.module}.${i.name} (${i.kind})`).join(", ") || "nothing"}`,
    );
  }
  const exports = Wasm.Module.exports(module);
  if (!exports.some((e) => e.name === "run" && e.kind === "function")) {
    throw new ExecutorError(ExecutorErrorCode.BAD_APP, "an app exports a function run");
  }
  const abi = exports.some((e) => e.name === "alloc" && e.kind === "function") ? 2 : 1;
  const limits = importedMemoryLimits(bytes);
  if (!limits || limits.shared)
    throw new ExecutorError(ExecutorErrorCode.BAD_APP, "env.memory must be a non-shared memory");
  if (limits.min > memoryPages) {
    throw new ExecutorError(
      ExecutorErrorCode.MEMORY,
      `the app needs ${limits.min} pages, the limit is ${memoryPages}`,
    );
  }
  return { module, minPages: limits.min, abi };
}

const EMPTY = new Uint8Array(0);

/** Runs an app (bytes or a module from `compileApp`) on its input (bytes, or input/args/dataset) within `limits`. */
export async function executeWasm(
  app: Uint8Array | CompiledApp,
  given: Uint8Array | AppInput,
  limits: ExecutionLimits = {},
): Promise<ExecutionResult> {
  const l = { ...DEFAULTS, ...limits };
  const compiled = app instanceof Uint8Array ? compileApp(app, l.memoryPages) : app;
  const parts = given instanceof Uint8Array ? { input: given } : given;
  const args = parts.args ?? EMPTY;
  const dataset = compiled.abi === 2 ? (parts.dataset ?? EMPTY) : EMPTY;
  const input = (compiled.abi === 2 ? parts.input : (parts.input ?? parts.args)) ?? EMPTY;
  const carried = input.length + (compiled.abi === 2 ? args.length : 0) + dataset.length;
  // v1 input lives at offset 0; v2 buffers come on top of the app's own memory
  const initialPages =
    compiled.abi === 1
      ? Math.max(compiled.minPages, Math.ceil(input.length / PAGE), 1)
      : Math.max(compiled.minPages, 1);
  if ((compiled.abi === 1 ? initialPages : initialPages + Math.ceil(carried / PAGE)) > l.memoryPages) {
    throw new ExecutorError(ExecutorErrorCode.MEMORY, `input of ${carried} bytes exceeds the memory limit`);
  }
  if (limits.signal?.aborted) throw new ExecutorError(ExecutorErrorCode.ABORTED, "aborted");
  const started = performance.now();
  const reply = await new Promise<Reply>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(SANDBOX_SOURCE, {
      eval: true,
      workerData: {
        module: compiled.module,
        abi: compiled.abi,
        input,
        args,
        dataset,
        initialPages,
        maxPages: l.memoryPages,
        maxOutput: l.maxOutputBytes,
      },
      resourceLimits: { maxOldGenerationSizeMb: l.heapMb, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    const onAbort = () => finish(() => reject(new ExecutorError(ExecutorErrorCode.ABORTED, "aborted")));
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener("abort", onAbort);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(() => reject(new ExecutorError(ExecutorErrorCode.TIMEOUT, `app ran past ${l.timeoutMs} ms`))),
      l.timeoutMs,
    );
    limits.signal?.addEventListener("abort", onAbort);
    worker.once("message", (m: Reply) => finish(() => resolve(m)));
    worker.once("error", (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new ExecutorError(ExecutorErrorCode.MEMORY, `sandbox out of memory: ${err.message}`)
            : new ExecutorError(ExecutorErrorCode.TRAP, `sandbox failed: ${err.message}`),
        ),
      ),
    );
    worker.once("exit", (code) =>
      finish(() =>
        reject(new ExecutorError(ExecutorErrorCode.TRAP, `sandbox exited (${code}) without a result`)),
      ),
    );
  });
  const durationMs = performance.now() - started;
  switch (reply.kind) {
    case "ok": {
      const output = new Uint8Array(reply.output!);
      return { output, digest: resultDigestOf(output), durationMs };
    }
    case "memory":
      throw new ExecutorError(ExecutorErrorCode.MEMORY, reply.message ?? "out of memory");
    case "bad":
      throw new ExecutorError(ExecutorErrorCode.BAD_APP, reply.message ?? "bad app");
    default:
      throw new ExecutorError(ExecutorErrorCode.TRAP, reply.message ?? "trap");
  }
}
