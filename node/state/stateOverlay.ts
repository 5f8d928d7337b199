/**
 * Copy-on-write views over the chain state. Execution never writes the committed state directly:
 * a block runs in a `StateOverlay` over the committed store, each transaction in a child overlay that
 * is merged on success and dropped on failure, so a failing transaction leaves no partial write.
 */

/** Read access to raw state values (canonical protobuf bytes) by state key. */
export interface StateReader {
  get(key: string): Uint8Array | undefined;
}

/** A pending write: bytes to store, or null to delete the key. */
export type StateWrite = Uint8Array | null;

export class StateOverlay implements StateReader {
  /** Insertion-ordered, so the write set of a block is deterministic. */
  private readonly writes = new Map<string, StateWrite>();

  constructor(private readonly parent: StateReader) {}

  get(key: string): Uint8Array | undefined {
    const pending = this.writes.get(key);
    if (pending !== undefined) return pending ?? undefined;
    return this.parent.get(key);
  }

  set(key: string, value: Uint8Array): void {
    this.writes.set(key, value);
  }

  delete(key: string): void {
    this.writes.set(key, null);
  }

  /** A child overlay for one transaction; `commitTo` merges it into this one. */
  child(): StateOverlay {
    return new StateOverlay(this);
  }

  /** Merges this overlay's writes into `target` (normally its parent). */
  commitTo(target: StateOverlay): void {
    for (const [key, value] of this.writes) {
      if (value === null) target.delete(key);
      else target.set(key, value);
    }
  }

  /** The writes, in the order keys were first written. */
  entries(): IterableIterator<[string, StateWrite]> {
    return this.writes.entries();
  }

  get size(): number {
    return this.writes.size;
  }
}
