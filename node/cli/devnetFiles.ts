/**
 * Files of a local devnet data directory: validator and faucet keys and the genesis, created on the
 * first start and reused afterwards (so a restart keeps the chain).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Genesis, genesisToJSON, loadGenesisFile } from "../chain/genesis.js";
import { toHex } from "../crypto/hash.js";
import { generateKeyPair, type KeyPair, readKeyFile, writeKeyFile } from "../crypto/keys.js";
import { NRLC_PER_RLC } from "./amount.js";

export interface DevnetFiles {
  genesis: Genesis;
  genesisPath: string;
  validatorKeys: KeyPair[];
  faucet: KeyPair;
  faucetKeyPath: string;
}

export const DEVNET_CHAIN_ID = 65_535;

export async function loadOrCreateKey(path: string): Promise<KeyPair> {
  if (existsSync(path)) return readKeyFile(path);
  const key = generateKeyPair();
  await writeKeyFile(path, key);
  return key;
}

export async function prepareDevnetFiles(
  dataDir: string,
  validators: number,
  nowMs: number,
): Promise<DevnetFiles> {
  const keysDir = join(dataDir, "keys");
  mkdirSync(keysDir, { recursive: true });
  const validatorKeys: KeyPair[] = [];
  for (let i = 0; i < validators; i++)
    validatorKeys.push(await loadOrCreateKey(join(keysDir, `validator-${i}.json`)));
  const faucetKeyPath = join(keysDir, "faucet.json");
  const faucet = await loadOrCreateKey(faucetKeyPath);
  const genesisPath = join(dataDir, "genesis.json");
  if (!existsSync(genesisPath)) {
    const genesis: Genesis = {
      chainId: DEVNET_CHAIN_ID,
      genesisTimeMs: nowMs,
      admin: toHex(faucet.address),
      validators: validatorKeys.map((k) => ({ address: toHex(k.address), power: 10 })),
      accounts: [
        { address: toHex(faucet.address), balance: 1_000_000_000n * NRLC_PER_RLC, stake: 0n },
        // Validators pay fees for their duties (deposit attestations, evidence) like everyone else.
        ...validatorKeys.map((k) => ({
          address: toHex(k.address),
          balance: 1_000n * NRLC_PER_RLC,
          stake: 0n,
        })),
      ],
      categories: [
        { name: "XS", description: "tiny tasks", workClockTimeRef: 60 },
        { name: "S", description: "small tasks", workClockTimeRef: 300 },
        { name: "M", description: "medium tasks", workClockTimeRef: 1200 },
      ],
    };
    writeFileSync(genesisPath, `${JSON.stringify(genesisToJSON(genesis), null, 2)}\n`);
  }
  return { genesis: loadGenesisFile(genesisPath), genesisPath, validatorKeys, faucet, faucetKeyPath };
}
