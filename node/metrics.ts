/** Prometheus metrics of one node, on its own registry (no global default registry). */
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { MarketMetrics } from "./marketMetrics.js";
import { P2PMetrics } from "./p2p/p2pMetrics.js";
import { SyncMetrics } from "./syncMetrics.js";

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
  // Consensus and blocks, as CometBFT's consensus metrics (observed at each committed block).
  readonly blockIntervalSeconds = new Histogram({
    name: "poco_block_interval_seconds",
    help: "Time between a block and its parent (header times)",
    buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 5, 10, 30],
    registers: [this.registry],
  });
  readonly blockTxs = new Histogram({
    name: "poco_block_txs",
    help: "Transactions per committed block",
    buckets: [0, 1, 10, 50, 100, 250, 500, 1000, 2000],
    registers: [this.registry],
  });
  readonly blockSizeBytes = new Histogram({
    name: "poco_block_size_bytes",
    help: "Bytes of signed transactions per committed block",
    buckets: [0, 1e3, 1e4, 1e5, 2.5e5, 5e5, 1e6, 4e6],
    registers: [this.registry],
  });
  readonly blockGasUsed = new Gauge({
    name: "poco_block_gas_used",
    help: "Gas used by the last committed block (its limit: poco_block_gas_limit)",
    registers: [this.registry],
  });
  readonly blockGasLimit = new Gauge({
    name: "poco_block_gas_limit",
    help: "Gas limit of the last committed block",
    registers: [this.registry],
  });
  readonly consensusRound = new Gauge({
    name: "poco_consensus_round",
    help: "Round at which the last block was decided (0 = first round)",
    registers: [this.registry],
  });
  readonly consensusExtraRounds = new Counter({
    name: "poco_consensus_extra_rounds_total",
    help: "Rounds beyond the first needed to decide blocks (proposer down, timeouts)",
    registers: [this.registry],
  });
  readonly validators = new Gauge({
    name: "poco_validators",
    help: "Validators in the active set",
    registers: [this.registry],
  });
  readonly validatorsPower = new Gauge({
    name: "poco_validators_power",
    help: "Total voting power of the active set",
    registers: [this.registry],
  });
  readonly missingValidators = new Gauge({
    name: "poco_missing_validators",
    help: "Active validators whose precommit the last block's commit does not carry",
    registers: [this.registry],
  });
  readonly missingValidatorsPower = new Gauge({
    name: "poco_missing_validators_power",
    help: "Voting power of the missing validators",
    registers: [this.registry],
  });
  readonly txsByKind = new Counter({
    name: "poco_txs_by_kind_total",
    help: "Committed transactions by kind (evidence = byzantine evidence of double signing)",
    labelNames: ["kind"],
    registers: [this.registry],
  });
  readonly healthy = new Gauge({
    name: "poco_healthy",
    help: "1 when GET /health answers 200 (see its reasons otherwise)",
    registers: [this.registry],
  });
  readonly apiRefused = new Counter({
    name: "poco_api_refused_total",
    help: "API requests refused by the per-client limits: rate (429) or connections (503, closed)",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  // Families with their own collectors (the bridge's are registered by the bridge service).
  readonly p2p = new P2PMetrics(this.registry);
  readonly sync = new SyncMetrics(this.registry);
  readonly market = new MarketMetrics(this.registry);
}
