import { createServer } from "node:net";

/**
 * A TCP port free on 127.0.0.1 right now (the OS picks it). Another process may take it before the
 * caller binds it, so callers that can should listen on port 0 themselves; this is for children
 * (Anvil, a node process) that must be told their port on the command line.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
