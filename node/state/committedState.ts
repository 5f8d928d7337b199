/**
 * The state as of the last committed block: every key/value in memory plus the sparse Merkle tree
 * over them, whose root is the header's state root. Applying a block's writes costs O(k log n) hashes.
 *
 * Speculation: computing the root a proposed block would give (`rootAfter`) leaves its writes in the
 * tree (not in the values), so that committing that same block (`apply` with the same writes array)
 * costs no tree work at all; anything else first puts the tree back to the committed state. Reads of
 * values never see speculative writes.
 */
import { type MerkleProof, SparseMerkleTree } from "./sparseMerkleTree.js";
import type { StateReader, StateWrite } from "./stateOverlay.js";

const utf8 = new TextEncoder();

export class CommittedState implements StateReader {
  /** Writes present in the tree but not committed (the last `rootAfter`), if any. */
  private speculative: readonly [string, StateWrite][] | undefined;

  private constructor(
    private readonly values: Map<string, Uint8Array>,
    private readonly tree: SparseMerkleTree,
  ) {}

  static empty(): CommittedState {
    return new CommittedState(new Map(), new SparseMerkleTree());
  }

  /** Rebuilds from persisted entries (node start). */
  static fromEntries(entries: Iterable<[string, Uint8Array]>): CommittedState {
    const values = new Map<string, Uint8Array>();
    const treeEntries: [Uint8Array, Uint8Array][] = [];
    for (const [key, value] of entries) {
      values.set(key, value);
      treeEntries.push([utf8.encode(key), value]);
    }
    return new CommittedState(values, SparseMerkleTree.fromEntries(treeEntries));
  }

  get(key: string): Uint8Array | undefined {
    return this.values.get(key);
  }

  get size(): number {
    return this.values.size;
  }

  /** Applies (commits) writes and returns the new state root. */
  apply(writes: Iterable<[string, StateWrite]>): Uint8Array {
    const alreadyInTree = this.speculative === writes;
    if (!alreadyInTree) this.dropSpeculation();
    this.speculative = undefined;
    for (const [key, value] of writes) {
      if (value === null) this.values.delete(key);
      else this.values.set(key, value);
      if (!alreadyInTree) this.setInTree(key, value);
    }
    return this.tree.root();
  }

  /** The root the state would have after `writes` (kept in the tree until something else happens). */
  rootAfter(writes: readonly [string, StateWrite][]): Uint8Array {
    this.dropSpeculation();
    for (const [key, value] of writes) this.setInTree(key, value);
    this.speculative = writes;
    return this.tree.root();
  }

  root(): Uint8Array {
    this.dropSpeculation();
    return this.tree.root();
  }

  prove(key: string): MerkleProof {
    this.dropSpeculation();
    return this.tree.prove(utf8.encode(key));
  }

  /** Puts the tree back to the committed values. */
  private dropSpeculation(): void {
    const writes = this.speculative;
    if (!writes) return;
    this.speculative = undefined;
    for (const [key] of writes) this.setInTree(key, this.values.get(key) ?? null);
  }

  private setInTree(key: string, value: StateWrite): void {
    if (value === null) this.tree.delete(utf8.encode(key));
    else this.tree.set(utf8.encode(key), value);
  }

  /** Keys with a given prefix, sorted (for API listings; never used by the state machine). */
  keysWithPrefix(prefix: string): string[] {
    const keys: string[] = [];
    for (const key of this.values.keys()) if (key.startsWith(prefix)) keys.push(key);
    return keys.sort();
  }
}
