import { AsyncLocalStorage } from 'node:async_hooks';
import { rateLimited } from './errors';

/**
 * Bounds the cold computations of aggregate views per database: a cold national view costs seconds of database
 * and CPU time while its budget cost is modest, so without a bound ten of them starve every other caller. At most
 * `concurrency` run at once; up to `queue` more wait their turn in order; beyond that a request is refused with
 * RATE_LIMITED (HTTP 429, Retry-After) instead of joining an ever-longer line. The background warmer waits
 * without limit (it is one caller, and refusing it would leave views cold). A computation started inside another
 * (a view built from another cached view) runs at once in its parent's slot, so nesting cannot deadlock.
 */
export interface GateSettings {
  concurrency: number;
  queue: number;
  /** Seconds a refused caller is told to wait. */
  retryAfterSeconds: number;
}

export const DEFAULT_GATE: GateSettings = { concurrency: 2, queue: 8, retryAfterSeconds: 2 };

/** What a gate has seen (tests check the bound with `peakRunning`). */
export interface GateStats {
  running: number;
  waiting: number;
  peakRunning: number;
  peakWaiting: number;
  refused: number;
}

const insideSlot = new AsyncLocalStorage<true>();
/** Slots taken in every gate of the process: `insideSlot` is enabled while any is. */
let slotsTaken = 0;

export class ComputeGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  readonly stats: GateStats = { running: 0, waiting: 0, peakRunning: 0, peakWaiting: 0, refused: 0 };

  constructor(private readonly settings: GateSettings) {}

  /** Runs `compute` when a slot is free; `unbounded` waits however long the line (the warmer). */
  async run<T>(compute: () => Promise<T>, options: { unbounded?: boolean } = {}): Promise<T> {
    if (insideSlot.getStore()) return compute();
    if (this.running >= this.settings.concurrency) {
      if (!options.unbounded && this.waiting.length >= this.settings.queue) {
        this.stats.refused++;
        throw rateLimited(
          `The server is computing ${this.running} views and ${this.waiting.length} more are waiting; retry after ${this.settings.retryAfterSeconds} s (a view computed once is then served from cache).`,
          this.settings.retryAfterSeconds,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        this.note();
      });
    }
    this.running++;
    slotsTaken++;
    this.note();
    try {
      return await insideSlot.run(true, compute);
    } finally {
      this.running--;
      // Off while no gate computes a view: on Node 20 a storage in use runs a hook on every promise of every request.
      if (--slotsTaken === 0) insideSlot.disable();
      // Hand the slot to the next in line (FIFO), counting it as running before it resumes.
      this.waiting.shift()?.();
      this.note();
    }
  }

  private note(): void {
    this.stats.running = this.running;
    this.stats.waiting = this.waiting.length;
    this.stats.peakRunning = Math.max(this.stats.peakRunning, this.running);
    this.stats.peakWaiting = Math.max(this.stats.peakWaiting, this.waiting.length);
  }
}

let settings: GateSettings = DEFAULT_GATE;
let gates = new WeakMap<object, ComputeGate>();

/** The gate of one database (the primary DataSource, which its replicas share). */
export function computeGate(database: object): ComputeGate {
  let gate = gates.get(database);
  if (!gate) gates.set(database, (gate = new ComputeGate(settings)));
  return gate;
}

/** Sets the bound for gates created from now on (the server at start, from VIEW_COMPUTE_CONCURRENCY/QUEUE; tests). */
export function configureComputeGates(next: Partial<GateSettings>): void {
  settings = { ...settings, ...next };
  gates = new WeakMap();
}
