import assert from "node:assert/strict";
import fc from "fast-check";
import { type Effect, Tendermint } from "../../consensus/tendermint.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";

type SimVote = { validator: string; type: string; round: number; blockHash: string };

interface SimOptions {
  validators: number;
  /** Validators that never send anything. */
  silent?: Set<number>;
  /** Validators that prevote and precommit two different blocks in each round (equivocation). */
  equivocators?: Set<number>;
  /** Partition: messages between the two groups are dropped until `healAt` steps. */
  partition?: { groups: [Set<number>, Set<number>]; healAt: number };
  /** Picks the index of the next message to deliver (random delivery order). */
  pick: (queueLength: number) => number;
  heights: number;
  maxSteps: number;
}

/** N engines on an in-memory network with reordering, silence, partitions and a virtual clock. */
function simulate(opts: SimOptions) {
  const names = Array.from(
    { length: opts.validators },
    (_, i) => `0x${(i + 1).toString(16).padStart(40, "0")}`,
  );
  const set = () => new ValidatorSet(names.map((address) => ({ address, power: 10 })));
  const engines = names.map((n) => new Tendermint<SimVote>(n, set()));
  const decisions: Map<number, string>[] = names.map(() => new Map());
  const evidence: [SimVote, SimVote][] = [];
  type Msg = { to: number; from: number; deliver: () => Effect<SimVote>[] };
  const queue: Msg[] = [];
  const timers: { at: number; node: number; fire: () => Effect<SimVote>[] }[] = [];
  let now = 0;
  let steps = 0;
  const cut = (a: number, b: number) =>
    opts.partition &&
    steps < opts.partition.healAt &&
    opts.partition.groups[0].has(a) !== opts.partition.groups[0].has(b);

  // What each node sent, so it can re-send after a partition heals: the node re-broadcasts its
  // messages of the current height periodically, as gossip alone does not re-deliver dropped ones.
  const sent: ((to: number) => () => Effect<SimVote>[])[][] = names.map(() => []);
  const broadcast = (from: number, make: (to: number) => () => Effect<SimVote>[]) => {
    if (opts.silent?.has(from)) return;
    sent[from]!.push(make);
    for (let to = 0; to < engines.length; to++) queue.push({ to, from, deliver: make(to) });
  };

  function handle(node: number, effects: Effect<SimVote>[]) {
    const engine = engines[node]!;
    for (const e of effects) {
      if (e.kind === "propose") {
        const blockHash = e.blockHash ?? `b${e.height}.${e.round}.${node}`;
        broadcast(
          node,
          (to) => () =>
            engines[to]!.onProposal({
              height: e.height,
              round: e.round,
              polRound: e.polRound,
              blockHash,
              proposer: names[node]!,
              valid: true,
            }),
        );
      } else if (e.kind === "vote") {
        const hashes = opts.equivocators?.has(node) ? [e.blockHash, `evil${e.round}`] : [e.blockHash];
        for (const h of hashes) {
          const signed = { validator: names[node]!, type: e.type, round: e.round, blockHash: h };
          broadcast(
            node,
            (to) => () =>
              engines[to]!.onVote({
                type: e.type,
                height: e.height,
                round: e.round,
                blockHash: h,
                validator: names[node]!,
                signed,
              }),
          );
        }
      } else if (e.kind === "timeout") {
        timers.push({ at: now + e.ms, node, fire: () => engine.onTimeout(e.step, e.height, e.round) });
      } else if (e.kind === "decide") {
        decisions[node]!.set(e.height, e.blockHash);
        assert.ok(e.precommits.length * 3 > engines.length * 2, "a decision carries a quorum of precommits");
        sent[node] = [];
        if (e.height < opts.heights) handle(node, engine.startHeight(e.height + 1, set()));
      } else if (e.kind === "evidence") {
        evidence.push([e.first, e.second]);
      }
    }
  }

  engines.forEach((engine, i) => {
    handle(i, engine.startHeight(1, set()));
  });
  while (steps++ < opts.maxSteps) {
    if (opts.partition && steps === opts.partition.healAt) {
      sent.forEach((makes, from) => {
        for (const make of makes)
          for (let to = 0; to < engines.length; to++) queue.push({ to, from, deliver: make(to) });
      });
    }
    if (queue.length > 0) {
      const [msg] = queue.splice(opts.pick(queue.length), 1);
      if (!cut(msg!.from, msg!.to)) handle(msg!.to, msg!.deliver());
      continue;
    }
    if (timers.length === 0) {
      if (opts.partition && steps < opts.partition.healAt) {
        steps = opts.partition.healAt - 1; // nothing moves until the partition heals
        continue;
      }
      break;
    }
    timers.sort((a, b) => a.at - b.at);
    const timer = timers.shift()!;
    now = Math.max(now, timer.at);
    handle(timer.node, timer.fire());
  }
  return { decisions, evidence, names };
}

function assertAgreement(decisions: Map<number, string>[]) {
  const byHeight = new Map<number, string>();
  for (const d of decisions) {
    for (const [h, hash] of d) {
      const other = byHeight.get(h);
      if (other !== undefined) assert.equal(hash, other, `two different blocks decided at height ${h}`);
      byHeight.set(h, hash);
    }
  }
}

const fifo = () => 0;

describe("Tendermint engine", () => {
  it("4 honest validators decide the same blocks, one per height", () => {
    const { decisions } = simulate({ validators: 4, pick: fifo, heights: 5, maxSteps: 20_000 });
    assertAgreement(decisions);
    for (const d of decisions) assert.equal(d.size, 5);
  });

  it("goes on with one of four silent, and stops (no decision) with two silent", () => {
    const one = simulate({ validators: 4, silent: new Set([0]), pick: fifo, heights: 4, maxSteps: 50_000 });
    assertAgreement(one.decisions);
    assert.equal(one.decisions[1]!.size, 4);
    const two = simulate({
      validators: 4,
      silent: new Set([0, 1]),
      pick: fifo,
      heights: 4,
      maxSteps: 20_000,
    });
    for (const d of two.decisions) assert.equal(d.size, 0);
  });

  it("never decides two blocks at one height under random delivery order, silence and a 2|2 partition", () => {
    fc.assert(
      fc.property(
        fc.infiniteStream(fc.nat()),
        fc.constantFrom(undefined, 0, 3),
        fc.boolean(),
        (randoms, silent, partitioned) => {
          const it = randoms[Symbol.iterator]();
          const result = simulate({
            validators: 4,
            silent: silent === undefined ? undefined : new Set([silent]),
            partition: partitioned
              ? { groups: [new Set([0, 1]), new Set([2, 3])], healAt: 3_000 }
              : undefined,
            pick: (n) => (it.next().value as number) % n,
            heights: 3,
            maxSteps: 30_000,
          });
          assertAgreement(result.decisions);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a 2|2 partition decides nothing until it heals, then the chain goes on", () => {
    const { decisions } = simulate({
      validators: 4,
      partition: { groups: [new Set([0, 1]), new Set([2, 3])], healAt: 1_000_000 },
      pick: fifo,
      heights: 2,
      maxSteps: 5_000,
    });
    for (const d of decisions) assert.equal(d.size, 0);
    const healed = simulate({
      validators: 4,
      partition: { groups: [new Set([0, 1]), new Set([2, 3])], healAt: 2_000 },
      pick: fifo,
      heights: 2,
      maxSteps: 60_000,
    });
    assertAgreement(healed.decisions);
    for (const d of healed.decisions) assert.equal(d.size, 2);
  });

  it("reports an equivocating validator's two votes as evidence, and still decides", () => {
    const { decisions, evidence, names } = simulate({
      validators: 4,
      equivocators: new Set([2]),
      pick: fifo,
      heights: 2,
      maxSteps: 30_000,
    });
    assertAgreement(decisions);
    assert.ok(evidence.length > 0);
    for (const [a, b] of evidence) {
      assert.equal(a.validator, names[2]);
      assert.equal(b.validator, names[2]);
      assert.equal(a.type, b.type);
      assert.equal(a.round, b.round);
      assert.notEqual(a.blockHash, b.blockHash);
    }
    assert.equal(decisions[0]!.size, 2);
  });
});

describe("validator set", () => {
  it("picks proposers of successive rounds in proportion to power, interleaved", () => {
    const set = new ValidatorSet([
      { address: "0xa", power: 3 },
      { address: "0xb", power: 1 },
    ]);
    const seq = Array.from({ length: 8 }, (_, r) => set.proposer(r));
    assert.deepEqual(seq, ["0xa", "0xa", "0xb", "0xa", "0xa", "0xa", "0xb", "0xa"]);
  });

  it("computes quorums in integers", () => {
    const set = new ValidatorSet([1, 2, 3, 4].map((i) => ({ address: `0x${i}`, power: 10 })));
    assert.equal(set.isQuorum(26), false);
    assert.equal(set.isQuorum(27), true);
    assert.equal(set.isOneThird(13), false);
    assert.equal(set.isOneThird(14), true);
  });
});
