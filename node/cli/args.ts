/** Argument checks shared by the client commands (no heavy imports: see main.ts on start-up time). */
import { readFileSync } from "node:fs";
import { InvalidArgumentError } from "commander";
import { parseCidr } from "../net/clientAddress.js";
import { CliError } from "./cliError.js";

/** A 32-byte id (order hash, deal id, task id, digest), lowercased. */
export function hash32(what: string, value: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value))
    throw new CliError("CLI_BAD_ARGUMENT", `${what} must be 0x followed by 64 hex digits`);
  return value.toLowerCase();
}

/** An 0x address, lowercased (checksums are checked by the node and the signing code). */
export function address20(what: string, value: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value))
    throw new CliError("CLI_BAD_ARGUMENT", `${what} must be an 0x address (40 hex digits)`);
  return value.toLowerCase();
}

/** 0x-prefixed hex of exactly `bytes` bytes. */
export function hexBytes(what: string, value: string, bytes: number): string {
  if (!new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`).test(value))
    throw new CliError("CLI_BAD_ARGUMENT", `${what} must be 0x followed by ${bytes * 2} hex digits`);
  return value.toLowerCase();
}

/** A commander option parser: an integer in [min, max], or commander's "invalid argument" error. */
export function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be an integer in [${min}, ${max}]`);
    return n;
  };
}

/**
 * A commander option parser: comma-separated addresses or CIDR ranges (`10.0.0.0/8,::1`), each
 * checked here; '' is the empty list.
 */
export function cidrListOption(value: string): string[] {
  const list = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of list) {
    if (parseCidr(item) === undefined)
      throw new InvalidArgumentError(`not an address or CIDR range: "${item}"`);
  }
  return list;
}

export function intInRange(what: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError("CLI_BAD_ARGUMENT", `${what} must be an integer in [${min}, ${max}]`);
  return n;
}

export function readFileBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (err) {
    throw new CliError("CLI_FILE", `cannot read ${file}: ${(err as Error).message}`);
  }
}
