/**
 * Tables a PDF copy lays out with spaces only, one line per row and the values last:
 *
 *   TT Chỉ tiêu Hiện trạng đến Mục tiêu năm
 *   31/12/2026 2027
 *   1 Tỷ lệ hồ sơ TTHC trực tuyến toàn trình 62,7% ≥ 80%
 *   2 Tỷ lệ hồ sơ công việc xử lý trên môi trường 91,3% ≥ 95%
 *   mạng (trừ hồ sơ mật)
 *
 * (held-out phu-tho-58: pdf-parse gives such lines for a bordered table). A row is its number,
 * its label and as many value tokens at its end as the header has value columns; a line with no
 * number after a row is the rest of the row's wrapped label. The header's column names are split
 * at the words that open a column ("Hiện trạng", "Mục tiêu", "Năm" …) and take, in order, the
 * years or dates on the header's lines. Rows come back as cells, the shape the table reader takes.
 * Pure functions over line or paragraph texts; offsets are relative to each text.
 */
import { NUM } from './numbers.ts';

/** A header: "TT Chỉ tiêu …", "STT Nội dung …" with more words after. */
const HEAD = /^(?:STT|TT|Số TT)\s+(?:Chỉ tiêu|Nội dung|Tiêu chí|Chỉ số)(?![\p{L}])\s+\S/u;
/** Words that open a column's name (capitalised in a header). */
const COLUMN_START = /(?<![\p{L}])(?=(?:Hiện trạng|Thực hiện|Kết quả|Ước thực hiện|Ước đạt|Ước|Mục tiêu|Chỉ tiêu|Kế hoạch|Năm|Đến năm|Giá trị|Điểm|Xếp hạng|ĐVT|Đơn vị tính)(?![\p{L}]))/u;
const UNIT_HEAD = /^(?:ĐVT|Đơn vị tính)$/u;
/** A value at the end of a row: "62,7%", "≥ 80%", "≥ 200 hộ", "0,54", "~ 80%". */
const TOKEN = new RegExp(String.raw`(?:^|\s)((?:(?:≥|≤|>|<|~|≈)\s*)?(?:${NUM})(?:\s*%|\s+(?!năm(?![\p{L}]))\p{L}+)?)\s*$`, 'u');
/** A unit cell between the label and the values when the header has "ĐVT". */
const UNIT_TOKEN = /(?:^|\s)(%|điểm|ngày|giờ|phút|tháng|lượt|hồ sơ|thủ tục|người|tỷ đồng|triệu đồng)\s*$/u;
const YEAR_OR_DATE = /(?:(?:\d{1,2}\/)?\d{1,2}\/)?((?:19|20)\d{2})(?!\d)/gu;
const TRAILING_YEARS = /(?:\s+(?:(?:\d{1,2}\/)?\d{1,2}\/)?(?:19|20)\d{2})+$/u;

export interface SpacedCell { from: number; to: number; text: string }

/** The value tokens at the end of a line, left to right, and where the text before them ends. */
export function trailingValues(line: string): { tokens: SpacedCell[]; rest: number } {
  const tokens: SpacedCell[] = [];
  let end = line.trimEnd().length;
  for (;;) {
    const m = TOKEN.exec(line.slice(0, end));
    if (!m) break;
    const from = m.index + m[0].indexOf(m[1]!);
    tokens.unshift({ from, to: from + m[1]!.length, text: m[1]! });
    end = m.index;
    if (tokens.length > 8) break;
  }
  return { tokens, rest: end };
}

const ROW = /^(\d{1,2})\.?\s+(?=\p{L})/u;

/** A row line: its number, and the value tokens after a label of words. */
function rowOf(line: string, n: number, width: number, unitColumn: boolean): SpacedCell[] | null {
  const m = ROW.exec(line);
  if (!m || parseInt(m[1]!, 10) !== n) return null;
  const { tokens, rest } = trailingValues(line);
  if (tokens.length < width) return null;
  // (a label may end in a number of its own: keep only the header's count of values)
  const values = tokens.slice(tokens.length - width);
  let labelEnd = values[0]!.from;
  const cells: SpacedCell[] = [];
  if (unitColumn) {
    const u = UNIT_TOKEN.exec(line.slice(0, labelEnd).trimEnd());
    if (!u) return null;
    const from = u.index + u[0].indexOf(u[1]!);
    cells.push({ from, to: from + u[1]!.length, text: u[1]! });
    labelEnd = from;
  }
  const labelText = line.slice(m[0].length, labelEnd).trimEnd();
  if (!/\p{L}{2,}/u.test(labelText) || rest < m[0].length) return null;
  return [
    { from: 0, to: m[1]!.length, text: m[1]! },
    { from: m[0].length, to: m[0].length + labelText.length, text: labelText },
    ...cells, ...values,
  ];
}

/** The header's cells: "TT", the label column, then one per value column with its year ("Mục tiêu năm 2027"). */
function headerOf(text: string): { cells: string[]; width: number; unitColumn: boolean } | null {
  const m = /^(STT|TT|Số TT)\s+(Chỉ tiêu|Nội dung|Tiêu chí|Chỉ số)\s+/u.exec(text);
  if (!m) return null;
  const split = (s: string) => s.split(COLUMN_START).map((h) => h.trim()).filter(Boolean);
  // the years or dates a wrapped header puts under its names ("… Mục tiêu năm 31/12/2026 2027")
  const body = text.slice(m[0].length);
  const tail = TRAILING_YEARS.exec(body);
  let heads = split(tail ? body.slice(0, tail.index) : body);
  const pending = tail ? [...tail[0].matchAll(YEAR_OR_DATE)].map((y) => y[1]!) : [];
  const unitColumn = heads.length > 0 && UNIT_HEAD.test(heads[0]!);
  if (unitColumn) heads = heads.slice(1);
  if (!heads.length) return null;
  const cells = heads.map((h) => {
    if (/(?:19|20)\d{2}/u.test(h)) return h;
    const year = pending.shift();
    return year ? `${h} ${year}` : h;
  });
  return { cells: [m[1]!, m[2]!, ...(unitColumn ? ['ĐVT'] : []), ...cells], width: heads.length, unitColumn };
}

export interface SpacedTable {
  /** index of the header's first line, and of the lines the header goes on over (years, dates) */
  header: number[];
  headerCells: string[];
  rows: Array<{ line: number; cells: SpacedCell[]; more: number[] }>;
  end: number;
}

/**
 * A spaced table whose header starts at `lines[i]`, or null. The header may go on for up to two
 * lines with no row number ("31/12/2026 2027"); at least two numbered rows must follow, each
 * with the header's number of values at its end.
 */
export function spacedTable(lines: string[], i: number): SpacedTable | null {
  if (!HEAD.test(lines[i]!.trim())) return null;
  let j = i + 1;
  while (j < lines.length && j - i <= 2 && !ROW.test(lines[j]!.trim()) && lines[j]!.trim().length <= 40) j++;
  const header = headerOf(lines.slice(i, j).map((l) => l.trim()).join(' '));
  if (!header) return null;
  const rows: SpacedTable['rows'] = [];
  let n = 1;
  while (j < lines.length) {
    const raw = lines[j]!;
    const lead = raw.length - raw.trimStart().length;
    const cells = rowOf(raw.trim(), n, header.width, header.unitColumn);
    if (cells) {
      rows.push({ line: j, cells: cells.map((c) => ({ ...c, from: c.from + lead, to: c.to + lead })), more: [] });
      n++; j++;
      continue;
    }
    // the rest of a wrapped label: words, no row number, no values
    const t = raw.trim();
    if (rows.length && t && !ROW.test(t) && !/\d/u.test(t) && t.length <= 60 && /^[\p{Ll}(]/u.test(t)) {
      rows[rows.length - 1]!.more.push(j);
      j++;
      continue;
    }
    break;
  }
  if (rows.length < 2) return null;
  return { header: Array.from({ length: rows[0]!.line - i }, (_, k) => i + k), headerCells: header.cells, rows, end: j };
}
