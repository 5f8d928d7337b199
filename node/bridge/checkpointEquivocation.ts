/**
 * Spots validators that sign two different checkpoints for one height of one bridge, from the
 * signatures a node sees (its own and gossip), and hands back the Evidence to submit, once per
 * (validator, height). Callers pass only signatures they verified, from members of the signing set,
 * so memory is bounded by the heights kept × the set size.
 */
import { type Checkpoint, checkpointDigest, checkpointToProto } from "../../bridge/checkpoint.js";
import type { poco } from "../../proto/index.js";
import { fromHex, toHex } from "../crypto/hash.js";

export interface SeenCheckpointSignature {
  checkpoint: Checkpoint;
  validator: string;
  signature: Uint8Array;
}

const domainOf = (cp: Checkpoint) => `${cp.chainId}:${cp.ethChainId}:${cp.bridge.toLowerCase()}`;

export class CheckpointEquivocationDetector {
  /** height → validator → the first signature seen. */
  private readonly first = new Map<number, Map<string, SeenCheckpointSignature & { digest: string }>>();
  private readonly reported = new Set<string>();

  constructor(private readonly maxHeights = 64) {}

  /** Records a verified signature; returns the evidence when it conflicts with one seen before. */
  observe(s: SeenCheckpointSignature): poco.IEvidence | undefined {
    const height = s.checkpoint.height;
    const validator = s.validator.toLowerCase();
    const key = `${validator}:${domainOf(s.checkpoint)}`;
    let byValidator = this.first.get(height);
    if (!byValidator) {
      byValidator = new Map();
      this.first.set(height, byValidator);
      for (const h of [...this.first.keys()].sort((a, b) => a - b).slice(0, -this.maxHeights)) {
        this.first.delete(h);
        for (const r of [...this.reported]) if (r.endsWith(`@${h}`)) this.reported.delete(r);
      }
    }
    const digest = toHex(checkpointDigest(s.checkpoint));
    const earlier = byValidator.get(key);
    if (!earlier) {
      byValidator.set(key, { ...s, digest });
      return undefined;
    }
    if (earlier.digest === digest) return undefined;
    const reportKey = `${key}@${height}`;
    if (this.reported.has(reportKey)) return undefined;
    this.reported.add(reportKey);
    const part = (x: SeenCheckpointSignature): poco.ICheckpointSignature => ({
      checkpoint: checkpointToProto(x.checkpoint),
      validator: fromHex(validator, 20),
      signature: x.signature,
    });
    return { checkpointA: part(earlier), checkpointB: part(s) };
  }
}
