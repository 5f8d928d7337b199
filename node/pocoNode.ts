/**
 * One sidechain node: store, chain, mempool, block production (when it is the validator) and the API,
 * wired from explicit dependencies. `start` opens everything, `stop` closes it in reverse order and
 * leaves the store consistent.
 */
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { buildApi } from "./api/server.js";
import { BlockProducer, type BlockProducerOptions, DEFAULT_PRODUCER_OPTIONS } from "./chain/blockProducer.js";
import { Chain } from "./chain/chain.js";
import type { Genesis } from "./chain/genesis.js";
import { toHex } from "./crypto/hash.js";
import type { KeyPair } from "./crypto/keys.js";
import { defaultBackend, type SignatureBackend } from "./crypto/secp256k1.js";
import { BlockExecutor, type StateMachineModule } from "./execution/blockExecutor.js";
import { stateMachineModules } from "./execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool, type MempoolLimits } from "./mempool/mempool.js";
import { NodeMetrics } from "./metrics.js";
import { ChainDb } from "./storage/chainDb.js";
import { decodeAndVerifyTx, type VerifiedTx } from "./tx/signedTx.js";

export const NODE_VERSION = "0.1.0";

export interface NodeConfig {
  dataDir: string;
  genesis: Genesis;
  /** The validator key; without it the node follows but does not produce blocks. */
  validatorKey?: KeyPair;
  api: { host: string; port: number };
  producer?: Partial<BlockProducerOptions>;
  mempool?: Partial<MempoolLimits>;
  logger: Logger;
  backend?: SignatureBackend;
  /** Extra state machine modules (market, bridge…), after the base module. */
  modules?: StateMachineModule[];
  onFatal?: (err: Error) => void;
}

export class PocoNode {
  private constructor(
    readonly config: NodeConfig,
    readonly db: ChainDb,
    readonly chain: Chain,
    readonly mempool: Mempool,
    readonly metrics: NodeMetrics,
    readonly api: FastifyInstance,
    readonly producer: BlockProducer | undefined,
    readonly apiUrl: string,
  ) {}

  static async start(config: NodeConfig): Promise<PocoNode> {
    const log = config.logger;
    const backend = config.backend ?? defaultBackend;
    const executor = new BlockExecutor([
      ...stateMachineModules(config.genesis.chainId, backend),
      ...(config.modules ?? []),
    ]);
    const db = await ChainDb.open(`${config.dataDir}/chain`);
    let chain: Chain;
    try {
      chain = await Chain.open(db, config.genesis, executor, backend);
    } catch (err) {
      await db.close();
      throw err;
    }
    const mempool = new Mempool(chain.state, { ...DEFAULT_MEMPOOL_LIMITS, ...config.mempool });
    const metrics = new NodeMetrics();
    const chainId = config.genesis.chainId;
    const submitTx = (bytes: Uint8Array): VerifiedTx => {
      const verified = decodeAndVerifyTx(bytes, chainId, backend);
      executor.validateFields(verified.tx);
      mempool.add(verified);
      return verified;
    };
    chain.onBlock((block) => {
      metrics.blocksCommitted.inc();
      metrics.headHeight.set(block.head.height);
      const failed = block.receipts.filter((r) => r.error).length;
      metrics.txsCommitted.inc({ outcome: "success" }, block.receipts.length - failed);
      metrics.txsCommitted.inc({ outcome: "failed" }, failed);
      metrics.mempoolTxs.set(mempool.size);
      metrics.blockCommitSeconds.observe(block.durationMs / 1000);
    });
    const validator = config.validatorKey;
    const isValidator =
      validator !== undefined &&
      config.genesis.validators.some((v) => v.address === toHex(validator.address));
    if (validator && !isValidator)
      log.warn({ address: validator.addressHex }, "key is not in the genesis validator set");
    const api = await buildApi(
      {
        chain,
        mempool,
        metrics,
        submitTx,
        nodeInfo: {
          version: NODE_VERSION,
          validator: isValidator ? validator!.addressHex : null,
          startedAtMs: Date.now(),
        },
      },
      log,
    );
    const address = await api.listen({ host: config.api.host, port: config.api.port });
    let producer: BlockProducer | undefined;
    if (isValidator) {
      const options = { ...DEFAULT_PRODUCER_OPTIONS, ...config.producer };
      producer = new BlockProducer(
        chain,
        mempool,
        validator!,
        backend,
        options,
        log.child({ module: "producer" }),
        Date.now,
        (err) => {
          (config.onFatal ?? ((e) => log.fatal({ err: e }, "fatal")))(err);
        },
      );
      producer.start();
    }
    log.info({ api: address, height: chain.head.height, chainId, validator: isValidator }, "node started");
    return new PocoNode(config, db, chain, mempool, metrics, api, producer, address);
  }

  async stop(): Promise<void> {
    await this.producer?.stop();
    await this.api.close();
    await this.db.close();
  }
}
