/**
 * Signature recovery in bulk, behind a small interface so that where it runs is a choice of the
 * caller: `inThreadRecovery` recovers on the event loop in slices (yielding between them, so network
 * I/O such as the next sync download keeps flowing), and a worker-thread pool can implement the same
 * interface to spread the work over the other cores (Lodestar's idea: batched signature checks off the
 * main thread). Results come back as the 65-byte public keys a SignatureBackend would return, and
 * `precomputedBackend` serves them to the ordinary synchronous checks (decodeAndVerifyTx, vote
 * checks), so those keep every rule of their own and only skip the recovery itself.
 */
import type { SignatureBackend } from "./secp256k1.js";

export interface SignatureItem {
  /** The 32-byte signed digest. */
  digest: Uint8Array;
  /** r ‖ s ‖ v, 65 bytes. */
  signature: Uint8Array;
}

export interface BatchSignatureRecovery {
  /** The public key each item's signature recovers (null where it recovers none), in item order. */
  recoverPublicKeys(items: readonly SignatureItem[]): Promise<(Uint8Array | null)[]>;
}

/** Recoveries per slice before yielding to the event loop (≈ 5–10 ms with the native backend). */
const SLICE = 128;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Recovers on this thread with `backend`, yielding to the event loop between slices. */
export function inThreadRecovery(backend: SignatureBackend): BatchSignatureRecovery {
  return {
    async recoverPublicKeys(items) {
      const out: (Uint8Array | null)[] = [];
      for (let i = 0; i < items.length; i++) {
        if (i > 0 && i % SLICE === 0) await yieldToLoop();
        const item = items[i] as SignatureItem;
        try {
          out.push(backend.recoverPublicKey(item.digest, item.signature));
        } catch {
          out.push(null); // a malformed digest or signature recovers nothing
        }
      }
      return out;
    },
  };
}

const keyOf = (digest: Uint8Array, signature: Uint8Array) =>
  Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString("hex") +
  Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("hex");

/**
 * A backend that answers `recoverPublicKey` from recoveries already made (items[i] → keys[i]) and
 * falls back to `inner` for anything else; signing and key derivation go to `inner`.
 */
export function precomputedBackend(
  inner: SignatureBackend,
  items: readonly SignatureItem[],
  keys: readonly (Uint8Array | null)[],
): SignatureBackend {
  const known = new Map<string, Uint8Array | null>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as SignatureItem;
    known.set(keyOf(item.digest, item.signature), keys[i] ?? null);
  }
  return {
    name: `precomputed-${inner.name}`,
    sign: (hash, key) => inner.sign(hash, key),
    getPublicKey: (key) => inner.getPublicKey(key),
    recoverPublicKey(hash32, signature65) {
      if (hash32 instanceof Uint8Array && signature65 instanceof Uint8Array) {
        const hit = known.get(keyOf(hash32, signature65));
        if (hit !== undefined) return hit;
      }
      return inner.recoverPublicKey(hash32, signature65);
    },
  };
}
