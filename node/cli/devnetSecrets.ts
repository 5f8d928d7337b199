/**
 * Per-service key files for a devnet run as separate containers (docker-compose): every service gets
 * a directory holding only its own key, `<secrets>/<service>/key.json`, mounted read-only into that
 * service alone — a validator never sees another validator's key, a worker never sees the faucet.
 * The shared keys directory (`<data>/keys`) stays with the provisioning jobs (init, market, Ethereum).
 */
import { chmodSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadOrCreateKey } from "./devnetFiles.js";

/** Service name → the key file (in the devnet's keys directory) that service signs with. */
export function serviceKeyFiles(validators: number, workers: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < validators; i++) files[`validator-${i}`] = `validator-${i}.json`;
  files.relayer = "faucet.json"; // pays for checkpoint submissions on Ethereum
  files.scheduler = "scheduler.json";
  for (let i = 0; i < workers; i++) files[`worker-${i}`] = `worker-${i}.json`;
  return files;
}

/**
 * Creates the compute actors' keys the market job will fund (scheduler, workers) if missing, and
 * copies each service's key into its own directory under `secretsDir` (mode 0600). Returns the
 * service → key path map.
 */
export async function writeServiceSecrets(
  keysDir: string,
  secretsDir: string,
  validators: number,
  workers: number,
): Promise<Record<string, string>> {
  const written: Record<string, string> = {};
  for (const [service, file] of Object.entries(serviceKeyFiles(validators, workers))) {
    const source = join(keysDir, file);
    await loadOrCreateKey(source); // validators and faucet exist already; scheduler/workers may not
    const dir = join(secretsDir, service);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const target = join(dir, "key.json");
    copyFileSync(source, target);
    chmodSync(target, 0o600);
    written[service] = target;
  }
  return written;
}
