/**
 * Fees for wallets: GET /fees (the next block's base fee, a suggested tip and max fee, the block gas
 * limit and how full the last block was) and POST /txs/estimate (the gas an unsigned transaction would
 * use now, executed against the head state and discarded).
 */
import type { FastifyInstance } from "fastify";
import { decodeCanonical, encode, poco } from "../../../proto/index.js";
import { parseAddress } from "../../crypto/address.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { readFeePool } from "../../execution/fees.js";
import { MAX_TX_BYTES } from "../../tx/signedTx.js";
import { errorSchema } from "../apiError.js";
import type { ApiContext } from "../context.js";

const HEX = "^0x([0-9a-fA-F]{2})*$";

/** The tip per gas suggested to wallets: 1 nRLC on a chain that prices gas, 0 on a free test chain. */
export function suggestedTip(minBaseFee: bigint): bigint {
  return minBaseFee > 0n ? 1n : 0n;
}

export async function feeRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    "/fees",
    {
      schema: {
        summary: "Fee estimate for the next block (nRLC per gas, decimal strings)",
        response: {
          200: {
            type: "object",
            properties: {
              height: { type: "integer" },
              baseFeePerGas: { type: "string" },
              minBaseFeePerGas: { type: "string" },
              suggestedTipPerGas: { type: "string" },
              suggestedMaxFeePerGas: { type: "string" },
              blockGasLimit: { type: "integer" },
              lastBlockGasUsed: { type: "integer" },
              feePool: { type: "string" },
            },
          },
        },
      },
    },
    async () => {
      const chain = ctx.chain;
      const baseFee = chain.nextBaseFee();
      const tip = suggestedTip(chain.params.minBaseFee);
      return {
        height: chain.head.height + 1,
        baseFeePerGas: baseFee.toString(),
        minBaseFeePerGas: chain.params.minBaseFee.toString(),
        suggestedTipPerGas: tip.toString(),
        // Room for the base fee to rise for a few full blocks (+12.5% each) before the tx lands.
        suggestedMaxFeePerGas: (2n * baseFee + tip).toString(),
        blockGasLimit: chain.params.blockGasLimit,
        lastBlockGasUsed: chain.head.header.gasUsed,
        feePool: readFeePool(chain.state).toString(),
      };
    },
  );

  app.post<{ Body: { tx: string; sender: string } }>(
    "/txs/estimate",
    {
      schema: {
        summary: "Gas an unsigned transaction (canonical Tx bytes) from `sender` would use on the head state",
        body: {
          type: "object",
          properties: {
            tx: { type: "string", pattern: HEX, maxLength: 2 + 2 * MAX_TX_BYTES },
            sender: { type: "string", maxLength: 42 },
          },
          required: ["tx", "sender"],
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              gasUsed: { type: "integer" },
              error: errorSchema,
            },
          },
          400: errorSchema,
        },
      },
    },
    async (request) => {
      const txBytes = fromHex(request.body.tx);
      const tx = decodeCanonical(poco.Tx, txBytes, MAX_TX_BYTES);
      // The size the signed envelope will have (a 65-byte signature beside the tx bytes).
      const signedSize = encode(poco.SignedTx, { tx: txBytes, signature: new Uint8Array(65) }).length;
      const sender = toHex(parseAddress(request.body.sender));
      const chain = ctx.chain;
      const head = chain.head;
      return chain.executor.estimateGas(
        chain.state,
        {
          chainId: chain.chainId,
          height: head.height + 1,
          timeMs: head.header.timeMs + 1,
          proposer: toHex(new Uint8Array(20)),
          baseFee: chain.nextBaseFee(),
        },
        tx,
        sender,
        signedSize,
      );
    },
  );
}
