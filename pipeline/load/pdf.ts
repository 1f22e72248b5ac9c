/**
 * PDF loader: pdf-parse (pdf.js) text per page → one text with pages joined by "\f".
 * `original` is pdf-parse's text (NFC); `text` is that text with the PDF-only repairs
 * below, mapped back to it:
 *  - running headers, footers and page numbers repeated on most pages are removed (info);
 *  - a word hyphenated across a line end is joined ("chuyển-\nđổi" stays, "thủ tục hành chín-\nh" → joined
 *    only when the next line starts in lower case right after a letter);
 *  - the two-column header (issuer | national motto) written row by row is read column by column.
 * Re-flowing wrapped lines is the normalizer's job (`hardWrapped: true`).
 * Pages without a text layer are reported; with `ocr` they are read by tesseract (ocr.ts).
 */
import { PDFParse, PasswordException } from 'pdf-parse';
import { TextBuilder } from '../offsets.ts';
import { ocrPages } from './ocr.ts';
import type { Loaded, LoadDiagnostic, LoadOptions } from './types.ts';
import { OffsetMap } from '../offsets.ts';

const tail = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 2048)));

export async function loadPdf(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const base: Loaded = {
    format: 'pdf', original: '', text: '', map: OffsetMap.identity(0), hardWrapped: true,
    pageStarts: null, encoding: null, ocr: false, diagnostics: [],
  };
  const fail = (ruleId: string, reason: string): Loaded => ({ ...base, diagnostics: [...base.diagnostics, { severity: 'error', ruleId, reason }] });
  if (!tail(bytes).includes('%%EOF')) {
    return fail('load:truncated-pdf', `The PDF is truncated (${bytes.length.toLocaleString('en')} bytes, no end-of-file marker): the download or copy was cut short; get the complete file`);
  }
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, ...(options.password ? { password: options.password } : {}) });
  let pages: string[];
  try {
    const result = await parser.getText({ pageJoiner: '' });
    pages = result.pages.sort((a, b) => a.num - b.num).map((p) => p.text.normalize('NFC'));
  } catch (e) {
    if (e instanceof PasswordException || /password/i.test((e as Error).message)) {
      return options.password
        ? fail('load:encrypted-pdf', 'The PDF is encrypted and the password given does not open it')
        : fail('load:encrypted-pdf', 'The PDF is encrypted (password-protected); give its password with the password option (--password)');
    }
    return fail('load:corrupt-pdf', `The PDF cannot be read: ${(e as Error).message?.split('\n')[0] ?? e}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  const diagnostics: LoadDiagnostic[] = [];
  const empty = pages.map((p, i) => (p.trim().length === 0 ? i + 1 : 0)).filter((n) => n > 0);
  let ocr = false;
  if (empty.length > 0 && options.ocr) {
    const r = await ocrPages(bytes, empty, options);
    diagnostics.push(...r.diagnostics);
    for (const [page, text] of r.pages) pages[page - 1] = text.normalize('NFC');
    if (r.pages.size > 0) {
      ocr = true;
      diagnostics.push({ severity: 'info', ruleId: 'load:ocr', reason: `Page(s) ${list([...r.pages.keys()])} have no text layer and were read by OCR (tesseract, Vietnamese model): check figures against the scan` });
    }
  }
  const stillEmpty = pages.map((p, i) => (p.trim().length === 0 ? i + 1 : 0)).filter((n) => n > 0);
  if (stillEmpty.length === pages.length) {
    const how = options.ocr ? '' : '; run with OCR (--ocr, needs tesseract-ocr and tesseract-ocr-vie)';
    return { ...base, diagnostics: [...diagnostics, { severity: 'error', ruleId: 'load:no-text-layer', reason: `No page of the PDF has a text layer (a scan)${how}` }] };
  }
  if (stillEmpty.length > 0) {
    diagnostics.push({
      severity: 'warning', ruleId: 'load:no-text-layer',
      reason: `Page(s) ${list(stillEmpty)} of ${pages.length} have no text layer (scanned); their content is missing${options.ocr ? '' : ' — run with OCR (--ocr)'}`,
    });
  }
  const original = pages.join('\f');
  const pageStarts: number[] = [];
  let at = 0;
  for (const p of pages) { pageStarts.push(at); at += p.length + 1; }
  const { text, map, removed } = cleanPages(pages, pageStarts);
  if (removed > 0) {
    diagnostics.push({ severity: 'info', ruleId: 'load:running-headers', reason: `Removed ${removed} running header, footer or page-number line(s) repeated across pages` });
  }
  return { ...base, original, text, map, pageStarts, ocr, diagnostics };
}

function list(pages: number[]): string {
  return pages.length > 12 ? `${pages.slice(0, 12).join(', ')}, …` : pages.join(', ');
}

interface Line { text: string; at: number }

function splitLines(page: string, start: number): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const t of page.split('\n')) { out.push({ text: t, at: start + pos }); pos += t.length + 1; }
  return out;
}

const PAGE_NUMBER = /^\s*(?:trang\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:\/|of|trên)\s*\d{1,4})?\s*$/i;
// Page numbers change from page to page: short lines compare with digits folded; long lines
// (body text that merely starts alike, "1. Nhiệm vụ …", "2. Nhiệm vụ …") must repeat exactly.
const shape = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ').toLowerCase();
  return t.length <= 40 ? t.replace(/\d+/g, '#') : t;
};

/**
 * Lines at the same place at the top or bottom of most pages (first/second/third line from
 * either edge), or bare page numbers there. Short lines need 60% of the pages (page 1 often
 * has no header); long lines need 80% and at least three pages, so body text that merely
 * repeats once is safe.
 */
function runningLines(pages: Line[][]): Set<Line> {
  const drop = new Set<Line>();
  if (pages.length < 2) return drop;
  const edges = pages.map((lines) => {
    const nonEmpty = lines.filter((l) => l.text.trim());
    const out: Array<{ key: string; line: Line; edge: boolean }> = [];
    nonEmpty.slice(0, 3).forEach((l, k) => out.push({ key: `top${k}:${shape(l.text)}`, line: l, edge: k === 0 }));
    nonEmpty.slice(-3).reverse().forEach((l, k) => out.push({ key: `bottom${k}:${shape(l.text)}`, line: l, edge: k === 0 }));
    return out;
  });
  const counts = new Map<string, number>();
  for (const e of edges) for (const k of new Set(e.map((x) => x.key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const short = pages.length >= 3 ? Math.ceil(pages.length * 0.6) : pages.length;
  const long = pages.length >= 3 ? Math.ceil(pages.length * 0.8) : Infinity;
  for (const e of edges) {
    for (const { key, line, edge } of e) {
      const n = counts.get(key) ?? 0;
      const repeated = line.text.trim().length <= 40 ? n >= short : n >= long;
      // a bare number is a page number only as the very first or last line of a page
      if (repeated || (edge && PAGE_NUMBER.test(line.text))) drop.add(line);
    }
  }
  return drop;
}

// The header layout is fixed by Nghị định 30/2020/NĐ-CP (Phụ lục I): issuer on the left, the
// national motto on the right; then the number on the left and "<place>, ngày …" on the right.
// Written row by row, pdf.js returns each row as one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …").
const ROW_SPLITS: RegExp[] = [
  /^(.+?\S)\s+(C[ỘộO]NG H[ÒÓOoòó][AaÀà]? ?[AÀ]?\s*X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM.*)$/iu,
  /^(.+?\S)\s+(Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc.*)$/iu,
  /^(.+?\S)\t+([^\t]+)$/u,
];
const NUMBER_ROW = /^(Số\b.{1,80}?\S)\s+((?:\p{Lu}[\p{L}.]*\s){0,4}\p{Lu}[\p{L}.]*,\s*ngày\b.*)$/u;

interface Cells { left: Line; right: Line }

function splitRow(l: Line, res: RegExp[]): Cells | null {
  if (l.text.length > 300) return null;
  for (const re of res) {
    const m = re.exec(l.text);
    if (!m) continue;
    const leftAt = l.text.indexOf(m[1]!);
    const rightAt = l.text.lastIndexOf(m[2]!);
    return { left: { text: m[1]!.trim(), at: l.at + leftAt }, right: { text: m[2]!.trim(), at: l.at + rightAt } };
  }
  return null;
}

/**
 * Reads the two-column header of page 1 column by column, as the text version has it:
 * issuer lines, then motto lines; "Số: …" then "<place>, ngày …".
 */
function headerOrder(lines: Line[]): Line[] {
  const out: Line[] = [];
  const limit = Math.min(lines.length, 30);
  let i = 0;
  while (i < lines.length) {
    const row = i < limit ? splitRow(lines[i]!, ROW_SPLITS) : null;
    if (row) {
      const group: Cells[] = [row];
      i++;
      for (let next = i < limit ? splitRow(lines[i]!, ROW_SPLITS) : null; next; next = i < limit ? splitRow(lines[i]!, ROW_SPLITS) : null) {
        group.push(next);
        i++;
      }
      out.push(...group.map((c) => c.left), ...group.map((c) => c.right));
      continue;
    }
    const number = i < limit ? splitRow(lines[i]!, [NUMBER_ROW]) : null;
    if (number) { out.push(number.left, number.right); i++; continue; }
    out.push(lines[i++]!);
  }
  return out;
}

function cleanPages(pages: string[], starts: number[]): { text: string; map: OffsetMap; removed: number } {
  const lines = pages.map((p, i) => splitLines(p, starts[i]!));
  const drop = runningLines(lines);
  const b = new TextBuilder();
  for (let p = 0; p < lines.length; p++) {
    if (p > 0) b.copy('\f', starts[p]! - 1);
    const kept = lines[p]!.filter((l) => !drop.has(l));
    while (kept.length && !kept[0]!.text.trim()) kept.shift();
    const ordered = p === 0 ? headerOrder(kept) : kept;
    ordered.forEach((l, k) => {
      if (k > 0) {
        // join "word-" + "\n" + "lowercase" (a hyphenated line break), else keep the newline
        const prev = b.lastChar();
        const joined = prev === '-' && /\p{L}-$/u.test(ordered[k - 1]!.text) && /^\p{Ll}/u.test(l.text);
        if (joined) b.trimEnd(/-/);
        else b.replace('\n', l.at, 0);
      }
      b.copy(l.text, l.at);
    });
  }
  const { text, map } = b.build();
  return { text, map, removed: drop.size };
}
