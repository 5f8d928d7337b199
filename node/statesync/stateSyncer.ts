/**
 * `poco node --state-sync`: fills an empty store with the state of a recent height taken from peers'
 * snapshots instead of replaying every block since genesis, then the node follows the chain from
 * there with ordinary block sync.
 *
 * Trust (as CometBFT's state sync, which trusts a light-client-verified header): the snapshot's
 * height H is accepted only with block H and its commit certificate, the commit verified with the
 * one check of consensus/commitCertificate.ts (> 2/3 of the power of H's validator set, distinct
 * members, one round). The set trusted by default is the GENESIS set: header H's validators hash
 * must be the genesis set's. Once the validator set has changed since genesis, the operator gives
 * `--trust-height H --trust-hash <header hash>` obtained out of band (CometBFT's trust height/hash):
 * the header must be that one. In both cases, after download the state's own record of H's set
 * (`meta:proposerPriority.previous`) must hash to the header's validators hash and carry the commit's
 * quorum, so the state, the header and the commit agree. Every chunk is then checked against the
 * header's state root (snapshotFormat.ts) before it is written; a peer serving a bad chunk, manifest
 * or block is penalized and the work is asked of another peer.
 *
 * Writes: each verified chunk is one atomic level batch (values, its tree pages, the parts of the
 * pages straddling its regions' tops, and a "chunk done" record); the final batch writes the pages
 * above the regions (the manifest's top nodes merged with those parts), block H, its commit and the
 * head, genesis, layout and base markers, so the store becomes a chain store only when complete. An interrupted sync
 * restarts cleanly: the next run resumes the same snapshot (skipping chunks recorded done) if peers
 * still offer it, otherwise wipes the partial state and starts over.
 */
import type { Logger } from "pino";
import { verifyCommit } from "../../consensus/commitCertificate.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";
import { decodeCanonical, encode, poco, u64ToNumber } from "../../proto/index.js";
import { encodeHeader, type Header, hashHeader, headerFromMessage } from "../chain/blockHeader.js";
import { genesisIdentityOf } from "../chain/chain.js";
import { encodeValidatorSet, type Genesis } from "../chain/genesis.js";
import { encodeGenesisCheck, GENESIS_CHECK_KEY, genesisDigest } from "../chain/genesisCheck.js";
import { genesisStateRootConcurrent } from "../chain/genesisRootWorker.js";
import { fromHex, keccak256, toHex } from "../crypto/hash.js";
import { defaultBackend, type SignatureBackend } from "../crypto/secp256k1.js";
import { readProposerPriorities } from "../execution/proposerPriorityState.js";
import { STATE_COUNT_KEY, STATE_VALUE_PREFIX } from "../state/committedState.js";
import {
  LEGACY_TREE_NODE_PREFIX,
  LEGACY_TREE_NODE_PREFIX_END,
  mergeTreePages,
  pagesOfNodes,
  TREE_PAGE_PREFIX,
  TREE_PAGE_PREFIX_END,
  treeLayoutOp,
} from "../state/levelTreeStore.js";
import { type BatchOp, type ChainDb, STATE_SYNC_BASE_KEY } from "../storage/chainDb.js";
import {
  decodeManifest,
  type Manifest,
  type ManifestPlan,
  SnapshotError,
  verifyChunk,
  verifyManifest,
} from "./snapshotFormat.js";
import {
  MANIFEST_INDEX,
  type SnapshotPeers,
  StateSyncError,
  StateSyncErrorCode,
} from "./snapshotProtocol.js";
import type { SnapshotInfo } from "./snapshotStore.js";

/** Marker of a sync in progress: `<height hex16>:<manifest hash hex>`. */
const PENDING_KEY = "m:stateSyncPending";
const CHUNK_DONE_PREFIX = "m:stateSyncChunk:";
/**
 * Parts of tree pages a chunk rebuilt whose root is above its regions: `<prefix><page key>#<chunk>`,
 * written with the chunk and merged into whole pages by the final batch.
 */
const PARTIAL_PAGE_PREFIX = "m:stateSyncPage:";
const partialPageKey = (pageKey: string, chunk: number) =>
  `${PARTIAL_PAGE_PREFIX}${pageKey}#${chunk.toString(16).padStart(8, "0")}`;
const chunkDoneKey = (i: number) => `${CHUNK_DONE_PREFIX}${i.toString(16).padStart(8, "0")}`;

export interface StateSyncOptions {
  genesis: Genesis;
  /** Out-of-band trusted header (needed once the validator set changed since genesis). */
  trust?: { height: number; hash: Uint8Array };
  /** Chunks in flight at once, spread over the peers offering the snapshot. */
  concurrency?: number;
  /** How long to wait for a peer offering a usable snapshot. */
  discoveryTimeoutMs?: number;
  log?: Logger;
  backend?: SignatureBackend;
  /** Chunks of the chosen snapshot written so far and in all (for metrics): at start, then per chunk. */
  onProgress?: (done: number, total: number) => void;
}

export interface StateSyncResult {
  height: number;
  chunks: number;
  entries: number;
  /** Chunks skipped because an interrupted run had written them. */
  resumed: number;
}

/**
 * Whether the store holds a state sync that did not finish: its partial state must not be opened as
 * a chain (values without their tree would be read as state), only resumed by another state sync.
 */
export function hasUnfinishedStateSync(db: ChainDb): boolean {
  return db.readSync(PENDING_KEY) !== undefined;
}

interface Offer {
  info: SnapshotInfo;
  peers: string[];
}

interface TrustedHeader {
  header: Header;
  hash: Uint8Array;
  block: Uint8Array;
  commit: Uint8Array;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * State-syncs `db` (which must have no chain yet) from `peers`. Returns undefined when the store
 * already holds a chain (nothing to do).
 */
export async function stateSync(
  db: ChainDb,
  peers: SnapshotPeers,
  opts: StateSyncOptions,
): Promise<StateSyncResult | undefined> {
  if ((await db.getGenesisHash()) !== undefined) return undefined;
  const syncer = new StateSyncer(db, peers, opts);
  return syncer.run();
}

class StateSyncer {
  /** The genesis set's encoding (as `meta:validators` holds it at height 0): cheap, needed first. */
  private readonly genesisValidators: Uint8Array;
  private readonly backend: SignatureBackend;
  /** Peers that served something provably wrong: never asked again in this run. */
  private readonly bad = new Set<string>();

  constructor(
    private readonly db: ChainDb,
    private readonly net: SnapshotPeers,
    private readonly opts: StateSyncOptions,
  ) {
    this.genesisValidators = encodeValidatorSet(opts.genesis.validators);
    this.backend = opts.backend ?? defaultBackend;
  }

  async run(): Promise<StateSyncResult> {
    const deadline = Date.now() + (this.opts.discoveryTimeoutMs ?? 60_000);
    for (;;) {
      const offers = await this.discover();
      for (const offer of offers) {
        const trusted = await this.trustedHeader(offer);
        if (!trusted) continue;
        const manifest = await this.fetchManifest(offer, trusted.header.stateRoot);
        if (!manifest) continue;
        return this.download(offer, trusted, manifest.manifest, manifest.plan);
      }
      if (Date.now() > deadline) {
        throw new StateSyncError(
          StateSyncErrorCode.NO_SNAPSHOT,
          "no peer offers a snapshot whose header this node can verify" +
            (this.opts.trust
              ? ""
              : " (if the validator set changed since genesis, give --trust-height/--trust-hash)"),
        );
      }
      await sleep(500);
    }
  }

  /** Snapshots offered by the peers, best first (the trusted height, else newest, then most peers). */
  private async discover(): Promise<Offer[]> {
    const byId = new Map<string, Offer>();
    const peers = this.net.peers().filter((p) => !this.bad.has(p));
    const lists = await Promise.all(
      peers.map(async (peer) => {
        try {
          return { peer, list: await this.net.listSnapshots(peer) };
        } catch {
          return { peer, list: [] };
        }
      }),
    );
    for (const { peer, list } of lists) {
      for (const info of list) {
        if (this.opts.trust && info.height !== this.opts.trust.height) continue;
        const id = `${info.height}:${toHex(info.manifestHash)}`;
        const offer = byId.get(id) ?? { info, peers: [] };
        offer.peers.push(peer);
        byId.set(id, offer);
      }
    }
    const pending = this.db.readSync(PENDING_KEY);
    const pendingId = pending ? new TextDecoder().decode(pending) : undefined;
    const idOf = (o: Offer) =>
      `${o.info.height.toString(16).padStart(16, "0")}:${toHex(o.info.manifestHash)}`;
    return [...byId.values()].sort(
      (a, b) =>
        Number(idOf(b) === pendingId) - Number(idOf(a) === pendingId) ||
        b.info.height - a.info.height ||
        b.peers.length - a.peers.length,
    );
  }

  /** Block H and its commit from an offering peer, verified against the trusted set or hash. */
  private async trustedHeader(offer: Offer): Promise<TrustedHeader | undefined> {
    const height = offer.info.height;
    for (const peer of offer.peers) {
      if (this.bad.has(peer)) continue;
      let fetched: { block: Uint8Array; commit: Uint8Array };
      try {
        fetched = await this.net.fetchBlock(peer, height);
      } catch {
        continue;
      }
      let header: Header;
      try {
        const block = decodeCanonical(poco.Block, fetched.block, 64 * 1024 * 1024);
        if (!block.header) throw new Error("no header");
        header = headerFromMessage(block.header);
      } catch (err) {
        this.penalize(peer, `undecodable block ${height}: ${(err as Error).message}`);
        continue;
      }
      const hash = hashHeader(header);
      if (header.height !== height || header.chainId !== this.opts.genesis.chainId) {
        this.penalize(peer, `block for ${height} is of height ${header.height}`);
        continue;
      }
      const trust = this.opts.trust;
      if (trust && toHex(trust.hash) !== toHex(hash)) {
        this.penalize(peer, `block ${height} is not the trusted header`);
        continue;
      }
      if (!trust) {
        if (toHex(header.validatorsHash) !== toHex(keccak256(this.genesisValidators))) {
          this.log(
            "warn",
            { height },
            "snapshot header's validator set is not the genesis set: needs --trust-hash",
          );
          return undefined;
        }
        try {
          this.verifyCommitWith(fetched.commit, height, hash, this.genesisSet());
        } catch (err) {
          this.penalize(peer, `commit of block ${height}: ${(err as Error).message}`);
          continue;
        }
      }
      return { header, hash, block: fetched.block, commit: fetched.commit };
    }
    return undefined;
  }

  private genesisSet(): ValidatorSet {
    const set = decodeCanonical(poco.ValidatorSet, this.genesisValidators);
    return new ValidatorSet(
      set.validators.map((v) => ({
        address: toHex(v.address!),
        power: u64ToNumber(v.power as never, "power"),
      })),
    );
  }

  private verifyCommitWith(commit: Uint8Array, height: number, hash: Uint8Array, set: ValidatorSet): void {
    verifyCommit(commit, {
      chainId: this.opts.genesis.chainId,
      height,
      blockHash: toHex(hash),
      validators: set,
      backend: this.backend,
    });
  }

  private async fetchManifest(
    offer: Offer,
    stateRoot: Uint8Array,
  ): Promise<{ manifest: Manifest; plan: ManifestPlan } | undefined> {
    const { height, manifestHash } = offer.info;
    for (const peer of offer.peers) {
      if (this.bad.has(peer)) continue;
      let bytes: Uint8Array;
      try {
        bytes = await this.net.fetchChunk(peer, { height, manifestHash, index: MANIFEST_INDEX });
      } catch {
        continue;
      }
      try {
        if (toHex(keccak256(bytes)) !== toHex(manifestHash)) throw new Error("manifest hash differs");
        const manifest = decodeManifest(bytes);
        if (manifest.height !== height) throw new Error(`manifest of height ${manifest.height}`);
        return { manifest, plan: verifyManifest(manifest, stateRoot) };
      } catch (err) {
        // The offer claims a snapshot of a committed height whose root it does not fold to.
        this.penalize(peer, `manifest of ${height}: ${(err as Error).message}`);
      }
    }
    return undefined;
  }

  private async download(
    offer: Offer,
    trusted: TrustedHeader,
    manifest: Manifest,
    plan: ManifestPlan,
  ): Promise<StateSyncResult> {
    const { height, manifestHash } = offer.info;
    const pendingId = `${height.toString(16).padStart(16, "0")}:${toHex(manifestHash)}`;
    const pending = this.db.readSync(PENDING_KEY);
    const chunkCount = manifest.chunkRegions.length;
    const todo: number[] = [];
    let resumed = 0;
    if (pending && new TextDecoder().decode(pending) === pendingId) {
      for (let i = 0; i < chunkCount; i++) {
        if (this.db.readSync(chunkDoneKey(i)) === undefined) todo.push(i);
        else resumed++;
      }
    } else {
      await this.wipe();
      await this.db.writeBatch(
        [{ type: "put", key: PENDING_KEY, value: new TextEncoder().encode(pendingId) }],
        true,
      );
      for (let i = 0; i < chunkCount; i++) todo.push(i);
    }
    this.log(
      "info",
      { height, chunks: chunkCount, resumed, peers: offer.peers.length },
      "state sync: downloading",
    );
    let done = chunkCount - todo.length;
    this.opts.onProgress?.(done, chunkCount);
    // The genesis root (O(genesis accounts), ≈ 3 hashes each) is hashed on a worker thread while the
    // chunks download and verify here; awaited only when the final batch needs the genesis hash.
    const genesisState = genesisStateRootConcurrent(this.opts.genesis, (err) =>
      this.log("warn", { err: err.message }, "state sync: genesis root computed on the event loop"),
    );
    genesisState.catch(() => {}); // awaited (and its error thrown) in finish; never unhandled meanwhile
    await this.fetchChunks(offer, manifest, plan, todo, () => this.opts.onProgress?.(++done, chunkCount));
    await this.finish(trusted, plan, genesisState);
    this.log("info", { height, chunks: chunkCount, entries: plan.totalEntries }, "state sync: done");
    return { height, chunks: chunkCount, entries: plan.totalEntries, resumed };
  }

  /** Downloads `todo` with bounded parallelism, each chunk from a peer that has not failed it. */
  private async fetchChunks(
    offer: Offer,
    manifest: Manifest,
    plan: ManifestPlan,
    todo: number[],
    chunkWritten: () => void,
  ): Promise<void> {
    const { height, manifestHash } = offer.info;
    const queue = [...todo];
    const failedBy = new Map<number, Set<string>>();
    const softFailures = new Map<string, number>();
    let turn = 0;
    const usable = () => offer.peers.filter((p) => !this.bad.has(p) && (softFailures.get(p) ?? 0) < 3);
    const worker = async (): Promise<void> => {
      for (;;) {
        const index = queue.shift();
        if (index === undefined) return;
        const tried = failedBy.get(index) ?? new Set<string>();
        const candidates = usable().filter((p) => !tried.has(p));
        const pool = candidates.length > 0 ? candidates : usable();
        if (pool.length === 0) {
          throw new StateSyncError(StateSyncErrorCode.NO_PEERS_LEFT, `no peer left to serve chunk ${index}`);
        }
        const peer = pool[turn++ % pool.length] as string;
        let bytes: Uint8Array;
        try {
          bytes = await this.net.fetchChunk(peer, { height, manifestHash, index });
        } catch (err) {
          this.log("warn", { peer, index, err: (err as Error).message }, "state sync: chunk fetch failed");
          softFailures.set(peer, (softFailures.get(peer) ?? 0) + 1);
          tried.add(peer);
          failedBy.set(index, tried);
          queue.push(index);
          continue;
        }
        let ops: BatchOp[];
        try {
          const verified = verifyChunk(manifest, plan, index, bytes);
          ops = [];
          for (const e of verified.entries)
            ops.push({ type: "put", key: STATE_VALUE_PREFIX + e.key, value: e.value });
          for (const [key, value] of verified.pages) ops.push({ type: "put", key, value });
          for (const [key, value] of verified.partialPages)
            ops.push({ type: "put", key: partialPageKey(key, index), value });
          ops.push({ type: "put", key: chunkDoneKey(index), value: new Uint8Array(0) });
        } catch (err) {
          if (!(err instanceof SnapshotError)) throw err;
          this.penalize(peer, `chunk ${index} of snapshot ${height}: ${err.code}`);
          tried.add(peer);
          failedBy.set(index, tried);
          queue.push(index);
          continue;
        }
        await this.db.writeBatch(ops);
        chunkWritten();
      }
    };
    // Two in flight: one chunk downloads while the other is verified and written. More only queue
    // answers behind this thread's own verification, and their deadline runs meanwhile: at 4 under
    // load, whole chunks timed out (20 s) waiting for this thread, not for the peer.
    const workers = Math.max(1, Math.min(this.opts.concurrency ?? 2, todo.length));
    await Promise.all(Array.from({ length: workers }, () => worker()));
  }

  /**
   * Checks the state's record of H's validator set against the header and the commit, then writes
   * the top of the tree, block H, its commit, the head and the markers in one synced batch.
   */
  private async finish(
    trusted: TrustedHeader,
    plan: ManifestPlan,
    genesisState: Promise<{ stateRoot: Uint8Array; validators: Uint8Array }>,
  ): Promise<void> {
    const { header, hash } = trusted;
    const reader = {
      get: (key: string) => this.db.readSync(STATE_VALUE_PREFIX + key),
    };
    const record = readProposerPriorities(reader);
    // Sorted by address, as `meta:validators` (whose hash the header carries) is stored.
    const previous = [...(record?.previous ?? [])].sort((a, b) =>
      a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
    );
    const encoded = encode(poco.ValidatorSet, {
      validators: previous.map((v) => ({ address: fromHex(v.address, 20), power: v.power })),
    });
    if (toHex(keccak256(encoded)) !== toHex(header.validatorsHash)) {
      throw new StateSyncError(
        StateSyncErrorCode.UNTRUSTED,
        `the snapshot's validator set of ${header.height} does not match its header`,
      );
    }
    try {
      if (previous.length === 0) throw new Error("the state has no validator set record");
      this.verifyCommitWith(trusted.commit, header.height, hash, new ValidatorSet(previous));
    } catch (err) {
      throw new StateSyncError(
        StateSyncErrorCode.UNTRUSTED,
        `commit of ${header.height}: ${(err as Error).message}`,
      );
    }
    const u64 = (n: number) => {
      const b = Buffer.alloc(8);
      b.writeBigUInt64BE(BigInt(n));
      return new Uint8Array(b);
    };
    const heightKey = (prefix: string) => `${prefix}:${header.height.toString(16).padStart(16, "0")}`;
    // The genesis hash (O(genesis accounts)) once per sync; its check record spares every later open.
    const genesis = genesisIdentityOf(this.opts.genesis, await genesisState);
    const check = encodeGenesisCheck({
      digest: genesisDigest(this.opts.genesis),
      stateRoot: genesis.stateRoot,
    });
    const ops: BatchOp[] = await this.topPages(plan);
    ops.push(
      treeLayoutOp(),
      { type: "put", key: STATE_COUNT_KEY, value: u64(plan.totalEntries) },
      { type: "put", key: heightKey("b"), value: trusted.block },
      { type: "put", key: heightKey("c"), value: trusted.commit },
      { type: "put", key: `h:${Buffer.from(hash).toString("hex")}`, value: u64(header.height) },
      { type: "put", key: "m:head", value: encodeHeader(header) },
      { type: "put", key: STATE_SYNC_BASE_KEY, value: u64(header.height) },
      { type: "put", key: "m:genesis", value: genesis.hash },
      { type: "put", key: GENESIS_CHECK_KEY, value: check },
      { type: "del", key: PENDING_KEY },
    );
    await this.db.writeBatch(ops, true);
    await this.db.clearRange(CHUNK_DONE_PREFIX, `${CHUNK_DONE_PREFIX}\uffff`);
    await this.db.clearRange(PARTIAL_PAGE_PREFIX, `${PARTIAL_PAGE_PREFIX}\uffff`);
  }

  /**
   * The tree pages above the regions: the manifest's top nodes merged with the page parts the chunks
   * wrote (bounded by the regions: at most 7 nodes of each region's top are in such a page).
   */
  private async topPages(plan: ManifestPlan): Promise<BatchOp[]> {
    const parts = new Map<string, Uint8Array[]>();
    for (const [pageKey, page] of pagesOfNodes(plan.topNodes)) parts.set(pageKey, [page]);
    for await (const [key, value] of this.db.rawEntries(
      PARTIAL_PAGE_PREFIX,
      `${PARTIAL_PAGE_PREFIX}\uffff`,
    )) {
      const pageKey = key.slice(PARTIAL_PAGE_PREFIX.length, key.lastIndexOf("#"));
      const list = parts.get(pageKey);
      if (list === undefined) parts.set(pageKey, [value]);
      else list.push(value);
    }
    const ops: BatchOp[] = [];
    for (const [pageKey, list] of parts) {
      const page = mergeTreePages(list);
      if (page === undefined) {
        throw new StateSyncError(
          StateSyncErrorCode.UNTRUSTED,
          `state sync: tree page part ${pageKey} does not decode`,
        );
      }
      ops.push({ type: "put", key: pageKey, value: page });
    }
    return ops;
  }

  /** Removes a partial state left by an abandoned sync. */
  private async wipe(): Promise<void> {
    await this.db.clearRange(STATE_VALUE_PREFIX, "s;");
    await this.db.clearRange(TREE_PAGE_PREFIX, TREE_PAGE_PREFIX_END);
    await this.db.clearRange(LEGACY_TREE_NODE_PREFIX, LEGACY_TREE_NODE_PREFIX_END);
    await this.db.clearRange(PARTIAL_PAGE_PREFIX, `${PARTIAL_PAGE_PREFIX}\uffff`);
    await this.db.clearRange(CHUNK_DONE_PREFIX, `${CHUNK_DONE_PREFIX}\uffff`);
  }

  private penalize(peer: string, reason: string): void {
    this.bad.add(peer);
    this.log("warn", { peer, reason }, "state sync: peer penalized");
    this.net.penalize(peer, reason);
  }

  private log(level: "info" | "warn", obj: object, msg: string): void {
    this.opts.log?.[level](obj, msg);
  }
}
