/**
 * A headless Chromium for browser tests that installs from npm alone: `@sparticuz/chromium` ships a
 * brotli-compressed chrome-headless-shell plus the NSS/NSPR libraries it links against (built for Amazon
 * Linux 2023, self-contained), so `npm install` + `npm test` pass on a machine with nothing but Node.
 * A Chromium of the machine's distribution (/usr/bin/chromium) is preferred when installed, and
 * `CHROMIUM_PATH` overrides both.
 *
 * The archive is unpacked once per package version into a cache folder under the system temp dir. Several
 * test runs may start at once (CI, engineers on the same machine), so it is unpacked into a private
 * staging folder and renamed into place: a reader sees a complete folder or none.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { brotliDecompressSync } from "node:zlib";

export interface ChromiumLaunch {
  /** The browser binary to start. */
  executablePath: string;
  /** Environment for the browser process (library and font paths of the bundled build). */
  env: Record<string, string>;
  /** Where it came from, for failure messages. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

/** Flags for a headless browser on a closed network (no background connections, no sandbox as root). */
export const HEADLESS_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const require = createRequire(import.meta.url);

/** The package's folder (its exports map hides package.json; the main file sits in build/<format>/). */
function packageDir(): string {
  let dir = dirname(require.resolve("@sparticuz/chromium"));
  const isPackageRoot = (d: string) =>
    existsSync(join(d, "package.json")) &&
    (JSON.parse(readFileSync(join(d, "package.json"), "utf8")) as { name?: string }).name ===
      "@sparticuz/chromium";
  while (!isPackageRoot(dir)) {
    const up = dirname(dir);
    if (up === dir) throw new Error("@sparticuz/chromium: package.json not found");
    dir = up;
  }
  return dir;
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return env;
}

/**
 * Extracts the regular files of a ustar archive into `dir`. The bundled archives hold only regular files
 * and folders; entries that would escape `dir` (absolute or `..` paths) are refused.
 */
export function extractTar(tar: Uint8Array, dir: string): void {
  const text = (from: number, len: number) => {
    const raw = Buffer.from(tar.subarray(from, from + len));
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? len : end).toString("utf8");
  };
  let off = 0;
  while (off + 512 <= tar.length) {
    const name = text(off, 100);
    if (name === "") break; // end-of-archive block
    const size = Number.parseInt(text(off + 124, 12).trim() || "0", 8);
    const type = text(off + 156, 1);
    const prefix = text(off + 257, 6).startsWith("ustar") ? text(off + 345, 155) : "";
    const path = normalize(prefix ? `${prefix}/${name}` : name);
    if (path.startsWith("..") || path.startsWith("/")) throw new Error(`unsafe tar entry ${path}`);
    const body = off + 512;
    if (type === "0" || type === "") {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), tar.subarray(body, body + size), { mode: 0o755 });
    } else if (type === "5") {
      mkdirSync(join(dir, path), { recursive: true });
    }
    off = body + Math.ceil(size / 512) * 512;
  }
}

async function unpackBundled(cache: string): Promise<void> {
  const pkgDir = packageDir();
  const staging = mkdtempSync(`${cache}.staging-`);
  const savedTmp = process.env.TMPDIR;
  try {
    // The package unpacks into os.tmpdir(); point that at our private staging folder meanwhile.
    process.env.TMPDIR = staging;
    const { default: chromium } = await import("@sparticuz/chromium");
    const exe = await chromium.executablePath(join(pkgDir, "bin"));
    if (exe !== join(staging, "chromium")) throw new Error(`unexpected Chromium path ${exe}`);
    // Its NSS/NSPR libraries, so the browser runs where the system has none.
    extractTar(brotliDecompressSync(readFileSync(join(pkgDir, "bin", "al2023.tar.br"))), staging);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    renameSync(staging, cache);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run got there first
    if (!existsSync(join(cache, "chromium"))) throw new Error(`could not unpack Chromium into ${cache}`);
  }
}

/** Chromium builds of the machine's distribution, in order of preference. */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * Whether the browser renders a page: `--dump-dom` of a data URL within 20 s. The bundled build hangs
 * on some kernels (seen on 6.18: its renderer dies on a CHECK, the browser waits for it forever), which
 * a test would otherwise report as a page crash or a timeout far from the cause.
 */
function renders(launch: ChromiumLaunch): boolean {
  const run = spawnSync(
    launch.executablePath,
    ["--headless", ...HEADLESS_ARGS, "--dump-dom", "data:text/html,<p>rendered</p>"],
    { env: launch.env, timeout: 20_000, encoding: "utf8", killSignal: "SIGKILL" },
  );
  return run.status === 0 && run.stdout.includes("<p>rendered</p>");
}

/**
 * The browser to launch: `CHROMIUM_PATH` if set; else the distribution's Chromium if installed (CI
 * installs Debian's); else the one bundled in `@sparticuz/chromium`, checked to render first.
 */
export async function findChromium(): Promise<ChromiumLaunch> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`);
    return { executablePath: override, env: baseEnv(), source: "CHROMIUM_PATH" };
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system !== undefined) return { executablePath: system, env: baseEnv(), source: "system" };
  const pkg = JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { version: string };
  const version = pkg.version;
  const cache = join(tmpdir(), `poco-chromium-${version}`);
  if (!existsSync(join(cache, "chromium"))) await unpackBundled(cache);
  const env = baseEnv();
  env.LD_LIBRARY_PATH = [join(cache, "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  env.FONTCONFIG_PATH = join(cache, "fonts");
  const bundled: ChromiumLaunch = {
    executablePath: join(cache, "chromium"),
    env,
    source: "@sparticuz/chromium",
  };
  if (!renders(bundled)) {
    throw new Error(
      `the Chromium bundled in @sparticuz/chromium ${version} does not render a page on this machine: ` +
        "install the distribution's (Debian: apt-get install chromium) or set CHROMIUM_PATH to a browser",
    );
  }
  return bundled;
}
