import assert from "node:assert/strict";
import fc from "fast-check";
import {
  nextHeightPriorities,
  type PrioritizedValidator,
  ProposerSchedule,
} from "../../consensus/proposerPriority.js";
import { MAX_ROUNDS_AHEAD, Tendermint } from "../../consensus/tendermint.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";

const addr = (i: number) => `0x${(i + 1).toString(16).padStart(40, "0")}`;

function run(powers: number[], heights: number) {
  let prios: PrioritizedValidator[] = powers.map((p, i) => ({
    address: addr(i),
    power: BigInt(p),
    priority: 0n,
  }));
  const counts = new Map<string, number>();
  for (let h = 0; h < heights; h++) {
    const proposer = new ProposerSchedule(prios).proposer(0);
    counts.set(proposer, (counts.get(proposer) ?? 0) + 1);
    prios = nextHeightPriorities(
      prios,
      prios.map((v) => ({ address: v.address, power: v.power })),
    );
  }
  return { counts, prios };
}

describe("proposer priorities (CometBFT algorithm, carried from height to height)", () => {
  it("9.5 regression: proposers over heights follow power, and priorities stay bounded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (powers) => {
          const total = powers.reduce((a, b) => a + b, 0);
          const heights = 400;
          const { counts, prios } = run(powers, heights);
          for (const [i, p] of powers.entries()) {
            const expected = (heights * p) / total;
            // Weighted round-robin: within one proposal (plus rounding) of its share at every prefix.
            assert.ok(Math.abs((counts.get(addr(i)) ?? 0) - expected) <= powers.length + 1);
          }
          for (const v of prios)
            assert.ok(v.priority <= 3n * BigInt(total) && v.priority >= -3n * BigInt(total));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("a validator that joins enters at -1.125 x total power and does not propose at once", () => {
    const start = [0, 1, 2].map((i) => ({ address: addr(i), power: 10n, priority: 0n }));
    const next = nextHeightPriorities(start, [
      ...start.map((v) => ({ address: v.address, power: v.power })),
      { address: addr(3), power: 30n },
    ]);
    const joined = next.find((v) => v.address === addr(3))!;
    assert.ok(joined.priority < 0n);
    assert.notEqual(new ProposerSchedule(next).proposer(0), addr(3));
  });

  it("9.5 regression: the proposer of a round costs O(n) per round, memoized (21 validators at 10^6 power)", () => {
    const set = new ValidatorSet(
      Array.from({ length: 21 }, (_, i) => ({ address: addr(i), power: 1_000_000 })),
    );
    // Rounds 0..20 at equal power visit every validator once: round-robin over rounds too.
    const proposers = new Set(Array.from({ length: 21 }, (_, r) => set.proposer(r)));
    assert.equal(proposers.size, 21);
  });

  it("9.5 regression: the engine ignores messages of rounds far ahead (no round state allocated for them)", () => {
    const names = [0, 1, 2, 3].map(addr);
    const set = new ValidatorSet(names.map((address) => ({ address, power: 10 })));
    const engine = new Tendermint<string>(names[0]!, set);
    engine.startHeight(1, set);
    for (const v of names.slice(1, 3)) {
      engine.onVote({ type: "prevote", height: 1, round: 1_000_000, blockHash: "", validator: v, signed: v });
    }
    assert.equal(engine.round, 0);
    for (const v of names.slice(1, 3)) {
      engine.onVote({
        type: "prevote",
        height: 1,
        round: MAX_ROUNDS_AHEAD,
        blockHash: "",
        validator: v,
        signed: v,
      });
    }
    assert.equal(engine.round, MAX_ROUNDS_AHEAD, "f+1 votes of a round within the window still move us");
  });
});
