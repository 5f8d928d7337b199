/**
 * Worker admission: the scheduler (workerpool owner) authorizes a worker for a task by signing
 * (worker, taskId, enclave) as iExec does, an Ethereum signed message over
 * keccak256(worker ‖ taskId ‖ enclave) — so `wallet.signMessage(getBytes(hash))` in ethers works.
 * Also the commit/reveal hashes: resultHash = keccak256(taskId ‖ digest),
 * resultSeal = keccak256(worker ‖ taskId ‖ digest).
 */
import { addressFromPublicKey } from "../node/crypto/address.js";
import { concatBytes, keccak256, toHex } from "../node/crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../node/crypto/secp256k1.js";
import { bytesOfHex } from "./bytes.js";
import { addressBytes } from "./records.js";

const ETH_MESSAGE_PREFIX = new TextEncoder().encode("\x19Ethereum Signed Message:\n32");

const enclave20 = (enclave: string): Uint8Array => {
  const bytes = addressBytes(enclave);
  return bytes.length ? bytes : new Uint8Array(20);
};

/** keccak256(worker ‖ taskId ‖ enclave): the message the scheduler signs. */
export function authorizationHash(worker: string, taskId: string, enclave: string): Uint8Array {
  return keccak256(concatBytes(bytesOfHex(worker, 20), bytesOfHex(taskId, 32), enclave20(enclave)));
}

/** The EIP-191 digest actually signed. */
export function authorizationDigest(worker: string, taskId: string, enclave: string): Uint8Array {
  return keccak256(concatBytes(ETH_MESSAGE_PREFIX, authorizationHash(worker, taskId, enclave)));
}

/** Signs an authorization (65 bytes r ‖ s ‖ v, v ∈ {27, 28}). */
export function signAuthorization(
  worker: string,
  taskId: string,
  enclave: string,
  schedulerKey: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): Uint8Array {
  const sig = backend.sign(authorizationDigest(worker, taskId, enclave), schedulerKey);
  sig[64] = sig[64]! + 27;
  return sig;
}

/** The signer of an authorization (lowercase hex), or null when the signature is invalid. */
export function recoverAuthorizer(
  worker: string,
  taskId: string,
  enclave: string,
  signature: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): string | null {
  if (signature.length !== 65) return null;
  const v = signature[64]!;
  if (v !== 0 && v !== 1 && v !== 27 && v !== 28) return null;
  const normalized = Uint8Array.from(signature);
  normalized[64] = v >= 27 ? v - 27 : v;
  const publicKey = backend.recoverPublicKey(authorizationDigest(worker, taskId, enclave), normalized);
  return publicKey ? toHex(addressFromPublicKey(publicKey)) : null;
}

/** resultHash = keccak256(taskId ‖ digest). */
export function resultHash(taskId: string, digest: string): string {
  return toHex(keccak256(concatBytes(bytesOfHex(taskId, 32), bytesOfHex(digest, 32))));
}

/** resultSeal = keccak256(worker ‖ taskId ‖ digest). */
export function resultSeal(worker: string, taskId: string, digest: string): string {
  return toHex(
    keccak256(concatBytes(bytesOfHex(worker, 20), bytesOfHex(taskId, 32), bytesOfHex(digest, 32))),
  );
}
