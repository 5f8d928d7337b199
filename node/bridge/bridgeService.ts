/**
 * The bridge inside a node. Every node computes the checkpoint of every K-th block from its own state;
 * validators sign theirs and gossip the signature; a node given an Ethereum key relays: it collects
 * the signatures from gossip (checked against its own checkpoint and the signer set) and submits the
 * best checkpoint with more than 2/3 of the power, one submission at a time. A validator with an
 * Ethereum RPC watches deposits on its own Ethereum node and attests them in batches after N
 * confirmations, until its node's state shows them credited. "Validator" means a member of the set in
 * the current state (not only of genesis). Proofs of withdrawals are served on the API.
 */
import { type Contract, JsonRpcProvider, Wallet } from "ethers";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import { type AnchorPolicy, AnchorTracker } from "../../bridge/anchorPolicy.js";
import { depositSettlement, readValidatorSet, readWithdrawalCount } from "../../bridge/bridgeModule.js";
import {
  type BridgeDomain,
  buildCheckpoint,
  type Checkpoint,
  decodeCheckpointSignature,
  encodeCheckpointSignature,
  recoverCheckpointSigner,
  sameCheckpoint,
  signCheckpoint,
} from "../../bridge/checkpoint.js";
import { withdrawalProofRoutes } from "../../bridge/proofServer.js";
import {
  attestationBatchTx,
  bridgeAt,
  bridgeDomain,
  CheckpointRelayer,
  type DepositBatch,
  DepositWatcher,
  withdrawalCountAt,
} from "../../bridge/relayer.js";
import { accountProofRoutes } from "../api/routes/accountProofRoutes.js";
import type { Chain } from "../chain/chain.js";
import { toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { Mempool } from "../mempool/mempool.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import { PastStateCache, replayStateAt } from "../state/stateReplay.js";
import type { VerifiedTx } from "../tx/signedTx.js";

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

export class BridgeService {
  private readonly provider: JsonRpcProvider;
  private readonly bridge: Contract;
  private readonly relayer: CheckpointRelayer | undefined;
  private readonly watcher: DepositWatcher | undefined;
  /** Our own checkpoints, by height, with the signatures seen for each (validator → signature). */
  private readonly checkpoints = new Map<number, { cp: Checkpoint; signatures: Map<string, Uint8Array> }>();
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
  private readonly anchorTracker: AnchorTracker | undefined;
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
    // After a restart, the set in state stands for the previous checkpoint's set.
    this.previousSigners = new Set(readValidatorSet(chain.state).map((v) => v.address));
    if (config.relayKey) {
      const signer = new Wallet(config.relayKey, this.provider);
      const tracker = config.anchor ? new AnchorTracker(config.anchor) : undefined;
      this.anchorTracker = tracker;
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
                ),
              ...(config.anchor?.maxFeePerGasWei !== undefined
                ? { maxFeePerGasWei: config.anchor.maxFeePerGasWei }
                : {}),
            }
          : {},
      );
      this.bridge = bridgeAt(config.bridgeAddress, signer);
    } else {
      this.bridge = bridgeAt(config.bridgeAddress, this.provider);
    }
    if (deps.metrics) {
      this.deepReorgs = new Counter({
        name: "poco_bridge_deep_reorgs_total",
        help: "Ethereum reorgs deeper than the deposit confirmations seen by the deposit watcher",
        registers: [deps.metrics],
      });
    }
    const key = deps.validatorKey;
    if (key) {
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
      this.anchorTracker?.observeBlock(
        block.head.height,
        block.head.header.timeMs,
        readWithdrawalCount(this.deps.chain.state),
      );
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
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await this.watcher?.stop();
    this.provider.destroy();
  }

  /** Withdrawal proofs against the latest checkpoint accepted on Ethereum. */
  async routes(app: FastifyInstance): Promise<void> {
    await withdrawalProofRoutes(app, { bridge: this.bridge, state: () => this.deps.chain.state });
    // Account proofs for the escape hatch: a past state only at the height anchored on Ethereum.
    await accountProofRoutes(app, {
      chain: this.deps.chain,
      pastHeightAllowed: async (height) => Number(await this.bridge.getFunction("lastHeight")()) === height,
      pastStates: this.pastStates,
    });
    app.get(
      "/checkpoints",
      { schema: { summary: "Recent checkpoints of this node and the signatures it collected" } },
      async () => {
        // Only what the contract holds is "anchored": a checkpoint never accepted there is not.
        const onEthereum = Number(await this.bridge.getFunction("lastHeight")());
        const next = this.anchorTracker?.next({
          height: onEthereum,
          withdrawalCount: this.anchoredWithdrawals(onEthereum),
        });
        return {
          lastSubmitted: this.lastSubmitted
            ? { height: this.lastSubmitted.height, gasUsed: this.lastSubmitted.gasUsed.toString() }
            : null,
          onEthereum,
          relay: this.relayer
            ? {
                lastDecision: this.relayer.lastDecision ?? null,
                nextExpected: next ? { atMs: next.atMs, waitsFor: next.reason } : null,
              }
            : null,
          checkpoints: [...this.checkpoints.values()]
            .sort((a, b) => b.cp.height - a.cp.height)
            .map(({ cp, signatures }) => ({
              height: cp.height,
              blockHash: toHex(cp.blockHash),
              withdrawalsRoot: toHex(cp.withdrawalsRoot),
              signers: [...signatures.keys()].sort(),
            })),
        };
      },
    );
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
    this.checkpoints.set(height, { cp, signatures: new Map() });
    for (const h of [...this.checkpoints.keys()].sort((a, b) => a - b).slice(0, -MAX_KEPT_CHECKPOINTS))
      this.checkpoints.delete(h);
    this.relayer?.addCheckpoint(cp);
    const key = this.deps.validatorKey;
    if (!key) return;
    // A validator signs whenever it is in the set of this checkpoint's state, or was in the set of the
    // previous one (the set Ethereum may still hold, which must sign the rotation that drops it).
    const me = toHex(key.address);
    if (!members.has(me) && !signers.has(me)) return;
    const signature = signCheckpoint(cp, key.privateKey, this.deps.backend);
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
    if (!sameCheckpoint(ours.cp, m.checkpoint)) return "reject";
    if (recoverCheckpointSigner(ours.cp, m.signature, this.deps.backend) !== m.validator) return "reject";
    this.record(data);
    return "accept";
  }

  private record(message: Uint8Array): void {
    const m = decodeCheckpointSignature(message);
    this.checkpoints.get(m.checkpoint.height)?.signatures.set(m.validator, m.signature);
    this.relayer?.addSignature(message);
  }

  /** One relay at a time: a tick that finds the previous one still running does nothing. */
  private async relay(): Promise<void> {
    if (this.relaying) return;
    this.relaying = true;
    try {
      const done = await this.relayer!.submitBest();
      if (done) {
        this.lastSubmitted = done;
        this.deps.log.info(
          { height: done.height, gas: done.gasUsed.toString() },
          "checkpoint submitted to Ethereum",
        );
      }
    } catch (err) {
      this.deps.log.warn({ err: (err as Error).message }, "checkpoint relay failed");
    } finally {
      this.relaying = false;
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
