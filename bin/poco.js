#!/usr/bin/env node
// The `poco` command. Runs the JavaScript compiled into dist/ by `npm install` (`prepare`) or
// `npm run build`, which starts in a fraction of a second; when dist/ is missing, or older than any
// source file it was built from (a developer editing the sources), it runs the TypeScript sources
// through tsx's loader instead, so the command always runs the code in the tree.
// POCO_FROM_SOURCE=1 forces the sources. Without sources (the Docker image), dist/ runs.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** True when dist/ holds a build at least as new as every source file that went into it. */
function distIsCurrent() {
  if (process.env.POCO_FROM_SOURCE === "1") return false;
  // An image that ships only the build (Dockerfile's runtime stage) has no sources to compare with.
  if (!existsSync(join(root, "node", "cli", "main.ts"))) return true;
  try {
    const { builtAtMs, inputs } = JSON.parse(readFileSync(join(root, "dist", "build.json"), "utf8"));
    for (const input of inputs) if (statSync(join(root, input)).mtimeMs > builtAtMs) return false;
    return true;
  } catch {
    return false; // no build, or a source file was removed
  }
}

if (distIsCurrent()) {
  await import(pathToFileURL(join(root, "dist", "cli", "main.js")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../node/cli/main.ts");
}
