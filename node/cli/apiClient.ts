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

/** `?limit=` and `?after=` of a paged listing (`after`: the previous page's `next`). */
export interface PageQuery {
  limit?: number;
  after?: string;
}

export interface TaskSummary {
  id: string;
  dealId: string;
  index: number;
  status: "active" | "revealing" | "completed" | "failed" | "unknown";
}

function pageQuery(page: PageQuery, first?: string): string {
  const parts = first ? [first] : [];
  if (page.limit !== undefined) parts.push(`limit=${page.limit}`);
  if (page.after !== undefined) parts.push(`after=${encodeURIComponent(page.after)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
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

  /** Next block's base fee and suggestions (nRLC per gas, decimal strings). */
  fees() {
    return this.request<{
      height: number;
      baseFeePerGas: string;
      minBaseFeePerGas: string;
      suggestedTipPerGas: string;
      suggestedMaxFeePerGas: string;
      blockGasLimit: number;
      lastBlockGasUsed: number;
    }>("GET", "/fees");
  }

  /** Gas an unsigned Tx (canonical bytes) from `sender` would use on the head state. */
  estimateGas(txBytes: Uint8Array, sender: string) {
    return this.request<{ gasUsed: number; error?: { code: string; message: string } }>(
      "POST",
      "/txs/estimate",
      { tx: `0x${Buffer.from(txBytes).toString("hex")}`, sender },
    );
  }

  /** One page of a workerpool's deals, oldest first (`next`: cursor of the next page). */
  workerpoolDeals(workerpool: string, page: PageQuery = {}) {
    return this.request<{ deals: string[]; next?: string }>(
      "GET",
      `/workerpools/${workerpool}/deals${pageQuery(page)}`,
    );
  }

  /** One page of the deals an address requested, or whose workerpool it owns (role "scheduler"). */
  accountDeals(address: string, role: "requester" | "scheduler" = "requester", page: PageQuery = {}) {
    return this.request<{ deals: string[]; next?: string }>(
      "GET",
      `/accounts/${address}/deals${pageQuery(page, `role=${role}`)}`,
    );
  }

  /** One page of the tasks of an address's deals, or of the tasks it contributed to (role "worker"). */
  accountTasks(address: string, role: "requester" | "worker" = "requester", page: PageQuery = {}) {
    return this.request<{ tasks: TaskSummary[]; next?: string }>(
      "GET",
      `/accounts/${address}/tasks${pageQuery(page, `role=${role}`)}`,
    );
  }

  /** One page of a deal's tasks in index order. */
  dealTasks(dealId: string, page: PageQuery = {}) {
    return this.request<{ tasks: TaskSummary[]; next?: string }>(
      "GET",
      `/deals/${dealId}/tasks${pageQuery(page)}`,
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
