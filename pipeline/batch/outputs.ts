/**
 * The files a batch run leaves under --out, beside documents/<id>.json:
 *   targets.ndjson  one target per line with its document's id, path, kind, number and province
 *   targets.csv     the same rows flattened for spreadsheets (UTF-8 with BOM so Excel reads
 *                   Vietnamese; RFC 4180 quoting, CRLF line ends)
 *   manifest.json   versions, totals, every document with hash, status, counts and failures
 *   schema/         JSON Schemas of everything above
 * Rows follow manifest order (input path), then the document's own target order, so the
 * same corpus always gives the same bytes.
 */
import { z } from 'zod';
import { DocumentKind, SCHEMA_VERSION, type Document } from '../../schemas/document.ts';
import { jsonSchemas } from '../../schemas/json.ts';
import { Target } from '../../schemas/target.ts';
import { Counts, DocSummary, Failure } from './summary.ts';

export const TargetRow = z.strictObject({
  documentId: z.string(),
  documentPath: z.string(),
  documentKind: DocumentKind.nullable(),
  documentNumber: z.string().nullable(),
  province: z.string().nullable(),
  ...Target.shape,
});
export type TargetRow = z.infer<typeof TargetRow>;

export function targetRows(doc: Document): TargetRow[] {
  return doc.targets.map((t) => ({
    documentId: doc.id,
    documentPath: doc.source.path,
    documentKind: doc.metadata.kind?.value ?? null,
    documentNumber: doc.metadata.number?.value ?? null,
    province: doc.metadata.province?.name ?? null,
    ...t,
  }));
}

type Cell = string | number | boolean | null | undefined;

/** CSV columns: header and how to read it from a row. Data, not logic. */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, (r: TargetRow) => Cell]> = [
  ['document_id', (r) => r.documentId],
  ['province', (r) => r.province],
  ['document_kind', (r) => r.documentKind],
  ['document_number', (r) => r.documentNumber],
  ['target_id', (r) => r.id],
  ['kind', (r) => r.kind],
  ['area', (r) => r.indicator.area],
  ['indicator', (r) => r.indicator.label],
  ['indicator_key', (r) => r.indicator.key],
  ['comparator', (r) => r.value.comparator],
  ['value', (r) => r.value.value],
  ['max', (r) => r.value.max],
  ['unit', (r) => r.value.unit],
  ['interval', (r) => r.value.interval],
  ['value_text', (r) => r.value.text],
  ['change', (r) => r.change?.direction],
  ['baseline_year', (r) => r.change?.baselineYear],
  ['deadline_year', (r) => r.deadline.year],
  ['deadline_from_year', (r) => r.deadline.fromYear],
  ['recurrence', (r) => r.deadline.recurrence],
  ['level', (r) => r.level],
  ['page', (r) => r.source.page],
  ['line', (r) => r.source.line],
  ['section', (r) => r.source.sectionPath.join(' > ')],
  ['quote', (r) => r.source.quote],
  ['confidence', (r) => r.confidence],
  ['document_path', (r) => r.documentPath],
];

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

export const CSV_BOM = '\uFEFF';
export const csvHeader = (): string => CSV_BOM + csvLine(CSV_COLUMNS.map(([h]) => h));
export const csvRow = (row: TargetRow): string => csvLine(CSV_COLUMNS.map(([, get]) => get(row)));
export const ndjsonRow = (row: TargetRow): string => JSON.stringify(row) + '\n';

export const ManifestDocument = z.strictObject({
  id: z.string(),
  ...DocSummary.omit({ naturalId: true }).shape,
  /** Id of the canonical copy when this document is the same plan seen again; its targets are not in targets.*. */
  duplicateOf: z.string().nullable(),
});
export type ManifestDocument = z.infer<typeof ManifestDocument>;

export const Manifest = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  pipelineVersion: z.string(),
  options: z.strictObject({ includeText: z.boolean(), ocr: z.boolean() }),
  totals: z.strictObject({
    documents: z.number().int(),
    ok: z.number().int(),
    partial: z.number().int(),
    failed: z.number().int(),
    /** Documents that repeat another (not counted in targets/results). */
    duplicates: z.number().int(),
    ...Counts.pick({ targets: true, results: true }).shape,
  }),
  documents: z.array(ManifestDocument),
  duplicates: z.array(z.strictObject({
    by: z.enum(['sha256', 'number+issuer+date']),
    canonical: z.string(),
    duplicates: z.array(z.string()),
  })),
});
export type Manifest = z.infer<typeof Manifest>;

export { Failure };

/** Every JSON Schema written to schema/: the library's plus the batch files'. */
export function batchSchemas(): Record<string, object> {
  const gen = (name: string, schema: z.ZodType) => ({
    $id: `https://muctieu.dev/schema/${SCHEMA_VERSION}/${name}.schema.json`,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
  });
  return {
    ...jsonSchemas(),
    'target-row': gen('target-row', TargetRow),
    'manifest': gen('manifest', Manifest),
  };
}
