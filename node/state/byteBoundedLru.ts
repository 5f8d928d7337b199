/**
 * A least-recently-used map bounded by the approximate bytes of its entries (Lodestar-style bounded
 * caches): a hit moves the entry to the newest end; a set evicts from the oldest end until the total
 * is within the bound again (possibly the entry just set, if it alone is over the bound).
 */
export class ByteBoundedLru<V> {
  private readonly map = new Map<string, V>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly cost: (key: string, value: V) => number,
  ) {}

  /** The value, made the most recently used; undefined on a miss. */
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.bytes += this.cost(key, value);
    if (this.bytes <= this.maxBytes) return; // no iterator (and its entry arrays) per set under budget
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= this.cost(k, v);
    }
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.bytes -= this.cost(key, old);
  }

  get size(): number {
    return this.map.size;
  }
}
