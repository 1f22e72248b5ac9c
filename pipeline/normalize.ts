/**
 * Stage 2, normalize. Contract: never drops a character of content without recording
 * it — every offset of the normalized text maps back (through `work.map`) to the loader's
 * text, and dropped furniture is reported as an info diagnostic.
 *
 * - NFC per character cluster (an NFD "hoà" keeps a map to its source cluster);
 * - no-break and other wide spaces → " ", zero-width characters and soft hyphens removed,
 *   runs of spaces collapsed, lines trimmed;
 * - lines made only of table debris ("|", "-----") removed and treated as paragraph breaks;
 * - site furniture (image file names, visitor counters) dropped with an info diagnostic;
 * - hard-wrapped lines re-flowed into their paragraphs (rules in `shouldJoin`).
 *
 * Output: one paragraph per line of `work.text`, joined by "\n".
 */
import { findLayoutTables } from '../extractors/layout.ts';
import { isUnnumberedRow, opensUnnumberedTable, ROW_NUMBER_HEAD, rowNumber, sectionRow, sectionTitle, TABLE_FIRST_CELL, unnumberedCellTable, wrappedPipeRows } from '../extractors/tables.ts';
import { spacedTable } from '../extractors/spaced.ts';
import { COUNTER_LABELS, KIND_TITLES, PARAGRAPH_OPENERS, RELATED_LABELS, SIGNATURE_TITLES } from '../extractors/lexicon/layout.ts';
import { diagnostic, type Paragraph, type Work } from './model.ts';
import { LineIndex, TextBuilder, lastAtOrBefore, type Segment } from './offsets.ts';

interface Line {
  /** cleaned text of the line */
  text: string;
  /** map of the cleaned text back into the loader's text */
  segments: Segment[];
  /** offset of the line's first character in the loader's text */
  at: number;
  /** offset of the line break that ends it */
  breakAt: number;
  kind: 'text' | 'blank' | 'debris' | 'furniture';
  /** the rest of a table cell wrapped onto this line: it joins the cell before it */
  goesOn?: true;
}

const SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const TOKEN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+|[\u200B-\u200D\u2060\uFEFF\u00AD]+|[^ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Cleans one source line into a builder: NFC by cluster, spaces collapsed, invisible characters removed. */
export function cleanLine(source: string, at: number): { text: string; segments: Segment[] } {
  const b = new TextBuilder();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const tok = m[0];
    const pos = at + m.index;
    if (SPACE.test(tok[0]!)) {
      if (b.length === 0) continue; // leading space
      if (tok === ' ') b.copy(' ', pos);
      else b.replace(' ', pos, tok.length);
    } else if (INVISIBLE.test(tok[0]!)) {
      continue;
    } else if (tok.normalize('NFC') === tok) {
      b.copy(tok, pos);
    } else {
      CLUSTER.lastIndex = 0;
      for (let c = CLUSTER.exec(tok); c; c = CLUSTER.exec(tok)) {
        const nfc = c[0].normalize('NFC');
        if (nfc === c[0]) b.copy(nfc, pos + c.index);
        else b.replace(nfc, pos + c.index, c[0].length);
      }
    }
  }
  b.trimEnd(/ /);
  const { text, map } = b.build();
  return { text, segments: map.segments as Segment[] };
}

const DEBRIS = /^[|\-–—_=*·.…\s]+$/u;
/** A breadcrumb: three or more short items joined by ">" or "»". */
/** A page's tool bar: "Cỡ chữ: A- A A+ | In bài | Gửi email". */
const PAGE_TOOLS = /^\s*(?:Cỡ chữ|In bài|Bản in|Gửi email|Chia sẻ|Lưu bài|Tìm kiếm\.*)(?![\p{L}])/u;
const NAVIGATION = /^\s*[^>»|\d]{1,30}(?:\s[>»]\s[^>»|\d]{1,40}){2,}\s*$/u;
/**
 * A menu: three or more short items (at most four words, no digits) joined by "|", or spaced
 * apart ("Trang chủ   Thời sự   Chính trị …": six items or more, or opened by "Trang chủ").
 */
function isMenu(raw: string): boolean {
  const short = (items: string[]) => items.every((x) => x.length > 0 && !/\d/.test(x) && x.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4);
  const piped = raw.split('|').map((x) => x.trim());
  // (nor one copied with pipes: "Xếp hạng | Đơn vị | Điểm | Xếp loại", "TT | Cơ quan | Điểm | Ghi chú")
  if (piped.length >= 3) return short(piped) && !TABLE_FIRST_CELL.test(piped[0]!)
    && !piped.some((x) => TABLE_HEAD_WORD.test(x));
  const spaced = raw.trim().split(/ {2,}|\t+/u);
  // (a table's header laid out in columns is no menu: "STT   Chỉ tiêu   Đơn vị   Cấp thành   Cấp xã   Ghi chú")
  if (ROW_NUMBER_HEAD.test(spaced[0]!)) return false;
  return (spaced.length >= 6 || (spaced.length >= 3 && /^(?:Trang chủ|Home)$/iu.test(spaced[0]!))) && short(spaced) && spaced.every((x) => /^\p{Lu}/u.test(x));
}
/** Words only a table's header has: "Ghi chú", "Đơn vị tính", "Chỉ tiêu", "Xếp loại", "Điểm". */
// (or a table of statistics by month or status: "Tháng | Hồ sơ tiếp nhận | Giải quyết đúng hạn | Trễ hạn")
const TABLE_HEAD_WORD = /^(?:ghi chú|đơn vị tính|đvt|chỉ tiêu|nội dung|xếp loại|điểm|điểm số|tổng điểm|kết quả|tháng|quý|trễ hạn|quá hạn|đúng hạn|tỷ lệ(?:\s+\p{L}+){0,4}\s*\(%\))$/iu;
const IMAGE_FILE = /^[\p{L}\p{N}_.%-]+\.(?:jpe?g|png|gif|webp|bmp|svg)$/iu;
const COUNTER = new RegExp(`^(?:${COUNTER_LABELS.map(escape).join('|')})`, 'u');
const NUMBER_ONLY = /^[\d.,\s]+$/;
const RELATED = new RegExp(`^(?:${RELATED_LABELS.map(escape).join('|')})\\s*:?$`, 'iu');
const HEADLINE = /^(?:[•▪●◦-]\s+.*|.*\(\d{1,2}\/\d{1,2}\/\d{4}\))$/u;
/** A date, with a time, alone on its line: "15-01-2027 16:40", "14/01/2027 08:30", "12/03/2027". */
const DATE_LINE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*(?:\(?GMT\s*\+\s*7\)?|SA|CH|AM|PM))?)?$/u;
/** The head of readers' comments: "Bình luận (4)", "Ý kiến bạn đọc", "Bình luận". */
const COMMENTS = /^(?:Bình luận|Ý kiến bạn đọc|Ý kiến độc giả|Bạn đọc bình luận)(?:\s*\(\d+\))?\s*:?$/iu;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function splitLines(text: string, wrappedRows: ReadonlyArray<{ start: number; end: number }> = wrappedPipeRows(text)): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\f|\u2028|\u2029/g;
  let at = 0;
  let prevRaw = '';
  // (the lines of a pipe row whose cells wrap, `wrappedRows`: each goes on with the cell the line before left open; a text file's
  // loader has found them already, on the same text)
  let wr = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const raw = text.slice(at, end);
    // Site navigation: a menu ("Trang chủ | Giới thiệu | Tin tức | Liên hệ") or a breadcrumb
    // ("Trang chủ > Tin tức > Cải cách hành chính") is furniture, not a table.
    // (not a line of a pipe row whose cells wrap: "phố | Cấp xã | Toàn thành" reads like a menu)
    while (wr < wrappedRows.length && wrappedRows[wr]!.end < at) wr++;
    const ofWrappedRow = wr < wrappedRows.length && wrappedRows[wr]!.start <= at && at <= wrappedRows[wr]!.end;
    if (!ofWrappedRow && (NAVIGATION.test(raw) || isMenu(raw) || PAGE_TOOLS.test(raw))) {
      const { text: clean, segments } = cleanLine(raw, at);
      lines.push({ text: clean, segments, at, breakAt: end, kind: 'furniture' });
      if (!m) break;
      at = m.index + m[0].length;
      continue;
    }
    // A table flattened onto one line ("1 | Tỷ lệ … | Không vượt quá 1% | Văn phòng"): each
    // cell becomes its own paragraph, the pipes are debris.
    // A row copied with tabs between its cells (three cells or more; a library field "Số hiệu\t142/KH-UBND" stays one line).
    const tabbed = (raw.trim().match(/\t+/g) ?? []).length >= 2;
    const cells = raw.includes('|') && !DEBRIS.test(raw) ? raw.split('|') : tabbed ? raw.split('\t') : [raw];
    let from = at;
    // A row's last cell wrapped onto the next line ("| … | Tỷ lệ so với" + "kế hoạch |", "| … | Theo Nghị định " +
    // "số 45/2020/NĐ-CP |"): the line that opens with no bar goes on the cell the line before left open.
    const inWrapped = wr < wrappedRows.length && wrappedRows[wr]!.start < at && at <= wrappedRows[wr]!.end && cells[0]!.trim() !== '';
    const wrapped = inWrapped || (cells.length > 1 && !raw.trimStart().startsWith('|') && cells[0]!.trim() !== ''
      && /^\s*\|/u.test(prevRaw) && !/\|\s*$/u.test(prevRaw) && lines.at(-1)?.kind === 'debris' && lines.at(-1)!.text === '');
    if (wrapped) { if (lines.at(-1)?.kind === 'debris' && lines.at(-1)!.text === '') lines.pop(); }
    // A row never runs into the line before or after it ("Năm 2025" + "1" of the next row).
    else if (cells.length > 1) lines.push({ text: '', segments: [], at, breakAt: at, kind: 'debris' });
    cells.forEach((c, i) => {
      if (i > 0) lines.push({ text: '|', segments: [], at: from - 1, breakAt: from, kind: 'debris' });
      const { text: clean, segments } = cleanLine(c, from);
      // (an empty-value cell "-" of a row stays a cell, so the row keeps its columns)
      // (so does a "-" alone on its line between two "|" lines: a table copied one cell per line)
      const emptyValue = /^[-–—]$/u.test(clean) && (cells.length > 2 || (cells.length === 1 && cellBetweenBars(text, at, end)));
      const kind: Line['kind'] = clean === '' ? (cells.length > 1 ? 'debris' : 'blank') : DEBRIS.test(clean) && !emptyValue ? 'debris' : 'text';
      lines.push({ text: clean, segments, at: from, breakAt: from + c.length, kind, ...(wrapped && i === 0 ? { goesOn: true as const } : {}) });
      from += c.length + 1;
    });
    if (cells.length > 1) lines.push({ text: '', segments: [], at: end, breakAt: end, kind: 'debris' });
    prevRaw = raw;
    if (!m) break;
    at = m.index + m[0].length;
  }
  return lines;
}

/** The line [at, end) stands between a line "|" and a line "|" (blank lines aside). */
function cellBetweenBars(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(/\s+$/u, '');
  const after = text.slice(end, end + 40).replace(/^\s+/u, '');
  return /(?:^|\n)[ \t]*\|$/u.test(before) && /^\|[ \t]*(?:\r?\n|$)/u.test(after);
}

/** Marks site furniture: image file names and visitor-counter blocks. */
function markFurniture(lines: Line[]): void {
  let inCounter = false;
  let inRelated = false;
  let inComments = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text') continue;
    // readers' comments ("Bình luận (4)", then a name, a time and what they wrote) run to the page's end: no statement of the source's
    // (not a comment count among the share buttons above the article, "Chia sẻ … Bình luận (47)": the comments follow the article,
    // so more of the page stands before their head than after it)
    if (COMMENTS.test(l.text)) {
      const before = lines.slice(0, i).reduce((n, x) => n + (x.kind === 'text' ? x.text.length : 0), 0);
      const after = lines.slice(i + 1).reduce((n, x) => n + (x.kind === 'text' ? x.text.length : 0), 0);
      if (after < before) inComments = true;
      else { l.kind = 'furniture'; continue; }
    }
    if (inComments) {
      l.kind = 'furniture';
      continue;
    }
    if (IMAGE_FILE.test(l.text)) {
      l.kind = 'furniture';
      continue;
    }
    if (COUNTER.test(l.text)) {
      l.kind = 'furniture';
      inCounter = true;
      continue;
    }
    if (inCounter && NUMBER_ONLY.test(l.text)) {
      l.kind = 'furniture';
      continue;
    }
    inCounter = false;
    if (RELATED.test(l.text)) {
      l.kind = 'furniture';
      inRelated = true;
      continue;
    }
    // The related-article list runs on while its lines look like headlines: a bullet or a date,
    // or a short unpunctuated line right under the label or another headline (blank lines between;
    // a headline's own date line, "15-01-2027 16:40", goes with it).
    let before = i - 1;
    while (before >= 0 && lines[before]!.kind === 'blank') before--;
    const contiguous = before >= 0 && lines[before]!.kind === 'furniture';
    if (inRelated && (HEADLINE.test(l.text) || DATE_LINE.test(l.text) || (contiguous && l.text.length <= 160 && !/[.;:!?]$/u.test(l.text)))) {
      l.kind = 'furniture';
      continue;
    }
    inRelated = false;
  }
}

const KIND_TITLE = new RegExp(`^(?:${KIND_TITLES.map(escape).join('|')}):?$`, 'u');
const SIGNATURE = new RegExp(`^(?:(?:KT|TM|TL|TUQ)\\.\\s*)?(?:${SIGNATURE_TITLES.map(escape).join('|')})$`, 'u');
const OPENER = new RegExp(`^(?:${PARAGRAPH_OPENERS.map(escape).join('|')})`, 'u');
/** Outline labels: I. / 1. / 1.2. / a) / đ) / - / + / ▪ / • / Điều 1. / Chương II / Mục 1 / Phần I / PHỤ LỤC. */
export const LABEL = /^(?:[IVXLC]+\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|[-+▪•●◦–]\s|\(\d{1,2}\)\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+[IVXLC\d]+|PHỤ LỤC|Phụ lục\s)/u;

/** Words that cannot end a sentence or a heading (prepositions, conjunctions, determiners). */
const FUNCTION_WORDS = new Set([
  'của', 'các', 'và', 'về', 'với', 'cho', 'trên', 'tại', 'theo', 'những', 'được', 'là', 'để', 'trong', 'từ', 'đến',
  'hoặc', 'bằng', 'mọi', 'nhằm', 'do', 'bởi', 'vào', 'giữa', 'sang', 'như', 'thuộc', 'đối', 'phải', 'thì', 'mà',
  'nhưng', 'nên', 'gồm', 'bao',
]);
const isCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

function startsBlock(next: string): boolean {
  return LABEL.test(next) || OPENER.test(next) || KIND_TITLE.test(next) || SIGNATURE.test(next);
}

/**
 * Whether a hard-wrapped line continues the paragraph before it. Rules from the grammar of
 * wrapped copies (seeds nghe-an-5158, kon-tum-1871): a wrap never happens right before an
 * outline label, an opener ("Căn cứ"), a kind title or a signature title; a paragraph ends
 * at . ; : ! ? (but the one-word field label "Số:" continues); a capitalised line after a
 * lower-case word starts a new paragraph (a heading's body), while a capitalised word after a
 * capitalised word is a wrapped proper name ("Đài\nPhát thanh"); all-caps lines join only
 * all-caps lines (headers and titles).
 */
export function shouldJoin(paragraph: string, prevLine: string, next: string, wrapWidth: number): boolean {
  // a year range wrapped at its dash is no bullet: "… GIAI ĐOẠN 2021" + "- 2025"
  if (/(?<!\d)(?:19|20)\d{2}$/u.test(paragraph) && /^[-–]\s*(?:19|20)\d{2}(?!\d)/u.test(next)) return true;
  if (startsBlock(next)) return false;
  if (KIND_TITLE.test(paragraph) || SIGNATURE.test(paragraph)) return false;
  // A news dateline stands on its own line, under a byline ("Thanh Niên" / "29/05/2028 15:42 GMT+7").
  if (DATE_LINE.test(next) || DATE_LINE.test(prevLine)) return false;
  if (/^(?:TM|KT|TL|TUQ)\.$/u.test(paragraph)) return true;
  // A line that starts in lower case continues a sentence, whatever ended the line before; after a
  // colon only inside an open bracket ("120 TTHC (trong đó:\ncấp tỉnh 86 thủ tục …)").
  if (/^\p{Ll}/u.test(next)) return !paragraph.endsWith(':') || /^\p{L}+:$/u.test(paragraph) || openBracket(paragraph);
  if (/[.;!?]$/.test(paragraph) || paragraph.endsWith('./.')) return false;
  if (paragraph.endsWith(':')) return /^\p{L}+:$/u.test(paragraph);
  const capsPrev = isCaps(paragraph);
  const capsNext = isCaps(next);
  if (capsPrev) return (capsNext || !/\p{L}/u.test(next)) && /[\p{L},]$/u.test(paragraph);
  if (startsUpper(next)) {
    // A line never ends a paragraph on a function word: "của các\nSở, ban, ngành".
    // (not after a short heading line: "1. Kết quả đạt được" then "Năm 2026 là năm đầu …")
    if (FUNCTION_WORDS.has(lastWord(paragraph).toLowerCase())) return !(paragraph === prevLine && LABEL.test(paragraph) && prevLine.length < 0.6 * wrapWidth);
    // "Đài\nPhát thanh": a proper name wrapped; "a) Mục tiêu\nXây dựng": a heading's body.
    // (not after a short line of a few words standing alone, a news subheading: "Mục tiêu: kinh tế số chiếm 30% GDP" / "Phát biểu …";
    // a cell's name still joins: "Sở" / "Tư pháp")
    if (startsUpper(lastWord(paragraph))) return (!capsNext || next.length < 12) && !(paragraph === prevLine && prevLine.length < 0.6 * wrapWidth && !LABEL.test(paragraph) && paragraph.split(' ').length >= 5);
    return prevLine.length >= 0.6 * wrapWidth;
  }
  return true;
}

/**
 * A table pasted from a PDF one cell per line with nothing between the cells ("STT", "Chỉ tiêu",
 * "Cấp tỉnh", "Cấp xã", "Thời hạn", "1", "Tỷ lệ hồ sơ …", "≥ 80%", "≥ 60%", "31/12/2027", "2", …):
 * the header runs from "STT" / "TT" to the line "1", each row from its number to the next one, which
 * stands a row's width on (or a line or two further, where a cell wrapped). Returns the index after
 * its last line, or null. Without it the hard-wrap rules would run the cells together.
 */
export function cellPerLineTable(texts: string[], li: number): number | null {
  if (!TABLE_FIRST_CELL.test(texts[li]?.trim() ?? '')) return null;
  const rowNo = (k: number) => rowNumber(texts[k] ?? '');
  // (sections between the rows: "A", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)", or a roman numeral's full row "I", "Sở Nội vụ", …)
  const titled = (k: number) => sectionTitle(texts, k);
  let j = li + 1;
  // (a row numbering the columns, "(1)" … "(6)", may follow the heads: it does not count towards their number)
  let numbering = 0;
  while (j < texts.length && j - li - numbering <= 10 && rowNo(j) === null && !titled(j)) {
    const t = texts[j]!.trim();
    if (!t || t.length > 90 || /[.;:]$/u.test(t)) return null;
    if (/^\(\d{1,2}\)$/u.test(t)) numbering++;
    j++;
  }
  const width = j - li;
  // (a last column of notes is often empty: its cell is a blank line; only under a numbered header, an appendix's, where the
  // rows are sure to be rows)
  const notes = numbering > 0 && /^ghi chú$/iu.test(texts[j - 1 - numbering]?.trim() ?? '');
  const skip = (k: number, next: number) => {
    for (let s = sectionRow(texts, k, width, next); s > 0 && k < texts.length; s = sectionRow(texts, k, width, next)) k += s;
    return k;
  };
  j = skip(j, 1);
  if (width < 3 || rowNo(j) !== 1) return null;
  // (a header cell wrapped over two lines, "Tỷ lệ tái sử" + "dụng 2026 (%)", makes the header longer than a row: the rows
  // step by the distance from row 1 to row 2)
  const second = [3, 4, 5, 6, 7, 8, 9, 10].map((k) => j + k).find((k) => k < j + width && rowNo(k) === 2 && texts.slice(j + 1, k).every((t) => t.trim() !== ''));
  const step = second !== undefined ? second - j : width;
  let n = 1;
  let p = j;
  for (;;) {
    const ends = [p + step, p + step + 1, p + step + 2, p + step - 1];
    const cellsFine = (k: number) => texts.slice(p + 1, k).every((t, i, all) => (t.trim() !== '' || (notes && i === all.length - 1 && i >= 2)) && t.length <= 200);
    let at = ends.find((k) => k > p + 1 && rowNo(k) === n + 1 && cellsFine(k));
    // (the row before a section ends a row's width on, where the section starts)
    if (at === undefined && titled(p + step) && cellsFine(p + step) && rowNo(skip(p + step, n + 1)) === n + 1) at = skip(p + step, n + 1);
    // (a row split in numbered parts: "6" / "Tỷ lệ kết quả … được số hóa" then "6.1" / "Cấp tỉnh" / "%" / … and "6.2" / "Cấp xã" / …)
    if (at === undefined) {
      const part = (k: number, i: number) => (texts[k]?.trim() ?? '') === `${n}.${i}` || (texts[k]?.trim() ?? '') === `${n}.${i}.`;
      const first = [p + 2, p + 1, p + 3].find((k) => part(k, 1) && cellsFine(k));
      if (first !== undefined) {
        let q: number = first;
        const filled = (from: number, to: number) => texts.slice(from + 1, to).every((t) => t.trim() !== '' && t.length <= 200);
        for (let i = 2; ; i++) {
          const from: number = q;
          const next = [from + step, from + step + 1, from + step - 1].find((k) => part(k, i) && filled(from, k));
          if (next === undefined) break;
          q = next;
        }
        const last: number = q;
        const after = [last + step, last + step + 1, last + step + 2, last + step - 1].find((k) => rowNo(k) === n + 1 && filled(last, k));
        if (after === undefined) { p = last; break; }
        at = after;
      }
    }
    if (at === undefined) break;
    p = at;
    n++;
  }
  if (n < 2) return null;
  let end = p + 1;
  while (end < p + step && end < texts.length && texts[end]!.trim() !== '' && texts[end]!.length <= 200 && !/^(?:Ghi chú|Nơi nhận|[IVX]+\.\s)/u.test(texts[end]!.trim())) end++;
  // (rows with no number after the numbered ones, their number cell left blank: "" / "Điểm tổng hợp PCI" / "67,12" /
  // "≥ 68,5" / "≥ 70", then "" / "Xếp hạng" / "14/34" / "Nhóm 12" / "Nhóm 10")
  if (end === p + step) while (unnumberedRow(texts, end + 1, step - 1)) end += step;
  return end;
}

/** Whether the `cells` lines from `at`, between blank lines, read as a table row with a blank number. */
function unnumberedRow(texts: string[], at: number, cells: number): boolean {
  const row = texts.slice(at, at + cells);
  return texts[at - 1]?.trim() === '' && row.length === cells && (texts[at + cells]?.trim() ?? '') === '' && isUnnumberedRow(row);
}

function openBracket(s: string): boolean {
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}

/** The usual length of a full line in a hard-wrapped copy: the 75th percentile. */
function wrapWidthOf(lines: Line[]): number {
  const lengths = lines.filter((l) => l.kind === 'text').map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.75)]! : 80;
}

/** In line-per-paragraph copies only consecutive all-caps header lines belong together. */
function shouldJoinLines(paragraph: string, next: string): boolean {
  // (a paragraph-per-line copy may still hard-wrap a few items: "… toàn trình đạt tối" + "thiểu 70%, trong đó …",
  // "… lần lượt đạt" + "100%, 90% đối với cấp tỉnh, cấp xã." — a line left open on a word goes on in lower case or
  // with the value its last word asks for)
  // (not after a bound that closes its value, "Từ 70% trở lên" then "68,3%": two cells of a table row)
  if (/\p{Ll}$/u.test(paragraph) && !startsBlock(next) && (/^\p{Ll}/u.test(next)
    || (/^\d/u.test(next) && WRAP_BEFORE_VALUE.test(lastWord(paragraph).toLowerCase()) && !/(?<![\p{L}])trở\s+(?:lên|xuống)$/iu.test(paragraph)))) return true;
  return isCaps(paragraph) && isCaps(next) && !KIND_TITLE.test(paragraph) && !KIND_TITLE.test(next)
    && !SIGNATURE.test(next) && !LABEL.test(next) && /\p{L}$/u.test(paragraph);
}
/** Words a line cannot end a sentence on before a value: "đạt", "là", "tối thiểu", "khoảng". */
const WRAP_BEFORE_VALUE = /^(?:đạt|là|thiểu|nhất|khoảng|trên|dưới|còn|lên|xuống|đa|quá|hơn|từ|tăng|giảm|của|và|với|cho|tại|đến)$/u;

export type FlowMode = 'lines' | 'wrapped' | 'blocks';

export function detectMode(lines: Line[], hint: boolean | 'auto'): FlowMode {
  if (hint === true) return 'wrapped';
  if (hint === false) return 'blocks';
  // Count blank lines between text lines only (a trailing newline is not a paragraph break).
  let blank = 0;
  let text = 0;
  let pending = 0;
  // text lines that go on the line before them with a lower-case word: a wrap, not a new paragraph
  let continued = 0;
  let previous: Line | undefined;
  for (const l of lines) {
    if (l.kind === 'blank') pending++;
    else if (l.kind === 'text') {
      if (text > 0) blank += pending;
      if (pending === 0 && previous?.kind === 'text' && /^\p{Ll}/u.test(l.text.trim())) continued++;
      pending = 0;
      text++;
    }
    previous = l;
  }
  // Paragraph-per-line copies separate paragraphs with blank lines (seed kon-tum-3993: 40
  // blank of 80); hard-wrapped copies have almost none (seed nghe-an-5158: 0 of 718) — or
  // have them and still wrap inside paragraphs, where lines often go on in lower case
  // (held-out thai-nguyen-02: 51% of text lines; paragraph-per-line copies: at most 5%).
  if (text > 0 && blank / text >= 0.25 && continued / text < 0.15) return 'lines';
  // (a web page copied one item a line with no blank line between, "Người Lao Động Online" / "Thứ Năm, 29/05/2028" / "Trang chủ" /
  // …: its long lines are whole paragraphs that end on a stop, where a hard-wrapped copy's long lines break mid-sentence, and
  // almost no line goes on in lower case)
  const long = lines.filter((l) => l.kind === 'text' && l.text.trim().length >= 100);
  const closed = long.filter((l) => /[.:;!?…"”)]$/u.test(l.text.trim())).length;
  return text >= 20 && continued === 0 && long.length >= 5 && closed / long.length >= 0.8 ? 'lines' : 'wrapped';
}

export function normalize(work: Work): Work {
  const lines = splitLines(work.loaded.text, work.loaded.format === 'text' ? work.loaded.tableRows ?? [] : undefined);
  markFurniture(lines);
  const mode = detectMode(lines, work.loaded.hardWrapped);
  const wrapWidth = wrapWidthOf(lines);
  let prevLine = '';

  const b = new TextBuilder();
  let paragraph = ''; // text of the open paragraph
  let open = false;
  const dropped: Array<{ line: Line; at: number }> = [];
  const appendLine = (l: Line) => {
    for (const s of l.segments) {
      const piece = l.text.slice(s.at, s.at + s.length);
      if (s.copy) b.copy(piece, s.from);
      else b.replace(piece, s.from, s.sourceLength);
    }
  };
  const close = () => {
    if (open) {
      open = false;
      paragraph = '';
    }
  };

  // A table laid out with spaces (extractors/spaced.ts) keeps one paragraph per row and per wrapped
  // label line, so the table reader sees its rows; its header's lines go on as one.
  const texts = lines.map((l) => (l.kind === 'text' ? l.text : ''));
  const ownParagraph = new Set<number>();
  const headerGoesOn = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const t = spacedTable(texts, li);
    if (!t) continue;
    ownParagraph.add(t.header[0]!);
    for (const h of t.header.slice(1)) headerGoesOn.add(h);
    for (const r of t.rows) for (const k of [r.line, ...r.more]) ownParagraph.add(k);
    li = t.end - 1;
  }
  // A table copied one cell per line with no "|" between the cells: every cell stays its own paragraph.
  // (its empty cells "-" stay cells, so each row keeps its columns)
  const dash = (l: Line) => l.kind === 'debris' && /^[-–—]$/u.test(l.text.trim());
  const cellTexts = lines.map((l) => (l.kind === 'text' || dash(l) ? l.text : ''));
  for (let li = 0; li < lines.length; li++) {
    const end = cellPerLineTable(cellTexts, li);
    if (end === null) continue;
    for (let k = li; k < end; k++) {
      ownParagraph.add(k);
      if (dash(lines[k]!)) lines[k]!.kind = 'text';
    }
    li = end - 1;
  }
  // (so does one with no number column, "Chỉ số thành phần" / "Năm 2026" / "Năm 2027" / "Tăng (+)/giảm (-)" / "Chi phí gia nhập
  // thị trường" / "7,36" / …, when two rows at least read as rows)
  for (let li = 0; li < lines.length; li++) {
    const t = opensUnnumberedTable(cellTexts[li]!) ? unnumberedCellTable(cellTexts, li) : null;
    if (!t || t.rows.length < 3) continue;
    for (let k = li; k < t.end; k++) {
      ownParagraph.add(k);
      if (dash(lines[k]!)) lines[k]!.kind = 'text';
    }
    li = t.end - 1;
  }
  // A table laid out in columns (extractors/layout.ts): every line of it, and every cell of a tab
  // line, stays its own paragraph; the table reader cuts the cells by their columns.
  // (found once here; the table reader takes them from the Work)
  const layout = findLayoutTables(work.loaded.text);
  const rawStarts = layout.starts;
  const inLayout = new Set<number>();
  for (const t of layout.tables) {
    for (const k of [...t.header, ...t.other, ...t.rows.flatMap((x) => [x.line, ...x.more])]) inLayout.add(k);
  }
  if (inLayout.size) {
    lines.forEach((l, li) => {
      if (l.kind === 'text' && inLayout.has(lastAtOrBefore(rawStarts.length, (k) => rawStarts[k]!, l.at))) ownParagraph.add(li);
    });
  }

  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    if (l.kind === 'furniture') { dropped.push({ line: l, at: b.length }); continue; }
    if (l.kind !== 'text') {
      // In wrapped copies a blank line is a paragraph break; in block copies too.
      close();
      continue;
    }
    // The first cell of a table copied one cell per line ("…)", "STT", "|", "Chỉ tiêu", "|")
    // never joins the text before it; a cell wrapped over two lines inside the run still does.
    const pipe = (k: number) => lines[k]?.kind === 'debris' && lines[k]!.text.trim() === '|';
    if (pipe(li + 1) && !pipe(li - 1) && !pipe(li - 2) && (/[.):;]$/u.test(prevLine) || ROW_NUMBER_HEAD.test(l.text))) close();
    // (nor does a row's number, which opens the next row after the last cell of the one before: "Cơ quan chủ trì" then "1", "|")
    if (pipe(li + 1) && /^\d{1,3}\.?$/u.test(l.text)) close();
    // (a cell wrapped over lines between two "|" lines goes on whatever its case: "Điểm Chỉ số" + "CCHC năm 2025")
    // (not a table's first cell, "TT", after a heading line that a trailing "|" left among the cells)
    // (nor the rest of a wrapped cell, "Xếp" + "hạng")
    const firstCell = TABLE_FIRST_CELL.test(l.text) && l.goesOn !== true;
    if (firstCell && pipe(li + 1)) close();
    const cellGoesOn = !firstCell && pipe(li - 2) && lines[li - 1]?.kind === 'text' && pipe(li + 1) && !/^\d{1,3}\.?$/u.test(l.text);
    const join = open && !ownParagraph.has(li) && (headerGoesOn.has(li) || cellGoesOn || l.goesOn === true || (mode === 'wrapped' ? shouldJoin(paragraph, prevLine, l.text, wrapWidth)
      : mode === 'blocks' ? true : shouldJoinLines(paragraph, l.text)));
    if (open && join) {
      b.replace(' ', l.at > 0 ? l.at - 1 : 0, 1);
      appendLine(l);
      paragraph += ' ' + l.text;
    } else {
      if (b.length > 0) b.replace('\n', Math.max(0, l.at - 1), 1);
      appendLine(l);
      paragraph = l.text;
      open = true;
    }
    prevLine = l.text;
  }
  const { text, map } = b.build();
  const paragraphs = toParagraphs(text);
  const next: Work = { ...work, text, map, paragraphs, diagnostics: [...work.diagnostics], layout };
  // One info diagnostic per run of consecutive furniture lines, placed where it stood.
  const lineIndex = new LineIndex(work.loaded.original);
  for (let i = 0; i < dropped.length;) {
    let j = i + 1;
    while (j < dropped.length && dropped[j]!.at === dropped[i]!.at) j++;
    const run = dropped.slice(i, j);
    const orig = work.loaded.map.toSource(run[0]!.line.at);
    const { line, column } = lineIndex.locate(orig);
    const at = Math.min(run[0]!.at, text.length);
    next.diagnostics.push(diagnostic('info', 'normalize:site-furniture',
      `Dropped site furniture: ${run.map((d) => JSON.stringify(d.line.text)).join(', ')}`,
      { start: at, end: at, line, column, page: null }));
    i = j;
  }
  return next;
}

export function toParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const e = end === -1 ? text.length : end;
    if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
    if (end === -1) break;
    start = end + 1;
  }
  return out;
}
