/**
 * One sidechain node: store, chain, mempool, the validator network (libp2p gossip + BFT consensus, or
 * a local block producer for a one-validator chain without a network) and the API, wired from explicit
 * dependencies. `start` opens everything, `stop` closes it in reverse order and leaves the store
 * consistent.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { isBridgeDuty } from "../bridge/bridgeModule.js";
import type { ClientLimitOptions } from "./api/clientLimits.js";
import { DEFAULT_HEALTH_OPTIONS, type HealthOptions } from "./api/health.js";
import { accountProofRoutes } from "./api/routes/accountProofRoutes.js";
import type { EventOptions } from "./api/routes/eventRoutes.js";
import { buildApi } from "./api/server.js";
import { observeCommittedBlock } from "./blockMetrics.js";
import { type BridgeConfig, BridgeService } from "./bridge/bridgeService.js";
import { BlockProducer, type BlockProducerOptions, DEFAULT_PRODUCER_OPTIONS } from "./chain/blockProducer.js";
import { Chain } from "./chain/chain.js";
import type { Genesis } from "./chain/genesis.js";
import { blockRefetcher } from "./consensus/blockRefetch.js";
import {
  type ConsensusOptions,
  ConsensusService,
  DEFAULT_CONSENSUS_OPTIONS,
} from "./consensus/consensusService.js";
import { P2PTransport } from "./consensus/p2pTransport.js";
import { PeerIdRegistrar } from "./consensus/peerIdRegistrar.js";
import { PrivValidator } from "./consensus/privValidator.js";
import { toHex } from "./crypto/hash.js";
import type { KeyPair } from "./crypto/keys.js";
import { defaultBackend, type SignatureBackend } from "./crypto/secp256k1.js";
import {
  createSignatureVerifier,
  InThreadVerifier,
  type SignatureVerifier,
} from "./crypto/signatureVerifier.js";
import { BlockExecutor, type StateMachineModule } from "./execution/blockExecutor.js";
import { stateMachineModules } from "./execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool, type MempoolLimits } from "./mempool/mempool.js";
import { RecentTxHashes } from "./mempool/recentTxHashes.js";
import { admitTx, admitTxBatch, admitTxList } from "./mempool/txAdmission.js";
import { NodeMetrics } from "./metrics.js";
import type { InboundLimitOptions } from "./p2p/inboundLimits.js";
import { P2PNetwork } from "./p2p/network.js";
import { loadOrCreatePeerKey, peerIdBytes } from "./p2p/peerIdentity.js";
import { activeValidatorPeers } from "./p2p/validatorPeerSet.js";
import { PastStateCache } from "./state/stateReplay.js";
import { SnapshotProducer } from "./statesync/snapshotProducer.js";
import { StateSyncError, StateSyncErrorCode, serveSnapshots } from "./statesync/snapshotProtocol.js";
import { SnapshotStore } from "./statesync/snapshotStore.js";
import { type StateSyncConfig, stateSyncBeforeStart } from "./statesync/stateSyncBootstrap.js";
import { hasUnfinishedStateSync } from "./statesync/stateSyncer.js";
import { ChainDb } from "./storage/chainDb.js";
import type { VerifiedTx } from "./tx/signedTx.js";
import { VerifiedSignatureCache } from "./tx/verifiedSignatureCache.js";
import { NODE_VERSION } from "./version.js";

export { NODE_VERSION };

export interface P2PConfig {
  /** TCP port (0 = any free port). */
  port: number;
  host?: string;
  /** Multiaddrs of peers to connect to, each ending in /p2p/<peer id>. */
  bootstrap: string[];
  /** Addresses advertised to peers instead of the listen addresses (see P2PNetworkOptions). */
  announce?: string[];
  /**
   * false: no tx gossip in or out (the mempool holds only txs submitted here); compact proposals are
   * then completed by fetching their txs from peers (tests of that path; default true).
   */
  txGossip?: boolean;
  /** Inbound connections accepted, in all and per client (defaults: DEFAULT_INBOUND_LIMITS). */
  inbound?: Partial<InboundLimitOptions>;
  /**
   * A validator node registers its own peer id (setPeerId) when its validator has none registered
   * (consensus/peerIdRegistrar.ts; default false: it logs how to, once).
   */
  registerPeerId?: boolean;
}

export interface NodeConfig {
  dataDir: string;
  genesis: Genesis;
  /** The validator key; without it the node follows the chain but does not sign. */
  validatorKey?: KeyPair;
  /** `events`: limits of the GET /events stream (max clients, heartbeat). */
  api: {
    host: string;
    port: number;
    events?: Partial<EventOptions>;
    /** Requests and connections per API client (defaults: DEFAULT_CLIENT_LIMITS). */
    clientLimits?: Partial<ClientLimitOptions>;
  };
  /** The validator network. Without it, a one-validator chain produces blocks locally. */
  p2p?: P2PConfig;
  consensus?: Partial<ConsensusOptions>;
  producer?: Partial<BlockProducerOptions>;
  mempool?: Partial<MempoolLimits>;
  logger: Logger;
  backend?: SignatureBackend;
  /**
   * Threads recovering signatures of gossip batches and proposals (default: cores − 1, at least 1);
   * 0 recovers on the event loop.
   */
  verifierThreads?: number;
  /** Extra state machine modules after the chain's own (tests, extensions). */
  modules?: StateMachineModule[];
  onFatal?: (err: Error) => void;
  /** The Ethereum bridge: deposits, checkpoints, withdrawal proofs (and relaying with a relay key). */
  bridge?: BridgeConfig;
  /** Memory for state values and tree nodes read from the store (`--state-cache-mb`). */
  stateCacheMb?: number;
  /** Table files the store keeps open (`--db-max-open-files`; ChainDb's default otherwise). */
  dbMaxOpenFiles?: number;
  /** Heights of state history kept for past proofs and reads (`--state-history`, default 128). */
  stateHistory?: number;
  /** Keep all state history, never prune (`--archive`). */
  archive?: boolean;
  /** When GET /health calls the head stale (default: 20 block times, at least 30 s). */
  health?: Partial<HealthOptions>;
  /** Produce and serve a state snapshot every N heights (`--snapshot-interval`; 0 or absent = off). */
  snapshotInterval?: number;
  /** Snapshots kept on disk (default 2). */
  snapshotKeep?: number;
  /** Fill an empty store from peers' snapshots before starting (`--state-sync`; needs p2p). */
  stateSync?: StateSyncConfig;
}

export class PocoNode {
  private constructor(
    readonly config: NodeConfig,
    readonly db: ChainDb,
    readonly chain: Chain,
    readonly mempool: Mempool,
    readonly metrics: NodeMetrics,
    readonly api: FastifyInstance,
    readonly apiUrl: string,
    readonly producer: BlockProducer | undefined,
    readonly network: P2PNetwork | undefined,
    readonly consensus: ConsensusService | undefined,
    readonly bridge: BridgeService | undefined,
    readonly verifier: SignatureVerifier,
    readonly signatures: VerifiedSignatureCache,
    readonly snapshots?: SnapshotProducer,
  ) {}

  static async start(config: NodeConfig): Promise<PocoNode> {
    const log = config.logger;
    const backend = config.backend ?? defaultBackend;
    mkdirSync(config.dataDir, { recursive: true });
    // One check of each signature on the way from gossip to commit: the cache is shared by admission,
    // proposal validation, block import and execution (market txs' inner signatures); the verifier's
    // threads do the recoveries of batches.
    const signatures = new VerifiedSignatureCache();
    const executor = new BlockExecutor([
      ...stateMachineModules(config.genesis.chainId, backend, { signatures }),
      ...(config.modules ?? []),
    ]);
    const db = await ChainDb.open(
      join(config.dataDir, "chain"),
      config.dbMaxOpenFiles !== undefined ? { maxOpenFiles: config.dbMaxOpenFiles } : {},
    );
    const metrics = new NodeMetrics();
    let chain: Chain;
    try {
      if (!config.stateSync && hasUnfinishedStateSync(db)) {
        throw new StateSyncError(
          StateSyncErrorCode.UNFINISHED,
          `${config.dataDir} holds an unfinished state sync: start with --state-sync to resume it, or remove it`,
        );
      }
      if (config.stateSync && config.p2p) {
        await stateSyncBeforeStart({
          db,
          genesis: config.genesis,
          dataDir: config.dataDir,
          p2p: config.p2p,
          config: config.stateSync,
          backend,
          log: log.child({ module: "statesync" }),
          onProgress: (done, total) => metrics.sync.stateSyncProgress(done, total),
        });
      }
      chain = await Chain.open(db, config.genesis, executor, backend, {
        ...(config.stateCacheMb !== undefined ? { stateCacheMb: config.stateCacheMb } : {}),
        ...(config.stateHistory !== undefined ? { stateHistory: config.stateHistory } : {}),
        ...(config.archive ? { archive: true } : {}),
      });
    } catch (err) {
      await db.close();
      throw err;
    }
    const mempool = new Mempool(
      chain.state,
      { ...DEFAULT_MEMPOOL_LIMITS, ...config.mempool },
      { baseFee: () => chain.nextBaseFee(), params: () => chain.params },
    );
    const chainId = config.genesis.chainId;
    const onFatal = config.onFatal ?? ((err: Error) => log.fatal({ err }, "fatal"));

    const validator = config.validatorKey;
    const isValidator =
      validator !== undefined &&
      config.genesis.validators.some((v) => v.address === toHex(validator.address));
    if (validator && !isValidator)
      log.warn(
        { address: validator.addressHex },
        "key is not in the genesis validator set: it signs consensus once bonded",
      );

    let network: P2PNetwork | undefined;
    let transport: P2PTransport | undefined;
    let consensus: ConsensusService | undefined;
    let producer: BlockProducer | undefined;
    let snapshots: SnapshotProducer | undefined;

    // Replayed txs (already in blocks) are refused by hash, before their signature is recovered.
    const committedTxs = new RecentTxHashes();
    chain.onBlock((block) => {
      for (const tx of block.txs) committedTxs.add(tx.hashHex);
    });
    // Also without p2p: the API's submissions are recovered on the threads (they start lazily, with
    // the first batch worth a thread hop).
    const verifier: SignatureVerifier =
      config.verifierThreads !== 0
        ? createSignatureVerifier(backend, {
            ...(config.verifierThreads !== undefined ? { threads: config.verifierThreads } : {}),
          })
        : new InThreadVerifier(backend);
    const admission = {
      chainId,
      backend,
      executor,
      mempool,
      signatures,
      verifier,
      // Bridge attestations from validators are a duty: exempt from the per-sender cap.
      isDuty: (tx: VerifiedTx) => isBridgeDuty(chain.state, tx.tx, tx.senderHex),
      committed: committedTxs,
    };
    const admit = (bytes: Uint8Array, relayed: boolean): VerifiedTx => admitTx(admission, bytes, relayed);
    /** From the API: admit, then gossip to the other nodes. */
    const submitTx = (bytes: Uint8Array): VerifiedTx => {
      const verified = admit(bytes, false);
      transport?.publishTx(verified.bytes);
      return verified;
    };
    /** From the API, many at once: signatures recovered on the verifier's threads, then gossiped. */
    const submitTxs = async (list: readonly Uint8Array[]): Promise<(VerifiedTx | Error)[]> => {
      const results = await admitTxList(admission, list, false);
      for (const r of results) if (!(r instanceof Error)) transport?.publishTx(r.bytes);
      return results;
    };

    if (config.p2p) {
      // The active validators' registered peer ids: places kept for them like for bootstrap peers.
      const readValidatorPeers = (): Set<string> => {
        try {
          return activeValidatorPeers(chain.state, chain.validatorSet());
        } catch {
          return new Set(); // no validator set yet (an empty node before its state sync)
        }
      };
      let validatorPeers = readValidatorPeers();
      chain.onBlock(() => {
        validatorPeers = readValidatorPeers();
      });
      network = new P2PNetwork({
        chainId,
        listenPort: config.p2p.port,
        host: config.p2p.host ?? "127.0.0.1",
        bootstrap: config.p2p.bootstrap,
        announce: config.p2p.announce,
        privateKey: await loadOrCreatePeerKey(config.dataDir),
        logger: log.child({ module: "p2p" }),
        metrics: metrics.p2p.forChain(chainId),
        ...(config.p2p.inbound ? { inbound: config.p2p.inbound } : {}),
        isReservedPeer: (peerId) => validatorPeers.has(peerId),
      });
      metrics.p2p.follow(network);
      transport = new P2PTransport(network, chain, log.child({ module: "transport" }));
      transport.serveChain();
      if (config.p2p.txGossip !== false) transport.subscribeTxs((txs) => admitTxBatch(admission, txs, true));
      consensus = new ConsensusService({
        chain,
        mempool,
        // Always the key: the service signs at the heights where the state's set holds its address
        // (bonded after genesis included), not only for the genesis validators.
        ...(validator ? { key: validator } : {}),
        backend,
        verifier,
        signatures,
        privval: new PrivValidator(join(config.dataDir, "privval.json")),
        transport,
        log: log.child({ module: "consensus" }),
        options: { ...DEFAULT_CONSENSUS_OPTIONS, ...config.consensus },
        onFatal,
      });
      const service = consensus;
      if (validator) {
        const registrar = new PeerIdRegistrar({
          autoRegister: config.p2p.registerPeerId === true,
          key: validator,
          chainId,
          peerId: peerIdBytes(network.peerId),
          state: () => chain.state,
          height: () => chain.head.height,
          nextBaseFee: () => chain.nextBaseFee(),
          minBaseFee: chain.params.minBaseFee,
          nextNonce: (address) => mempool.nextNonce(address),
          submitTx: (bytes) => submitTx(bytes),
          syncing: () => service.isSyncing,
          log: log.child({ module: "peer-id" }),
        });
        chain.onBlock(() => registrar.onBlock());
      }
      metrics.sync.follow({
        headHeight: () => chain.head.height,
        bestPeerHeight: () => service.bestPeerHeight,
      });
      transport.subscribeConsensus((bytes, from) => service.receive(bytes, from));
      // Peers completing our compact proposals fetch txs from the blocks held for the current height.
      transport.holdBlocksFrom((hashHex) => service.heldBlock(hashHex));
      // A damaged stored block is re-fetched from peers and written back (issue 9.11).
      chain.db.setBlockRefetcher(blockRefetcher(transport, log.child({ module: "repair" })));
      if ((config.snapshotInterval ?? 0) > 0) {
        const store = await SnapshotStore.open(join(config.dataDir, "snapshots"), config.snapshotKeep ?? 2);
        await serveSnapshots(network, store);
        snapshots = new SnapshotProducer(
          chain,
          store,
          config.snapshotInterval!,
          log.child({ module: "snapshots" }),
        );
        snapshots.start();
      }
      await network.start();
    } else if (isValidator) {
      if (config.genesis.validators.length > 1) {
        log.warn(
          "several genesis validators but no p2p network configured: producing blocks alone is unsafe",
        );
      }
      producer = new BlockProducer(
        chain,
        mempool,
        validator!,
        backend,
        { ...DEFAULT_PRODUCER_OPTIONS, ...config.producer },
        log.child({ module: "producer" }),
        new PrivValidator(join(config.dataDir, "privval.json")),
        Date.now,
        onFatal,
      );
    }

    const bridge = config.bridge
      ? new BridgeService({
          chain,
          mempool,
          network,
          // Any configured key: the bridge checks membership in the CURRENT set (not only genesis).
          ...(validator ? { validatorKey: validator } : {}),
          backend,
          dataDir: config.dataDir,
          config: config.bridge,
          metrics: metrics.registry,
          log: log.child({ module: "bridge" }),
          submitTx,
        })
      : undefined;
    bridge?.subscribe();

    metrics.market.followOpenOrders(() => chain.state);
    chain.onBeforeCommit((writes, before) => metrics.market.observeWrites(writes, before));
    let parentTimeMs: number | undefined = chain.head.header.timeMs;
    chain.onBlock((block) => {
      observeCommittedBlock(metrics, block, parentTimeMs, chain.validatorSet());
      parentTimeMs = block.head.header.timeMs;
      metrics.blocksCommitted.inc();
      if (consensus?.isSyncing) metrics.sync.blocksImported.inc();
      metrics.headHeight.set(block.head.height);
      const failed = block.receipts.filter((r) => r.error).length;
      metrics.txsCommitted.inc({ outcome: "success" }, block.receipts.length - failed);
      metrics.txsCommitted.inc({ outcome: "failed" }, failed);
      metrics.mempoolTxs.set(mempool.size);
      metrics.blockCommitSeconds.observe(block.durationMs / 1000);
      metrics.blockExecutionSeconds.observe(block.executionMs / 1000);
    });

    const api = await buildApi(
      {
        chain,
        mempool,
        metrics,
        submitTx,
        submitTxs,
        nodeInfo: {
          version: NODE_VERSION,
          validator: isValidator ? validator!.addressHex : null,
          peerId: network?.peerId ?? null,
          p2pAddrs: network?.listenAddrs() ?? [],
          peers: () => network?.peers().length ?? 0,
          peerScores: () =>
            network ? network.peers().map((peerId) => ({ peerId, score: network!.peerScore(peerId) })) : [],
        },
        health: {
          blockTimeMs: network
            ? (config.consensus?.blockTimeMs ?? DEFAULT_CONSENSUS_OPTIONS.blockTimeMs)
            : (config.producer?.blockTimeMs ?? DEFAULT_PRODUCER_OPTIONS.blockTimeMs),
          p2p: network !== undefined,
          syncing: () => consensus?.isSyncing ?? false,
          options: { ...DEFAULT_HEALTH_OPTIONS, ...config.health },
        },
        ...(config.api.events ? { events: config.api.events } : {}),
        ...(config.api.clientLimits ? { clientLimits: config.api.clientLimits } : {}),
      },
      log,
      bridge
        ? [(app) => bridge.routes(app)]
        : [
            // Without a bridge: account proofs at the heights kept in state history only.
            (app) =>
              accountProofRoutes(app, {
                chain,
                pastHeightAllowed: async () => false,
                pastStates: new PastStateCache(async () => {
                  throw new Error("unreachable: no past height is allowed for replay");
                }),
              }),
          ],
    );
    const apiUrl = await api.listen({ host: config.api.host, port: config.api.port });
    producer?.start();
    await consensus?.start();
    bridge?.start();
    log.info(
      {
        api: apiUrl,
        height: chain.head.height,
        chainId,
        validator: isValidator,
        p2p: network?.listenAddrs(),
      },
      "node started",
    );
    return new PocoNode(
      config,
      db,
      chain,
      mempool,
      metrics,
      api,
      apiUrl,
      producer,
      network,
      consensus,
      bridge,
      verifier,
      signatures,
      snapshots,
    );
  }

  async stop(): Promise<void> {
    await this.bridge?.stop();
    await this.producer?.stop();
    await this.consensus?.stop();
    await this.api.close();
    await this.network?.stop();
    await this.verifier.close();
    await this.snapshots?.stop();
    await this.chain.historyPruner.idle(); // a prune batch in flight lands before the store closes
    await this.db.close();
  }
}
