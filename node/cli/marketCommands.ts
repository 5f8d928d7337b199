/**
 * Market client commands of `poco`: publish and cancel orders (EIP-712 signed with an Ethereum key,
 * submitted as publishOrder / cancelOrder transactions), and read orders, the order book, deals,
 * tasks and workerpools from a node's API. Every input is checked before any network call.
 */
import { type Command, InvalidArgumentError } from "commander";
import type { OrderKind } from "../crypto/eip712.js";
import { ApiClient } from "./apiClient.js";
import { CliError } from "./cliError.js";
import { addTxOptions, DEFAULT_API, printSubmitted, signAndSubmit, type TxOptions } from "./txSubmit.js";

// Only commander and the API client at the top: the crypto and order modules are imported inside the
// actions that sign, so read commands start fast (see main.ts).

/** The order kinds, as ORDER_KINDS in node/crypto/eip712.ts (a unit test checks they agree). */
export const ORDER_KIND_NAMES: readonly OrderKind[] = ["app", "dataset", "workerpool", "request"];

function kindOption(value: string): OrderKind {
  if (!(ORDER_KIND_NAMES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`--kind must be one of ${ORDER_KIND_NAMES.join(", ")}`);
  return value as OrderKind;
}

function hash32(what: string, value: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value))
    throw new CliError("CLI_BAD_ARGUMENT", `${what} must be 0x followed by 64 hex digits`);
  return value.toLowerCase();
}

async function signingModules() {
  const [eip712, hash, orderFile] = await Promise.all([
    import("../crypto/eip712.js"),
    import("../crypto/hash.js"),
    import("./orderFile.js"),
  ]);
  return { ...eip712, ...hash, ...orderFile };
}

async function hexAddress(address: string): Promise<string> {
  const [{ parseAddress }, { toHex }] = await Promise.all([
    import("../crypto/address.js"),
    import("../crypto/hash.js"),
  ]);
  return toHex(parseAddress(address));
}

const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));

/** Adds `order`, `deal`, `task` and `workerpool` command groups to the program. */
export function registerMarketCommands(program: Command): void {
  const order = program.command("order").description("publish, cancel and read market orders");

  addTxOptions(
    order
      .command("publish")
      .description(
        "sign an order (EIP-712, iExec PoCo v5 types) and publish it into the on-chain order book; an order file that already carries `sign` is published as is",
      ),
    "key of the sender (and signer, the order's owner)",
  )
    .requiredOption("--kind <kind>", `order kind: ${ORDER_KIND_NAMES.join(" | ")}`, kindOption)
    .requiredOption(
      "--file <order.json>",
      "the order's fields as JSON (addresses, decimal uint256, bytes32 hex)",
    )
    .action(async (opts: TxOptions & { kind: OrderKind; file: string }) => {
      const { readOrderFile, marketDomain, signOrder, toHex, orderDigest } = await signingModules();
      const parsed = readOrderFile(opts.kind, opts.file);
      let orderHash = "";
      const sent = await signAndSubmit(opts, ({ key, chainId }) => {
        const domain = marketDomain(chainId);
        const carried = (parsed as { sign?: Uint8Array }).sign;
        const signed = carried
          ? parsed
          : { ...parsed, sign: signOrder(domain, opts.kind, parsed as never, key.privateKey) };
        orderHash = toHex(orderDigest(domain, opts.kind, signed as never));
        return { publishOrder: { [opts.kind]: signed } };
      });
      if (!sent) return;
      // A request order is matched at the end of its block when a compatible workerpool order exists;
      // `deals` lists what it produced (empty: it waits in the request book).
      let deals: string[] | undefined;
      if (sent.receipt?.status === "success" && opts.kind === "request") {
        const { dealsOfRequestOrder } = await import("./orderDeals.js");
        deals = await dealsOfRequestOrder(new ApiClient(opts.api), orderHash);
      }
      printSubmitted(sent, { orderHash, ...(deals ? { deals } : {}) });
    });

  addTxOptions(
    order
      .command("cancel")
      .description("cancel an order (only its owner may): its remaining volume drops to zero"),
    "key of the order's owner",
  )
    .argument("<hash>", "order hash (0x + 64 hex digits)")
    .addHelpText("after", "\nExample:\n  poco order cancel 0xOrderHash… --key owner.json\n")
    .action(async (hash: string, opts: TxOptions) => {
      const orderHash = hash32("order hash", hash);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({ cancelOrder: { orderHash: fromHex(orderHash, 32) } }));
      if (sent) printSubmitted(sent, { orderHash });
    });

  order
    .command("show")
    .description("print an order: fields, volume consumed and remaining, cancelled")
    .argument("<hash>", "order hash (0x + 64 hex digits)")
    .option("--api <url>", "node API", DEFAULT_API)
    .action(async (hash: string, opts: { api: string }) => {
      const h = hash32("order hash", hash);
      print(await new ApiClient(opts.api).request("GET", `/orders/${h}`));
    });

  order
    .command("book")
    .description("print one page of an order book, cheapest first")
    .requiredOption("--kind <kind>", `order kind: ${ORDER_KIND_NAMES.join(" | ")}`, kindOption)
    .option("--category <id>", "category (workerpool and request books)")
    .option("--app <address>", "app (app book)")
    .option("--dataset <address>", "dataset (dataset book)")
    .option("--limit <n>", "orders per page (1..100)", "20")
    .option("--cursor <cursor>", "nextCursor of the previous page")
    .option("--api <url>", "node API", DEFAULT_API)
    .action(
      async (opts: {
        kind: OrderKind;
        category?: string;
        app?: string;
        dataset?: string;
        limit: string;
        cursor?: string;
        api: string;
      }) => {
        const query = new URLSearchParams({ kind: opts.kind, limit: opts.limit });
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100)
          throw new CliError("CLI_BAD_ARGUMENT", "--limit must be an integer in [1, 100]");
        if (opts.category !== undefined) {
          if (!/^[0-9]{1,10}$/.test(opts.category))
            throw new CliError("CLI_BAD_ARGUMENT", "--category must be a non-negative integer");
          query.set("category", opts.category);
        }
        if (opts.app !== undefined) query.set("app", await hexAddress(opts.app));
        if (opts.dataset !== undefined) query.set("dataset", await hexAddress(opts.dataset));
        if (opts.cursor !== undefined) query.set("cursor", opts.cursor);
        print(await new ApiClient(opts.api).request("GET", `/orderbook?${query}`));
      },
    );

  program
    .command("deal")
    .description("read deals")
    .command("show")
    .description("print a deal: terms, locked stakes, deadlines and task ids")
    .argument("<id>", "deal id (0x + 64 hex digits)")
    .option("--api <url>", "node API", DEFAULT_API)
    .action(async (id: string, opts: { api: string }) => {
      const h = hash32("deal id", id);
      print(await new ApiClient(opts.api).request("GET", `/deals/${h}`));
    });

  program
    .command("task")
    .description("read tasks")
    .command("show")
    .description("print a task: status, deadlines, contributions, consensus value and results")
    .argument("<id>", "task id (0x + 64 hex digits)")
    .option("--api <url>", "node API", DEFAULT_API)
    .action(async (id: string, opts: { api: string }) => {
      const h = hash32("task id", id);
      print(await new ApiClient(opts.api).request("GET", `/tasks/${h}`));
    });

  program
    .command("workerpool")
    .description("read workerpools")
    .command("show")
    .description("print a workerpool's registry record and SLA record")
    .argument("<address>", "workerpool 0x address")
    .option("--api <url>", "node API", DEFAULT_API)
    .action(async (address: string, opts: { api: string }) => {
      const a = await hexAddress(address);
      print(await new ApiClient(opts.api).request("GET", `/workerpools/${a}`));
    });

  for (const [group, path] of [
    ["app", "/apps"],
    ["dataset", "/datasets"],
  ] as const) {
    program
      .command(group)
      .description(`read registered ${group}s`)
      .command("list")
      .description(`print registered ${group}s: address, owner, name, URI and checksum (address order)`)
      .option("--limit <n>", `${group}s to print (1..200)`, "50")
      .option("--api <url>", "node API", DEFAULT_API)
      .addHelpText("after", `\nExample:\n  poco ${group} list --limit 10 --api http://127.0.0.1:8080\n`)
      .action(async (opts: { limit: string; api: string }) => {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 200)
          throw new CliError("CLI_BAD_ARGUMENT", "--limit must be an integer in [1, 200]");
        print(await new ApiClient(opts.api).request("GET", `${path}?limit=${limit}`));
      });
  }
}
