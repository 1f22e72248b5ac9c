/**
 * A batch run: every input document through the worker pool (or the cache), one
 * documents/<id>.json written the moment it is done, then the corpus-wide files.
 *
 *   1. cache: read → hash → entry matches and documents/<file>.json intact? → reuse it
 *   2. the rest: worker pool → documents/<id>.json → cache entry
 *   finalize: settle ids → drop stale files → duplicates → targets.ndjson/csv → schema/ → manifest.json
 *
 * Order of writes is what makes a kill harmless: a document file before its cache entry
 * (an entry never points at a missing file), every file atomically, manifest.json last.
 * Ids: two inputs may get the same id from the pipeline (the same plan twice, two
 * "plan.txt" in different folders); in input-path order the first keeps it and the
 * others get "-2", "-3", so the names depend on the corpus, not on which worker finished first.
 *
 * Library code: no output of its own; progress goes to `onDocument`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import PQueue from 'p-queue';
import type { Diagnostic, Document } from '../../schemas/document.ts';
import { PIPELINE_VERSION, SCHEMA_VERSION } from '../index.ts';
import { failedDocument, isRunFailure } from '../worker/failed.ts';
import { WorkerPool } from '../worker/pool.ts';
import type { WorkerOptions } from '../worker/protocol.ts';
import { AtomicStream, removeStaleTemps, writeAtomic } from './atomic.ts';
import { Cache, cacheKey, sha256, type CacheEntry } from './cache.ts';
import { findDuplicates, type Placed } from './dedupe.ts';
import {
  batchSchemas, csvHeader, csvRow, ndjsonRow, targetRows, type Manifest, type ManifestDocument,
} from './outputs.ts';
import { summarize, type DocSummary } from './summary.ts';
import { byCodePoint } from './walk.ts';

export interface BatchOptions {
  /** Output folder. Without it documents are returned in memory and nothing is cached. */
  out?: string;
  /** Documents processed at once (worker threads), from 1 up. */
  concurrency: number;
  /** Time budget per document, milliseconds. */
  timeoutMs: number;
  /** Heap budget per worker, MB. */
  memoryMb: number;
  /** Process every document even when the cache has it. */
  force?: boolean;
  /** Pipeline options (include text, OCR, PDF password). */
  extract?: WorkerOptions;
  /** Worker module to run instead of the pipeline (tests). */
  workerEntry?: string;
  /** Called once per document as it completes, in completion order. */
  onDocument?: (event: DocumentEvent) => void;
}

export interface DocumentEvent {
  path: string;
  /** True when the result came from the cache. */
  cached: boolean;
  summary: DocSummary;
  /** The document's diagnostics (only for documents processed in this run). */
  diagnostics: Diagnostic[];
  done: number;
  total: number;
}

export interface BatchResult {
  /** Every document in input-path order, with its final id and duplicate status. */
  documents: ManifestDocument[];
  totals: Manifest['totals'];
  duplicates: Manifest['duplicates'];
  /** The documents themselves, only when there is no output folder. */
  inMemory: Document[];
  processed: number;
  cached: number;
  /** Worker threads started (replacements included). */
  workers: number;
}

interface Done {
  summary: DocSummary;
  /** File name under documents/ (out mode) or the document's id. */
  file: string;
  key: string | null;
  cached: boolean;
}

export async function runBatch(files: readonly string[], options: BatchOptions): Promise<BatchResult> {
  const extract: WorkerOptions = options.extract ?? {};
  const sorted = [...new Set(files)].sort(byCodePoint);
  const pool = new WorkerPool({
    size: options.concurrency, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb, entry: options.workerEntry,
  });
  const out = options.out ? await prepareOut(resolve(options.out)) : null;
  const entries = new Map<string, CacheEntry>();
  if (out) for (const p of sorted) { const e = out.cache.read(p); if (e) entries.set(p, e); }
  const claims = new Claims();
  for (const p of sorted) { const e = entries.get(p); if (e) claims.take(e.file, p); }

  const inMemory: Document[] = [];
  const done: Done[] = [];
  let count = 0;
  const report = (d: Done, diagnostics: Diagnostic[]) => {
    done.push(d);
    options.onDocument?.({ path: d.summary.path, cached: d.cached, summary: d.summary, diagnostics, done: ++count, total: sorted.length });
  };

  /**
   * Phase 1: the cache. True when `path` is served from it. Synchronous reads: no worker
   * runs yet, and small synchronous reads cost a fraction of promise-based ones.
   */
  const lookup = (path: string): boolean => {
    const entry = entries.get(path);
    if (!out || options.force || !entry) return false;
    const bytes = readOrNull(path);
    if (!bytes || cacheKey(sha256(bytes), extract) !== entry.key) return false;
    const stored = readOrNull(join(out.documents, `${entry.file}.json`));
    if (!stored || sha256(stored) !== entry.docSha256) return false;
    report({ summary: entry.summary, file: entry.file, key: entry.key, cached: true }, []);
    return true;
  };

  /** Phase 2: the pipeline, in a worker. */
  const extractOne = async (path: string): Promise<void> => {
    const bytes = await readFile(path).catch((e: Error) => e);
    if (bytes instanceof Error) {
      const doc = failedDocument(path, null, 'run:unreadable', `The file could not be read: ${bytes.message}`);
      report(await keep(doc, null), doc.diagnostics);
      return;
    }
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const key = cacheKey(sha256(data), extract);
    const doc = await pool.run(path, data, extract);
    report(await keep(doc, isRunFailure(doc) ? null : key), doc.diagnostics);
  };

  /** Writes a processed document (out mode) and records it in the cache. */
  const keep = async (doc: Document, key: string | null): Promise<Done> => {
    const summary = summarize(doc);
    if (!out) {
      inMemory.push(doc);
      return { summary, file: doc.id, key, cached: false };
    }
    const file = claims.claim(doc.id, doc.source.path);
    const json = serialize(file === doc.id ? doc : { ...doc, id: file });
    await writeAtomic(join(out.documents, `${file}.json`), json);
    if (key) await out.cache.write({ path: summary.path, key, file, docSha256: sha256(json), summary });
    return { summary, file, key, cached: false };
  };

  const misses = sorted.filter((p) => !lookup(p));
  // Twice the workers, so reading and writing overlap the parsing.
  const queue = new PQueue({ concurrency: options.concurrency * 2 });
  try {
    await queue.addAll(misses.map((p) => () => extractOne(p)));
  } finally {
    await pool.close();
  }
  done.sort((a, b) => byCodePoint(a.summary.path, b.summary.path));

  let placed: Placed[];
  if (out) placed = await settleIds(done, out);
  else {
    inMemory.sort((a, b) => byCodePoint(a.source.path, b.source.path));
    const ids = assignIds(inMemory.map((d) => d.id));
    inMemory.forEach((d, i) => { d.id = ids[i]!; });
    placed = done.map((d, i): Placed => ({ ...d.summary, id: ids[i]! }));
  }
  const duplicates = findDuplicates(placed);
  const duplicateOf = new Map<string, string>();
  for (const g of duplicates) for (const id of g.duplicates) duplicateOf.set(id, g.canonical);

  const documents = placed.map((p): ManifestDocument => {
    const { naturalId: _natural, id, ...rest } = p;
    return { id, ...rest, duplicateOf: duplicateOf.get(id) ?? null };
  });
  const counted = documents.filter((d) => d.duplicateOf === null);
  const totals: Manifest['totals'] = {
    documents: documents.length,
    ok: documents.filter((d) => d.status === 'ok').length,
    partial: documents.filter((d) => d.status === 'partial').length,
    failed: documents.filter((d) => d.status === 'failed').length,
    duplicates: documents.length - counted.length,
    targets: counted.reduce((n, d) => n + d.counts.targets, 0),
    results: counted.reduce((n, d) => n + d.counts.results, 0),
  };

  if (out) {
    await writeTargets(out, counted);
    const schemas = Object.entries(batchSchemas()).map(([name, schema]) => [`${name}.schema.json`, schema] as const);
    for (const [file, schema] of schemas) await writeAtomic(join(out.schema, file), JSON.stringify(schema, null, 2) + '\n');
    const current = new Set<string>(schemas.map(([file]) => file));
    for (const n of await readdir(out.schema)) if (n.endsWith('.schema.json') && !current.has(n)) await rm(join(out.schema, n), { force: true });
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      pipelineVersion: PIPELINE_VERSION,
      options: { includeText: !!extract.includeText, ocr: !!extract.ocr },
      totals, documents, duplicates,
    };
    await writeAtomic(join(out.root, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await out.cache.prune(new Set(sorted));
  }
  const cached = done.filter((d) => d.cached).length;
  return { documents, totals, duplicates, inMemory, processed: done.length - cached, cached, workers: pool.started };
}

const serialize = (doc: Document): string => JSON.stringify(doc, null, 2) + '\n';

interface Out {
  root: string;
  documents: string;
  schema: string;
  cache: Cache;
}

async function prepareOut(root: string): Promise<Out> {
  const documents = join(root, 'documents');
  const schema = join(root, 'schema');
  await mkdir(documents, { recursive: true });
  await mkdir(schema, { recursive: true });
  await Promise.all([root, documents, schema].map(removeStaleTemps));
  return { root, documents, schema, cache: await Cache.open(root) };
}

function readOrNull(path: string): Buffer | null {
  try { return readFileSync(path); } catch { return null; }
}

/** File names under documents/ and the input path that holds each, during a run. */
class Claims {
  private readonly owner = new Map<string, string>();
  take(file: string, path: string): void {
    if (!this.owner.has(file)) this.owner.set(file, path);
  }
  /** The first of id, id-2, id-3 … that is free or already this path's. */
  claim(id: string, path: string): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? id : `${id}-${n}`;
      const owner = this.owner.get(name);
      if (owner === undefined || owner === path) {
        this.owner.set(name, path);
        return name;
      }
    }
  }
}

/**
 * Final ids in input-path order: the first document with an id keeps it, later ones get
 * the first free "-n" (never another document's own id: "plan-2" may be a real one).
 */
export function assignIds(naturalIds: readonly string[]): string[] {
  const used = new Set(naturalIds);
  const taken = new Set<string>();
  return naturalIds.map((natural) => {
    let id = natural;
    for (let n = 2; taken.has(id) || (id !== natural && used.has(id)); n++) id = `${natural}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * Gives every document its final id, moves the files that a run's completion order put
 * under another name, and removes document files no input produces any more.
 */
async function settleIds(done: readonly Done[], out: Out): Promise<Placed[]> {
  const ids = assignIds(done.map((d) => d.summary.naturalId));
  const placed: Placed[] = done.map((d, i) => ({ ...d.summary, id: ids[i]! }));
  const moves = done.map((d, i) => ({ d, to: placed[i]!.id })).filter((m) => m.d.file !== m.to);
  // Read every moving document before writing any: two documents may swap names.
  const loaded = await Promise.all(moves.map(async (m) => JSON.parse(await readFile(join(out.documents, `${m.d.file}.json`), 'utf8')) as Document));
  for (const [i, m] of moves.entries()) {
    const json = serialize({ ...loaded[i]!, id: m.to });
    await writeAtomic(join(out.documents, `${m.to}.json`), json);
    if (m.d.key) await out.cache.write({ path: m.d.summary.path, key: m.d.key, file: m.to, docSha256: sha256(json), summary: m.d.summary });
  }
  const keep = new Set(placed.map((p) => `${p.id}.json`));
  const present = await readdir(out.documents);
  await Promise.all(present.filter((n) => n.endsWith('.json') && !keep.has(n)).map((n) => rm(join(out.documents, n), { force: true })));
  return placed;
}

async function writeTargets(out: Out, counted: readonly ManifestDocument[]): Promise<void> {
  const ndjson = new AtomicStream(join(out.root, 'targets.ndjson'));
  const csv = new AtomicStream(join(out.root, 'targets.csv'));
  await csv.write(csvHeader());
  for (const d of counted) {
    if (d.counts.targets + d.counts.results === 0) continue;
    // Synchronous read: the workers are done, and it is several times cheaper per file.
    const doc = JSON.parse(readFileSync(join(out.documents, `${d.id}.json`), 'utf8')) as Document;
    let nd = '';
    let cs = '';
    for (const row of targetRows(doc)) { nd += ndjsonRow(row); cs += csvRow(row); }
    await ndjson.write(nd);
    await csv.write(cs);
  }
  await ndjson.commit();
  await csv.commit();
}
