import assert from "node:assert/strict";
import { SyncPeerStanding } from "../../node/consensus/syncPeerStanding.js";

describe("sync peer standing", () => {
  const options = { banMs: 60_000, backoffMs: 1_000, penalizeAfterStrikes: 3, maxPeers: 4 };
  let now = 0;
  const standing = () => new SyncPeerStanding(options, () => now);

  beforeEach(() => {
    now = 0;
  });

  it("an unanswered request benches the peer for a backoff that doubles, and lengthens its next deadline", () => {
    const s = standing();
    assert.equal(s.timeoutMs("p", 10_000), 10_000);
    assert.equal(s.onUnavailable("p"), false);
    assert.equal(s.isExcluded("p"), true);
    assert.equal(s.timeoutMs("p", 10_000), 20_000);
    now = 1_000;
    assert.equal(s.isExcluded("p"), false);
    assert.equal(s.onUnavailable("p"), false);
    now = 2_999;
    assert.equal(s.isExcluded("p"), true, "second strike: 2 s");
    now = 3_000;
    assert.equal(s.isExcluded("p"), false);
    assert.equal(s.timeoutMs("p", 10_000), 40_000);
  });

  it("the third strike in a row counts as bad: banned for banMs", () => {
    const s = standing();
    s.onUnavailable("p");
    s.onUnavailable("p");
    assert.equal(s.onUnavailable("p"), true);
    now = 59_999;
    assert.equal(s.isExcluded("p"), true);
    now = 60_000;
    assert.equal(s.isExcluded("p"), false);
  });

  it("an answer forgets the strikes; a bad answer bans at once", () => {
    const s = standing();
    s.onUnavailable("p");
    s.onUnavailable("p");
    now = 10_000;
    s.onAnswer("p");
    assert.equal(s.timeoutMs("p", 100), 100);
    assert.equal(s.onUnavailable("p"), false, "the count started over");
    assert.equal(s.onBad("q"), true);
    assert.equal(s.isExcluded("q"), true);
  });

  it("is bounded: past maxPeers the table starts over", () => {
    const s = standing();
    for (const p of ["a", "b", "c", "d"]) s.onBad(p);
    s.onBad("e");
    assert.equal(s.isExcluded("a"), false);
    assert.equal(s.isExcluded("e"), true);
  });
});
