/** `sqlite:data/hub.sqlite` → `data/hub.sqlite`; `sqlite::memory:` → `:memory:`. */
export function sqlitePath(url: string): string {
  const match = /^sqlite:(?:\/\/)?(.+)$/i.exec(url);
  if (!match) throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${url}"`);
  return match[1];
}
