/**
 * Coalesces one account's per-task entries (contributions, reveals) into batch txs: entries submitted
 * while the previous batch is in flight, or within `windowMs`, go out together as one tx (up to
 * `maxEntries`), so a worker sends about one contribute tx and one reveal tx per block whatever the
 * number of its tasks. A single entry goes out in its single form. A batch is all or none on chain: when
 * one fails, each of its entries is retried alone, so one bad entry never sinks the others.
 */
import { MAX_TASK_BATCH } from "../../scheduler/index.js";
import type { TxBody, TxReceipt } from "./txSender.js";

export interface EntryBatcherOptions<E> {
  /** Sends one tx and resolves with its committed receipt (e.g. `TxSender.send`). */
  send(body: TxBody): Promise<TxReceipt>;
  single(entry: E): TxBody;
  batch(entries: E[]): TxBody;
  maxEntries?: number;
  /** How long the first entry of a batch waits for others (ms). */
  windowMs?: number;
  /** Most entries waiting (bounded memory); beyond it `submit` rejects. */
  maxQueued?: number;
}

interface Pending<E> {
  entry: E;
  resolve(r: TxReceipt): void;
  reject(err: unknown): void;
}

export class EntryBatcher<E> {
  private queue: Pending<E>[] = [];
  private flushing = false;
  private timer: NodeJS.Timeout | undefined;
  /** Batch txs and single txs sent (for tests and metrics). */
  readonly sent = { batches: 0, singles: 0 };

  constructor(private readonly o: EntryBatcherOptions<E>) {}

  /** Queues an entry; resolves with the receipt of the tx that carried it. */
  submit(entry: E): Promise<TxReceipt> {
    if (this.queue.length >= (this.o.maxQueued ?? 4 * MAX_TASK_BATCH))
      return Promise.reject(new Error("entry batcher: too many entries waiting"));
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushing || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.o.windowMs ?? 20);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const take = this.queue.splice(0, this.o.maxEntries ?? MAX_TASK_BATCH);
        await this.sendGroup(take);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async sendGroup(group: Pending<E>[]): Promise<void> {
    if (group.length > 1) {
      this.sent.batches++;
      let receipt: TxReceipt | undefined;
      try {
        receipt = await this.o.send(this.o.batch(group.map((p) => p.entry)));
      } catch {
        receipt = undefined; // not sent or not committed: retry each alone below
      }
      if (receipt?.status === "success") {
        for (const p of group) p.resolve(receipt);
        return;
      }
    }
    for (const p of group) {
      this.sent.singles++;
      try {
        p.resolve(await this.o.send(this.o.single(p.entry)));
      } catch (err) {
        p.reject(err);
      }
    }
  }
}
