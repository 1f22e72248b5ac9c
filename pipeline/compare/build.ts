/**
 * Builds the comparison matrix from extracted Documents: indicator × province × year, each cell
 * holding the grounded records behind it (value with comparator, year, document, quote, page).
 *
 * Contract: pure — documents in, CompareOutput out; no I/O, no console. Never reorders or edits
 * a record: entries copy the target's own fields. Output order is fixed (taxonomy order, then
 * Vietnamese alphabetical province, then year, then document date/id and offset) so the same
 * documents always give byte-identical JSON whatever order they were read in.
 */
import type { Diagnostic, Document } from '../../schemas/document.ts';
import type { Target } from '../../schemas/target.ts';
import {
  CompareOutput, type CompareDocument, type CompareFlag, type CompareEntry, type CompareIndicator, type CompareProvince,
  type CompareRow, type GroupBy,
} from '../../schemas/compare.ts';
import { SCHEMA_VERSION } from '../../schemas/document.ts';
import { INDICATORS } from '../../extractors/lexicon/indicators.ts';
import { findProvince, resolveProvince } from '../gazetteer.ts';
import { matchIndicator } from '../indicators.ts';
import { conflictFlags, lowerBarFlags } from './flags.ts';

export interface CompareOptions {
  /** Group provinces by the name at issue time (default) or by today's unit. */
  by?: GroupBy;
  /** Keep only this indicator key. */
  indicator?: string;
  /** Keep only records whose deadline (or result) year is this. */
  year?: number;
  /** Document id of a reference (a national programme): flag provinces setting a lower bar. */
  reference?: string;
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
const taxonomyOrder = new Map(INDICATORS.map((e, i) => [e.key, i]));

/** The province of a document: metadata first, then the library block, issuer, place line and text. */
export function documentProvince(doc: Document): CompareProvince | null {
  const m = doc.metadata;
  const names = [m.province?.name, m.library?.issuer?.value, m.issuer?.value, m.place?.value];
  for (const name of names) {
    if (!name) continue;
    const r = resolveProvince(name) ?? (() => {
      const found = findProvince(name);
      return found ? resolveProvince(found.name) : null;
    })();
    if (r) return { issued: r.name, current: r.current, merged: r.merged };
  }
  if (doc.text) {
    const found = findProvince(doc.text);
    const r = found ? resolveProvince(found.name) : null;
    if (r) return { issued: r.name, current: r.current, merged: r.merged };
  }
  return null;
}

function keyOf(t: Target): { key: string; score: number | null; source: CompareEntry['keySource'] } | null {
  if (t.indicator.key) return { key: t.indicator.key, score: t.indicator.keyScore, source: 'document' };
  const m = matchIndicator(t.indicator.label, t.indicator.area);
  return m ? { key: m.key, score: m.score, source: 'matcher' } : null;
}

function entryOf(doc: Document, t: Target, key: NonNullable<ReturnType<typeof keyOf>>): CompareEntry {
  return {
    documentId: doc.id, targetId: t.id, kind: t.kind, label: t.indicator.label,
    keyScore: key.score, keySource: key.source,
    value: t.value.value, max: t.value.max, unit: t.value.unit, comparator: t.value.comparator,
    interval: t.value.interval, text: t.value.text,
    change: t.change, level: t.level,
    year: t.deadline.year, fromYear: t.deadline.fromYear, recurrence: t.deadline.recurrence,
    quote: t.source.quote, start: t.source.start, end: t.source.end, line: t.source.line, page: t.source.page,
  };
}

const byYear = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);
const byProvince = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b);

/** Builds the comparison. Throws only for programmer errors (an unknown `by`). */
export function buildComparison(input: readonly Document[], options: CompareOptions = {}): CompareOutput {
  const by = options.by ?? 'issued';
  if (by !== 'issued' && by !== 'current') throw new Error(`Expected \`by\` to be "issued" or "current", got \`${String(by)}\``);
  const diagnostics: Diagnostic[] = [];

  // One document per id: the first one read wins, the rest are reported.
  const seen = new Set<string>();
  const docs: Document[] = [];
  for (const d of input) {
    if (seen.has(d.id)) {
      diagnostics.push({ severity: 'warning', ruleId: 'compare:duplicate-document', reason: `Document "${d.id}" was given more than once; only the first copy is compared`, place: null });
      continue;
    }
    seen.add(d.id);
    docs.push(d);
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const documents: CompareDocument[] = [];
  const entries: Array<{ entry: CompareEntry; key: string; province: string | null; date: string | null }> = [];
  for (const doc of docs) {
    const province = documentProvince(doc);
    if (!province) {
      // A reference is usually national (NQ 76/NQ-CP): no province is expected there.
      diagnostics.push({ severity: doc.id === options.reference ? 'info' : 'warning', ruleId: 'compare:no-province', reason: `Document "${doc.id}" names no province the gazetteer knows; its records are grouped under no province`, place: null });
    }
    let keyed = 0;
    for (const t of doc.targets) {
      const key = keyOf(t);
      if (!key) continue;
      keyed++;
      const entry = entryOf(doc, t, key);
      if (options.indicator !== undefined && key.key !== options.indicator) continue;
      if (options.year !== undefined && entry.year !== options.year) continue;
      entries.push({
        entry, key: key.key,
        province: province ? (by === 'issued' ? province.issued : province.current) : null,
        date: doc.metadata.date?.value ?? null,
      });
    }
    const unkeyed = doc.targets.length - keyed;
    if (unkeyed > 0) {
      diagnostics.push({ severity: 'info', ruleId: 'compare:unkeyed-records', reason: `${unkeyed} of ${doc.targets.length} records in "${doc.id}" match no indicator of the taxonomy and are left out`, place: null });
    }
    documents.push({
      id: doc.id, path: doc.source.path,
      title: doc.metadata.title?.value ?? null,
      number: doc.metadata.number?.value ?? doc.metadata.library?.number?.value ?? null,
      date: doc.metadata.date?.value ?? doc.metadata.library?.issued?.value ?? null,
      province, records: doc.targets.length, keyed, hasText: typeof doc.text === 'string',
    });
  }

  const dateOf = new Map(documents.map((d) => [d.id, d.date]));
  // Group into rows.
  const rowsByKey = new Map<string, CompareRow>();
  for (const { entry, key, province } of entries) {
    const id = JSON.stringify([key, province, entry.year]);
    let row = rowsByKey.get(id);
    if (!row) {
      row = { indicator: key, province, year: entry.year, entries: [] };
      rowsByKey.set(id, row);
    }
    row.entries.push(entry);
  }
  const rows = [...rowsByKey.values()].sort((a, b) =>
    (taxonomyOrder.get(a.indicator) ?? Infinity) - (taxonomyOrder.get(b.indicator) ?? Infinity)
    || collator.compare(a.indicator, b.indicator)
    || byProvince(a.province, b.province)
    || byYear(a.year, b.year));
  for (const row of rows) {
    row.entries.sort((a, b) =>
      collator.compare(dateOf.get(a.documentId) ?? '', dateOf.get(b.documentId) ?? '')
      || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0)
      || a.start - b.start || a.end - b.end || collator.compare(a.targetId, b.targetId));
  }

  const flags: CompareFlag[] = [...conflictFlags(rows, dateOf)];
  if (options.reference !== undefined) {
    if (!seen.has(options.reference)) {
      diagnostics.push({ severity: 'error', ruleId: 'compare:reference-not-found', reason: `Reference document "${options.reference}" is not among the inputs`, place: null });
    } else {
      flags.push(...lowerBarFlags(rows, options.reference));
    }
  }

  const usedKeys = new Set(rows.map((r) => r.indicator));
  const indicators: CompareIndicator[] = INDICATORS.filter((e) => usedKeys.has(e.key))
    .map((e) => ({ key: e.key, label: e.label, area: e.area, unit: e.unit, better: e.better }));
  for (const key of [...usedKeys].filter((k) => !taxonomyOrder.has(k)).sort()) {
    diagnostics.push({ severity: 'warning', ruleId: 'compare:unknown-indicator', reason: `Indicator key "${key}" is not in the taxonomy (extractors/lexicon/indicators.ts)`, place: null });
  }
  const provinces = [...new Set(rows.map((r) => r.province).filter((p): p is string => p !== null))].sort(collator.compare);

  const output: CompareOutput = {
    schemaVersion: SCHEMA_VERSION,
    by,
    filters: { indicator: options.indicator ?? null, year: options.year ?? null, reference: options.reference ?? null },
    indicators, provinces, documents, rows, flags, diagnostics,
  };
  const parsed = CompareOutput.safeParse(output);
  if (!parsed.success) throw new Error(`muctieu built an invalid comparison: ${parsed.error.message}`);
  return parsed.data;
}
