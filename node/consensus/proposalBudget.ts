/**
 * How many transactions this node puts in the blocks it proposes: as many as the validators can
 * execute within a share of the round's propose timeout, as they run now (a loaded machine executes
 * slower, so its proposals shrink instead of making every round time out).
 *
 * Two measurements, both kept as integer moving averages:
 *   - execution cost: picoseconds per gas and gas per transaction, from every block this node built
 *     or validated (its own execution speed, wall clock: CPU starvation counts);
 *   - the rounds observed: a height that needed more than one round halves the budget, a height
 *     decided at round 0 grows it back by 10 points (additive increase, multiplicative decrease, as
 *     TCP does with its window: it finds what the slowest validators of the quorum can follow), and
 *     the duration of round-0 heights widens the window when heights are slow for other reasons.
 * The cap is only the proposer's choice (CometBFT likewise lets the proposer choose how much of
 * the mempool to reap within the consensus limits): validators enforce the chain's limits (gas,
 * transactions, bytes), never this cap, so validation stays deterministic whatever each node measured.
 */

export interface ProposalBudgetOptions {
  /** Share of the round-0 propose timeout that executing a proposal may take, in percent. */
  executionSharePercent: number;
  /** Never fewer than this many transactions (the chain keeps making progress). */
  minTxs: number;
  /** Never more than this (the node's configured block size). */
  maxTxs: number;
}

/** Lowest share of the execution-based size left by round failures, in percent. */
const MIN_FACTOR_PERCENT = 5;
/** Heights observed longer than this count as this long (bounds the window, and the arithmetic). */
const MAX_HEIGHT_MS = 600_000;
/** A block below this much gas says little about the cost per gas (fixed costs dominate). */
const MIN_SAMPLE_GAS = 10_000;

export class ProposalBudget {
  private psPerGas: number | undefined;
  private gasPerTx: number | undefined;
  private factor = 100;
  /** Moving average of how long heights decided at round 0 took here (ms). */
  private heightMs: number | undefined;

  constructor(private readonly options: ProposalBudgetOptions) {}

  /** The execution cost measured so far (undefined before the first non-empty block). */
  get cost(): { psPerGas: number; gasPerTx: number } | undefined {
    return this.psPerGas === undefined || this.gasPerTx === undefined
      ? undefined
      : { psPerGas: this.psPerGas, gasPerTx: this.gasPerTx };
  }

  /** The share left by the rounds observed, in percent. */
  get factorPercent(): number {
    return this.factor;
  }

  /** This node built or validated a block of `txs` transactions using `gasUsed` in `elapsedUs` µs. */
  observeExecution(txs: number, gasUsed: number, elapsedUs: number): void {
    if (txs <= 0 || gasUsed < MIN_SAMPLE_GAS || !Number.isSafeInteger(elapsedUs) || elapsedUs < 0) return;
    const ps = Math.max(1, Math.floor((elapsedUs * 1_000_000) / gasUsed));
    const perTx = Math.max(1, Math.floor(gasUsed / txs));
    this.psPerGas = this.psPerGas === undefined ? ps : Math.floor((3 * this.psPerGas + ps) / 4);
    this.gasPerTx = this.gasPerTx === undefined ? perTx : Math.floor((3 * this.gasPerTx + perTx) / 4);
  }

  /**
   * A height committed at `round`. Only a lost round shrinks the budget: a height that was merely
   * slow at round 0 says the fixed costs of a height (votes, gossip, disk) dominate, and smaller
   * blocks would only pay them more often (measured under oversubscription: BENCHMARKS.md).
   */
  observeHeight(round: number, elapsedMs = 0): void {
    if (round > 0) {
      this.factor = Math.max(MIN_FACTOR_PERCENT, Math.floor(this.factor / 2));
      return;
    }
    this.factor = Math.min(100, this.factor + 10);
    if (Number.isSafeInteger(elapsedMs) && elapsedMs > 0) {
      const ms = Math.min(elapsedMs, MAX_HEIGHT_MS);
      this.heightMs = this.heightMs === undefined ? ms : Math.floor((3 * this.heightMs + ms) / 4);
    }
  }

  /**
   * The most transactions to propose now: their execution fits the share of the round's time, the
   * round-0 propose timeout or, when heights decided at round 0 take longer anyway (fixed costs of
   * a height on a loaded machine), of that observed duration (so execution stays at most that share
   * of a height: D = fixed + execution ≤ fixed + share × D converges).
   */
  maxTxs(proposeTimeoutMs: number): number {
    const { minTxs, maxTxs, executionSharePercent } = this.options;
    let txs = maxTxs;
    if (this.psPerGas !== undefined && this.gasPerTx !== undefined) {
      const windowMs = Math.max(proposeTimeoutMs, this.heightMs ?? 0);
      const budgetPs = Math.floor((windowMs * 1_000_000_000 * executionSharePercent) / 100);
      txs = Math.floor(Math.floor(budgetPs / this.psPerGas) / this.gasPerTx);
    }
    txs = Math.floor((Math.min(txs, maxTxs) * this.factor) / 100);
    return Math.max(minTxs, Math.min(maxTxs, txs));
  }
}
