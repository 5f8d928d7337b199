/**
 * One seed of the byzantine harness (test/unit/byzantineHarness.test.ts): builds the seed's scenario,
 * runs it in virtual time and returns the invariants it broke. Used in-process and by the seed workers
 * (byzantineSeedWorker.ts) that spread seeds over the machine's cores.
 */
import { validatorSetOf } from "../../node/consensus/consensusService.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { ByzantineNet, seeded } from "./byzantineNet.js";
import { cachingBackend } from "./cachingBackend.js";
import { VirtualClock } from "./virtualClock.js";

/** Virtual time allowed for each phase to reach its goal. */
const PHASE_MS = 30_000;
/**
 * No collection of a node may hold more than this many entries at the end of a seed. A height's worth
 * of attack messages is a few hundred; anything kept across heights grows past it.
 */
const MAX_COLLECTION = 5_000;

const backend = cachingBackend(defaultBackend);

export function replayCommand(seed: number): string {
  return `BYZANTINE_FIRST_SEED=${seed} BYZANTINE_SEEDS=1 TEST_LOG=debug npx mocha test/unit/byzantineHarness.test.ts`;
}

/** The seed's scenario: how hostile the network is and who is cut off for how long. */
export function scenarioOf(seed: number) {
  const r = seeded(seed ^ 0x5eed5eed);
  return {
    drop: Math.floor(r() * 16) / 100,
    duplicate: Math.floor(r() * 31) / 100,
    maxDelayMs: 5 + Math.floor(r() * 76),
    partitionMs: Math.floor(r() * 1_500),
    partitioned: Math.floor(r() * 3),
    attackEveryMs: 40 + Math.floor(r() * 121),
  };
}

/** Runs one seed; returns the invariants it broke (empty when all hold). */
export async function runSeed(
  seed: number,
  dir: string,
  sabotage: { loseEvidence?: boolean } = {},
  phaseMs = PHASE_MS,
): Promise<string[]> {
  const scenario = scenarioOf(seed);
  const clock = new VirtualClock(1_700_000_001_000);
  const net = new ByzantineNet({ seed, dir, clock, backend, ...scenario, ...sabotage });
  const problems: string[] = [];
  const heights = () => net.nodes.map((n) => n.chain.head.height);
  const byz = toHex(net.byzantine.address);
  clock.install();
  try {
    await net.start();
    await clock.run(clock.now() + scenario.partitionMs, () => net.isHealed);
    const atHeal = Math.max(...heights());
    const live = await clock.run(clock.now() + phaseMs, () => Math.min(...heights()) >= atHeal + 3);
    if (!live) problems.push(`no finality after healing (heads ${heights()}, healed at ${atHeal})`);
    // Every equivocation seen must end up slashed everywhere; the offender is then out of the set, so
    // the set of offences stops growing.
    const accounted = () =>
      net.offences().length > 0 &&
      net.nodes.every(
        (n) => !validatorSetOf(n.chain).has(byz) && net.slashes(n).punished.length === net.offences().length,
      );
    await clock.run(clock.now() + phaseMs, accounted);
    const forks = await net.forks();
    if (forks.length > 0) problems.push(`fork at heights ${forks}`);
    const offences = net.offences();
    if (offences.length === 0) problems.push("no equivocation reached an honest validator");
    for (const n of net.nodes) {
      const { punished, timesSlashed } = net.slashes(n);
      if (punished.length !== offences.length || timesSlashed !== offences.length) {
        const name = (o: { height: number; round: number; type: string }) =>
          `${o.height}/${o.round}/${o.type}`;
        const done = new Set(punished.map(name));
        const missing = offences.map(name).filter((o) => !done.has(o));
        problems.push(
          `${n.id}: ${offences.length} equivocations seen, ${punished.length} punished (not: ${missing}), slashed ${timesSlashed} times`,
        );
      }
      if (validatorSetOf(n.chain).has(byz))
        problems.push(`${n.id}: the equivocating validator is not jailed`);
      const set = validatorSetOf(n.chain);
      for (const h of net.honest) {
        const power = set.power(toHex(h.key!.address));
        if (power !== 10) problems.push(`${n.id}: honest validator ${h.id} has power ${power}, not 10`);
      }
    }
    const unfair = net.penaltyReasons.filter((_, i) => net.penalized[i] !== "byz");
    if (unfair.length > 0) problems.push(`honest peers penalized: ${unfair.join("; ")}`);
    if (process.env.BYZANTINE_STATS) {
      console.log(
        `seed ${seed}: ${clock.now() - 1_700_000_001_000} virtual ms, ${clock.fired} timers, heights ${heights()}, ${net.offences().length} offences`,
      );
    }
    for (const c of net.largestCollections()) {
      if (c.size > MAX_COLLECTION) problems.push(`${c.node}: ${c.field} holds ${c.size} entries`);
    }
  } catch (err) {
    problems.push(`threw: ${(err as Error).stack ?? err}`);
  } finally {
    await net.stop();
    clock.uninstall();
  }
  return problems.map((p) => `seed ${seed} ${JSON.stringify(scenario)}: ${p}`);
}

/** Runs seeds `from`..`to`; returns one report (problems + replay command) per failing seed. */
export async function runSeeds(from: number, to: number, dir: string): Promise<string[]> {
  const failures: string[] = [];
  for (let seed = from; seed <= to; seed++) {
    const problems = await runSeed(seed, dir);
    if (problems.length > 0) failures.push(`${problems.join("\n")}\n  replay: ${replayCommand(seed)}`);
  }
  return failures;
}
