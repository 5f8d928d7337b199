/**
 * A bounded, least-recently-used cache of values addressed by the checksum of their content: the
 * verified bytes of datasets and the compiled modules of apps. Bounded both in entries and in the
 * summed size of the values, so hostile registrations cannot grow a worker's memory.
 */
export class ContentCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(checksum: string): T | undefined {
    const entry = this.entries.get(checksum);
    if (!entry) return undefined;
    // refresh its place: Map iteration order is insertion order, the oldest first
    this.entries.delete(checksum);
    this.entries.set(checksum, entry);
    return entry.value;
  }

  /** Keeps `value` unless it alone is larger than the cache; evicts the least recently used. */
  set(checksum: string, value: T, size: number): void {
    const old = this.entries.get(checksum);
    if (old) {
      this.entries.delete(checksum);
      this.total -= old.size;
    }
    if (size > this.maxBytes || this.maxEntries < 1) return;
    this.entries.set(checksum, { value, size });
    this.total += size;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.total <= this.maxBytes) break;
      this.entries.delete(key);
      this.total -= entry.size;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }
}
