/** Counts under string keys, for the figure-only bench tools: one more, and "key n, key n" largest first. */
export const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export const formatTally = (m: ReadonlyMap<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
