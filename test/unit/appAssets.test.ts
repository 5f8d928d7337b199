/**
 * How a worker gets an app's or a dataset's bytes: by URI (http, file:, store:, data:) within size and
 * time limits, checked against the registered sha256 (tampered bytes refused with a typed error);
 * the checksum-addressed cache stays within its bounds; a poco-wasm-2 app gets its input, args and
 * dataset through `alloc`, and breaking that ABI gives typed errors.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { encodeModule, I32, op } from "../../apps/wasmEncoder.js";
import {
  type AppStoreErrorCode,
  type AssetRecord,
  assetChecksum,
  fetchVerified,
  loadAssetBytes,
  taskArgsFromParams,
} from "../../node/worker/appStore.js";
import { ContentCache } from "../../node/worker/contentCache.js";
import { ExecutorError, executeWasm } from "../../node/worker/wasmExecutor.js";
import { tempDir } from "../helpers/fixtures.js";

const bytesOf = (s: string) => new TextEncoder().encode(s);

async function rejectsWithCode(p: Promise<unknown>, code: AppStoreErrorCode | string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.equal((err as { code?: string }).code, code, String(err));
    return true;
  });
}

describe("worker: app and dataset bytes by URI, checked against the registry", function () {
  this.timeout(20_000);
  const good = bytesOf("the registered bytes\n");
  const other = bytesOf("the registered bytes, tampered\n");
  let dir: string;
  let store: string;
  let server: Server;
  let base: string;

  before(async () => {
    dir = tempDir();
    store = join(dir, "store");
    mkdirSync(store);
    writeFileSync(join(store, "good.bin"), good);
    writeFileSync(join(store, "big.bin"), new Uint8Array(2048));
    writeFileSync(join(dir, "secret"), good);
    server = createServer((req, res) => {
      if (req.url === "/good") res.end(good);
      else if (req.url === "/tampered") res.end(other);
      else if (req.url === "/moved") res.writeHead(302, { location: "/good" }).end();
      else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
      else if (req.url === "/declared-big")
        res.writeHead(200, { "content-length": "4096" }).end(new Uint8Array(4096));
      else if (req.url === "/streamed-big") {
        // no content-length: the cap applies while reading
        res.writeHead(200, { "transfer-encoding": "chunked" });
        for (let i = 0; i < 8; i++) res.write(new Uint8Array(512));
        res.end();
      } else if (req.url === "/silent") {
        // never answers: the download budget ends it
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const record = (uri: string, checksum = assetChecksum(good)): AssetRecord => ({
    kind: "dataset",
    address: `0x${"ab".repeat(20)}`,
    uri,
    checksum,
  });

  it("accepts bytes whose sha256 is the registered checksum, over http (redirects too), file: and store:", async () => {
    assert.deepEqual(await fetchVerified(record(`${base}/good`), {}), good);
    assert.deepEqual(await fetchVerified(record(`${base}/moved`), {}), good);
    const fileUri = pathToFileURL(join(store, "good.bin")).toString();
    assert.deepEqual(await fetchVerified(record(fileUri), { storeDir: store }), good);
    assert.deepEqual(await fetchVerified(record("store:good.bin"), { storeDir: store }), good);
    // local bytes registered without a checksum are the operator's own: accepted unchecked
    assert.deepEqual(await fetchVerified(record("store:good.bin", "0x"), { storeDir: store }), good);
  });

  it("refuses tampered bytes (ASSET_CHECKSUM_MISMATCH) and unchecked remote bytes (ASSET_CHECKSUM_MISSING)", async () => {
    await rejectsWithCode(fetchVerified(record(`${base}/tampered`), {}), "ASSET_CHECKSUM_MISMATCH");
    await assert.rejects(
      fetchVerified(record(`${base}/tampered`), {}),
      /have sha256 0x[0-9a-f]{64}, the registry says/,
    );
    writeFileSync(join(store, "changed.bin"), other);
    await rejectsWithCode(
      fetchVerified(record("store:changed.bin"), { storeDir: store }),
      "ASSET_CHECKSUM_MISMATCH",
    );
    await rejectsWithCode(fetchVerified(record(`${base}/good`, "0x"), {}), "ASSET_CHECKSUM_MISSING");
  });

  it("bounds every read: size (declared, streamed, file), time, redirects, and stays inside the store", async () => {
    await rejectsWithCode(loadAssetBytes(`${base}/declared-big`, { maxBytes: 1024 }), "ASSET_TOO_LARGE");
    await rejectsWithCode(loadAssetBytes(`${base}/streamed-big`, { maxBytes: 1024 }), "ASSET_TOO_LARGE");
    await rejectsWithCode(
      loadAssetBytes("store:big.bin", { storeDir: store, maxBytes: 1024 }),
      "ASSET_TOO_LARGE",
    );
    const data = `data:application/octet-stream;base64,${Buffer.from(new Uint8Array(2048)).toString("base64")}`;
    await rejectsWithCode(loadAssetBytes(data, { maxBytes: 1024 }), "ASSET_TOO_LARGE");
    await rejectsWithCode(loadAssetBytes(`${base}/silent`, { timeoutMs: 300 }), "ASSET_TIMEOUT");
    await rejectsWithCode(loadAssetBytes(`${base}/loop`), "ASSET_UNAVAILABLE");
    await rejectsWithCode(loadAssetBytes(`${base}/missing`), "ASSET_UNAVAILABLE");
    await rejectsWithCode(
      loadAssetBytes(pathToFileURL(join(dir, "secret")).toString(), { storeDir: store }),
      "ASSET_OUTSIDE_STORE",
    );
    await rejectsWithCode(loadAssetBytes("store:good.bin"), "ASSET_OUTSIDE_STORE");
    await rejectsWithCode(loadAssetBytes("store:", { storeDir: store }), "ASSET_UNAVAILABLE");
    await rejectsWithCode(loadAssetBytes("ftp://example/app.wasm"), "ASSET_UNSUPPORTED_URI");
  });

  it("splits deal params into input bytes and args", () => {
    assert.deepEqual(taskArgsFromParams('{"input":"0x0102","iexec_args":"hi"}'), {
      input: Uint8Array.from([1, 2]),
      args: bytesOf("hi"),
    });
    assert.deepEqual(taskArgsFromParams(""), {});
    assert.deepEqual(taskArgsFromParams("plain words"), { args: bytesOf("plain words") });
    assert.deepEqual(taskArgsFromParams("42"), { args: bytesOf("42") });
  });
});

describe("worker: checksum-addressed cache", () => {
  it("keeps at most N entries and B bytes, dropping the least recently used", () => {
    const cache = new ContentCache<string>(2, 100);
    cache.set("a", "A", 10);
    cache.set("b", "B", 10);
    assert.equal(cache.get("a"), "A"); // a is now the most recent
    cache.set("c", "C", 10);
    assert.deepEqual([cache.get("a"), cache.get("b"), cache.get("c")], ["A", undefined, "C"]);
    cache.set("d", "D", 95); // over the byte bound: older entries go
    assert.deepEqual([cache.size, cache.bytes, cache.get("d")], [1, 95, "D"]);
    cache.set("e", "E", 101); // larger than the whole cache: not kept
    assert.deepEqual([cache.get("e"), cache.size], [undefined, 1]);
    cache.set("d", "D2", 5); // replacing an entry updates the byte count
    assert.deepEqual([cache.get("d"), cache.bytes], ["D2", 5]);
  });
});

describe("worker: the poco-wasm-2 ABI (alloc + run with input, args and dataset)", function () {
  this.timeout(30_000);
  // a bump allocator from offset 1024 upwards, its next free offset kept at address 0 (local 0 = size):
  // mem[0] += size; return 1024 + mem[0] - size
  const allocBody = [
    ...op.i32(0),
    ...op.i32(0),
    ...op.i32Load(),
    ...op.get(0),
    ...op.i32Add,
    ...op.i32Store(),
    ...op.i32(0),
    ...op.i32Load(),
    ...op.get(0),
    ...op.i32Sub,
    ...op.i32(1024),
    ...op.i32Add,
  ];
  const app = (runBody: number[], alloc = allocBody) =>
    encodeModule({
      memoryMinPages: 1,
      functions: [
        { export: "alloc", params: [I32], results: [I32], locals: [], body: alloc },
        { export: "run", params: [I32, I32, I32, I32, I32, I32], results: [I32], locals: [], body: runBody },
      ],
    });
  // output = the dataset itself, in place: its length is written in the 4 bytes just before it
  const echoDataset = app([
    ...op.get(4),
    ...op.i32(4),
    ...op.i32Sub,
    ...op.get(5),
    ...op.i32Store(),
    ...op.get(4),
    ...op.i32(4),
    ...op.i32Sub,
  ]);

  it("the app sees its dataset: the output is the dataset's bytes", async () => {
    const dataset = bytesOf("dataset bytes");
    // input and args are allocated first: the 4 bytes before the dataset are the end of the args
    const r = await executeWasm(echoDataset, { input: bytesOf("in"), args: bytesOf("argv"), dataset });
    assert.deepEqual(r.output, dataset);
    const other = await executeWasm(echoDataset, { args: bytesOf("argv"), dataset: bytesOf("other") });
    assert.deepEqual(other.output, bytesOf("other"));
  });

  it("typed errors: no room from alloc (EXEC_MEMORY), output beyond memory or refused input (EXEC_TRAP)", async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (err: unknown) => (err instanceof ExecutorError ? err.code : String(err)),
      );
    assert.equal(
      await codeOf(executeWasm(app(op.i32(0), op.i32(0)), { input: bytesOf("x") })),
      "EXEC_MEMORY",
    );
    assert.equal(await codeOf(executeWasm(app(op.i32(1 << 30)), { input: bytesOf("x") })), "EXEC_TRAP");
    assert.equal(await codeOf(executeWasm(app(op.i32(-2)), { input: bytesOf("x") })), "EXEC_TRAP");
    assert.equal(await codeOf(executeWasm(app(op.i32(-1)), { input: bytesOf("x") })), "EXEC_MEMORY");
    assert.equal(
      await codeOf(executeWasm(echoDataset, { dataset: new Uint8Array(65536 * 3) }, { memoryPages: 2 })),
      "EXEC_MEMORY",
    );
  });
});
