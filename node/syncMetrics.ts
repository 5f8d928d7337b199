/**
 * Sync progress: the head the best peer claims, how far behind it this node is, blocks imported by
 * block sync (rate = blocks/s), and the state sync's chunks written out of the snapshot's total. The
 * syncing flag itself is poco_syncing (metrics.ts).
 */
import { Counter, Gauge, type Registry } from "prom-client";

/** What the gauges read at scrape time. */
export interface SyncView {
  headHeight(): number;
  /** Highest head a peer claimed (0 when unknown). */
  bestPeerHeight(): number;
}

export class SyncMetrics {
  readonly blocksImported: Counter;
  readonly stateSyncChunksDone: Gauge;
  readonly stateSyncChunksTotal: Gauge;
  private view: SyncView | undefined;

  constructor(registry: Registry) {
    const registers = [registry];
    const self = this;
    new Gauge({
      name: "poco_sync_target_height",
      help: "Highest head claimed by a peer at the last status poll (0 when unknown)",
      registers,
      collect() {
        this.set(self.view?.bestPeerHeight() ?? 0);
      },
    });
    new Gauge({
      name: "poco_sync_blocks_behind",
      help: "Blocks between this node's head and the highest head a peer claims (0 when ahead or unknown)",
      registers,
      collect() {
        const v = self.view;
        this.set(v ? Math.max(0, v.bestPeerHeight() - v.headHeight()) : 0);
      },
    });
    this.blocksImported = new Counter({
      name: "poco_sync_blocks_imported_total",
      help: "Blocks committed while catching up from peers (block sync); rate() = blocks/s imported",
      registers,
    });
    this.stateSyncChunksDone = new Gauge({
      name: "poco_statesync_chunks_done",
      help: "Chunks of the state snapshot verified and written (state sync at start)",
      registers,
    });
    this.stateSyncChunksTotal = new Gauge({
      name: "poco_statesync_snapshot_chunks",
      help: "Chunks in the state snapshot being synced (0 when no state sync ran)",
      registers,
    });
  }

  follow(view: SyncView): void {
    this.view = view;
  }

  stateSyncProgress(done: number, total: number): void {
    this.stateSyncChunksDone.set(done);
    this.stateSyncChunksTotal.set(total);
  }
}
