/**
 * InboundAdmission (p2p inbound connection limits) against a model: for any sequence of connection
 * attempts and closes by peers on a few hosts, one peer on the bootstrap list and one host exempt, a
 * connection is refused exactly when the model says so — "peer" when its peer id already holds
 * MAX_INBOUND_PER_PEER connections (a bootstrap peer too), otherwise never a bootstrap peer, "client" when its
 * host (IPv4 address or IPv6 /64) already holds the per-client limit of non-bootstrap connections,
 * "total" when the non-bootstrap connections fill the plain places — and the plain connections never
 * exceed `maxInbound`.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { clientKey } from "../../node/net/clientAddress.js";
import {
  InboundAdmission,
  type InboundConnection,
  MAX_INBOUND_PER_PEER,
} from "../../node/p2p/inboundLimits.js";

const HOSTS = ["10.0.0.1", "10.0.0.2", "2001:db8::1", "2001:db8::2", "192.168.1.1"] as const; // the IPv6 two: one /64
const EXEMPT = "192.168.1.1";
const BOOTSTRAP_PEER = "peer-0";
const BOOTSTRAP_HOST = "10.0.0.2";

describe("p2p inbound limits", () => {
  it("refuses exactly what a model refuses; bootstrap peers never; plain connections stay within maxInbound", () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("open" as const),
        peer: fc.integer({ min: 0, max: 6 }).map((i) => `peer-${i}`),
        host: fc.constantFrom(...HOSTS),
      }),
      fc.record({ kind: fc.constant("close" as const), index: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(step, { maxLength: 120 }),
        (maxInbound, maxInboundPerClient, steps) => {
          const admission = new InboundAdmission(
            { maxInbound, maxInboundPerClient, reserve: 2, exempt: [EXEMPT] },
            (peer) => peer === BOOTSTRAP_PEER,
            [BOOTSTRAP_HOST],
          );
          const open: (InboundConnection & { host: string })[] = [];
          for (const s of steps) {
            if (s.kind === "close") {
              if (open.length > 0) open.splice(s.index % open.length, 1);
              continue;
            }
            const bootstrap = s.peer === BOOTSTRAP_PEER;
            const key = clientKey(s.host);
            const plain = open.filter((c) => c.peerId !== BOOTSTRAP_PEER);
            const mine = plain.filter((c) => c.client === key).length;
            const clientLimited = maxInboundPerClient > 0 && s.host !== EXEMPT;
            const overClient = clientLimited && mine >= maxInboundPerClient;
            // Before the handshake only the host is known: the bootstrap list's hosts pass.
            const expectedBefore = overClient && s.host !== BOOTSTRAP_HOST ? "client" : undefined;
            const samePeer = open.filter((c) => c.peerId === s.peer).length;
            const expectedAfter =
              samePeer >= MAX_INBOUND_PER_PEER
                ? "peer"
                : bootstrap
                  ? undefined
                  : plain.length >= maxInbound
                    ? "total"
                    : overClient
                      ? "client"
                      : undefined;
            const before = admission.beforeHandshake(s.host, open);
            assert.equal(before, expectedBefore);
            if (before !== undefined) continue;
            assert.equal(admission.afterHandshake(s.peer, s.host, open), expectedAfter);
            if (expectedAfter === undefined) open.push({ peerId: s.peer, client: key, host: s.host });
            assert.ok(open.filter((c) => c.peerId !== BOOTSTRAP_PEER).length <= maxInbound);
            assert.ok(open.filter((c) => c.peerId === s.peer).length <= MAX_INBOUND_PER_PEER);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives libp2p the plain places and the reserve, and refuses a bad exempt range at construction", () => {
    const admission = new InboundAdmission(
      { maxInbound: 200, maxInboundPerClient: 8, reserve: 100, exempt: [] },
      () => false,
      [],
    );
    assert.equal(admission.maxConnections, 300);
    assert.throws(
      () =>
        new InboundAdmission(
          { maxInbound: 1, maxInboundPerClient: 1, reserve: 0, exempt: ["10.0.0.0/40"] },
          () => false,
          [],
        ),
      /not an address or CIDR range: "10\.0\.0\.0\/40"/,
    );
  });
});
