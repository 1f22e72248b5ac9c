/**
 * Extractor 5, tables: appendix tables whose columns are years ("STT | Chỉ tiêu | Đơn vị
 * tính | Năm 2024 | Năm 2025"), the way plans restate or add targets (domain.md:
 * "Appendices often hold tables … the target list repeated with who owns it"). A value
 * cell there carries no year, often no unit ("≥ 50" under "%"): the header gives both.
 * Pure function over rows of cells (one row per original line, cells in order).
 */
import type { Comparator, Unit } from '../schemas/target.ts';
import { NUM, parseNumber } from './numbers.ts';

export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** A cell under a year column that is a phrase, not a value ("Đạt từ 88 điểm trở lên, thuộc nhóm 12 …"). */
export interface TablePhrase {
  indicator: Cell;
  cell: Cell;
  year: number;
  result: boolean;
}

export interface TableValue {
  indicator: Cell;
  cell: Cell;
  value: number;
  max: number | null;
  unit: Unit;
  comparator: Comparator;
  /** the column's year; null for a column that names none ("Mục tiêu", "Kết quả"): the caller dates it */
  year: number | null;
  /** the column reports ("Thực hiện năm 2023", "Kết quả 2023") rather than commits */
  result: boolean;
}

/** A year column: "Năm 2025", "2025", "Chỉ tiêu năm 2025", "Đến năm 2025", "Kết quả thực hiện năm 2023". */
const YEAR_HEAD = /^(?:(?:chỉ tiêu|mục tiêu|kế hoạch|kết quả|thực hiện|ước thực hiện|ước đạt|hiện trạng|lộ trình|phấn đấu|xếp hạng|thứ hạng|điểm số|điểm đạt|điểm|đạt|giá trị)\s+)*(?:(?:đến|hết|đến hết)\s+)?(?:năm\s+)?((?:19|20)\d{2})(?:\s*\([^)]*\))?$/iu;
/** A column of targets or results that names no year ("Mục tiêu | Kết quả" in a review's appendix). */
const YEARLESS_HEAD = /^(?:mục tiêu|chỉ tiêu (?:kế hoạch|giao|được giao|đề ra)|kế hoạch|kết quả|kết quả thực hiện|kết quả đạt được|thực hiện|ước thực hiện|ước đạt)$/iu;
const RESULT_HEAD = /kết quả|thực hiện|ước|hiện trạng|hiện nay|điểm đạt/iu;
/** A table of scores: "Điểm tối đa | Điểm đạt năm 2023 | Chỉ tiêu năm 2024" (a component index's points). */
const SCORE_HEAD = /^(?:điểm|số điểm)(?![\p{L}])/iu;
const RANK_HEAD = /xếp hạng|thứ hạng/iu;
/** A unit in a cell's last bracket: "Mục tiêu năm 2027 (điểm)", "Chi phí tuân thủ tiết kiệm được (tỷ đồng)". */
const UNIT_IN_BRACKET = /\((%|điểm|ngày|ngày làm việc|giờ|tháng|tỷ đồng|triệu đồng|nghìn đồng|đồng|bậc|hạng)\)\s*$/iu;
const UNIT_HEAD = /^(?:đơn vị tính|đvt|đơn vị đo)$/iu;
const INDICATOR_HEAD = /chỉ tiêu|nội dung|tiêu chí|chỉ số/iu;
const SYMBOLS: Array<[RegExp, Comparator]> = [
  [/^(?:≥|>=|tối thiểu|ít nhất|không dưới)$/iu, 'gte'], [/^(?:≤|<=|tối đa|không quá|không vượt quá)$/iu, 'lte'],
  [/^(?:>|trên|hơn)$/iu, 'gt'], [/^(?:<|dưới)$/iu, 'lt'], [/^(?:khoảng|gần|~|≈)$/iu, 'approx'],
];
const VALUE_CELL = new RegExp(String.raw`^(≥|>=|≤|<=|>|<|~|≈|tối thiểu|ít nhất|không dưới|tối đa|không quá|không vượt quá|trên|hơn|dưới|khoảng|gần)?\s*(${NUM})\s*(?:(?:-|–|đến)\s*(${NUM})\s*)?(?:\/\s*(?:${NUM})\s*)?(%|điểm)?$`, 'iu');

function unitOf(own: string | undefined, column: string | undefined): Unit {
  const u = (own ?? column ?? '').trim().toLowerCase();
  if (u.startsWith('%')) return 'percent';
  if (u === 'điểm') return 'score';
  if (/^(?:ngày|ngày làm việc|giờ|tháng)$/u.test(u)) return 'duration';
  if (/đồng$/u.test(u)) return 'money';
  if (/^(?:bậc|hạng|thứ hạng)$/u.test(u)) return 'rank';
  return 'count';
}

interface Column { year: number | null; result: boolean; rank: boolean; unit?: string }

/** Values of year-column tables; rows that are not under such a header give nothing. */
export function readTables(rows: Cell[][], phrases: TablePhrase[] = []): TableValue[] {
  const out: TableValue[] = [];
  let header: { years: Map<number, Column>; unit: number; indicator: number; width: number; score: boolean } | null = null;
  for (const row of rows) {
    const years = new Map<number, Column>();
    row.forEach((c, i) => {
      const m = YEAR_HEAD.exec(c.text.trim());
      // (a column may name its unit: "Mục tiêu năm 2027 (điểm)", "Năm 2025 (%)")
      const unit = UNIT_IN_BRACKET.exec(c.text.trim())?.[1];
      if (m) years.set(i, { year: Number(m[1]), result: RESULT_HEAD.test(c.text), rank: RANK_HEAD.test(c.text), unit });
      else if (YEARLESS_HEAD.test(c.text.trim())) years.set(i, { year: null, result: RESULT_HEAD.test(c.text), rank: false });
    });
    const labelled = row.some((c) => INDICATOR_HEAD.test(c.text) || UNIT_HEAD.test(c.text.trim()));
    // (a header of yearless columns only counts with an indicator column: "Chỉ tiêu | Mục tiêu | Kết quả")
    const dated = [...years.values()].some((y) => y.year !== null) || row.some((c) => INDICATOR_HEAD.test(c.text));
    if (years.size > 0 && labelled && dated && row.every((c) => !VALUE_CELL.test(c.text.trim()) || YEAR_HEAD.test(c.text.trim()))) {
      const indicator = row.findIndex((c) => INDICATOR_HEAD.test(c.text));
      header = { years, unit: row.findIndex((c) => UNIT_HEAD.test(c.text.trim())), indicator, width: row.length, score: row.some((c) => SCORE_HEAD.test(c.text.trim())) };
      continue;
    }
    if (!header) continue;
    // (a row of another width is skipped, not the end of the table: one lost cell spoils one row)
    if (row.length !== header.width) {
      if (row.length < 3 || !/^\d{1,3}\.?$/u.test(row[0]!.text.trim())) header = null;
      continue;
    }
    const h = header;
    // The indicator: the header's column, else the row's longest cell of words.
    const byWords = row.map((c, i) => [i, /\p{L}/u.test(c.text) ? c.text.length : -1] as const).sort((a, b) => b[1] - a[1])[0]![0];
    const indicator = row[h.indicator >= 0 ? h.indicator : byWords]!;
    if (!/\p{L}{2,}/u.test(indicator.text)) continue;
    for (const [i, col] of h.years) {
      const cell = row[i];
      const m = cell ? VALUE_CELL.exec(cell.text.trim()) : null;
      if (cell && !m && /\d/u.test(cell.text) && col.year !== null) phrases.push({ indicator, cell, year: col.year, result: col.result });
      if (!cell || !m) continue;
      const value = parseNumber(m[2]!);
      const max = m[3] ? parseNumber(m[3]) : null;
      if (value === null) continue;
      const word = m[1]?.toLowerCase();
      const comparator: Comparator = max !== null ? 'between' : (word ? SYMBOLS.find(([re]) => re.test(word))?.[1] ?? 'eq' : 'eq');
      // the unit: the column's (a rank column), the cell's own, the unit column's, the indicator's
      // bracket ("(%)", "(tỷ đồng)", "(ngày làm việc)"), or the column header's bracket
      const named = UNIT_IN_BRACKET.exec(indicator.text)?.[1] ?? col.unit;
      const unit: Unit = col.rank || /^(?:xếp hạng|thứ hạng)/iu.test(indicator.text) ? 'rank'
        : h.score && !m[4] && h.unit < 0 && !named ? 'score' : unitOf(m[4], h.unit >= 0 ? row[h.unit]?.text : named);
      out.push({ indicator, cell, value, max, unit, comparator, year: col.year, result: col.result });
    }
  }
  return out;
}
