/**
 * secp256k1 signature backends. `nobleBackend` (pure JS, @noble/curves) is the portable reference;
 * `nativeBackend` (libsecp256k1 through the `secp256k1` binding) is ~25× faster and used when it
 * loads. Both produce byte-identical RFC 6979 low-s signatures in the form r ‖ s ‖ v (v ∈ {0,1})
 * and share the same recovery rules: high-s, v ∉ {0,1} or an invalid r/s recover nothing.
 */
import { createRequire } from "node:module";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import type * as NativeSecp256k1 from "secp256k1";

export const SignatureErrorCode = {
  BAD_HASH: "SIG_BAD_HASH",
  BAD_KEY: "SIG_BAD_KEY",
} as const;
export type SignatureErrorCode = (typeof SignatureErrorCode)[keyof typeof SignatureErrorCode];

export class SignatureError extends Error {
  constructor(
    readonly code: SignatureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SignatureError";
  }
}

export interface SignatureBackend {
  readonly name: string;
  /** Signs a 32-byte digest: 65 bytes r ‖ s ‖ v, v ∈ {0,1}, low s, RFC 6979 deterministic. */
  sign(hash32: Uint8Array, privateKey32: Uint8Array): Uint8Array;
  /** The 65-byte uncompressed public key, or null for an invalid, high-s or v ∉ {0,1} signature. */
  recoverPublicKey(hash32: Uint8Array, signature65: Uint8Array): Uint8Array | null;
  /** The 65-byte uncompressed public key of a private key. */
  getPublicKey(privateKey32: Uint8Array): Uint8Array;
}

/** Half the curve order n: a signature's s must be ≤ this (EIP-2 low-s rule). */
const HALF_N = Uint8Array.from(
  Buffer.from("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", "hex"),
);

/** True when s (bytes 32..63 of an r ‖ s ‖ v signature) is above n/2. */
export function hasHighS(signature: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) {
    const a = signature[32 + i]!;
    const b = HALF_N[i]!;
    if (a !== b) return a > b;
  }
  return false;
}

/** True when `privateKey` is 32 bytes and a scalar in [1, n-1]. */
export function isValidPrivateKey(privateKey: Uint8Array): boolean {
  return (
    privateKey instanceof Uint8Array &&
    privateKey.length === 32 &&
    secp256k1.utils.isValidSecretKey(privateKey)
  );
}

function checkHash(hash: Uint8Array): void {
  if (!(hash instanceof Uint8Array) || hash.length !== 32) {
    throw new SignatureError(SignatureErrorCode.BAD_HASH, "secp256k1: digest must be 32 bytes");
  }
}

function checkKey(privateKey: Uint8Array): void {
  if (!isValidPrivateKey(privateKey)) {
    throw new SignatureError(
      SignatureErrorCode.BAD_KEY,
      "secp256k1: private key must be a 32-byte scalar in [1, n-1]",
    );
  }
}

/** Shared pre-checks for recovery: returns v, or -1 when the signature must be rejected. */
function recoveryId(signature: Uint8Array): number {
  if (!(signature instanceof Uint8Array) || signature.length !== 65) return -1;
  const v = signature[64]!;
  if (v !== 0 && v !== 1) return -1;
  if (hasHighS(signature)) return -1;
  return v;
}

export const nobleBackend: SignatureBackend = {
  name: "noble",
  sign(hash32, privateKey32) {
    checkHash(hash32);
    checkKey(privateKey32);
    // "recovered" format is v ‖ r ‖ s; lowS and no extra entropy = RFC 6979 like libsecp256k1.
    const rec = secp256k1.sign(hash32, privateKey32, { prehash: false, lowS: true, format: "recovered" });
    const out = new Uint8Array(65);
    out.set(rec.subarray(1, 65), 0);
    out[64] = rec[0]!;
    return out;
  },
  recoverPublicKey(hash32, signature65) {
    checkHash(hash32);
    const v = recoveryId(signature65);
    if (v < 0) return null;
    try {
      const sig = secp256k1.Signature.fromBytes(signature65.subarray(0, 64), "compact").addRecoveryBit(v);
      return sig.recoverPublicKey(hash32).toBytes(false);
    } catch {
      return null;
    }
  },
  getPublicKey(privateKey32) {
    checkKey(privateKey32);
    return secp256k1.getPublicKey(privateKey32, false);
  },
};

type NativeModule = typeof NativeSecp256k1;

/** Loads the compiled libsecp256k1 binding directly (not the package's silent pure-JS fallback). */
function loadNative(): NativeModule | null {
  try {
    const require = createRequire(import.meta.url);
    return require("secp256k1/bindings.js") as NativeModule;
  } catch {
    return null;
  }
}

function makeNativeBackend(lib: NativeModule): SignatureBackend {
  return {
    name: "native",
    sign(hash32, privateKey32) {
      checkHash(hash32);
      checkKey(privateKey32);
      const { signature, recid } = lib.ecdsaSign(hash32, privateKey32);
      const out = new Uint8Array(65);
      out.set(signature, 0);
      out[64] = recid;
      return out;
    },
    recoverPublicKey(hash32, signature65) {
      checkHash(hash32);
      const v = recoveryId(signature65);
      if (v < 0) return null;
      try {
        return lib.ecdsaRecover(signature65.subarray(0, 64), v, hash32, false);
      } catch {
        return null;
      }
    },
    getPublicKey(privateKey32) {
      checkKey(privateKey32);
      return lib.publicKeyCreate(privateKey32, false);
    },
  };
}

const nativeLib = loadNative();

/** The libsecp256k1 backend, or null when the native binding cannot be loaded on this platform. */
export const nativeBackend: SignatureBackend | null = nativeLib ? makeNativeBackend(nativeLib) : null;

/** The fastest backend available: native if it loads, else noble. */
export const defaultBackend: SignatureBackend = nativeBackend ?? nobleBackend;
