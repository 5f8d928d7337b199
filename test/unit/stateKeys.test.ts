/**
 * Account keys are memoized by address string (node/state/stateKeys.ts): the memo must give exactly
 * the key the plain formula gives, for any input (mixed case, with or without 0x, not hex at all),
 * on first and later calls, and stay bounded whatever is asked.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { ACCOUNT_KEY_MEMO_LIMIT, accountKeyMemoSize, StateKeys } from "../../node/state/stateKeys.js";

const formula = (address: string) =>
  `acct:${(address.startsWith("0x") ? address.slice(2) : address).toLowerCase()}`;

describe("state keys", () => {
  it("account keys equal the formula for any address, first and later calls", () => {
    const address = fc.oneof(
      fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => `0x${Buffer.from(b).toString("hex")}`),
      fc
        .uint8Array({ minLength: 20, maxLength: 20 })
        .map((b) => Buffer.from(b).toString("hex").toUpperCase()),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(address, { maxLength: 20 }), (addresses) => {
        for (const a of [...addresses, ...addresses]) assert.equal(StateKeys.account(a), formula(a));
      }),
      { numRuns: 300 },
    );
  });

  it("the memo stays bounded", () => {
    for (let i = 0; i < ACCOUNT_KEY_MEMO_LIMIT + 10; i++)
      StateKeys.account(`0x${i.toString(16).padStart(40, "0")}`);
    assert.ok(accountKeyMemoSize() <= ACCOUNT_KEY_MEMO_LIMIT);
    assert.equal(StateKeys.account("0xABC"), "acct:abc");
  });
});
