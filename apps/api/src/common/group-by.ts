/** Rows gathered by a key, each group keeping the rows' order: how set-based reads are handed back per id. */
export function groupBy<T, K>(rows: Iterable<T>, key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A batch's rows in the order of the ids asked for, null for an id with no row: what a DataLoader answers. */
export function byId<T extends { id: string }>(rows: readonly T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Each id's group, empty for an id with none, in the order of the ids asked for. */
export function groupsOf<V>(ids: readonly string[], groups: Map<string, V[]>): V[][] {
  return ids.map((id) => groups.get(id) ?? []);
}
