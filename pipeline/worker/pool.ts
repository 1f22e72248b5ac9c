/**
 * A pool of worker threads that runs one document at a time per worker, each under a
 * time budget and a memory budget. `run()` never rejects for a document's sake: a
 * document that times out, exhausts its heap or kills its worker comes back as a failed
 * Document ("run:timeout", "run:out-of-memory", "run:crash") and the worker is replaced,
 * so one bad file never stops the batch.
 *
 * Workers are started lazily (a batch served entirely from the cache starts none) and
 * their stdout is discarded: pdf.js and friends print warnings with console.log, which
 * must never reach the CLI's JSON on stdout.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../../schemas/document.ts';
import { failedDocument, type RunRule } from './failed.ts';
import type { Reply, Task, WorkerOptions } from './protocol.ts';

export interface PoolOptions {
  /** Number of worker threads, from 1 up. */
  size: number;
  /** Wall-clock budget per document in milliseconds, counted from the moment a ready worker receives it. */
  timeoutMs: number;
  /** Old-generation heap limit per worker in MB (Worker `resourceLimits.maxOldGenerationSizeMb`). */
  memoryMb: number;
  /** Worker module (a file: URL of a module calling `serve()`); default: the pipeline. */
  entry?: string;
}

export const DEFAULT_ENTRY = new URL('./extract.ts', import.meta.url).href;
const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);

interface Job {
  task: Task;
  resolve: (doc: Document) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  /** Set once the slot is being torn down, so late events are ignored. */
  dead: boolean;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min || (name !== 'timeoutMs' && !Number.isInteger(value))) {
    throw new TypeError(`Expected \`${name}\` to be a number from ${min} and up, got \`${value}\` (${typeof value})`);
  }
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Job[] = [];
  private seq = 0;
  private closed = false;
  /** Workers started so far, replacements included (for reports and tests). */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    checkCount('size', options.size, 1);
    checkCount('timeoutMs', options.timeoutMs, 1);
    checkCount('memoryMb', options.memoryMb, 16);
  }

  /** Runs one document; resolves with its Document, failed if the run itself failed. */
  run(path: string, bytes: Uint8Array, options: WorkerOptions = {}): Promise<Document> {
    if (this.closed) throw new Error('WorkerPool.run() called after close()');
    return new Promise((resolve) => {
      this.waiting.push({ task: { seq: ++this.seq, path, bytes, options }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    for (const s of all) s.dead = true;
    await Promise.all(all.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const idle = [...this.slots].find((s) => s.ready && !s.job && !s.dead);
      if (idle) {
        this.assign(idle, this.waiting.shift()!);
        continue;
      }
      // Start a worker for the waiting jobs if there is room; a starting worker takes the
      // next job when it reports ready.
      const starting = [...this.slots].filter((s) => !s.ready).length;
      if (this.slots.size < this.options.size && starting < this.waiting.length) {
        this.spawn();
        continue;
      }
      return;
    }
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    job.timer = setTimeout(() => {
      const seconds = Math.round(this.options.timeoutMs / 100) / 10;
      this.fail(slot, 'run:timeout', `Processing took longer than the time budget of ${seconds} s; the worker was stopped`);
    }, this.options.timeoutMs);
    slot.worker.postMessage(job.task);
  }

  private spawn(): void {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { entry: this.options.entry ?? DEFAULT_ENTRY },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: true,
    });
    worker.stdout.resume();
    this.started++;
    const slot: Slot = { worker, ready: false, job: null, dead: false };
    this.slots.add(slot);
    worker.on('message', (msg: Reply | 'ready') => {
      if (slot.dead) return;
      if (msg === 'ready') {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.task.seq !== msg.seq) return;
      clearTimeout(job.timer);
      slot.job = null;
      job.resolve(msg.ok ? msg.document : failedDocument(job.task.path, job.task.bytes, 'run:crash', `The pipeline threw: ${firstLine(msg.message)}`));
      this.dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.fail(slot, 'run:out-of-memory', `Processing exceeded the memory budget of ${this.options.memoryMb} MB; the worker was stopped`);
      } else {
        this.fail(slot, 'run:crash', `The worker crashed: ${firstLine(err.message)}`);
      }
    });
    worker.on('exit', (code) => {
      this.fail(slot, 'run:crash', `The worker exited unexpectedly with code ${code}`);
    });
  }

  /** Tears a slot down, fails its document (if any) and lets a replacement take the queue. */
  private fail(slot: Slot, ruleId: RunRule, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.resolve(failedDocument(job.task.path, job.task.bytes, ruleId, reason));
    } else if (!slot.ready && this.waiting.length > 0) {
      // The worker died before it could take any document (its module failed to load):
      // fail the next document instead of respawning forever.
      const next = this.waiting.shift()!;
      next.resolve(failedDocument(next.task.path, next.task.bytes, ruleId, reason));
    }
    if (!this.closed) this.dispatch();
  }
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0]!.trim() || 'no message';
}
