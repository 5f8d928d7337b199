/**
 * Writes the sample apps' WebAssembly binaries (apps/*.wasm) from apps/sampleApps.ts:
 * `node --import tsx apps/build.ts`. The tests check the committed files equal a fresh build.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_APPS } from "./sampleApps.js";

const here = dirname(fileURLToPath(import.meta.url));
for (const app of SAMPLE_APPS) {
  const bytes = app.build();
  writeFileSync(join(here, app.file), bytes);
  console.log(`${app.file}: ${bytes.length} bytes`);
}
