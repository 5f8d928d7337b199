/**
 * The tx and receipt roots hash through one reused preimage buffer: they must equal the definition
 * (leaf = keccak(0x00 ‖ h), node = keccak(0x01 ‖ l ‖ r), an odd node carried up) computed with fresh
 * arrays, for any list, including short inputs and calls interleaved with other lists.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { merkleRoot } from "../../node/chain/blockHeader.js";
import { concatBytes, keccak256, toHex } from "../../node/crypto/hash.js";

function reference(hashes: Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return new Uint8Array(32);
  let level = hashes.map((h) => {
    const input = new Uint8Array(33);
    input.set(h, 1);
    return keccak256(input);
  });
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(right ? keccak256(concatBytes(Uint8Array.of(1), level[i]!, right)) : level[i]!);
    }
    level = next;
  }
  return level[0]!;
}

describe("merkleRoot (tx and receipt roots)", () => {
  it("equals the definition for block-sized lists (every odd carry at several levels)", () => {
    const hash = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(fc.array(hash, { minLength: 41, maxLength: 1_100 }), (hashes) => {
        const root = merkleRoot(hashes);
        assert.equal(toHex(root), toHex(reference(hashes)));
        assert.equal(toHex(merkleRoot(hashes.slice(1))), toHex(reference(hashes.slice(1))));
        assert.equal(toHex(root), toHex(reference(hashes)), "the returned root is not overwritten later");
      }),
      { numRuns: 40 },
    );
  });

  it("equals the definition computed with fresh arrays, for any list and across calls", () => {
    const hash = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const short = fc.uint8Array({ minLength: 0, maxLength: 31 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 9, arbitrary: hash }, { weight: 1, arbitrary: short }), {
          maxLength: 40,
        }),
        fc.array(hash, { minLength: 1, maxLength: 9 }),
        (a, b) => {
          const first = merkleRoot(a);
          assert.equal(toHex(merkleRoot(b)), toHex(reference(b)));
          assert.equal(toHex(first), toHex(reference(a)));
          assert.equal(toHex(merkleRoot(a)), toHex(first));
        },
      ),
      { numRuns: 300 },
    );
  });
});
