/**
 * StateProof.sol (the on-chain verifier of the sidechain's state tree, used by the escape hatch and
 * by task-result proofs) against the node's own tree: proofs the tree produces verify on Anvil, and a
 * proof for another value, another key, a flipped sibling or another root is refused.
 */
import assert from "node:assert/strict";
import { type Contract, ContractFactory, Wallet } from "ethers";
import fc from "fast-check";
import { loadArtifact } from "../../bridge/compile.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { toHex } from "../../node/crypto/hash.js";
import { SparseMerkleTree } from "../../node/state/sparseMerkleTree.js";

describe("StateProof.sol verifies the state tree's proofs (Anvil)", function () {
  this.timeout(60_000);
  let anvil: Anvil;
  let verifier: Contract;

  before(async () => {
    anvil = await startAnvil();
    const deployer = new Wallet(ANVIL_KEYS[0] as string, anvil.provider);
    const a = loadArtifact("TestStateProof");
    verifier = (await new ContractFactory(a.abi, a.bytecode, deployer).deploy()) as Contract;
    await verifier.waitForDeployment();
  });
  after(async () => {
    await anvil?.stop();
  });

  const verify = (root: Uint8Array, key: Uint8Array, value: Uint8Array, siblings: Uint8Array[]) =>
    verifier.getFunction("verifyInclusion")(
      toHex(root),
      toHex(key),
      toHex(value),
      siblings.map(toHex),
    ) as Promise<boolean>;

  it("accepts every inclusion proof of random trees and refuses altered ones", async () => {
    const entry = fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.uint8Array({ maxLength: 80 }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 40, selector: ([k]) => toHex(k) }),
        async (entries) => {
          const tree = new SparseMerkleTree();
          for (const [k, v] of entries) tree.set(k, v);
          const root = tree.root();
          const [key, value] = entries[entries.length >> 1] as [Uint8Array, Uint8Array];
          const proof = tree.prove(key);
          assert.equal(proof.terminal.kind, "leaf");
          assert.equal(await verify(root, key, value, proof.siblings), true);

          const otherValue = Uint8Array.from([...value, 1]);
          assert.equal(await verify(root, key, otherValue, proof.siblings), false, "another value");
          const otherKey = Uint8Array.from([...key, 1]);
          assert.equal(await verify(root, otherKey, value, proof.siblings), false, "another key");
          const otherRoot = root.slice();
          otherRoot[0] = (otherRoot[0] as number) ^ 1;
          assert.equal(await verify(otherRoot, key, value, proof.siblings), false, "another root");
          if (proof.siblings.length > 0) {
            const flipped = proof.siblings.map((s) => s.slice());
            const last = flipped[flipped.length - 1] as Uint8Array;
            last[31] = (last[31] as number) ^ 1;
            assert.equal(await verify(root, key, value, flipped), false, "a flipped sibling");
            assert.equal(await verify(root, key, value, proof.siblings.slice(1)), false, "a sibling dropped");
          }
        },
      ),
      { numRuns: 30, seed: 11 },
    );
  });

  it("refuses everything against the empty root, and proofs longer than 256 siblings", async () => {
    const key = Uint8Array.of(1);
    assert.equal(await verify(new Uint8Array(32), key, Uint8Array.of(2), []), false);
    const tree = new SparseMerkleTree();
    tree.set(key, Uint8Array.of(2));
    assert.equal(
      await verify(tree.root(), key, Uint8Array.of(2), []),
      true,
      "a one-leaf tree's root is its leaf",
    );
    const tooLong = Array.from({ length: 257 }, () => new Uint8Array(32));
    assert.equal(await verify(tree.root(), key, Uint8Array.of(2), tooLong), false);
  });
});
