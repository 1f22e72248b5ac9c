/**
 * What the batch remembers of a document once its JSON is on disk: enough for the
 * manifest, the duplicate check and the summary line, so a 10,000-document run never
 * holds 10,000 documents in memory.
 */
import { z } from 'zod';
import { Format, Status, type Document } from '../../schemas/document.ts';

export const Counts = z.strictObject({
  /** Targets with kind "target". */
  targets: z.number().int().nonnegative(),
  /** Targets with kind "result" (achievements reported, not aimed at). */
  results: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof Counts>;

export const Failure = z.strictObject({ ruleId: z.string(), reason: z.string() });
export type Failure = z.infer<typeof Failure>;

export const DocSummary = z.strictObject({
  path: z.string(),
  /** The id the pipeline gave the document (before telling apart two documents with one id). */
  naturalId: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  format: Format,
  pages: z.number().int().nonnegative().nullable(),
  status: Status,
  counts: Counts,
  /** Every error diagnostic: why a document failed or is partial. */
  failures: z.array(Failure),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  province: z.string().nullable(),
  kind: z.string().nullable(),
});
export type DocSummary = z.infer<typeof DocSummary>;

export function summarize(doc: Document, naturalId: string = doc.id): DocSummary {
  const results = doc.targets.filter((t) => t.kind === 'result').length;
  return {
    path: doc.source.path,
    naturalId,
    sha256: doc.source.sha256,
    bytes: doc.source.bytes,
    format: doc.source.format,
    pages: doc.source.pages,
    status: doc.status,
    counts: {
      targets: doc.targets.length - results,
      results,
      errors: doc.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: doc.diagnostics.filter((d) => d.severity === 'warning').length,
    },
    failures: doc.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ruleId: d.ruleId, reason: d.reason })),
    number: doc.metadata.number?.value ?? null,
    issuer: doc.metadata.issuer?.value ?? null,
    date: doc.metadata.date?.value ?? null,
    province: doc.metadata.province?.name ?? null,
    kind: doc.metadata.kind?.value ?? null,
  };
}
