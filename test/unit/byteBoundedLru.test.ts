/**
 * ByteBoundedLru (the state's value cache and the tree's page cache): against a model list, the same
 * entries in the same recency order, and the bytes held never above the bound after a set.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { ByteBoundedLru } from "../../node/state/byteBoundedLru.js";

type Op = { kind: "get" | "set" | "delete"; key: string; size: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom("get" as const, "set" as const, "delete" as const),
  key: fc.constantFrom("a", "b", "c", "d", "e", "f"),
  size: fc.integer({ min: 0, max: 40 }),
});

describe("ByteBoundedLru", () => {
  it("evicts the least recently used first and stays within its byte bound (model)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.array(op, { maxLength: 60 }), (max, ops) => {
        const cost = (key: string, v: Uint8Array) => key.length + v.length;
        const lru = new ByteBoundedLru<Uint8Array>(max, cost);
        let model: [string, Uint8Array][] = []; // oldest first
        const bytes = () => model.reduce((n, [k, v]) => n + cost(k, v), 0);
        for (const o of ops) {
          if (o.kind === "get") {
            const i = model.findIndex(([k]) => k === o.key);
            const hit = i >= 0 ? model.splice(i, 1)[0]! : undefined;
            if (hit) model.push(hit);
            assert.equal(lru.get(o.key), hit?.[1]);
          } else if (o.kind === "delete") {
            model = model.filter(([k]) => k !== o.key);
            lru.delete(o.key);
          } else {
            const value = new Uint8Array(o.size);
            model = model.filter(([k]) => k !== o.key);
            model.push([o.key, value]);
            while (bytes() > max) model.shift();
            lru.set(o.key, value);
            assert.ok(bytes() <= max);
          }
          assert.equal(lru.size, model.length);
        }
        // the same entries, each still retrievable (gets in model order keep the model's order)
        for (const [k, v] of [...model]) assert.equal(lru.get(k), v);
      }),
      { numRuns: 300 },
    );
  });
});
