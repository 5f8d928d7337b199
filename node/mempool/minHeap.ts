/** A binary min-heap under a comparison function (negative: `a` comes first). */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      const swapped = items[i] as T;
      items[i] = items[parent] as T;
      items[parent] = swapped;
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.compare(items[left]!, items[best]!) < 0) best = left;
        if (right < items.length && this.compare(items[right]!, items[best]!) < 0) best = right;
        if (best === i) break;
        const swapped = items[i] as T; // no destructuring array per step
        items[i] = items[best] as T;
        items[best] = swapped;
        i = best;
      }
    }
    return top;
  }
}
