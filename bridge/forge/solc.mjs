#!/usr/bin/env node
// A `solc` executable for forge backed by the pinned solc-js (npm `solc`, 0.8.28): forge compiles
// offline with the same compiler as bridge/compile.ts instead of downloading a native binary.
// Forge calls `--version` and `--allow-paths A,B --base-path P --standard-json`; it inlines most
// sources but leaves some imports to the compiler's file reader, which solc-js lacks, so this
// wrapper reads them (resolved against the base path, only inside the allowed paths).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, relative, resolve } from "node:path";

const require = createRequire(import.meta.url);
const solc = require("solc");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (args.includes("--version")) {
  // the native binary's format, which forge parses
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
} else if (args.includes("--standard-json")) {
  const basePath = option("--base-path") ?? process.cwd();
  const allowed = [basePath, ...(option("--allow-paths") ?? "").split(",").filter(Boolean)].map((p) =>
    resolve(p),
  );
  const findImports = (path) => {
    const file = isAbsolute(path) ? path : resolve(basePath, path);
    const inside = allowed.some((dir) => {
      const rel = relative(dir, file);
      return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
    });
    if (!inside) return { error: `outside the allowed paths: ${path}` };
    try {
      return { contents: readFileSync(file, "utf8") };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  process.stdout.write(solc.compile(Buffer.concat(chunks).toString("utf8"), { import: findImports }));
} else {
  process.stderr.write(
    `solc.mjs: only --version and --standard-json are supported (got ${args.join(" ")})\n`,
  );
  process.exit(2);
}
