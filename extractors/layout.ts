/**
 * Tables a PDF copy lays out in columns with runs of spaces (what `pdftotext -layout` gives), or
 * with tabs, one table row over one or more lines:
 *
 *   STT   Chỉ tiêu                                 Đơn vị     Cấp thành   Cấp xã    Ghi chú
 *                                                  tính        phố
 *   I     CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
 *   2     Tỷ lệ cơ quan, đơn vị, địa phương được   %          ≥ 30        ≥ 25
 *         kiểm tra công tác CCHC
 *
 * (held-out hai-phong-318, an-giang-486). A cell belongs to the header column it stands under
 * (tab-separated lines: to the column of its place in the line); a line with no row number goes on with the row
 * above it, each of its cells appended to its column's ("Ngày" + "làm việc"); section rows ("I
 * CÔNG TÁC …") are left out. Pure functions over raw line texts; offsets are within each line.
 */

/** a cell: its column, the line its first words stand on and their place there, and all its words */
export interface LayoutCell { col: number; line: number; from: number; to: number; text: string }
export interface LayoutTable {
  /** the header's lines (its first line, then the lines that go on under its names) */
  header: number[];
  headerCells: string[];
  /** a sub-row ("- Cấp tỉnh") names the row it belongs to */
  rows: Array<{ line: number; cells: LayoutCell[]; more: number[]; sub?: number }>;
  /** section rows and other lines inside the table that hold no values */
  other: number[];
  end: number;
}

const GAP = /\t|[ \u00a0]{2,}/u;
// (a header with tabs is a tab table, which the loader's cells already give)
const HEAD = /^[ \u00a0]*(?:STT|TT|Số TT)[ \u00a0]{2,}[^\t]*$/u;
const ROW_NUMBER = /^\d{1,3}\.?$/u;
// (or a letter: "A    DỊCH VỤ CÔNG TRỰC TUYẾN")
const SECTION = /^(?:[IVXLC]{1,5}|[A-H])\.?$/u;
/** A ruled line under a header: "---  ------------  ------". */
const RULE = /^[\s\-=_+|]+$/u;
const PAGE_NUMBER = /^\f?\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/u;

/** The cells of a line: runs of text between gaps (2+ spaces or a tab), with their places; a tab line keeps its empty cells. */
function cellsOf(line: string): Array<{ from: number; to: number; text: string; tabbed: boolean }> {
  const out: Array<{ from: number; to: number; text: string; tabbed: boolean }> = [];
  if (line.includes('\t')) {
    let at = 0;
    for (const part of line.split('\t')) {
      const lead = part.length - part.trimStart().length;
      out.push({ from: at + lead, to: at + part.trimEnd().length, text: part.trim(), tabbed: true });
      at += part.length + 1;
    }
    return out;
  }
  const re = /\S+(?:[ \u00a0]\S+)*/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ from: m.index, to: m.index + m[0].length, text: m[0], tabbed: false });
  return out;
}

/**
 * The column a spaced cell stands under: the header name it overlaps most (names may be centred
 * over their column: "STT      Nhiệm vụ/Chỉ tiêu      Đơn vị"), else the nearest one.
 */
function columnAt(spans: Array<[number, number]>, from: number, to: number): number {
  let best = 0;
  let score = -Infinity;
  spans.forEach(([a, b], i) => {
    const overlap = Math.min(b, to) - Math.max(a, from);
    const s = overlap > 0 ? overlap : overlap - 1000;
    if (s > score) { score = s; best = i; }
  });
  return best;
}

function place(line: string, spans: Array<[number, number]>, at: number): LayoutCell[] {
  const cells = cellsOf(line);
  // (a tab line's first cell is the row number, or empty under it)
  if (cells.some((c) => c.tabbed)) return cells.map((c, i) => ({ col: i, line: at, from: c.from, to: c.to, text: c.text })).filter((c) => c.text);
  // (words under the row-number column are the label's: "      công tác CCHC" under a centred "Nhiệm vụ/Chỉ tiêu")
  return cells.map((c) => {
    const col = columnAt(spans, c.from, c.to);
    return { col: col === 0 && !ROW_NUMBER.test(c.text) && !SECTION.test(c.text) ? 1 : col, line: at, from: c.from, to: c.to, text: c.text };
  });
}

/**
 * A column-laid table whose header starts at `lines[i]`, or null. The header needs four columns
 * or more; at least two numbered rows must follow. The table ends at a blank line, or at a line
 * that starts at the margin and opens no row.
 */
export function layoutTable(lines: string[], i: number): LayoutTable | null {
  const first = lines[i]!;
  if (!HEAD.test(first)) return null;
  const headCells = cellsOf(first).filter((c) => c.text);
  if (headCells.length < 4 || !GAP.test(first.trim())) return null;
  const spans = headCells.map((c) => [c.from, c.to] as [number, number]);
  const names = headCells.map((c) => c.text);
  const header = [i];
  let j = i + 1;
  // header lines that go on under the names ("tính        phố")
  // (they may hold a year: "tính           2027" under "Đơn vị   Chỉ tiêu")
  while (j < lines.length && j - i <= 4 && lines[j]!.trim() && /^\s/u.test(lines[j]!) && !/^\s*(?:\d{1,3}|[IVXLC]{1,5}|[A-H])\.?(?:\s|$)/u.test(lines[j]!)) {
    // (a ruled line under the names is no part of them)
    if (!RULE.test(lines[j]!)) for (const c of place(lines[j]!, spans, j)) if (c.col < names.length) names[c.col] = `${names[c.col]} ${c.text}`;
    header.push(j);
    j++;
  }
  const rows: LayoutTable['rows'] = [];
  const other: number[] = [];
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) {
      // a page break inside the table: blank lines and a page number, then the next row (or rows
      // spaced apart by blank lines, the first one too)
      let k = j;
      while (k < lines.length && k - j < 6 && (!lines[k]!.trim() || PAGE_NUMBER.test(lines[k]!))) k++;
      const next = k < lines.length ? place(lines[k]!, spans, k)[0] : undefined;
      const last = rows.findLast((r) => r.sub === undefined);
      if (next && next.col === 0 && ROW_NUMBER.test(next.text) && parseInt(next.text, 10) === (last ? parseInt(last.cells[0]!.text, 10) + 1 : 1)) {
        for (let x = j; x < k; x++) other.push(x);
        j = k - 1;
        continue;
      }
      break;
    }
    const cells = place(line, spans, j);
    const lead = cells[0];
    if (lead && lead.col === 0 && ROW_NUMBER.test(lead.text)) {
      rows.push({ line: j, cells, more: [] });
      continue;
    }
    // a sub-row with values of its own: "      - Cấp tỉnh      %      100      Văn phòng UBND tỉnh"
    if (rows.length && lead && lead.col === 1 && /^[-+–]\s/u.test(lead.text) && cells.length >= 2) {
      const parent = rows.findLastIndex((r) => r.sub === undefined);
      rows.push({ line: j, cells, more: [], sub: parent });
      continue;
    }
    if (lead && lead.col === 0 && SECTION.test(lead.text)) { other.push(j); continue; }
    // a line that goes on with the row above: indented, or a tab line whose first cell is empty
    if (rows.length && (/^\s/u.test(line)) && (!lead || lead.col > 0)) {
      const row = rows[rows.length - 1]!;
      row.more.push(j);
      for (const c of cells) {
        const own = row.cells.find((x) => x.col === c.col);
        if (own) own.text = `${own.text} ${c.text}`;
        else row.cells.push({ ...c });
      }
      continue;
    }
    break;
  }
  if (rows.filter((r) => r.sub === undefined).length < 2) return null;
  for (const r of rows) r.cells.sort((a, b) => a.col - b.col);
  return { header, headerCells: names, rows, other, end: j };
}

/** Every column-laid table in a text, with the text's lines (split at "\n", as `LineIndex` does) and where each starts. */
export interface LayoutFound { lines: string[]; starts: number[]; tables: LayoutTable[] }

export function findLayoutTables(text: string): LayoutFound {
  const raw = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of raw) { starts.push(at); at += l.length + 1; }
  const lines = raw.map((l) => l.replace(/\r$/u, ''));
  const tables: LayoutTable[] = [];
  for (let r = 0; r < lines.length; r++) {
    const t = layoutTable(lines, r);
    if (!t) continue;
    tables.push(t);
    r = t.end - 1;
  }
  return { lines, starts, tables };
}
