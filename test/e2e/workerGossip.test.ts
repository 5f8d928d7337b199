/**
 * Worker heartbeats over libp2p gossip: a worker agent joins the network through the scheduler's
 * host as its bootstrap peer and is admitted from its signed heartbeats on the heartbeat topic alone
 * (its HTTP heartbeat endpoint is unreachable); it is seen silent once it stops.
 */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { pino } from "pino";
import type { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import { P2PNetwork } from "../../node/p2p/network.js";
import { generatePeerKey } from "../../node/p2p/peerIdentity.js";
import { GossipKind, gossipTopic } from "../../node/p2p/topics.js";
import { signHeartbeat, verifyHeartbeat } from "../../node/worker/heartbeat.js";
import { WorkerAgent } from "../../node/worker/workerAgent.js";
import { SchedulerService } from "../../node/workerpool/schedulerService.js";
import { TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

const logger = pino({ level: "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("worker heartbeats over gossip", function () {
  this.timeout(30_000);

  it("a worker is admitted from gossip heartbeats and seen silent when it stops", async () => {
    const worker = testKey(4);
    // the scheduler only needs the worker's stake from the node here
    const api = {
      account: async (address: string) => ({
        address,
        balance: "0",
        nonce: 0,
        stake: "5000000000",
        locked: "0",
      }),
    } as unknown as ApiClient;
    const schedNet = new P2PNetwork({
      chainId: TEST_CHAIN_ID,
      listenPort: 0,
      bootstrap: [],
      privateKey: await generatePeerKey(),
      logger,
    });
    const service = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: testKey(3),
      workerpool: `0x${"11".repeat(20)}`,
      heartbeatTimeoutMs: 1_000,
      minWorkerStake: 1n,
      p2p: schedNet,
    });
    await schedNet.start();
    await service.start();
    const workerNet = new P2PNetwork({
      chainId: TEST_CHAIN_ID,
      listenPort: 0,
      bootstrap: [schedNet.listenAddrs()[0]!],
      privateKey: await generatePeerKey(),
      logger,
    });
    await workerNet.start();
    const agent = new WorkerAgent({
      api,
      chainId: TEST_CHAIN_ID,
      key: worker,
      schedulerUrl: "http://127.0.0.1:1", // unreachable: gossip is the only way in
      heartbeatMs: 200,
      capacity: 3,
      tags: 2n,
      powerEfficiency: 8,
      p2p: workerNet,
    });
    try {
      await agent.start();
      const address = toHex(worker.address);
      const until = Date.now() + 15_000;
      while (!service.workers.get(address)?.admitted) {
        assert.ok(Date.now() < until, "no heartbeat arrived over gossip");
        await sleep(100);
      }
      const info = service.workers.get(address)!;
      assert.equal(info.heartbeat.capacity, 3);
      assert.equal(info.heartbeat.tags, 2n);
      assert.equal(info.heartbeat.powerEfficiency, 8);
      assert.equal(info.heartbeat.endpoints[0], agent.url);
      const workers = (await (await fetch(`${service.url}/workers`)).json()) as {
        workers: { address: string; alive: boolean }[];
      };
      assert.deepEqual(
        workers.workers.map((w) => [w.address, w.alive]),
        [[address, true]],
      );
      await agent.stop();
      await sleep(1_500);
      const after = (await (await fetch(`${service.url}/workers`)).json()) as {
        workers: { alive: boolean }[];
      };
      assert.equal(after.workers[0]!.alive, false);
    } finally {
      await agent.stop();
      await service.stop();
      await workerNet.stop();
      await schedNet.stop();
    }
  });

  it("forwards the heartbeats of admitted workers only: those forged with fresh keys stop at the scheduler", async () => {
    const worker = testKey(5);
    const stakedAddress = toHex(worker.address);
    let lookups = 0;
    const api = {
      account: async (address: string) => {
        lookups++;
        return {
          address,
          balance: "0",
          nonce: 0,
          stake: address === stakedAddress ? "5000000000" : "0",
          locked: "0",
        };
      },
    } as unknown as ApiClient;
    const make = async (bootstrap: string[]) => {
      const n = new P2PNetwork({
        chainId: TEST_CHAIN_ID,
        listenPort: 0,
        bootstrap,
        privateKey: await generatePeerKey(),
        logger,
      });
      await n.start();
      return n;
    };
    const schedNet = await make([]);
    const service = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: testKey(3),
      workerpool: `0x${"11".repeat(20)}`,
      minWorkerStake: 1n,
      stakeLookupsPerSecond: 1_000,
      p2p: schedNet,
    });
    await service.start();
    const bootstrap = [schedNet.listenAddrs()[0]!];
    // A watcher subscribed to heartbeats behind the scheduler, and a forger beside it.
    const watcherNet = await make(bootstrap);
    const seen = new Set<string>();
    watcherNet.subscribe(
      gossipTopic(TEST_CHAIN_ID, GossipKind.HEARTBEAT),
      (data) => {
        seen.add(verifyHeartbeat(TEST_CHAIN_ID, data).worker);
        return "accept";
      },
      () => {},
    );
    const forgerNet = await make(bootstrap);
    const workerNet = await make(bootstrap);
    const agent = new WorkerAgent({
      api,
      chainId: TEST_CHAIN_ID,
      key: worker,
      schedulerUrl: "http://127.0.0.1:1",
      heartbeatMs: 200,
      p2p: workerNet,
    });
    try {
      await agent.start();
      const forged = new Set<string>();
      const until = Date.now() + 15_000;
      let i = 0;
      while (!seen.has(stakedAddress) || forged.size < 50) {
        assert.ok(Date.now() < until, `watcher saw ${[...seen].length} workers; forged ${forged.size}`);
        const key = testKey(20_000 + i++);
        const bytes = signHeartbeat(TEST_CHAIN_ID, key, {
          seq: 1,
          timeMs: Date.now(),
          capacity: 1,
          tags: 0n,
          powerEfficiency: 0,
          endpoints: [],
        });
        if (
          await forgerNet.publish(gossipTopic(TEST_CHAIN_ID, GossipKind.HEARTBEAT), bytes).then(
            () => true,
            () => false, // no peer in the topic yet
          )
        )
          forged.add(toHex(key.address));
        await sleep(50);
      }
      await sleep(500);
      assert.deepEqual(
        [...seen],
        [stakedAddress],
        "only the admitted worker's heartbeats reached the watcher",
      );
      // They did reach the scheduler (which looked their stake up and did not admit them).
      const reached = [...forged].filter((a) => service.workers.has(a));
      assert.ok(
        reached.length >= forged.size / 2,
        `${reached.length} of ${forged.size} forged reached the scheduler`,
      );
      assert.ok(reached.every((a) => !service.workers.get(a)!.admitted));
      assert.ok(lookups >= reached.length);
    } finally {
      await agent.stop();
      await service.stop();
      for (const n of [workerNet, forgerNet, watcherNet, schedNet]) await n.stop();
    }
  });
});
