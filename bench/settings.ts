/** Where PostgreSQL is when DATABASE_URL does not say: the machines' local server (trust auth). */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** Synthetic data seed: fixed, so every run measures the same rows. */
export const BENCH_SEED = 20261123;
/** The day the views are asked about (the synthetic data's anchor). */
export const BENCH_AS_OF = '2026-09-30';
