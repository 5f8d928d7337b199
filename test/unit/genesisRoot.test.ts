/**
 * The streamed genesis root (node/chain/genesisRoot.ts) is byte-identical to the reference: the whole
 * genesis state built by `applyGenesis` and inserted key by key into the tree, on random geneses with
 * duplicate addresses, addresses in other cases, accounts of validators, zero amounts and categories.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { genesisIdentity } from "../../node/chain/chain.js";
import { applyGenesis, type Genesis } from "../../node/chain/genesis.js";
import { genesisStateRoot, keyHashOrder } from "../../node/chain/genesisRoot.js";
import {
  flatGenesisLeaves,
  flatRootOnWorker,
  genesisStateRootConcurrent,
} from "../../node/chain/genesisRootWorker.js";
import { toHex } from "../../node/crypto/hash.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateKeys } from "../../node/state/stateKeys.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { RLC, testGenesis, testKey } from "../helpers/fixtures.js";

/** What genesisIdentity computed before: the materialized genesis state, hashed by the tree itself. */
function referenceRoot(genesis: Genesis): { stateRoot: string; validators: string } {
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, genesis);
  return {
    stateRoot: toHex(CommittedState.empty().apply(overlay.entries())),
    validators: toHex(overlay.get(StateKeys.meta("validators"))!),
  };
}

const validatorAddresses = [0, 1, 2, 3].map((i) => toHex(testKey(i).address));
/**
 * A small pool, so that addresses repeat and meet the validators' accounts; also what only a genesis
 * built in code (not parsed) can hold: an "0X" prefix, no prefix, non-ASCII (the key's other paths).
 */
const addressPool = [
  ...validatorAddresses,
  ...[1, 2, 3, 4, 5, 6].map((i) => `0x${i.toString(16).padStart(40, "a")}`),
  `0X${"B".repeat(40)}`,
  "c".repeat(40),
  `0x${"Ä".repeat(3)}${"d".repeat(37)}`,
];

const amount = fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 1n << 80n }), fc.constant(RLC));

const genesisArb = fc
  .record({
    validators: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
    power: fc.integer({ min: 1, max: 1000 }),
    accounts: fc.array(
      fc.record({
        pick: fc.nat({ max: addressPool.length - 1 }),
        upper: fc.boolean(),
        balance: amount,
        stake: amount,
      }),
      { maxLength: 30 },
    ),
    categories: fc.nat({ max: 3 }),
  })
  .map(({ validators, power, accounts, categories }) => {
    const genesis = testGenesis(testKey(0), []);
    genesis.validators = validators.map((i) => ({ address: validatorAddresses[i]!, power }));
    genesis.accounts = accounts.map((a) => {
      const address = addressPool[a.pick]!;
      return {
        address: a.upper ? `0x${address.slice(2).toUpperCase()}` : address,
        balance: a.balance,
        stake: a.stake,
      };
    });
    genesis.categories = Array.from({ length: categories }, (_, i) => ({
      name: `cat${i}`,
      description: "",
      workClockTimeRef: 10 + i,
    }));
    return genesis;
  });

describe("genesis root", () => {
  it("equals the materialized genesis state's root on random geneses", () => {
    fc.assert(
      fc.property(genesisArb, (genesis) => {
        const streamed = genesisStateRoot(genesis);
        assert.deepEqual(
          { stateRoot: toHex(streamed.stateRoot), validators: toHex(streamed.validators) },
          referenceRoot(genesis),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("the worker thread's root equals the reference, and so does the concurrent path", async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(genesisArb, async (genesis) => {
        // Each address once (a repeated one is the calling thread's case), so the worker is used.
        const seen = new Set<string>();
        genesis.accounts = genesis.accounts.filter((a) => {
          const key = StateKeys.account(a.address);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        const reference = referenceRoot(genesis);
        const flat = flatGenesisLeaves(genesis);
        if (flat) {
          const root = await flatRootOnWorker(flat.leaves);
          assert.deepEqual({ stateRoot: toHex(root!), validators: toHex(flat.validators) }, reference);
        }
        const concurrent = await genesisStateRootConcurrent(genesis);
        assert.equal(toHex(concurrent.stateRoot), reference.stateRoot);
      }),
      { numRuns: 8 },
    );
  });

  it("the worker answers duplicate for a key listed twice; non-ASCII addresses stay on this thread", async () => {
    const genesis = testGenesis(testKey(0), [testKey(1), testKey(2)]);
    const flat = flatGenesisLeaves(genesis)!;
    assert.notEqual(await flatRootOnWorker(flat.leaves), undefined);
    genesis.accounts.push({ ...genesis.accounts[1]! });
    assert.equal(await flatRootOnWorker(flatGenesisLeaves(genesis)!.leaves), undefined);
    genesis.accounts.push({ address: `0x${"Ä".repeat(40)}`, balance: 1n, stake: 0n });
    assert.equal(flatGenesisLeaves(genesis), undefined);
  });

  it("gives genesisIdentity the reference root for a genesis of distinct accounts", () => {
    const genesis = testGenesis(testKey(0), [testKey(1), testKey(2)]);
    for (let i = 0; i < 300; i++) {
      genesis.accounts.push({
        address: `0x${(0x1000 + i).toString(16).padStart(40, "0")}`,
        balance: BigInt(i % 7) * RLC,
        stake: BigInt(i % 3),
      });
    }
    assert.equal(toHex(genesisIdentity(genesis).stateRoot), referenceRoot(genesis).stateRoot);
  });

  it("orders hashes as a plain sort does, also when they share their first 32 bits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.uint8Array({ minLength: 32, maxLength: 32 })), {
          maxLength: 60,
        }),
        (items) => {
          // Few distinct prefixes: most hashes tie on the radix-sorted bits and need the whole hash.
          const hashes = new Uint8Array(items.length * 32);
          items.forEach(([prefix, hash], i) => {
            hashes.set(hash, i * 32);
            hashes.fill(prefix, i * 32, i * 32 + 4);
          });
          const hexOf = (i: number) => Buffer.from(hashes.subarray(i * 32, i * 32 + 32)).toString("hex");
          const expected = items
            .map((_, i) => i)
            .sort((a, b) => (hexOf(a) < hexOf(b) ? -1 : hexOf(a) > hexOf(b) ? 1 : a - b));
          assert.deepEqual([...keyHashOrder(hashes, items.length)], expected);
        },
      ),
    );
  });
});
