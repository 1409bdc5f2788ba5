import { createContext, HubContext } from '../../graphql/context';
import { ErrorCode, HubError, socketError } from '../../graphql/errors';
import { logger } from '../../logger';
import { Change, ChangeFilter } from './change.types';
import { ChangeTicker } from './change-ticker';
import { FeedService } from './feed.service';

/** Entries read per statement while catching up. */
const BATCH = 100;
/** Entries a subscriber may leave unread before its stream is ended (it then resumes from its last cursor). */
const MAX_BACKLOG = 1000;

/**
 * One subscription's stream of changes after `afterKey`. A hand-written iterator rather than an async generator:
 * `return()` (the client unsubscribed or left) must end it at once, even while it waits for the next change.
 * Every read builds a fresh request context for the subscriber, so scope is decided as a query would decide it.
 */
export class ChangeStream implements AsyncIterableIterator<Change> {
  private readonly backlog: Change[] = [];
  private waiter: (() => void) | null = null;
  private failure: HubError | null = null;
  private finished = false;
  private reading = false;
  private again = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly ctx: HubContext,
    private afterKey: number,
    private readonly filter: ChangeFilter | null | undefined,
    pollMs?: number,
  ) {
    this.stopListening = ChangeTicker.for(ctx.writer, pollMs).listen(() => void this.read());
    // Catch up at once when resuming from a cursor.
    void this.read();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<Change>> {
    for (;;) {
      if (this.backlog.length) return { value: this.backlog.shift()!, done: false };
      if (this.failure) {
        const failure = this.failure;
        this.close();
        throw failure;
      }
      if (this.finished) return { value: undefined, done: true };
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  async return(): Promise<IteratorResult<Change>> {
    this.close();
    return { value: undefined, done: true };
  }

  private close(): void {
    this.finished = true;
    this.stopListening();
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  /** Reads everything new for this subscriber; one read at a time, repeated when a tick came meanwhile. */
  private async read(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.again = false;
        let batch: Change[];
        do {
          if (this.finished) return;
          const fresh = createContext(this.ctx.writer, {
            caller: this.ctx.caller,
            suppressionThreshold: this.ctx.suppressionThreshold,
          });
          batch = await FeedService.since(fresh, this.afterKey, BATCH, this.filter);
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- return() sets it while this awaits
          if (this.finished) return;
          if (batch.length) {
            this.afterKey = batch[batch.length - 1].eventKey;
            this.backlog.push(...batch);
            this.wake();
          }
          if (this.backlog.length > MAX_BACKLOG) {
            this.failure = socketError(
              ErrorCode.RATE_LIMITED,
              `More than ${MAX_BACKLOG} changes are waiting unread; subscribe again with \`after\` set to the last cursor you received, or page through \`changes\`.`,
            );
            this.backlog.length = 0;
            this.wake();
            return;
          }
        } while (batch.length === BATCH);
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- wake() sets it while this awaits
      } while (this.again);
    } catch (error) {
      logger.error({ err: error }, 'a change-feed subscription could not read the audit trail');
      this.failure = socketError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        'The change feed failed; subscribe again with `after` set to the last cursor you received.',
      );
      this.wake();
    } finally {
      this.reading = false;
    }
  }
}
