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
 * (held-out hai-phong-318). A cell belongs to the header column it starts under (tab-separated
 * lines: to the column of its place in the line); a line with no row number goes on with the row
 * above it, each of its cells appended to its column's ("Ngày" + "làm việc"); section rows ("I
 * CÔNG TÁC …") are left out. Pure functions over raw line texts; offsets are within each line.
 */

export interface LayoutCell { col: number; from: number; to: number; text: string }
export interface LayoutTable {
  /** the header's lines (its first line, then the lines that go on under its names) */
  header: number[];
  headerCells: string[];
  rows: Array<{ line: number; cells: LayoutCell[]; more: number[] }>;
  /** section rows and other lines inside the table that hold no values */
  other: number[];
  end: number;
}

const GAP = /\t|[ \u00a0]{2,}/u;
// (a header with tabs is a tab table, which the loader's cells already give)
const HEAD = /^[ \u00a0]*(?:STT|TT|Số TT)[ \u00a0]{2,}[^\t]*$/u;
const ROW_NUMBER = /^\d{1,3}\.?$/u;
const SECTION = /^[IVXLC]{1,5}\.?$/u;

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

/** The column a spaced cell starts under: the last header column starting at or before it (two characters' slack). */
function columnAt(starts: number[], from: number): number {
  let col = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= from + 2) col = i;
  return col;
}

function place(line: string, starts: number[]): LayoutCell[] {
  const cells = cellsOf(line);
  // (a tab line's first cell is the row number, or empty under it)
  if (cells.some((c) => c.tabbed)) return cells.map((c, i) => ({ col: i, from: c.from, to: c.to, text: c.text })).filter((c) => c.text);
  return cells.map((c) => ({ col: columnAt(starts, c.from), from: c.from, to: c.to, text: c.text }));
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
  const starts = headCells.map((c) => c.from);
  const names = headCells.map((c) => c.text);
  const header = [i];
  let j = i + 1;
  // header lines that go on under the names ("tính        phố")
  while (j < lines.length && j - i <= 3 && lines[j]!.trim() && /^\s/u.test(lines[j]!) && !/\d/u.test(lines[j]!)) {
    for (const c of place(lines[j]!, starts)) if (c.col < names.length) names[c.col] = `${names[c.col]} ${c.text}`;
    header.push(j);
    j++;
  }
  const rows: LayoutTable['rows'] = [];
  const other: number[] = [];
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) break;
    const cells = place(line, starts);
    const lead = cells[0];
    if (lead && lead.col === 0 && ROW_NUMBER.test(lead.text)) {
      rows.push({ line: j, cells, more: [] });
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
        else row.cells.push({ ...c, text: c.text, from: -1, to: -1 });
      }
      continue;
    }
    break;
  }
  if (rows.length < 2) return null;
  for (const r of rows) r.cells.sort((a, b) => a.col - b.col);
  return { header, headerCells: names, rows, other, end: j };
}
