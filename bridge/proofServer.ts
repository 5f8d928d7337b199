/**
 * `GET /withdrawals/:id/proof`: the relayer's (untrusted) proof service, as a fastify plugin that the
 * node API can register too, and a standalone server for `poco bridge`. The proof is checked against
 * the root the contract stores before it is served; the contract checks it again when claimed.
 * `fetchAndClaim` is the client side used by `poco withdraw claim`.
 */
import type { Contract } from "ethers";
import Fastify, { type FastifyInstance } from "fastify";
import type { StateReader } from "../node/state/stateOverlay.js";
import { claimWithdrawal, latestWithdrawalProof, type WithdrawalProof, WithdrawalProofs } from "./relayer.js";

export interface ProofRouteDeps {
  bridge: Contract;
  /** The relayer node's current committed state. */
  state: () => StateReader;
}

export async function withdrawalProofRoutes(app: FastifyInstance, deps: ProofRouteDeps): Promise<void> {
  const proofs = new WithdrawalProofs(deps.state);
  app.get<{ Params: { id: number } }>(
    "/withdrawals/:id/proof",
    {
      schema: {
        params: {
          type: "object",
          properties: { id: { type: "integer", minimum: 0, maximum: 4_294_967_295 } },
          required: ["id"],
        },
      },
    },
    async (req, reply) => {
      const proof = await latestWithdrawalProof(deps.bridge, proofs, deps.state(), req.params.id);
      if (!proof) {
        return reply.code(404).send({
          code: "WITHDRAWAL_NOT_CHECKPOINTED",
          message: `withdrawal ${req.params.id} is unknown or not covered by the latest accepted checkpoint yet`,
        });
      }
      return proof;
    },
  );
}

/** A standalone proof server on `host:port` (port 0 = any free port); returns its URL. */
export async function startProofServer(
  deps: ProofRouteDeps,
  opts: { host?: string; port?: number } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  await app.register(async (scope) => withdrawalProofRoutes(scope, deps));
  const address = await app.listen({ host: opts.host ?? "127.0.0.1", port: opts.port ?? 0 });
  return { url: address, close: () => app.close() };
}

/** Client: fetches the proof of withdrawal `id` from a proof server and claims it on Ethereum. */
export async function fetchAndClaim(
  serverUrl: string,
  bridge: Contract,
  id: number,
): Promise<{ proof: WithdrawalProof; gasUsed: bigint }> {
  const res = await fetch(`${serverUrl}/withdrawals/${id}/proof`);
  if (!res.ok) throw new Error(`proof server: ${res.status} ${await res.text()}`);
  const proof = (await res.json()) as WithdrawalProof;
  if (proof.id !== id) throw new Error(`proof server answered for withdrawal ${proof.id}, not ${id}`);
  return { proof, gasUsed: await claimWithdrawal(bridge, proof) };
}
