/** GET /validators: the active set with voting power, and every candidate's stake and record. */
import type { FastifyInstance } from "fastify";
import { decodeCanonical, poco, u64ToNumber } from "../../../proto/index.js";
import { toChecksumAddress } from "../../crypto/address.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import {
  readCandidates,
  readRecord,
  readSlashedTotal,
  VALIDATOR_KEY_PREFIX,
} from "../../execution/validatorModule.js";

/** State keys read for the candidate listing (records, index nodes, due entries): a bounded scan. */
const MAX_LISTED_KEYS = 20_000;

import { readValidatorPeer } from "../../execution/validatorPeers.js";
import { peerIdFromBytes } from "../../p2p/peerIdentity.js";
import { readAccount } from "../../state/accounts.js";
import { StateKeys } from "../../state/stateKeys.js";
import type { StateReader } from "../../state/stateOverlay.js";
import type { ApiContext } from "../context.js";

export async function validatorRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    "/validators",
    {
      schema: {
        summary: "Validators: voting power of the active set, bonded stake, jail and participation records",
        response: {
          200: {
            type: "object",
            properties: {
              height: { type: "integer" },
              totalPower: { type: "integer" },
              slashedTotal: { type: "string" },
              validators: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    address: { type: "string" },
                    power: { type: "integer" },
                    active: { type: "boolean" },
                    bonded: { type: "string" },
                    unbonding: { type: "string" },
                    jailed: { type: "boolean" },
                    jailedUntil: { type: "integer" },
                    signedBlocks: { type: "integer" },
                    missedBlocks: { type: "integer" },
                    timesSlashed: { type: "integer" },
                    peerId: {
                      type: ["string", "null"],
                      description: "the libp2p peer id its node registered (poco validator set-peer-id)",
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    async () => {
      const state = ctx.chain.state;
      const setBytes = state.get(StateKeys.meta("validators"));
      const active = new Map<string, number>();
      if (setBytes) {
        for (const v of decodeCanonical(poco.ValidatorSet, setBytes).validators) {
          active.set(toHex(v.address!), u64ToNumber(v.power as never, "power"));
        }
      }
      const keys = await state.listKeys(VALIDATOR_KEY_PREFIX, MAX_LISTED_KEYS);
      const validators = readCandidates(state, keys).map((address) => {
        const record = readRecord(state, address);
        return {
          address: toChecksumAddress(fromHex(address, 20)),
          power: active.get(address) ?? 0,
          active: active.has(address),
          bonded: readAccount(state, address).bonded.toString(),
          unbonding: record.unbonding.toString(),
          jailed: record.jailed,
          jailedUntil: record.jailedUntil,
          signedBlocks: record.signedBlocks,
          missedBlocks: record.missedBlocks,
          timesSlashed: record.timesSlashed,
          peerId: registeredPeer(state, address),
        };
      });
      return {
        height: ctx.chain.stateHeight,
        totalPower: [...active.values()].reduce((a, b) => a + b, 0),
        slashedTotal: readSlashedTotal(state).toString(),
        validators,
      };
    },
  );
}

function registeredPeer(state: StateReader, address: string): string | null {
  const bytes = readValidatorPeer(state, address);
  return bytes ? peerIdFromBytes(bytes) : null;
}
