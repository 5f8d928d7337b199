#!/usr/bin/env node
/**
 * Compiles the `poco` command to JavaScript in dist/ (run by `npm install` through `prepare`, or
 * `npm run build`), so the CLI starts without transpiling TypeScript at run time.
 *
 * One esbuild bundle with code splitting: the command line and the client commands are small chunks,
 * and the node, the devnet, the worker and the bridge are separate chunks loaded by dynamic import only
 * by the commands that run them. npm packages stay external (native modules, WASM, solc load as usual).
 *
 * `import.meta.url` (and `.dirname`, `.filename`) in each source file is replaced by that source file's
 * own, so paths computed from it (bridge artifacts, Anvil's binary, createRequire) resolve exactly as when
 * running the sources.
 *
 * dist/build.json lists every source file that went into the bundle: bin/poco.js runs the compiled
 * code only while none of them is newer than the build, and the sources (through tsx) otherwise.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist");

/** Gives every module its source file's `import.meta.url` (esbuild would otherwise leave the chunk's). */
const sourceImportMetaUrl = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${join("node_modules", "")}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.")) return undefined;
      const contents = text
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path));
      return {
        contents,
        loader: args.path.endsWith(".ts") ? "ts" : "js",
      };
    });
  },
};

export async function buildCli() {
  // Build into a staging folder, then swap it in: a `poco` started meanwhile sees the old or the new dist.
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // Taken before reading any source: a file saved during the build counts as newer than the build.
  const builtAtMs = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { "cli/main": "node/cli/main.ts" },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [sourceImportMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes("node_modules"))
    .map((p) => relative(root, resolve(root, p)))
    .sort();
  writeFileSync(join(staging, "build.json"), `${JSON.stringify({ builtAtMs, inputs }, null, 1)}\n`);
  mkdirSync(outDir, { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return inputs.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const n = await buildCli();
  console.log(`built dist/ from ${n} source files in ${Math.round(performance.now() - t0)} ms`);
}
