/** Topic and protocol names, size limits, bootstrap address parsing and the redial backoff. */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { pino } from "pino";
import { BootstrapRedialer } from "../../node/p2p/bootstrapRedialer.js";
import { gossipMessageId } from "../../node/p2p/messageId.js";
import { parseBootstrapAddr } from "../../node/p2p/network.js";
import { isP2PError, P2PErrorCode } from "../../node/p2p/p2pErrors.js";
import {
  DEFAULT_REQ_RESP_LIMITS,
  GOSSIP_KINDS,
  GOSSIP_MAX_BYTES,
  GossipKind,
  gossipTopic,
  gossipTopics,
  parseGossipTopic,
  REQ_RESP_LIMITS,
  ReqRespKind,
  reqRespLimits,
  reqRespProtocol,
} from "../../node/p2p/topics.js";

const PEER = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

describe("p2p topics and protocols", () => {
  it("names topics and protocols with the chain id and a version", () => {
    assert.equal(gossipTopic(7, GossipKind.TX), "/poco/7/tx/1");
    assert.deepEqual(gossipTopics(7), {
      tx: "/poco/7/tx/1",
      proposal: "/poco/7/proposal/1",
      vote: "/poco/7/vote/1",
      heartbeat: "/poco/7/heartbeat/1",
      "checkpoint-sig": "/poco/7/checkpoint-sig/1",
    });
    assert.equal(reqRespProtocol(7, ReqRespKind.STATUS), "/poco/7/status/1");
    assert.equal(reqRespProtocol(7, ReqRespKind.BLOCKS_BY_RANGE), "/poco/7/blocks-by-range/1");
  });

  it("parses only this chain's topics", () => {
    for (const kind of GOSSIP_KINDS) assert.equal(parseGossipTopic(7, gossipTopic(7, kind)), kind);
    assert.equal(parseGossipTopic(8, gossipTopic(7, GossipKind.VOTE)), undefined);
    assert.equal(parseGossipTopic(7, "/poco/7/vote/2"), undefined);
  });

  it("has a size limit for every topic and protocol", () => {
    for (const kind of GOSSIP_KINDS) assert.ok(GOSSIP_MAX_BYTES[kind] > 0);
    assert.deepEqual(reqRespLimits(7, reqRespProtocol(7, ReqRespKind.STATUS)), REQ_RESP_LIMITS.status);
    assert.deepEqual(reqRespLimits(7, "/other/1"), DEFAULT_REQ_RESP_LIMITS);
  });

  it("message ids depend on topic and payload", () => {
    const a = gossipMessageId("/poco/7/tx/1", new Uint8Array([1]));
    assert.equal(a.length, 32);
    assert.deepEqual(a, gossipMessageId("/poco/7/tx/1", new Uint8Array([1])));
    assert.notDeepEqual(a, gossipMessageId("/poco/7/vote/1", new Uint8Array([1])));
    assert.notDeepEqual(a, gossipMessageId("/poco/7/tx/1", new Uint8Array([2])));
  });

  it("bootstrap addresses must carry a peer id", () => {
    assert.deepEqual(parseBootstrapAddr(`/ip4/127.0.0.1/tcp/4001/p2p/${PEER}`).peerId, PEER);
    assert.throws(
      () => parseBootstrapAddr("/ip4/127.0.0.1/tcp/4001"),
      (e) => isP2PError(e, P2PErrorCode.BAD_ADDRESS),
    );
    assert.throws(
      () => parseBootstrapAddr("not an address"),
      (e) => isP2PError(e, P2PErrorCode.BAD_ADDRESS),
    );
  });
});

describe("p2p bootstrap redialer", () => {
  it("dials disconnected peers with a capped exponential backoff, skips blocked and connected ones", async () => {
    let now = 0;
    const dials: number[] = [];
    const state = { connected: false, blocked: false };
    const r = new BootstrapRedialer(
      [{ peerId: PEER, addr: `/ip4/127.0.0.1/tcp/1/p2p/${PEER}` }],
      {
        isConnected: () => state.connected,
        isBlocked: () => state.blocked,
        dial: async () => {
          dials.push(now);
          throw new Error("refused");
        },
        now: () => now,
      },
      { tickMs: 100, baseBackoffMs: 100, maxBackoffMs: 400 },
      pino({ level: "silent" }),
    );
    const flush = () => new Promise((res) => setImmediate(res));
    for (now = 0; now <= 2000; now += 100) {
      r.tick();
      await flush();
    }
    // Attempts at 0, then +100, +200, +400, +400, … (capped).
    assert.deepEqual(dials.slice(0, 6), [0, 100, 300, 700, 1100, 1500]);
    const before = dials.length;
    state.blocked = true;
    for (; now <= 4000; now += 100) r.tick();
    assert.equal(dials.length, before);
    state.blocked = false;
    state.connected = true;
    r.tick(); // seen connected: backoff cleared
    state.connected = false;
    r.tick();
    await flush();
    assert.equal(dials.at(-1), now);
  });
});
