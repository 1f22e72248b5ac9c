/**
 * Text renderings of a comparison: a plain-text table for people and CSV for spreadsheets.
 * One line per record; the JSON form is the CompareOutput itself and HTML lives in html.ts.
 */
import type { CompareEntry, CompareOutput, CompareRow } from '../../schemas/compare.ts';
import { describe } from './flags.ts';

export interface FlatRecord {
  row: CompareRow;
  entry: CompareEntry;
  flags: string[];
}

/** Short flag notes per record, keyed by `documentId targetId`. */
export function flagNotes(out: CompareOutput): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (documentId: string, targetId: string, note: string) => {
    const k = `${documentId} ${targetId}`;
    notes.set(k, [...(notes.get(k) ?? []), note]);
  };
  for (const f of out.flags) {
    if (f.kind === 'conflict') {
      for (const r of f.records) add(r.documentId, r.targetId, f.newer ? `conflict (newer: ${f.newer})` : 'conflict');
    } else {
      add(f.record.documentId, f.record.targetId, `lower bar than ${f.reference.documentId}: ${describe({ ...f.reference, unit: f.unit })}`);
    }
  }
  return notes;
}

export function flatten(out: CompareOutput): FlatRecord[] {
  const notes = flagNotes(out);
  return out.rows.flatMap((row) => row.entries.map((entry) => ({
    row, entry, flags: [...new Set(notes.get(`${entry.documentId} ${entry.targetId}`) ?? [])],
  })));
}

export function valueText(e: CompareEntry): string {
  const change = e.change ? (e.change.direction === 'decrease' ? 'giảm ' : 'tăng ') : '';
  const base = e.change?.baselineYear ? ` so với ${e.change.baselineYear}` : '';
  const annual = e.recurrence === 'annual' ? '/năm' : '';
  return `${change}${describe(e)}${annual}${base}`;
}

const LEVELS: Record<string, string> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length > n ? `${[...flat].slice(0, n - 1).join('')}…` : flat;
}

/** A fixed-width table; widths count code points of NFC text (Vietnamese letters are one each). */
export function toTable(out: CompareOutput): string {
  const head = ['indicator', 'province', 'year', 'level', 'kind', 'value', 'document', 'page', 'quote', 'flags'];
  const body = flatten(out).map(({ row, entry, flags }) => [
    row.indicator, row.province ?? '—', row.year === null ? '—' : String(row.year),
    entry.level ? LEVELS[entry.level]! : '', entry.kind, valueText(entry), entry.documentId,
    entry.page === null ? '' : String(entry.page), clip(entry.quote, 60), flags.join('; '),
  ]);
  if (body.length === 0) return 'No records match an indicator of the taxonomy.\n';
  const len = (s: string) => [...s.normalize('NFC')].length;
  const widths = head.map((h, i) => Math.max(len(h), ...body.map((r) => len(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - len(c)))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends), one record per line, UTF-8 without BOM. */
export function toCsv(out: CompareOutput): string {
  const head = ['indicator', 'province', 'year', 'level', 'kind', 'comparator', 'value', 'max', 'unit', 'interval',
    'change', 'baseline_year', 'recurrence', 'document', 'document_date', 'page', 'line', 'start', 'end', 'quote', 'label', 'key_score', 'flags'];
  const dates = new Map(out.documents.map((d) => [d.id, d.date]));
  const lines = flatten(out).map(({ row, entry: e, flags }) => [
    row.indicator, row.province, row.year, e.level, e.kind, e.comparator, e.value, e.max, e.unit, e.interval,
    e.change?.direction ?? null, e.change?.baselineYear ?? null, e.recurrence, e.documentId, dates.get(e.documentId) ?? null,
    e.page, e.line, e.start, e.end, e.quote, e.label, e.keyScore, flags.join('; '),
  ].map(csvCell).join(','));
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
