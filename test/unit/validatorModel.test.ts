import assert from "node:assert/strict";
import fc from "fast-check";
import { toHex } from "../../node/crypto/hash.js";
import { readSlashedTotal } from "../../node/execution/validatorModule.js";
import { DEFAULT_VALIDATOR_PARAMS, type ValidatorParams } from "../../node/execution/validatorParams.js";
import { readAccount } from "../../node/state/accounts.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, testKey } from "../helpers/fixtures.js";
import { type TxBody, testVote, validatorChain } from "../helpers/validatorChain.js";

const validators = [0, 1, 2].map((i) => testKey(i));
const bonders = [10, 11, 12].map((i) => testKey(i));
const actors = [...validators, ...bonders];
const params: ValidatorParams = {
  ...DEFAULT_VALIDATOR_PARAMS,
  maxValidators: 3,
  bondDelay: 2,
  unbondDelay: 8,
  evidenceMaxAgeBlocks: 5,
  checkpointTrustBlocks: 4,
  jailBlocks: 3,
  participationWindow: 10,
};

const op = fc.record({
  actor: fc.integer({ min: 0, max: actors.length - 1 }),
  kind: fc.constantFrom("bond", "unbond", "unjail", "evidence"),
  rlcTenths: fc.integer({ min: 1, max: 40 }),
});
const block = fc.record({
  ops: fc.array(op, { maxLength: 4 }),
  missing: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
});

describe("validator module against a brute-force model", () => {
  it("keeps the active set = top N eligible candidates by (power, address) and conserves RLC", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 5, maxLength: 30 }), (blocks) => {
        const chain = validatorChain({ validators, funded: bonders, balance: 20n * RLC, params });
        const total = () => {
          let sum = readSlashedTotal(chain.state);
          for (const k of actors) {
            const a = readAccount(chain.state, k.addressHex);
            const r = chain.record(k);
            sum += a.balance + a.bonded + r.pendingBond + r.unbonding;
          }
          return sum;
        };
        const before = total();
        for (const b of blocks) {
          const h = chain.height() + 1;
          const txs = b.ops.map(({ actor, kind, rlcTenths }) => {
            const key = actors[actor]!;
            const amount = uintToBytes((BigInt(rlcTenths) * RLC) / 10n);
            const tx: TxBody =
              kind === "bond"
                ? { bond: { amount } }
                : kind === "unbond"
                  ? { unbond: { amount } }
                  : kind === "unjail"
                    ? { unjail: {} }
                    : { evidence: { voteA: testVote(key, h - 1, 1), voteB: testVote(key, h - 1, 2) } };
            return { key: kind === "evidence" ? bonders[0]! : key, tx };
          });
          const signers = actors.filter((_, i) => !b.missing[i]).map((k) => toHex(k.address));
          chain.block(txs, h === 1 ? undefined : signers);
          // Brute force over every actor.
          const eligible = actors
            .map((k) => ({
              address: toHex(k.address),
              bonded: readAccount(chain.state, k.addressHex).bonded,
              r: chain.record(k),
            }))
            .filter((c) => !c.r.jailed && c.bonded >= params.minSelfBond)
            .map((c) => ({ address: c.address, power: Number(c.bonded / params.powerUnit) }))
            .sort((a, b) => b.power - a.power || (a.address < b.address ? -1 : 1))
            .slice(0, params.maxValidators)
            .sort((a, b) => (a.address < b.address ? -1 : 1))
            .map((c): [string, number] => [c.address, c.power]);
          if (eligible.length > 0) assert.deepEqual(chain.set(), eligible, `height ${h}`);
          assert.equal(total(), before, `RLC conserved at height ${h}`);
        }
      }),
      { numRuns: 25 },
    );
  });
});
