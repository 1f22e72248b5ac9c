/**
 * Atomic file output: write a temporary file in the same directory, then rename it over
 * the target. A run killed at any moment leaves either the old file or the new one, never
 * half of one. No fsync: the threat here is a killed process, whose writes the kernel
 * still completes; surviving power loss would cost an fsync per document.
 */
import { createWriteStream } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TMP = /\.muctieu-[0-9]+-[0-9]+\.tmp$/;
let counter = 0;

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.muctieu-${process.pid}-${++counter}.tmp`);
}

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPath(path);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A file written line by line (ndjson, CSV) that appears under its name only when complete. */
export class AtomicStream {
  private readonly tmp: string;
  private readonly out;
  private failed: Error | null = null;

  constructor(private readonly path: string) {
    this.tmp = tempPath(path);
    this.out = createWriteStream(this.tmp);
    this.out.on('error', (e) => { this.failed = e; });
  }

  /** Writes a chunk, waiting for the stream to drain when its buffer is full. */
  async write(chunk: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once('drain', r));
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (this.failed) throw this.failed;
    await rename(this.tmp, this.path);
  }
}

/** Removes temporary files a killed run left behind in `dir` (not recursive). */
export async function removeStaleTemps(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => TMP.test(n));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale.length;
}

export function isTempFile(name: string): boolean {
  return TMP.test(name);
}
