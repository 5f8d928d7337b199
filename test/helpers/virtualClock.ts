/**
 * Virtual time for in-process simulations: while installed, the global setTimeout / setInterval /
 * clearTimeout / clearInterval schedule on this clock instead of the event loop, and `run` fires the
 * timers in time order, letting every promise chain they start settle before the next one fires. A
 * simulation whose I/O is in memory therefore runs as fast as its CPU work allows and is deterministic
 * (same seed, same run): a 3 s consensus scenario takes milliseconds, not 3 s of sleeping.
 *
 * Mocha keeps its own references to the real timers (taken when it loads), so its test timeouts are
 * unaffected; `setImmediate` stays real and is how `run` waits for pending promise chains.
 */

interface VirtualTimer {
  id: number;
  at: number;
  /** Order of scheduling: timers due at the same instant fire first-scheduled first, like Node's. */
  seq: number;
  fn: (...args: unknown[]) => void;
  args: unknown[];
  /** Repeat period of an interval (undefined for a one-shot timer). */
  every?: number;
}

/** What the node code gets back from setTimeout: enough of Node's Timeout for clear/unref/ref. */
class VirtualHandle {
  constructor(readonly id: number) {}
  unref(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
  [Symbol.toPrimitive](): number {
    return this.id;
  }
}

function before(a: { at: number; seq: number }, b: { at: number; seq: number }): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

const realSetImmediate = globalThis.setImmediate;
const real = {
  setTimeout: globalThis.setTimeout,
  setInterval: globalThis.setInterval,
  clearTimeout: globalThis.clearTimeout,
  clearInterval: globalThis.clearInterval,
};

/** Lets every promise chain that is ready run to its end (in-memory I/O resolves in microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

export class VirtualClock {
  private nowMs: number;
  private nextId = 1;
  private seq = 0;
  private readonly timers = new Map<number, VirtualTimer>();
  /** Min-heap on (at, seq); entries of cancelled or rescheduled timers are skipped when popped. */
  private readonly heap: { at: number; seq: number; id: number }[] = [];
  private installed = false;
  /** Timers fired so far (a measure of the simulation's size). */
  fired = 0;

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  readonly now = (): number => this.nowMs;

  get pending(): number {
    return this.timers.size;
  }

  schedule(
    ms: number,
    fn: (...args: unknown[]) => void,
    args: unknown[] = [],
    every?: number,
  ): VirtualHandle {
    const id = this.nextId++;
    const delay = Math.max(0, Number.isFinite(ms) ? Math.floor(ms) : 0);
    const timer: VirtualTimer = { id, at: this.nowMs + delay, seq: this.seq++, fn, args, every };
    this.timers.set(id, timer);
    this.push(timer);
    return new VirtualHandle(id);
  }

  cancel(handle: unknown): void {
    if (handle instanceof VirtualHandle) this.timers.delete(handle.id);
  }

  /** Routes the global timers to this clock (until `uninstall`). */
  install(): void {
    if (this.installed) return;
    this.installed = true;
    const g = globalThis as unknown as Record<string, unknown>;
    g.setTimeout = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      this.schedule(ms ?? 0, fn, args);
    g.setInterval = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      this.schedule(ms ?? 0, fn, args, Math.max(1, Math.floor(ms ?? 1)));
    g.clearTimeout = (h: unknown) => this.cancel(h);
    g.clearInterval = (h: unknown) => this.cancel(h);
  }

  uninstall(): void {
    if (!this.installed) return;
    this.installed = false;
    Object.assign(globalThis, real);
  }

  private push(t: VirtualTimer): void {
    const h = this.heap;
    h.push({ at: t.at, seq: t.seq, id: t.id });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  /** The next live timer (stale heap entries dropped on the way). */
  private earliest(): VirtualTimer | undefined {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      const t = this.timers.get(top.id);
      if (t && t.seq === top.seq) return t;
      this.pop();
    }
    return undefined;
  }

  /**
   * Fires timers in time order until `done()` holds (checked after each timer's promise chains have
   * settled) or virtual time would pass `untilMs`. Returns whether `done()` held.
   */
  async run(untilMs: number, done: () => boolean = () => false): Promise<boolean> {
    await settle();
    for (;;) {
      if (done()) return true;
      const t = this.earliest();
      if (!t || t.at > untilMs) {
        this.nowMs = Math.max(this.nowMs, untilMs);
        return done();
      }
      this.nowMs = Math.max(this.nowMs, t.at);
      this.pop();
      if (t.every === undefined) this.timers.delete(t.id);
      else {
        t.at += t.every;
        t.seq = this.seq++;
        this.push(t);
      }
      this.fired++;
      t.fn(...t.args);
      await settle();
    }
  }
}
