/**
 * Where a worker gets an app's WebAssembly bytes and a task's input.
 *
 * App URIs: `data:application/wasm;base64,…`, `store:<file>` or `file://<path>` inside the worker's
 * app store directory (never outside it), and `http://` / `https://` (size-capped). An app address is
 * resolved to its URI through the node (`GET /apps/:address`, the registered uri) when the node
 * serves it, else to `store:<address>.wasm`. Compiled apps are cached by URI.
 *
 * Task input comes from the deal's `params` (a JSON string as on iExec): `input` as 0x hex bytes,
 * else `iexec_args` as UTF-8, else nothing.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiClient } from "../cli/apiClient.js";
import { fromHex } from "../crypto/hash.js";

export const MAX_APP_BYTES = 16 * 1024 * 1024;

export class AppStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AppStoreError";
  }
}

function inside(dir: string, path: string): string {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  if (rel.startsWith("..") || isAbsolute(rel)) throw new AppStoreError(`${path} is outside the app store`);
  return full;
}

/** Loads an app's bytes from its URI. */
export async function loadAppBytes(uri: string, storeDir?: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (uri.startsWith("data:")) {
    const comma = uri.indexOf(",");
    if (comma < 0 || !uri.slice(0, comma).endsWith(";base64"))
      throw new AppStoreError("data: URI must be base64");
    bytes = Uint8Array.from(Buffer.from(uri.slice(comma + 1), "base64"));
  } else if (uri.startsWith("store:") || uri.startsWith("file://")) {
    if (!storeDir) throw new AppStoreError(`no app store directory for ${uri}`);
    const path = uri.startsWith("store:") ? uri.slice(6) : fileURLToPath(uri);
    bytes = new Uint8Array(await readFile(inside(storeDir, path)));
  } else if (uri.startsWith("http://") || uri.startsWith("https://")) {
    const response = await fetch(uri);
    if (!response.ok) throw new AppStoreError(`${uri}: HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    throw new AppStoreError(`unsupported app URI ${uri.slice(0, 64)}`);
  }
  if (bytes.length > MAX_APP_BYTES) throw new AppStoreError(`app of ${bytes.length} bytes is too large`);
  return bytes;
}

/** The app's registered URI from the node when it serves `GET /apps/:address`, else `store:<address>.wasm`. */
export async function resolveAppUri(api: ApiClient, app: string): Promise<string> {
  try {
    const record = await api.request<{ uri?: string }>("GET", `/apps/${app}`);
    if (typeof record.uri === "string" && record.uri !== "") return record.uri;
  } catch {
    // not served (yet): fall back to the local store
  }
  return `store:${app.toLowerCase()}.wasm`;
}

/** A task's input bytes from the deal's params. */
export function inputFromParams(params: string): Uint8Array {
  if (!params) return new Uint8Array(0);
  let json: unknown;
  try {
    json = JSON.parse(params);
  } catch {
    return new TextEncoder().encode(params);
  }
  const p = json as { input?: unknown; iexec_args?: unknown };
  if (typeof p.input === "string") return fromHex(p.input);
  if (typeof p.iexec_args === "string") return new TextEncoder().encode(p.iexec_args);
  return new Uint8Array(0);
}
