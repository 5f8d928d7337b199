/**
 * `GET /tasks/:id/proof`: the proof that PocoResults (Ethereum) verifies a final task with — the task's
 * and its deal's stored records and their inclusion proofs against the state root of the latest
 * anchored checkpoint this node took proofs at (see node/bridge/resultProofArchive.ts). Served by nodes
 * that run the bridge. Errors: 404 TASK_UNKNOWN, 409 TASK_NOT_FINALIZED, 409 NO_ANCHORED_CHECKPOINT
 * (nothing anchored on Ethereum yet), 409 TASK_NOT_ANCHORED (final, but no anchored checkpoint covers it
 * on this node yet: it is queued and provable after the next anchoring), 503 PROOF_QUEUE_FULL.
 */
import type { FastifyInstance } from "fastify";
import { type ProvableState, ResultProofError } from "../../../bridge/resultProofs.js";
import type { ResultProofArchive } from "../../bridge/resultProofArchive.js";
import { ApiError, errorSchema } from "../apiError.js";

export interface TaskProofSource {
  archive: ResultProofArchive;
  /** The node's committed state (latest block). */
  state(): ProvableState;
  /** The latest block's time (when a requested task starts waiting). */
  timeMs(): number;
}

const str = { type: "string" } as const;
const hashList = { type: "array", items: str } as const;

const proofSchema = {
  type: "object",
  properties: {
    taskId: str,
    dealId: str,
    height: { type: "integer", description: "anchored checkpoint height: PocoBridge.stateRoots(height)" },
    stateRoot: str,
    status: { type: "integer", description: "3 completed, 4 failed" },
    resultDigest: str,
    deal: {
      type: "object",
      properties: {
        app: str,
        dataset: str,
        workerpool: str,
        requester: str,
        beneficiary: str,
        callback: str,
      },
      required: ["app", "dataset", "workerpool", "requester", "beneficiary", "callback"],
    },
    taskRecord: { ...str, description: "protobuf Task bytes stored under task:<id>" },
    taskProof: hashList,
    dealRecord: { ...str, description: "protobuf Deal bytes stored under deal:<id>" },
    dealProof: hashList,
  },
  required: [
    "taskId",
    "dealId",
    "height",
    "stateRoot",
    "status",
    "resultDigest",
    "deal",
    "taskRecord",
    "taskProof",
    "dealRecord",
    "dealProof",
  ],
} as const;

export async function taskProofRoutes(app: FastifyInstance, src: TaskProofSource): Promise<void> {
  app.get<{ Params: { id: string } }>(
    "/tasks/:id/proof",
    {
      schema: {
        summary:
          "Proof of a final task's result against an anchored state root (for PocoResults.verifyResult)",
        params: {
          type: "object",
          properties: { id: { type: "string", pattern: "^0x[0-9a-fA-F]{64}$" } },
          required: ["id"],
        },
        response: { 200: proofSchema, 404: errorSchema, 409: errorSchema, 503: errorSchema },
      },
    },
    async (req) => {
      const id = req.params.id.toLowerCase();
      const found = src.archive.lookup(id);
      if (found) return found;
      let queued: "queued" | "full";
      try {
        queued = src.archive.queue(id, src.state(), src.timeMs(), "request");
      } catch (err) {
        if (err instanceof ResultProofError)
          throw new ApiError(err.code === "TASK_UNKNOWN" ? 404 : 409, err.code, err.message);
        throw err;
      }
      if (queued === "full")
        throw new ApiError(503, "PROOF_QUEUE_FULL", "too many tasks wait for an anchored proof: retry later");
      const anchored = src.archive.anchoredHeight;
      if (anchored === 0) {
        throw new ApiError(
          409,
          "NO_ANCHORED_CHECKPOINT",
          `task ${id} is final, but no checkpoint is anchored on Ethereum yet: retry once one is`,
        );
      }
      throw new ApiError(
        409,
        "TASK_NOT_ANCHORED",
        `task ${id} is final, but no anchored checkpoint covers it on this node yet (latest anchored height ${anchored}): retry after the next anchoring`,
      );
    },
  );
}
