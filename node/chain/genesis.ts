/**
 * The genesis file: chain id, genesis time, validators, the governance admin, initial balances and
 * categories. Parsed and validated at the boundary (a bad file is a clear error, never a crash later),
 * then applied to an empty state to give the height-0 state.
 */
import { readFileSync } from "node:fs";
import { encode, poco } from "../../proto/index.js";
import { parseAddress } from "../crypto/address.js";
import { fromHex, toHex } from "../crypto/hash.js";
import { type ChainParams, DEFAULT_CHAIN_PARAMS, encodeChainParams, FeeKeys } from "../execution/fees.js";
import { applyGenesisValidators } from "../execution/validatorModule.js";
import {
  hasValidatorParams,
  parseValidatorParams,
  type ValidatorParams,
  ValidatorParamsError,
  validatorParamsToJSON,
} from "../execution/validatorParams.js";
import { updateAccount } from "../state/accounts.js";
import { appendCategory } from "../state/registries.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateOverlay } from "../state/stateOverlay.js";

export interface GenesisValidator {
  address: string;
  power: number;
}

export interface GenesisAccount {
  address: string;
  /** nRLC. */
  balance: bigint;
  stake: bigint;
}

export interface GenesisCategory {
  name: string;
  description: string;
  workClockTimeRef: number;
}

export interface Genesis {
  chainId: number;
  genesisTimeMs: number;
  admin: string;
  validators: GenesisValidator[];
  accounts: GenesisAccount[];
  categories: GenesisCategory[];
  /** Gas, fee and block-size parameters (absent: DEFAULT_CHAIN_PARAMS). */
  params?: ChainParams;
  /** Validator rules (the genesis file's `params`); the defaults when absent. */
  validatorParams?: ValidatorParams;
}

export class GenesisError extends Error {
  readonly code = "GENESIS_INVALID";
  constructor(message: string) {
    super(`genesis: ${message}`);
    this.name = "GenesisError";
  }
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new GenesisError(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new GenesisError(`${where}: expected an array`);
  return value;
}

function safeInt(value: unknown, where: string, min = 0): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new GenesisError(`${where}: expected an integer ≥ ${min}`);
  }
  return value;
}

/** nRLC amounts are decimal strings (JSON numbers cannot hold them exactly). */
function amount(value: unknown, where: string): bigint {
  if (value === undefined) return 0n;
  if (typeof value !== "string" || !/^(0|[1-9][0-9]{0,35})$/.test(value)) {
    throw new GenesisError(`${where}: expected a decimal string of nRLC`);
  }
  return BigInt(value);
}

function address(value: unknown, where: string): string {
  if (typeof value !== "string") throw new GenesisError(`${where}: expected an address string`);
  try {
    return toHex(parseAddress(value));
  } catch (err) {
    throw new GenesisError(`${where}: ${(err as Error).message}`);
  }
}

function string(value: unknown, where: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string" || value.length > 1024) throw new GenesisError(`${where}: expected a string`);
  return value;
}

/** Optional `params` object: each key overrides the default chain parameter of that name. */
function chainParams(value: unknown): ChainParams {
  const out: ChainParams = { ...DEFAULT_CHAIN_PARAMS };
  if (value === undefined) return out;
  const p = object(value, "params");
  if (p.blockGasLimit !== undefined)
    out.blockGasLimit = safeInt(p.blockGasLimit, "params.blockGasLimit", 100_000);
  if (p.minBaseFee !== undefined) out.minBaseFee = amount(p.minBaseFee, "params.minBaseFee");
  if (p.initialBaseFee !== undefined) out.initialBaseFee = amount(p.initialBaseFee, "params.initialBaseFee");
  else out.initialBaseFee = out.minBaseFee;
  if (p.maxBlockBytes !== undefined)
    out.maxBlockBytes = safeInt(p.maxBlockBytes, "params.maxBlockBytes", 65_536);
  if (p.maxBlockTxs !== undefined) out.maxBlockTxs = safeInt(p.maxBlockTxs, "params.maxBlockTxs", 1);
  if (p.matchBudgetPercent !== undefined)
    out.matchBudgetPercent = safeInt(p.matchBudgetPercent, "params.matchBudgetPercent", 0);
  if (out.matchBudgetPercent > 100) throw new GenesisError("params.matchBudgetPercent: at most 100");
  if (out.initialBaseFee < out.minBaseFee) throw new GenesisError("params.initialBaseFee: below minBaseFee");
  if (out.minBaseFee >= 1n << 64n || out.initialBaseFee >= 1n << 64n)
    throw new GenesisError("params: base fees must be below 2^64 nRLC per gas");
  return out;
}

export function parseGenesis(json: unknown): Genesis {
  const g = object(json, "root");
  const validators = array(g.validators, "validators").map((v, i) => {
    const o = object(v, `validators[${i}]`);
    return {
      address: address(o.address, `validators[${i}].address`),
      power: safeInt(o.power, `validators[${i}].power`, 1),
    };
  });
  if (validators.length === 0) throw new GenesisError("validators: at least one validator is required");
  const seen = new Set<string>();
  for (const v of validators) {
    if (seen.has(v.address)) throw new GenesisError(`validators: ${v.address} listed twice`);
    seen.add(v.address);
  }
  const accounts = array(g.accounts, "accounts").map((a, i) => {
    const o = object(a, `accounts[${i}]`);
    return {
      address: address(o.address, `accounts[${i}].address`),
      balance: amount(o.balance, `accounts[${i}].balance`),
      stake: amount(o.stake, `accounts[${i}].stake`),
    };
  });
  const categories = array(g.categories, "categories").map((c, i) => {
    const o = object(c, `categories[${i}]`);
    return {
      name: string(o.name, `categories[${i}].name`),
      description: string(o.description, `categories[${i}].description`),
      workClockTimeRef: safeInt(o.workClockTimeRef, `categories[${i}].workClockTimeRef`, 1),
    };
  });
  let validatorParams: ValidatorParams;
  try {
    validatorParams = parseValidatorParams(g.params);
  } catch (err) {
    if (err instanceof ValidatorParamsError) throw new GenesisError(err.message);
    throw err;
  }
  checkGenesisValidators(validators, validatorParams);
  return {
    chainId: safeInt(g.chainId, "chainId", 1),
    genesisTimeMs: safeInt(g.genesisTimeMs, "genesisTimeMs"),
    admin: address(g.admin, "admin"),
    validators,
    accounts,
    categories,
    params: chainParams(g.params),
    // absent validator params stay absent (the defaults apply), so a genesis round-trips through its JSON
    ...(hasValidatorParams(g.params) ? { validatorParams } : {}),
  };
}

/** Genesis validators must be a valid active set under the chain's own rules. */
function checkGenesisValidators(validators: GenesisValidator[], params: ValidatorParams): void {
  if (validators.length > params.maxValidators) {
    throw new GenesisError(
      `validators: ${validators.length} listed, more than params.maxValidators (${params.maxValidators})`,
    );
  }
  for (const v of validators) {
    if (BigInt(v.power) * params.powerUnit < params.minSelfBond) {
      throw new GenesisError(
        `validators: ${v.address} has power ${v.power}, below the minimum self-bond of ${params.minSelfBond} nRLC`,
      );
    }
  }
}

export function loadGenesisFile(path: string): Genesis {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new GenesisError(`cannot read ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GenesisError(`${path} is not JSON: ${(err as Error).message}`);
  }
  return parseGenesis(json);
}

/** The JSON form of a genesis (amounts as decimal strings), as `loadGenesisFile` reads it. */
export function genesisToJSON(genesis: Genesis): Record<string, unknown> {
  return {
    chainId: genesis.chainId,
    genesisTimeMs: genesis.genesisTimeMs,
    admin: genesis.admin,
    validators: genesis.validators,
    accounts: genesis.accounts.map((a) => ({
      address: a.address,
      balance: a.balance.toString(),
      stake: a.stake.toString(),
    })),
    categories: genesis.categories,
    ...(genesis.params || genesis.validatorParams
      ? {
          params: {
            ...(genesis.params
              ? {
                  ...genesis.params,
                  minBaseFee: genesis.params.minBaseFee.toString(),
                  initialBaseFee: genesis.params.initialBaseFee.toString(),
                }
              : {}),
            ...(genesis.validatorParams ? validatorParamsToJSON(genesis.validatorParams) : {}),
          },
        }
      : {}),
  };
}

export function chainParamsOf(genesis: Genesis): ChainParams {
  return genesis.params ?? { ...DEFAULT_CHAIN_PARAMS };
}

/** The validator set ordered by address, as stored in state and hashed into headers. */
export function encodeValidatorSet(validators: GenesisValidator[]): Uint8Array {
  const sorted = [...validators].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return encode(poco.ValidatorSet, {
    validators: sorted.map((v) => ({ address: fromHex(v.address, 20), power: v.power })),
  });
}

/** Writes the genesis state into an empty overlay. */
export function applyGenesis(state: StateOverlay, genesis: Genesis): void {
  state.set(StateKeys.meta("admin"), fromHex(genesis.admin, 20));
  state.set(FeeKeys.params, encodeChainParams(chainParamsOf(genesis)));
  state.set(StateKeys.meta("validators"), encodeValidatorSet(genesis.validators));
  applyGenesisValidators(state, genesis.validators, genesis.validatorParams);
  for (const account of genesis.accounts) {
    updateAccount(state, account.address, (a) => {
      a.balance += account.balance;
      a.stake += account.stake;
    });
  }
  for (const category of genesis.categories) appendCategory(state, category);
}
