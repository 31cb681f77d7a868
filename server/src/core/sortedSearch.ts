/**
 * Index of the first item whose key is at least `value`, in items sorted by that key (their length when none is): the one
 * binary search the detector's overlap tests and token lookups share.
 */
export function firstIndexAtLeast<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(items[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
