/**
 * Bridge commands: `poco deposit` (lock RLC on Ethereum for a sidechain account), `poco withdraw
 * request` (burn on the sidechain), `poco withdraw claim` (prove and collect on Ethereum), and
 * `poco bridge` (a relaying node: follows the chain, gathers checkpoint signatures over gossip,
 * submits checkpoints to Ethereum and serves withdrawal proofs).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { Wallet } from "ethers";
import { parseRlc } from "./amount.js";
import { ApiClient } from "./apiClient.js";
import { intOption } from "./args.js";
import { addJsonOption, emit } from "./output.js";
import {
  addTxOptions,
  DEFAULT_API,
  printSubmitted,
  readPassword,
  signAndSubmit,
  type TxOptions,
} from "./txSubmit.js";

// ethers, the bridge, the crypto and the node are imported inside the actions (see main.ts).

async function ethWallet(keyFile: string, rpc: string, passwordFile?: string): Promise<Wallet> {
  const [{ JsonRpcProvider, Wallet }, { readKeyFile }] = await Promise.all([
    import("ethers"),
    import("../crypto/keys.js"),
  ]);
  const k = await readKeyFile(keyFile, readPassword(passwordFile));
  return new Wallet(
    `0x${Buffer.from(k.privateKey).toString("hex")}`,
    new JsonRpcProvider(rpc, undefined, { staticNetwork: true, cacheTimeout: -1 }),
  );
}

async function checksummed(address: string): Promise<string> {
  const { parseAddress, toChecksumAddress } = await import("../crypto/address.js");
  return toChecksumAddress(parseAddress(address));
}

/**
 * The id of the withdrawal a committed tx created: ids are consecutive in commit order, so it is the
 * first one at or after the count read before submitting with this sender, amount and height (others'
 * withdrawals committed meanwhile come first). Looks at no more than 10 pages.
 */
export async function findWithdrawalId(
  client: ApiClient,
  countBefore: number,
  mine: { sender: string; amount: bigint; height: number },
): Promise<number | null> {
  const page = 100;
  for (let from = countBefore, pages = 0; pages < 10; from += page, pages++) {
    const { count, withdrawals } = await client.request<{
      count: number;
      withdrawals: { id: number; sender: string; amount: string; height: number }[];
    }>("GET", `/withdrawals?from=${from}&limit=${page}`);
    const found = withdrawals.find(
      (w) =>
        w.sender.toLowerCase() === mine.sender.toLowerCase() &&
        w.amount === mine.amount.toString() &&
        w.height === mine.height,
    );
    if (found) return found.id;
    if (from + page >= count) break;
  }
  return null;
}

export function registerBridgeCommands(program: Command): void {
  addJsonOption(program.command("deposit"))
    .description("lock RLC in the bridge on Ethereum, credited on the sidechain once validators attest it")
    .requiredOption("--key <file>", "Ethereum key file of the RLC holder")
    .requiredOption("--amount <rlc>", "amount in RLC")
    .requiredOption("--eth-rpc <url>", "Ethereum JSON-RPC")
    .requiredOption("--bridge-address <address>", "PocoBridge contract")
    .option("--to <address>", "sidechain recipient (default: the same address)")
    .option("--password-file <file>", "password of an encrypted key file")
    .addHelpText(
      "after",
      "\nExample:\n  poco deposit --key me.json --amount 10 --eth-rpc http://127.0.0.1:8545 --bridge-address 0xBridge\n",
    )
    .action(
      async (opts: {
        key: string;
        amount: string;
        ethRpc: string;
        bridgeAddress: string;
        to?: string;
        passwordFile?: string;
        json?: boolean;
      }) => {
        const amount = parseRlc(opts.amount);
        const bridgeAddress = await checksummed(opts.bridgeAddress);
        const to = opts.to ? await checksummed(opts.to) : undefined;
        const { bridgeAt, tokenAt } = await import("../../bridge/relayer.js");
        const wallet = await ethWallet(opts.key, opts.ethRpc, opts.passwordFile);
        const bridge = bridgeAt(bridgeAddress, wallet);
        const token = tokenAt((await bridge.getFunction("token")()) as string, wallet);
        await (await token.getFunction("approve")(bridgeAddress, amount)).wait();
        const recipient = to ?? wallet.address;
        const receipt = await (await bridge.getFunction("deposit")(amount, recipient)).wait();
        emit(opts, { ethTx: receipt?.hash, block: receipt?.blockNumber, to: recipient, amount });
      },
    );

  const withdraw = program.command("withdraw").description("move RLC from the sidechain to Ethereum");
  addTxOptions(
    withdraw
      .command("request")
      .description(
        "burn RLC on the sidechain for an Ethereum recipient; prints the withdrawal id, claimable after the next checkpoint",
      ),
    "sidechain key file",
  )
    .requiredOption("--amount <rlc>", "amount in RLC")
    .option("--eth-recipient <address>", "Ethereum recipient (default: the same address)")
    .addHelpText(
      "after",
      `
Example:
  $ poco withdraw request --key me.json --amount 4 --api http://127.0.0.1:8080
  withdrawalId  0
  then, once a checkpoint covers it: poco withdraw claim --id 0 …
  $ poco withdraw request --key me.json --amount 4 --json
  {"hash":"0x…","withdrawalId":1,"status":"success",…}`,
    )
    .action(async (opts: TxOptions & { amount: string; ethRecipient?: string }) => {
      const amount = parseRlc(opts.amount);
      const { parseAddress } = await import("../crypto/address.js");
      const recipient = opts.ethRecipient ? parseAddress(opts.ethRecipient) : undefined;
      const client = new ApiClient(opts.api);
      const before = await client.request<{ count: number }>("GET", "/withdrawals?limit=1");
      const sent = await signAndSubmit(opts, ({ key, uintToBytes }) => ({
        withdraw: { ethRecipient: recipient ?? key.address, amount: uintToBytes(amount) },
      }));
      if (!sent) return;
      if (sent.receipt?.status !== "success") return printSubmitted(sent);
      const withdrawalId = await findWithdrawalId(client, before.count, {
        sender: sent.key.addressHex,
        amount,
        height: sent.receipt.height,
      });
      printSubmitted(sent, { withdrawalId });
    });
  addJsonOption(withdraw.command("claim"))
    .description("claim a checkpointed withdrawal on Ethereum with its Merkle proof")
    .requiredOption(
      "--id <n>",
      "withdrawal id (printed by `poco withdraw request`; `poco withdraw list` lists them)",
    )
    .requiredOption("--key <file>", "Ethereum key file paying the gas")
    .requiredOption("--eth-rpc <url>", "Ethereum JSON-RPC")
    .requiredOption("--bridge-address <address>", "PocoBridge contract")
    .option("--proof-api <url>", "a node or relayer serving /withdrawals/:id/proof", DEFAULT_API)
    .option("--password-file <file>", "password of an encrypted key file")
    .addHelpText(
      "after",
      "\nExample:\n  poco withdraw claim --id 0 --key me.json --eth-rpc http://127.0.0.1:8545 --bridge-address 0xBridge --proof-api http://127.0.0.1:8080\n",
    )
    .action(
      async (opts: {
        id: string;
        key: string;
        ethRpc: string;
        bridgeAddress: string;
        proofApi: string;
        passwordFile?: string;
        json?: boolean;
      }) => {
        const id = Number(opts.id);
        if (!Number.isSafeInteger(id) || id < 0)
          throw new Error(`--id must be a withdrawal id, got ${opts.id}`);
        const bridgeAddress = await checksummed(opts.bridgeAddress);
        const [{ fetchAndClaim }, { bridgeAt }] = await Promise.all([
          import("../../bridge/proofServer.js"),
          import("../../bridge/relayer.js"),
        ]);
        const wallet = await ethWallet(opts.key, opts.ethRpc, opts.passwordFile);
        const { proof, gasUsed } = await fetchAndClaim(opts.proofApi, bridgeAt(bridgeAddress, wallet), id);
        emit(opts, { id, recipient: proof.recipient, amount: proof.amount, gasUsed: gasUsed.toString() });
      },
    );

  // Positional options (on the program and on `bridge`, as commander requires): `poco bridge exit
  // --eth-rpc …` gives `--eth-rpc` to `exit`, not to the relayer. The program has no options of its own.
  program.enablePositionalOptions();
  const bridge = program.command("bridge").enablePositionalOptions();
  registerExitCommand(bridge);
  bridge
    .description(
      "run a relayer: a following node that submits checkpoints to Ethereum and serves withdrawal proofs",
    )
    .option("--data-dir <dir>", "where the relayer's copy of the chain is stored")
    .option("--genesis <file>", "genesis JSON file")
    .option("--bootstrap <multiaddrs>", "comma-separated multiaddrs of sidechain nodes", "")
    .option("--bootstrap-file <file>", "a file of sidechain node multiaddrs, one per line")
    .option("--eth-rpc <url>", "Ethereum JSON-RPC")
    .option("--bridge-address <address>", "PocoBridge contract")
    .option("--bridge-file <file>", "read the bridge address and deployment block from this ethereum.json")
    .option("--relay-key <file>", "Ethereum key file paying for checkpoint submissions")
    .option("--password-file <file>", "password of an encrypted relay key file")
    .option(
      "--checkpoint-every <blocks>",
      "checkpoint interval in blocks (as the validators use)",
      intOption("--checkpoint-every", 1, 1_000_000),
      20,
    )
    .option("--start-block <n>", "the bridge's deployment block", intOption("--start-block", 0, 2 ** 40), 0)
    .option("--api-host <host>", "API listen address", "127.0.0.1")
    .option(
      "--api-port <port>",
      "API port (proofs: GET /withdrawals/:id/proof)",
      intOption("--api-port", 0, 65535),
      8090,
    )
    .option("--p2p-port <port>", "p2p port", intOption("--p2p-port", 0, 65535), 0)
    .option(
      "--anchor-wait <seconds>",
      "anchor a checkpoint once the oldest pending withdrawal has waited this long",
      "1800",
    )
    .option("--anchor-max-interval <seconds>", "anchor at least this often even without withdrawals", "43200")
    .option("--max-eth-fee-gwei <gwei>", "never submit while Ethereum's fee per gas is above this")
    .option(
      "--results-address <address>",
      "PocoResults contract: deliver completed tasks' results to their deal's callback on Ethereum",
    )
    .action(
      async (opts: {
        anchorWait: string;
        anchorMaxInterval: string;
        maxEthFeeGwei?: string;
        resultsAddress?: string;
        dataDir: string;
        genesis: string;
        bootstrap: string;
        bootstrapFile?: string;
        apiHost: string;
        ethRpc: string;
        bridgeAddress?: string;
        bridgeFile?: string;
        relayKey: string;
        passwordFile?: string;
        checkpointEvery: number;
        startBlock: number;
        apiPort: number;
        p2pPort: number;
      }) => {
        // Checked here, not by commander: it checks a parent's required options for its subcommands
        // too, and `poco bridge exit` takes none of the relayer's.
        for (const [flag, value] of [
          ["--data-dir", opts.dataDir],
          ["--genesis", opts.genesis],
          ["--eth-rpc", opts.ethRpc],
          ["--relay-key", opts.relayKey],
        ] as const) {
          if (!value) throw new Error(`required option '${flag}' not specified`);
        }
        const [{ loadGenesisFile }, { readKeyFile }, { parseBootstrapAddr }, { PocoNode }] =
          await Promise.all([
            import("../chain/genesis.js"),
            import("../crypto/keys.js"),
            import("../p2p/network.js"),
            import("../pocoNode.js"),
          ]);
        const { readDeployment } = await import("./devnetEthereum.js");
        const { createLogger } = await import("./logger.js");
        const fromFile = opts.bootstrapFile ? readFileSync(opts.bootstrapFile, "utf8").split("\n") : [];
        const bootstrap = [...opts.bootstrap.split(","), ...fromFile].map((a) => a.trim()).filter(Boolean);
        if (bootstrap.length === 0) throw new Error("--bootstrap or --bootstrap-file is required");
        for (const a of bootstrap) parseBootstrapAddr(a);
        const deployment = opts.bridgeFile ? readDeployment(opts.bridgeFile) : undefined;
        const bridgeAddress = deployment?.bridgeAddress ?? opts.bridgeAddress;
        if (!bridgeAddress) throw new Error("--bridge-address or --bridge-file is required");
        const relay = await readKeyFile(opts.relayKey, readPassword(opts.passwordFile));
        const seconds = (v: string, name: string): number => {
          if (!/^[0-9]{1,9}$/.test(v) || Number(v) === 0) throw new Error(`${name}: expected seconds > 0`);
          return Number(v);
        };
        if (opts.maxEthFeeGwei !== undefined && !/^[0-9]{1,9}$/.test(opts.maxEthFeeGwei))
          throw new Error("--max-eth-fee-gwei: expected an integer");
        // Anchoring is a cost policy (bridge/anchorPolicy.ts): not every checkpoint, but when
        // withdrawals have waited, the validator set changed, or at the maximum interval.
        const anchor = {
          maxWithdrawalWaitMs: seconds(opts.anchorWait, "--anchor-wait") * 1000,
          maxIntervalMs: seconds(opts.anchorMaxInterval, "--anchor-max-interval") * 1000,
          ...(opts.maxEthFeeGwei !== undefined
            ? { maxFeePerGasWei: BigInt(opts.maxEthFeeGwei) * 10n ** 9n }
            : {}),
        };
        const node = await PocoNode.start({
          dataDir: opts.dataDir,
          genesis: loadGenesisFile(opts.genesis),
          api: { host: opts.apiHost, port: opts.apiPort },
          p2p: { port: opts.p2pPort, bootstrap },
          bridge: {
            ethRpc: opts.ethRpc,
            bridgeAddress: await checksummed(bridgeAddress),
            // No validator key: this node never attests deposits, so no confirmations setting applies.
            checkpointEvery: opts.checkpointEvery,
            startBlock: deployment?.startBlock ?? opts.startBlock,
            relayKey: `0x${Buffer.from(relay.privateKey).toString("hex")}`,
            anchor,
            ...(opts.resultsAddress ? { resultsAddress: await checksummed(opts.resultsAddress) } : {}),
          },
          logger: createLogger(),
          onFatal: () => process.exit(70),
        });
        console.log(
          JSON.stringify({ event: "ready", api: node.apiUrl, p2p: node.network?.listenAddrs() ?? [] }),
        );
        const stop = async () => {
          await node.stop();
          process.exit(0);
        };
        process.once("SIGINT", () => void stop());
        process.once("SIGTERM", () => void stop());
      },
    );
}

/**
 * `poco bridge exit`: after no checkpoint reached Ethereum for the bridge's escape delay, pays an
 * account's sidechain holdings (balance + stake + locked + bonded at the last anchored state) on
 * Ethereum, once, with the account's proof from a node (GET /accounts/:address/proof?height=).
 */
function registerExitCommand(bridge: Command): void {
  bridge
    .command("exit")
    .description(
      "escape hatch: exit a sidechain account on Ethereum with a proof against the last anchored state root",
    )
    .requiredOption("--key <file>", "Ethereum key file paying the gas (and the account, unless --account)")
    .option("--account <address>", "the sidechain account to exit (default: the key's address)")
    .requiredOption("--eth-rpc <url>", "Ethereum JSON-RPC")
    .requiredOption("--bridge-address <address>", "PocoBridge contract")
    .option(
      "--proof-api <url>",
      "a node serving /accounts/:address/proof (a node running the bridge)",
      DEFAULT_API,
    )
    .option("--password-file <file>", "password of an encrypted key file")
    .option("--json", "print JSON for scripts (amounts in nRLC, with <key>Rlc beside them)")
    .addHelpText(
      "after",
      "\nExample:\n  poco bridge exit --key me.json --eth-rpc http://127.0.0.1:8545 --bridge-address 0xBridge --proof-api http://127.0.0.1:8080\n",
    )
    .action(
      async (opts: {
        key: string;
        account?: string;
        ethRpc: string;
        bridgeAddress: string;
        proofApi: string;
        passwordFile?: string;
        json?: boolean;
      }) => {
        const [{ exitThroughHatch }, { bridgeAt }] = await Promise.all([
          import("../../bridge/escapeHatch.js"),
          import("../../bridge/relayer.js"),
        ]);
        const wallet = await ethWallet(opts.key, opts.ethRpc, opts.passwordFile);
        const account = await checksummed(opts.account ?? wallet.address);
        const done = await exitThroughHatch(
          bridgeAt(await checksummed(opts.bridgeAddress), wallet),
          opts.proofApi,
          account,
        );
        emit(opts, {
          account,
          height: done.height,
          amount: done.amount.toString(),
          paid: done.paid.toString(),
          owed: done.owed.toString(),
          gasUsed: done.gasUsed.toString(),
          openedHatch: done.openedHatch,
        });
      },
    );
}
