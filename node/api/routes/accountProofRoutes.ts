/**
 * GET /accounts/:address/proof?height=H — an account's record with its state-tree proof at height H
 * (default: the latest state), in the form the bridge's escape hatch takes (`PocoBridge.exit`).
 *
 * A past height within the node's state history (`--state-history K`, or all with `--archive`) is
 * served from the reverse diffs kept with each block (node/state/stateHistory.ts), without replay.
 * An older height is served only where `pastHeightAllowed` says so (the bridge allows the last height
 * anchored on Ethereum, the one exits are proven against): its state is rebuilt once by replaying the
 * stored blocks (node/state/stateReplay.ts) and kept, one height at a time, so a client cannot make
 * the node replay the chain for arbitrary heights.
 */
import type { FastifyInstance } from "fastify";
import type { Chain } from "../../chain/chain.js";
import { parseAddress, toChecksumAddress } from "../../crypto/address.js";
import { toHex } from "../../crypto/hash.js";
import { readAccount } from "../../state/accounts.js";
import { proofToJSON } from "../../state/sparseMerkleTree.js";
import { type ProvableState, StateHistoryError, StateHistoryErrorCode } from "../../state/stateHistory.js";
import { StateKeys } from "../../state/stateKeys.js";
import { type PastStateCache, StateReplayError } from "../../state/stateReplay.js";
import { ApiError, notFound } from "../apiError.js";
import { accountToJSON } from "../json.js";

export interface AccountProofDeps {
  chain: Chain;
  /** Whether a past height may be rebuilt (bounded: e.g. only the last anchored height). */
  pastHeightAllowed(height: number): Promise<boolean>;
  pastStates: PastStateCache;
}

/** The account at `address` in `state` (at `height`), with its proof. */
export function accountProof(state: ProvableState, height: number, address: string) {
  const key = StateKeys.account(address);
  const value = state.get(key);
  return {
    address: toChecksumAddress(parseAddress(address)),
    height,
    stateRoot: toHex(state.root()),
    ...accountToJSON(readAccount(state, address)),
    proof: { key, value: value ? toHex(value) : null, ...proofToJSON(state.prove(key)) },
  };
}

export async function accountProofRoutes(app: FastifyInstance, deps: AccountProofDeps): Promise<void> {
  app.get<{ Params: { address: string }; Querystring: { height?: number } }>(
    "/accounts/:address/proof",
    {
      // A past height costs the reverse diffs unwound to reach it: 1 more token per 16 heights.
      config: {
        apiCost: (request) => {
          const height = (request.query as { height?: number }).height;
          if (height === undefined) return 1;
          return 1 + Math.ceil(Math.min(Math.max(0, deps.chain.stateHeight - height), 1024) / 16);
        },
      },
      schema: {
        summary: "An account's state entry with its Merkle proof at a height (default: the latest state)",
        params: {
          type: "object",
          properties: { address: { type: "string", pattern: "^0x[0-9a-fA-F]{40}$" } },
          required: ["address"],
        },
        querystring: {
          type: "object",
          properties: { height: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER } },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const chain = deps.chain;
      const latest = chain.stateHeight;
      const height = request.query.height ?? latest;
      // Read and proven synchronously: the state cannot move under the answer.
      if (height === latest) return accountProof(chain.state, latest, address);
      if (height > latest) throw notFound(`state at height ${height} (the node is at ${latest})`);
      try {
        return await chain.history.use(height, (past) => accountProof(past, height, address));
      } catch (err) {
        if (!(err instanceof StateHistoryError)) throw err;
        if (err.code === StateHistoryErrorCode.BUSY || err.code === StateHistoryErrorCode.TOO_LARGE) {
          throw new ApiError(503, err.code, err.message);
        }
        if (err.code === StateHistoryErrorCode.CORRUPT) throw new ApiError(500, err.code, err.message);
        // PRUNED (or AHEAD: the head's batch not yet written): the replay path below, if allowed.
      }
      if (!(await deps.pastHeightAllowed(height))) {
        throw new ApiError(
          409,
          "STATE_NOT_RETAINED",
          `this node keeps state history from height ${chain.history.from ?? latest} to ${latest} (and proves the last height anchored on Ethereum), not ${height}`,
        );
      }
      let state: ProvableState | undefined;
      try {
        state = await deps.pastStates.get(height);
      } catch (err) {
        if (err instanceof StateReplayError) throw new ApiError(500, err.code, err.message);
        throw err;
      }
      if (!state)
        throw new ApiError(503, "STATE_REPLAY_BUSY", "another height is being rebuilt; retry later");
      return accountProof(state, height, address);
    },
  );
}
