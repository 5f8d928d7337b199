/**
 * Bulk secp256k1 sender recovery, off the event loop. `SignatureVerifier.recoverMany` turns
 * (digest, r ‖ s ‖ v) pairs into the signers' 20-byte addresses (null where a signature recovers
 * nothing). Two implementations:
 * - `InThreadVerifier`: recovers on the calling thread with a `SignatureBackend` (tests, tiny nodes);
 * - `WorkerPoolVerifier`: a pool of worker threads sized by the machine's cores, so recovery runs in
 *   parallel with block execution and never blocks gossip, votes or timers. The idea of Lodestar's
 *   BLS thread pool: batches are cut into chunks spread over the workers, a bounded queue refuses
 *   low-priority work when full (the caller drops the gossip message: the overload is ours, no peer
 *   penalty), and high-priority work (proposals, block sync) is served first and never refused.
 *   Batches too small to pay for a thread hop are recovered in-thread.
 * Both follow `SignatureBackend.recoverPublicKey`'s rules: high s, v ∉ {0,1} or an invalid r/s recover
 * nothing. The workers use libsecp256k1 when its binding loads, else @noble/curves.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { addressFromPublicKey } from "./address.js";
import { defaultBackend, nativeBackend, type SignatureBackend } from "./secp256k1.js";

export interface RecoverItem {
  /** The 32-byte signed digest. */
  hash: Uint8Array;
  /** 65 bytes r ‖ s ‖ v, v ∈ {0,1}. */
  signature: Uint8Array;
}

export type RecoverPriority = "high" | "low";

export interface SignatureVerifier {
  readonly name: string;
  /**
   * The signer address of each item, in order (null: the signature recovers nothing). "low" priority
   * work (gossip) may be refused with VerifierError BUSY when the queue is full; "high" (proposals,
   * commits, sync) is queued ahead of it and never refused. Malformed items (wrong sizes) give null.
   */
  recoverMany(items: readonly RecoverItem[], priority?: RecoverPriority): Promise<(Uint8Array | null)[]>;
  /** Stops the threads; pending work is refused with CLOSED. */
  close(): Promise<void>;
}

export const VerifierErrorCode = {
  BUSY: "VERIFIER_BUSY",
  CLOSED: "VERIFIER_CLOSED",
  WORKER_FAILED: "VERIFIER_WORKER_FAILED",
} as const;
export type VerifierErrorCode = (typeof VerifierErrorCode)[keyof typeof VerifierErrorCode];

export class VerifierError extends Error {
  constructor(
    readonly code: VerifierErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "VerifierError";
  }
}

function wellFormed(item: RecoverItem): boolean {
  return (
    item.hash instanceof Uint8Array &&
    item.hash.length === 32 &&
    item.signature instanceof Uint8Array &&
    item.signature.length === 65
  );
}

function recoverOne(backend: SignatureBackend, item: RecoverItem): Uint8Array | null {
  if (!wellFormed(item)) return null;
  const publicKey = backend.recoverPublicKey(item.hash, item.signature);
  return publicKey ? addressFromPublicKey(publicKey) : null;
}

/** Recoveries per slice before an in-thread batch yields to the event loop (≈ 5–10 ms natively). */
const IN_THREAD_SLICE = 128;

/** Recovery on the calling thread: the reference, and the path for tiny batches. */
export class InThreadVerifier implements SignatureVerifier {
  readonly name: string;

  constructor(private readonly backend: SignatureBackend = defaultBackend) {
    this.name = `in-thread-${backend.name}`;
  }

  /** A large batch is recovered in slices, yielding between them so network I/O keeps flowing. */
  async recoverMany(items: readonly RecoverItem[]): Promise<(Uint8Array | null)[]> {
    if (items.length <= IN_THREAD_SLICE) return this.recoverSync(items);
    const out: (Uint8Array | null)[] = [];
    for (let i = 0; i < items.length; i += IN_THREAD_SLICE) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      for (const item of items.slice(i, i + IN_THREAD_SLICE)) out.push(recoverOne(this.backend, item));
    }
    return out;
  }

  recoverSync(items: readonly RecoverItem[]): (Uint8Array | null)[] {
    return items.map((item) => recoverOne(this.backend, item));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The worker thread (plain JS, evaluated, so it runs the same from the sources and from the bundle in
 * dist/). Input: n digests (n·32 bytes) and n signatures (n·65 bytes) in two flat buffers; output: n
 * addresses (n·20 bytes) and n flags (1 = recovered).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const HALF_N = Buffer.from("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", "hex");
function highS(sig, o) {
  for (let i = 0; i < 32; i++) {
    const a = sig[o + 32 + i], b = HALF_N[i];
    if (a !== b) return a > b;
  }
  return false;
}
(async () => {
  const keccak = await (await import(workerData.keccakUrl)).createKeccak(256);
  let recover;
  if (workerData.nativePath) {
    const lib = require(workerData.nativePath);
    recover = (sig64, v, hash) => lib.ecdsaRecover(sig64, v, hash, false);
  } else {
    const { secp256k1 } = await import(workerData.nobleUrl);
    recover = (sig64, v, hash) =>
      secp256k1.Signature.fromBytes(sig64, "compact").addRecoveryBit(v).recoverPublicKey(hash).toBytes(false);
  }
  parentPort.on("message", ({ id, hashes, signatures, n }) => {
    const addresses = new Uint8Array(n * 20);
    const ok = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const o = k * 65;
      const v = signatures[o + 64];
      if ((v !== 0 && v !== 1) || highS(signatures, o)) continue;
      try {
        const pub = recover(signatures.subarray(o, o + 64), v, hashes.subarray(k * 32, k * 32 + 32));
        keccak.init();
        keccak.update(pub.subarray(1));
        addresses.set(keccak.digest("binary").subarray(12), k * 20);
        ok[k] = 1;
      } catch {}
    }
    parentPort.postMessage({ id, addresses, ok }, [addresses.buffer, ok.buffer]);
  });
  parentPort.postMessage({ ready: true });
})().catch((err) => { throw err; });
`;

export interface WorkerPoolOptions {
  /** Worker threads; default: the machine's cores less one for the event loop (at least 1, at most 8). */
  threads: number;
  /** Low-priority signatures waiting at most (beyond: BUSY). */
  maxQueuedItems: number;
  /** A batch is cut into chunks of at most this many signatures, spread over the workers. */
  chunkSize: number;
  /**
   * Chunks sent to a thread before its first reply comes back. With one, a thread waits for the event
   * loop between chunks, and the event loop is busy executing a block for tens of ms at a time: the
   * thread then idles (measured: one 256-signature chunk per block executed). More keep it busy;
   * a high-priority chunk waits behind at most this many − 1 chunks already sent.
   */
  inFlightPerThread: number;
  /** Batches smaller than this are recovered in-thread (a thread hop costs about one recovery). */
  inThreadBelow: number;
  /** Backend for in-thread recovery of tiny batches. */
  backend: SignatureBackend;
  /** Where the threads load their modules from (default: resolved from this package). */
  modules?: Partial<WorkerModules>;
}

interface WorkerModules {
  keccakUrl: string;
  nobleUrl: string;
  nativePath: string | null;
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

export const DEFAULT_WORKER_POOL: Omit<WorkerPoolOptions, "threads" | "backend"> = {
  maxQueuedItems: 32_768,
  chunkSize: 256,
  inFlightPerThread: 3,
  inThreadBelow: 8,
};

interface Job {
  items: readonly RecoverItem[];
  priority: RecoverPriority;
  resolve: (out: (Uint8Array | null)[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not answered yet, by message id (answered in the order sent). */
  jobs: Map<number, Job>;
}

interface Reply {
  id?: number;
  ready?: boolean;
  addresses?: Uint8Array;
  ok?: Uint8Array;
}

const moduleRequire = createRequire(import.meta.url);

function workerData(): WorkerModules {
  let nativePath: string | null = null;
  if (nativeBackend) {
    try {
      nativePath = moduleRequire.resolve("secp256k1/bindings.js");
    } catch {
      nativePath = null;
    }
  }
  return {
    keccakUrl: import.meta.resolve("hash-wasm"),
    nobleUrl: import.meta.resolve("@noble/curves/secp256k1.js"),
    nativePath,
  };
}

export class WorkerPoolVerifier implements SignatureVerifier {
  readonly name: string;
  private readonly options: WorkerPoolOptions;
  private readonly slots: Slot[] = [];
  private readonly high: Job[] = [];
  private readonly low: Job[] = [];
  private queuedLow = 0;
  private nextId = 0;
  private closed = false;
  private started = false;
  private readonly inThread: InThreadVerifier;
  private readonly data: WorkerModules;

  constructor(options: Partial<WorkerPoolOptions> = {}) {
    this.options = {
      ...DEFAULT_WORKER_POOL,
      threads: defaultThreads(),
      backend: defaultBackend,
      ...options,
    };
    this.inThread = new InThreadVerifier(this.options.backend);
    this.data = { ...workerData(), ...this.options.modules };
    this.name = `workers-${this.options.threads}-${this.data.nativePath ? "native" : "noble"}`;
  }

  /** Threads start with the first batch worth sending them: a node's start-up does not wait on them. */
  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.options.threads; i++) this.slots.push(this.spawn());
  }

  /** Threads running (0 before the first batch, or when none could start). */
  get threads(): number {
    return this.slots.length;
  }

  /** Chunks sent to the threads and not answered yet (metrics, tests). */
  get inFlight(): number {
    let n = 0;
    for (const slot of this.slots) n += slot.jobs.size;
    return n;
  }

  /** Signatures waiting (both priorities), for metrics and tests. */
  get queued(): number {
    let n = 0;
    for (const j of this.high) n += j.items.length;
    return n + this.queuedLow;
  }

  recoverMany(
    items: readonly RecoverItem[],
    priority: RecoverPriority = "low",
  ): Promise<(Uint8Array | null)[]> {
    if (this.closed) return Promise.reject(new VerifierError(VerifierErrorCode.CLOSED, "verifier closed"));
    if (items.length < this.options.inThreadBelow) return this.inThread.recoverMany(items);
    this.ensureStarted();
    if (this.slots.length === 0) return this.inThread.recoverMany(items);
    if (priority === "low" && this.queuedLow + items.length > this.options.maxQueuedItems) {
      return Promise.reject(
        new VerifierError(
          VerifierErrorCode.BUSY,
          `verifier queue full (${this.queuedLow} signatures waiting)`,
        ),
      );
    }
    const chunks: Promise<(Uint8Array | null)[]>[] = [];
    for (let i = 0; i < items.length; i += this.options.chunkSize) {
      const chunk = items.slice(i, i + this.options.chunkSize);
      chunks.push(
        new Promise((resolve, reject) => this.enqueue({ items: chunk, priority, resolve, reject })),
      );
    }
    this.dispatch();
    return Promise.all(chunks).then((parts) => parts.flat());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new VerifierError(VerifierErrorCode.CLOSED, "verifier closed");
    for (const job of [...this.high.splice(0), ...this.low.splice(0)]) job.reject(err);
    this.queuedLow = 0;
    await Promise.all(
      this.slots.map((slot) => {
        for (const job of slot.jobs.values()) job.reject(err);
        slot.jobs.clear();
        return slot.worker.terminate();
      }),
    );
  }

  /** No thread left: every waiting job is recovered on the calling thread. */
  private drainInThread(): void {
    for (let job = this.take(); job; job = this.take()) job.resolve(this.inThread.recoverSync(job.items));
  }

  private enqueue(job: Job): void {
    if (job.priority === "high") this.high.push(job);
    else {
      this.low.push(job);
      this.queuedLow += job.items.length;
    }
  }

  private take(): Job | undefined {
    const high = this.high.shift();
    if (high) return high;
    const low = this.low.shift();
    if (low) this.queuedLow -= low.items.length;
    return low;
  }

  /** Fills the threads, least loaded first, each up to `inFlightPerThread` chunks. */
  private dispatch(): void {
    for (;;) {
      let best: Slot | undefined;
      for (const slot of this.slots) {
        if (!slot.ready || slot.jobs.size >= this.options.inFlightPerThread) continue;
        if (best === undefined || slot.jobs.size < best.jobs.size) best = slot;
      }
      if (best === undefined) return;
      const job = this.take();
      if (!job) return;
      this.send(best, job);
    }
  }

  private send(slot: Slot, job: Job): void {
    const n = job.items.length;
    const hashes = new Uint8Array(n * 32);
    const signatures = new Uint8Array(n * 65);
    // Malformed items are sent as zero signatures (v = 0, r = s = 0: recovers nothing) and nulled after.
    job.items.forEach((item, k) => {
      if (!wellFormed(item)) return;
      hashes.set(item.hash, k * 32);
      signatures.set(item.signature, k * 65);
    });
    const id = this.nextId++;
    slot.jobs.set(id, job);
    slot.worker.ref();
    slot.worker.postMessage({ id, hashes, signatures, n }, [hashes.buffer, signatures.buffer]);
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.data });
    const slot: Slot = { worker, ready: false, jobs: new Map() };
    worker.unref();
    worker.on("message", (reply: Reply) => {
      if (reply.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = reply.id === undefined ? undefined : slot.jobs.get(reply.id);
      if (reply.id !== undefined) slot.jobs.delete(reply.id);
      if (slot.jobs.size === 0) worker.unref();
      if (job && reply.addresses && reply.ok) {
        const out: (Uint8Array | null)[] = [];
        for (let k = 0; k < job.items.length; k++) {
          out.push(
            reply.ok[k] === 1 && wellFormed(job.items[k]!)
              ? reply.addresses.slice(k * 20, k * 20 + 20)
              : null,
          );
        }
        job.resolve(out);
      }
      this.dispatch();
    });
    const fail = (why: string) => {
      const err = new VerifierError(VerifierErrorCode.WORKER_FAILED, why);
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      // A thread that crashed after starting is replaced, so the pool keeps its size; one that could not
      // start (its modules did not load) is not: no respawn loop, and without threads the pool
      // recovers in-thread.
      if (slot.ready) this.slots[index] = this.spawn();
      else {
        this.slots.splice(index, 1);
        if (this.slots.length === 0) this.drainInThread();
      }
    };
    worker.on("error", (err) => fail(`signature worker failed: ${err.message}`));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(`signature worker exited (${code})`);
    });
    return slot;
  }
}

/** The node's verifier: a worker pool on a multi-core machine or when asked, else in-thread. */
export function createSignatureVerifier(
  backend: SignatureBackend = defaultBackend,
  options: Partial<WorkerPoolOptions> = {},
): SignatureVerifier {
  // A backend that is neither of the two known ones (an instrumented test backend) keeps its own path.
  if (backend !== defaultBackend && backend !== nativeBackend && backend.name !== "noble")
    return new InThreadVerifier(backend);
  return new WorkerPoolVerifier({ backend, ...options });
}
