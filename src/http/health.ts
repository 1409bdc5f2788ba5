import type { Express } from 'express';
import { DataSource } from 'typeorm';

/**
 * `GET /health`: liveness, the process answers (a load balancer restarts it when not).
 * `GET /ready`: readiness, the database answers and every migration is applied (take traffic only then).
 */
export function mountHealth(app: Express, dataSource: DataSource, isStopping: () => boolean): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    if (isStopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'the database does not answer' });
      return;
    }
    if (await dataSource.showMigrations()) {
      res.status(503).json({ status: 'unavailable', reason: 'migrations are pending' });
      return;
    }
    res.json({ status: 'ok' });
  });
}
