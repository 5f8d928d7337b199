/**
 * Transactions whose signature this node already verified (a proposal validated in an earlier round,
 * a block imported by sync after its proposal was seen, a tx that left the mempool), so that a block
 * never costs a second recovery for a transaction seen before (DESIGN: verify each tx once per node).
 *
 * A view over the node's one VerifiedSignatureCache, not a second cache: the signature cache holds
 * the (tx hash, signature) → sender entries under its own bound and eviction, and this layer answers
 * "is this exact signed tx verified?" by decoding the bytes (the stateless checks, no recovery) and
 * looking their hash and signature up there. Memory is the signature cache's alone.
 */
import { bytesEqual } from "../../proto/index.js";
import { acceptRecovered, decodeTx, type VerifiedTx } from "./signedTx.js";
import { VerifiedSignatureCache } from "./verifiedSignatureCache.js";

export class VerifiedTxCache {
  /** Lookups answered from the cache (for tests and metrics). */
  hits = 0;

  constructor(
    private readonly chainId: number,
    readonly signatures: VerifiedSignatureCache = new VerifiedSignatureCache(),
  ) {}

  /** The verified tx with this hash, only if its signature was verified for exactly these bytes. */
  get(hashHex: string, bytes: Uint8Array): VerifiedTx | undefined {
    let decoded: ReturnType<typeof decodeTx>;
    try {
      decoded = decodeTx(bytes, this.chainId);
    } catch {
      return undefined;
    }
    if (decoded.hashHex !== hashHex) return undefined;
    const sender = this.signatures.sender(decoded.hashHex, decoded.signature);
    if (!sender || !bytesEqual(sender, decoded.sender)) return undefined;
    this.hits++;
    return acceptRecovered(decoded, sender);
  }

  /** Records a tx verified elsewhere (its signature recovered to its sender). */
  add(tx: VerifiedTx & { signature?: Uint8Array }): void {
    const signature = tx.signature ?? decodeTx(tx.bytes, this.chainId).signature;
    this.signatures.addVerified(tx.hashHex, signature, tx.sender);
  }

  get size(): number {
    return this.signatures.size;
  }
}
