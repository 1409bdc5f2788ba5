/** Process entry: config → database (migrated, seeded when empty) → GraphQL server → listen. */
import 'reflect-metadata';
import { databaseProblem } from './cli/run';
import { loadConfig } from './config';
import { createDataSource, openDatabase, readersFor } from './db/data-source';
import { logger } from './logger';
import { isEmpty, loadSeeds } from './seed/seed';
import { createServer } from './server';
import { startViewWarmer } from './graphql/view-warmer';
import { startRevisionChannel } from './scale-out/revision-channel';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(createDataSource(config.databaseUrl)).catch((error: unknown) => {
    throw new StartError(databaseProblem(config.databaseUrl, error), error);
  });
  if (config.seedOnStart && (await isEmpty(dataSource))) {
    const summary = await loadSeeds(dataSource);
    logger.info({ created: summary.created }, 'seeded an empty database from seeds/');
  }
  const readers = await readersFor(dataSource, config.databaseReplicaUrls);
  const hub = await createServer(dataSource, config, readers);
  await new Promise<void>((resolve) => hub.httpServer.listen(config.port, resolve));
  if (hub.metricsServer) {
    await new Promise<void>((resolve) => hub.metricsServer!.listen(config.metricsPort, config.metricsHost, resolve));
    logger.info({ metrics: `http://${config.metricsHost}:${config.metricsPort}/metrics` }, 'metrics listening');
  }
  const url = `http://localhost:${config.port}/graphql`;
  const hidePassword = (u: string) => u.replace(/\/\/[^@]*@/, '//***@');
  logger.info(
    { url, database: hidePassword(config.databaseUrl), replicas: config.databaseReplicaUrls.map(hidePassword) },
    'hub listening',
  );
  console.log(`YJ partnership hub ready at ${url}`);
  const warmer = config.viewWarmupMs > 0 ? startViewWarmer(hub, dataSource, readers[0], config.viewWarmupMs) : null;
  // With REDIS_URL, a write on any process re-warms the views of every process at once (scale-out/revision-channel.ts).
  const channel = config.redisUrl
    ? startRevisionChannel({
        url: config.redisUrl,
        prefix: config.redisKeyPrefix,
        dataSource,
        onRevision: () => void warmer?.check(),
      })
    : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    warmer?.stop();
    await channel?.stop();
    // Past the timeout, give up on stragglers rather than hang a deployment.
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    // Stop accepting, answer what was accepted, let running operations finish, stop Apollo; only then close the
    // database, which an operation still running would otherwise find closed under it.
    const finished = await hub.stop(config.shutdownTimeoutMs - 1000);
    for (const reader of readers) if (reader !== dataSource) await reader.destroy();
    await dataSource.destroy();
    logger.info('stopped');
    if (!finished) process.exitCode = 1;
    // Everything is closed, so the event loop empties and the process exits; the timer only guards a stray handle.
    setTimeout(() => process.exit(finished ? 0 : 1), 2000).unref();
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** A failure to start that one sentence explains (a missing database, say); its cause goes to the log. */
class StartError extends Error {
  constructor(
    message: string,
    readonly reason: unknown,
  ) {
    super(message);
  }
}

main().catch((error: unknown) => {
  // The log line keeps the cause's stack for operators; whoever started the process reads one sentence.
  logger.fatal({ err: error instanceof StartError ? error.reason : error }, 'failed to start');
  console.error(`YJ partnership hub did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
