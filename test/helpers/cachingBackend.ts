/**
 * A signature backend that remembers its answers: the same (key, digest) signs to the same bytes
 * (RFC 6979 is deterministic) and the same (digest, signature) recovers to the same key, so caching
 * changes no result, only the cost. Simulations over many seeds sign and check the same votes again and
 * again (same genesis, same keys, same virtual times at the first heights): real signatures, paid once.
 * Bounded: the cache is emptied when it reaches `maxEntries`.
 */
import type { SignatureBackend } from "../../node/crypto/secp256k1.js";

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");

export interface CachingBackend extends SignatureBackend {
  readonly stats: { hits: number; misses: number };
}

export function cachingBackend(inner: SignatureBackend, maxEntries = 100_000): CachingBackend {
  const signed = new Map<string, Uint8Array>();
  const recovered = new Map<string, Uint8Array | null>();
  const publicKeys = new Map<string, Uint8Array>();
  const stats = { hits: 0, misses: 0 };
  const bounded = <V>(map: Map<string, V>) => {
    if (map.size >= maxEntries) map.clear();
    return map;
  };
  return {
    name: `cached-${inner.name}`,
    stats,
    sign(hash32, privateKey32) {
      const key = hex(privateKey32) + hex(hash32);
      const hit = signed.get(key);
      if (hit) {
        stats.hits++;
        return hit.slice();
      }
      stats.misses++;
      const signature = inner.sign(hash32, privateKey32);
      bounded(signed).set(key, signature.slice());
      return signature;
    },
    recoverPublicKey(hash32, signature65) {
      if (!(hash32 instanceof Uint8Array) || !(signature65 instanceof Uint8Array)) {
        return inner.recoverPublicKey(hash32, signature65);
      }
      const key = hex(hash32) + hex(signature65);
      const hit = recovered.get(key);
      if (hit !== undefined) {
        stats.hits++;
        return hit ? hit.slice() : null;
      }
      stats.misses++;
      const publicKey = inner.recoverPublicKey(hash32, signature65);
      bounded(recovered).set(key, publicKey ? publicKey.slice() : null);
      return publicKey;
    },
    getPublicKey(privateKey32) {
      const key = hex(privateKey32);
      const hit = publicKeys.get(key);
      if (hit) return hit.slice();
      const publicKey = inner.getPublicKey(privateKey32);
      bounded(publicKeys).set(key, publicKey.slice());
      return publicKey;
    },
  };
}
