/** A small typed client of the node's HTTP API, for the CLI and tests. */
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
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiClientError(
        0,
        "API_UNREACHABLE",
        `cannot reach ${this.baseUrl}: ${(err as Error).message}`,
      );
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = { code: "API_BAD_RESPONSE", message: text.slice(0, 200) };
    }
    if (!response.ok) {
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
