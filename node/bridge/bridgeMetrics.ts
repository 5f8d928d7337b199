/**
 * Bridge metrics: checkpoints signed by this validator, submitted by this node's relayer and accepted
 * on Ethereum (by anyone), the last anchored height, deposits seen on Ethereum / credited on the
 * sidechain / pending in between, withdrawals requested on the sidechain / claimed on Ethereum, and the
 * relayer's ETH balance (read at each relayer cycle). Sidechain figures are read from state at scrape
 * time (single keys, never a scan); Ethereum figures are refreshed by the bridge service's loops.
 */
import type { Contract } from "ethers";
import { Counter, Gauge, type Registry } from "prom-client";

/** Sidechain figures read at scrape time. */
export interface BridgeStateView {
  depositsCredited(): number;
  withdrawalsRequested(): number;
}

/** Most Ethereum blocks scanned for Withdrawn events per refresh (a provider's usual log range cap). */
const MAX_LOG_RANGE = 2_000;

export class BridgeMetrics {
  readonly checkpointsSigned: Counter;
  readonly checkpointsSubmitted: Counter;
  readonly checkpointsAccepted: Counter;
  readonly lastAnchoredHeight: Gauge;
  readonly depositsSeen: Gauge;
  readonly withdrawalsClaimed: Gauge;
  readonly relayerBalance: Gauge;
  private seen: number | undefined;
  private anchored: number | undefined;
  private claimed = 0;
  private claimCursor: number;

  constructor(
    registry: Registry,
    private readonly state: BridgeStateView,
    /** First Ethereum block to scan for Withdrawn events (the bridge's deployment block). */
    startBlock: number,
    /** Blocks on top of a Withdrawn event before it is counted (reorg safety, as for deposits). */
    private readonly confirmations: number,
  ) {
    this.claimCursor = startBlock;
    const registers = [registry];
    const self = this;
    this.checkpointsSigned = new Counter({
      name: "poco_bridge_checkpoints_signed_total",
      help: "Checkpoints this validator signed",
      registers,
    });
    this.checkpointsSubmitted = new Counter({
      name: "poco_bridge_checkpoints_submitted_total",
      help: "Checkpoint submissions of this node's relayer to Ethereum, by result (mined, failed)",
      labelNames: ["result"],
      registers,
    });
    this.checkpointsSubmitted.inc({ result: "mined" }, 0);
    this.checkpointsSubmitted.inc({ result: "failed" }, 0);
    this.checkpointsAccepted = new Counter({
      name: "poco_bridge_checkpoints_accepted_total",
      help: "New anchored heights seen on the Ethereum bridge contract since the node started (any relayer)",
      registers,
    });
    this.lastAnchoredHeight = new Gauge({
      name: "poco_bridge_last_anchored_height",
      help: "Sidechain height of the last checkpoint accepted by the Ethereum bridge contract",
      registers,
    });
    this.depositsSeen = new Gauge({
      name: "poco_bridge_deposits_seen",
      help: "Deposits made on the Ethereum bridge contract (its depositCount)",
      registers,
    });
    new Gauge({
      name: "poco_bridge_deposits_credited",
      help: "Deposits credited on the sidechain (state)",
      registers,
      collect() {
        this.set(self.state.depositsCredited());
      },
    });
    new Gauge({
      name: "poco_bridge_deposits_pending",
      help: "Deposits seen on Ethereum not credited yet (waiting for confirmations or attestations)",
      registers,
      collect() {
        if (self.seen === undefined) return;
        this.set(Math.max(0, self.seen - self.state.depositsCredited()));
      },
    });
    new Gauge({
      name: "poco_bridge_withdrawals_requested",
      help: "Withdrawals requested on the sidechain (leaves of the withdrawals tree)",
      registers,
      collect() {
        this.set(self.state.withdrawalsRequested());
      },
    });
    this.withdrawalsClaimed = new Gauge({
      name: "poco_bridge_withdrawals_claimed",
      help: "Withdrawals paid by the Ethereum bridge contract (Withdrawn events, once confirmed)",
      registers,
    });
    this.relayerBalance = new Gauge({
      name: "poco_bridge_relayer_balance_eth",
      help: "ETH balance of this node's relayer account (read at each relayer cycle)",
      registers,
    });
  }

  /** The contract's last anchored height, read by the anchor-following loop. */
  anchoredHeight(height: number): void {
    if (this.anchored !== undefined && height > this.anchored) this.checkpointsAccepted.inc();
    if (this.anchored === undefined || height > this.anchored) this.anchored = height;
    this.lastAnchoredHeight.set(height);
  }

  /**
   * Reads the contract's deposit count and counts confirmed Withdrawn events from where the previous
   * refresh stopped (at most MAX_LOG_RANGE blocks per call). Errors propagate to the caller's loop.
   */
  async refreshEthereum(bridge: Contract): Promise<void> {
    this.seen = Number(await bridge.getFunction("depositCount")());
    this.depositsSeen.set(this.seen);
    const head = await bridge.runner!.provider!.getBlockNumber();
    const last = Math.min(head - this.confirmations, this.claimCursor + MAX_LOG_RANGE - 1);
    if (last >= this.claimCursor) {
      const logs = await bridge.queryFilter(bridge.filters.Withdrawn!(), this.claimCursor, last);
      this.claimed += logs.length;
      this.claimCursor = last + 1;
    }
    this.withdrawalsClaimed.set(this.claimed);
  }
}
