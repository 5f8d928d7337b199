/** Prometheus metrics of one node, on its own registry (no global default registry). */
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export class NodeMetrics {
  readonly registry = new Registry();
  readonly headHeight = new Gauge({
    name: "poco_head_height",
    help: "Height of the last committed block",
    registers: [this.registry],
  });
  readonly blocksCommitted = new Counter({
    name: "poco_blocks_committed_total",
    help: "Blocks committed",
    registers: [this.registry],
  });
  readonly txsCommitted = new Counter({
    name: "poco_txs_committed_total",
    help: "Transactions committed in blocks, by outcome",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly txsRejected = new Counter({
    name: "poco_txs_rejected_total",
    help: "Transactions refused at submission, by error code",
    labelNames: ["code"],
    registers: [this.registry],
  });
  readonly mempoolTxs = new Gauge({
    name: "poco_mempool_txs",
    help: "Transactions in the mempool",
    registers: [this.registry],
  });
  readonly blockCommitSeconds = new Histogram({
    name: "poco_block_commit_seconds",
    help: "Time to execute, persist and commit a block",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly blockExecutionSeconds = new Histogram({
    name: "poco_block_execution_seconds",
    help: "Time to build or validate a committed block before voting: signatures, execution, roots",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly headAgeSeconds = new Gauge({
    name: "poco_head_age_seconds",
    help: "Age of the head block (its time to now), at scrape time",
    registers: [this.registry],
  });
  readonly peers = new Gauge({
    name: "poco_p2p_peers",
    help: "Connected p2p peers",
    registers: [this.registry],
  });
  readonly syncing = new Gauge({
    name: "poco_syncing",
    help: "1 while catching up with blocks from peers",
    registers: [this.registry],
  });
  readonly healthy = new Gauge({
    name: "poco_healthy",
    help: "1 when GET /health answers 200 (see its reasons otherwise)",
    registers: [this.registry],
  });
}
