import assert from "node:assert/strict";
import fc from "fast-check";
import { KECCAK_JS } from "../../node/api/explorer/explorerKeccak.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";

/** The explorer page's own keccak256 (run here as the browser runs it) agrees with the node's. */
describe("explorer page keccak256", () => {
  const pageKeccak = new Function(`${KECCAK_JS}; return keccak256;`)() as (b: Uint8Array) => string;

  it("matches the node's keccak256 on edge lengths around the 136-byte rate", () => {
    for (const n of [0, 1, 135, 136, 137, 271, 272, 300]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
      assert.equal(pageKeccak(bytes), toHex(keccak256(bytes)), `length ${n}`);
    }
  });

  it("matches on random inputs", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        (bytes) => pageKeccak(bytes) === toHex(keccak256(bytes)),
      ),
      { numRuns: 60 },
    );
  });
});
