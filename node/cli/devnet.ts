/**
 * `poco devnet`: a local network with embedded defaults, kept in a data directory so the next start
 * continues the same chain: N validators (default 4) in this process, each with its own store, API
 * and libp2p host on 127.0.0.1, finalizing blocks by BFT consensus, plus a funded faucet account.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEVNET_ANCHOR_POLICY } from "../../bridge/anchorPolicy.js";
import { toHex } from "../crypto/hash.js";
import { loadOrCreatePeerKey, peerIdOf } from "../p2p/peerIdentity.js";
import { PocoNode } from "../pocoNode.js";
import { runBridgeDemo } from "./devnetDemo.js";
import { type DevnetEthereum, startDevnetEthereum } from "./devnetEthereum.js";
import { prepareDevnetFiles } from "./devnetFiles.js";
import { runMarketDemo, startDevnetWorkers } from "./devnetWorkers.js";
import { createLogger } from "./logger.js";

export interface DevnetOptions {
  dataDir: string;
  apiPort: number;
  p2pPort: number;
  validators: number;
  blockTime: number;
  /** Run a local Ethereum (Anvil) with the bridge (default true). */
  ethereum?: boolean;
  checkpointEvery?: number;
  /** Anvil's JSON-RPC port (0 or absent: any free port). */
  anvilPort?: number;
  /** The scheduler service's port (0 or absent: any free port). */
  schedulerPort?: number;
  /** Run the demo (a market deal, a bridge round trip) once started (default true). */
  demo?: boolean;
  /** Progress lines during start-up (the first start deploys contracts and registers the market). */
  say?: (line: string) => void;
}

export interface Devnet {
  dataDir: string;
  nodes: PocoNode[];
  files: Awaited<ReturnType<typeof prepareDevnetFiles>>;
  ethereum: DevnetEthereum | undefined;
  stop(): Promise<void>;
}

export async function startDevnetNodes(opts: DevnetOptions): Promise<Devnet> {
  const logger = createLogger(process.env.POCO_LOG_LEVEL ?? "warn");
  const say = opts.say ?? (() => {});
  say(`devnet: preparing ${opts.dataDir} (keys, genesis)…`);
  const files = await prepareDevnetFiles(opts.dataDir, opts.validators, Date.now());
  const count = files.genesis.validators.length;
  const peers = await Promise.all(
    Array.from({ length: count }, async (_, i) =>
      peerIdOf(await loadOrCreatePeerKey(join(opts.dataDir, `node-${i}`))),
    ),
  );
  const port = (i: number) => (opts.p2pPort === 0 ? 0 : opts.p2pPort + i);
  if (opts.ethereum !== false) say("devnet: starting Ethereum (Anvil) and the bridge contracts…");
  const ethereum =
    opts.ethereum === false
      ? undefined
      : await startDevnetEthereum(opts.dataDir, files.genesis, files.faucet, { port: opts.anvilPort });
  if (ethereum) say(`devnet: Ethereum at ${ethereum.anvil.url}, bridge ${ethereum.bridgeAddress}`);
  const nodes: PocoNode[] = [];
  for (let i = 0; i < count; i++) {
    say(`devnet: starting validator ${i + 1}/${count}…`);
    const bootstrap =
      opts.p2pPort === 0
        ? nodes.flatMap((n) => n.network?.listenAddrs() ?? [])
        : peers.flatMap((id, j) => (j === i ? [] : [`/ip4/127.0.0.1/tcp/${port(j)}/p2p/${id}`]));
    nodes.push(
      await PocoNode.start({
        dataDir: join(opts.dataDir, `node-${i}`),
        genesis: files.genesis,
        validatorKey: files.validatorKeys[i]!,
        api: { host: "127.0.0.1", port: opts.apiPort === 0 ? 0 : opts.apiPort + i },
        p2p: { port: port(i), bootstrap },
        consensus: { blockTimeMs: opts.blockTime },
        ...(ethereum
          ? {
              bridge: {
                ethRpc: ethereum.anvil.url,
                bridgeAddress: ethereum.bridgeAddress,
                startBlock: ethereum.startBlock,
                // Anvil mines on demand and never reorgs (the default for its chain id 31337 too).
                confirmations: 0,
                checkpointEvery: opts.checkpointEvery ?? 10,
                // Node 0 also relays checkpoints to Ethereum, anchoring withdrawals within seconds.
                // It also delivers task results to their callbacks on Ethereum (PocoResults).
                ...(i === 0
                  ? {
                      relayKey: ethereum.relayKey,
                      anchor: DEVNET_ANCHOR_POLICY,
                      resultsAddress: ethereum.resultsAddress,
                    }
                  : {}),
              },
            }
          : {}),
        logger: logger.child({ node: i }),
        onFatal: () => process.exit(70),
      }),
    );
  }
  const stop = async () => {
    for (const n of nodes) await n.stop();
    await ethereum?.anvil.stop();
  };
  return { dataDir: opts.dataDir, nodes, files, ethereum, stop };
}

/**
 * Prepares a devnet whose nodes run on separate hosts (docker-compose services): the shared files plus,
 * for node i, its peer identity in node-i/ and node-i/bootstrap.txt listing the others by host name.
 */
export async function initDevnetHosts(opts: {
  dataDir: string;
  validators: number;
  hostPrefix: string;
  p2pPort: number;
  /** Also write each service's own key to `<secretsDir>/<service>/key.json` (see devnetSecrets.ts). */
  secretsDir?: string;
  /** Worker keys to create (with --secrets-dir). */
  workers?: number;
}): Promise<{
  genesis: string;
  nodes: { dataDir: string; peerId: string; bootstrapFile: string }[];
  secrets?: Record<string, string>;
}> {
  const files = await prepareDevnetFiles(opts.dataDir, opts.validators, Date.now());
  const count = files.genesis.validators.length;
  const nodes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const dataDir = join(opts.dataDir, `node-${i}`);
      return {
        dataDir,
        peerId: peerIdOf(await loadOrCreatePeerKey(dataDir)),
        bootstrapFile: join(dataDir, "bootstrap.txt"),
      };
    }),
  );
  for (const [i, n] of nodes.entries()) {
    const others = nodes.flatMap((o, j) =>
      j === i ? [] : [`/dns4/${opts.hostPrefix}${j}/tcp/${opts.p2pPort}/p2p/${o.peerId}`],
    );
    writeFileSync(n.bootstrapFile, `${others.join("\n")}\n`);
  }
  if (opts.secretsDir === undefined) return { genesis: files.genesisPath, nodes };
  const { writeServiceSecrets } = await import("./devnetSecrets.js");
  const secrets = await writeServiceSecrets(
    join(opts.dataDir, "keys"),
    opts.secretsDir,
    count,
    opts.workers ?? 0,
  );
  return { genesis: files.genesisPath, nodes, secrets };
}

export async function runDevnet(opts: DevnetOptions): Promise<Devnet> {
  const started = Date.now();
  const progress = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const devnet = await startDevnetNodes({ ...opts, say: opts.say ?? progress });
  const { nodes, files, ethereum } = devnet;
  const workers = await startDevnetWorkers(devnet, 3, {
    schedulerPort: opts.schedulerPort,
    say: opts.say ?? progress,
  });
  const first = nodes[0]!;
  console.log(
    [
      "PoCo devnet is running",
      `  validators:     ${nodes.length}, BFT over libp2p on 127.0.0.1, block time ${opts.blockTime} ms`,
      ...nodes.map((n, i) => `  node ${i} API:     ${n.apiUrl}`),
      `  explorer:       ${first.apiUrl}/explorer`,
      `  status:         ${first.apiUrl}/status   OpenAPI: ${first.apiUrl}/docs/json   metrics: ${first.apiUrl}/metrics`,
      `  chain id:       ${files.genesis.chainId}, height ${first.chain.head.height}`,
      ...(ethereum
        ? [
            `  ethereum:       ${ethereum.anvil.url} (Anvil), RLC ${ethereum.tokenAddress}, bridge ${ethereum.bridgeAddress}`,
            "  relayer:        node 0 submits checkpoints; proofs at <node API>/withdrawals/:id/proof",
            `  task results:   PocoResults ${ethereum.resultsAddress}; proofs at <node API>/tasks/:id/proof (poco result proof)`,
          ]
        : []),
      `  workerpool:     ${workers.market.workerpool}, scheduler ${workers.scheduler.url}, ${workers.agents.length} workers (sample apps: ${Object.keys(workers.market.apps).join(", ")}; every deal of this pool is served)`,
      `  faucet account: ${files.faucet.addressHex} (key: ${files.faucetKeyPath}; funded on both chains)`,
      `  data:           ${opts.dataDir} (kept across restarts)`,
      `  try:            npx poco tx transfer --key ${files.faucetKeyPath} --to ${toHex(new Uint8Array(20).fill(1))} --amount 1 --api ${first.apiUrl}`,
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  const shutdown = async () => {
    console.log("stopping devnet…");
    await workers.stop();
    await devnet.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  const say = (line: string) => console.log(line);
  if (opts.demo === false) return devnet;
  void (async () => {
    await runMarketDemo(devnet, workers, say);
    await runBridgeDemo(devnet, say);
    say("demo: done — the devnet keeps running (explorer above); Ctrl-C stops it");
  })().catch((err: Error) => console.log(`demo stopped: ${err.message}`));
  return devnet;
}
