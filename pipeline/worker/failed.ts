/**
 * A document the run could not finish (time budget, memory budget, crashed worker,
 * unreadable file). It is still a valid Document — status "failed" with one error
 * diagnostic naming why — so the manifest lists it and the rest of the batch goes on.
 */
import { createHash } from 'node:crypto';
import { Document, SCHEMA_VERSION } from '../../schemas/document.ts';
import { documentId } from '../id.ts';
import { sniff } from '../load/index.ts';

/** Rule ids of run failures; none of them is cached, a re-run tries the document again. */
export type RunRule = 'run:timeout' | 'run:out-of-memory' | 'run:crash' | 'run:unreadable';

export function failedDocument(path: string, bytes: Uint8Array | null, ruleId: RunRule, reason: string): Document {
  const data = bytes ?? new Uint8Array();
  const doc: Document = {
    schemaVersion: SCHEMA_VERSION,
    id: documentId({ citations: [] }, path),
    source: {
      path,
      format: bytes ? sniff(data, path) : 'unknown',
      sha256: createHash('sha256').update(data).digest('hex'),
      bytes: data.byteLength,
      pages: null,
      ocr: false,
      encoding: null,
    },
    metadata: { citations: [] },
    outline: [],
    targets: [],
    diagnostics: [{ severity: 'error', ruleId, reason, place: null }],
    repairs: [],
    status: 'failed',
  };
  return Document.parse(doc);
}

export function isRunFailure(doc: Document): boolean {
  return doc.diagnostics.some((d) => d.ruleId.startsWith('run:'));
}
