/**
 * Liveness under overload (issue 9): the rules that let a network whose validators are slower than
 * the block time degrade gracefully. Round timeouts grow with the round and adapt between heights
 * (up after slow heights, back down after quick ones); proposals are sized from the measured
 * execution speed and the rounds observed; late messages of committed heights are dropped silently,
 * before any signature check or execution, without penalizing the honest late sender.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { pino } from "pino";
import { AdaptiveTimeouts } from "../../consensus/adaptiveTimeouts.js";
import { signProposal } from "../../consensus/proposal.js";
import { type Effect, Tendermint, type TimeoutConfig } from "../../consensus/tendermint.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";
import { signVote } from "../../consensus/vote.js";
import { Chain } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import {
  ConsensusService,
  type ConsensusTransport,
  DEFAULT_CONSENSUS_OPTIONS,
  validatorSetOf,
} from "../../node/consensus/consensusService.js";
import { PrivValidator } from "../../node/consensus/privValidator.js";
import { ProposalBudget } from "../../node/consensus/proposalBudget.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { encode, poco } from "../../proto/index.js";
import { buildFinalizedChain } from "../helpers/chainBuilder.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const BASE: TimeoutConfig = { proposeMs: 3000, proposeDeltaMs: 1000, voteMs: 1000, voteDeltaMs: 500 };

describe("adaptive round timeouts (issue 9, overload)", () => {
  it("within a height, timeouts grow with the round as in CometBFT (base + round × delta)", () => {
    const set = new ValidatorSet(["0xa", "0xb", "0xc", "0xd"].map((address) => ({ address, power: 10 })));
    // "0xz" is never the proposer: every round starts with a propose timeout.
    const engine = new Tendermint<string>("0xz", set);
    const adaptive = new AdaptiveTimeouts(BASE);
    adaptive.onCommit(2, 9_000); // a slow height: the base is now that of round 2
    engine.setTimeouts(adaptive.current());
    const proposeTimeout = (effects: Effect<string>[]) =>
      effects.find((e) => e.kind === "timeout" && e.step === "propose") as { ms: number; round: number };
    let t = proposeTimeout(engine.startHeight(1, set));
    const base = adaptive.current();
    assert.equal(t.ms, base.proposeMs);
    for (let round = 1; round <= 3; round++) {
      engine.onTimeout("propose", 1, round - 1);
      engine.onTimeout("prevote", 1, round - 1);
      t = proposeTimeout(engine.onTimeout("precommit", 1, round - 1));
      assert.equal(t.round, round);
      assert.equal(t.ms, base.proposeMs + round * base.proposeDeltaMs);
    }
  });

  it("a height committed at round r starts the next heights with round r's timeouts", () => {
    const adaptive = new AdaptiveTimeouts(BASE);
    assert.deepEqual(adaptive.current(), BASE);
    // Integer percent scale, rounded up: within 1% of round r's timeouts.
    const near = (actual: number, expected: number) =>
      assert.ok(actual >= expected && actual <= expected * 1.01, `${actual} vs ${expected}`);
    adaptive.onCommit(1, 4_500);
    near(adaptive.current().proposeMs, BASE.proposeMs + BASE.proposeDeltaMs);
    const before = adaptive.current();
    adaptive.onCommit(2, 12_000);
    const after = adaptive.current();
    near(after.proposeMs, before.proposeMs + 2 * before.proposeDeltaMs);
    assert.ok(after.voteMs > before.voteMs && after.voteDeltaMs > before.voteDeltaMs, "every timeout grows");
  });

  it("grows at most to the cap", () => {
    const adaptive = new AdaptiveTimeouts(BASE, { maxScalePercent: 300 });
    for (let i = 0; i < 10; i++) adaptive.onCommit(5, 60_000);
    assert.equal(adaptive.scalePercent, 300);
    assert.equal(adaptive.current().proposeMs, 3 * BASE.proposeMs);
  });

  it("shrinks back to the configured base after quick heights, never below it", () => {
    const adaptive = new AdaptiveTimeouts(BASE);
    for (let i = 0; i < 5; i++) adaptive.onCommit(3, 20_000);
    assert.ok(adaptive.scalePercent > 100);
    let previous = adaptive.scalePercent;
    let steps = 0;
    while (adaptive.scalePercent > 100) {
      adaptive.onCommit(0, 200); // quick: well under half the propose timeout
      assert.ok(adaptive.scalePercent < previous, "each quick height shrinks the timeouts");
      previous = adaptive.scalePercent;
      steps++;
    }
    assert.ok(steps < 40, `back to the base in ${steps} quick heights`);
    adaptive.onCommit(0, 1);
    assert.deepEqual(adaptive.current(), BASE);
  });

  it("a slow height committed at round 0 keeps the timeouts where they are", () => {
    const adaptive = new AdaptiveTimeouts(BASE);
    adaptive.onCommit(2, 10_000);
    const scale = adaptive.scalePercent;
    adaptive.onCommit(0, adaptive.current().proposeMs); // not quick: no shrink
    assert.equal(adaptive.scalePercent, scale);
  });

  it("stays within [base, cap] for any sequence of heights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.nat(100_000)), { maxLength: 200 }),
        fc.integer({ min: 100, max: 2_000 }),
        (heights, cap) => {
          const adaptive = new AdaptiveTimeouts(BASE, { maxScalePercent: cap });
          for (const [round, ms] of heights) {
            adaptive.onCommit(round, ms);
            assert.ok(adaptive.scalePercent >= 100 && adaptive.scalePercent <= cap);
            assert.ok(Number.isSafeInteger(adaptive.current().proposeMs));
          }
        },
      ),
    );
  });
});

describe("proposal budget: blocks sized to what validators execute within the round", () => {
  const options = { executionSharePercent: 25, minTxs: 10, maxTxs: 2_000 };

  it("proposes the configured maximum until it has measured a block", () => {
    const budget = new ProposalBudget(options);
    assert.equal(budget.maxTxs(3_000), 2_000);
    budget.observeExecution(0, 0, 5_000); // an empty block says nothing about the cost per gas
    assert.equal(budget.cost, undefined);
    assert.equal(budget.maxTxs(3_000), 2_000);
  });

  it("caps a proposal so that executing it fits the share of the propose timeout", () => {
    const budget = new ProposalBudget(options);
    // 100 transfers of 20,000 gas executed in 100 ms: 1 ms per tx, 50 ns per gas.
    budget.observeExecution(100, 2_000_000, 100_000);
    assert.deepEqual(budget.cost, { psPerGas: 50_000, gasPerTx: 20_000 });
    // 25% of a 3 s propose timeout = 750 ms = 750 txs at 1 ms each.
    assert.equal(budget.maxTxs(3_000), 750);
    // Longer timeouts (grown after slow heights) admit proportionally more.
    assert.equal(budget.maxTxs(6_000), 1_500);
  });

  it("follows the execution speed: a starved CPU shrinks proposals, a recovered one grows them back", () => {
    const budget = new ProposalBudget(options);
    budget.observeExecution(100, 2_000_000, 100_000);
    const normal = budget.maxTxs(3_000);
    for (let i = 0; i < 10; i++) budget.observeExecution(100, 2_000_000, 1_000_000); // 10× slower
    const starved = budget.maxTxs(3_000);
    assert.ok(starved < normal / 5, `${starved} txs when starved vs ${normal}`);
    for (let i = 0; i < 20; i++) budget.observeExecution(100, 2_000_000, 100_000);
    assert.ok(budget.maxTxs(3_000) >= normal * 0.9, "back near the unloaded size");
  });

  it("halves after a height that needed another round, grows back after round-0 heights (AIMD)", () => {
    const budget = new ProposalBudget(options);
    budget.observeExecution(100, 2_000_000, 100_000);
    const full = budget.maxTxs(3_000);
    budget.observeHeight(1);
    assert.equal(budget.factorPercent, 50);
    assert.equal(budget.maxTxs(3_000), Math.floor(full / 2));
    budget.observeHeight(2);
    assert.equal(budget.factorPercent, 25);
    for (let i = 0; i < 10; i++) budget.observeHeight(0);
    assert.equal(budget.factorPercent, 100);
    assert.equal(budget.maxTxs(3_000), full);
  });

  it("heights slow at round 0 for other reasons (fixed costs) widen the window: execution stays a share of a height", () => {
    const budget = new ProposalBudget(options);
    budget.observeExecution(100, 2_000_000, 100_000); // 1 ms per tx
    assert.equal(budget.maxTxs(1_000), 250);
    for (let i = 0; i < 20; i++) budget.observeHeight(0, 4_000); // heights take 4 s at round 0
    assert.ok(budget.maxTxs(1_000) >= 990 && budget.maxTxs(1_000) <= 1_000, String(budget.maxTxs(1_000)));
    for (let i = 0; i < 30; i++) budget.observeHeight(0, 100); // quick again: back to the timeout
    assert.equal(budget.maxTxs(1_000), 250);
  });

  it("always proposes between the minimum and the configured maximum", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              txs: fc.nat(5_000),
              gas: fc.nat(100_000_000),
              us: fc.nat(100_000_000),
            }),
            fc.record({ round: fc.nat(10), ms: fc.nat(10_000_000) }),
          ),
          { maxLength: 100 },
        ),
        fc.integer({ min: 1, max: 600_000 }),
        (events, proposeMs) => {
          const budget = new ProposalBudget(options);
          for (const e of events) {
            if ("txs" in e) budget.observeExecution(e.txs, e.gas, e.us);
            else budget.observeHeight(e.round, e.ms);
            const n = budget.maxTxs(proposeMs);
            assert.ok(Number.isSafeInteger(n) && n >= options.minTxs && n <= options.maxTxs, String(n));
          }
        },
      ),
    );
  });
});

describe("late messages of committed heights (issue 9, overload)", function () {
  this.timeout(60_000);
  const keys = [0, 1, 2, 3].map((i) => testKey(i));
  let dir: string;
  const closers: (() => Promise<void>)[] = [];

  function genesis(): Genesis {
    const g = testGenesis(keys[0]!, [testKey(10)], 100n * RLC);
    g.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
    return g;
  }

  beforeEach(() => {
    dir = tempDir();
  });

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a proposal or vote for the height just committed (commit window) is ignored silently: no signature check, no execution, no 'invalid proposal', no penalty", async () => {
    await buildFinalizedChain(join(dir, "source"), genesis(), keys, 1);
    const source = await ChainDb.open(join(dir, "source", "chain"));
    closers.push(() => source.close());
    const db = await ChainDb.open(join(dir, "n", "chain"));
    closers.push(() => db.close());
    const chain = await Chain.open(db, genesis(), createStateMachine(TEST_CHAIN_ID));
    const logged: string[] = [];
    const log = pino({ level: "debug" }, { write: (line: string) => void logged.push(line) });
    let recoveries = 0;
    const backend = {
      ...defaultBackend,
      sign: defaultBackend.sign.bind(defaultBackend),
      recoverPublicKey: (h: Uint8Array, sig: Uint8Array) => {
        recoveries++;
        return defaultBackend.recoverPublicKey(h, sig);
      },
    } as typeof defaultBackend;
    const penalized: string[] = [];
    const transport: ConsensusTransport = {
      broadcast() {},
      peerHeights: async () => [],
      blocksByRange: async () => ({ blocks: [], commits: [] }),
      penalize: (peer) => void penalized.push(peer),
    };
    const service = new ConsensusService({
      chain,
      mempool: new Mempool(chain.state),
      key: keys[0]!,
      backend,
      privval: new PrivValidator(join(dir, "n", "privval.json")),
      transport,
      log,
      // Nothing moves by itself: the test drives the height.
      options: {
        ...DEFAULT_CONSENSUS_OPTIONS,
        timeouts: { proposeMs: 60_000, proposeDeltaMs: 0, voteMs: 60_000, voteDeltaMs: 0 },
        rebroadcastMs: 60_000,
        statusPollMs: 60_000,
      },
    });
    closers.push(() => service.stop());
    await service.start();
    const deadline = Date.now() + 5_000;
    while (service.height !== 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(service.height, 1);

    // A round-1 proposal for height 1, built on genesis before height 1 is committed here.
    const proposerHex = validatorSetOf(chain).proposer(1);
    const proposer = keys.find((k) => toHex(k.address) === proposerHex)!;
    const late = chain.buildBlock([], genesis().genesisTimeMs + 1_000, proposer.address, 1);
    const lateProposal = encode(poco.ConsensusMessage, {
      proposal: signProposal(
        {
          chainId: TEST_CHAIN_ID,
          height: 1,
          round: 1,
          polRound: -1,
          blockHash: late.hash,
          proposer: proposer.address,
        },
        proposer.privateKey,
        defaultBackend,
      ),
      block: late.blockBytes,
    });
    const lateVote = encode(poco.ConsensusMessage, {
      vote: signVote(
        {
          chainId: TEST_CHAIN_ID,
          type: "prevote",
          height: 1,
          round: 1,
          blockHash: late.hash,
          timeMs: 1,
          validator: keys[2]!.address,
        },
        keys[2]!.privateKey,
        defaultBackend,
      ),
    });

    // Height 1 is committed (as the commit of the decided block does) while the engine is still at
    // height 1: the commit window, where late messages of that height keep arriving.
    let executions = 0;
    const validate = chain.validateBlock.bind(chain);
    const pending = validate((await source.getBlock(1))!, (b) => decodeAndVerifyTx(b, TEST_CHAIN_ID));
    await chain.commitBlock(pending, (await source.getCommit(1))!);
    chain.validateBlock = (...args) => {
      executions++;
      return validate(...args);
    };
    assert.equal(service.height, 1, "the engine is still at the committed height");

    const before = recoveries;
    for (let i = 0; i < 20; i++) {
      assert.equal(service.receive(lateProposal), "ignore");
      assert.equal(service.receive(lateVote), "ignore");
    }
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(recoveries, before, "no signature recovered for late messages");
    assert.equal(executions, 0, "a late proposal is never executed");
    assert.deepEqual(penalized, []);
    assert.deepEqual(
      logged.filter((l) => /invalid proposal|rejected/.test(l)),
      [],
      "nothing logged as invalid",
    );
  });
  it("a proposer that measured slow execution proposes a smaller block (the cap is its own: the block is valid for everyone)", async () => {
    const alice = testKey(10);
    const db = await ChainDb.open(join(dir, "p", "chain"));
    closers.push(() => db.close());
    const chain = await Chain.open(db, genesis(), createStateMachine(TEST_CHAIN_ID));
    const proposerHex = validatorSetOf(chain).proposer(0);
    const proposer = keys.find((k) => toHex(k.address) === proposerHex)!;
    const mempool = new Mempool(chain.state);
    for (let nonce = 0; nonce < 40; nonce++) {
      mempool.add(decodeAndVerifyTx(signedTransfer(alice, testKey(11), 1n, nonce).bytes, TEST_CHAIN_ID));
    }
    const sent: Uint8Array[] = [];
    const service = new ConsensusService({
      chain,
      mempool,
      key: proposer,
      backend: defaultBackend,
      privval: new PrivValidator(join(dir, "p", "privval.json")),
      transport: {
        broadcast: (m) => void sent.push(m),
        peerHeights: async () => [],
        blocksByRange: async () => ({ blocks: [], commits: [] }),
      },
      log: pino({ level: "silent" }),
      options: {
        ...DEFAULT_CONSENSUS_OPTIONS,
        timeouts: { proposeMs: 1_000, proposeDeltaMs: 0, voteMs: 60_000, voteDeltaMs: 0 },
        rebroadcastMs: 60_000,
        statusPollMs: 60_000,
        // The full block on the wire, so that the test reads its txs and validates it elsewhere.
        compactProposals: false,
      },
    });
    closers.push(() => service.stop());
    // Measured before: 20,000 gas per tx at 1 ms per 1,000 gas (20 ms per tx): the default share of
    // the 1 s propose timeout (40% = 400 ms) holds 20 txs.
    const budget = (service as unknown as { budget: ProposalBudget }).budget;
    budget.observeExecution(10, 200_000, 200_000);
    await service.start();
    const deadline = Date.now() + 5_000;
    while (sent.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const message = poco.ConsensusMessage.decode(sent[0]!);
    assert.ok(message.proposal && message.block, "the proposer sent its proposal");
    const txs = poco.Block.decode(message.block).txs ?? [];
    const fits = Math.floor((1_000 * DEFAULT_CONSENSUS_OPTIONS.proposalExecutionSharePercent) / 100 / 20);
    assert.ok(
      txs.length >= 10 && txs.length <= fits,
      `${txs.length} txs proposed out of 40, at most ${fits}`,
    );
    // Validated by another node with the chain's limits only: the smaller block is valid.
    const otherDb = await ChainDb.open(join(dir, "q", "chain"));
    closers.push(() => otherDb.close());
    const other = await Chain.open(otherDb, genesis(), createStateMachine(TEST_CHAIN_ID));
    const pending = other.validateBlock(message.block, (b) => decodeAndVerifyTx(b, TEST_CHAIN_ID));
    assert.equal(pending.txs.length, txs.length);
  });
});
