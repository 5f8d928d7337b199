/**
 * ServingSlots (req/resp serving limits) against a model: for any sequence of acquires and releases
 * by a few peers, one of them preferred (a bootstrap peer), a slot is granted exactly when the peer's
 * count and the total are below their limits (twice the total for the preferred peer), other peers
 * never go past the plain total, and releasing everything empties it (no peer entry leaks).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { ServingSlots } from "../../node/p2p/servingSlots.js";

describe("req/resp serving slots", () => {
  it("grants a slot exactly when the total and the peer are below their limits; the reserve is the preferred peer's (model)", () => {
    const op = fc.record({ peer: fc.constantFrom("a", "b", "c", "d"), acquire: fc.boolean() });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(op, { maxLength: 200 }),
        (total, perPeer, ops) => {
          const slots = new ServingSlots(total, perPeer);
          const held = new Map<string, number>();
          const sum = () => [...held.values()].reduce((a, b) => a + b, 0);
          for (const { peer, acquire } of ops) {
            const mine = held.get(peer) ?? 0;
            const preferred = peer === "a";
            if (acquire) {
              const limit = preferred ? 2 * total : total;
              const expected = sum() >= limit ? "total" : mine >= perPeer ? "peer" : undefined;
              assert.equal(slots.acquire(peer, preferred), expected);
              if (expected === undefined) held.set(peer, mine + 1);
            } else if (mine > 0) {
              slots.release(peer);
              held.set(peer, mine - 1);
            } else {
              slots.release(peer); // a release without a slot changes nothing
            }
            assert.equal(slots.inUse, sum());
            assert.ok(slots.inUse - (held.get("a") ?? 0) <= total, "other peers stay within the plain total");
            assert.ok(slots.inUse <= 2 * total);
          }
          for (const [peer, n] of held) for (let i = 0; i < n; i++) slots.release(peer);
          assert.equal(slots.inUse, 0);
          ["a", "b", "c", "d"].forEach((peer, i) => {
            assert.equal(slots.acquire(peer), i < total ? undefined : "total");
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
