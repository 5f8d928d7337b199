/**
 * A small typed client of the node's HTTP API, for the CLI and tests. It speaks node:http rather than
 * fetch: loading fetch's implementation (undici) costs more than the rest of a CLI command's start-up
 * (bench/cli.ts), and the client needs nothing from it.
 */
import { request as httpRequestRaw } from "node:http";
import { request as httpsRequestRaw } from "node:https";

/** Bounds an answer's size: a node's answers are small JSON documents. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

function httpRequest(
  method: "GET" | "POST",
  url: string,
  body: unknown,
): Promise<{ status: number; statusText: string; text: string }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequestRaw : httpRequestRaw;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method,
        headers: payload ? { "content-type": "application/json", "content-length": payload.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            req.destroy(new Error(`answer larger than ${MAX_RESPONSE_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? "",
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    let response: { status: number; statusText: string; text: string };
    try {
      response = await httpRequest(method, `${this.baseUrl}${path}`, body);
    } catch (err) {
      throw new ApiClientError(
        0,
        "API_UNREACHABLE",
        `cannot reach ${this.baseUrl}: ${(err as Error).message}`,
      );
    }
    const ok = response.status >= 200 && response.status < 300;
    const text = response.text;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = { code: "API_BAD_RESPONSE", message: text.slice(0, 200) };
    }
    if (!ok) {
      const e = json as { code?: string; message?: string };
      throw new ApiClientError(response.status, e.code ?? "API_ERROR", e.message ?? response.statusText);
    }
    return json as T;
  }

  status() {
    return this.request<{
      chainId: number;
      height: number;
      headHash: string;
      stateRoot: string;
      genesisHash: string;
    }>("GET", "/status");
  }

  account(address: string) {
    return this.request<{ address: string; balance: string; nonce: number; stake: string; locked: string }>(
      "GET",
      `/accounts/${address}`,
    );
  }

  submitTx(bytes: Uint8Array) {
    return this.request<{ hash: string }>("POST", "/txs", { tx: `0x${Buffer.from(bytes).toString("hex")}` });
  }

  submitTxs(txs: Uint8Array[]) {
    return this.request<{ accepted: number; results: { hash?: string; code?: string; message?: string }[] }>(
      "POST",
      "/txs/batch",
      { txs: txs.map((b) => `0x${Buffer.from(b).toString("hex")}`) },
    );
  }

  tx(hash: string) {
    return this.request<{
      status: "pending" | "committed";
      receipt?: { height: number; status: "success" | "failed"; error?: { code: string; message: string } };
    }>("GET", `/txs/${hash}`);
  }

  /** Polls until the transaction is committed; returns its receipt. */
  async waitForTx(hash: string, timeoutMs = 30_000, pollMs = 100) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const tx = await this.tx(hash).catch((err: unknown) => {
        if (err instanceof ApiClientError && err.status === 404) return undefined;
        throw err;
      });
      if (tx?.status === "committed" && tx.receipt) return tx.receipt;
      if (Date.now() > deadline)
        throw new ApiClientError(0, "API_TIMEOUT", `tx ${hash} not committed after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
}
