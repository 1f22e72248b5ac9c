/**
 * Scores extracted targets against hand-annotated expected records with the protocol of
 * shared/docs/annotation-guideline.md ("How an extraction is scored"):
 * - a prediction MATCHES an expected record when the value (and max, for a range) are
 *   equal and the quotes overlap: after normalizing both (NFC; `*`, `|`, `#` removed;
 *   whitespace collapsed; lower case) and splitting into syllables, the shared syllables
 *   are at least half of the shorter quote's; `alt_quotes` count as the same record;
 * - each expected record matches at most one prediction, best overlap first;
 * - a second prediction of an already matched record is a DUPLICATE (reported on its own,
 *   and counted as a false positive in precision: one record, several source spans);
 * - detection P/R/F1 counts matches; strict P/R/F1 counts matches whose kind, year,
 *   comparator and unit are all right; field accuracy is over matched pairs.
 */
import { z } from 'zod';
import type { Target } from '../schemas/target.ts';

export const ExpectedRecord = z.strictObject({
  quote: z.string().min(1),
  alt_quotes: z.array(z.string()),
  value: z.number(),
  max: z.number().nullable(),
  unit: z.enum(['percent', 'count', 'rank', 'score', 'money', 'duration', 'ratio', 'other']),
  comparator: z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'between', 'approx']),
  year: z.number().int().nullable(),
  fromYear: z.number().int().nullable(),
  kind: z.enum(['target', 'result']),
  level: z.enum(['province', 'district', 'commune']).nullable(),
  change: z.enum(['increase', 'decrease']).nullable(),
  baselineYear: z.number().int().nullable(),
  recurrence: z.enum(['annual']).nullable(),
  indicator: z.string(),
  area: z.enum(['institutions', 'administrative-procedures', 'apparatus', 'civil-service', 'public-finance', 'digital-government', 'direction', 'other']),
  indicatorKey: z.string().nullable().optional(),
  note: z.string(),
});
export type ExpectedRecord = z.infer<typeof ExpectedRecord>;

export const ExpectedFile = z.strictObject({
  document: z.string(),
  records: z.array(ExpectedRecord),
});
export type ExpectedFile = z.infer<typeof ExpectedFile>;

export const FIELDS = ['kind', 'year', 'comparator', 'unit', 'level', 'change', 'baselineYear', 'recurrence', 'fromYear', 'area'] as const;
type Field = (typeof FIELDS)[number];

/** The guideline's quote normalization, then syllables. */
export function quoteSyllables(s: string): string[] {
  return s.normalize('NFC').replace(/[*|#]/g, '').replace(/\s+/g, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function overlap(a: string, b: string): number {
  const sa = quoteSyllables(a);
  const sb = quoteSyllables(b);
  if (sa.length === 0 || sb.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const s of sb) bag.set(s, (bag.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of sa) {
    const n = bag.get(s) ?? 0;
    if (n > 0) { shared++; bag.set(s, n - 1); }
  }
  return shared / Math.min(sa.length, sb.length);
}

/** A prediction flattened to the guideline's record fields. */
export function asRecord(t: Target): Omit<ExpectedRecord, 'alt_quotes' | 'note' | 'indicator'> & { indicator: string } {
  return {
    quote: t.source.quote, value: t.value.value, max: t.value.max, unit: t.value.unit, comparator: t.value.comparator,
    year: t.deadline.year, fromYear: t.deadline.fromYear, kind: t.kind, level: t.level,
    change: t.change?.direction ?? null, baselineYear: t.change?.baselineYear ?? null, recurrence: t.deadline.recurrence,
    indicator: t.indicator.label, area: t.indicator.area, indicatorKey: t.indicator.key,
  };
}

export interface Pair {
  expected: ExpectedRecord;
  predicted: Target;
  overlap: number;
  strict: boolean;
  wrong: Field[];
}

export interface DocScore {
  document: string;
  expected: number;
  predicted: number;
  matched: number;
  strictMatched: number;
  duplicates: number;
  falsePositives: Target[];
  missed: ExpectedRecord[];
  pairs: Pair[];
}

const sameValue = (e: ExpectedRecord, t: Target) =>
  Math.abs(e.value - t.value.value) < 1e-9 && (e.max ?? null) === (t.value.max ?? null);

export function scoreDocument(document: string, expected: ExpectedRecord[], predicted: Target[]): DocScore {
  const candidates: Array<{ e: number; p: number; o: number }> = [];
  expected.forEach((e, ei) => predicted.forEach((t, pi) => {
    if (!sameValue(e, t)) return;
    const quotes = [t.source.quote, ...t.alsoAt.map((a) => a.quote)];
    const o = Math.max(...[e.quote, ...e.alt_quotes].flatMap((q) => quotes.map((pq) => overlap(q, pq))));
    if (o >= 0.5) candidates.push({ e: ei, p: pi, o });
  }));
  candidates.sort((a, b) => b.o - a.o || a.e - b.e || a.p - b.p);
  const eTaken = new Set<number>();
  const pTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (eTaken.has(c.e) || pTaken.has(c.p)) continue;
    eTaken.add(c.e);
    pTaken.add(c.p);
    const e = expected[c.e]!;
    const r = asRecord(predicted[c.p]!);
    const wrong = FIELDS.filter((f) => (e[f] ?? null) !== (r[f] ?? null));
    const strict = !wrong.some((f) => f === 'kind' || f === 'year' || f === 'comparator' || f === 'unit');
    pairs.push({ expected: e, predicted: predicted[c.p]!, overlap: c.o, strict, wrong });
  }
  // Unmatched predictions that would have matched an already matched record are duplicates.
  const dupes = new Set(candidates.filter((c) => !pTaken.has(c.p) && eTaken.has(c.e)).map((c) => c.p));
  pairs.sort((a, b) => a.predicted.source.start - b.predicted.source.start);
  return {
    document,
    expected: expected.length,
    predicted: predicted.length,
    matched: pairs.length,
    strictMatched: pairs.filter((p) => p.strict).length,
    duplicates: dupes.size,
    falsePositives: predicted.filter((_, i) => !pTaken.has(i)),
    missed: expected.filter((_, i) => !eTaken.has(i)),
    pairs,
  };
}

export interface Prf { precision: number; recall: number; f1: number }

export function prf(matched: number, predicted: number, expected: number): Prf {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface EvalReport {
  documents: Array<{ document: string; expected: number; predicted: number; matched: number; duplicates: number; detection: Prf; strict: Prf }>;
  overall: { expected: number; predicted: number; matched: number; strictMatched: number; duplicates: number; detection: Prf; strict: Prf };
  fieldAccuracy: Record<string, number>;
  indicatorKeys: { expected: number; predicted: number; correct: number; precision: number; recall: number } | null;
  errors: Array<{ document: string; type: 'missed' | 'false-positive' | 'field' | 'indicator-key'; value: number; quote: string; detail: string }>;
  /** documents the pipeline failed on, scored as predicting nothing */
  failed: Array<{ document: string; reason: string }>;
}

export function report(scores: DocScore[], failed: EvalReport['failed'] = []): EvalReport {
  const sum = (f: (s: DocScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const all = scores.flatMap((s) => s.pairs);
  const fieldAccuracy: Record<string, number> = {};
  for (const f of FIELDS) fieldAccuracy[f] = all.length ? all.filter((p) => !p.wrong.includes(f)).length / all.length : 1;
  const keyed = all.filter((p) => p.expected.indicatorKey !== undefined);
  const indicatorKeys = keyed.length === 0 ? null : (() => {
    const expected = keyed.filter((p) => p.expected.indicatorKey).length;
    const predicted = keyed.filter((p) => p.predicted.indicator.key).length;
    const correct = keyed.filter((p) => p.expected.indicatorKey && p.predicted.indicator.key === p.expected.indicatorKey).length;
    return { expected, predicted, correct, precision: predicted ? correct / predicted : 1, recall: expected ? correct / expected : 1 };
  })();
  const errors: EvalReport['errors'] = [];
  for (const s of scores) {
    for (const m of s.missed) errors.push({ document: s.document, type: 'missed', value: m.value, quote: m.quote, detail: `${m.unit} ${m.comparator} ${m.year}` });
    for (const t of s.falsePositives) errors.push({ document: s.document, type: 'false-positive', value: t.value.value, quote: t.source.quote, detail: `${t.value.unit} ${t.value.comparator} ${t.deadline.year}` });
    for (const p of s.pairs) if (p.expected.indicatorKey !== undefined && (p.expected.indicatorKey ?? null) !== p.predicted.indicator.key) {
      errors.push({ document: s.document, type: 'indicator-key', value: p.expected.value, quote: p.predicted.indicator.label,
        detail: `expected ${JSON.stringify(p.expected.indicatorKey)}, got ${JSON.stringify(p.predicted.indicator.key)} (score ${p.predicted.indicator.keyScore})` });
    }
    for (const p of s.pairs) if (p.wrong.length) {
      const r = asRecord(p.predicted);
      errors.push({ document: s.document, type: 'field', value: p.expected.value, quote: p.predicted.source.quote,
        detail: p.wrong.map((f) => `${f}: expected ${JSON.stringify(p.expected[f] ?? null)}, got ${JSON.stringify(r[f] ?? null)}`).join('; ') });
    }
  }
  return {
    documents: scores.map((s) => ({
      document: s.document, expected: s.expected, predicted: s.predicted, matched: s.matched, duplicates: s.duplicates,
      detection: prf(s.matched, s.predicted, s.expected), strict: prf(s.strictMatched, s.predicted, s.expected),
    })),
    overall: {
      expected: sum((s) => s.expected), predicted: sum((s) => s.predicted), matched: sum((s) => s.matched),
      strictMatched: sum((s) => s.strictMatched), duplicates: sum((s) => s.duplicates),
      detection: prf(sum((s) => s.matched), sum((s) => s.predicted), sum((s) => s.expected)),
      strict: prf(sum((s) => s.strictMatched), sum((s) => s.predicted), sum((s) => s.expected)),
    },
    fieldAccuracy,
    indicatorKeys,
    errors,
    failed,
  };
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(r: EvalReport): string {
  const rows = [['document', 'exp', 'pred', 'match', 'dup', 'det P', 'det R', 'det F1', 'strict P', 'strict R', 'strict F1']];
  for (const d of r.documents) rows.push([d.document, `${d.expected}`, `${d.predicted}`, `${d.matched}`, `${d.duplicates}`,
    pct(d.detection.precision), pct(d.detection.recall), pct(d.detection.f1), pct(d.strict.precision), pct(d.strict.recall), pct(d.strict.f1)]);
  const o = r.overall;
  rows.push(['OVERALL', `${o.expected}`, `${o.predicted}`, `${o.matched}`, `${o.duplicates}`,
    pct(o.detection.precision), pct(o.detection.recall), pct(o.detection.f1), pct(o.strict.precision), pct(o.strict.recall), pct(o.strict.f1)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(rows[0]!), ...rows.slice(1).map(line), '',
    'field accuracy over matched pairs: ' + Object.entries(r.fieldAccuracy).map(([k, v]) => `${k} ${pct(v)}`).join(', ')];
  if (r.indicatorKeys) out.push(`indicator keys: precision ${pct(r.indicatorKeys.precision)}, recall ${pct(r.indicatorKeys.recall)} (${r.indicatorKeys.correct} correct of ${r.indicatorKeys.expected} expected, ${r.indicatorKeys.predicted} predicted)`);
  return out.join('\n');
}
