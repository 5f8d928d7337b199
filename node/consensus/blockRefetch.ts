/**
 * Re-fetches one finalized block from peers (blocks-by-range of one block) for a node whose stored
 * copy is damaged (ChainDb.setBlockRefetcher). Peers are asked in order of the height they claim,
 * at most a few, each with a timeout; a peer that answers with bytes that are not the committed
 * block (checked by the store against its hash index and commit) is penalized, as sync does for a
 * bad block.
 */
import type { Logger } from "pino";
import type { BlockRefetcher } from "../storage/chainDb.js";
import type { ConsensusTransport } from "./consensusService.js";

export interface BlockRefetchOptions {
  /** A peer that does not answer within this is skipped. */
  requestTimeoutMs: number;
  /** At most this many peers are asked per block. */
  maxPeers: number;
}

export const DEFAULT_BLOCK_REFETCH_OPTIONS: BlockRefetchOptions = { requestTimeoutMs: 5_000, maxPeers: 4 };

export function blockRefetcher(
  transport: ConsensusTransport,
  log: Logger,
  options: BlockRefetchOptions = DEFAULT_BLOCK_REFETCH_OPTIONS,
): BlockRefetcher {
  return async (height, accept) => {
    const peers = (await transport.peerHeights())
      .filter((p) => p.height >= height)
      .sort((a, b) => b.height - a.height || (a.peer < b.peer ? -1 : a.peer > b.peer ? 1 : 0))
      .slice(0, options.maxPeers);
    for (const { peer } of peers) {
      let blocks: Uint8Array[];
      try {
        ({ blocks } = await withTimeout(transport.blocksByRange(peer, height, 1), options.requestTimeoutMs));
      } catch (err) {
        log.debug({ peer, height, err: (err as Error).message }, "block re-fetch: no answer");
        continue;
      }
      const bytes = blocks[0];
      if (!bytes) continue; // a peer that lost the block too, or answers nothing: try another
      const problem = accept(bytes);
      if (problem) {
        transport.penalize?.(peer, `re-fetched block ${height} is not the committed one: ${problem}`);
        continue;
      }
      log.warn({ height, peer }, "damaged stored block re-fetched from a peer and written back");
      return bytes;
    }
    log.warn({ height, peers: peers.length }, "damaged stored block: no peer delivered it");
    return undefined;
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
