/**
 * The inbound connection limits with real libp2p nodes on 127.0.0.1 (gossipsub subscribed, so every
 * connection carries the streams that libp2p's pruner never closes): a node at its plain total refuses
 * a new peer but still accepts a peer of its bootstrap list (the reserve); a client at its per-IP
 * limit is refused before the handshake; a freed place is taken again; refusals are counted.
 */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import type { PrivateKey } from "@libp2p/interface";
import { pino } from "pino";
import { Registry } from "prom-client";
import type { InboundLimitOptions } from "../../node/p2p/inboundLimits.js";
import type { P2PNetwork } from "../../node/p2p/network.js";
import { P2PMetrics } from "../../node/p2p/p2pMetrics.js";
import { generatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { startSubscribedPeer } from "../helpers/subscribedPeer.js";
import { waitFor } from "../helpers/validatorNet.js";

const CHAIN_ID = 4343;
const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startNet(
  options: {
    bootstrap?: string[];
    inbound?: Partial<InboundLimitOptions>;
    registry?: Registry;
    privateKey?: PrivateKey;
  } = {},
) {
  return startSubscribedPeer(CHAIN_ID, logger, {
    bootstrap: options.bootstrap ?? [],
    redial: { tickMs: 200, baseBackoffMs: 200, maxBackoffMs: 1000 },
    ...(options.privateKey ? { privateKey: options.privateKey } : {}),
    ...(options.inbound ? { inbound: options.inbound } : {}),
    ...(options.registry ? { metrics: new P2PMetrics(options.registry).forChain(CHAIN_ID) } : {}),
  });
}

/** Dials `target` from `from`; true when the connection is up and still up a moment later. */
async function connects(from: P2PNetwork, target: P2PNetwork): Promise<boolean> {
  try {
    await from.dial(target.listenAddrs()[0]!);
  } catch {
    return false;
  }
  await sleep(300); // a refusal after the handshake closes the connection just after it opened
  return from.peers().includes(target.peerId) && target.peers().includes(from.peerId);
}

const refusals = async (registry: Registry, reason: string) => {
  const text = await registry.getSingleMetricAsString("poco_p2p_inbound_refused_total");
  return Number(new RegExp(`reason="${reason}"} (\\d+)`).exec(text)?.[1] ?? 0);
};

describe("p2p inbound connection limits (real libp2p nodes on 127.0.0.1)", function () {
  this.timeout(60_000);
  const started: P2PNetwork[] = [];
  const start = async (options: Parameters<typeof startNet>[0] = {}) => {
    const net = await startNet(options);
    started.push(net);
    return net;
  };

  afterEach(async () => {
    await Promise.all(started.splice(0).map((n) => n.stop()));
  });

  it("at its plain total, refuses a new peer but accepts a peer of its bootstrap list; a freed place is taken again", async () => {
    const registry = new Registry();
    const validatorKey = await generatePeerKey();
    // Node 0 lists the validator as a bootstrap peer at an address where nothing listens (port 1):
    // its own dials fail, so the validator's connection below is an inbound one.
    const node0 = await start({
      registry,
      bootstrap: [`/ip4/127.0.0.1/tcp/1/p2p/${peerIdOf(validatorKey)}`],
      inbound: { maxInbound: 2, reserve: 4 },
    });
    const [a, b, c] = [await start(), await start(), await start()];
    assert.ok(await connects(a, node0), "a takes the first place");
    assert.ok(await connects(b, node0), "b takes the second place");
    assert.equal(await connects(c, node0), false, "c finds no plain place");
    assert.ok((await refusals(registry, "total")) >= 1);

    const validator = await start({ privateKey: validatorKey });
    assert.ok(await connects(validator, node0), "the bootstrap peer is accepted from the reserve");

    await a.stop();
    await waitFor(async () => !node0.peers().includes(a.peerId), 8000, "node 0 to see a leave");
    assert.ok(await connects(c, node0), "c takes the freed place");
  });

  it("refuses a client over its per-IP limit before the handshake (loopback not exempt here)", async () => {
    const registry = new Registry();
    const node0 = await start({ registry, inbound: { maxInbound: 50, maxInboundPerClient: 2, exempt: [] } });
    const [a, b, c] = [await start(), await start(), await start()];
    assert.ok(await connects(a, node0));
    assert.ok(await connects(b, node0));
    assert.equal(await connects(c, node0), false, "a third peer from 127.0.0.1 is refused");
    assert.ok((await refusals(registry, "client")) >= 1);
    assert.equal(await refusals(registry, "total"), 0);
  });

  it("exempts loopback from the per-IP limit by default (a devnet's nodes share 127.0.0.1)", async () => {
    const node0 = await start({ inbound: { maxInboundPerClient: 1 } });
    const peers = [await start(), await start(), await start()];
    for (const peer of peers) assert.ok(await connects(peer, node0));
  });
});
