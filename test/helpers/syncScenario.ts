/**
 * A new node joining a network that already finalized `blocks` blocks: one node serves the history
 * (built by buildFinalizedChain), a fresh node syncs it over libp2p. Used by the sync e2e test and the
 * sync benchmark.
 */
import { join } from "node:path";
import { pino } from "pino";
import "../../node/polyfill.js";
import { toHex } from "../../node/crypto/hash.js";
import { PocoNode } from "../../node/pocoNode.js";
import { acceptRecovered, decodeTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { buildFinalizedChain } from "./chainBuilder.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, testGenesis, testKey } from "./fixtures.js";
import { waitFor } from "./validatorNet.js";

export interface SyncOutcome {
  server: PocoNode;
  joiner: PocoNode;
  seconds: number;
  /** CPU time of this process (both nodes) from the joiner's start to its catching up. */
  cpuSeconds: number;
}

/**
 * Each block holds `transfersPerBlock` signed transfers from a few funded senders to fresh
 * recipients (so a block is as large as a busy chain's: ~120 bytes per transfer).
 */
export function transferBlocks(transfersPerBlock: number): (height: number) => VerifiedTx[] {
  const senders = [10, 11, 12, 13].map((i) => testKey(i));
  const nonces = senders.map(() => 0);
  let next = 0;
  return () => {
    const txs: VerifiedTx[] = [];
    for (let i = 0; i < transfersPerBlock; i++, next++) {
      const s = next % senders.length;
      const to = new Uint8Array(20);
      new DataView(to.buffer).setUint32(16, next + 1);
      const signed = signedTransfer(senders[s]!, to, 1n, nonces[s]!++);
      // Signed just now by the sender's key: its address is the signer, no recovery needed to know it
      // (which halved the cost of building the 1M transfers of the 2,000 × 500 benchmark).
      txs.push(acceptRecovered(decodeTx(signed.bytes, TEST_CHAIN_ID), senders[s]!.address));
    }
    return txs;
  };
}

/** Runs the scenario in `dir`; the caller stops both nodes. */
export async function syncNewNode(
  dir: string,
  blocks: number,
  timeoutMs = 300_000,
  transfersPerBlock = 0,
): Promise<SyncOutcome> {
  const keys = [0, 1, 2, 3].map((i) => testKey(i));
  const funded = [10, 11, 12, 13].map((i) => testKey(i));
  const genesis = testGenesis(keys[0]!, funded, 1_000_000n * RLC);
  genesis.validators = keys.map((k) => ({ address: toHex(k.address), power: 10 }));
  const txsFor = transfersPerBlock > 0 ? transferBlocks(transfersPerBlock) : undefined;
  await buildFinalizedChain(join(dir, "server"), genesis, keys, blocks, txsFor);
  const logger = pino({ level: "silent" });
  const server = await PocoNode.start({
    dataDir: join(dir, "server"),
    genesis,
    api: { host: "127.0.0.1", port: 0 },
    p2p: { port: 0, bootstrap: [] },
    logger,
  });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const joiner = await PocoNode.start({
    dataDir: join(dir, "joiner"),
    genesis,
    api: { host: "127.0.0.1", port: 0 },
    p2p: { port: 0, bootstrap: server.network!.listenAddrs() },
    consensus: { statusPollMs: 100 },
    logger,
  });
  await waitFor(async () => joiner.chain.head.height >= blocks, timeoutMs, "the joiner to sync");
  const used = process.cpuUsage(cpu);
  return {
    server,
    joiner,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}
