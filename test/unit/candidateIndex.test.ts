import assert from "node:assert/strict";
import fc from "fast-check";
import {
  type Candidate,
  CandidateIndex,
  readOnlyCandidateIndex,
} from "../../node/execution/candidateIndex.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";

const address = (i: number) => `0x${i.toString(16).padStart(40, "0")}`;
const byIndexOrder = (a: Candidate, b: Candidate) =>
  b.power - a.power || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);

/** Applies (address, power) updates to a fresh index; returns it with its committed state. */
function build(updates: readonly [number, number][]) {
  const state = CommittedState.empty();
  const overlay = new StateOverlay(state);
  const index = new CandidateIndex(overlay);
  const model = new Map<string, number>();
  for (const [a, power] of updates) {
    index.set(address(a), power);
    if (power > 0) model.set(address(a), power);
    else model.delete(address(a));
  }
  state.apply(overlay.entries());
  const expected = [...model].map(([addr, power]) => ({ address: addr, power })).sort(byIndexOrder);
  return { state, expected };
}

const updates = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 6 })), {
  maxLength: 200,
});

describe("candidate index (state-backed treap by power desc, address)", () => {
  it("holds exactly the candidates with power > 0, in (power desc, address) order, with its size", () => {
    fc.assert(
      fc.property(updates, fc.integer({ min: 0, max: 50 }), (ops, k) => {
        const { state, expected } = build(ops);
        const index = readOnlyCandidateIndex(state);
        assert.deepEqual(index.all(), expected);
        assert.deepEqual(index.top(k), expected.slice(0, k));
        assert.equal(index.size, expected.length);
        for (const c of expected) assert.equal(index.powerOf(c.address), c.power);
      }),
      { numRuns: 200 },
    );
  });

  it("stores the same bytes for the same candidates whatever the history (a state root, not a log)", () => {
    fc.assert(
      fc.property(updates, (ops) => {
        const { state, expected } = build(ops);
        const direct = build(expected.map((c) => [Number.parseInt(c.address, 16), c.power]));
        assert.deepEqual(state.root(), direct.state.root());
      }),
      { numRuns: 100 },
    );
  });

  it("refuses writes through the read-only view", () => {
    const { state } = build([[1, 3]]);
    assert.throws(() => readOnlyCandidateIndex(state).set(address(2), 1), /read-only/);
  });
});
