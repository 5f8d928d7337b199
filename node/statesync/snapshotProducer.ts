/**
 * Produces a snapshot every `interval` heights (`poco node --snapshot-interval N`): when block H with
 * H % N = 0 is committed, a level iterator is opened at once (a read view of height H: see
 * ChainDb.stateEntriesAtNow) and the snapshot is built from it in the background, in slices that
 * yield to the event loop, so block commits never wait for it. One production at a time: a height
 * reached while the previous one is still being built is skipped.
 */
import type { Logger } from "pino";
import type { Chain } from "../chain/chain.js";
import type { SnapshotStore } from "./snapshotStore.js";

export class SnapshotProducer {
  private busy: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Snapshots produced since start (metrics, tests). */
  produced = 0;

  constructor(
    private readonly chain: Chain,
    private readonly store: SnapshotStore,
    private readonly interval: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.interval <= 0) return;
    this.unsubscribe = this.chain.onBlock((block) => {
      if (block.head.height % this.interval === 0)
        this.snapshot(block.head.height, block.head.header.stateRoot);
    });
  }

  /** Waits for a production in progress, and stops producing. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.busy;
  }

  private snapshot(height: number, stateRoot: Uint8Array): void {
    if (this.busy || this.store.has(height)) return;
    // Opened synchronously, right after the block's batch: the view is exactly the state of `height`.
    const entries = this.chain.db.stateEntriesAtNow();
    const started = performance.now();
    this.busy = this.store
      .produce(height, stateRoot, entries)
      .then((info) => {
        this.produced++;
        this.log.info(
          { height, chunks: info.chunks, bytes: info.bytes, ms: Math.round(performance.now() - started) },
          "snapshot produced",
        );
      })
      .catch((err: Error) => this.log.warn({ height, err: err.message }, "snapshot production failed"))
      .finally(() => {
        this.busy = undefined;
      });
  }
}
