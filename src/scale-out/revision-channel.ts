import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { onCommitted } from '../db/commit-hooks';
import { currentRevision } from '../db/revision';
import { ViewCache } from '../graphql/view-cache';
import { logger } from '../logger';
import { openRedis } from './redis';

export interface RevisionChannel {
  stop(): Promise<void>;
}

/**
 * Tells every hub process on the same Redis when a write commits here, and hears theirs: each process then drops
 * its cached views of older revisions and calls `onRevision` (main.ts: the view warmer recomputes the dashboard's
 * views at once, instead of at its next poll or when the first viewer asks). The data revision in the database
 * stays what decides whether a cached view may be served, so a lost message, Redis down, or a tool writing
 * without Redis (the import CLI, the synthetic loader) costs only promptness, never a stale answer.
 */
export function startRevisionChannel(options: {
  url: string;
  prefix: string;
  dataSource: DataSource;
  onRevision: (revision: number) => void;
}): RevisionChannel {
  const channel = `${options.prefix}revision`;
  const me = randomUUID();
  const publisher = openRedis(options.url, 'revision publisher');
  // The subscriber queues its SUBSCRIBE until connected, and subscribes again after every reconnect.
  const subscriber = openRedis(options.url, 'revision subscriber', {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    commandTimeout: undefined,
  });
  const heard = (revision: number) => {
    ViewCache.forgetBefore(options.dataSource, revision);
    options.onRevision(revision);
  };
  subscriber
    .subscribe(channel)
    .catch((error: unknown) => logger.warn({ err: error }, 'could not subscribe to the revision channel'));
  subscriber.on('message', (_channel: string, message: string) => {
    const [revision, sender] = message.split('|');
    if (sender !== me && Number.isFinite(Number(revision))) heard(Number(revision));
  });
  const stopHook = onCommitted(options.dataSource, () => {
    currentRevision(options.dataSource.manager)
      .then((revision) => publisher.publish(channel, `${revision}|${me}`))
      .catch(() => undefined); // Redis down: the others see the revision in the database on their next request.
  });
  return {
    async stop() {
      stopHook();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
