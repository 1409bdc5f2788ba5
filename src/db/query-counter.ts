import { AbstractLogger, LogLevel, LogMessage, Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements sent to the database, so tests and benchmarks can assert
 * that a query's statement count does not grow with the data (no N+1). Optionally records the SQL text.
 */
export class QueryCounter extends AbstractLogger implements Logger {
  count = 0;
  readonly statements: string[] = [];

  constructor(private readonly keepText = false) {
    super();
  }

  /** Zeroes the counter, e.g. before the operation under test. */
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  override logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    if (this.keepText) this.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    // Counting only: errors reach callers as exceptions and are logged by the server.
  }
}
