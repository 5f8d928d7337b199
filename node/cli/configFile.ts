/**
 * `--config <file>` for the long-running commands (`poco node`, `worker`, `scheduler`, `bridge`): a
 * YAML file whose keys are the command's own flags without the leading `--` (`block-time: 500`,
 * `bootstrap: [addr1, addr2]`, `archive: true`). Precedence, highest first: a flag on the command line,
 * the config file, the flag's default. Each value goes through the flag's own parser, so a config file
 * is validated exactly as the command line is; an unknown key is an error (a typo must not silently
 * fall back to a default).
 */
import { readFileSync } from "node:fs";
import { type Command, InvalidArgumentError, type Option } from "commander";
import { CliError } from "./cliError.js";

const CONFIG_FLAG = "--config";

/** Adds `--config <file>` to `command`; its values are applied before the command's flags are parsed. */
export function addConfigOption(command: Command): Command {
  command.option(
    `${CONFIG_FLAG} <file>`,
    "YAML file of this command's flags without '--' (e.g. block-time: 500); flags given here win",
  );
  const parent = command.parent;
  if (!parent) throw new Error("addConfigOption: the command must be a subcommand");
  // preSubcommand runs after commander reset the subcommand's options to their defaults and before it
  // parses the command line: values set here count for required options, and flags still override them.
  parent.hook("preSubcommand", async (_parent, sub) => {
    if (sub !== command) return;
    const path = configPathFrom(process.argv.slice(2));
    if (path !== undefined) applyConfig(command, path, await import("yaml"));
  });
  return command;
}

/** The value of `--config` in raw arguments (`--config f` or `--config=f`), if any. */
export function configPathFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (arg === CONFIG_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--"))
        throw new CliError("CLI_CONFIG_MISSING_PATH", `${CONFIG_FLAG} needs a file path`);
      return next;
    }
    if (arg.startsWith(`${CONFIG_FLAG}=`)) return arg.slice(CONFIG_FLAG.length + 1);
  }
  return undefined;
}

/** Sets `command`'s option values from the YAML file at `path` (source "config"). */
export function applyConfig(command: Command, path: string, yaml: { parse(text: string): unknown }): void {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new CliError("CLI_CONFIG_UNREADABLE", `cannot read config file ${path}: ${(err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = yaml.parse(text);
  } catch (err) {
    throw new CliError("CLI_CONFIG_INVALID", `${path} is not valid YAML: ${(err as Error).message}`);
  }
  if (doc === null || doc === undefined) return; // an empty file sets nothing
  if (typeof doc !== "object" || Array.isArray(doc))
    throw new CliError("CLI_CONFIG_INVALID", `${path} must be a mapping of flag names to values`);
  const options = new Map<string, Option>();
  for (const option of command.options) {
    if (option.long && option.long !== CONFIG_FLAG) options.set(option.long.slice(2), option);
  }
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    const option = options.get(key);
    if (!option) {
      throw new CliError(
        "CLI_CONFIG_UNKNOWN_KEY",
        `${path}: unknown key "${key}"; the keys are \`poco ${command.name()}\`'s flags without '--': ${[...options.keys()].join(", ")}`,
      );
    }
    command.setOptionValueWithSource(option.attributeName(), optionValue(path, key, option, value), "config");
  }
}

function optionValue(path: string, key: string, option: Option, value: unknown): unknown {
  if (option.isBoolean()) {
    if (typeof value !== "boolean")
      throw new CliError(
        "CLI_CONFIG_INVALID",
        `${path}: "${key}" takes true or false, not ${JSON.stringify(value)}`,
      );
    return option.negate ? !value : value;
  }
  let text: string;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) text = value.join(",");
  else if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))
    text = String(value);
  else
    throw new CliError(
      "CLI_CONFIG_INVALID",
      `${path}: "${key}" takes a string, a number or a list of strings, not ${JSON.stringify(value)}`,
    );
  if (!option.parseArg) return text;
  try {
    return option.parseArg(text, undefined);
  } catch (err) {
    if (err instanceof InvalidArgumentError)
      throw new CliError("CLI_CONFIG_INVALID", `${path}: "${key}": ${err.message}`);
    throw err;
  }
}
