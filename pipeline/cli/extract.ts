/**
 * `muctieu extract <dir | glob | file…>`: without --out, one JSON object
 * `{schemaVersion, documents}` on stdout; with --out DIR, documents/<id>.json,
 * targets.ndjson, targets.csv, manifest.json and schema/ under DIR, incrementally
 * (see pipeline/batch/run.ts). Every document runs in a worker thread under a time and
 * memory budget. stderr gets the diagnostics, a progress bar when it is a terminal, and
 * a one-line summary. Exit: 0 when no document failed (partial documents count as read),
 * 1 when any failed, 2 for usage errors.
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { SCHEMA_VERSION } from '../index.ts';
import { runBatch, type BatchResult, type DocumentEvent } from '../batch/run.ts';
import { walk } from '../batch/walk.ts';

export interface ExtractCliOptions {
  out?: string;
  includeText?: boolean;
  concurrency: number;
  force?: boolean;
  timeout: number;
  memory: number;
  password?: string;
  ocr?: boolean;
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_S = 60;
const DEFAULT_MEMORY_MB = 1024;

function number(name: string, min: number, integer: boolean) {
  return (raw: string): number => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`Expected ${name} to be ${integer ? 'an integer' : 'a number'} from ${min} and up, got "${raw}".`);
    }
    return n;
  };
}

function formatDiagnostic(path: string, d: DocumentEvent['diagnostics'][number]): string {
  const where = d.place ? `:${d.place.line}:${d.place.column}` : '';
  return `${path}${where}: ${d.severity} ${d.ruleId}: ${d.reason}\n`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(r: BatchResult, seconds: number): string {
  const parts = [
    `${plural(r.totals.documents, 'document')} (${r.processed} processed, ${r.cached} cached)`,
    plural(r.totals.targets, 'target'),
    plural(r.totals.results, 'result'),
    `${r.totals.failed} failed`,
    `${r.totals.partial} partial`,
    plural(r.totals.duplicates, 'duplicate'),
    `${seconds.toFixed(1)} s`,
  ];
  return `muctieu: ${parts.join(', ')}\n`;
}

export function registerExtract(program: Command, setCode: (c: number) => void): void {
  program
    .command('extract')
    .description('extract documents (files, directories or globs) to JSON')
    .argument('<inputs...>', 'files, directories (walked recursively) or quoted globs such as "plans/**/*.pdf"')
    .option('--out <dir>', 'write documents/<id>.json, targets.ndjson, targets.csv, manifest.json and schema/ under DIR (incremental)')
    .option('--include-text', 'add the normalized text to each document')
    .option('--concurrency <n>', 'documents processed at once (worker threads)', number('--concurrency', 1, true), availableParallelism())
    .option('--force', 'process every document even if the cache in --out has it')
    .option('--timeout <seconds>', 'time budget per document', number('--timeout', 0.001, false), DEFAULT_TIMEOUT_S)
    .option('--memory <mb>', 'heap budget per worker thread', number('--memory', 16, true), DEFAULT_MEMORY_MB)
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--ocr', 'OCR pages without a text layer (needs tesseract)')
    .option('--max-bytes <n>', 'refuse files larger than this (default 64 MiB): they fail with load:too-large', number('--max-bytes', 1, true))
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      const started = performance.now();
      const { files, unmatched } = await walk(inputs);
      if (unmatched.length > 0) {
        for (const u of unmatched) process.stderr.write(`muctieu: error: no such file, directory or matching document: ${u}\n`);
        setCode(2);
        return;
      }
      if (files.length === 0) {
        process.stderr.write(`muctieu: error: no documents found in ${inputs.join(', ')}\n`);
        setCode(2);
        return;
      }
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar({
          stream: process.stderr,
          format: 'muctieu {bar} {value}/{total} documents | {rate} docs/s | {duration_formatted} elapsed | {eta_formatted} left',
          hideCursor: true, clearOnComplete: true, etaBuffer: 50,
        }, cliProgress.Presets.shades_classic)
        : null;
      // While the bar owns the terminal, diagnostics wait until it is gone.
      const held: string[] = [];
      const say = (line: string) => (bar ? held.push(line) : process.stderr.write(line));
      bar?.start(files.length, 0, { rate: '0.0' });
      const result = await runBatch(files, {
        out: opts.out,
        concurrency: opts.concurrency,
        timeoutMs: opts.timeout * 1000,
        memoryMb: opts.memory,
        force: !!opts.force,
        extract: { includeText: !!opts.includeText, password: opts.password, ocr: !!opts.ocr, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) },
        onDocument: (e) => {
          for (const d of e.diagnostics) if (d.severity !== 'info') say(formatDiagnostic(e.path, d));
          bar?.update(e.done, { rate: (e.done / ((performance.now() - started) / 1000)).toFixed(1) });
        },
      }).finally(() => bar?.stop());
      for (const line of held) process.stderr.write(line);
      if (!opts.out) {
        process.stdout.write(JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents: result.inMemory }, null, 2) + '\n');
      }
      for (const d of result.documents) {
        if (d.duplicateOf) process.stderr.write(`${d.path}: duplicate of ${d.duplicateOf}, its targets are counted once\n`);
      }
      if (result.totals.failed > 0) setCode(1);
      process.stderr.write(summaryLine(result, (performance.now() - started) / 1000));
    });
}
