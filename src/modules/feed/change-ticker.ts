import { DataSource } from 'typeorm';
import { logger } from '../../logger';
import { AuditEvent } from '../audit/audit-event.entity';

/**
 * Tells subscriptions when the audit trail has grown. Polls the newest audit event id (one indexed statement)
 * every `intervalMs` while anything listens, so changes committed by any process sharing the database reach
 * every subscriber here; idle when no one listens. One ticker per DataSource.
 */
export class ChangeTicker {
  private static readonly tickers = new WeakMap<DataSource, ChangeTicker>();
  private readonly listeners = new Set<() => void>();
  private timer: NodeJS.Timeout | null = null;
  private latest = -1;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly intervalMs: number,
  ) {}

  /** The ticker of `dataSource`, created on first use with `intervalMs` between polls. */
  static for(dataSource: DataSource, intervalMs = 500): ChangeTicker {
    let ticker = ChangeTicker.tickers.get(dataSource);
    if (!ticker) ChangeTicker.tickers.set(dataSource, (ticker = new ChangeTicker(dataSource, intervalMs)));
    return ticker;
  }

  /** Calls `listener` after each poll that found new events; returns the function that stops listening. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.timer) this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      if (!this.dataSource.isInitialized) return;
      const row = await this.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('event')
        .select('MAX(event.id)', 'max')
        .getRawOne<{ max: number | string | null }>();
      const latest = Number(row?.max ?? 0);
      if (latest !== this.latest) {
        this.latest = latest;
        for (const listener of [...this.listeners]) listener();
      }
    } catch (error) {
      logger.warn({ err: error }, 'the change feed could not poll the audit trail; retrying');
    } finally {
      if (this.listeners.size > 0 && this.dataSource.isInitialized) this.schedule();
      else this.timer = null;
    }
  }
}
