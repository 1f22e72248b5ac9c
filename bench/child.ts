/**
 * One measurement in a fresh process, so peak RSS (process.resourceUsage().maxRSS, which
 * includes the worker threads) belongs to this measurement alone. Prints one JSON line.
 *
 *   node bench/child.mjs '{"mode":"pipeline","inputs":["dir"],"out":"o","concurrency":2}'
 *   node bench/child.mjs '{"mode":"bare","format":"pdf","inputs":["dir"]}'
 */
import { readFile } from 'node:fs/promises';
import { walk } from '../pipeline/batch/walk.ts';

interface Job {
  /** pipeline: runBatch; bare: the parser alone; load: muctieu's loader alone (pipeline/load), in this thread. */
  mode: 'pipeline' | 'bare' | 'load';
  inputs: string[];
  out?: string;
  concurrency?: number;
  format?: 'text' | 'markdown' | 'pdf' | 'docx';
}

export interface Measure {
  seconds: number;
  /** Seconds from the first completed document to the last (no worker start-up). */
  steadySeconds: number;
  documents: number;
  processed: number;
  cached: number;
  failed: number;
  bytes: number;
  pages: number;
  maxRssMB: number;
}

const job = JSON.parse(process.argv[2]!) as Job;
const { files } = await walk(job.inputs);

async function bare(format: NonNullable<Job['format']>): Promise<Omit<Measure, 'maxRssMB'>> {
  // Import first: module loading is not the parser's cost per document.
  const { PDFParse } = await import('pdf-parse');
  const mammoth = (await import('mammoth')).default;
  let bytes = 0;
  let pages = 0;
  const t0 = performance.now();
  for (const f of files) {
    const data = await readFile(f);
    bytes += data.byteLength;
    if (format === 'pdf') {
      const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
      const r = await parser.getText();
      pages += r.total;
      await parser.destroy();
    } else if (format === 'docx') {
      await mammoth.convertToHtml({ buffer: data });
    } else {
      new TextDecoder().decode(data).normalize('NFC');
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, steadySeconds: seconds, documents: files.length, processed: files.length, cached: 0, failed: 0, bytes, pages };
}

async function pipeline(): Promise<Omit<Measure, 'maxRssMB'>> {
  // Imported here so a bare-parser measurement does not carry the pipeline's modules.
  const { runBatch } = await import('../pipeline/batch/run.ts');
  let first = 0;
  let last = 0;
  const t0 = performance.now();
  const r = await runBatch(files, {
    out: job.out, concurrency: job.concurrency ?? 1, timeoutMs: 600_000, memoryMb: 2048,
    onDocument: () => { last = performance.now(); if (!first) first = last; },
  });
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    steadySeconds: (last - first) / 1000,
    documents: r.totals.documents,
    processed: r.processed,
    cached: r.cached,
    failed: r.totals.failed,
    bytes: r.documents.reduce((n, d) => n + d.bytes, 0),
    pages: r.documents.reduce((n, d) => n + (d.pages ?? 0), 0),
  };
}

async function loadOnly(): Promise<Omit<Measure, 'maxRssMB'>> {
  const { load } = await import('../pipeline/load/index.ts');
  let bytes = 0;
  let pages = 0;
  let failed = 0;
  const t0 = performance.now();
  for (const f of files) {
    const data = await readFile(f);
    bytes += data.byteLength;
    const loaded = await load(new Uint8Array(data), { path: f });
    pages += loaded.pageStarts?.length ?? 0;
    if (loaded.diagnostics.some((d) => d.severity === 'error')) failed++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, steadySeconds: seconds, documents: files.length, processed: files.length, cached: 0, failed, bytes, pages };
}

const m = job.mode === 'bare' ? await bare(job.format ?? 'text') : job.mode === 'load' ? await loadOnly() : await pipeline();
process.stdout.write(JSON.stringify({ ...m, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
