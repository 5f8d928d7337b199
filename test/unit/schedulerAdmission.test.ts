/**
 * The scheduler's worker admission under heartbeats forged with fresh keys (free to make): the node
 * is asked for stakes at most `stakeLookupsPerSecond` in all and once per second per worker not
 * admitted; at most `maxPendingWorkers` workers not admitted are remembered; an admitted worker is
 * never forgotten by the flood, and a staked newcomer is admitted once the lookup budget refills.
 * The node's API is a recording stand-in: what is under test is how often the scheduler calls it.
 */
import assert from "node:assert/strict";
import type { ApiClient } from "../../node/cli/apiClient.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { signHeartbeat } from "../../node/worker/heartbeat.js";
import { SchedulerService } from "../../node/workerpool/schedulerService.js";
import { TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

describe("scheduler: worker admission under a flood of fresh keys", () => {
  let clock = 1_000_000;
  let lookups: string[];
  let staked: Set<string>;
  let service: SchedulerService;
  const seqs = new Map<string, number>();

  const heartbeat = (key: KeyPair) => {
    const address = toHex(key.address);
    const seq = (seqs.get(address) ?? 0) + 1;
    seqs.set(address, seq);
    return signHeartbeat(TEST_CHAIN_ID, key, {
      seq,
      timeMs: clock,
      capacity: 1,
      tags: 0n,
      powerEfficiency: 0,
      endpoints: [],
    });
  };

  beforeEach(() => {
    lookups = [];
    staked = new Set();
    seqs.clear();
    const api = {
      account: async (address: string) => {
        lookups.push(address);
        return {
          address,
          balance: "0",
          nonce: 0,
          stake: staked.has(address) ? "5000000000" : "0",
          locked: "0",
        };
      },
    } as unknown as ApiClient;
    service = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: testKey(0),
      workerpool: `0x${"11".repeat(20)}`,
      minWorkerStake: 1n,
      maxPendingWorkers: 100,
      stakeLookupsPerSecond: 20,
      now: () => clock,
    });
  });

  it("asks the node for at most the lookup budget and remembers at most maxPendingWorkers, whatever the flood", async () => {
    const honest = testKey(1);
    staked.add(toHex(honest.address));
    assert.equal((await service.onHeartbeat(heartbeat(honest))).admitted, true);

    for (let i = 0; i < 1_500; i++) await service.onHeartbeat(heartbeat(testKey(10_000 + i)));
    assert.equal(lookups.length, 20, "the burst of 20 lookups (the honest worker's first among them)");
    assert.equal(service.workers.size, 1 + 100, "the admitted worker and 100 pending ones");
    assert.equal(service.workers.get(toHex(honest.address))?.admitted, true, "the flood did not evict it");

    // A staked newcomer during the flood: not looked up while the budget is spent…
    const newcomer = testKey(2);
    staked.add(toHex(newcomer.address));
    assert.equal((await service.onHeartbeat(heartbeat(newcomer))).admitted, false);
    // …and admitted at its next heartbeat once the budget refilled.
    clock += 1_000;
    assert.equal((await service.onHeartbeat(heartbeat(newcomer))).admitted, true);
  });

  it("looks up a worker not admitted at most once per second, however fast it heartbeats", async () => {
    const unstaked = testKey(3);
    for (let i = 0; i < 50; i++) {
      await service.onHeartbeat(heartbeat(unstaked));
      clock += 100; // 10 heartbeats per second for 5 s
    }
    assert.equal(lookups.length, 5);
    // Replays and reordered heartbeats change nothing and cost nothing.
    const old = heartbeat(unstaked);
    await service.onHeartbeat(heartbeat(unstaked));
    const before = lookups.length;
    clock += 5_000;
    await service.onHeartbeat(old);
    assert.equal(lookups.length, before);
  });

  it("limits its HTTP API per client like the node's (429 API_RATE_LIMITED with Retry-After)", async () => {
    const api = {} as unknown as ApiClient;
    const limited = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: testKey(0),
      workerpool: `0x${"11".repeat(20)}`,
      discoverMs: 0,
      pollMs: 60_000,
      apiLimits: { ratePerSecond: 1, burst: 2, exempt: [] },
    });
    await limited.start();
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        last = await fetch(`${limited.url}/workers`);
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 429]);
      assert.equal(((await last!.json()) as { code: string }).code, "API_RATE_LIMITED");
      assert.equal(last!.headers.get("retry-after"), "1");
    } finally {
      await limited.stop();
    }
  });
});
