/**
 * Flags over the comparison rows. Pure functions; they read rows and never change them.
 *
 * - conflict: within one row (indicator × province × year), targets of the same level, unit and
 *   change direction that state different figures. Two levels ("30%, 20%, 15%" for cấp tỉnh,
 *   huyện, xã — seed kon-tum-3993) or a level vs a change ("giảm 10% so với 2021") are not a
 *   conflict. Results are never in conflict with targets: they report, they do not commit.
 * - lower-bar: with a reference document (a national programme such as NQ 76/NQ-CP), a province
 *   target that is less ambitious than the reference's target for the same indicator, year,
 *   level, unit and change direction.
 *
 * Which way is stricter: gte/gt → a higher floor is stricter; lte/lt → a lower ceiling is
 * stricter ("trong nhóm 10" beats "trong nhóm 15"; "trễ hạn dưới 2%" beats "dưới 3%"); for
 * eq/approx/between the taxonomy's `better` decides (shares: higher; rank positions: lower).
 * A change amount ("giảm tối thiểu 10% biên chế") is a magnitude: cutting more is stricter,
 * so it follows its comparator like any other value.
 */
import type { CompareEntry, CompareRow, ConflictFlag, FlagRecord, LowerBarFlag } from '../../schemas/compare.ts';
import { INDICATORS } from '../../extractors/lexicon/indicators.ts';

const better = new Map(INDICATORS.map((e) => [e.key, e.better]));

function record(e: CompareEntry): FlagRecord {
  return { documentId: e.documentId, targetId: e.targetId, value: e.value, max: e.max, comparator: e.comparator, interval: e.interval };
}

/** Same measure: level, unit, change direction (and baseline) and recurrence. */
function measureKey(e: CompareEntry): string {
  return JSON.stringify([e.level, e.unit, e.change?.direction ?? null, e.change?.baselineYear ?? null, e.recurrence]);
}

function figure(e: CompareEntry): string {
  return JSON.stringify([e.comparator, e.value, e.max]);
}

export function describe(e: Pick<CompareEntry, 'comparator' | 'value' | 'max' | 'unit'>): string {
  const n = (x: number) => String(x).replace('.', ',');
  const unit = e.unit === 'percent' ? '%' : e.unit === 'rank' ? ' (hạng)' : e.unit === 'score' ? ' điểm' : '';
  const sym: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ', between: '' };
  if (e.comparator === 'between' && e.max !== null) return `${n(e.value)}–${n(e.max)}${unit}`;
  return `${sym[e.comparator] ?? ''}${n(e.value)}${unit}`;
}

export function* conflictFlags(rows: readonly CompareRow[], dateOf: ReadonlyMap<string, string | null>): Generator<ConflictFlag> {
  for (const row of rows) {
    const groups = new Map<string, CompareEntry[]>();
    for (const e of row.entries) {
      if (e.kind !== 'target') continue;
      const k = measureKey(e);
      groups.set(k, [...(groups.get(k) ?? []), e]);
    }
    for (const group of groups.values()) {
      const figures = new Set(group.map(figure));
      if (figures.size < 2) continue;
      const docs = [...new Set(group.map((e) => e.documentId))];
      const dated = docs.map((id) => ({ id, date: dateOf.get(id) ?? null })).filter((d) => d.date !== null);
      dated.sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
      const newer = docs.length > 1 && dated.length === docs.length && dated[0]!.date !== dated[1]!.date ? dated[0]!.id : null;
      const first = group[0]!;
      const list = group.map((e) => `${describe(e)} (${e.documentId})`).join(', ');
      yield {
        kind: 'conflict', indicator: row.indicator, province: row.province, year: row.year,
        level: first.level, unit: first.unit, records: group.map(record), newer,
        reason: `${row.province ?? 'Không rõ tỉnh'} states different figures for ${row.indicator}${row.year !== null ? ` in ${row.year}` : ''}: ${list}`
          + (newer ? `; the newer document is ${newer}` : docs.length === 1 ? '; all in one document' : '; which document is newer is unknown (undated)'),
      };
    }
  }
}

interface Bound { at: number; inclusive: boolean }

/** The bar a target sets in the stricter direction: its floor (higher) or its ceiling (lower). */
function bar(e: CompareEntry, stricter: 'higher' | 'lower'): Bound {
  const { comparator: c, value, max } = e;
  if (stricter === 'higher') {
    if (c === 'gte' || c === 'eq' || c === 'approx' || c === 'between') return { at: value, inclusive: true };
    if (c === 'gt') return { at: value, inclusive: false };
    return { at: -Infinity, inclusive: true }; // lte/lt sets no floor at all
  }
  if (c === 'lte' || c === 'eq' || c === 'approx') return { at: value, inclusive: true };
  if (c === 'between') return { at: max ?? value, inclusive: true };
  if (c === 'lt') return { at: value, inclusive: false };
  return { at: Infinity, inclusive: true }; // gte/gt sets no ceiling at all
}

/** Which way is stricter for a reference target. */
export function stricterDirection(e: CompareEntry, indicator: string): 'higher' | 'lower' {
  if (e.comparator === 'gte' || e.comparator === 'gt') return 'higher';
  if (e.comparator === 'lte' || e.comparator === 'lt') return 'lower';
  if (e.change) return 'higher';
  return better.get(indicator) ?? (e.unit === 'rank' ? 'lower' : 'higher');
}

/** True when `p` is less ambitious than `r` in direction `d`. */
export function lowerBar(p: CompareEntry, r: CompareEntry, d: 'higher' | 'lower'): boolean {
  const a = bar(p, d);
  const b = bar(r, d);
  if (d === 'higher') return a.at < b.at || (a.at === b.at && a.inclusive && !b.inclusive);
  return a.at > b.at || (a.at === b.at && a.inclusive && !b.inclusive);
}

export function* lowerBarFlags(rows: readonly CompareRow[], reference: string): Generator<LowerBarFlag> {
  const refs = new Map<string, CompareEntry[]>();
  const keyOf = (indicator: string, e: CompareEntry) => JSON.stringify([indicator, e.year, measureKey(e)]);
  for (const row of rows) {
    for (const e of row.entries) {
      if (e.documentId !== reference || e.kind !== 'target' || e.year === null) continue;
      const k = keyOf(row.indicator, e);
      refs.set(k, [...(refs.get(k) ?? []), e]);
    }
  }
  for (const row of rows) {
    for (const e of row.entries) {
      if (e.documentId === reference || e.kind !== 'target') continue;
      for (const r of refs.get(keyOf(row.indicator, e)) ?? []) {
        const d = stricterDirection(r, row.indicator);
        if (!lowerBar(e, r, d)) continue;
        yield {
          kind: 'lower-bar', indicator: row.indicator, province: row.province, year: row.year,
          level: e.level, unit: e.unit, record: record(e), reference: record(r), stricter: d,
          reason: `${row.province ?? 'Không rõ tỉnh'} sets ${describe(e)} for ${row.indicator}${row.year !== null ? ` in ${row.year}` : ''}, `
            + `a lower bar than ${describe(r)} in ${reference} (${d === 'higher' ? 'higher' : 'lower'} is stricter)`,
        };
      }
    }
  }
}
