/**
 * Where a worker gets an app's or a dataset's bytes, and a task's input.
 *
 * URIs: `data:…;base64,…` (inline), `store:<file>` or `file://<path>` inside the worker's store
 * directory (never outside it: a registered URI is chosen by a stranger, and a worker's other files
 * are not for reading), and `http://` / `https://` (at most 3 redirects). Every read is size-capped
 * before the bytes are buffered, and downloads have a wall-clock budget.
 *
 * An asset's registered checksum is sha256 of its bytes (as on iExec for datasets), 0x hex. Bytes
 * whose sha256 differs are refused (CHECKSUM_MISMATCH); remote bytes with no registered checksum are
 * refused too (CHECKSUM_MISSING), local ones (store:, file:, data:) are the worker operator's own or
 * inline and are accepted unchecked.
 *
 * Task input comes from the deal's `params` (a JSON string as on iExec): `input` as 0x hex bytes and
 * `iexec_args` as UTF-8; params that are not JSON are args.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { request as httpGet } from "node:http";
import { request as httpsGet } from "node:https";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiClient } from "../cli/apiClient.js";
import { ApiClientError } from "../cli/apiClient.js";
import { fromHex } from "../crypto/hash.js";

export const MAX_APP_BYTES = 16 * 1024 * 1024;
export const MAX_DATASET_BYTES = 32 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;

export const AppStoreErrorCode = {
  /** A scheme the worker does not fetch from (e.g. docker:// for a WASM-only worker). */
  UNSUPPORTED_URI: "ASSET_UNSUPPORTED_URI",
  /** store:/file: path outside the worker's store directory, or no store directory configured. */
  OUTSIDE_STORE: "ASSET_OUTSIDE_STORE",
  /** Missing file, HTTP error status, connection failure, malformed data: URI. */
  UNAVAILABLE: "ASSET_UNAVAILABLE",
  TOO_LARGE: "ASSET_TOO_LARGE",
  TIMEOUT: "ASSET_TIMEOUT",
  /** The bytes' sha256 differs from the registered checksum. */
  CHECKSUM_MISMATCH: "ASSET_CHECKSUM_MISMATCH",
  /** Remote bytes whose registry entry has no checksum. */
  CHECKSUM_MISSING: "ASSET_CHECKSUM_MISSING",
  /** The node knows no such app or dataset. */
  NOT_REGISTERED: "ASSET_NOT_REGISTERED",
} as const;
export type AppStoreErrorCode = (typeof AppStoreErrorCode)[keyof typeof AppStoreErrorCode];

export class AppStoreError extends Error {
  constructor(
    readonly code: AppStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppStoreError";
  }
}

export interface FetchLimits {
  /** Directory that store: and file: URIs must stay inside. */
  storeDir?: string | undefined;
  /** Largest accepted asset (default MAX_APP_BYTES). */
  maxBytes?: number | undefined;
  /** Budget of a whole download, redirects included (default 30 s). */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

function inside(dir: string, path: string): string {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new AppStoreError(AppStoreErrorCode.OUTSIDE_STORE, `${path} is outside the app store`);
  return full;
}

const tooLarge = (what: string, max: number) =>
  new AppStoreError(AppStoreErrorCode.TOO_LARGE, `${what} is larger than ${max} bytes`);

async function readLocal(path: string, max: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `cannot open ${path}: ${(err as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `${path} is not a file`);
    if (info.size > max) throw tooLarge(path, max);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** GETs `url` into memory, refusing more than `max` bytes (declared or streamed) and past `deadline`. */
function download(url: URL, max: number, signal: AbortSignal, redirects: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const get = url.protocol === "https:" ? httpsGet : httpGet;
    const req = get(url, { method: "GET", signal }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects <= 0) {
          reject(new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `${url}: too many redirects`));
          return;
        }
        let next: URL;
        try {
          next = new URL(res.headers.location, url);
        } catch {
          reject(new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `${url}: bad redirect`));
          return;
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          reject(
            new AppStoreError(AppStoreErrorCode.UNSUPPORTED_URI, `${url}: redirect to ${next.protocol}`),
          );
          return;
        }
        download(next, max, signal, redirects - 1).then(resolvePromise, reject);
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `${url}: HTTP ${status}`));
        return;
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > max) {
        req.destroy();
        reject(tooLarge(url.toString(), max));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          req.destroy();
          reject(tooLarge(url.toString(), max));
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => resolvePromise(new Uint8Array(Buffer.concat(chunks))));
      res.on("error", (err) => reject(err));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Loads bytes from a URI within the limits (no checksum check: see `fetchVerified`). */
export async function loadAssetBytes(uri: string, limits: FetchLimits = {}): Promise<Uint8Array> {
  const max = limits.maxBytes ?? MAX_APP_BYTES;
  if (uri.startsWith("data:")) {
    const comma = uri.indexOf(",");
    if (comma < 0 || !uri.slice(0, comma).endsWith(";base64"))
      throw new AppStoreError(AppStoreErrorCode.UNAVAILABLE, "data: URI must be base64");
    // base64 is 4 characters per 3 bytes: refuse before decoding
    if (((uri.length - comma - 1) * 3) / 4 > max + 3) throw tooLarge("data: URI", max);
    const bytes = Uint8Array.from(Buffer.from(uri.slice(comma + 1), "base64"));
    if (bytes.length > max) throw tooLarge("data: URI", max);
    return bytes;
  }
  if (uri.startsWith("store:") || uri.startsWith("file:")) {
    if (!limits.storeDir)
      throw new AppStoreError(AppStoreErrorCode.OUTSIDE_STORE, `no app store directory for ${uri}`);
    let path: string;
    try {
      path = uri.startsWith("store:") ? uri.slice(6) : fileURLToPath(uri);
    } catch {
      throw new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `bad file URI ${uri.slice(0, 64)}`);
    }
    return readLocal(inside(limits.storeDir, path), max);
  }
  if (uri.startsWith("http://") || uri.startsWith("https://")) {
    const timeoutMs = limits.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
    try {
      return await download(new URL(uri), max, signal, MAX_REDIRECTS);
    } catch (err) {
      if (err instanceof AppStoreError) throw err;
      if (timeout.aborted)
        throw new AppStoreError(
          AppStoreErrorCode.TIMEOUT,
          `${uri}: no complete answer within ${timeoutMs} ms`,
        );
      throw new AppStoreError(AppStoreErrorCode.UNAVAILABLE, `${uri}: ${(err as Error).message}`);
    }
  }
  throw new AppStoreError(AppStoreErrorCode.UNSUPPORTED_URI, `unsupported URI ${uri.slice(0, 64)}`);
}

/** Loads an app's bytes from its URI (store: and file: inside `storeDir`). */
export function loadAppBytes(uri: string, storeDir?: string): Promise<Uint8Array> {
  return loadAssetBytes(uri, { storeDir, maxBytes: MAX_APP_BYTES });
}

/** sha256 of the bytes as 0x hex: the checksum an app or dataset is registered with. */
export function assetChecksum(bytes: Uint8Array): string {
  return `0x${createHash("sha256").update(bytes).digest("hex")}`;
}

/** What the registry says about an app or a dataset (GET /apps/:address, /datasets/:address). */
export interface AssetRecord {
  kind: "app" | "dataset";
  address: string;
  uri: string;
  /** 0x hex of 32 bytes, or "0x" / "" when registered without one. */
  checksum: string;
}

const isRemote = (uri: string) => uri.startsWith("http://") || uri.startsWith("https://");
const hasChecksum = (checksum: string) => checksum !== "" && checksum !== "0x";

/** Loads the bytes of a registered asset and checks them against its registered checksum. */
export async function fetchVerified(record: AssetRecord, limits: FetchLimits): Promise<Uint8Array> {
  const what = `${record.kind} ${record.address}`;
  if (!hasChecksum(record.checksum) && isRemote(record.uri)) {
    throw new AppStoreError(
      AppStoreErrorCode.CHECKSUM_MISSING,
      `${what}: ${record.uri} is remote and the registry has no checksum for it`,
    );
  }
  const bytes = await loadAssetBytes(record.uri, limits);
  if (hasChecksum(record.checksum)) {
    const actual = assetChecksum(bytes);
    if (actual !== record.checksum.toLowerCase()) {
      throw new AppStoreError(
        AppStoreErrorCode.CHECKSUM_MISMATCH,
        `${what}: the ${bytes.length} bytes from ${record.uri} have sha256 ${actual}, the registry says ${record.checksum}`,
      );
    }
  }
  return bytes;
}

/** The registry's record of an app or a dataset, from the node. */
export async function resolveAsset(
  api: ApiClient,
  kind: "app" | "dataset",
  address: string,
): Promise<AssetRecord> {
  try {
    const record = await api.request<{ uri: string; checksum: string }>(
      "GET",
      `/${kind === "app" ? "apps" : "datasets"}/${address}`,
    );
    return { kind, address: address.toLowerCase(), uri: record.uri, checksum: record.checksum };
  } catch (err) {
    if (err instanceof ApiClientError && err.status === 404)
      throw new AppStoreError(AppStoreErrorCode.NOT_REGISTERED, `${kind} ${address} is not registered`);
    throw err;
  }
}

/** A task's input bytes and args from the deal's params (either may be absent). */
export function taskArgsFromParams(params: string): { input?: Uint8Array; args?: Uint8Array } {
  if (!params) return {};
  let json: unknown;
  try {
    json = JSON.parse(params);
  } catch {
    return { args: new TextEncoder().encode(params) };
  }
  if (typeof json !== "object" || json === null) return { args: new TextEncoder().encode(params) };
  const p = json as { input?: unknown; iexec_args?: unknown };
  return {
    ...(typeof p.input === "string" ? { input: fromHex(p.input) } : {}),
    ...(typeof p.iexec_args === "string" ? { args: new TextEncoder().encode(p.iexec_args) } : {}),
  };
}

/** The single input of a poco-wasm-1 app: `input` when given, else the args, else nothing. */
export function inputFromParams(params: string): Uint8Array {
  const { input, args } = taskArgsFromParams(params);
  return input ?? args ?? new Uint8Array(0);
}
