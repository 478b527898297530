/**
 * Long work in short slices. Reading or writing a 40 MB backup in one go would freeze the page for
 * seconds; instead the work is a generator that stops after each small unit (one assessment, one
 * megabyte), and the runner gives the page a turn whenever a slice has taken its budget. The same
 * generator also runs straight through, for tests and for small files.
 */

export type ProgressPhase =
  'reading' | 'decrypting' | 'parsing' | 'checking' | 'serialising' | 'encrypting' | 'writing';

export interface Progress {
  phase: ProgressPhase;
  /** Units done and in all (bytes, characters or assessments: the same unit for both). */
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

export interface SliceOptions {
  /** Milliseconds of work before the page gets a turn (default 12: well under a 50 ms long task). */
  budgetMs?: number;
  onProgress?: OnProgress;
  /** Gives the page a turn (default: `defaultYield`). */
  yieldToHost?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * A turn for the page: a message round trip. It queues behind the page's other tasks (input,
 * rendering, timers, messages from other tabs), so none of them waits for the work to finish.
 * (`scheduler.yield()` would put the work ahead of timers and messages: a long restore would hold
 * the autosave's timers back for seconds.) A message is not clamped like a nested timer.
 */
export function defaultYield(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Keeps time for a run and yields to the page when the slice is used up. */
export class Slicer {
  private started = performance.now();
  private readonly budget: number;
  private readonly yieldToHost: () => Promise<void>;

  constructor(private readonly options: SliceOptions = {}) {
    this.budget = options.budgetMs ?? 12;
    this.yieldToHost = options.yieldToHost ?? defaultYield;
  }

  /** Reports progress; gives the page a turn when the slice has taken its budget. */
  async tick(progress?: Progress): Promise<void> {
    this.options.signal?.throwIfAborted();
    if (progress) this.options.onProgress?.(progress);
    if (performance.now() - this.started < this.budget) return;
    await this.yieldToHost();
    this.options.signal?.throwIfAborted();
    this.started = performance.now();
  }
}

/** Runs a generator of work units to its end, in slices. */
export async function runSliced<R>(
  work: Generator<Progress, R>,
  slicer: Slicer = new Slicer(),
): Promise<R> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await slicer.tick(step.value);
  }
}

/** Runs a generator of work units straight through (small inputs, tests). */
export function runAtOnce<R>(work: Generator<Progress, R>): R {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
