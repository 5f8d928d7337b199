/**
 * Compiles the bridge contracts with solc-js (the pinned `solc` npm package, pure JS) into
 * `bridge/artifacts/<Contract>.json` ({ contractName, abi, bytecode, compiler }). The artifacts are
 * committed so that the node and the tests never need the compiler at runtime; a test checks that they
 * match a fresh compilation. Run: `node --import tsx bridge/compile.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const CONTRACTS_DIR = join(here, "contracts");
export const ARTIFACTS_DIR = join(here, "artifacts");
export const CONTRACT_NAMES = [
  "PocoBridge",
  "PocoResults",
  "TestRLC",
  "TestMultiDeposit",
  "TestStateProof",
  "TestResultConsumer",
] as const;
/** Libraries imported by the contracts (compiled with them, no artifact of their own). */
export const LIBRARY_NAMES = ["StateProof", "AccountRecord"] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

export interface Artifact {
  contractName: string;
  // biome-ignore lint/suspicious/noExplicitAny: the ABI is JSON consumed by ethers
  abi: any[];
  /** 0x-hex creation bytecode. */
  bytecode: string;
  compiler: { version: string; optimizer: { enabled: boolean; runs: number }; evmVersion: string };
}

/** Pinned settings: changing them changes the bytecode (and the committed artifacts). */
export const SOLC_SETTINGS = {
  optimizer: { enabled: true, runs: 10_000 },
  evmVersion: "cancun",
} as const;

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>;
}

/** Compiles every contract in bridge/contracts; throws with solc's messages on any error. */
export function compileContracts(): Record<ContractName, Artifact> {
  const require = createRequire(import.meta.url);
  // biome-ignore lint/suspicious/noExplicitAny: solc-js has no types
  const solc: any = require("solc");
  const sources: Record<string, { content: string }> = {};
  for (const name of [...CONTRACT_NAMES, ...LIBRARY_NAMES]) {
    sources[`${name}.sol`] = { content: readFileSync(join(CONTRACTS_DIR, `${name}.sol`), "utf8") };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      ...SOLC_SETTINGS,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const findImports = (path: string) => {
    try {
      return { contents: readFileSync(require.resolve(path), "utf8") };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length) throw new Error(`solc: ${errors.map((e) => e.formattedMessage).join("\n")}`);
  const version: string = solc.version();
  const result = {} as Record<ContractName, Artifact>;
  for (const name of CONTRACT_NAMES) {
    const c = output.contracts[`${name}.sol`]?.[name];
    if (!c) throw new Error(`solc: no output for ${name}`);
    result[name] = {
      contractName: name,
      abi: c.abi,
      bytecode: `0x${c.evm.bytecode.object}`,
      compiler: {
        version,
        optimizer: { ...SOLC_SETTINGS.optimizer },
        evmVersion: SOLC_SETTINGS.evmVersion,
      },
    };
  }
  return result;
}

/** Compiles and writes bridge/artifacts/*.json. */
export function writeArtifacts(): Record<ContractName, Artifact> {
  const artifacts = compileContracts();
  for (const [name, artifact] of Object.entries(artifacts)) {
    writeFileSync(join(ARTIFACTS_DIR, `${name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
  }
  return artifacts;
}

/** The committed artifact (no compiler needed). */
export function loadArtifact(name: ContractName): Artifact {
  return JSON.parse(readFileSync(join(ARTIFACTS_DIR, `${name}.json`), "utf8")) as Artifact;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const artifacts = writeArtifacts();
  for (const [name, a] of Object.entries(artifacts)) {
    process.stdout.write(`${name}: ${(a.bytecode.length - 2) / 2} bytes (solc ${a.compiler.version})\n`);
  }
}
