/**
 * What the market needs from the chain, as small interfaces the node implements with an adapter:
 * raw state by string key (values are canonical protobuf bytes), the ledger of accounts and the
 * registries. Plus the market's constants. No I/O, no clock: time comes in `MarketEnv.timeMs`.
 */

/** Raw market state: string keys (prefixes `ord:`, `deal:`, `task:`, `contrib:`, `score:`, `sla:`, `mkt:`). */
export interface MarketReader {
  get(key: string): Uint8Array | undefined;
}

/** Read-write market state. */
export interface MarketState extends MarketReader {
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

/** The parts of an account the market moves (nRLC). */
export interface LedgerAccount {
  /** Free balance. */
  balance: bigint;
  /** Free worker / scheduler stake. */
  stake: bigint;
  /** Amounts locked in deals, tasks and contributions. */
  locked: bigint;
}

/** Accounts by lowercase 0x-hex address. `update` reads, lets `change` mutate, then writes back. */
export interface Ledger {
  read(address: string): LedgerAccount;
  update(address: string, change: (account: LedgerAccount) => void): void;
}

export interface WorkerpoolInfo {
  /** Lowercase 0x-hex. */
  owner: string;
  schedulerRewardRatio: number;
  powerEfficiency: number;
}

export interface Registries {
  /** Owner (lowercase 0x-hex) of a registered app, or undefined. */
  appOwner(address: string): string | undefined;
  datasetOwner(address: string): string | undefined;
  workerpool(address: string): WorkerpoolInfo | undefined;
  /** The category's work clock time reference T in milliseconds, or undefined when unknown. */
  categoryTimeRefMs(id: bigint): bigint | undefined;
}

/** Everything a market operation sees: state, ledger, registries, chain id and block time. */
export interface MarketEnv {
  state: MarketState;
  ledger: Ledger;
  registries: Registries;
  chainId: number;
  /** Block time (ms) from the header: the only clock. */
  timeMs: number;
  /**
   * The same environment over another state (a child overlay), so that an attempt can be undone as a
   * whole: its ledger and registries must read and write `state`. Default: `{ ...env, state }`.
   */
  fork?(state: MarketState): MarketEnv;
  /**
   * Whether a deal may require TEE (tag bit 0). Absent = false: this chain has no enclave attestation,
   * so no worker could ever serve such a deal and matching refuses it (TX_TEE_UNSUPPORTED).
   */
  teeSupported?: boolean;
  /**
   * The signer of a signed 32-byte digest (`signature` r ‖ s ‖ v, v ∈ {0,1}) — orders' and
   * authorizations' signatures (scheduler/signatures.ts) —, null when nothing recovers. Absent: recovered
   * on this thread. A node passes its memo of the pairs its verifier threads recovered at admission;
   * it must return exactly what recovery returns (a memo of a pure function), so no result changes.
   */
  recoverSigner?(digest: Uint8Array, signature: Uint8Array): Uint8Array | null;
}

/** Scheduler stake per task, in percent of the workerpool price (PoCo v5). */
export const SCHEDULER_STAKE_RATIO = 30n;
/**
 * Worker stake per contribution, in percent of the workerpool price. Our choice (PoCo v5 lets the
 * workerpool set a policy): 30%, the same ratio as the scheduler's stake, so lying costs a worker
 * about a third of what honest work pays.
 */
export const WORKER_STAKE_RATIO = 30n;
/** Share of the kitty paid to a scheduler on each successful task, with a floor (PoCo v5). */
export const KITTY_RATIO = 10n;
export const KITTY_MIN = 1_000_000_000n; // 1 RLC in nRLC
/** Most tasks one deal opens (one match consumes at most this much volume; the rest stays matchable). */
export const MAX_TASKS_PER_DEAL = 256n;
/** Most contributions accepted per task (bounds every loop over contributors). */
export const MAX_CONTRIBUTORS = 64;
/** Largest `results` a finalize may store. */
export const MAX_RESULTS_BYTES = 4096;
/** Most task ids one claimArray may claim (bounds the tx's loop; iExec has no bound but gas). */
export const MAX_CLAIM_ARRAY = 64;
/**
 * Most entries one contributeBatch / revealBatch carries: bounds the tx's loop and its size (a
 * contribute entry is ≈ 190 bytes, so a full batch stays far below the node's tx size limit).
 */
export const MAX_TASK_BATCH = 64;
/** Tag bit 0: TEE required. */
export const TAG_TEE = 1n;

export const TaskStatus = { ACTIVE: 1, REVEALING: 2, COMPLETED: 3, FAILED: 4 } as const;
export const ContributionStatus = { CONTRIBUTED: 1, PROVED: 2, REJECTED: 3 } as const;
