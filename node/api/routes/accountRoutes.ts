/** GET /accounts/:address: balances and nonce with a Merkle proof against the head's state root. */
import type { FastifyInstance } from "fastify";
import { parseAddress, toChecksumAddress } from "../../crypto/address.js";
import { toHex } from "../../crypto/hash.js";
import { readAccount } from "../../state/accounts.js";
import { proofToJSON } from "../../state/sparseMerkleTree.js";
import { StateKeys } from "../../state/stateKeys.js";
import type { ApiContext } from "../context.js";
import { accountToJSON } from "../json.js";

export async function accountRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Params: { address: string } }>(
    "/accounts/:address",
    {
      schema: {
        summary: "An account, with an inclusion (or exclusion) proof of its state entry",
        params: {
          type: "object",
          properties: { address: { type: "string", pattern: "^0x[0-9a-fA-F]{40}$" } },
          required: ["address"],
        },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const key = StateKeys.account(address);
      const state = ctx.chain.state;
      const value = state.get(key);
      return {
        address: toChecksumAddress(parseAddress(address)),
        ...accountToJSON(readAccount(state, address)),
        // The proof is against the in-memory state, which may be one block ahead of the persisted head.
        height: ctx.chain.stateHeight,
        stateRoot: toHex(state.root()),
        proof: {
          key,
          value: value ? toHex(value) : null,
          ...proofToJSON(state.prove(key)),
        },
      };
    },
  );
}
