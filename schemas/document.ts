/**
 * The document contract: what `muctieu extract` emits and dashboards consume.
 * A schema and its type share one name (zod habit). Every object is strict so a
 * misspelt field fails validation instead of leaking into the JSON.
 *
 * Bump SCHEMA_VERSION on any change a consumer could notice.
 */
import { z } from 'zod';
import { Target } from './target.ts';

export const SCHEMA_VERSION = '1.0.0';

/** `[start, end)` character offsets into the document's normalized text. */
export const Span = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const Place = z.strictObject({
  start: z.number().int().nonnegative().describe('offset in normalized text'),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive().describe('1-based line in the original text'),
  column: z.number().int().positive().describe('1-based column in the original text'),
  page: z.number().int().positive().nullable(),
});
export type Place = z.infer<typeof Place>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A content problem: never thrown, always collected on the document (vfile-message habit). */
export const Diagnostic = z.strictObject({
  severity: Severity,
  ruleId: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/),
  reason: z.string().min(1),
  place: Place.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** A metadata value with the span of normalized text it was read from. */
const field = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const DocumentKind = z.enum([
  'kế hoạch', 'quyết định', 'chương trình', 'chỉ thị', 'công điện', 'thông báo', 'nghị quyết',
  'báo cáo', 'nghị định', 'thông tư', 'công văn', 'luật', 'tờ trình', 'đề án', 'hướng dẫn', 'news article',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Citation = z.strictObject({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: DocumentKind.nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.iso.date().nullable(),
  /** The verb that introduces it: "Căn cứ", "Thực hiện", "Theo đề nghị". */
  basis: z.string(),
});
export type Citation = z.infer<typeof Citation>;

export const Province = z.strictObject({
  /** Canonical name of the province at issue time, e.g. "Kon Tum". */
  name: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Period = z.strictObject({
  from: z.number().int(),
  to: z.number().int().nullable(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const LibraryBlock = z.strictObject({
  number: field(z.string()).optional(),
  issued: field(z.iso.date()).optional(),
  effective: field(z.iso.date()).optional(),
  kind: field(z.string()).optional(),
  issuer: field(z.string()).optional(),
  signer: field(z.string()).optional(),
  field: field(z.string()).optional(),
});

export const Metadata = z.strictObject({
  number: field(z.string()).optional(),
  kind: field(DocumentKind).optional(),
  issuer: field(z.string()).optional(),
  province: Province.optional(),
  place: field(z.string()).optional(),
  date: field(z.iso.date()).optional(),
  signer: field(z.string()).optional(),
  title: field(z.string()).optional(),
  period: Period.optional(),
  citations: z.array(Citation),
  library: LibraryBlock.optional(),
});
export type Metadata = z.infer<typeof Metadata>;

export const OutlineKind = z.enum([
  'attachment', 'appendix', 'part', 'chapter', 'section', 'article',
  'roman', 'arabic', 'clause', 'letter', 'dash', 'plus', 'bullet',
]);
export type OutlineKind = z.infer<typeof OutlineKind>;

export interface OutlineNode {
  kind: OutlineKind;
  label: string;
  title: string;
  level: number;
  start: number;
  end: number;
  children: OutlineNode[];
}
export const OutlineNode: z.ZodType<OutlineNode> = z.strictObject({
  kind: OutlineKind,
  label: z.string().describe('the label as written: "II.", "2.", "a)", "-", "PHỤ LỤC", "Điều 1."'),
  title: z.string(),
  level: z.number().int().nonnegative().describe('depth in the tree, 0 for top-level nodes'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  get children() { return z.array(OutlineNode); },
});

export const Format = z.enum(['text', 'markdown', 'html', 'docx', 'pdf', 'doc', 'unknown']);
export type Format = z.infer<typeof Format>;

export const Source = z.strictObject({
  path: z.string(),
  format: Format,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
  ocr: z.boolean(),
  encoding: z.string().nullable(),
});

/** ok: no error diagnostics. partial: errors, but some content was read. failed: nothing usable. */
export const Status = z.enum(['ok', 'partial', 'failed']);
export type Status = z.infer<typeof Status>;

export const Document = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: Source,
  metadata: Metadata,
  outline: z.array(OutlineNode),
  targets: z.array(Target),
  diagnostics: z.array(Diagnostic),
  /** Characters lost in conversion and restored (e.g. "Cng" → "Cổng"): spans of the normalized text. */
  repairs: z.array(z.strictObject({
    start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), from: z.string(), to: z.string(),
  })),
  status: Status,
  /** The normalized text every offset points into; only with `--include-text`. */
  text: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

export const ExtractOutput = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(Document),
});
export type ExtractOutput = z.infer<typeof ExtractOutput>;
