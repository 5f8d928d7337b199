/** POST /txs (submit a signed transaction) and GET /txs/:hash (pending or committed, with receipt). */
import type { FastifyInstance } from "fastify";
import { decodeCanonical, poco, u64ToNumber } from "../../../proto/index.js";
import { toChecksumAddress } from "../../crypto/address.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { txHash } from "../../tx/signedTx.js";
import { TxError, TxErrorCode } from "../../tx/txErrors.js";
import { badRequest, errorSchema, notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";
import { protoToJSON, receiptToJSON } from "../json.js";

const HEX = "^0x([0-9a-fA-F]{2})*$";
const MAX_BATCH = 1000;

/** Typed errors other than TxError a submission can get per tx (hex, codec, an overloaded verifier). */
function isCodedInputError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && /^(HEX_|CODEC_|VERIFIER_)/.test(code);
}

/** A committed or pending SignedTx as JSON (the bytes were verified before they got here). */
export function txToJSON(signedBytes: Uint8Array) {
  const signed = decodeCanonical(poco.SignedTx, signedBytes);
  const tx = decodeCanonical(poco.Tx, signed.tx);
  const kind = tx.kind ?? "none";
  return {
    hash: toHex(txHash(signed.tx)),
    kind,
    chainId: u64ToNumber(tx.chainId as never, "chainId"),
    sender: toChecksumAddress(tx.sender),
    nonce: u64ToNumber(tx.nonce as never, "nonce"),
    body: protoToJSON((tx as unknown as Record<string, unknown>)[kind] ?? {}),
    signature: toHex(signed.signature),
  };
}

export async function txRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: { tx: string } }>(
    "/txs",
    {
      schema: {
        summary: "Submit a signed transaction (canonical SignedTx protobuf bytes as 0x-hex)",
        body: {
          type: "object",
          properties: { tx: { type: "string", pattern: HEX, maxLength: 2 + 2 * 64 * 1024 } },
          required: ["tx"],
          additionalProperties: false,
        },
        response: {
          202: { type: "object", properties: { hash: { type: "string" } } },
          400: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const bytes = fromHex(request.body.tx);
      // Through the same path as batches (the verifier decides whether one signature is worth a
      // thread hop), so a submission's checks and errors do not depend on the route.
      const [result] = await ctx.submitTxs([bytes]);
      if (result instanceof Error) {
        const code = (result as { code?: unknown }).code;
        if (typeof code === "string") ctx.metrics.txsRejected.inc({ code });
        throw result;
      }
      return reply.status(202).send({ hash: result!.hashHex });
    },
  );

  app.post<{ Body: { txs: string[] } }>(
    "/txs/batch",
    {
      bodyLimit: 16 * 1024 * 1024,
      // Each tx is a signature recovery and an admission: about the work of one request.
      config: { apiCost: (request) => (request.body as { txs: unknown[] }).txs.length },
      schema: {
        summary: "Submit up to 1,000 signed transactions at once; each gets its own result, in order",
        body: {
          type: "object",
          properties: {
            txs: {
              type: "array",
              minItems: 1,
              maxItems: MAX_BATCH,
              items: { type: "string", pattern: HEX, maxLength: 2 + 2 * 64 * 1024 },
            },
          },
          required: ["txs"],
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              accepted: { type: "integer" },
              results: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    hash: { type: "string" },
                    code: { type: "string" },
                    message: { type: "string" },
                  },
                },
              },
            },
          },
          400: errorSchema,
        },
      },
    },
    async (request) => {
      // Hex first (cheapest), then one admission of the rest: every signature of the batch recovered
      // together on the verifier's threads (bounded: an overloaded verifier answers VERIFIER_BUSY
      // per tx), each tx then added in the batch's order; results keep the request's order.
      const results: ({ hash: string } | { code: string; message: string })[] = new Array(
        request.body.txs.length,
      );
      const valid: { index: number; bytes: Uint8Array }[] = [];
      const refuse = (index: number, err: unknown) => {
        if (!(err instanceof TxError) && !isCodedInputError(err)) throw err;
        const code = (err as { code: string }).code;
        ctx.metrics.txsRejected.inc({ code });
        results[index] = { code, message: (err as Error).message };
      };
      request.body.txs.forEach((hex, index) => {
        try {
          valid.push({ index, bytes: fromHex(hex) });
        } catch (err) {
          refuse(index, err);
        }
      });
      const admitted = valid.length ? await ctx.submitTxs(valid.map((v) => v.bytes)) : [];
      let accepted = 0;
      valid.forEach(({ index }, k) => {
        const r = admitted[k]!;
        if (r instanceof Error) refuse(index, r);
        else {
          accepted++;
          results[index] = { hash: r.hashHex };
        }
      });
      return { accepted, results };
    },
  );

  app.get<{ Params: { hash: string } }>(
    "/txs/:hash",
    {
      schema: {
        summary: "A transaction by hash: pending in the mempool, or committed with its receipt",
        params: {
          type: "object",
          properties: { hash: { type: "string", pattern: "^0x[0-9a-fA-F]{64}$" } },
          required: ["hash"],
        },
      },
    },
    async (request) => {
      const hashHex = request.params.hash.toLowerCase();
      const pending = ctx.mempool.get(hashHex);
      if (pending) return { status: "pending", tx: txToJSON(pending.bytes) };
      const receiptBytes = await ctx.chain.db.getReceipt(fromHex(hashHex, 32));
      if (!receiptBytes) throw notFound(`tx ${hashHex}`);
      const receipt = receiptToJSON(receiptBytes);
      const blockBytes = await ctx.chain.db.getBlock(receipt.height);
      if (!blockBytes) throw new TxError(TxErrorCode.NOT_FOUND, "block of the receipt is missing");
      const block = decodeCanonical(poco.Block, blockBytes, 64 * 1024 * 1024);
      const txBytes = block.txs[receipt.index];
      if (!txBytes) throw badRequest("receipt points outside its block");
      return { status: "committed", tx: txToJSON(txBytes), receipt };
    },
  );
}
