/**
 * Remembers a pure function of a string. Words and names repeat from one check to the next, so
 * their results are kept; the memory is bounded: the table is emptied when full, and keys longer
 * than `maxKeyLength` (a pasted blob taken for one word) are computed but not kept.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit: number, maxKeyLength = 64): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = fn(key);
    if (key.length <= maxKeyLength) {
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
