/** Issue 9.10: one range for every uint64 field, enforced at admission, and JSON views that never throw. */
import assert from "node:assert/strict";
import { txToJSON } from "../../node/api/routes/txRoutes.js";
import { decodeAndVerifyTx, signTx } from "../../node/tx/signedTx.js";
import { assertSafeIntegers, type CodecError, decodeCanonical, poco } from "../../proto/index.js";
import { TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

const admin = testKey(1);
const hugeCategory = () =>
  signTx(
    {
      chainId: TEST_CHAIN_ID,
      nonce: 0,
      registerCategory: { name: "XL", description: "", workClockTimeRef: 2 ** 60 },
    },
    admin.privateKey,
  );

describe("integer ranges (issue 9.10)", () => {
  it("9.10 regression: a uint64 field ≥ 2^53 is refused at admission, before it can reach a block", () => {
    assert.throws(() => decodeAndVerifyTx(hugeCategory().bytes, TEST_CHAIN_ID), { code: "TX_BAD_FIELD" });
    assert.throws(
      () => assertSafeIntegers(decodeCanonical(poco.Tx, hugeCategory().txBytes)),
      (err: CodecError) =>
        err.code === "CODEC_BAD_FIELD" && /registerCategory\.workClockTimeRef/.test(err.message),
    );
    const ok = signTx(
      { chainId: TEST_CHAIN_ID, nonce: 0, registerCategory: { name: "L", workClockTimeRef: 2 ** 53 - 1 } },
      admin.privateKey,
    );
    assert.equal(decodeAndVerifyTx(ok.bytes, TEST_CHAIN_ID).tx.kind, "registerCategory");
  });

  it("9.10 regression: the API renders a stored tx whatever its integers (a byzantine proposer's block)", () => {
    const json = txToJSON(hugeCategory().bytes);
    assert.equal((json.body as { workClockTimeRef: string }).workClockTimeRef, (2n ** 60n).toString());
  });
});
