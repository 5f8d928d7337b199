/**
 * Summarizes V8 .cpuprofile files (written by `node --cpu-prof`, e.g. the validators of a network
 * bench run with POCO_NODE_PROFILE=<dir>): self time per function and per area (secp256k1, libp2p,
 * protobuf, keccak, level, …), as shares of all samples of all files given.
 *
 *   node --import tsx bench/cpuProfileSummary.ts <dir or files…> [--top 20]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The area of a function from its script, for the coarse split the issue reports. */
export function areaOf(url: string, name: string): string {
  if (name === "(garbage collector)") return "gc";
  if (name === "(idle)" || name === "(program)") return name;
  if (
    url === "" &&
    /^(fsync|fdatasync|writeBuffer|writeBuffers|writeString|openFileHandle|rename|close|read)$/.test(name)
  )
    return "fs (writes, fsync)";
  if (
    /compileSourceTextModule|wrapSafe|compileForInternalLoader|internalModuleStat|compileFunction/.test(name)
  )
    return "module loading (start-up)";
  if (/secp256k1|noble\/curves/.test(url) || /ecdsaRecover|signatureVerifier/.test(url + name))
    return "secp256k1";
  if (/libp2p|gossipsub|yamux|noise|multiformats|it-|uint8arraylist/.test(url)) return "libp2p";
  if (/protobufjs|proto\/generated|proto\/index/.test(url)) return "protobuf";
  if (/hash-wasm|keccak|sha3/.test(url + name)) return "keccak";
  if (/level|leveldown|classic-level/.test(url)) return "level";
  if (/fastify|pino/.test(url)) return "api/logs";
  if (/\/node\/state\//.test(url)) return "state tree";
  if (/\/node\/|\/consensus\/|\/scheduler\/|\/bridge\/|dist\//.test(url)) return "node (other)";
  if (url.startsWith("node:") || url === "") return "node internals";
  return "other";
}

/** `node --cpu-prof` names files CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is main. */
function isMainThread(file: string): boolean {
  return /\.\d+\.0\.\d+\.cpuprofile$/.test(file);
}

export function summarize(files: string[], top = 20): string {
  const main = files.filter(isMainThread);
  const workers = files.filter((f) => !isMainThread(f));
  const parts = [`## main threads (${main.length} files)`, summarizeFiles(main, top)];
  if (workers.length)
    parts.push("", `## worker threads (${workers.length} files)`, summarizeFiles(workers, 8));
  return parts.join("\n");
}

function summarizeFiles(files: string[], top: number): string {
  const selfUs = new Map<string, number>();
  const areaUs = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const us = Math.max(0, deltas[i] ?? 0);
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === "(idle)") return; // waiting, not work
      total += us;
      const short = url
        .replace(/^.*node_modules\//, "")
        .replace(/^file:\/\/.*?\/(node|consensus|proto)\//, "$1/");
      const key = `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
      selfUs.set(key, (selfUs.get(key) ?? 0) + us);
      const area = areaOf(url, functionName);
      areaUs.set(area, (areaUs.get(area) ?? 0) + us);
    });
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1)}%`;
  const lines = [
    `busy samples: ${(total / 1e6).toFixed(1)} s over ${files.length} profile(s)`,
    "",
    "by area:",
  ];
  for (const [area, us] of [...areaUs].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${pct(us).padStart(6)}  ${area}`);
  lines.push("", `top ${top} functions (self time):`);
  for (const [key, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(us).padStart(6)}  ${key}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
  const files = args.flatMap((a) =>
    statSync(a).isDirectory()
      ? readdirSync(a)
          .filter((f) => f.endsWith(".cpuprofile"))
          .map((f) => join(a, f))
      : [a],
  );
  console.log(summarize(files, top));
}
