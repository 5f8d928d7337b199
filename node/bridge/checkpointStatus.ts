/**
 * What became of each checkpoint a node computed, as far as Ethereum says: a checkpoint is
 * "accepted" (anchored) only when the contract stores its state root at its height, never because a
 * signature quorum exists or a transaction was sent. Statuses:
 *  - "signed": validators' signatures are being collected; nothing on Ethereum (yet);
 *  - "submitted": this node's relayer sent it and Ethereum has not accepted it (yet);
 *  - "accepted": the contract holds it (final: the contract never goes back below its last height);
 *  - "skipped": a later checkpoint was accepted instead; this one will never be anchored.
 * Final answers are cached, so each checkpoint costs at most one `stateRoots` call.
 */
import { toHex } from "../crypto/hash.js";

export type CheckpointStatus = "signed" | "submitted" | "accepted" | "skipped";

export class CheckpointAcceptance {
  private readonly final = new Map<number, "accepted" | "skipped">();

  /** `storedStateRoot(h)`: the state root the contract holds for height h (zero when none). */
  constructor(private readonly storedStateRoot: (height: number) => Promise<string>) {}

  async status(
    cp: { height: number; stateRoot: Uint8Array },
    lastHeightOnEthereum: number,
    submittedHeights: ReadonlySet<number>,
  ): Promise<CheckpointStatus> {
    const known = this.final.get(cp.height);
    if (known) return known;
    if (cp.height > lastHeightOnEthereum) return submittedHeights.has(cp.height) ? "submitted" : "signed";
    const stored = (await this.storedStateRoot(cp.height)).toLowerCase();
    const status = stored === toHex(cp.stateRoot) ? "accepted" : "skipped";
    this.final.set(cp.height, status);
    return status;
  }

  /** Forgets heights the node no longer keeps (bounded like its checkpoint list). */
  keepOnly(heights: Iterable<number>): void {
    const keep = new Set(heights);
    for (const h of [...this.final.keys()]) if (!keep.has(h)) this.final.delete(h);
  }
}
