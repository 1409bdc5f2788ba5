/** Small collection helpers for grouping rows read from SQL; each replaces a `?? map.set(k, []).get(k)!` idiom. */

/** The items grouped by `keyOf`, groups in first-seen order, each group keeping the items' order. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) getOrInsert(groups, keyOf(item), () => []).push(item);
  return groups;
}

/** The items by `keyOf`; of items sharing a key, the last wins. */
export function keyBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T> {
  const byKey = new Map<K, T>();
  for (const item of items) byKey.set(keyOf(item), item);
  return byKey;
}

/** The value at `key`, first set to `create()` when there is none. */
export function getOrInsert<K extends object, V>(map: WeakMap<K, V>, key: K, create: () => V): V;
export function getOrInsert<K, V>(map: Map<K, V>, key: K, create: () => V): V;
export function getOrInsert<K extends object, V>(map: Map<K, V> | WeakMap<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}
