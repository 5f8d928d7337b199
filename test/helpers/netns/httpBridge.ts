/**
 * HTTP from outside a network namespace: runs inside the namespace and answers requests read as JSON
 * lines on stdin ({ id, method, url, body? }) with JSON lines on stdout ({ id, status, body } or
 * { id, error }). The test talks to each node's API on the node's own loopback through it, so no
 * interface or route is added to the host's namespace and no test traffic crosses the emulated links.
 */
import { createInterface } from "node:readline";

interface BridgeRequest {
  id: number;
  method: "GET" | "POST";
  url: string;
  body?: unknown;
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  let req: BridgeRequest;
  try {
    req = JSON.parse(line) as BridgeRequest;
  } catch {
    return;
  }
  void (async () => {
    try {
      const res = await fetch(req.url, {
        method: req.method,
        headers: req.body === undefined ? {} : { "content-type": "application/json" },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(30_000),
      });
      process.stdout.write(`${JSON.stringify({ id: req.id, status: res.status, body: await res.text() })}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ id: req.id, error: (err as Error).message })}\n`);
    }
  })();
});
lines.on("close", () => process.exit(0));
