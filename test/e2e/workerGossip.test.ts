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
});
