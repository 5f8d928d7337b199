/**
 * The bridge inside a node. Every node computes the checkpoint of every K-th block from its own state;
 * validators sign theirs and gossip the signature; a node given an Ethereum key relays: it collects
 * the signatures from gossip (checked against its own checkpoint and the signer set) and submits the
 * best checkpoint with more than 2/3 of the power, one submission at a time. A validator with an
 * Ethereum RPC watches deposits on its own Ethereum node and attests them in batches after N
 * confirmations, until its node's state shows them credited. "Validator" means a member of the set in
 * the current state (not only of genesis). Proofs of withdrawals are served on the API.
 */
import { type Contract, formatEther, JsonRpcProvider, Wallet } from "ethers";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import { type AnchorPolicy, AnchorTracker, DEFAULT_ANCHOR_POLICY } from "../../bridge/anchorPolicy.js";
import {
  depositSettlement,
  readTotals,
  readValidatorSet,
  readWithdrawalCount,
} from "../../bridge/bridgeModule.js";
import {
  type BridgeDomain,
  buildCheckpoint,
  type Checkpoint,
  decodeCheckpointSignature,
  encodeCheckpointSignature,
  recoverCheckpointSigner,
  sameCheckpoint,
  validatorSetHash,
} from "../../bridge/checkpoint.js";
import { withdrawalProofRoutes } from "../../bridge/proofServer.js";
import {
  attestationBatchTx,
  bridgeAt,
  bridgeDomain,
  CheckpointRelayer,
  DEFAULT_DEPOSIT_CONFIRMATIONS,
  type DepositBatch,
  DepositWatcher,
  withdrawalCountAt,
} from "../../bridge/relayer.js";
import { resultsAt, submitTaskResult, type TaskResultProof } from "../../bridge/resultProofs.js";
import type { poco } from "../../proto/index.js";
import { TaskStatus } from "../../scheduler/types.js";
import { accountProofRoutes } from "../api/routes/accountProofRoutes.js";
import { taskProofRoutes } from "../api/routes/taskProofRoutes.js";
import type { Chain } from "../chain/chain.js";
import { toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { Mempool } from "../mempool/mempool.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import { PastStateCache, replayStateAt } from "../state/stateReplay.js";
import { signTx, type VerifiedTx } from "../tx/signedTx.js";
import { BridgeMetrics } from "./bridgeMetrics.js";
import { CheckpointEquivocationDetector } from "./checkpointEquivocation.js";
import { CheckpointSigner } from "./checkpointSigner.js";
import { CheckpointAcceptance } from "./checkpointStatus.js";
import { ResultProofArchive } from "./resultProofArchive.js";

export interface BridgeConfig {
  /** This node's own Ethereum JSON-RPC endpoint. */
  ethRpc: string;
  bridgeAddress: string;
  /** Blocks on top of a deposit's block before it is attested (default 12; 0 on a devnet/Anvil). */
  confirmations?: number;
  /** A checkpoint every this many blocks. */
  checkpointEvery: number;
  /** First Ethereum block to scan for deposits (the bridge's deployment block). */
  startBlock: number;
  /** Private key (0x-hex) of the Ethereum account that submits checkpoints: makes this node a relayer. */
  relayKey?: string;
  pollMs?: number;
  /**
   * When the relayer anchors a checkpoint (pending withdrawals' age, set changes, maximum interval,
   * gas price cap): `DEFAULT_ANCHOR_POLICY` for a mainnet. Absent: every checkpoint with a quorum (the
   * devnet's behaviour before the policy existed).
   */
  anchor?: AnchorPolicy;
  /**
   * PocoResults contract: with `relayKey`, this node delivers the results of completed tasks whose deal
   * names a callback (it submits their proofs once the checkpoint covering them is anchored).
   */
  resultsAddress?: string;
}

interface Deps {
  chain: Chain;
  mempool: Mempool;
  network?: P2PNetwork;
  validatorKey?: KeyPair;
  backend: SignatureBackend;
  dataDir: string;
  config: BridgeConfig;
  log: Logger;
  submitTx(bytes: Uint8Array): VerifiedTx;
  /** Where the bridge's metrics go (the node's registry). */
  metrics?: Registry;
}

const MAX_KEPT_CHECKPOINTS = 64;
/** Callback deliveries waiting for this node's relayer (oldest dropped beyond). */
const MAX_PENDING_DELIVERIES = 1024;
/** Attempts per delivery before it is left to others (anyone may submit the proof). */
const DELIVERY_ATTEMPTS = 3;

export class BridgeService {
  private readonly provider: JsonRpcProvider;
  private readonly bridge: Contract;
  private readonly relayer: CheckpointRelayer | undefined;
  private readonly watcher: DepositWatcher | undefined;
  /** Our own checkpoints, by height, with the signatures seen for each (validator → signature). */
  private readonly checkpoints = new Map<
    number,
    { cp: Checkpoint; signatures: Map<string, Uint8Array>; signers: Set<string> }
  >();
  /** Signs our checkpoints, never two different ones at one height (persisted across restarts). */
  private readonly signer: CheckpointSigner | undefined;
  /** Validators seen signing two different checkpoints at one height: evidence to submit. */
  private readonly equivocations = new CheckpointEquivocationDetector(MAX_KEPT_CHECKPOINTS);
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly topic: string;
  private domain: BridgeDomain | undefined;
  private relaying = false;
  private readonly pastStates = new PastStateCache((h) =>
    replayStateAt(this.deps.chain, h, this.deps.backend),
  );
  /** Members of the set at our previous checkpoint: they still sign the one that rotates them out. */
  private previousSigners = new Set<string>();
  private readonly deepReorgs: Counter | undefined;
  private readonly bridgeMetrics: BridgeMetrics | undefined;
  /** The relayer's Ethereum account (its balance is a metric). */
  private readonly relayAddress: string | undefined;
  /** Follows the anchoring policy's inputs (the relayer's policy, or the default one for the API). */
  private readonly anchorTracker: AnchorTracker;
  /** Which of our checkpoints Ethereum accepted (for the API and the explorer). */
  private readonly acceptance: CheckpointAcceptance;
  private checkpointsView: { atMs: number; body: Promise<unknown> } | undefined;
  /** Proofs of final tasks against anchored state roots (GET /tasks/:id/proof, callback delivery). */
  readonly resultProofs = new ResultProofArchive();
  private readonly results: Contract | undefined;
  private readonly deliveries: { proof: TaskResultProof; attempts: number }[] = [];
  private followingAnchors = false;
  private anchorTimer: NodeJS.Timeout | undefined;
  /** Last checkpoint submitted by this node's relayer. */
  lastSubmitted: { height: number; gasUsed: bigint } | undefined;

  constructor(private readonly deps: Deps) {
    const { config, chain } = deps;
    this.provider = new JsonRpcProvider(config.ethRpc, undefined, {
      staticNetwork: true,
      polling: true,
      pollingInterval: 250,
      // No response caching: consecutive checkpoint submissions must see the account's fresh nonce.
      cacheTimeout: -1,
    });
    this.topic = gossipTopic(chain.chainId, GossipKind.CHECKPOINT_SIG);
    this.anchorTracker = new AnchorTracker(config.anchor ?? DEFAULT_ANCHOR_POLICY);
    this.acceptance = new CheckpointAcceptance(async (height) =>
      String(await this.bridge.getFunction("stateRoots")(height)),
    );
    // After a restart, the set in state stands for the previous checkpoint's set.
    this.previousSigners = new Set(readValidatorSet(chain.state).map((v) => v.address));
    if (config.relayKey) {
      const signer = new Wallet(config.relayKey, this.provider);
      this.relayAddress = signer.address;
      const tracker = config.anchor ? this.anchorTracker : undefined;
      this.relayer = new CheckpointRelayer(
        bridgeAt(config.bridgeAddress, signer),
        [readValidatorSet(chain.state)],
        deps.backend,
        64,
        config.startBlock,
        tracker
          ? {
              due: (cp, onChain) =>
                tracker.reason(
                  cp.height,
                  {
                    height: onChain.lastHeight,
                    withdrawalCount: this.anchoredWithdrawals(onChain.lastHeight),
                  },
                  toHex(cp.nextValidatorSetHash) !== onChain.setHash,
                ) ??
                // a result waiting for its callback is pending work too (this relayer delivers it)
                (config.resultsAddress &&
                this.resultProofs.callbackWaited(cp.height, tracker.policy.maxWithdrawalWaitMs)
                  ? "taskResultsWaited"
                  : undefined),
              ...(config.anchor?.maxFeePerGasWei !== undefined
                ? { maxFeePerGasWei: config.anchor.maxFeePerGasWei }
                : {}),
            }
          : {},
      );
      this.bridge = bridgeAt(config.bridgeAddress, signer);
      if (config.resultsAddress) this.results = resultsAt(config.resultsAddress, signer);
    } else {
      this.bridge = bridgeAt(config.bridgeAddress, this.provider);
    }
    if (deps.metrics) {
      this.bridgeMetrics = new BridgeMetrics(
        deps.metrics,
        {
          depositsCredited: () => readTotals(chain.state).depositsCredited,
          withdrawalsRequested: () => readWithdrawalCount(chain.state),
        },
        config.startBlock,
        config.confirmations ?? DEFAULT_DEPOSIT_CONFIRMATIONS,
      );
      this.deepReorgs = new Counter({
        name: "poco_bridge_deep_reorgs_total",
        help: "Ethereum reorgs deeper than the deposit confirmations seen by the deposit watcher",
        registers: [deps.metrics],
      });
      const archive = this.resultProofs;
      new Gauge({
        name: "poco_result_proofs_pending",
        help: "Final tasks waiting for a proof at an anchored checkpoint (GET /tasks/:id/proof)",
        registers: [deps.metrics],
        collect() {
          this.set(archive.pendingCount);
        },
      });
      new Gauge({
        name: "poco_result_proofs_dropped",
        help: "Final tasks not queued for a proof because the pending set was full",
        registers: [deps.metrics],
        collect() {
          this.set(archive.dropped);
        },
      });
    }
    const key = deps.validatorKey;
    if (key) {
      this.signer = new CheckpointSigner(
        `${deps.dataDir}/checkpoint-signer.json`,
        key.privateKey,
        deps.backend,
      );
      const address = toHex(key.address);
      this.watcher = new DepositWatcher({
        provider: this.provider,
        bridgeAddress: config.bridgeAddress,
        ...(config.confirmations !== undefined ? { confirmations: config.confirmations } : {}),
        startBlock: config.startBlock,
        cursorFile: `${deps.dataDir}/deposit-cursor.json`,
        attestBatch: async (batch) => this.attest(key, batch),
        settlement: (facts) => depositSettlement(chain.state, facts, address),
        onDeepReorg: (info) => {
          this.deepReorgs?.inc();
          deps.log.error(info, "Ethereum reorg deeper than the deposit confirmations");
        },
      });
    }
  }

  /** Subscribes to checkpoint signatures (call before the network starts). */
  subscribe(): void {
    this.deps.network?.subscribe(
      this.topic,
      (data) => this.receiveSignature(data),
      () => {},
    );
  }

  start(): void {
    this.unsubscribe = this.deps.chain.onBlock((block) => {
      this.anchorTracker.observeBlock(
        block.head.height,
        block.head.header.timeMs,
        readWithdrawalCount(this.deps.chain.state),
      );
      this.resultProofs.observeWrites(block.writes, this.deps.chain.state, block.head.header.timeMs);
      this.onBlock(block.head.height, block.head.hash, block.head.header.stateRoot);
    });
    if (this.watcher && this.deps.validatorKey) {
      const me = toHex(this.deps.validatorKey.address);
      const inSet = readValidatorSet(this.deps.chain.state).some((v) => v.address === me);
      if (!inSet) this.deps.log.info("not in the validator set now: deposits are attested once it is");
      this.watcher.start(this.deps.config.pollMs ?? 500, (err) =>
        this.deps.log.warn({ err: (err as Error).message }, "deposit watcher"),
      );
    }
    void this.loadDomain();
    if (this.relayer) {
      this.timer = setInterval(() => void this.relay(), this.deps.config.pollMs ?? 1000);
    }
    this.anchorTimer = setInterval(() => void this.followAnchors(), this.deps.config.pollMs ?? 1000);
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    if (this.anchorTimer) clearInterval(this.anchorTimer);
    await this.watcher?.stop();
    this.provider.destroy();
  }

  /** Withdrawal proofs against the latest checkpoint accepted on Ethereum. */
  async routes(app: FastifyInstance): Promise<void> {
    await withdrawalProofRoutes(app, { bridge: this.bridge, state: () => this.deps.chain.state });
    await taskProofRoutes(app, {
      archive: this.resultProofs,
      state: () => this.deps.chain.state,
      timeMs: () => this.deps.chain.head.header.timeMs,
    });
    // Account proofs for the escape hatch: a past state only at the height anchored on Ethereum.
    await accountProofRoutes(app, {
      chain: this.deps.chain,
      pastHeightAllowed: async (height) => Number(await this.bridge.getFunction("lastHeight")()) === height,
      pastStates: this.pastStates,
    });
    app.get(
      "/checkpoints",
      {
        schema: {
          summary:
            "Recent checkpoints with their status on Ethereum (signed, submitted, accepted, skipped) and what the next anchoring waits for",
        },
      },
      async () => {
        // One report per second whatever the number of clients (each costs Ethereum calls).
        const now = Date.now();
        if (!this.checkpointsView || now - this.checkpointsView.atMs >= 1_000) {
          const body = this.checkpointsReport();
          body.catch(() => {
            if (this.checkpointsView?.body === body) this.checkpointsView = undefined;
          });
          this.checkpointsView = { atMs: now, body };
        }
        return this.checkpointsView.body;
      },
    );
  }

  /**
   * Only what the contract holds is "anchored" (status "accepted"): a checkpoint with a quorum of
   * signatures, or one sent to Ethereum, is not until the contract stores it.
   */
  private async checkpointsReport() {
    const bridge = this.bridge;
    const [lastHeight, setHash] = await Promise.all([
      bridge.getFunction("lastHeight")(),
      bridge.getFunction("validatorSetHash")(),
    ]);
    const onEthereum = Number(lastHeight);
    const state = this.deps.chain.state;
    const anchoredWithdrawals = this.anchoredWithdrawals(onEthereum);
    const anchored = { height: onEthereum, withdrawalCount: anchoredWithdrawals };
    const waiting = this.anchorTracker.waiting(anchored);
    const setChanged = toHex(validatorSetHash(readValidatorSet(state))) !== String(setHash).toLowerCase();
    const next = this.anchorTracker.next(anchored);
    const every = this.deps.config.checkpointEvery;
    const head = this.deps.chain.head.height;
    const policy = this.anchorTracker.policy;
    const kept = [...this.checkpoints.values()].sort((a, b) => b.cp.height - a.cp.height);
    this.acceptance.keepOnly(kept.map((k) => k.cp.height));
    const submitting = this.relayer?.submitting;
    const inFlight = new Set(submitting === undefined ? [] : [submitting]);
    const statuses = await Promise.all(kept.map((k) => this.acceptance.status(k.cp, onEthereum, inFlight)));
    return {
      lastSubmitted: this.lastSubmitted
        ? { height: this.lastSubmitted.height, gasUsed: this.lastSubmitted.gasUsed.toString() }
        : null,
      onEthereum,
      anchoring: {
        // Validators sign every `checkpointEvery` blocks; the relayer anchors one by the policy.
        nextCheckpointHeight: head - (head % every) + every,
        pendingWithdrawals: readWithdrawalCount(state) - anchoredWithdrawals,
        oldestPendingWithdrawalMs: waiting.oldestPendingWithdrawalMs ?? null,
        lastAnchoredTimeMs: waiting.lastAnchoredTimeMs ?? null,
        validatorSetChanged: setChanged,
        policy: { maxWithdrawalWaitMs: policy.maxWithdrawalWaitMs, maxIntervalMs: policy.maxIntervalMs },
        // A set change is anchored at the next checkpoint; otherwise the earliest of T and H.
        nextExpected: setChanged
          ? { atMs: null, waitsFor: "validatorSetChanged" }
          : next
            ? { atMs: next.atMs, waitsFor: next.reason }
            : null,
      },
      relay: this.relayer
        ? {
            lastDecision: this.relayer.lastDecision ?? null,
            nextExpected: next ? { atMs: next.atMs, waitsFor: next.reason } : null,
          }
        : null,
      checkpoints: kept.map(({ cp, signatures }, i) => ({
        height: cp.height,
        blockHash: toHex(cp.blockHash),
        stateRoot: toHex(cp.stateRoot),
        withdrawalsRoot: toHex(cp.withdrawalsRoot),
        signers: [...signatures.keys()].sort(),
        status: statuses[i],
        anchored: statuses[i] === "accepted",
      })),
    };
  }

  /** The (Ethereum chain id, bridge address) checkpoints are signed for; read once from Ethereum. */
  private async loadDomain(): Promise<BridgeDomain | undefined> {
    if (this.domain) return this.domain;
    try {
      this.domain = await bridgeDomain(this.bridge);
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "bridge domain (Ethereum chain id) not known yet");
    }
    return this.domain;
  }

  /** Withdrawals covered by the checkpoint at `height` (what Ethereum can pay). */
  private anchoredWithdrawals(height: number): number {
    const state = this.deps.chain.state;
    return withdrawalCountAt(state, height, readWithdrawalCount(state));
  }

  /** The checkpoints this node computed, newest first, with the validators whose signature it holds. */
  checkpointSigners(): { height: number; signers: string[] }[] {
    return [...this.checkpoints.values()]
      .sort((a, b) => b.cp.height - a.cp.height)
      .map(({ cp, signatures }) => ({ height: cp.height, signers: [...signatures.keys()].sort() }));
  }

  private onBlock(height: number, hash: Uint8Array, stateRoot: Uint8Array): void {
    if (height % this.deps.config.checkpointEvery !== 0) return;
    // the state is this block's now, and only now: take the proofs this height may be anchored with
    this.resultProofs.onCheckpoint(height, this.deps.chain.state, this.deps.chain.head.header.timeMs);
    const domain = this.domain;
    if (!domain) {
      void this.loadDomain(); // the next checkpoint covers this one (the withdrawals tree is cumulative)
      return;
    }
    const chain = this.deps.chain;
    const cp = buildCheckpoint(domain, chain.chainId, height, hash, stateRoot, chain.state);
    const members = new Set(cp.nextValidators.map((v) => v.address));
    const signers = this.previousSigners;
    this.previousSigners = members;
    // Who may sign it: this checkpoint's set and the previous one's (see below).
    this.checkpoints.set(height, { cp, signatures: new Map(), signers: new Set([...members, ...signers]) });
    for (const h of [...this.checkpoints.keys()].sort((a, b) => a - b).slice(0, -MAX_KEPT_CHECKPOINTS))
      this.checkpoints.delete(h);
    this.relayer?.addCheckpoint(cp);
    const key = this.deps.validatorKey;
    if (!key) return;
    // A validator signs whenever it is in the set of this checkpoint's state, or was in the set of the
    // previous one (the set Ethereum may still hold, which must sign the rotation that drops it).
    const me = toHex(key.address);
    if (!members.has(me) && !signers.has(me)) return;
    let signature: Uint8Array;
    try {
      signature = this.signer!.sign(cp);
    } catch (err) {
      this.deps.log.error({ height, err: (err as Error).message }, "checkpoint not signed");
      return;
    }
    this.bridgeMetrics?.checkpointsSigned.inc();
    const message = encodeCheckpointSignature(cp, toHex(key.address), signature);
    this.record(message);
    void this.deps.network
      ?.publish(this.topic, message)
      .catch((err: Error) => this.deps.log.debug({ err: err.message }, "checkpoint gossip"));
  }

  /** Gossip validation: a validator's signature of the checkpoint we computed ourselves. */
  private receiveSignature(data: Uint8Array): "accept" | "ignore" | "reject" {
    let m: ReturnType<typeof decodeCheckpointSignature>;
    try {
      m = decodeCheckpointSignature(data);
    } catch {
      return "reject";
    }
    const ours = this.checkpoints.get(m.checkpoint.height);
    if (!ours) return "ignore"; // not there yet, or long gone
    if (!sameCheckpoint(ours.cp, m.checkpoint)) return this.receiveConflicting(ours, m);
    if (recoverCheckpointSigner(ours.cp, m.signature, this.deps.backend) !== m.validator) return "reject";
    this.record(data);
    return "accept";
  }

  /**
   * A signature of another checkpoint at a height we hold. From a member of the signing set, for the
   * same sidechain and bridge, and really signed by it: one half of a double sign, kept until its
   * other half shows up, and relayed when it completes one (so other validators see the offence too;
   * once per validator and height). Anything else is junk.
   */
  private receiveConflicting(
    ours: { cp: Checkpoint; signers: Set<string> },
    m: ReturnType<typeof decodeCheckpointSignature>,
  ): "accept" | "ignore" | "reject" {
    const cp = m.checkpoint;
    if (
      cp.chainId !== ours.cp.chainId ||
      cp.ethChainId !== ours.cp.ethChainId ||
      cp.bridge !== ours.cp.bridge
    )
      return "reject";
    if (!ours.signers.has(m.validator)) return "reject";
    if (recoverCheckpointSigner(cp, m.signature, this.deps.backend) !== m.validator) return "reject";
    return this.observe(m) ? "accept" : "ignore";
  }

  /** Feeds a verified signature to the double-sign detector; true when it completed an offence. */
  private observe(m: ReturnType<typeof decodeCheckpointSignature>): boolean {
    const evidence = this.equivocations.observe(m);
    if (!evidence) return false;
    this.deps.log.warn({ validator: m.validator, height: m.checkpoint.height }, "double-signed checkpoint");
    this.submitEvidence(evidence);
    return true;
  }

  /** As the consensus service does for double votes: a validator node reports what it saw. */
  private submitEvidence(evidence: poco.IEvidence): void {
    const key = this.deps.validatorKey;
    if (!key) return;
    try {
      const nonce = this.deps.mempool.nextNonce(toHex(key.address));
      const tx = signTx(
        { chainId: this.deps.chain.chainId, nonce, evidence },
        key.privateKey,
        this.deps.backend,
      );
      this.deps.submitTx(tx.bytes);
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "could not submit checkpoint evidence");
    }
  }

  private record(message: Uint8Array): void {
    const m = decodeCheckpointSignature(message);
    this.checkpoints.get(m.checkpoint.height)?.signatures.set(m.validator, m.signature);
    this.relayer?.addSignature(message);
    this.observe(m);
  }

  /** One relay at a time: a tick that finds the previous one still running does nothing. */
  private async relay(): Promise<void> {
    if (this.relaying) return;
    this.relaying = true;
    const decisionBefore = this.relayer!.lastDecision;
    try {
      await this.refreshRelayerBalance();
      const done = await this.relayer!.submitBest();
      if (done) {
        this.bridgeMetrics?.checkpointsSubmitted.inc({ result: "mined" });
        this.lastSubmitted = done;
        this.deps.log.info(
          { height: done.height, gas: done.gasUsed.toString() },
          "checkpoint submitted to Ethereum",
        );
      }
    } catch (err) {
      // the relayer records "submitted …" just before sending: a throw after that is a failed submission
      const decision = this.relayer!.lastDecision;
      if (decision !== decisionBefore && decision?.startsWith("submitted "))
        this.bridgeMetrics?.checkpointsSubmitted.inc({ result: "failed" });
      this.deps.log.warn({ err: (err as Error).message }, "checkpoint relay failed");
    } finally {
      this.relaying = false;
    }
  }

  /** The relayer's ETH balance, read once per relayer cycle (an RPC failure leaves the last value). */
  private async refreshRelayerBalance(): Promise<void> {
    const metrics = this.bridgeMetrics;
    if (!metrics || !this.relayAddress) return;
    try {
      metrics.relayerBalance.set(Number(formatEther(await this.provider.getBalance(this.relayAddress))));
    } catch (err) {
      this.deps.log.debug({ err: (err as Error).message }, "relayer balance");
    }
  }

  /**
   * Follows the latest anchored checkpoint on Ethereum: proofs taken at its height become servable, and
   * completed tasks whose deal names a callback are delivered by this node's relayer (if it has
   * PocoResults). One round at a time.
   */
  private async followAnchors(): Promise<void> {
    if (this.followingAnchors) return;
    this.followingAnchors = true;
    try {
      const height = Number(await this.bridge.getFunction("lastHeight")());
      this.bridgeMetrics?.anchoredHeight(height);
      if (height > this.resultProofs.anchoredHeight) {
        const root = (await this.bridge.getFunction("stateRoots")(height)) as string;
        const { proven, rootMismatch } = this.resultProofs.onAnchored(height, root);
        if (rootMismatch) {
          this.deps.log.error(
            { height, root },
            "the anchored state root differs from this node's: no proofs served",
          );
        }
        if (this.results) {
          for (const proof of proven) {
            if (proof.status !== TaskStatus.COMPLETED || BigInt(proof.deal.callback) === 0n) continue;
            this.deliveries.push({ proof, attempts: 0 });
          }
          this.deliveries.splice(0, Math.max(0, this.deliveries.length - MAX_PENDING_DELIVERIES));
        }
      }
      await this.deliverCallbacks();
      await this.bridgeMetrics?.refreshEthereum(this.bridge);
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "following anchored checkpoints");
    } finally {
      this.followingAnchors = false;
    }
  }

  /** Submits the queued proofs to PocoResults, which calls each deal's callback (skips delivered ones). */
  private async deliverCallbacks(): Promise<void> {
    const results = this.results;
    if (!results) return;
    while (this.deliveries.length > 0) {
      const next = this.deliveries[0]!;
      try {
        const known = await results.getFunction("resultOf")(next.proof.taskId);
        if (Number(known.status) === 0) {
          const { gasUsed, callbackOk } = await submitTaskResult(results, next.proof);
          this.deps.log.info(
            {
              task: next.proof.taskId,
              callback: next.proof.deal.callback,
              ok: callbackOk,
              gas: gasUsed.toString(),
            },
            "task result delivered on Ethereum",
          );
        }
        this.deliveries.shift();
      } catch (err) {
        next.attempts++;
        this.deps.log.warn(
          { task: next.proof.taskId, err: (err as Error).message },
          "result delivery failed",
        );
        if (next.attempts >= DELIVERY_ATTEMPTS) this.deliveries.shift();
        return; // retried at the next round
      }
    }
  }

  /** Signs and submits one batch attestation (a no-op while this node's key is not a validator). */
  private async attest(key: KeyPair, batch: DepositBatch): Promise<void> {
    const me = toHex(key.address);
    if (!readValidatorSet(this.deps.chain.state).some((v) => v.address === me)) return;
    const chainId = this.deps.chain.chainId;
    const nonce = this.deps.mempool.nextNonce(me);
    const bytes = attestationBatchTx(batch, key.privateKey, chainId, nonce, this.deps.backend);
    this.deps.submitTx(bytes);
  }
}
