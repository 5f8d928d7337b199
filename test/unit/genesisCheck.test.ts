/**
 * The genesis check record (node/chain/genesisCheck.ts): a store's opens recognise their genesis by
 * its digest instead of rebuilding the genesis state, and anything else still falls back to the
 * full recomputation; the one-pass genesis root equals the tree's.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import fc from "fast-check";
import { Chain, ChainError, genesisIdentity, resolveStoredGenesis } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import {
  decodeGenesisCheck,
  GENESIS_CHECK_KEY,
  genesisDigest,
  stateRootOf,
} from "../../node/chain/genesisCheck.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { CommittedState } from "../../node/state/committedState.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

function genesisWith(accounts: number): Genesis {
  const genesis = testGenesis(testKey(0), [testKey(1)]);
  for (let i = 0; i < accounts; i++) {
    genesis.accounts.push({
      address: `0x${(0x1000 + i).toString(16).padStart(40, "0")}`,
      balance: BigInt(i + 1) * RLC,
      stake: 0n,
    });
  }
  return genesis;
}

const copy = (g: Genesis): Genesis => ({ ...g, accounts: g.accounts.map((a) => ({ ...a })) });

describe("genesis check", () => {
  it("builds the same state root in one pass as the tree does key by key", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(fc.string({ maxLength: 12 }), fc.uint8Array({ minLength: 1, maxLength: 40 })),
          {
            maxLength: 40,
            selector: ([key]) => key,
          },
        ),
        (entries) => {
          const expected = CommittedState.empty().apply(entries);
          assert.equal(toHex(stateRootOf(entries)), toHex(expected));
        },
      ),
    );
  });

  it("gives a different digest for any changed field and the same for an equal genesis", () => {
    const genesis = genesisWith(20);
    const digest = toHex(genesisDigest(genesis));
    assert.equal(toHex(genesisDigest(copy(genesis))), digest);
    const changed = [
      (g: Genesis) => {
        g.accounts[7]!.balance += 1n;
      },
      (g: Genesis) => {
        g.accounts[7]!.stake = 1n;
      },
      (g: Genesis) => {
        g.accounts.pop();
      },
      (g: Genesis) => {
        g.chainId += 1;
      },
      (g: Genesis) => {
        g.genesisTimeMs += 1;
      },
    ];
    for (const change of changed) {
      const g = copy(genesis);
      change(g);
      assert.notEqual(toHex(genesisDigest(g)), digest);
    }
  });

  it("stores the record at init; later opens use it, and a store without it recomputes once", async function () {
    this.timeout(60_000);
    const genesis = genesisWith(200);
    const db = await ChainDb.open(join(tempDir("poco-genesis-check-"), "chain"));
    try {
      const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
      const id = genesisIdentity(genesis);
      assert.equal(toHex(chain.genesisHash), toHex(id.hash));
      const record = decodeGenesisCheck(db.readSync(GENESIS_CHECK_KEY));
      assert.equal(toHex(record!.digest), toHex(genesisDigest(genesis)));
      assert.equal(toHex(record!.stateRoot), toHex(id.stateRoot));

      const stored = (await db.getGenesisHash())!;
      assert.equal((await resolveStoredGenesis(db, copy(genesis), stored)).recomputed, false);

      // Same state, other order: another digest, so the genesis is rebuilt, accepted and recorded.
      const reordered = copy(genesis);
      reordered.accounts.reverse();
      const again = await resolveStoredGenesis(db, reordered, stored);
      assert.deepEqual([again.recomputed, toHex(again.hash)], [true, toHex(id.hash)]);
      assert.equal((await resolveStoredGenesis(db, reordered, stored)).recomputed, false);

      // A store written before the record existed: one recomputation, then cheap opens.
      await db.writeBatch([{ type: "del", key: GENESIS_CHECK_KEY }], true);
      assert.equal((await resolveStoredGenesis(db, genesis, stored)).recomputed, true);
      assert.equal((await resolveStoredGenesis(db, genesis, stored)).recomputed, false);

      // Another genesis is still refused.
      const other = copy(genesis);
      other.accounts[3]!.balance += 1n;
      await assert.rejects(
        resolveStoredGenesis(db, other, stored),
        (err: unknown) => err instanceof ChainError && err.code === "CHAIN_GENESIS_MISMATCH",
      );
    } finally {
      await db.close();
    }
  });
});
