import { isPostgresUrl, DEFAULT_DATABASE_URL } from '../config';

/*
 * Column types that differ between the two supported databases. Entity decorators are evaluated at import
 * time, so the database kind is read from DATABASE_URL then: one process talks to one kind of database.
 */
const postgres = isPostgresUrl(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);

/**
 * An instant: `timestamptz(3)` on PostgreSQL (never a zone-less timestamp; milliseconds, as JS dates carry,
 * so a value read back compares equal to the stored one), `datetime` on SQLite. Spread into column options.
 */
export const TIMESTAMP = (postgres ? { type: 'timestamptz', precision: 3 } : { type: 'datetime' }) as {
  type: 'timestamptz' | 'datetime';
  precision?: number;
};

/**
 * Default for "now" in a TIMESTAMP column. On SQLite this keeps milliseconds in the same text form TypeORM
 * writes for JS dates ('YYYY-MM-DD HH:MM:SS.SSS'); CURRENT_TIMESTAMP would drop them, and mixed forms
 * compare wrongly as text (cursors on `recordedAt` depend on it).
 */
export const NOW = postgres ? () => 'now()' : () => "(strftime('%Y-%m-%d %H:%M:%f', 'now'))";
