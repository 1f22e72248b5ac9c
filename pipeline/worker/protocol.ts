/**
 * Messages between the pool (main thread) and a worker. Plain data only: they cross the
 * thread boundary by structured clone, the bytes by transfer.
 */
import type { Document } from '../../schemas/document.ts';
import type { ExtractOptions } from '../index.ts';

/** Options a worker may receive: everything but the AbortSignal, which cannot cross threads. */
export type WorkerOptions = Omit<ExtractOptions, 'signal'>;

export interface Task {
  seq: number;
  path: string;
  bytes: Uint8Array;
  options: WorkerOptions;
}

export type Reply =
  | { seq: number; ok: true; document: Document }
  | { seq: number; ok: false; message: string };

/** What a worker module does with one document. */
export type Handler = (task: Task) => Promise<Document>;
