/**
 * Crypto hot-path throughput on one core: keccak-256 of 200 bytes, secp256k1 public key recovery
 * (native libsecp256k1 vs @noble/curves) and full stateless verification of a signed transfer.
 * Each measurement runs for about 1.5 s (bounded by an iteration cap) after a short warm-up.
 */
import { keccak256 } from "../node/crypto/hash.js";
import { generatePrivateKey, keyPairFromPrivate } from "../node/crypto/keys.js";
import { nativeBackend, nobleBackend, type SignatureBackend } from "../node/crypto/secp256k1.js";
import { decodeAndVerifyTx, signTx } from "../node/tx/signedTx.js";
import { uintToBytes } from "../proto/index.js";
import type { BenchResult } from "./types.js";

const TARGET_MS = 1500;
const MAX_ITERATIONS = 5_000_000;
const BATCH = 64;

/** Calls `op(i)` in batches until TARGET_MS elapsed or MAX_ITERATIONS done; returns ops per second. */
function opsPerSecond(op: (i: number) => void): number {
  for (let i = 0; i < BATCH; i++) op(i); // warm-up
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < TARGET_MS && done < MAX_ITERATIONS) {
    for (let i = 0; i < BATCH; i++) op(done + i);
    done += BATCH;
    elapsed = performance.now() - start;
  }
  return Math.round((done / elapsed) * 1000);
}

/** Public-key recoveries per second on this thread (≈ 1.5 s of them). */
export function recoveriesPerSecond(backend: SignatureBackend): number {
  const priv = generatePrivateKey();
  const hashes = Array.from({ length: 256 }, (_, i) => keccak256(Uint8Array.of(i)));
  const sigs = hashes.map((h) => backend.sign(h, priv));
  let failures = 0;
  const value = opsPerSecond((i) => {
    const k = i & 255;
    if (!backend.recoverPublicKey(hashes[k]!, sigs[k]!)) failures++;
  });
  if (failures) throw new Error(`${backend.name}: ${failures} recoveries failed`);
  return value;
}

function recoverBench(backend: SignatureBackend): BenchResult {
  return { name: `secp256k1 recover (${backend.name})`, value: recoveriesPerSecond(backend), unit: "ops/s" };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const data = Uint8Array.from({ length: 200 }, (_, i) => i);
  results.push({
    name: "keccak256 200 bytes",
    value: opsPerSecond((i) => {
      data[0] = i & 0xff;
      keccak256(data);
    }),
    unit: "ops/s",
  });

  const native = nativeBackend;
  if (native) results.push(recoverBench(native));
  else
    results.push({ name: "secp256k1 recover (native)", value: 0, unit: "ops/s", note: "binding not loaded" });
  results.push(recoverBench(nobleBackend));

  const backend = native ?? nobleBackend;
  const sender = keyPairFromPrivate(generatePrivateKey());
  const to = keyPairFromPrivate(generatePrivateKey()).address;
  const txs = Array.from(
    { length: 256 },
    (_, nonce) =>
      signTx(
        { chainId: 1, nonce, transfer: { to, amount: uintToBytes(10n ** 9n) } },
        sender.privateKey,
        backend,
      ).bytes,
  );
  results.push({
    name: `decodeAndVerifyTx transfer (${backend.name})`,
    value: opsPerSecond((i) => {
      decodeAndVerifyTx(txs[i & 255]!, 1, backend);
    }),
    unit: "ops/s",
    note: `${txs[0]!.length}-byte SignedTx`,
  });

  return results;
}
