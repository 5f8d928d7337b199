/**
 * Per-block metrics of a committed block (CometBFT's consensus metrics where they apply): block
 * interval, size, gas, the round it was decided at, the active set and the validators missing from
 * the block's last commit, committed transactions by kind. Observed once per block by the node.
 */
import type { CommittedBlock } from "./chain/chain.js";
import type { NodeMetrics } from "./metrics.js";

/**
 * The active set the block's last commit is compared with: the node passes the set voting after the
 * block, which is the parent's set except in the rare block that changed it.
 */
export interface ActiveSet {
  validators: readonly { address: string; power: number }[];
}

export function observeCommittedBlock(
  metrics: NodeMetrics,
  block: CommittedBlock,
  parentTimeMs: number | undefined,
  activeSet: ActiveSet,
): void {
  const header = block.head.header;
  if (parentTimeMs !== undefined) metrics.blockIntervalSeconds.observe((header.timeMs - parentTimeMs) / 1000);
  metrics.blockTxs.observe(block.txs.length);
  let bytes = 0;
  for (const tx of block.txs) {
    bytes += tx.bytes.length;
    metrics.txsByKind.inc({ kind: tx.tx.kind ?? "unknown" });
  }
  metrics.blockSizeBytes.observe(bytes);
  metrics.blockGasUsed.set(header.gasUsed);
  metrics.blockGasLimit.set(header.gasLimit);
  metrics.consensusRound.set(header.round);
  if (header.round > 0) metrics.consensusExtraRounds.inc(header.round);
  let power = 0;
  for (const v of activeSet.validators) power += v.power;
  metrics.validators.set(activeSet.validators.length);
  metrics.validatorsPower.set(power);
  if (block.lastCommitSigners) {
    const signed = new Set(block.lastCommitSigners.map((a) => a.toLowerCase()));
    let missing = 0;
    let missingPower = 0;
    for (const v of activeSet.validators) {
      if (signed.has(v.address.toLowerCase())) continue;
      missing++;
      missingPower += v.power;
    }
    metrics.missingValidators.set(missing);
    metrics.missingValidatorsPower.set(missingPower);
  }
}
