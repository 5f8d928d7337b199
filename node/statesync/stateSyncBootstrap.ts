/**
 * Runs state sync before the node opens its chain: a short-lived libp2p host with the node's own
 * peer identity joins the bootstrap peers, `stateSync` fills the empty store, and the host stops so
 * that the node then starts its normal network (and block sync from the snapshot height + 1).
 */
import type { Logger } from "pino";
import type { Genesis } from "../chain/genesis.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { P2PNetwork } from "../p2p/network.js";
import { loadOrCreatePeerKey } from "../p2p/peerIdentity.js";
import type { ChainDb } from "../storage/chainDb.js";
import { P2PSnapshotPeers } from "./snapshotProtocol.js";
import { type StateSyncResult, stateSync } from "./stateSyncer.js";

export interface StateSyncConfig {
  /** Out-of-band trusted header (`--trust-height` / `--trust-hash`). */
  trust?: { height: number; hash: Uint8Array };
  /** How long to look for a usable snapshot before giving up (default 60 s). */
  discoveryTimeoutMs?: number;
  concurrency?: number;
}

export async function stateSyncBeforeStart(args: {
  db: ChainDb;
  genesis: Genesis;
  dataDir: string;
  p2p: { port: number; host?: string; bootstrap: string[] };
  config: StateSyncConfig;
  backend: SignatureBackend;
  log: Logger;
  onProgress?: (done: number, total: number) => void;
}): Promise<StateSyncResult | undefined> {
  if ((await args.db.getGenesisHash()) !== undefined) return undefined;
  const network = new P2PNetwork({
    chainId: args.genesis.chainId,
    listenPort: args.p2p.port,
    host: args.p2p.host ?? "127.0.0.1",
    bootstrap: args.p2p.bootstrap,
    privateKey: await loadOrCreatePeerKey(args.dataDir),
    logger: args.log.child({ module: "p2p-statesync" }),
  });
  await network.start();
  try {
    return await stateSync(args.db, new P2PSnapshotPeers(network), {
      genesis: args.genesis,
      backend: args.backend,
      log: args.log,
      ...(args.config.trust ? { trust: args.config.trust } : {}),
      ...(args.config.discoveryTimeoutMs !== undefined
        ? { discoveryTimeoutMs: args.config.discoveryTimeoutMs }
        : {}),
      ...(args.config.concurrency !== undefined ? { concurrency: args.config.concurrency } : {}),
      ...(args.onProgress ? { onProgress: args.onProgress } : {}),
    });
  } finally {
    await network.stop();
  }
}
