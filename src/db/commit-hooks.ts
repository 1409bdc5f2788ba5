import { DataSource } from 'typeorm';

/** What runs after a write transaction of `inTransaction` commits, per database (the Redis revision channel). */
const hooks = new WeakMap<DataSource, Set<() => void>>();

/** Calls `hook` after every committed write transaction on `dataSource`; returns a function that stops it. */
export function onCommitted(dataSource: DataSource, hook: () => void): () => void {
  let set = hooks.get(dataSource);
  if (!set) hooks.set(dataSource, (set = new Set()));
  set.add(hook);
  return () => set.delete(hook);
}

export function committed(dataSource: DataSource): void {
  for (const hook of hooks.get(dataSource) ?? []) hook();
}
