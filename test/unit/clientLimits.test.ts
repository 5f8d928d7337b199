/**
 * The API's per-client limits, piece by piece: client addresses and CIDR ranges (against Node's own
 * BlockList on random addresses), the token buckets (against a model that refills exactly), and the
 * connection counts (against a model).
 */
import assert from "node:assert/strict";
import { BlockList } from "node:net";
import fc from "fast-check";
import { ClientBuckets, ConnectionCounts } from "../../node/api/clientLimits.js";
import { clientKey, inCidr, parseAddress, parseCidr } from "../../node/net/clientAddress.js";

const ipv6 = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
/** The groups as text, with the longest run of zeros (if any) written as "::", as Node prints them. */
const v6Text = (groups: number[], compress: boolean) => {
  const hex = groups.map((g) => g.toString(16));
  if (!compress) return hex.join(":");
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
  }
  if (bestLen < 2) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
};

describe("API per-client limits", () => {
  describe("client addresses", () => {
    it("an IPv4 address (also IPv4-mapped) is one client; an IPv6 address belongs to its /64", () => {
      assert.equal(clientKey("10.1.2.3"), clientKey("::ffff:10.1.2.3"));
      assert.notEqual(clientKey("10.1.2.3"), clientKey("10.1.2.4"));
      assert.equal(clientKey("2001:db8:1:2::1"), clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
      assert.notEqual(clientKey("2001:db8:1:2::1"), clientKey("2001:db8:1:3::1"));
      assert.equal(clientKey("fe80::1%eth0"), clientKey("fe80::2"));
      assert.notEqual(clientKey("::1"), clientKey("0.0.0.1"));
      for (const bad of [undefined, "", "localhost", "1.2.3", "::g", "1.2.3.4.5"])
        assert.equal(clientKey(bad), undefined);
    });

    it("parses addresses and CIDR ranges, and refuses anything else", () => {
      assert.deepEqual(parseCidr("10.0.0.0/8"), { v6: false, base: 10n << 24n, prefix: 8 });
      assert.deepEqual(parseCidr("10.9.9.9/8"), { v6: false, base: 10n << 24n, prefix: 8 });
      assert.deepEqual(parseCidr("::1"), { v6: true, base: 1n, prefix: 128 });
      assert.equal(parseAddress("::ffff:1.2.3.4")?.value, 0x01020304n);
      assert.equal(parseAddress("64:ff9b::1.2.3.4")?.value, (0x64ff9bn << 96n) | 0x01020304n);
      for (const bad of ["10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/8/8", "10.0.0.0/", "x/8", ""]) {
        assert.equal(parseCidr(bad), undefined, bad);
      }
    });

    it("a CIDR range holds exactly the addresses Node's BlockList says it holds (IPv4 and IPv6)", () => {
      const v4 = fc.tuple(fc.ipV4(), fc.ipV4(), fc.integer({ min: 0, max: 32 }));
      fc.assert(
        fc.property(v4, ([address, base, prefix]) => {
          const list = new BlockList();
          list.addSubnet(base, prefix, "ipv4");
          assert.equal(
            inCidr(parseAddress(address)!, parseCidr(`${base}/${prefix}`)!),
            list.check(address, "ipv4"),
          );
        }),
        { numRuns: 500 },
      );
      // Addresses near the base, so that long prefixes match too.
      const v6 = fc.tuple(
        ipv6,
        ipv6,
        fc.integer({ min: 0, max: 128 }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
      );
      fc.assert(
        fc.property(v6, ([a, b, prefix, shared, compress]) => {
          const address = v6Text([...b.slice(0, shared), ...a.slice(shared)], compress);
          const base = v6Text(b, !compress);
          const list = new BlockList();
          list.addSubnet(base, prefix, "ipv6");
          assert.equal(
            inCidr(parseAddress(address)!, parseCidr(`${base}/${prefix}`)!),
            list.check(address, "ipv6"),
          );
          const sameSlash64 = new BlockList();
          sameSlash64.addSubnet(base, 64, "ipv6");
          assert.equal(clientKey(address) === clientKey(base), sameSlash64.check(address, "ipv6"));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe("token buckets", () => {
    it("grants what a model bucket holds (refill at the rate, capped at the burst, debt for a request dearer than the burst)", () => {
      const step = fc.record({
        client: fc.constantFrom("a", "b", "c"),
        waitMs: fc.integer({ min: 0, max: 3_000 }),
        cost: fc.integer({ min: 1, max: 40 }),
      });
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 20 }),
          fc.integer({ min: 1, max: 30 }),
          fc.array(step, { maxLength: 100 }),
          (rate, burst, steps) => {
            const buckets = new ClientBuckets(rate, burst, 10);
            // The model in thousandths of a token: exact integer arithmetic.
            const model = new Map<string, { milli: number; at: number }>();
            let now = 0;
            for (const { client, waitMs, cost } of steps) {
              now += waitMs;
              const m = model.get(client) ?? { milli: burst * 1000, at: now };
              m.milli = Math.min(burst * 1000, m.milli + (now - m.at) * rate);
              m.at = now;
              const expected = m.milli >= Math.min(cost, burst) * 1000;
              if (expected) m.milli -= cost * 1000;
              model.set(client, m);
              const taken = buckets.take(client, cost, now);
              assert.equal(taken.ok, expected);
              if (!taken.ok) {
                const wait = (Math.min(cost, burst) * 1000 - m.milli) / rate;
                assert.ok(Math.abs(taken.retryAfterMs - wait) < 1e-6, `${taken.retryAfterMs} vs ${wait}`);
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it("judges a request's second charge with what its arrival took: a full bucket passes any one request", () => {
      const buckets = new ClientBuckets(5, 10, 10);
      assert.ok(buckets.take("a", 1, 0).ok); // the arrival
      assert.ok(buckets.take("a", 29, 0, 1).ok); // a 30-tx batch: the rest, once its body is parsed
      const refused = buckets.take("a", 1, 0);
      assert.equal(refused.ok, false);
      // 20 tokens of debt and one more to take: 21 tokens at 5 per second.
      assert.equal(refused.ok === false && refused.retryAfterMs, 4_200);
      assert.ok(buckets.take("a", 1, 4_200).ok);
    });

    it("remembers at most maxTracked clients, forgetting the least recently seen (who start full again)", () => {
      const buckets = new ClientBuckets(1, 2, 3);
      for (const c of ["a", "b", "c"]) assert.ok(buckets.take(c, 2, 0).ok);
      assert.equal(buckets.take("a", 1, 0).ok, false); // a is now the most recently seen
      assert.ok(buckets.take("d", 1, 0).ok); // evicts b
      assert.equal(buckets.size, 3);
      assert.ok(buckets.take("b", 2, 0).ok, "b was forgotten: full again");
      assert.equal(buckets.take("a", 1, 0).ok, false, "a was kept (evicted c instead)");
      for (let i = 0; i < 1_000; i++) buckets.take(`x${i}`, 1, 0);
      assert.equal(buckets.size, 3);
    });
  });

  it("counts connections per client and in all, like a model; closing all leaves nothing behind", () => {
    const op = fc.record({ client: fc.constantFrom("a", "b", "c", "d"), open: fc.boolean() });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.array(op, { maxLength: 200 }),
        (perClient, total, ops) => {
          const counts = new ConnectionCounts(perClient, total);
          const held = new Map<string, number>();
          const sum = () => [...held.values()].reduce((x, y) => x + y, 0);
          for (const { client, open } of ops) {
            const mine = held.get(client) ?? 0;
            if (open) {
              const expected = (perClient === 0 || mine < perClient) && (total === 0 || sum() < total);
              assert.equal(counts.open(client).ok, expected);
              if (expected) held.set(client, mine + 1);
            } else if (mine > 0) {
              counts.close(client);
              held.set(client, mine - 1);
            }
            assert.deepEqual(counts.stats, {
              clients: [...held.values()].filter((n) => n > 0).length,
              total: sum(),
            });
          }
          for (const [client, n] of held) for (let i = 0; i < n; i++) counts.close(client);
          assert.deepEqual(counts.stats, { clients: 0, total: 0 });
        },
      ),
      { numRuns: 300 },
    );
  });
});
