/**
 * What client commands print: aligned `key  value` lines for people by default, or one JSON document
 * with `--json` for scripts. Amounts (the node answers nRLC decimal strings) are shown in RLC: the
 * human view replaces them by `<rlc> RLC`, the JSON view keeps the exact nRLC string and adds a
 * `<key>Rlc` field beside it.
 */
import type { Command } from "commander";
import { formatRlc } from "./amount.js";

export interface OutputOptions {
  json?: boolean;
}

/** Keys whose values are nRLC amounts (prices, stakes, balances, fees); per-gas prices are not. */
const AMOUNT_KEY = /(^|[a-z])(price|stake|balance|locked|amount|bonded|unbonding|reward|fee|payment)$/i;

export function isAmountKey(key: string): boolean {
  return AMOUNT_KEY.test(key) && !/pergas$/i.test(key);
}

const isNrlc = (v: unknown): v is string | bigint =>
  typeof v === "bigint" || (typeof v === "string" && /^-?[0-9]{1,40}$/.test(v));

/** Adds `<key>Rlc` beside every amount (recursively); bigints become decimal strings. */
export function withRlc(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(withRlc);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] = withRlc(v);
    if (isAmountKey(key) && isNrlc(v) && !(`${key}Rlc` in value)) out[`${key}Rlc`] = formatRlc(BigInt(v));
  }
  return out;
}

function scalar(key: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "-";
  if (isAmountKey(key) && isNrlc(v)) return `${formatRlc(BigInt(v))} RLC`;
  return String(v);
}

const isScalar = (v: unknown) => v === null || typeof v !== "object";

/** Lines for people: `key  value`, nested objects indented, lists one item per line. */
export function renderHuman(value: unknown, indent = ""): string[] {
  if (isScalar(value)) return [`${indent}${scalar("", value)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}(none)`];
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar("", item)}`];
      const [first = "", ...rest] = renderHuman(item, `${indent}  `);
      return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
    });
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([k, v]) => v !== undefined && !(k.endsWith("Rlc") && k.slice(0, -3) in (value as object)),
  );
  const width = Math.max(0, ...entries.filter(([, v]) => isScalar(v)).map(([k]) => k.length));
  return entries.flatMap(([key, v]) => {
    if (isScalar(v)) return [`${indent}${key.padEnd(width)}  ${scalar(key, v)}`];
    if (Array.isArray(v) && v.length === 0) return [`${indent}${key.padEnd(width)}  (none)`];
    return [`${indent}${key}:`, ...renderHuman(v, `${indent}  `)];
  });
}

/** Prints `value` as JSON (`--json`) or as lines for people (`human` when given, else rendered). */
export function emit(opts: OutputOptions, value: unknown, human?: string | string[]): void {
  if (opts.json) {
    console.log(JSON.stringify(withRlc(value))); // one line: a script may read the last line
    return;
  }
  const text = human === undefined ? renderHuman(value) : human;
  console.log(Array.isArray(text) ? text.join("\n") : text);
}

/** The `--json` option of every client command. */
export function addJsonOption(cmd: Command): Command {
  return cmd.option("--json", "print JSON for scripts (amounts in nRLC, with <key>Rlc beside them)");
}
