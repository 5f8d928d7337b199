/**
 * The deals a request order produced so far. A deal's id is keccak256(request order hash ‖ the
 * request volume consumed before it) (scheduler/matching.ts), and deals of one request consume its
 * volume in consecutive slices, so they are found by walking the slices up to the consumed volume.
 */
import { dealId } from "../../scheduler/matching.js";
import type { ApiClient } from "./apiClient.js";

/** Bounds the walk (a request order's volume may be large; each deal takes at least one task). */
const MAX_DEALS = 100;

export async function dealsOfRequestOrder(client: ApiClient, orderHash: string): Promise<string[]> {
  const order = await client.request<{ kind: string; consumed: string }>("GET", `/orders/${orderHash}`);
  if (order.kind !== "request") return [];
  const consumed = BigInt(order.consumed);
  const deals: string[] = [];
  for (let first = 0n; first < consumed && deals.length < MAX_DEALS; ) {
    const id = dealId(orderHash, first);
    const deal = await client.request<{ botSize: number }>("GET", `/deals/${id}`);
    if (deal.botSize <= 0) break;
    deals.push(id);
    first += BigInt(deal.botSize);
  }
  return deals;
}
