import assert from "node:assert/strict";
import fc from "fast-check";
import { formatRlc, parseRlc } from "../../node/cli/amount.js";
import { assetAddress } from "../../node/cli/assetAddress.js";
import { isAmountKey, renderHuman, withRlc } from "../../node/cli/output.js";
import { resultSources } from "../../node/cli/resultGet.js";
import { deriveAssetAddress } from "../../node/state/registries.js";

describe("CLI output and amounts", () => {
  it("parses RLC, RLC with a suffix, and nRLC with the nRLC suffix", () => {
    assert.equal(parseRlc("1.5"), 1_500_000_000n);
    assert.equal(parseRlc("1.5 RLC"), 1_500_000_000n);
    assert.equal(parseRlc("1500000000nRLC"), 1_500_000_000n);
    assert.equal(parseRlc("7 nRLC"), 7n);
    for (const bad of ["1.5nRLC", "-1", "1e9", "nRLC", "0x10", ""])
      assert.throws(() => parseRlc(bad), /invalid RLC amount/, bad);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) => {
        assert.equal(parseRlc(`${n}nRLC`), n);
        assert.equal(parseRlc(formatRlc(n)), n);
      }),
    );
  });

  it("the CLI derives asset addresses as the registries do", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("app", "dataset", "workerpool" as const),
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.nat(),
        (kind, owner, nonce) => {
          assert.equal(assetAddress(kind, owner, nonce), deriveAssetAddress(kind, owner, nonce));
        },
      ),
    );
  });

  it("shows amounts in RLC: a <key>Rlc twin in JSON, `<rlc> RLC` for people; per-gas prices stay nRLC", () => {
    const answer = { balance: "1500000000", baseFeePerGas: "10", nested: [{ workerpoolprice: "2" }], n: 3 };
    assert.deepEqual(withRlc(answer), {
      balance: "1500000000",
      balanceRlc: "1.5",
      baseFeePerGas: "10",
      nested: [{ workerpoolprice: "2", workerpoolpriceRlc: "0.000000002" }],
      n: 3,
    });
    assert.ok(isAmountKey("schedulerStake") && isAmountKey("fee") && !isAmountKey("suggestedMaxFeePerGas"));
    assert.deepEqual(renderHuman(withRlc(answer)), [
      "balance        1.5 RLC",
      "baseFeePerGas  10",
      "nested:",
      "  - workerpoolprice  0.000000002 RLC",
      "n              3",
    ]);
  });

  it("finds result locations in a task's recorded results: a URL or {url}; nothing in other bytes", async () => {
    const hex = (s: string) => `0x${Buffer.from(s).toString("hex")}`;
    const task = `0x${"11".repeat(32)}`;
    assert.deepEqual(await resultSources(hex("https://r.example/x"), task), ["https://r.example/x"]);
    assert.deepEqual(await resultSources(hex('{"url":"http://a/b"}'), task), ["http://a/b"]);
    assert.deepEqual(await resultSources("0x", task), []);
    assert.deepEqual(await resultSources(hex("\u0000garbage"), task), []);
    // a scheduler that does not answer: no copies from it
    assert.deepEqual(await resultSources(hex('{"scheduler":"http://127.0.0.1:1"}'), task), []);
  });
});
