/**
 * P2P metric labels stay in fixed sets whatever the network sends: a topic or protocol string that is
 * not one of this chain's becomes "other", and peers never appear as labels.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { Registry } from "prom-client";
import { P2PMetrics } from "../../node/p2p/p2pMetrics.js";
import { GOSSIP_KINDS, gossipTopic, REQ_RESP_KINDS, reqRespProtocol } from "../../node/p2p/topics.js";

const CHAIN = 4242;

describe("p2p metrics", () => {
  it("maps this chain's topics and protocols to their kinds and any other string to 'other'", () => {
    const recorder = new P2PMetrics(new Registry()).forChain(CHAIN);
    for (const k of GOSSIP_KINDS) assert.equal(recorder.topicLabel(gossipTopic(CHAIN, k)), k);
    for (const k of REQ_RESP_KINDS) assert.equal(recorder.protocolLabel(reqRespProtocol(CHAIN, k)), k);
    assert.equal(recorder.topicLabel(gossipTopic(CHAIN + 1, "tx")), "other");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const t = recorder.topicLabel(s);
        const p = recorder.protocolLabel(s);
        return (
          (t === "other" || (GOSSIP_KINDS as readonly string[]).includes(t)) &&
          (p === "other" || (REQ_RESP_KINDS as readonly string[]).includes(p))
        );
      }),
    );
  });

  it("counts bytes, verdicts and exchanges per label, and reads peers, scores and the deny list at scrape", async () => {
    const registry = new Registry();
    const metrics = new P2PMetrics(registry);
    const recorder = metrics.forChain(CHAIN);
    const tx = gossipTopic(CHAIN, "tx");
    recorder.gossipReceived(tx, 100);
    recorder.gossipResult(tx, "reject");
    recorder.gossipSent(tx, 100, 3);
    recorder.gossipReceived("/spam/topic/1", 7);
    recorder.reqResp(reqRespProtocol(CHAIN, "status"), "server", 20, 40, "ok");
    metrics.follow({
      peerDirections: () => ({ inbound: 2, outbound: 1 }),
      peerScores: () => [5, -3, 0],
      blockedPeers: () => 4,
    });
    const text = await registry.metrics();
    const lines = [
      'poco_p2p_gossip_bytes_total{topic="tx",direction="in"} 100',
      'poco_p2p_gossip_bytes_total{topic="tx",direction="out"} 300',
      'poco_p2p_gossip_bytes_total{topic="other",direction="in"} 7',
      'poco_p2p_gossip_messages_validated_total{topic="tx",result="reject"} 1',
      'poco_p2p_reqresp_bytes_total{protocol="status",direction="in"} 20',
      'poco_p2p_reqresp_bytes_total{protocol="status",direction="out"} 40',
      'poco_p2p_reqresp_requests_total{protocol="status",role="server",outcome="ok"} 1',
      'poco_p2p_peers_connected{direction="inbound"} 2',
      'poco_p2p_peers_connected{direction="outbound"} 1',
      'poco_p2p_peer_score{stat="min"} -3',
      'poco_p2p_peer_score{stat="median"} 0',
      'poco_p2p_peer_score{stat="max"} 5',
      "poco_p2p_peers_penalized 1",
      "poco_p2p_peers_blocked 4",
    ];
    for (const line of lines) assert.ok(text.split("\n").includes(line), `${line}\n${text}`);
  });
});
