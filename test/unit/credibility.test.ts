/**
 * PoCo credibility math: worked examples written out by hand from the formulas, then fast-check
 * properties (monotonicity of weights, consensus, and of the reward split in scheduler/settlement.ts).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  addContribution,
  contributionWeight,
  hasConsensus,
  INITIAL_TOTAL,
} from "../../consensus/credibility.js";
import { splitTaskReward } from "../../scheduler/settlement.js";

describe("credibility", () => {
  it("weight w = max(⌊s/3⌋, 3) − 1", () => {
    assert.equal(contributionWeight(0n), 2n); // max(0, 3) − 1
    assert.equal(contributionWeight(11n), 2n); // max(3, 3) − 1
    assert.equal(contributionWeight(12n), 3n); // max(4, 3) − 1
    assert.equal(contributionWeight(30n), 9n); // max(10, 3) − 1
  });

  it("worked example: trust 5, a liar first, consensus on the third contribution", () => {
    // A (score 0, w = 2) says H1: g1 = max(0,1)·2 = 2, total = 1 + 2 = 3; 2·5 = 10 > 3·4 = 12? no.
    let total = INITIAL_TOTAL;
    let g1 = 0n;
    let g2 = 0n;
    let u = addContribution(g1, total, contributionWeight(0n));
    g1 = u.group;
    total = u.total;
    assert.deepEqual([g1, total, u.delta], [2n, 3n, 2n]);
    assert.equal(hasConsensus(g1, total, 5n), false);
    // C (score 0, w = 2) lies with H2: g2 = 2, total = 3 + 2 = 5; 2·5 = 10 > 5·4 = 20? no.
    u = addContribution(g2, total, 2n);
    g2 = u.group;
    total = u.total;
    assert.deepEqual([g2, total], [2n, 5n]);
    assert.equal(hasConsensus(g2, total, 5n), false);
    // B (score 30, w = 9) says H1: g1 = max(2,1)·9 = 18, delta 16, total = 21; 18·5 = 90 > 21·4 = 84: yes.
    u = addContribution(g1, total, contributionWeight(30n));
    g1 = u.group;
    total = u.total;
    assert.deepEqual([g1, total, u.delta], [18n, 21n, 16n]);
    assert.equal(hasConsensus(g1, total, 5n), true);
  });

  it("worked example: trust 3 with fresh workers (w = 2) needs 3 honest votes after one liar", () => {
    let total = INITIAL_TOTAL;
    const liar = addContribution(0n, total, 2n); // g2 = 2, total 3
    total = liar.total;
    let g1 = 0n;
    const expected: [bigint, bigint, boolean][] = [
      [2n, 5n, false], // 6 > 10? no
      [4n, 7n, false], // 12 > 14? no
      [8n, 11n, true], // 24 > 22: yes
    ];
    for (const [eg, et, ec] of expected) {
      const u = addContribution(g1, total, 2n);
      g1 = u.group;
      total = u.total;
      assert.deepEqual([g1, total, hasConsensus(g1, total, 3n)], [eg, et, ec]);
    }
  });

  it("trust 1 (and 0) reaches consensus on the first contribution", () => {
    const u = addContribution(0n, INITIAL_TOTAL, 2n);
    assert.equal(hasConsensus(u.group, u.total, 1n), true);
    assert.equal(hasConsensus(u.group, u.total, 0n), true);
  });

  // Contribution weights are ≥ 2, so every prover has a positive ⌊log2 w⌋ share.
  const weights = fc.array(fc.bigInt({ min: 2n, max: 1n << 40n }), { minLength: 0, maxLength: 20 });
  const pool = fc.bigInt({ min: 0n, max: 10n ** 30n });
  const ratio = fc.integer({ min: 0, max: 100 });

  it("property: a heavier prover never gets less; parts grow with the pool", () => {
    fc.assert(
      fc.property(pool, pool, ratio, weights, (p1, p2, r, ws) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = splitTaskReward(lo, r, ws).workers;
        const b = splitTaskReward(hi, r, ws).workers;
        for (let i = 0; i < ws.length; i++) {
          assert.ok(b[i]! >= a[i]!);
          for (let j = 0; j < ws.length; j++) if (ws[i]! >= ws[j]!) assert.ok(a[i]! >= a[j]!);
        }
      }),
    );
  });

  it("property: weight is monotone in score; consensus at trust t holds at every lower trust", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 32n }),
        fc.bigInt({ min: 0n, max: 1n << 32n }),
        fc.array(fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 1000n })), { maxLength: 12 }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (s1, s2, votes, trust) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          assert.ok(contributionWeight(hi) >= contributionWeight(lo));
          let g = [0n, 0n];
          let total = INITIAL_TOTAL;
          for (const [which, score] of votes) {
            const idx = which ? 1 : 0;
            const u = addContribution(g[idx]!, total, contributionWeight(score));
            g = idx === 0 ? [u.group, g[1]!] : [g[0]!, u.group];
            total = u.total;
            assert.equal(total, INITIAL_TOTAL + g[0]! + g[1]!);
          }
          for (const group of g) {
            if (hasConsensus(group, total, trust)) {
              for (let t = 1n; t <= trust; t += trust > 50n ? trust / 7n + 1n : 1n) {
                assert.ok(hasConsensus(group, total, t));
              }
            }
          }
          // at most one group can reach consensus when trust ≥ 2
          if (trust >= 2n)
            assert.ok(!(hasConsensus(g[0]!, total, trust) && hasConsensus(g[1]!, total, trust)));
        },
      ),
    );
  });
});
