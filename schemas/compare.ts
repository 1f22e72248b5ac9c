/**
 * The compare contract: what `muctieu compare --format json` emits (issue "Compare provinces").
 * One indicator across documents, provinces and years: rows of indicator × province × year,
 * each holding the grounded records behind it, plus flags. Strict objects throughout, as in
 * schemas/document.ts; the JSON Schema is generated from this file (`muctieu schema --name compare`).
 */
import { z } from 'zod';
import { Diagnostic, SCHEMA_VERSION } from './document.ts';
import { Area, Change, Comparator, Level, Unit } from './target.ts';

export const GroupBy = z.enum(['issued', 'current']).describe(
  'issued: the province named by the document (the 63 before 1 July 2025); current: the unit it belongs to today (the 34 of Nghị quyết 202/2025/QH15)');
export type GroupBy = z.infer<typeof GroupBy>;

export const CompareProvince = z.strictObject({
  /** Canonical name at issue time, e.g. "Kon Tum". */
  issued: z.string(),
  /** Unit since 1 July 2025, e.g. "Quảng Ngãi". */
  current: z.string(),
  merged: z.boolean(),
});
export type CompareProvince = z.infer<typeof CompareProvince>;

export const CompareDocument = z.strictObject({
  id: z.string(),
  path: z.string(),
  title: z.string().nullable(),
  number: z.string().nullable(),
  date: z.iso.date().nullable().describe('metadata.date: decides which of two conflicting documents is newer'),
  province: CompareProvince.nullable(),
  /** Targets and results in the document, and how many of them carry an indicator key. */
  records: z.number().int().nonnegative(),
  keyed: z.number().int().nonnegative(),
  /** Whether the document carried its normalized text (extract --include-text). */
  hasText: z.boolean(),
});
export type CompareDocument = z.infer<typeof CompareDocument>;

export const CompareIndicator = z.strictObject({
  key: z.string(),
  label: z.string(),
  area: Area,
  unit: Unit,
  better: z.enum(['higher', 'lower']),
});
export type CompareIndicator = z.infer<typeof CompareIndicator>;

/** One target or result behind a cell, with everything needed to find it in its document. */
export const CompareEntry = z.strictObject({
  documentId: z.string(),
  targetId: z.string(),
  kind: z.enum(['target', 'result']),
  /** The indicator as the document words it. */
  label: z.string(),
  keyScore: z.number().min(0).max(1).nullable(),
  /** document: the key came with the record; matcher: compare assigned it (the record had none). */
  keySource: z.enum(['document', 'matcher']),
  value: z.number(),
  max: z.number().nullable(),
  unit: Unit,
  comparator: Comparator,
  interval: z.string(),
  text: z.string(),
  change: Change.nullable(),
  level: Level.nullable(),
  year: z.number().int().nullable(),
  fromYear: z.number().int().nullable(),
  recurrence: z.enum(['annual']).nullable(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  page: z.number().int().positive().nullable(),
});
export type CompareEntry = z.infer<typeof CompareEntry>;

export const CompareRow = z.strictObject({
  indicator: z.string(),
  /** Province by the chosen grouping; null when the document names none the gazetteer knows. */
  province: z.string().nullable(),
  year: z.number().int().nullable(),
  entries: z.array(CompareEntry).min(1),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** A record named by a flag. */
export const FlagRecord = z.strictObject({
  documentId: z.string(),
  targetId: z.string(),
  value: z.number(),
  max: z.number().nullable(),
  comparator: Comparator,
  interval: z.string(),
});
export type FlagRecord = z.infer<typeof FlagRecord>;

/** One province states different figures for the same indicator, year, level and unit. */
export const ConflictFlag = z.strictObject({
  kind: z.literal('conflict'),
  indicator: z.string(),
  province: z.string().nullable(),
  year: z.number().int().nullable(),
  level: Level.nullable(),
  unit: Unit,
  records: z.array(FlagRecord).min(2),
  /** The document with the latest metadata.date among them; null if they are one document or undated. */
  newer: z.string().nullable(),
  reason: z.string(),
});
export type ConflictFlag = z.infer<typeof ConflictFlag>;

/** A province target less ambitious than the reference document's target for the same indicator and year. */
export const LowerBarFlag = z.strictObject({
  kind: z.literal('lower-bar'),
  indicator: z.string(),
  province: z.string().nullable(),
  year: z.number().int().nullable(),
  level: Level.nullable(),
  unit: Unit,
  record: FlagRecord,
  reference: FlagRecord,
  /** Which way is stricter: from the reference's comparator, else the indicator's `better`. */
  stricter: z.enum(['higher', 'lower']),
  reason: z.string(),
});
export type LowerBarFlag = z.infer<typeof LowerBarFlag>;

export const CompareFlag = z.discriminatedUnion('kind', [ConflictFlag, LowerBarFlag]);
export type CompareFlag = z.infer<typeof CompareFlag>;

export const CompareOutput = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  by: GroupBy,
  filters: z.strictObject({
    indicator: z.string().nullable(),
    year: z.number().int().nullable(),
    reference: z.string().nullable(),
  }),
  /** Taxonomy entries that appear in `rows`, in taxonomy order. */
  indicators: z.array(CompareIndicator),
  /** Provinces that appear in `rows`, in Vietnamese alphabetical order. */
  provinces: z.array(z.string()),
  documents: z.array(CompareDocument),
  rows: z.array(CompareRow),
  flags: z.array(CompareFlag),
  diagnostics: z.array(Diagnostic),
});
export type CompareOutput = z.infer<typeof CompareOutput>;
