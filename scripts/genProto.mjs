// Regenerates proto/generated/ from proto/poco.proto with protobufjs-cli (no network needed):
// static ESM code, its TypeScript typings, and a JSON descriptor used by the canonical codec.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fastOneofs } from "./protoOneofs.mjs";

const out = "proto/generated";
mkdirSync(out, { recursive: true });
const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: "inherit" });
run("pbjs", [
  "-t",
  "static-module",
  "-w",
  "esm",
  "--no-delimited",
  "--no-typeurl",
  "--no-verify",
  "-o",
  `${out}/poco.js`,
  "proto/poco.proto",
]);
// oneof accessors without protobufjs's Object.keys per read (scripts/protoOneofs.mjs)
writeFileSync(`${out}/poco.js`, fastOneofs(readFileSync(`${out}/poco.js`, "utf8")));
run("pbts", ["-o", `${out}/poco.d.ts`, `${out}/poco.js`]);
run("pbjs", ["-t", "json", "-o", `${out}/poco.json`, "proto/poco.proto"]);
