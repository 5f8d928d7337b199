/**
 * The state-sync req/resp protocols (topics.ts): SNAPSHOTS lists the snapshots a node offers,
 * SNAPSHOT_CHUNK fetches one chunk or the manifest of one of them. Requests are tiny fixed-layout
 * binary messages checked by exact length before anything else; answers are size-limited by the
 * protocol table. `P2PSnapshotPeers` is the requesting side over the libp2p network (plus the
 * blocks-by-range protocol for the snapshot height's block and commit); the state syncer depends
 * only on the `SnapshotPeers` interface.
 */
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import type { P2PNetwork } from "../p2p/network.js";
import { ReqRespKind, reqRespProtocol } from "../p2p/topics.js";
import type { SnapshotInfo, SnapshotStore } from "./snapshotStore.js";

export const StateSyncErrorCode = {
  /** A request or answer of the wrong length or layout. */
  BAD_MESSAGE: "STATE_SYNC_BAD_MESSAGE",
  /** The peer does not offer that snapshot or chunk (any more). */
  NOT_FOUND: "STATE_SYNC_NOT_FOUND",
  /** No peer offers a snapshot this node can use (or trust). */
  NO_SNAPSHOT: "STATE_SYNC_NO_SNAPSHOT",
  /** The snapshot height's header or commit could not be verified against the trusted set. */
  UNTRUSTED: "STATE_SYNC_UNTRUSTED",
  /** A peer served something provably wrong (bad chunk, manifest or block). */
  BAD_PEER: "STATE_SYNC_BAD_PEER",
  /** Every peer offering the snapshot failed or was penalized. */
  NO_PEERS_LEFT: "STATE_SYNC_NO_PEERS_LEFT",
  /** The store holds a partial state sync and the node was started without --state-sync. */
  UNFINISHED: "STATE_SYNC_UNFINISHED",
} as const;
export type StateSyncErrorCode = (typeof StateSyncErrorCode)[keyof typeof StateSyncErrorCode];

export class StateSyncError extends Error {
  constructor(
    readonly code: StateSyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "StateSyncError";
  }
}

const VERSION = 1;
/** The chunk index that asks for the manifest. */
export const MANIFEST_INDEX = 0xffffffff;
export const MAX_LISTED_SNAPSHOTS = 8;
const INFO_BYTES = 8 + 32 + 4 + 8;
const CHUNK_REQUEST_BYTES = 1 + 8 + 32 + 4;

function bad(why: string): StateSyncError {
  return new StateSyncError(StateSyncErrorCode.BAD_MESSAGE, why);
}

function readU64(view: DataView, at: number): number {
  const v = view.getBigUint64(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bad("integer too large");
  return Number(v);
}

export function encodeListRequest(): Uint8Array {
  return Uint8Array.of(VERSION);
}

export function decodeListRequest(bytes: Uint8Array): void {
  if (bytes.length !== 1 || bytes[0] !== VERSION) throw bad("snapshots request: expected one version byte");
}

export function encodeSnapshotList(list: readonly SnapshotInfo[]): Uint8Array {
  const items = list.slice(0, MAX_LISTED_SNAPSHOTS);
  const out = new Uint8Array(2 + items.length * INFO_BYTES);
  const view = new DataView(out.buffer);
  out[0] = VERSION;
  out[1] = items.length;
  items.forEach((s, i) => {
    const at = 2 + i * INFO_BYTES;
    view.setBigUint64(at, BigInt(s.height));
    out.set(s.manifestHash, at + 8);
    view.setUint32(at + 40, s.chunks);
    view.setBigUint64(at + 44, BigInt(s.bytes));
  });
  return out;
}

export function decodeSnapshotList(bytes: Uint8Array): SnapshotInfo[] {
  if (bytes.length < 2 || bytes[0] !== VERSION) throw bad("snapshot list: bad header");
  const count = bytes[1] as number;
  if (count > MAX_LISTED_SNAPSHOTS || bytes.length !== 2 + count * INFO_BYTES)
    throw bad("snapshot list: bad length");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: SnapshotInfo[] = [];
  for (let i = 0; i < count; i++) {
    const at = 2 + i * INFO_BYTES;
    out.push({
      height: readU64(view, at),
      manifestHash: new Uint8Array(bytes.subarray(at + 8, at + 40)),
      chunks: view.getUint32(at + 40),
      bytes: readU64(view, at + 44),
    });
  }
  return out;
}

export interface ChunkRequest {
  height: number;
  manifestHash: Uint8Array;
  /** A chunk index, or MANIFEST_INDEX. */
  index: number;
}

export function encodeChunkRequest(r: ChunkRequest): Uint8Array {
  const out = new Uint8Array(CHUNK_REQUEST_BYTES);
  const view = new DataView(out.buffer);
  out[0] = VERSION;
  view.setBigUint64(1, BigInt(r.height));
  out.set(r.manifestHash, 9);
  view.setUint32(41, r.index);
  return out;
}

export function decodeChunkRequest(bytes: Uint8Array): ChunkRequest {
  if (bytes.length !== CHUNK_REQUEST_BYTES || bytes[0] !== VERSION)
    throw bad(`chunk request: expected ${CHUNK_REQUEST_BYTES} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    height: readU64(view, 1),
    manifestHash: new Uint8Array(bytes.subarray(9, 41)),
    index: view.getUint32(41),
  };
}

/** Serves the store's snapshots on the network (call before the network starts). */
export async function serveSnapshots(network: P2PNetwork, store: SnapshotStore): Promise<void> {
  const chainId = network.chainId;
  await network.handle(reqRespProtocol(chainId, ReqRespKind.SNAPSHOTS), async (request) => {
    decodeListRequest(request);
    return encodeSnapshotList(store.list());
  });
  await network.handle(reqRespProtocol(chainId, ReqRespKind.SNAPSHOT_CHUNK), async (request) => {
    const r = decodeChunkRequest(request);
    const found =
      r.index === MANIFEST_INDEX
        ? store.manifest(r.height, r.manifestHash)
        : await store.chunk(r.height, r.manifestHash, r.index);
    if (!found) throw new StateSyncError(StateSyncErrorCode.NOT_FOUND, "no such snapshot chunk");
    return found;
  });
}

/** What the state syncer needs from the network. */
export interface SnapshotPeers {
  peers(): string[];
  listSnapshots(peer: string): Promise<SnapshotInfo[]>;
  fetchChunk(peer: string, request: ChunkRequest): Promise<Uint8Array>;
  /** The finalized block of `height` and its commit certificate (blocks-by-range). */
  fetchBlock(peer: string, height: number): Promise<{ block: Uint8Array; commit: Uint8Array }>;
  /** Lowers the peer's standing: it served something provably wrong. */
  penalize(peer: string, reason: string): void;
}

/** How long a penalized peer is refused (as sync's penalty in p2pTransport.ts). */
const PENALTY_BLOCK_MS = 5 * 60_000;

export class P2PSnapshotPeers implements SnapshotPeers {
  private readonly protocols;

  constructor(
    private readonly network: P2PNetwork,
    private readonly timeoutMs = 20_000,
  ) {
    const chainId = network.chainId;
    this.protocols = {
      list: reqRespProtocol(chainId, ReqRespKind.SNAPSHOTS),
      chunk: reqRespProtocol(chainId, ReqRespKind.SNAPSHOT_CHUNK),
      blocks: reqRespProtocol(chainId, ReqRespKind.BLOCKS_BY_RANGE),
    };
  }

  peers(): string[] {
    return this.network.peers().filter((p) => !this.network.denyPeers.has(p));
  }

  async listSnapshots(peer: string): Promise<SnapshotInfo[]> {
    const bytes = await this.network.request(peer, this.protocols.list, encodeListRequest(), {
      timeoutMs: Math.min(this.timeoutMs, 5_000),
    });
    return decodeSnapshotList(bytes);
  }

  fetchChunk(peer: string, request: ChunkRequest): Promise<Uint8Array> {
    return this.network.request(peer, this.protocols.chunk, encodeChunkRequest(request), {
      timeoutMs: this.timeoutMs,
    });
  }

  async fetchBlock(peer: string, height: number): Promise<{ block: Uint8Array; commit: Uint8Array }> {
    const request = encode(poco.BlocksByRangeRequest, { startHeight: height, count: 1 });
    const bytes = await this.network.request(peer, this.protocols.blocks, request, {
      timeoutMs: this.timeoutMs,
    });
    const response = decodeCanonical(poco.BlocksByRangeResponse, bytes, 64 * 1024 * 1024);
    const block = response.blocks[0];
    const commit = response.commits[0];
    if (!block || !commit) throw new StateSyncError(StateSyncErrorCode.NOT_FOUND, `no block ${height}`);
    return { block, commit: encode(poco.Commit, commit) };
  }

  penalize(peer: string, _reason: string): void {
    void this.network.blockPeer(peer).catch(() => {});
    const timer = setTimeout(() => this.network.unblockPeer(peer), PENALTY_BLOCK_MS);
    timer.unref();
  }
}
