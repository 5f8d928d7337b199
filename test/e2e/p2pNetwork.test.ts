/**
 * The network layer with real libp2p nodes on 127.0.0.1 in one process: bootstrap, gossip delivery,
 * validation verdicts and peer scores, size limits, req/resp, the deny list, and a restart with a
 * persisted identity. Topology: 1, 2 and 3 bootstrap to 0; 3 also to 1.
 */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import type { PrivateKey } from "@libp2p/interface";
import { pino } from "pino";
import { P2PNetwork, type P2PNetworkOptions } from "../../node/p2p/network.js";
import { isP2PError, P2PErrorCode } from "../../node/p2p/p2pErrors.js";
import { generatePeerKey, loadOrCreatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { GossipKind, gossipTopics, ReqRespKind, reqRespProtocol } from "../../node/p2p/topics.js";
import { tempDir } from "../helpers/fixtures.js";

const CHAIN_ID = 4242;
const TOPICS = gossipTopics(CHAIN_ID);
const STATUS = reqRespProtocol(CHAIN_ID, ReqRespKind.STATUS);
const BLOCKS = reqRespProtocol(CHAIN_ID, ReqRespKind.BLOCKS_BY_RANGE);
const HEARTBEAT_LIMIT = 1024;
const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });

interface Received {
  topic: string;
  hex: string;
  from: string;
}

interface TestNode {
  net: P2PNetwork;
  /** Accepted messages, in order. */
  received: Received[];
  /** Every payload a validator was asked about (hex). */
  validated: string[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, cond: () => boolean, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Validator used by every node: 0xff… is invalid, 0xfe… makes the validator throw, the rest is fine. */
function validator(node: { validated: string[] }) {
  return (data: Uint8Array) => {
    node.validated.push(hex(data));
    if (data[0] === 0xff) return "reject" as const;
    if (data[0] === 0xfe) throw new Error("validator bug");
    return Promise.resolve("accept" as const);
  };
}

function makeNode(
  privateKey: PrivateKey,
  bootstrap: string[],
  extra: Partial<P2PNetworkOptions> = {},
): TestNode {
  const net = new P2PNetwork({
    chainId: CHAIN_ID,
    listenPort: 0,
    bootstrap,
    privateKey,
    logger,
    gossipMaxBytes: { [GossipKind.HEARTBEAT]: HEARTBEAT_LIMIT },
    redial: { tickMs: 200, baseBackoffMs: 200, maxBackoffMs: 1000 },
    ...extra,
  });
  const node: TestNode = { net, received: [], validated: [] };
  for (const topic of Object.values(TOPICS)) {
    net.subscribe(topic, validator(node), (data, from) =>
      node.received.push({ topic, hex: hex(data), from }),
    );
  }
  return node;
}

function countOf(node: TestNode, topic: string, payloadHex: string): number {
  return node.received.filter((r) => r.topic === topic && r.hex === payloadHex).length;
}

describe("p2p network (4 libp2p nodes on 127.0.0.1)", function () {
  this.timeout(20_000);
  const nodes: TestNode[] = [];
  const dataDir = tempDir("poco-p2p-");
  let node3Key: PrivateKey;

  before(async () => {
    const n0 = makeNode(await generatePeerKey(), []);
    await n0.net.start();
    const boot0 = n0.net.listenAddrs()[0]!;
    const n1 = makeNode(await generatePeerKey(), [boot0]);
    const n2 = makeNode(await generatePeerKey(), [boot0]);
    await Promise.all([n1.net.start(), n2.net.start()]);
    node3Key = await loadOrCreatePeerKey(dataDir);
    // Node 3 may publish heartbeats over everyone else's limit.
    const n3 = makeNode(node3Key, [boot0, n1.net.listenAddrs()[0]!], {
      gossipMaxBytes: { [GossipKind.HEARTBEAT]: 64 * 1024 },
    });
    await n3.net.start();
    nodes.push(n0, n1, n2, n3);
  });

  after(async () => {
    await Promise.all(nodes.map((n) => n.net.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  function node(i: number): TestNode {
    return nodes[i]!;
  }

  it("connects through the bootstrap list and forms the gossip mesh", async () => {
    const [n0, n1, n2, n3] = [node(0), node(1), node(2), node(3)];
    await waitFor("node 0 connected to 3 peers", () => n0.net.peers().length === 3);
    assert.deepEqual(new Set(n3.net.peers()), new Set([n0.net.peerId, n1.net.peerId]));
    assert.deepEqual(n2.net.peers(), [n0.net.peerId]);
    for (const topic of Object.values(TOPICS)) {
      await waitFor(`mesh on ${topic}`, () => n0.net.meshPeers(topic).length === 3);
      for (const n of [n1, n2, n3])
        await waitFor("mesh to node 0", () => n.net.meshPeers(topic).includes(n0.net.peerId));
    }
  });

  it("delivers a published message once to every other node and not to its publisher", async () => {
    const topic = TOPICS[GossipKind.TX];
    const payloads = Array.from({ length: 20 }, (_, i) =>
      new TextEncoder().encode(`tx-${i}-${Math.random()}`),
    );
    for (const p of payloads) assert.ok((await node(2).net.publish(topic, p)) > 0);
    for (const i of [0, 1, 3]) {
      await waitFor(`node ${i} got all`, () => payloads.every((p) => countOf(node(i), topic, hex(p)) >= 1));
    }
    await sleep(1500); // two heartbeats: time for any duplicate via IHAVE/IWANT or the 3–1 link
    for (const p of payloads) {
      for (const i of [0, 1, 3]) assert.equal(countOf(node(i), topic, hex(p)), 1, `node ${i}`);
      assert.equal(countOf(node(2), topic, hex(p)), 0, "publisher");
      assert.ok(!node(2).validated.includes(hex(p)), "publisher validated its own message");
    }
    // "from" is the forwarding peer, not the author: node 1 hears node 2 through node 0 or node 3.
    const relays = new Set([node(0).net.peerId, node(3).net.peerId]);
    assert.ok(node(1).received.every((r) => relays.has(r.from)));
  });

  it("publishing identical bytes again, or with no subscriber, returns 0 without throwing", async () => {
    const data = new TextEncoder().encode(`dup-${Math.random()}`);
    assert.ok((await node(0).net.publish(TOPICS[GossipKind.TX], data)) > 0);
    assert.equal(await node(0).net.publish(TOPICS[GossipKind.TX], data), 0);
    const lonely = makeNode(await generatePeerKey(), []);
    await lonely.net.start();
    try {
      assert.equal(await lonely.net.publish(TOPICS[GossipKind.VOTE], new Uint8Array([1, 2, 3])), 0);
    } finally {
      await lonely.net.stop();
    }
  });

  it("a rejected message is not forwarded and lowers the sender's score below zero", async () => {
    const [n0, n1, n2] = [node(0), node(1), node(2)];
    const topic = TOPICS[GossipKind.VOTE];
    const bad = new Uint8Array([0xff, ...new TextEncoder().encode(`bad-vote-${Math.random()}`)]);
    assert.ok(n0.net.peerScore(n1.net.peerId) >= 0);
    assert.ok((await n1.net.publish(topic, bad)) > 0);
    await waitFor("node 0 rejected it", () => n0.net.gossipStats()[topic]!.rejected >= 1);
    await waitFor("score of node 1 at node 0 < 0", () => n0.net.peerScore(n1.net.peerId) < 0, 5000);
    await sleep(1000);
    assert.ok(!n2.validated.includes(hex(bad)), "node 2 (only reachable through node 0) saw the message");
    assert.equal(countOf(n0, topic, hex(bad)), 0);
  });

  it("a throwing validator counts as reject and does not crash the node", async () => {
    const [n0, n1, n2] = [node(0), node(1), node(2)];
    const topic = TOPICS[GossipKind.CHECKPOINT_SIG];
    const bad = new Uint8Array([0xfe, 1, 2, 3, Math.floor(Math.random() * 256)]);
    assert.ok((await n2.net.publish(topic, bad)) > 0);
    await waitFor("validator error counted", () => n0.net.gossipStats()[topic]!.validatorErrors >= 1);
    await waitFor("score of node 2 at node 0 < 0", () => n0.net.peerScore(n2.net.peerId) < 0, 5000);
    assert.equal(countOf(n0, topic, hex(bad)), 0);
    assert.ok(!n1.validated.includes(hex(bad)));
    // Still working afterwards.
    const good = new TextEncoder().encode(`good-${Math.random()}`);
    await n2.net.publish(topic, good);
    await waitFor("node 1 got the next message", () => countOf(n1, topic, hex(good)) === 1);
  });

  it("an oversized message is rejected before any validator sees it", async () => {
    const [n0, n1, n3] = [node(0), node(1), node(3)];
    const topic = TOPICS[GossipKind.HEARTBEAT];
    await assert.rejects(n0.net.publish(topic, new Uint8Array(HEARTBEAT_LIMIT + 1)), (e) =>
      isP2PError(e, P2PErrorCode.TOO_LARGE),
    );
    const big = new Uint8Array(HEARTBEAT_LIMIT * 2).fill(7);
    big[1] = Math.floor(Math.random() * 256);
    assert.ok((await n3.net.publish(topic, big)) > 0);
    await waitFor("score of node 3 at node 0 < 0", () => n0.net.peerScore(n3.net.peerId) < 0, 5000);
    await waitFor("score of node 3 at node 1 < 0", () => n1.net.peerScore(n3.net.peerId) < 0, 5000);
    for (const n of nodes) assert.ok(!n.validated.includes(hex(big)));
    assert.equal(countOf(n0, topic, hex(big)), 0);
  });

  describe("req/resp", () => {
    before(async () => {
      // Request byte 0 selects the behaviour.
      await node(0).net.handle(STATUS, async (req, from) => {
        switch (req[0]) {
          case 1:
            return new Uint8Array(1024);
          case 2:
            return new Uint8Array(5000); // over the 4 KiB status limit
          case 3:
            throw Object.assign(new Error("unknown head"), { code: "SYNC_UNKNOWN_HEAD" });
          case 4:
            throw new Error("secret internal detail");
          default:
            return new TextEncoder().encode(`status for ${from}: ${hex(req)}`);
        }
      });
      await node(0).net.handle(BLOCKS, async () => {
        await sleep(2000);
        return new Uint8Array([1]);
      });
    });

    it("round trip", async () => {
      const res = await node(2).net.request(node(0).net.peerId, STATUS, new Uint8Array([0, 0xab]), {
        timeoutMs: 3000,
      });
      assert.equal(new TextDecoder().decode(res), `status for ${node(2).net.peerId}: 00ab`);
      const many = await Promise.all(
        [1, 2, 3].map((i) =>
          node(i).net.request(node(0).net.peerId, STATUS, new Uint8Array([0, i]), { timeoutMs: 3000 }),
        ),
      );
      assert.equal(many.length, 3);
    });

    it("times out with P2P_TIMEOUT", async () => {
      const t0 = Date.now();
      await assert.rejects(
        node(1).net.request(node(0).net.peerId, BLOCKS, new Uint8Array([1]), { timeoutMs: 300 }),
        (e) => isP2PError(e, P2PErrorCode.TIMEOUT),
      );
      assert.ok(Date.now() - t0 < 1500);
    });

    it("enforces sizes with P2P_TOO_LARGE (request, response) and reports handler errors", async () => {
      const [n0, n2] = [node(0), node(2)];
      const peer = n0.net.peerId;
      await assert.rejects(n2.net.request(peer, STATUS, new Uint8Array(2048), { timeoutMs: 2000 }), (e) =>
        isP2PError(e, P2PErrorCode.TOO_LARGE),
      );
      await assert.rejects(
        n2.net.request(peer, STATUS, new Uint8Array([1]), { timeoutMs: 2000, maxResponseBytes: 100 }),
        (e) => isP2PError(e, P2PErrorCode.TOO_LARGE),
      );
      await assert.rejects(
        n2.net.request(peer, STATUS, new Uint8Array([2]), { timeoutMs: 2000 }),
        (e) => isP2PError(e, P2PErrorCode.REMOTE_ERROR) && e.message.includes(P2PErrorCode.TOO_LARGE),
      );
      await assert.rejects(
        n2.net.request(peer, STATUS, new Uint8Array([3]), { timeoutMs: 2000 }),
        (e) => isP2PError(e, P2PErrorCode.REMOTE_ERROR) && e.message.includes("SYNC_UNKNOWN_HEAD"),
      );
      await assert.rejects(
        n2.net.request(peer, STATUS, new Uint8Array([4]), { timeoutMs: 2000 }),
        (e) => isP2PError(e, P2PErrorCode.REMOTE_ERROR) && !e.message.includes("secret"),
      );
      // Still usable after all that.
      assert.ok((await n2.net.request(peer, STATUS, new Uint8Array([0]), { timeoutMs: 2000 })).length > 0);
    });

    it("refuses requests beyond its serving limits with P2P_BUSY before reading them, keeps a reserve for its bootstrap peers, and serves again after", async () => {
      // A flood of concurrent streams (libp2p allows 32 per protocol per connection) must not make
      // the node build as many answers: at most 2 at once for one peer, 3 in all here, and 3 more for
      // the peers of its bootstrap list. Served by node 1, whose bootstrap list is node 0.
      const GATED = "/poco/test/gated/1";
      const server = node(1);
      let entered = 0;
      let open!: () => void;
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      await server.net.handle(
        GATED,
        async () => {
          entered++;
          await gate;
          return new Uint8Array([7]);
        },
        { maxServing: 3, maxServingPerPeer: 2 },
      );
      await node(2).net.dial(server.net.listenAddrs()[0]!);
      const early: string[] = [];
      const ask = (i: number) =>
        node(i)
          .net.request(server.net.peerId, GATED, new Uint8Array([i]), { timeoutMs: 8000 })
          .then(
            () => "ok",
            (e) =>
              isP2PError(e, P2PErrorCode.REMOTE_ERROR) && e.message.includes(P2PErrorCode.BUSY)
                ? "busy"
                : String(e),
          )
          .then((o) => {
            early.push(o);
            return o;
          });
      const flood = Array.from({ length: 12 }, () => ask(3));
      // Two are served (held at the gate); the ten others are answered at once, before the gate opens.
      await waitFor("node 3: two served, ten refused", () => entered === 2 && early.length === 10);
      assert.deepEqual(early, Array(10).fill("busy"));
      const fromNode2 = [ask(2), ask(2)];
      // Node 2 is below its own limit but the node's total is 3: one served, one refused.
      await waitFor("node 2: one served, one refused", () => entered === 3 && early.length === 11);
      assert.equal(early[10], "busy");
      // Node 0, a bootstrap peer of node 1, is served from the reserve although the total is reached.
      const fromNode0 = [ask(0), ask(0), ask(0)];
      await waitFor(
        "node 0: two served (its own limit), one refused",
        () => entered === 5 && early.length === 12,
      );
      assert.equal(early[11], "busy");
      open();
      const outcomes = await Promise.all([...flood, ...fromNode2, ...fromNode0]);
      assert.equal(outcomes.filter((o) => o === "ok").length, 5, outcomes.join(","));
      assert.equal(outcomes.filter((o) => o === "busy").length, 12, outcomes.join(","));
      assert.equal(entered, 5, "refused requests never reached the handler");
      // The slots are free again.
      assert.deepEqual(await Promise.all([ask(3), ask(3), ask(2)]), ["ok", "ok", "ok"]);
    });

    it("fails with P2P_PROTOCOL for an unserved protocol and P2P_NO_PEER for an unknown peer", async () => {
      const [n0, n2] = [node(0), node(2)];
      await assert.rejects(
        n0.net.request(n2.net.peerId, STATUS, new Uint8Array([0]), { timeoutMs: 2000 }),
        (e) => isP2PError(e, P2PErrorCode.PROTOCOL),
      );
      const stranger = peerIdOf(await generatePeerKey());
      await assert.rejects(n2.net.request(stranger, STATUS, new Uint8Array([0]), { timeoutMs: 2000 }), (e) =>
        isP2PError(e, P2PErrorCode.NO_PEER),
      );
    });
  });

  it("blockPeer disconnects and refuses the peer; unblockPeer lets it reconnect", async () => {
    const [n0, n2] = [node(0), node(2)];
    await n2.net.blockPeer(n0.net.peerId);
    await waitFor(
      "disconnected",
      () => !n2.net.peers().includes(n0.net.peerId) && !n0.net.peers().includes(n2.net.peerId),
    );
    // Node 2's own dial is refused before it starts.
    await assert.rejects(n2.net.dial(n0.net.listenAddrs()[0]!), (e) => isP2PError(e, P2PErrorCode.NO_PEER));
    // Node 0's dial may complete on its side (the muxer is agreed inside the Noise handshake), but
    // node 2's gater closes the connection as soon as it knows node 0's identity.
    await n0.net.dial(n2.net.listenAddrs()[0]!).catch(() => undefined);
    await waitFor("refused connection closed", () => !n0.net.peers().includes(n2.net.peerId), 2000);
    await sleep(1000); // several redial ticks of node 2 (200 ms)
    assert.ok(!n2.net.peers().includes(n0.net.peerId));
    assert.ok(!n0.net.peers().includes(n2.net.peerId));
    await assert.rejects(
      n2.net.request(n0.net.peerId, STATUS, new Uint8Array([0]), { timeoutMs: 1000 }),
      (e) => isP2PError(e, P2PErrorCode.NO_PEER),
    );
    n2.net.unblockPeer(n0.net.peerId);
    await waitFor("reconnected by the bootstrap redial", () => n2.net.peers().includes(n0.net.peerId), 5000);
  });

  it("a node with announce addresses advertises them instead of its listen address", async () => {
    const n0 = node(0);
    const announced = makeNode(await generatePeerKey(), [n0.net.listenAddrs()[0]!], {
      announce: ["/dns4/validator-9/tcp/9000"],
    });
    try {
      await announced.net.start();
      assert.deepEqual(announced.net.listenAddrs(), [
        `/dns4/validator-9/tcp/9000/p2p/${announced.net.peerId}`,
      ]);
      await waitFor("node 0 connected to the announcing node", () =>
        n0.net.peers().includes(announced.net.peerId),
      );
    } finally {
      await announced.net.stop();
    }
  });

  it("a restarted node keeps its peer id and reconnects through its bootstrap list", async () => {
    const [n0, n1] = [node(0), node(1)];
    const old = node(3);
    const id = old.net.peerId;
    const port = Number(old.net.listenAddrs()[0]!.split("/")[4]);
    await old.net.stop();
    await waitFor("node 0 saw node 3 leave", () => !n0.net.peers().includes(id));
    const key = await loadOrCreatePeerKey(dataDir);
    const again = makeNode(key, [n0.net.listenAddrs()[0]!, n1.net.listenAddrs()[0]!], { listenPort: port });
    nodes[3] = again;
    await again.net.start();
    assert.equal(again.net.peerId, id);
    assert.equal(again.net.peerId, peerIdOf(node3Key));
    await waitFor(
      "node 0 and node 1 see node 3 again",
      () => n0.net.peers().includes(id) && n1.net.peers().includes(id),
    );
    // Node 0 publishes to every subscribed peer above the publish threshold (flood publish), so the
    // restarted node gets it whether or not it is back in node 0's mesh. (Its negative score may or
    // may not survive the reconnect: gossipsub 14 replaces a retained score when a peer comes back.)
    const topic = TOPICS[GossipKind.PROPOSAL];
    await waitFor("subscription known", () => n0.net.topicPeers(topic).includes(id));
    const data = new TextEncoder().encode(`proposal-${Math.random()}`);
    await n0.net.publish(topic, data);
    await waitFor("restarted node got a proposal", () => countOf(again, topic, hex(data)) === 1);
  });
});
