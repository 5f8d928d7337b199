/** Reads and checks an order file for `poco order publish` (loaded only by that command). */
import { readFileSync } from "node:fs";
import { orderFromJSON } from "../../scheduler/orderJson.js";
import { checkOrderFields } from "../../scheduler/orders.js";
import { type AnyOrder, marketDomain, type OrderKind, orderDigest } from "../crypto/eip712.js";
import { CliError } from "./cliError.js";

/** Reads and checks an order file (JSON fields as `GET /orders/:hash` shows them under `order`). */
export function readOrderFile(kind: OrderKind, file: string): AnyOrder {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new CliError("CLI_FILE", `cannot read ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError("CLI_FILE", `${file} is not JSON: ${(err as Error).message}`);
  }
  const order = orderFromJSON(kind, json);
  checkOrderFields(kind, order);
  orderDigest(marketDomain(1), kind, order); // every EIP-712 field encodes
  return order;
}
