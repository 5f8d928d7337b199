/**
 * Market client commands of `poco`: publish and cancel orders (EIP-712 signed with an Ethereum key,
 * submitted as publishOrder / cancelOrder transactions), and read orders, the order book, deals,
 * tasks and workerpools from a node's API. Every input is checked before any network call.
 */
import { type Command, InvalidArgumentError } from "commander";
import type { OrderKind } from "../crypto/eip712.js";
import { ApiClient } from "./apiClient.js";
import { hash32 } from "./args.js";
import { CliError } from "./cliError.js";
import { addJsonOption, emit } from "./output.js";
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

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;

/** Adds the `order` command group to the program. */
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
    .addHelpText(
      "after",
      examples(
        "poco order publish --kind app --file apporder.json --key dev.json",
        "poco order publish --kind request --file request.json --key me.json --json   # prints orderHash and deals",
      ),
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
    .addHelpText("after", examples("poco order cancel 0xOrderHash… --key owner.json"))
    .action(async (hash: string, opts: TxOptions) => {
      const orderHash = hash32("order hash", hash);
      const { fromHex } = await import("../crypto/hash.js");
      const sent = await signAndSubmit(opts, () => ({ cancelOrder: { orderHash: fromHex(orderHash, 32) } }));
      if (sent) printSubmitted(sent, { orderHash });
    });

  addJsonOption(
    order
      .command("show")
      .description("print an order: fields, volume consumed and remaining, cancelled")
      .argument("<hash>", "order hash (0x + 64 hex digits)"),
  )
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples("poco order show 0xOrderHash…", "poco order show 0xOrderHash… --json"))
    .action(async (hash: string, opts: { api: string; json?: boolean }) => {
      const h = hash32("order hash", hash);
      emit(opts, await new ApiClient(opts.api).request("GET", `/orders/${h}`));
    });

  registerMatchCommand(order);
  registerOrderList(order);

  addJsonOption(order.command("book"))
    .description("print one page of an order book, cheapest first")
    .requiredOption("--kind <kind>", `order kind: ${ORDER_KIND_NAMES.join(" | ")}`, kindOption)
    .option("--category <id>", "category (workerpool and request books)")
    .option("--app <address>", "app (app book)")
    .option("--dataset <address>", "dataset (dataset book)")
    .option("--limit <n>", "orders per page (1..100)", "20")
    .option("--cursor <cursor>", "nextCursor of the previous page")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      examples(
        "poco order book --kind workerpool --category 0",
        "poco order book --kind app --app 0xApp --json",
      ),
    )
    .action(
      async (opts: {
        json?: boolean;
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
        emit(opts, await new ApiClient(opts.api).request("GET", `/orderbook?${query}`));
      },
    );
}

/** An order given as a published order's hash (read from the node) or as an order file. */
async function orderArg(client: ApiClient, kind: OrderKind, value: string) {
  const { orderFromJSON } = await import("../../scheduler/orderJson.js");
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) {
    const known = await client.request<{ kind: string; order: unknown }>(
      "GET",
      `/orders/${value.toLowerCase()}`,
    );
    if (known.kind !== kind)
      throw new CliError("CLI_BAD_ARGUMENT", `order ${value} is a ${known.kind} order, not a ${kind} order`);
    return orderFromJSON(kind, known.order);
  }
  const { readOrderFile } = await import("./orderFile.js");
  return readOrderFile(kind, value);
}

function registerMatchCommand(order: Command): void {
  addTxOptions(
    order
      .command("match")
      .description(
        "match an app, (dataset,) workerpool and request order into a deal (iExec matchOrders; anyone may send it); prints the deal id",
      ),
    "key of the sender; it also signs any order file that carries no `sign`",
  )
    .requiredOption("--app <hash|file>", "app order: a published order's hash or an order file")
    .option("--dataset <hash|file>", "dataset order (exactly when the request names a dataset)")
    .requiredOption("--workerpool <hash|file>", "workerpool order")
    .requiredOption("--request <hash|file>", "request order")
    .addHelpText(
      "after",
      examples(
        "poco order match --app 0xAppOrderHash --workerpool 0xPoolOrderHash --request request.json --key me.json",
        "poco order match --app app.json --workerpool pool.json --request 0xRequestHash --key me.json --json",
      ),
    )
    .action(
      async (opts: TxOptions & { app: string; dataset?: string; workerpool: string; request: string }) => {
        const client = new ApiClient(opts.api);
        const [app, dataset, workerpool, request] = await Promise.all([
          orderArg(client, "app", opts.app),
          opts.dataset === undefined ? undefined : orderArg(client, "dataset", opts.dataset),
          orderArg(client, "workerpool", opts.workerpool),
          orderArg(client, "request", opts.request),
        ]);
        const { marketDomain, signOrder, orderDigest, toHex } = await signingModules();
        const { dealsOfRequestOrder } = await import("./orderDeals.js");
        let requestHash = "";
        const sent = await signAndSubmit(opts, ({ key, chainId }) => {
          const domain = marketDomain(chainId);
          const signed = (kind: OrderKind, o: unknown) => {
            const carried = (o as { sign?: Uint8Array }).sign;
            return carried && carried.length > 0
              ? o
              : { ...(o as object), sign: signOrder(domain, kind, o as never, key.privateKey) };
          };
          const rq = signed("request", request);
          requestHash = toHex(orderDigest(domain, "request", rq as never));
          return {
            matchOrders: {
              app: signed("app", app),
              ...(dataset ? { dataset: signed("dataset", dataset) } : {}),
              workerpool: signed("workerpool", workerpool),
              request: rq,
            } as never,
          };
        });
        if (!sent) return;
        if (sent.receipt?.status !== "success")
          return printSubmitted(sent, { requestOrderHash: requestHash });
        // deals of a request consume its volume in order: this match made the last one
        const deals = await dealsOfRequestOrder(client, requestHash);
        printSubmitted(sent, { requestOrderHash: requestHash, deal: deals[deals.length - 1] ?? null });
      },
    );
}

function registerOrderList(order: Command): void {
  addJsonOption(
    order
      .command("list")
      .description(
        "orders of an address in a book: request orders of a requester, or workerpool orders of a pool (scans the book, cheapest first)",
      ),
  )
    .requiredOption("--kind <kind>", "request | workerpool", (v) => {
      if (v !== "request" && v !== "workerpool")
        throw new InvalidArgumentError("--kind must be request or workerpool");
      return v;
    })
    .requiredOption(
      "--address <address>",
      "the requester (request orders) or the workerpool (workerpool orders)",
    )
    .option("--category <id>", "category", "0")
    .option("--pages <n>", "book pages of 100 orders to scan (1..50)", "10")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      examples(
        "poco order list --kind request --address 0xRequester",
        "poco order list --kind workerpool --address 0xPool --category 1 --json",
      ),
    )
    .action(
      async (opts: {
        kind: "request" | "workerpool";
        address: string;
        category: string;
        pages: string;
        api: string;
        json?: boolean;
      }) => {
        const { address20, intInRange } = await import("./args.js");
        const address = address20("--address", opts.address);
        const category = intInRange("--category", opts.category, 0, 2 ** 32);
        const pages = intInRange("--pages", opts.pages, 1, 50);
        const field = opts.kind === "request" ? "requester" : "workerpool";
        const client = new ApiClient(opts.api);
        const found: { hash: string; remaining: string; price: string }[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < pages; page++) {
          const q = new URLSearchParams({ kind: opts.kind, category: String(category), limit: "100" });
          if (cursor) q.set("cursor", cursor);
          const book = await client.request<{
            orders: { hash: string; price: string; remaining: string; order: Record<string, string> }[];
            nextCursor?: string;
          }>("GET", `/orderbook?${q}`);
          for (const o of book.orders)
            if (o.order[field]?.toLowerCase() === address)
              found.push({ hash: o.hash, price: o.price, remaining: o.remaining });
          cursor = book.nextCursor;
          if (!cursor) break;
        }
        emit(opts, { orders: found });
      },
    );
}

/** `poco deal show|list`: a deal, or the deals of an address. */
export function registerDealCommands(program: Command): void {
  const deal = program.command("deal").description("read deals");
  addJsonOption(
    deal
      .command("show")
      .description("print a deal: terms, prices, locked stakes, deadlines and task ids")
      .argument("<id>", "deal id (0x + 64 hex digits)"),
  )
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText("after", examples("poco deal show 0xDealId…", "poco deal show 0xDealId… --json"))
    .action(async (id: string, opts: { api: string; json?: boolean }) => {
      const h = hash32("deal id", id);
      emit(opts, await new ApiClient(opts.api).request("GET", `/deals/${h}`));
    });
  addJsonOption(
    deal
      .command("list")
      .description(
        "the deals of an address, newest index order, one page: as requester, as scheduler (owner of the deal's workerpool), or of a workerpool",
      ),
  )
    .requiredOption("--address <address>", "the requester, scheduler or workerpool")
    .option("--role <role>", "requester | scheduler | workerpool", "requester")
    .option("--limit <n>", "deals per page (1..200)", "50")
    .option("--after <cursor>", "`next` of the previous page")
    .option("--api <url>", "node API", DEFAULT_API)
    .addHelpText(
      "after",
      examples(
        "poco deal list --address 0xRequester",
        "poco deal list --address 0xPool --role workerpool --json",
        "poco deal list --address 0xScheduler --role scheduler --after <next of the previous page>",
      ),
    )
    .action(
      async (opts: {
        address: string;
        role: string;
        limit: string;
        after?: string;
        api: string;
        json?: boolean;
      }) => {
        const { address20, intInRange } = await import("./args.js");
        const address = address20("--address", opts.address);
        const limit = intInRange("--limit", opts.limit, 1, 200);
        if (!["requester", "scheduler", "workerpool"].includes(opts.role))
          throw new CliError("CLI_BAD_ARGUMENT", "--role must be requester, scheduler or workerpool");
        const client = new ApiClient(opts.api);
        const page = { limit, ...(opts.after !== undefined ? { after: opts.after } : {}) };
        const { deals: ids, next } =
          opts.role === "workerpool"
            ? await client.workerpoolDeals(address, page)
            : await client.accountDeals(address, opts.role as "requester" | "scheduler", page);
        type Deal = Record<string, unknown> & { id: string };
        const deals: Deal[] = [];
        // a few requests in flight at a time: a node's API is shared
        for (let i = 0; i < ids.length; i += 16) {
          const batch = await Promise.all(
            ids.slice(i, i + 16).map((id) => client.request<Deal>("GET", `/deals/${id}`)),
          );
          deals.push(...batch);
        }
        const rows = deals.map((d) => ({
          id: d.id,
          requester: d.requester,
          workerpool: d.workerpool,
          app: d.app,
          tasks: d.botSize,
          trust: d.trust,
          taskPrice: d.taskPrice,
        }));
        emit(opts, { deals: rows, ...(next ? { next } : {}) });
      },
    );
}
