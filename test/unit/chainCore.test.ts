import assert from "node:assert/strict";
import fc from "fast-check";
import { merkleRoot } from "../../node/chain/blockHeader.js";
import { applyGenesis, GenesisError, genesisToJSON, parseGenesis } from "../../node/chain/genesis.js";
import { formatRlc, parseRlc } from "../../node/cli/amount.js";
import { toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { readAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { readCategory } from "../../node/state/registries.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx } from "../../node/tx/signedTx.js";
import { bytesToUint, CodecError, decodeCanonical, encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, testGenesis, testKey } from "../helpers/fixtures.js";

const alice = testKey(1);
const bob = testKey(2);
const carol = testKey(3);
const verify = (t: { bytes: Uint8Array }) => decodeAndVerifyTx(t.bytes, TEST_CHAIN_ID);

function genesisState(balance = 100n * RLC): CommittedState {
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, testGenesis(testKey(0), [alice, bob], balance));
  const state = CommittedState.empty();
  state.apply(overlay.entries());
  return state;
}

const ctx = (height: number) => ({
  chainId: TEST_CHAIN_ID,
  height,
  timeMs: 1_700_000_000_000 + height * 500,
  proposer: "0x00",
  baseFee: 0n,
});

describe("canonical codec", () => {
  it("round-trips random transactions and rejects an appended explicit default", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 255n) - 1n }),
        fc.nat(),
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        (amount, nonce, to) => {
          const bytes = encode(poco.Tx, {
            chainId: 7,
            sender: to,
            nonce,
            transfer: { to, amount: uintToBytes(amount) },
          });
          const decoded = decodeCanonical(poco.Tx, bytes);
          assert.equal(bytesToUint(decoded.transfer!.amount, "amount"), amount);
          assert.throws(() => decodeCanonical(poco.Tx, Uint8Array.from([...bytes, 0x18, 0x00])), CodecError);
        },
      ),
    );
  });

  it("encodes integers minimally and refuses leading zeros", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), (n) => {
        const b = uintToBytes(n);
        assert.equal(bytesToUint(b, "n"), n);
        if (b.length > 0) assert.notEqual(b[0], 0);
      }),
    );
    assert.throws(() => bytesToUint(Uint8Array.from([0, 1]), "n"), /leading zero/);
    assert.throws(() => uintToBytes(1n << 256n), /256 bits/);
  });
});

describe("RLC amounts", () => {
  it("parses and formats without floating point", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 27n }), (n) => {
        assert.equal(parseRlc(formatRlc(n)), n);
      }),
    );
    assert.equal(parseRlc("1.5"), 1_500_000_000n);
    assert.equal(parseRlc("0.000000001"), 1n);
    for (const bad of ["", "1.", ".5", "-1", "1e3", "0.0000000001", "abc"])
      assert.throws(() => parseRlc(bad), /invalid RLC amount/);
  });
});

describe("genesis", () => {
  it("round-trips through its JSON form and builds the genesis state", () => {
    const g = testGenesis(testKey(0), [alice]);
    assert.deepEqual(parseGenesis(JSON.parse(JSON.stringify(genesisToJSON(g)))), g);
    const state = genesisState();
    assert.equal(readAccount(state, alice.addressHex).balance, 100n * RLC);
    assert.equal(readCategory(state, 0)?.workClockTimeRef, 60);
  });

  it("rejects bad files with a clear error", () => {
    const base = genesisToJSON(testGenesis(testKey(0), [alice]));
    const bad: Record<string, unknown>[] = [
      { ...base, chainId: 0 },
      { ...base, validators: [] },
      { ...base, admin: "0x123" },
      { ...base, accounts: [{ address: alice.addressHex, balance: 12 }] },
      { ...base, accounts: [{ address: alice.addressHex, balance: "-1" }] },
      {
        ...base,
        validators: [
          { address: alice.addressHex, power: 1 },
          { address: alice.addressHex, power: 1 },
        ],
      },
    ];
    for (const g of bad) assert.throws(() => parseGenesis(g), GenesisError);
  });
});

describe("block executor", () => {
  const executor = createStateMachine(TEST_CHAIN_ID);

  it("applies transfers, keeps failing txs with a receipt and no writes, and consumes their nonce", () => {
    const state = genesisState(10n * RLC);
    const txs = [
      signedTransfer(alice, carol, 3n * RLC, 0),
      signedTransfer(alice, carol, 100n * RLC, 1),
      signedTransfer(alice, bob, 1n, 2),
    ].map(verify);
    const result = executor.execute(state, ctx(1), txs, false);
    assert.deepEqual(
      result.receipts.map((r) => r.error?.code ?? "ok"),
      ["ok", "TX_INSUFFICIENT_FUNDS", "ok"],
    );
    state.apply(result.overlay.entries());
    assert.equal(readAccount(state, alice.addressHex).balance, 7n * RLC - 1n);
    assert.equal(readAccount(state, alice.addressHex).nonce, 3);
    assert.equal(readAccount(state, carol.addressHex).balance, 3n * RLC);
  });

  it("drops non-executable nonces as a proposer and rejects them on import", () => {
    const state = genesisState();
    const txs = [signedTransfer(alice, bob, 1n, 1)].map(verify);
    const proposed = executor.execute(state, ctx(1), txs, true);
    assert.equal(proposed.included.length, 0);
    assert.equal(proposed.dropped[0]?.error.code, "TX_NONCE_GAP");
    assert.throws(() => executor.execute(state, ctx(1), txs, false), /nonce 1, expected 0/);
  });

  it("gives the same state root whatever the block boundaries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 5n * RLC })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(12),
        (moves, cut) => {
          const nonces = new Map<string, number>();
          const txs = moves.map(([fromAlice, amount]) => {
            const from = fromAlice ? alice : bob;
            const nonce = nonces.get(from.addressHex) ?? 0;
            nonces.set(from.addressHex, nonce + 1);
            return verify(signedTransfer(from, fromAlice ? bob : carol, amount, nonce));
          });
          const one = genesisState();
          const rootOne = one.apply(executor.execute(one, ctx(1), txs, false).overlay.entries());
          const two = genesisState();
          const k = Math.min(cut, txs.length);
          two.apply(executor.execute(two, ctx(1), txs.slice(0, k), false).overlay.entries());
          const rootTwo = two.apply(executor.execute(two, ctx(2), txs.slice(k), false).overlay.entries());
          assert.equal(toHex(rootOne), toHex(rootTwo));
          const total = [alice, bob, carol].reduce(
            (s, key) => s + readAccount(two, key.addressHex).balance,
            0n,
          );
          assert.equal(total, 200n * RLC);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("lets only the admin register categories", () => {
    const state = genesisState();
    const tx = (key: typeof alice) =>
      verify(
        signTx(
          { chainId: TEST_CHAIN_ID, nonce: 0, registerCategory: { name: "L", workClockTimeRef: 3600 } },
          key.privateKey,
        ),
      );
    const result = executor.execute(state, ctx(1), [tx(alice), tx(bob)], false);
    assert.deepEqual(
      result.receipts.map((r) => r.error?.code ?? "ok"),
      ["ok", "TX_UNAUTHORIZED"],
    );
    state.apply(result.overlay.entries());
    assert.equal(readCategory(state, 1)?.name, "L");
  });
});

describe("mempool", () => {
  it("orders by nonce per sender, caps each sender and prunes after a block", () => {
    const state = genesisState();
    const pool = new Mempool(state, { maxTxs: 100, maxBytes: 1 << 20, maxPerSender: 3 });
    for (let n = 0; n < 3; n++) pool.add(verify(signedTransfer(alice, bob, 1n, n)));
    assert.throws(() => pool.add(verify(signedTransfer(alice, bob, 1n, 3))), { code: "TX_SENDER_QUOTA" });
    assert.throws(() => pool.add(verify(signedTransfer(bob, alice, 1n, 1))), { code: "TX_NONCE_GAP" });
    pool.add(verify(signedTransfer(bob, alice, 1n, 0)));
    const reaped = pool.reap(10, 1 << 20);
    assert.deepEqual(
      reaped.map((t) => [t.senderHex, t.nonce]),
      [
        [toHex(alice.address), 0],
        [toHex(alice.address), 1],
        [toHex(alice.address), 2],
        [toHex(bob.address), 0],
      ],
    );
    const executor = createStateMachine(TEST_CHAIN_ID);
    state.apply(executor.execute(state, ctx(1), reaped.slice(0, 2), false).overlay.entries());
    pool.prune([toHex(alice.address)]);
    assert.equal(pool.size, 2);
    pool.add(verify(signedTransfer(alice, bob, 1n, 3)));
    assert.throws(() => pool.add(verify(signedTransfer(alice, bob, 1n, 1))), { code: "TX_NONCE_TOO_LOW" });
  });

  it("holds relayed txs that arrive ahead of their nonce until the gap fills, and refuses them from clients", () => {
    const state = genesisState();
    const pool = new Mempool(state);
    const tx = (n: number) => verify(signedTransfer(alice, bob, 1n, n));
    assert.throws(() => pool.add(tx(2)), { code: "TX_NONCE_GAP" });
    pool.add(tx(2), true);
    pool.add(tx(1), true);
    assert.equal(pool.size, 0, "nothing executable yet");
    assert.equal(pool.futureSize, 2);
    assert.throws(() => pool.add(tx(1), true), { code: "TX_ALREADY_KNOWN" });
    assert.throws(() => pool.add(tx(70), true), { code: "TX_NONCE_GAP" });
    pool.add(tx(0));
    assert.deepEqual(
      pool.reap(10, 1 << 20).map((t) => t.nonce),
      [0, 1, 2],
    );
    assert.equal(pool.futureSize, 0);
  });

  it("promotes waiting txs when a block from elsewhere moves the sender's nonce", () => {
    const state = genesisState();
    const pool = new Mempool(state);
    const tx = (n: number) => verify(signedTransfer(alice, bob, 1n, n));
    pool.add(tx(2), true);
    pool.add(tx(3), true);
    const executor = createStateMachine(TEST_CHAIN_ID);
    state.apply(executor.execute(state, ctx(1), [tx(0), tx(1)], false).overlay.entries());
    pool.prune([toHex(alice.address)]);
    assert.deepEqual(
      pool.reap(10, 1 << 20).map((t) => t.nonce),
      [2, 3],
    );
  });

  it("refuses when full", () => {
    const pool = new Mempool(genesisState(), { maxTxs: 1, maxBytes: 1 << 20, maxPerSender: 10 });
    pool.add(verify(signedTransfer(alice, bob, 1n, 0)));
    assert.throws(() => pool.add(verify(signedTransfer(bob, alice, 1n, 0))), { code: "TX_MEMPOOL_FULL" });
  });
});

describe("merkle root of a list", () => {
  it("is zero for none and order-sensitive", () => {
    assert.equal(toHex(merkleRoot([])), toHex(new Uint8Array(32)));
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    assert.notEqual(toHex(merkleRoot([a, b])), toHex(merkleRoot([b, a])));
    assert.notEqual(toHex(merkleRoot([a])), toHex(a));
  });
});

describe("committed state speculation", () => {
  const w = (k: string, v: number | null): [string, Uint8Array | null] => [
    k,
    v === null ? null : Uint8Array.of(v),
  ];

  it("computes the same roots as plain application, never leaks speculative values, and reverts on other writes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("a", "b", "c", "d"),
            fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }),
          ),
          { maxLength: 6 },
        ),
        fc.array(
          fc.tuple(
            fc.constantFrom("a", "b", "e"),
            fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }),
          ),
          { maxLength: 6 },
        ),
        (first, second) => {
          const base: [string, Uint8Array | null][] = [w("a", 1), w("b", 2)];
          const reference = CommittedState.empty();
          reference.apply(base);
          const rootBase = toHex(reference.root());
          const writesA = first.map(([k, v]) => w(k, v));
          const writesB = second.map(([k, v]) => w(k, v));
          const expectA = CommittedState.empty();
          expectA.apply(base);
          const rootA = toHex(expectA.apply(writesA));

          const s = CommittedState.empty();
          s.apply(base);
          assert.equal(toHex(s.rootAfter(writesA)), rootA);
          assert.deepEqual(s.get("a"), Uint8Array.of(1), "values stay committed during speculation");
          assert.equal(toHex(s.root()), rootBase, "root() drops the speculation");
          s.rootAfter(writesA);
          s.rootAfter(writesB); // another proposal replaces the first
          assert.equal(toHex(s.apply(writesA)), rootA, "committing A after speculating B");
          const t = CommittedState.empty();
          t.apply(base);
          t.rootAfter(writesA);
          assert.equal(toHex(t.apply(writesA)), rootA, "committing the speculated block");
          assert.equal(toHex(CommittedState.fromEntries([...iterState(t)]).root()), rootA);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function* iterState(s: CommittedState): Generator<[string, Uint8Array]> {
  for (const k of s.keysWithPrefix("")) yield [k, s.get(k)!];
}
