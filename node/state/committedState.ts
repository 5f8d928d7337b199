/**
 * The state as of the last committed block: every key/value in memory plus the sparse Merkle tree
 * over them, whose root is the header's state root. Applying a block's writes costs O(k log n) hashes.
 */
import { type MerkleProof, SparseMerkleTree } from "./sparseMerkleTree.js";
import type { StateReader, StateWrite } from "./stateOverlay.js";

const utf8 = new TextEncoder();

export class CommittedState implements StateReader {
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

  /** Applies writes and returns the new state root. */
  apply(writes: Iterable<[string, StateWrite]>): Uint8Array {
    for (const [key, value] of writes) {
      if (value === null) {
        this.values.delete(key);
        this.tree.delete(utf8.encode(key));
      } else {
        this.values.set(key, value);
        this.tree.set(utf8.encode(key), value);
      }
    }
    return this.tree.root();
  }

  /** The root the state would have after `writes`, without keeping them. */
  rootAfter(writes: Iterable<[string, StateWrite]>): Uint8Array {
    const undo: [string, StateWrite][] = [];
    for (const [key] of writes) undo.push([key, this.values.get(key) ?? null]);
    const root = this.apply(writes);
    this.apply(undo);
    return root;
  }

  root(): Uint8Array {
    return this.tree.root();
  }

  prove(key: string): MerkleProof {
    return this.tree.prove(utf8.encode(key));
  }

  /** Keys with a given prefix, sorted (for API listings; never used by the state machine). */
  keysWithPrefix(prefix: string): string[] {
    const keys: string[] = [];
    for (const key of this.values.keys()) if (key.startsWith(prefix)) keys.push(key);
    return keys.sort();
  }
}
