/**
 * Persistent chain storage on `level`. A block, its commit, its receipts, its state writes and the new
 * head are written in ONE atomic, synced batch: a node killed at any instant restarts either before or
 * after the block, never in between.
 *
 * Key layout (UTF-8 keys, byte values):
 *   b:<height hex16>  Block bytes          c:<height hex16>  Commit bytes
 *   h:<block hash>    height (8 bytes)     r:<tx hash>       Receipt bytes
 *   s:<state key>     state value          m:head            head header bytes
 *   m:genesis         genesis hash
 */
import { Level } from "level";

const heightKey = (prefix: string, height: number) => `${prefix}:${height.toString(16).padStart(16, "0")}`;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

export interface BlockWrite {
  height: number;
  hash: Uint8Array;
  headerBytes: Uint8Array;
  blockBytes: Uint8Array;
  commitBytes: Uint8Array;
  receipts: { txHash: Uint8Array; bytes: Uint8Array }[];
  stateWrites: Iterable<[string, Uint8Array | null]>;
  /**
   * fsync before returning (default). Catch-up sync writes batches of blocks unsynced and syncs the
   * last: the store stays consistent (batches are atomic and ordered), a crash only loses the tail.
   */
  sync?: boolean;
}

type BatchOp = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

export class ChainDb {
  private constructor(private readonly db: Level<string, Uint8Array>) {}

  static async open(path: string): Promise<ChainDb> {
    const db = new Level<string, Uint8Array>(path, { keyEncoding: "utf8", valueEncoding: "view" });
    await db.open();
    return new ChainDb(db);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async getOrUndefined(key: string): Promise<Uint8Array | undefined> {
    const value = await this.db.get(key);
    return value ?? undefined;
  }

  getGenesisHash(): Promise<Uint8Array | undefined> {
    return this.getOrUndefined("m:genesis");
  }

  getHeadHeader(): Promise<Uint8Array | undefined> {
    return this.getOrUndefined("m:head");
  }

  getBlock(height: number): Promise<Uint8Array | undefined> {
    return this.getOrUndefined(heightKey("b", height));
  }

  getCommit(height: number): Promise<Uint8Array | undefined> {
    return this.getOrUndefined(heightKey("c", height));
  }

  getReceipt(txHash: Uint8Array): Promise<Uint8Array | undefined> {
    return this.getOrUndefined(`r:${hex(txHash)}`);
  }

  async getHeightByHash(hash: Uint8Array): Promise<number | undefined> {
    const bytes = await this.getOrUndefined(`h:${hex(hash)}`);
    return bytes ? Number(Buffer.from(bytes).readBigUInt64BE(0)) : undefined;
  }

  /** Every persisted state entry, in key order. */
  async *stateEntries(): AsyncGenerator<[string, Uint8Array]> {
    for await (const [key, value] of this.db.iterator({ gt: "s:", lt: "s;" })) {
      yield [key.slice(2), value];
    }
  }

  /** Writes the genesis state and hash; refuses a store that already has a genesis. */
  async initGenesis(
    genesisHash: Uint8Array,
    headerBytes: Uint8Array,
    state: Iterable<[string, Uint8Array | null]>,
  ) {
    const ops: BatchOp[] = [
      { type: "put", key: "m:genesis", value: genesisHash },
      { type: "put", key: "m:head", value: headerBytes },
    ];
    pushStateOps(ops, state);
    await this.db.batch(ops, { sync: true });
  }

  async commitBlock(write: BlockWrite): Promise<void> {
    const heightBytes = Buffer.alloc(8);
    heightBytes.writeBigUInt64BE(BigInt(write.height));
    const ops: BatchOp[] = [
      { type: "put", key: heightKey("b", write.height), value: write.blockBytes },
      { type: "put", key: heightKey("c", write.height), value: write.commitBytes },
      { type: "put", key: `h:${hex(write.hash)}`, value: heightBytes },
      { type: "put", key: "m:head", value: write.headerBytes },
    ];
    for (const r of write.receipts) ops.push({ type: "put", key: `r:${hex(r.txHash)}`, value: r.bytes });
    pushStateOps(ops, write.stateWrites);
    await this.db.batch(ops, { sync: write.sync ?? true });
  }
}

function pushStateOps(ops: BatchOp[], writes: Iterable<[string, Uint8Array | null]>): void {
  for (const [key, value] of writes) {
    if (value === null) ops.push({ type: "del", key: `s:${key}` });
    else ops.push({ type: "put", key: `s:${key}`, value });
  }
}
