import { isPostgresUrl, DEFAULT_DATABASE_URL } from '../config';

/*
 * Column types that differ between the two supported databases. Entity decorators are evaluated at import
 * time, so the database kind is read from DATABASE_URL then: one process talks to one kind of database.
 */
const postgres = isPostgresUrl(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);

/** An instant: `timestamptz` on PostgreSQL (never a zone-less timestamp), `datetime` on SQLite. */
export const TIMESTAMP = postgres ? 'timestamptz' : 'datetime';
