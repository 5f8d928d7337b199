/**
 * `poco`: the node, the devnet and client commands. Every command validates its options and exits
 * with a clear message and a non-zero status on bad input.
 */
import "../polyfill.js";
import { existsSync, readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { NODE_VERSION } from "../version.js";
import { parseRlc } from "./amount.js";
import { cidrListOption, intOption } from "./args.js";
import { registerBridgeCommands } from "./bridgeCommands.js";
import { CliError } from "./cliError.js";
import { addConfigOption } from "./configFile.js";
import { registerDealCommands, registerMarketCommands } from "./marketCommands.js";
import { addJsonOption, emit } from "./output.js";
import { registerReadCommands } from "./readCommands.js";
import { registerRegistryCommands } from "./registryCommands.js";
import { registerResultCommands } from "./resultCommands.js";
import { registerTaskCommands } from "./taskCommands.js";
import { addTxOptions, printSubmitted, readPassword, signAndSubmit, type TxOptions } from "./txSubmit.js";
import { registerValidatorCommands } from "./validatorCommands.js";
import { registerWorkerCommands } from "./workerCommands.js";

// Start-up time: this file and the register*Commands files import only commander and the tiny API
// client at the top. Everything else (crypto, protobuf, ethers, the node, libp2p, the devnet) is loaded
// with `await import()` inside the action that needs it, so `poco --help` or `poco status` load none
// of it; the build (scripts/build.mjs) turns each of those into a separate chunk.

const program = new Command();
program.name("poco").description("PoCo sidechain node and client").version(NODE_VERSION);

const keys = program.command("keys").description("manage secp256k1 keys (Ethereum addresses)");
addJsonOption(keys.command("new").description("generate a key and write it to a key file"))
  .requiredOption("--out <file>", "key file to write (refuses to overwrite)")
  .option("--password-file <file>", "encrypt the key file (Ethereum keystore v3) with this password")
  .addHelpText(
    "after",
    "\nExamples:\n  poco keys new --out me.json\n  poco keys new --out me.json --password-file pass.txt --json\n",
  )
  .action(async (opts: { out: string; passwordFile?: string; json?: boolean }) => {
    if (existsSync(opts.out))
      throw new CliError("CLI_FILE_EXISTS", `${opts.out} exists; refusing to overwrite a key`);
    const { generateKeyPair, writeKeyFile } = await import("../crypto/keys.js");
    const key = generateKeyPair();
    await writeKeyFile(opts.out, key, readPassword(opts.passwordFile));
    emit(opts, { address: key.addressHex, file: opts.out });
  });
addJsonOption(keys.command("show").description("print the address of a key file"))
  .requiredOption("--key <file>", "key file")
  .option("--password-file <file>", "password of an encrypted key file")
  .addHelpText(
    "after",
    "\nExamples:\n  poco keys show --key me.json\n  poco keys show --key me.json --json\n",
  )
  .action(async (opts: { key: string; passwordFile?: string; json?: boolean }) => {
    const { readKeyFile } = await import("../crypto/keys.js");
    const key = await readKeyFile(opts.key, readPassword(opts.passwordFile));
    emit(opts, { address: key.addressHex });
  });

const nodeCommand = program
  .command("node")
  .description("run a sidechain node (a validator when --key is in the genesis validator set)")
  .requiredOption("--data-dir <dir>", "where the chain is stored")
  .requiredOption("--genesis <file>", "genesis JSON file")
  .option("--key <file>", "validator key file")
  .option("--password-file <file>", "password of an encrypted key file")
  .option("--api-host <host>", "API listen address", "127.0.0.1")
  .option("--api-port <port>", "API port (0 = any free port)", intOption("--api-port", 0, 65535), 8080)
  .option(
    "--max-event-clients <n>",
    "SSE streams (GET /events, the explorer's live head) served at once; more get 503",
    intOption("--max-event-clients", 1, 10_000),
    64,
  )
  .option(
    "--api-rate-limit <n>",
    "requests per second one API client (an IPv4 address or IPv6 /64) may sustain, with bursts of 4 s worth; 0 = off",
    intOption("--api-rate-limit", 0, 1_000_000),
    50, // DEFAULT_CLIENT_LIMITS (node/api/clientLimits.ts), not imported: keeps `poco --help` light
  )
  .option(
    "--api-max-connections <n>",
    "API connections held open at once, in all and (a 32nd of it, at least 1) per client; 0 = off",
    intOption("--api-max-connections", 0, 1_000_000),
    1024,
  )
  .option(
    "--api-exempt <cidrs>",
    "comma-separated client addresses or CIDR ranges the API's per-client limits do not apply to ('' = none)",
    cidrListOption,
    ["127.0.0.0/8", "::1/128"],
  )
  .option("--block-time <ms>", "block time in milliseconds", intOption("--block-time", 50, 60_000), 500)
  .option(
    "--p2p-port <port>",
    "join the validator network on this TCP port (0 = any free port)",
    intOption("--p2p-port", 0, 65535),
  )
  .option("--p2p-host <host>", "p2p listen address", "127.0.0.1")
  .option(
    "--p2p-max-inbound <n>",
    "inbound p2p connections of peers outside --bootstrap (those, and this node's dials, have 100 more places)",
    intOption("--p2p-max-inbound", 1, 100_000),
    200, // DEFAULT_INBOUND_LIMITS (node/p2p/inboundLimits.ts), not imported: keeps `poco --help` light
  )
  .option(
    "--p2p-max-inbound-per-ip <n>",
    "inbound p2p connections from one IPv4 address or IPv6 /64 (loopback and --bootstrap peers aside); 0 = off",
    intOption("--p2p-max-inbound-per-ip", 0, 100_000),
    8,
  )
  .option(
    "--register-peer-id",
    "register this node's peer id for its validator when it has none (setPeerId, paid from the validator's account: do not send txs with the same key meanwhile)",
  )
  .option("--bootstrap <multiaddrs>", "comma-separated peer multiaddrs ending in /p2p/<peer id>", "")
  .option("--bootstrap-file <file>", "a file of peer multiaddrs, one per line (added to --bootstrap)")
  .option(
    "--p2p-announce <multiaddrs>",
    "comma-separated addresses peers should dial, e.g. /dns4/validator-0/tcp/9000 (default: the listen address)",
  )
  .option("--eth-rpc <url>", "this validator's own Ethereum JSON-RPC (enables the bridge)")
  .option("--bridge-address <address>", "PocoBridge contract on Ethereum")
  .option("--bridge-file <file>", "read the bridge address and deployment block from this ethereum.json")
  .option(
    "--bridge-start-block <n>",
    "the bridge's deployment block",
    intOption("--bridge-start-block", 0, 2 ** 40),
    0,
  )
  .option(
    "--checkpoint-every <blocks>",
    "checkpoint interval in blocks",
    intOption("--checkpoint-every", 1, 1_000_000),
    20,
  )
  .option(
    "--confirmations <n>",
    "Ethereum confirmations before attesting a deposit (default: 12, or 0 on a dev chain: id 31337 or 1337)",
    intOption("--confirmations", 0, 1000),
  )
  .option(
    "--state-cache-mb <mb>",
    "memory for state values and tree nodes read from disk",
    intOption("--state-cache-mb", 16, 65_536),
    256, // DEFAULT_STATE_CACHE_MB (node/state/committedState.ts), not imported: keeps `poco --help` light
  )
  .option(
    "--db-max-open-files <n>",
    "table files the store keeps open (memory-mapped): bounds the store's share of the RSS",
    intOption("--db-max-open-files", 74, 50_000),
    // DEFAULT_DB_MAX_OPEN_FILES (node/storage/chainDb.ts), not imported: keeps `poco --help` light
    1000,
  )
  .option(
    "--snapshot-interval <heights>",
    "produce and serve a state snapshot every N heights (0 = off)",
    intOption("--snapshot-interval", 0, 1_000_000_000),
    0,
  )
  .option("--state-sync", "start an empty node from a peer's state snapshot instead of replaying all blocks")
  .option(
    "--trust-height <height>",
    "state sync: the height of a header trusted out of band (needed once the validator set changed)",
    intOption("--trust-height", 1, 2 ** 52),
  )
  .option("--trust-hash <hash>", "state sync: the 0x-hex hash of the header at --trust-height")
  .option(
    "--state-history <heights>",
    "heights of state history kept below the head, for proofs and reads at recent heights (GET /accounts/:address/proof?height=); older history is pruned in the background",
    intOption("--state-history", 1, 100_000_000),
    128, // DEFAULT_STATE_HISTORY (node/state/stateHistory.ts)
  )
  .option("--archive", "keep all state history (nothing is pruned)", false)
  .option(
    "--no-compact-proposals",
    "propose full blocks (tx bytes inside the proposal) instead of header + tx hashes; peers accept both",
  )
  .action(
    async (opts: {
      dataDir: string;
      genesis: string;
      key?: string;
      passwordFile?: string;
      apiHost: string;
      apiPort: number;
      maxEventClients: number;
      apiRateLimit: number;
      apiMaxConnections: number;
      apiExempt: string[];
      blockTime: number;
      p2pPort?: number;
      p2pHost: string;
      p2pMaxInbound: number;
      p2pMaxInboundPerIp: number;
      registerPeerId?: boolean;
      bootstrap: string;
      bootstrapFile?: string;
      p2pAnnounce?: string;
      ethRpc?: string;
      bridgeAddress?: string;
      bridgeFile?: string;
      bridgeStartBlock: number;
      checkpointEvery: number;
      confirmations?: number;
      stateCacheMb: number;
      dbMaxOpenFiles: number;
      snapshotInterval: number;
      stateSync?: boolean;
      trustHeight?: number;
      trustHash?: string;
      stateHistory: number;
      archive: boolean;
      compactProposals: boolean;
    }) => {
      const [{ loadGenesisFile }, { parseAddress, toChecksumAddress }, { readKeyFile }, p2p, nodeModule] =
        await Promise.all([
          import("../chain/genesis.js"),
          import("../crypto/address.js"),
          import("../crypto/keys.js"),
          import("../p2p/network.js"),
          import("../pocoNode.js"),
        ]);
      const { readDeployment } = await import("./devnetEthereum.js");
      const { createLogger } = await import("./logger.js");
      if (opts.bridgeFile) {
        const deployment = readDeployment(opts.bridgeFile);
        opts.bridgeAddress = deployment.bridgeAddress;
        opts.bridgeStartBlock = deployment.startBlock;
      }
      if ((opts.ethRpc === undefined) !== (opts.bridgeAddress === undefined)) {
        throw new InvalidArgumentError("--eth-rpc goes with --bridge-address or --bridge-file");
      }
      const logger = createLogger();
      const confirmations = opts.ethRpc
        ? await (await import("./depositConfirmations.js")).resolveConfirmations(
            opts.confirmations,
            opts.ethRpc,
            (message) => logger.warn(message),
          )
        : undefined;
      const fromFile = opts.bootstrapFile ? readFileSync(opts.bootstrapFile, "utf8").split("\n") : [];
      const bootstrap = [...opts.bootstrap.split(","), ...fromFile].map((a) => a.trim()).filter(Boolean);
      for (const addr of bootstrap) p2p.parseBootstrapAddr(addr);
      const announce = (opts.p2pAnnounce ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean);
      for (const addr of announce) p2p.parseAnnounceAddr(addr);
      if ((opts.trustHeight === undefined) !== (opts.trustHash === undefined)) {
        throw new InvalidArgumentError("--trust-height goes with --trust-hash");
      }
      if (opts.trustHash !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(opts.trustHash)) {
        throw new InvalidArgumentError("--trust-hash: expected a 0x-prefixed 32-byte hex hash");
      }
      if (opts.stateSync && opts.p2pPort === undefined) {
        throw new InvalidArgumentError("--state-sync needs --p2p-port (snapshots come from peers)");
      }
      const trust =
        opts.trustHeight !== undefined && opts.trustHash !== undefined
          ? { height: opts.trustHeight, hash: Uint8Array.from(Buffer.from(opts.trustHash.slice(2), "hex")) }
          : undefined;
      const node = await nodeModule.PocoNode.start({
        dataDir: opts.dataDir,
        genesis: loadGenesisFile(opts.genesis),
        validatorKey: opts.key ? await readKeyFile(opts.key, readPassword(opts.passwordFile)) : undefined,
        api: {
          host: opts.apiHost,
          port: opts.apiPort,
          events: { maxClients: opts.maxEventClients },
          clientLimits: {
            ratePerSecond: opts.apiRateLimit,
            burst: 4 * opts.apiRateLimit,
            maxConnections: opts.apiMaxConnections,
            maxConnectionsPerClient:
              opts.apiMaxConnections === 0 ? 0 : Math.max(1, Math.floor(opts.apiMaxConnections / 32)),
            exempt: opts.apiExempt,
          },
        },
        ...(opts.p2pPort !== undefined
          ? {
              p2p: {
                port: opts.p2pPort,
                host: opts.p2pHost,
                bootstrap,
                announce,
                inbound: { maxInbound: opts.p2pMaxInbound, maxInboundPerClient: opts.p2pMaxInboundPerIp },
                registerPeerId: opts.registerPeerId === true,
              },
            }
          : {}),
        producer: { blockTimeMs: opts.blockTime },
        consensus: { blockTimeMs: opts.blockTime, compactProposals: opts.compactProposals },
        ...(opts.ethRpc && opts.bridgeAddress
          ? {
              bridge: {
                ethRpc: opts.ethRpc,
                bridgeAddress: toChecksumAddress(parseAddress(opts.bridgeAddress)),
                startBlock: opts.bridgeStartBlock,
                checkpointEvery: opts.checkpointEvery,
                confirmations,
              },
            }
          : {}),
        logger,
        onFatal: () => process.exit(70),
        stateCacheMb: opts.stateCacheMb,
        dbMaxOpenFiles: opts.dbMaxOpenFiles,
        snapshotInterval: opts.snapshotInterval,
        ...(opts.stateSync ? { stateSync: { ...(trust ? { trust } : {}) } } : {}),
        stateHistory: opts.stateHistory,
        archive: opts.archive,
      });
      const ready = {
        event: "ready",
        api: node.apiUrl,
        height: node.chain.head.height,
        p2p: node.network?.listenAddrs() ?? [],
      };
      console.log(JSON.stringify(ready));
      const shutdown = async (signal: string) => {
        logger.info({ signal }, "shutting down");
        await node.stop();
        process.exit(0);
      };
      process.once("SIGINT", () => void shutdown("SIGINT"));
      process.once("SIGTERM", () => void shutdown("SIGTERM"));
    },
  );
addConfigOption(nodeCommand);

program
  .command("devnet")
  .description("start a complete local devnet with embedded defaults (Ctrl-C stops it, data is kept)")
  .option("--data-dir <dir>", "devnet data directory", ".data/devnet")
  .option("--validators <n>", "number of validators (first start only)", intOption("--validators", 1, 16), 4)
  .option(
    "--api-port <port>",
    "API port of node 0 (node i uses port + i; 0 = any)",
    intOption("--api-port", 0, 65535),
    8080,
  )
  .option(
    "--p2p-port <port>",
    "p2p port of node 0 (node i uses port + i; 0 = any)",
    intOption("--p2p-port", 0, 65535),
    9000,
  )
  .option("--block-time <ms>", "block time in milliseconds", intOption("--block-time", 50, 60_000), 500)
  .option(
    "--anvil-port <port>",
    "Anvil (Ethereum) JSON-RPC port (0 = any)",
    intOption("--anvil-port", 0, 65535),
    8545,
  )
  .option(
    "--scheduler-port <port>",
    "the devnet workerpool's scheduler service port (0 = any)",
    intOption("--scheduler-port", 0, 65535),
    7070,
  )
  .option("--no-demo", "skip the demo (a market deal and a bridge round trip) after start-up")
  .action(
    async (opts: {
      demo: boolean;
      dataDir: string;
      validators: number;
      apiPort: number;
      p2pPort: number;
      blockTime: number;
      anvilPort: number;
      schedulerPort: number;
    }) => {
      const { runDevnet } = await import("./devnet.js");
      await runDevnet(opts);
    },
  );

program
  .command("devnet-ethereum")
  .description(
    "run the devnet's Ethereum node (Anvil) with the test RLC and the bridge deployed (docker-compose)",
  )
  .requiredOption(
    "--data-dir <dir>",
    "devnet directory (genesis and faucet from devnet-init; writes ethereum.json)",
  )
  .option("--host <host>", "listen address", "127.0.0.1")
  .option("--port <port>", "JSON-RPC port", intOption("--port", 1, 65535), 8545)
  .action(async (opts: { dataDir: string; host: string; port: number }) => {
    const { prepareDevnetFiles } = await import("./devnetFiles.js");
    const { startDevnetEthereum } = await import("./devnetEthereum.js");
    const files = await prepareDevnetFiles(opts.dataDir, 4, Date.now());
    const eth = await startDevnetEthereum(opts.dataDir, files.genesis, files.faucet, {
      host: opts.host,
      port: opts.port,
    });
    console.log(
      JSON.stringify({
        event: "ready",
        rpc: eth.anvil.url,
        bridge: eth.bridgeAddress,
        token: eth.tokenAddress,
      }),
    );
    const stop = async () => {
      await eth.anvil.stop();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
  });

program
  .command("devnet-init")
  .description(
    "write a devnet's keys, genesis, peer identities and bootstrap files for separate hosts (docker-compose)",
  )
  .requiredOption("--data-dir <dir>", "where to write (shared by the nodes)")
  .option("--validators <n>", "number of validators", intOption("--validators", 1, 16), 4)
  .option("--host-prefix <prefix>", "node i is reachable at host <prefix><i>", "validator-")
  .option("--p2p-port <port>", "p2p port of every node", intOption("--p2p-port", 1, 65535), 9000)
  .option(
    "--secrets-dir <dir>",
    "also write each service's own key to <dir>/<service>/key.json (validator-i, relayer, scheduler, worker-i)",
  )
  .option("--workers <n>", "worker keys to create with --secrets-dir", intOption("--workers", 0, 64), 0)
  .action(
    async (opts: {
      dataDir: string;
      validators: number;
      hostPrefix: string;
      p2pPort: number;
      secretsDir?: string;
      workers: number;
    }) => {
      const { initDevnetHosts } = await import("./devnet.js");
      const written = await initDevnetHosts(opts);
      console.log(JSON.stringify(written));
    },
  );

const tx = program.command("tx").description("sign and submit transactions");
addTxOptions(
  tx
    .command("transfer")
    .description("transfer RLC on the sidechain (the fee is estimated by the node and shown before sending)"),
)
  .requiredOption("--to <address>", "recipient 0x address")
  .requiredOption("--amount <rlc>", "amount in RLC (up to 9 decimals; or with a nRLC suffix)")
  .addHelpText(
    "after",
    "\nExamples:\n  poco tx transfer --key me.json --to 0xRecipient --amount 1.5 --api http://127.0.0.1:8080\n  poco tx transfer --key me.json --to 0xRecipient --amount 1.5 --dry-run   # show the fee only\n",
  )
  .action(async (opts: TxOptions & { to: string; amount: string }) => {
    const { parseAddress } = await import("../crypto/address.js");
    // Validate every input before touching the key or the network.
    const to = parseAddress(opts.to);
    const amount = parseRlc(opts.amount);
    const sent = await signAndSubmit(opts, ({ uintToBytes }) => ({
      transfer: { to, amount: uintToBytes(amount) },
    }));
    if (sent) printSubmitted(sent, { to: opts.to, amount });
  });

registerMarketCommands(program);
registerDealCommands(program);
registerTaskCommands(program);
registerRegistryCommands(program);
registerBridgeCommands(program);
registerWorkerCommands(program);
registerValidatorCommands(program);
registerResultCommands(program);
// after the groups it adds reads to (tx, withdraw, validator)
registerReadCommands(program);
// The long-running commands also read their flags from a YAML file (node's is added at its definition).
for (const name of ["worker", "scheduler", "bridge"]) {
  const command = program.commands.find((c) => c.name() === name);
  if (command) addConfigOption(command);
}

program.parseAsync(process.argv).catch(async (err: Error & { code?: string; shortMessage?: string }) => {
  // An ethers error's message embeds the whole transaction (kilobytes of hex): print it decoded.
  if (typeof err.shortMessage === "string") {
    const { describeEthersError } = await import("./contractErrors.js");
    const described = describeEthersError(err);
    if (described) {
      console.error(`error ${described.code}: ${described.message}`);
      process.exit(1);
    }
  }
  console.error(`error${err.code ? ` ${err.code}` : ""}: ${err.message}`);
  process.exit(1);
});
