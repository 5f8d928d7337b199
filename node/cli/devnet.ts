/**
 * `poco devnet`: a local network with embedded defaults, kept in a data directory so the next start
 * continues the same chain. Today: one validator node with a funded faucet account.
 */
import { join } from "node:path";
import { toHex } from "../crypto/hash.js";
import { PocoNode } from "../pocoNode.js";
import { prepareDevnetFiles } from "./devnetFiles.js";
import { createLogger } from "./logger.js";

export interface DevnetOptions {
  dataDir: string;
  apiPort: number;
  blockTime: number;
}

export async function runDevnet(opts: DevnetOptions): Promise<PocoNode> {
  const logger = createLogger(process.env.POCO_LOG_LEVEL ?? "warn");
  const files = await prepareDevnetFiles(opts.dataDir, 1, Date.now());
  const node = await PocoNode.start({
    dataDir: join(opts.dataDir, "node-0"),
    genesis: files.genesis,
    validatorKey: files.validatorKeys[0]!,
    api: { host: "127.0.0.1", port: opts.apiPort },
    producer: { blockTimeMs: opts.blockTime },
    logger,
    onFatal: () => process.exit(70),
  });
  console.log(
    [
      "PoCo devnet is running",
      `  API:            ${node.apiUrl}   (status: ${node.apiUrl}/status, OpenAPI: ${node.apiUrl}/docs/json)`,
      `  chain id:       ${files.genesis.chainId}, height ${node.chain.head.height}`,
      `  validator:      ${files.validatorKeys[0]!.addressHex}`,
      `  faucet account: ${files.faucet.addressHex} (key: ${files.faucetKeyPath})`,
      `  data:           ${opts.dataDir} (kept across restarts)`,
      `  try:            npx poco tx transfer --key ${files.faucetKeyPath} --to ${toHex(new Uint8Array(20).fill(1))} --amount 1 --api ${node.apiUrl}`,
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  const shutdown = async () => {
    console.log("stopping devnet…");
    await node.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  return node;
}
