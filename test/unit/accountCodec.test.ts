/**
 * Accounts are written by a hand-rolled encoder on the hot path (every transfer encodes three or four):
 * its bytes must be exactly protobufjs's, or state roots would change.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  type Account,
  decodeAccount,
  encodeAccount,
  encodeAccountWithProtobufjs,
} from "../../node/state/accounts.js";

/** Amounts around the encoder's boundaries (0, 2^8k, 2^48) and anywhere up to 2^256 − 1. */
const amount = fc.oneof(
  fc.constantFrom(0n, 1n, 255n, 256n, 0xffffffffffffn, 0x1000000000000n, 2n ** 256n - 1n),
  fc.bigInt({ min: 0n, max: 2n ** 48n }),
  fc.bigInt({ min: 0n, max: 2n ** 64n }),
  fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }),
);
const nonce = fc.oneof(
  fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 2 ** 32, Number.MAX_SAFE_INTEGER),
  fc.nat(),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

describe("account codec", () => {
  it("encodeAccount writes exactly what protobufjs writes, and decodes back", () => {
    fc.assert(
      fc.property(amount, nonce, amount, amount, amount, (balance, n, stake, locked, bonded) => {
        const account: Account = { balance, nonce: n, stake, locked, bonded };
        const fast = encodeAccount(account);
        assert.deepEqual(
          Buffer.from(fast).toString("hex"),
          Buffer.from(encodeAccountWithProtobufjs(account)).toString("hex"),
        );
        assert.deepEqual(decodeAccount(fast), account);
      }),
      { numRuns: 2_000 },
    );
  });

  it("refuses a negative amount as before (protobufjs path)", () => {
    assert.throws(() => encodeAccount({ balance: -1n, nonce: 0, stake: 0n, locked: 0n, bonded: 0n }), {
      code: "CODEC_BAD_FIELD",
    });
  });
});
