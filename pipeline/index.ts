/**
 * muctieu's library API. The CLI is a thin shell over these functions; nothing here
 * writes to stdout or stderr — problems travel as diagnostics on the document.
 *
 * Stages, in order (each `(work) => work`):
 *   load → normalize → outline → metadata → targets → emit
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Document, SCHEMA_VERSION, type Diagnostic } from '../schemas/document.ts';
import { load } from './load/index.ts';
import type { LoadOptions } from './load/types.ts';
import type { Work } from './model.ts';
import { normalize } from './normalize.ts';
import { outline } from './outline.ts';
import { metadata } from './metadata.ts';
import { targets } from './targets.ts';
import { documentId } from './id.ts';
import { locateLoadDiagnostics, normalizedRepairs } from './load/place.ts';

export { SCHEMA_VERSION } from '../schemas/document.ts';
export type { Document, Diagnostic } from '../schemas/document.ts';
export type { Target } from '../schemas/target.ts';

/** Bumped whenever the pipeline's output for the same input could change (cache key). */
export const PIPELINE_VERSION = '0.5.0';

export interface ExtractOptions extends Omit<LoadOptions, 'path'> {
  /** Add the normalized text to the document so every quote can be checked. */
  includeText?: boolean;
}

export const STAGES: ReadonlyArray<(work: Work) => Work> = [normalize, outline, metadata, targets];

/** Runs the pipeline on one document's bytes. Never throws for bad content. */
export async function extractBytes(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<Document> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const loaded = await load(bytes, { ...options, path });
  const diagnostics: Diagnostic[] = [];
  let work: Work = {
    path, sha256, bytes: bytes.byteLength, loaded,
    text: '', map: loaded.map, paragraphs: [], outline: [],
    metadata: { citations: [] }, targets: [], diagnostics, repairs: [],
  };
  if (bytes.byteLength === 0) {
    work.diagnostics.push({ severity: 'error', ruleId: 'load:empty', reason: 'The file is empty', place: null });
  }
  const loadFailed = loaded.diagnostics.some((d) => d.severity === 'error');
  if (!loadFailed && bytes.byteLength > 0) {
    for (const stage of STAGES) {
      work = stage(work);
      // Lost-character repairs are spans of the loader's text: re-base them once the normalized text exists.
      if (stage === normalize) work = { ...work, repairs: normalizedRepairs(work) };
    }
  }
  // Loader diagnostics carry offsets into `original`; place them in the normalized text.
  const located = loadFailed || work.text === '' ? loaded.diagnostics.map((d): Diagnostic => ({
    severity: d.severity, ruleId: d.ruleId, reason: d.reason, place: null,
  })) : locateLoadDiagnostics(work);
  return emit({ ...work, diagnostics: [...located, ...work.diagnostics] }, options);
}

export async function extractFile(path: string, options: ExtractOptions = {}): Promise<Document> {
  const bytes = await readFile(path);
  return extractBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, options);
}

export function emit(work: Work, options: ExtractOptions = {}): Document {
  const errors = work.diagnostics.some((d) => d.severity === 'error');
  const empty = work.text.trim().length === 0;
  if (empty && !errors) {
    work.diagnostics.push({ severity: 'error', ruleId: 'load:no-text', reason: 'No text could be read from the document', place: null });
  }
  const status = empty ? 'failed' : errors ? 'partial' : 'ok';
  const doc: Document = {
    schemaVersion: SCHEMA_VERSION,
    id: documentId(work.metadata, work.path),
    source: {
      path: work.path, format: work.loaded.format, sha256: work.sha256, bytes: work.bytes,
      pages: work.loaded.pageStarts ? work.loaded.pageStarts.length : null,
      ocr: work.loaded.ocr, encoding: work.loaded.encoding,
    },
    metadata: work.metadata,
    outline: work.outline,
    targets: work.targets,
    diagnostics: work.diagnostics,
    repairs: work.repairs,
    status,
    ...(options.includeText ? { text: work.text } : {}),
  };
  // The schema is the contract: an invalid document is a bug in the pipeline, not the input.
  const parsed = Document.safeParse(doc);
  if (!parsed.success) throw new Error(`muctieu emitted an invalid document for ${basename(work.path)}: ${parsed.error.message}`);
  return parsed.data;
}

