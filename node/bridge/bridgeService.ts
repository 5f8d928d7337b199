/**
 * The bridge inside a node. Every node computes the checkpoint of every K-th block from its own state;
 * validators sign theirs and gossip the signature; a node given an Ethereum key relays: it collects
 * the signatures from gossip (checked against its own checkpoint and the signer set) and submits the
 * best checkpoint with ≥ 2/3 of the power. A validator with an Ethereum RPC watches deposits on its own
 * Ethereum node and attests them after N confirmations. Proofs of withdrawals are served on the API.
 */
import { type Contract, JsonRpcProvider, Wallet } from "ethers";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { DepositFacts } from "../../bridge/bridgeModule.js";
import { readValidatorSet } from "../../bridge/bridgeModule.js";
import {
  buildCheckpoint,
  type Checkpoint,
  decodeCheckpointSignature,
  encodeCheckpointSignature,
  recoverCheckpointSigner,
  sameCheckpoint,
  signCheckpoint,
} from "../../bridge/checkpoint.js";
import { withdrawalProofRoutes } from "../../bridge/proofServer.js";
import { attestationTx, bridgeAt, CheckpointRelayer, DepositWatcher } from "../../bridge/relayer.js";
import type { Chain } from "../chain/chain.js";
import { toHex } from "../crypto/hash.js";
import type { KeyPair } from "../crypto/keys.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { Mempool } from "../mempool/mempool.js";
import type { P2PNetwork } from "../p2p/network.js";
import { GossipKind, gossipTopic } from "../p2p/topics.js";
import type { VerifiedTx } from "../tx/signedTx.js";

export interface BridgeConfig {
  /** This node's own Ethereum JSON-RPC endpoint. */
  ethRpc: string;
  bridgeAddress: string;
  /** Confirmations before a deposit is attested. */
  confirmations: number;
  /** A checkpoint every this many blocks. */
  checkpointEvery: number;
  /** First Ethereum block to scan for deposits (the bridge's deployment block). */
  startBlock: number;
  /** Private key (0x-hex) of the Ethereum account that submits checkpoints: makes this node a relayer. */
  relayKey?: string;
  pollMs?: number;
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
    if (config.relayKey) {
      const signer = new Wallet(config.relayKey, this.provider);
      this.relayer = new CheckpointRelayer(
        bridgeAt(config.bridgeAddress, signer),
        [readValidatorSet(chain.state)],
        deps.backend,
      );
      this.bridge = bridgeAt(config.bridgeAddress, signer);
    } else {
      this.bridge = bridgeAt(config.bridgeAddress, this.provider);
    }
    const key = deps.validatorKey;
    if (key) {
      this.watcher = new DepositWatcher({
        provider: this.provider,
        bridgeAddress: config.bridgeAddress,
        confirmations: config.confirmations,
        startBlock: config.startBlock,
        cursorFile: `${deps.dataDir}/deposit-cursor.json`,
        attest: async (facts: DepositFacts) => this.attest(key, facts),
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
    this.unsubscribe = this.deps.chain.onBlock((block) =>
      this.onBlock(block.head.height, block.head.hash, block.head.header.stateRoot),
    );
    this.watcher?.start(this.deps.config.pollMs ?? 500, (err) =>
      this.deps.log.warn({ err: (err as Error).message }, "deposit watcher"),
    );
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
    app.get(
      "/checkpoints",
      { schema: { summary: "Recent checkpoints of this node and the signatures it collected" } },
      async () => ({
        lastSubmitted: this.lastSubmitted
          ? { height: this.lastSubmitted.height, gasUsed: this.lastSubmitted.gasUsed.toString() }
          : null,
        onEthereum: Number(await this.bridge.getFunction("lastHeight")()),
        checkpoints: [...this.checkpoints.values()]
          .sort((a, b) => b.cp.height - a.cp.height)
          .map(({ cp, signatures }) => ({
            height: cp.height,
            blockHash: toHex(cp.blockHash),
            withdrawalsRoot: toHex(cp.withdrawalsRoot),
            signers: [...signatures.keys()].sort(),
          })),
      }),
    );
  }

  private onBlock(height: number, hash: Uint8Array, stateRoot: Uint8Array): void {
    if (height % this.deps.config.checkpointEvery !== 0) return;
    const chain = this.deps.chain;
    const cp = buildCheckpoint(chain.chainId, height, hash, stateRoot, chain.state);
    this.checkpoints.set(height, { cp, signatures: new Map() });
    for (const h of [...this.checkpoints.keys()].sort((a, b) => a - b).slice(0, -MAX_KEPT_CHECKPOINTS))
      this.checkpoints.delete(h);
    this.relayer?.addCheckpoint(cp);
    const key = this.deps.validatorKey;
    if (!key) return;
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

  private async relay(): Promise<void> {
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
    }
  }

  private async attest(key: KeyPair, facts: DepositFacts): Promise<void> {
    const chainId = this.deps.chain.chainId;
    const nonce = this.deps.mempool.nextNonce(toHex(key.address));
    const bytes = attestationTx(facts, key.privateKey, chainId, nonce, this.deps.backend);
    this.deps.submitTx(bytes);
  }
}
