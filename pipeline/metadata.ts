/**
 * Stage 4, metadata. Contract: reads `work.paragraphs` (normalized text, one paragraph per
 * line) and returns `{...work, metadata, diagnostics}`; it never changes the text, the
 * paragraphs, the outline or the targets. Every field carries the `[start, end)` span of
 * normalized text it was read from (`text.slice(start, end)` contains the value's source).
 * A field the document does not state is ABSENT and adds a warning
 * "metadata:missing-<field>" — a value is never guessed.
 *
 * The grammar is that of Nghị định 30/2020/NĐ-CP (format of administrative documents,
 * Điều 8): issuer header, national motto, "Số: …", place-and-date line, kind title and
 * subject, "Căn cứ …" preamble, body, "Nơi nhận:", signature block. Two other shapes are
 * read too: legal-library copies that open with the site's metadata block ("Số hiệu …",
 * seeds kon-tum-3993 and lam-dong-5204) and news articles ("Đăng lúc: …", "(Site.vn) - …",
 * seed thanh-hoa-baothanhhoa-2021-09-28). Word lists live in
 * extractors/lexicon/document-kinds.ts.
 */
import type { Citation, DocumentKind, Metadata } from '../schemas/document.ts';
import {
  BASIS_VERBS, ISSUER_CODES, ISSUER_HEADS, ISSUER_STOP_WORDS, KIND_CODES, KIND_WORDS, LIBRARY_LABELS,
  LIBRARY_UNKNOWN, LOCALITY_WORDS, NATIONAL_MOTTO, NEWS_DATELINE_LABELS, NOT_ISSUERS, SIGNATURE_PREFIXES,
} from '../extractors/lexicon/document-kinds.ts';
import { SIGNATURE_TITLES } from '../extractors/lexicon/layout.ts';
import { foldTone } from './fold.ts';
import { findProvince } from './gazetteer.ts';
import { diagnostic, Locator, type Paragraph, type Work } from './model.ts';
import type { Diagnostic } from '../schemas/document.ts';

type Field<T> = { value: T; start: number; end: number };
type Library = NonNullable<Metadata['library']>;
type Period = NonNullable<Metadata['period']>;
type Province = NonNullable<Metadata['province']>;

// ---------------------------------------------------------------------------------------
// Shared patterns

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A document number: "3993/KH-UBND", "212/2025/QĐ-UBND", "05-NQ/TU", "3759/BNV-CCHC",
 * "2839/TTr-SNV", "80/2015/QH13". A date ("06/5/2022") never matches: the part after the
 * first separator must start with a capital letter.
 */
const NUMBER = String.raw`(?<![\p{L}\p{N}/])\p{N}+(?:/\p{N}{4})?[/-]\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*(?![\p{L}\p{N}])`;
const NUMBER_RE = new RegExp(NUMBER, 'gu');

/** "ngày 15 tháng 7 năm 2021", "ngày 06/5/2022", "ngày 06-5-2022". */
const DATE_PHRASE = String.raw`ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\5\s*(\d{4}))`;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u;

/** ISO date from day, month, year — null when the calendar has no such day ("31 tháng 2"). */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate { iso: string | null; start: number; end: number }

/**
 * The first Vietnamese date phrase in `text` at or after `from` ("ngày 05 tháng 11 năm 2021",
 * "ngày 06/5/2022"). `iso` is null for an impossible date; offsets are relative to `text`.
 */
export function findDatePhrase(text: string, from = 0, anchored = false): FoundDate | null {
  const re = new RegExp(anchored ? `^\\s*,?\\s*(?:ban hành\\s+)?${DATE_PHRASE}` : DATE_PHRASE, 'u');
  const m = re.exec(text.slice(from));
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[6]);
  const year = Number(m[3] ?? m[7]);
  const at = from + m.index + m[0].indexOf('ngày');
  return { iso: isoDate(day, month, year), start: at, end: from + m.index + m[0].length };
}

/** A news dateline standing alone: "Thứ sáu, 16/5/2025, 14:05 (GMT+7)", "Chủ nhật, 12/01/2025 08:30", "29-05-2028 - 06:12 | Thời sự" (with its section). */
const WEEKDAY_DATELINE = /^(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|Chủ nhật|CN)\s*,?\s*(?:ngày\s+)?\d{1,2}([/.-])\d{1,2}\1\d{4}(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[/-]\d{1,2}[/-]\d{4}\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*\d{1,2}\/\d{1,2}\/\d{4})(?:\s*[([]?GMT\s*[+-]\s*\d{1,2}(?::\d{2})?[)\]]?)?(?:\s*\|\s*(?:Lượt xem|Lượt đọc|Views?)\s*:?\s*[\d.]+)?(?:\s*\|\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3})?\s*$/iu;
/** A byline with the time and date under a headline: "Hoàng Minh - 06:45 | 09/03/2027", "PV - 09/03/2027 08:30". */
// (its pipe may have split it: "Hoàng Minh - 06:45" then "09/03/2027")
// (or a name in capitals run into its date: "KHÁNH LINH 27/03/2027 06:45 (GMT+07:00)")
const BYLINE_DATELINE = /^(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}\s*[-–—|]\s*|\p{Lu}[\p{Lu}.]+(?:\s+\p{Lu}[\p{Lu}.]*){0,4}\s+(?=\d{1,2}\/))(?:\d{1,2}:\d{2}(?:\s*[,|-]?\s*\d{1,2}\/\d{1,2}\/\d{4})?|\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[,|-]?\s*\d{1,2}:\d{2})?)(?:\s*[([]?GMT\s*[+-]\s*\d{1,2}(?::\d{2})?[)\]]?)?\s*$/u;
/** A bare numeric date "28/09/2021" (news datelines, library blocks). */
export function findNumericDate(text: string): FoundDate | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  return { iso: isoDate(Number(m[1]), Number(m[3]), Number(m[4])), start: m.index, end: m.index + m[0].length };
}

const KIND_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${KIND_WORDS.map(([w]) => escape(w)).join('|')})(?![\\p{L}\\p{M}])`, 'giu');

function kindOfWord(word: string): DocumentKind | null {
  const f = foldTone(word).replace(/\s+/g, ' ');
  return KIND_WORDS.find(([w]) => foldTone(w) === f)?.[1] ?? null;
}

function hasLower(s: string): boolean {
  return /\p{Ll}/u.test(s);
}

function startsWithWords(s: string, words: readonly string[]): string | null {
  const f = foldTone(s);
  for (const w of words) {
    const fw = foldTone(w);
    if (f.startsWith(fw) && !/[\p{L}\p{M}\p{N}]/u.test(f.charAt(fw.length))) return w;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Document numbers

export interface ParsedNumber {
  kind: DocumentKind | null;
  /** Issuer code as written, digits of a legislature dropped ("QH13" → "QH"). */
  issuerCode: string | null;
  year: number | null;
}

/**
 * Reads the codes of a document number. Three shapes (Nghị định 30/2020, Phụ lục I; Hướng dẫn
 * 36-HD/VPTW): "N[/YYYY]/KIND-ISSUER" ("3993/KH-UBND"), Party "N-KIND/ISSUER" ("05-NQ/TU"),
 * and letters "N/ISSUER-UNIT" with no kind code ("3759/BNV-CCHC" — a công văn).
 */
export function parseNumber(number: string): ParsedNumber {
  const m = /^(\d+)(?:\/(\d{4}))?([/-])(.+)$/u.exec(number);
  if (!m) return { kind: null, issuerCode: null, year: null };
  const year = m[2] ? Number(m[2]) : null;
  const code = (s: string | undefined) => (s ? s.replace(/\d+$/, '') : null);
  if (m[3] === '-') {
    const [kindCode, issuer] = m[4]!.split('/');
    return { kind: KIND_CODES[kindCode!] ?? null, issuerCode: code(issuer), year };
  }
  const parts = m[4]!.split(/[-/]/);
  const first = parts[0]!;
  if (KIND_CODES[first]) return { kind: KIND_CODES[first]!, issuerCode: code(parts[1]), year };
  const issuer = code(first);
  if (issuer && ISSUER_CODES[issuer]) {
    return { kind: parts.length > 1 ? 'công văn' : null, issuerCode: issuer, year };
  }
  return { kind: null, issuerCode: null, year };
}

function nationalIssuerOfCode(code: string | null): string | null {
  const entry = code ? ISSUER_CODES[code] : undefined;
  return entry?.national ? entry.name : null;
}

// ---------------------------------------------------------------------------------------
// Issuers in running text

const STOP_WORDS = [...ISSUER_STOP_WORDS].sort((a, b) => b.length - a.length);

/** The issuer head `s` opens with ("Bộ Nội vụ" → "bộ"), or null ("Bộ luật", "BAN HÀNH …"). */
function issuerHead(s: string): (typeof ISSUER_HEADS)[number] | null {
  if (startsWithWords(s, NOT_ISSUERS)) return null;
  const f = foldTone(s);
  return ISSUER_HEADS.find((h) => {
    const w = foldTone(h.words);
    if (!f.startsWith(w) || /[\p{L}\p{M}\p{N}]/u.test(f.charAt(w.length))) return false;
    return !h.named || /^\s+\p{Lu}/u.test(s.slice(w.length));
  }) ?? null;
}

/**
 * Reads an issuing body at the start of `s` ("Bộ Nội vụ về phê duyệt …" → "Bộ Nội vụ").
 * The name must open with an issuer head (lexicon) and ends at the first lower-case verb or
 * preposition, at brackets/quotes, or at a comma or "và" followed by a lower-case word (so
 * "Bộ Văn hóa, Thể thao và Du lịch" and "Bộ Kế hoạch và Đầu tư" stay whole).
 */
export function readIssuer(s: string): { value: string; length: number; national: boolean } | null {
  const head = issuerHead(s);
  if (!head) return null;
  const tokens = [...s.matchAll(/\S+/gu)];
  let end = 0;
  const headTokens = head.words.split(' ').length;
  for (let i = 0; i < tokens.length && i < 16; i++) {
    const tok = tokens[i]!;
    const word = tok[0];
    const at = tok.index;
    if (i >= headTokens) {
      if (/^[(“"'‘«[]/u.test(word)) break;
      const rest = s.slice(at);
      if (STOP_WORDS.some((w) => rest.startsWith(w) && !/[\p{L}\p{M}]/u.test(rest.charAt(w.length)))) break;
      if ((word === 'và' || word === 'hoặc') && !/^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? '')) break;
    }
    const trail = /[,;:.)”"]+$/u.exec(word);
    if (trail) {
      end = at + word.length - trail[0].length;
      if (trail[0] === ',' && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? '') && i + 1 >= headTokens) continue;
      break;
    }
    end = at + word.length;
  }
  if (end === 0) return null;
  return { value: s.slice(0, end), length: end, national: head.national === true };
}

// ---------------------------------------------------------------------------------------
// Citations

interface Ref {
  kind: DocumentKind | null;
  /** offsets relative to the item */
  head: number;
  number: string | null;
  numberStart: number;
  numberEnd: number;
  groupIssuer: string | null;
}

const KIND_GAP = /^(?:\s+(?:liên tịch|liên bộ))?(?:\s+(?:của|do)\s+(?<issuer>.+?))?\s*:?\s+(?:số:?\s*)?$/u;
const CONTINUATION = /(?:^\s*|,\s*|\s(?:và|hoặc)\s+)(?:các\s+)?số:?\s*$/u;

/** Splits at ";" outside quotes and brackets, keeping offsets. */
function splitItems(s: string, at: number): Array<{ text: string; at: number }> {
  const items: Array<{ text: string; at: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '“' || c === '(' || c === '«') depth++;
    else if ((c === '”' || c === ')' || c === '»') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      items.push({ text: s.slice(from, i), at: at + from });
      from = i + 1;
    }
  }
  items.push({ text: s.slice(from), at: at + from });
  return items;
}

/** The nearest kind word before a number that "owns" it: "Nghị quyết số", "Quyết định của Bộ Nội vụ số". */
function owningKind(pre: string): { kind: DocumentKind; head: number; issuer: string | null } | null {
  const heads = [...pre.matchAll(KIND_RE)];
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i]!;
    const gap = KIND_GAP.exec(pre.slice(h.index + h[0].length));
    if (!gap) continue;
    const issuerText = gap.groups?.['issuer'];
    if (issuerText !== undefined) {
      const issuer = readIssuer(issuerText);
      if (!issuer || issuer.length !== issuerText.length) continue;
      return { kind: kindOfWord(h[0])!, head: h.index, issuer: issuer.value };
    }
    return { kind: kindOfWord(h[0])!, head: h.index, issuer: null };
  }
  return null;
}

/**
 * Reads the documents cited by one preamble paragraph ("Căn cứ …", "Thực hiện …",
 * "Theo đề nghị …"). A paragraph can cite several documents, separated by ";" or joined by
 * "và"; "các Quyết định của Bộ Nội vụ số A … và số B" cites two. Numbered references count
 * anywhere in the paragraph; an unnumbered one ("Luật Tổ chức Chính quyền địa phương ngày
 * 19 tháng 6 năm 2015") only at the start of an item, where the grammar makes it the object
 * of the verb — a document named inside another's title is not a citation.
 * Offsets of the result are absolute (`base` is the paragraph's start).
 */
export function readCitations(paragraph: string, base: number): Citation[] {
  const verb = BASIS_VERBS.find((v) => paragraph.startsWith(v));
  if (!verb) return [];
  const basis = paragraph.slice(0, verb.length);
  const out: Citation[] = [];
  let prev: Ref | null = null;
  for (const item of splitItems(paragraph.slice(verb.length), verb.length)) {
    const refs: Ref[] = [];
    let prevEnd = 0;
    for (const m of item.text.matchAll(NUMBER_RE)) {
      const pre = item.text.slice(prevEnd, m.index);
      const owner = owningKind(pre);
      let ref: Ref | null = null;
      const base0 = { number: m[0], numberStart: m.index, numberEnd: m.index + m[0].length };
      if (owner) {
        ref = { ...base0, kind: owner.kind, head: prevEnd + owner.head, groupIssuer: owner.issuer };
      } else if (CONTINUATION.test(pre) && (prev || refs.length > 0)) {
        const last = refs[refs.length - 1] ?? prev!;
        const so = pre.lastIndexOf('số');
        ref = { ...base0, kind: last.kind, head: prevEnd + (so >= 0 ? so : pre.length), groupIssuer: last.groupIssuer };
      } else if (/(?:^|\s)số:?\s*$/u.test(pre) || /^\s*$/u.test(pre)) {
        const so = pre.lastIndexOf('số');
        ref = { ...base0, kind: null, head: prevEnd + (so >= 0 ? so : pre.length), groupIssuer: null };
      }
      if (!ref) continue;
      refs.push(ref);
      prevEnd = ref.numberEnd;
    }
    // An unnumbered document at the start of the item: capitalised kind word, not owning a number.
    const lead = /^\s*(?:các\s+)?/u.exec(item.text)![0].length;
    const leadKind = new RegExp(KIND_RE.source, 'iuy');
    leadKind.lastIndex = lead;
    const lk = leadKind.exec(item.text);
    const unnumbered = lk && /^\p{Lu}/u.test(lk[0]) && (refs.length === 0 || refs[0]!.head > lead);
    if (unnumbered) {
      const segEnd = refs.length > 0 ? refs[0]!.head : item.text.length;
      const segment = item.text.slice(0, segEnd);
      const date = findDatePhrase(segment, lead);
      let end = date ? date.end : segment.replace(/[\s.,;:]+$/u, '').length;
      let issuer: string | null = null;
      const by = /\s(?:của|do)\s+/u.exec(segment.slice(lead));
      if (by) {
        const from = lead + by.index + by[0].length;
        const found = readIssuer(segment.slice(from));
        if (found) {
          issuer = found.value;
          end = Math.max(end, from + found.length);
        }
      }
      out.push(citation(item.at + lead, item.at + end, kindOfWord(lk[0])!, null, issuer, date?.iso ?? null));
    }
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r]!;
      const segEnd = r + 1 < refs.length ? refs[r + 1]!.head : item.text.length;
      const after = item.text.slice(ref.numberEnd, segEnd);
      let end = ref.numberEnd;
      const date = findDatePhrase(after, 0, true);
      let tail = 0;
      if (date) {
        end = ref.numberEnd + date.end;
        tail = date.end;
      }
      const parsed = parseNumber(ref.number!);
      let issuer: string | null = null;
      const by = /^\s*,?\s*(?:của|do)\s+/u.exec(after.slice(tail));
      if (by) {
        const from = tail + by[0].length;
        const found = readIssuer(after.slice(from));
        if (found) {
          issuer = found.value;
          end = ref.numberEnd + from + found.length;
        }
      }
      if (!issuer) issuer = ref.groupIssuer;
      if (!issuer) {
        // "hướng dẫn của Bộ Nội vụ tại Công văn số …", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …"
        const before = item.text.slice(r > 0 ? refs[r - 1]!.numberEnd : 0, ref.head);
        const at = /(?:của|do)\s+(.+?)\s+tại\s*$/u.exec(before);
        const found = at ? readIssuer(at[1]!) : null;
        if (found && found.length === at![1]!.length) issuer = found.value;
      }
      issuer ??= nationalIssuerOfCode(parsed.issuerCode);
      out.push(citation(item.at + ref.head, item.at + end, ref.kind ?? parsed.kind, ref.number, issuer, date?.iso ?? null));
      prev = ref;
    }
    if (refs.length > 0) prev = refs[refs.length - 1]!;
  }
  return out
    .map((c) => ({ ...c, start: c.start + base, end: c.end + base, text: paragraph.slice(c.start, c.end), basis }))
    .sort((a, b) => a.start - b.start);
}

function citation(
  start: number, end: number, kind: DocumentKind | null, number: string | null, issuer: string | null, date: string | null,
): Citation {
  return { text: '', start, end, kind, number, issuer, date, basis: '' };
}

// ---------------------------------------------------------------------------------------
// Periods

export interface FoundPeriod { from: number; to: number | null; start: number; end: number }

const YEAR = String.raw`((?:19|20)\d{2})`;
const PERIOD_PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, issueYear: number | null) => [number, number | null] | null }> = [
  // "giai đoạn 2021 - 2030", "GIAI ĐOẠN 2021-2025", "từ năm 2021 đến năm 2025"
  {
    re: new RegExp(String.raw`(?<![\d/])(?:giai\s+đoạn\s+)?(?:từ\s+(?:năm\s+)?)?${YEAR}\s*(?:[-–—]|đến(?:\s+năm)?)\s*${YEAR}(?![\d/])`, 'iu'),
    read: (m) => (Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null),
  },
  // "năm 2027 và năm 2028", "NĂM 2027 VÀ 2028": two years, one plan
  {
    re: new RegExp(String.raw`(?<!(?:đến|từ|trước|sau|cuối|đầu)\s+)năm\s+${YEAR}\s+và\s+(?:năm\s+)?${YEAR}(?![\d/])`, 'iu'),
    read: (m) => (Number(m[1]) < Number(m[2]) && Number(m[2]) - Number(m[1]) <= 5 ? [Number(m[1]), Number(m[2])] : null),
  },
  // "năm 2022 và các năm tiếp theo": open-ended
  {
    re: new RegExp(String.raw`năm\s+${YEAR}\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo`, 'iu'),
    read: (m) => [Number(m[1]), null],
  },
  // "đến năm 2025": a plan runs from its issue, so the start is the issue year (from the date field)
  {
    re: new RegExp(String.raw`đến\s+năm\s+${YEAR}`, 'iu'),
    read: (m, issueYear) => (issueYear !== null && issueYear <= Number(m[1]) ? [issueYear, Number(m[1])] : null),
  },
  // "NĂM 2024": an annual plan — not "đến năm 2025" (a deadline), "từ năm 2021" (a start)
  {
    re: new RegExp(String.raw`(?<!(?:đến|từ|trước|sau|cuối|đầu)\s+)năm\s+${YEAR}(?![\d/])`, 'iu'),
    read: (m) => [Number(m[1]), Number(m[1])],
  },
];

/** The plan period stated in a title or sentence, by pattern priority (range, open-ended, until, year). */
export function findPeriod(text: string, issueYear: number | null = null): FoundPeriod | null {
  for (const { re, read } of PERIOD_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const years = read(m, issueYear);
    if (!years) continue;
    // "năm 2023 và giai đoạn 2024 - 2025": the period starts with the year named before it
    const lead = /năm\s+((?:19|20)\d{2})\s*(?:,|và)\s*$/iu.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (lead && Number(lead[1]) === years[0] - 1) {
      const at = text.lastIndexOf(lead[0], m.index);
      return { from: years[0] - 1, to: years[1], start: at, end: m.index + m[0].length };
    }
    return { from: years[0], to: years[1], start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The plan period a title states. "Kế hoạch triển khai thực hiện Đề án 06 … giai đoạn 2022 - 2025,
 * tầm nhìn đến năm 2030 trên địa bàn tỉnh năm 2027": the range is the programme's the plan carries
 * out; the year the title ends on is the plan's own (not a horizon, "… định hướng đến năm 2030").
 */
export function titlePeriod(title: string, issueYear: number | null = null): FoundPeriod | null {
  const own = /(?:thực hiện|triển khai)\s[\s\S]*?(?:giai đoạn|đến năm)[\s\S]*?(?<![\p{L}])(?<!(?:đến|tới|từ|trước|sau)\s+)(năm\s+((?:19|20)\d{2}))\s*$/diu.exec(title);
  if (own) return { from: Number(own[2]), to: Number(own[2]), start: own.indices![1]![0], end: own.indices![1]![1] };
  return findPeriod(title, issueYear);
}

// ---------------------------------------------------------------------------------------
// Front matter

const BODY_START = /^(?:[IVXLC]+\.\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Phần\s+(?:thứ|[IVXLC\d])|\d+\.\s|Nơi nhận|(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|NGHỊ QUYẾT)\s*:)/u;
const NUMBER_LINE = new RegExp(String.raw`(?:^|\s)Số\s*(?::\s*|\s+(?=\d))(${NUMBER})`, 'u');
// The motto, spaced loosely ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").
const MOTTO = NATIONAL_MOTTO
  .map((m) => m.split(/\s+/).map((w) => (w === '-' ? '[-–—]' : escape(w))).join('\\s*')).join('|');
const MOTTO_RE = new RegExp(`\\s*(?:${MOTTO})`, 'u');
const PLACE_DATE = new RegExp(
  String.raw`^(?:(?:Số\s*:?\s*${NUMBER}|${MOTTO})\s*)*(\p{Lu}[^,;:]{0,40}?)\s*,\s*(?=ngày\s)`, 'du');
const SOURCE_TAG = /^\((?<site>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\)\s*[-–—]/u;
const SIGNATURE_PREFIX = new RegExp(`^(?:${SIGNATURE_PREFIXES.map(escape).join('|')})(?=\\s|\\p{Lu})`, 'u');
const PERSON = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}$/u;
const SIGNED_MARK = /^\(?(?:đã ký|Đã ký|ĐÃ KÝ)\)?$/u;

function field<T>(value: T, start: number, end: number): Field<T> {
  return { value, start, end };
}

function isIssuerHeader(text: string): boolean {
  return /^\p{Lu}/u.test(text) && issuerHead(text) !== null;
}

function isNationalHeader(text: string): boolean {
  return issuerHead(text)?.national === true;
}

interface Front {
  start: number;
  bodyStart: number;
  numberIdx: number;
  dateIdx: number;
  kindIdx: number;
  titleEnd: number;
}

/** The library block: labelled lines before the document header. */
function readLibrary(ps: Paragraph[], diags: Diagnostic[], locate: (s: number, e: number) => Diagnostic['place']): { library: Library; last: number } | null {
  const library: Library = {};
  let last = -1;
  for (let i = 0; i < Math.min(ps.length, 25); i++) {
    const p = ps[i]!;
    if (NUMBER_LINE.test(p.text) || isIssuerHeader(p.text)) break;
    const label = LIBRARY_LABELS.find(([l]) => p.text.startsWith(l) && /^\s*:?\s+\S/u.test(p.text.slice(l.length)));
    if (!label) continue;
    const [name, key] = label;
    if (library[key]) continue;
    const lead = /^\s*:?\s+/u.exec(p.text.slice(name.length))![0].length;
    const from = name.length + lead;
    const raw = p.text.slice(from).trim();
    last = i;
    const start = p.start + from;
    const end = start + raw.length;
    if (LIBRARY_UNKNOWN.includes(foldTone(raw))) {
      diags.push(diagnostic('info', 'metadata:library-unknown', `The library block gives no value for "${name}" ("${raw}")`, locate(start, end)));
      continue;
    }
    if (key === 'issued' || key === 'effective') {
      const d = findNumericDate(raw);
      if (!d || !d.iso) {
        diags.push(diagnostic('warning', 'metadata:invalid-date', `"${name}" in the library block is not a date: "${raw}"`, locate(start, end)));
        continue;
      }
      library[key] = field(d.iso, start + d.start, start + d.end);
    } else {
      library[key] = field(raw, start, end);
    }
  }
  return last >= 0 ? { library, last } : null;
}

// ---------------------------------------------------------------------------------------
// The stage

export function metadata(work: Work): Work {
  const ps = work.paragraphs;
  const diags: Diagnostic[] = [];
  const locator = new Locator(work);
  const locate = (start: number, end: number) => locator.place(start, end);
  const md: Metadata = { citations: [] };

  // Library block (legal-library copies).
  const lib = readLibrary(ps, diags, locate);
  if (lib) md.library = lib.library;

  const front: Front = {
    start: lib ? lib.last + 1 : 0, bodyStart: ps.length, numberIdx: -1, dateIdx: -1, kindIdx: -1, titleEnd: -1,
  };
  for (let i = front.start; i < ps.length; i++) {
    if (BODY_START.test(ps[i]!.text)) { front.bodyStart = i; break; }
  }
  const header = ps.slice(front.start, front.bodyStart);

  // Number: "Số: 3993/KH-UBND".
  let codeKind: Field<DocumentKind> | undefined;
  for (let i = 0; i < header.length; i++) {
    const m = NUMBER_LINE.exec(header[i]!.text);
    if (!m) continue;
    const s = header[i]!.start + m.index + m[0].length - m[1]!.length;
    md.number = field(m[1]!, s, s + m[1]!.length);
    front.numberIdx = front.start + i;
    const kind = parseNumber(m[1]!).kind;
    if (kind) codeKind = field(kind, s, s + m[1]!.length);
    break;
  }

  // Place and date: "Kon Tum, ngày 05 tháng 11 năm 2021".
  for (let i = 0; i < header.length; i++) {
    const p = header[i]!;
    // (a web copy may run the whole two-column header into one line: "ỦY BAN NHÂN DÂN TỈNH GIA LAI CỘNG HÒA … Hạnh phúc
    // Số: 46/KH-UBND Gia Lai, ngày 10 tháng 02 năm 2027": the place follows the number)
    let shift = 0;
    let m = PLACE_DATE.exec(p.text);
    if (!m) {
      const number = NUMBER_LINE.exec(p.text);
      if (number) {
        shift = number.index + (/^\s/u.test(number[0]) ? number[0].length - number[0].trimStart().length : 0);
        m = PLACE_DATE.exec(p.text.slice(shift));
      }
    }
    if (!m) continue;
    const date = findDatePhrase(p.text, shift + m[0].length, true);
    if (!date) continue;
    const [placeStart0, placeEnd0] = m.indices![1]!;
    const [placeStart, placeEnd] = [placeStart0 + shift, placeEnd0 + shift];
    md.place = field(m[1]!, p.start + placeStart, p.start + placeEnd);
    front.dateIdx = front.start + i;
    if (date.iso) md.date = field(date.iso, p.start + date.start, p.start + date.end);
    else diags.push(diagnostic('warning', 'metadata:invalid-date', `The date "${p.text.slice(date.start, date.end)}" does not exist`, locate(p.start + date.start, p.start + date.end)));
    break;
  }

  // Kind title ("KẾ HOẠCH") and the subject after it.
  const afterHead = Math.max(front.numberIdx, front.dateIdx, front.start - 1) + 1;
  for (let i = afterHead; i < front.bodyStart; i++) {
    const p = ps[i]!;
    if (hasLower(p.text)) continue;
    const lk = new RegExp(KIND_RE.source, 'iuy');
    const m = lk.exec(p.text);
    if (!m || !/^\s*$|^\s+\S/u.test(p.text.slice(m[0].length))) continue;
    const kind = kindOfWord(m[0])!;
    md.kind = field(kind, p.start, p.start + m[0].length);
    front.kindIdx = i;
    const rest = p.text.slice(m[0].length).trim();
    let first = i + 1;
    let titleStart = ps[first]?.start ?? p.end;
    if (rest) {
      first = i;
      titleStart = p.start + p.text.indexOf(rest, m[0].length);
    }
    let last = rest ? i : -1;
    // A citation opens with its verb in ordinary case ("Thực hiện Quyết định …"); a title in
    // capitals may open with the same word ("THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU …").
    const notTitle = (t: string) => isIssuerHeader(t) || (hasLower(t) && startsWithWords(t, BASIS_VERBS) !== null)
      || SIGNATURE_PREFIX.test(t) || /^Kính gửi/u.test(t);
    for (let j = i + 1; j < front.bodyStart; j++) {
      const t = ps[j]!.text;
      if (hasLower(t) || notTitle(t)) break;
      last = j;
    }
    // Nghị định 30/2020 puts the subject in capitals; some copies lose that, so one short
    // mixed-case line right under the kind title is the subject too.
    const next = ps[i + 1];
    if (last < first && next && i + 1 < front.bodyStart && next.text.length <= 250 && !notTitle(next.text)) last = i + 1;
    if (last >= first) {
      const parts = [];
      for (let j = first; j <= last; j++) parts.push(j === first && rest ? rest : ps[j]!.text);
      md.title = field(parts.join(' '), titleStart, ps[last]!.end);
      front.titleEnd = last;
    }
    break;
  }
  if (md.kind && codeKind && md.kind.value !== codeKind.value) {
    diags.push(diagnostic('warning', 'metadata:kind-conflict',
      `The title says "${md.kind.value}" but the number's code says "${codeKind.value}"`, locate(md.kind.start, md.kind.end)));
  }
  if (!md.kind && codeKind) md.kind = codeKind;

  // Issuer header: "ỦY BAN NHÂN DÂN TỈNH KON TUM" (one or two paragraphs); a parent body above
  // the issuing one ("UBND TỈNH KON TUM" / "SỞ NỘI VỤ") leaves the lower line as the issuer.
  let issuerBlock: Field<string> | undefined;
  let nationalIssuer = false;
  const headerEnd = Math.min(...[front.numberIdx, front.dateIdx, front.kindIdx, front.start + 8, front.bodyStart].filter((i) => i >= 0));
  for (let i = front.start; i < headerEnd; i++) {
    const p = ps[i]!;
    if (!isIssuerHeader(p.text)) continue;
    let first = i;
    let last = i;
    const next = ps[i + 1];
    if (next && i + 1 < headerEnd && startsWithWords(next.text, LOCALITY_WORDS) && !hasLower(next.text)) last = i + 1;
    else if (next && i + 1 < headerEnd && isIssuerHeader(next.text) && !hasLower(next.text)) {
      first = i + 1;
      last = i + 1;
      const after = ps[i + 2];
      if (after && i + 2 < headerEnd && startsWithWords(after.text, LOCALITY_WORDS) && !hasLower(after.text)) last = i + 2;
    }
    // A flattened header line carries the motto or "Số:" after the issuer: cut there.
    const lastText = ps[last]!.text;
    const cut = Math.min(...[MOTTO_RE.exec(lastText)?.index, /\s+Số\s*:/u.exec(lastText)?.index]
      .filter((x): x is number => x !== undefined && x > 0), lastText.length);
    const value = [...ps.slice(first, last).map((q) => q.text), lastText.slice(0, cut)].join(' ');
    md.issuer = field(value, ps[first]!.start, ps[last]!.start + cut);
    issuerBlock = field(ps.slice(i, last + 1).map((q) => q.text).join('\n'), p.start, ps[last]!.end);
    nationalIssuer = isNationalHeader(value);
    break;
  }

  // News articles: a dateline ("Đăng lúc: 10:00:00 28/09/2021") and/or a source tag "(Site.vn) -".
  let newsLead = -1;
  if (!md.number && !md.kind) {
    let dateline = -1;
    let tag = -1;
    // Page chrome can stand before the headline: look a little further than the header.
    // (A site's top bar may carry today's date, "Thứ Năm, 24/04/2025 | Hotline …", above its
    // tagline; the article's own dateline is the one with the headline right above it.)
    // (not a byline: "Thu Hà - Minh Đức (thực hiện)")
    const words = (t: string) => t.match(/\p{L}+/gu)?.length ?? 0;
    const headlineLike = (t: string) => words(t) >= 6 && !/[›>»|]|:$/u.test(t) && !/\((?:thực hiện|tổng hợp|lược dịch|ghi)\)\s*$/iu.test(t);
    const datelines: number[] = [];
    // (a site menu copied one item a line may stand between: count only lines of more than two words)
    for (let i = front.start, seen = 0; i < ps.length && seen < 20; i++) {
      const t = ps[i]!.text;
      if (words(t) > 2) seen++;
      // (a pipe may have split the date from its time: "25/04/2028" then "15:42 GMT+7")
      if (startsWithWords(t, NEWS_DATELINE_LABELS) || WEEKDAY_DATELINE.test(t) || BYLINE_DATELINE.test(t)
        || (/^\d{1,2}\/\d{1,2}\/\d{4}$/u.test(t) && /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[([]?GMT\s*[+-]\s*\d{1,2}(?::\d{2})?[)\]]?)?$/iu.test(ps[i + 1]?.text ?? ''))) datelines.push(i);
      if (tag < 0 && SOURCE_TAG.test(t)) tag = i;
    }
    // (the headline may stand over a byline: "Chất vấn về …" / "Hoàng Minh - Thu Hà" / "Cập nhật: 17:42, 10/07/2027")
    const byline = (i: number) => i > front.start && !headlineLike(ps[i]!.text) && words(ps[i]!.text) <= 8 && headlineLike(ps[i - 1]!.text);
    dateline = datelines.length > 1 ? datelines.slice(1).reverse().find((i) => headlineLike(ps[i - 1]!.text) || byline(i - 1)) ?? datelines[0]! : datelines[0] ?? -1;
    if (dateline >= 0 || tag >= 0) {
      if (tag >= 0) {
        const site = SOURCE_TAG.exec(ps[tag]!.text)!.groups!['site']!;
        const s = ps[tag]!.start + 1;
        md.kind = field('news article', s - 1, s + site.length + 1);
        md.issuer = field(site, s, s + site.length);
      } else {
        const label = startsWithWords(ps[dateline]!.text, NEWS_DATELINE_LABELS) ?? ps[dateline]!.text;
        md.kind = field('news article', ps[dateline]!.start, ps[dateline]!.start + label.length);
      }
      if (dateline >= 0) {
        // (a byline's date may stand in the cell after it; else the first dateline's)
        const p = [ps[dateline]!, ...(BYLINE_DATELINE.test(ps[dateline]!.text) && ps[dateline + 1] ? [ps[dateline + 1]!] : []), ps[datelines[0]!]!]
          .find((q) => findNumericDate(q.text)?.iso);
        const d = p ? findNumericDate(p.text) : null;
        if (p && d?.iso) md.date = field(d.iso, p.start + d.start, p.start + d.end);
      }
      // A bare weekday dateline ("Thứ sáu, 16/5/2025, 14:05 (GMT+7)") stands above the headline.
      // (above the headline when the line before it is no headline: a menu, a breadcrumb, a section name)
      const before = dateline > front.start ? ps[dateline - 1]!.text : '';
      // (a headline may hold a colon, "Phường Phan Đình Phùng: Đề án 06 năm 2026 về đích …"; a label ends on one)
    const above = tag < 0 && WEEKDAY_DATELINE.test(ps[dateline]!.text) && !(words(before) >= 6 && !/[.›>»]|:$/u.test(before))
      && !(dateline > front.start && byline(dateline - 1));
      let headline = above ? dateline + 1 : (dateline >= 0 ? dateline : tag) - 1;
      // (with a source tag, when that line reads like no headline — a site's top bar "Thứ Sáu, 08/01/2027 | Đăng nhập | …" —
      // the nearest line above the tag that does, past a byline or a time: "TP HCM đặt mục tiêu …", "Phan Anh", "(NLĐO) - …")
      if (tag >= 0 && (headline < front.start || headline >= ps.length || !headlineLike(ps[headline]!.text))) {
        for (let i = tag - 1; i >= Math.max(front.start, tag - 6); i--) if (headlineLike(ps[i]!.text)) { headline = i; break; }
      }
      // (and under a top bar's date, past its account links and a section name: "Thứ Sáu, 08/01/2027" / "Đăng nhập" /
      // "Đăng ký" / "E-paper" / "Chính trị" / "08/01/2027 15:42" / "TP HCM đặt mục tiêu …")
      // (a byline under it: the headline is the line before)
      if (!above && tag < 0 && headline < ps.length && byline(headline)) headline -= 1;
      if (above && headline < ps.length && !headlineLike(ps[headline]!.text)) {
        const next = ps.slice(headline, headline + 7).findIndex((q) => headlineLike(q.text));
        if (next > 0) headline += next;
      }
      if (headline >= front.start && headline < ps.length) md.title = field(ps[headline]!.text, ps[headline]!.start, ps[headline]!.end);
      newsLead = tag >= 0 ? tag : above ? Math.max(dateline + 2, headline + 1) : dateline + 1;
    }
  }

  // Library fallbacks: the site's metadata stands in for a cut copy's missing header or signature.
  const library = md.library;
  if (!md.number && library?.number) md.number = library.number;
  if (!md.date && library?.issued) md.date = library.issued;
  if (!md.kind && library?.kind) {
    const kind = kindOfWord(library.kind.value);
    if (kind) md.kind = field(kind, library.kind.start, library.kind.end);
  }
  if (!md.issuer && library?.issuer) md.issuer = library.issuer;
  if (md.number && library?.number && md.number.value !== library.number.value) {
    diags.push(diagnostic('warning', 'metadata:library-mismatch',
      `The library block says "${library.number.value}" but the document says "${md.number.value}"`, locate(library.number.start, library.number.end)));
  }
  if (md.date && library?.issued && md.date.value !== library.issued.value) {
    diags.push(diagnostic('warning', 'metadata:library-mismatch',
      `The library block gives the date ${library.issued.value} but the document says ${md.date.value}`, locate(library.issued.start, library.issued.end)));
  }

  // Signer: the name under the signature block ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Đức Trung").
  const signer = readSigner(ps, front.start);
  if (signer) md.signer = signer;
  else if (library?.signer) md.signer = library.signer;

  // Province: from the issuer header, else the place line (not for a central body, whose place
  // is only where it sat), else the library's issuer, the title, or a news article's body.
  const sources: Array<{ text: string; start: number }> = [];
  if (issuerBlock) sources.push({ text: issuerBlock.value, start: issuerBlock.start });
  if (!nationalIssuer) {
    if (md.place) sources.push({ text: md.place.value, start: md.place.start });
    if (library?.issuer) sources.push({ text: library.issuer.value, start: library.issuer.start });
    if (md.title) sources.push({ text: work.text.slice(md.title.start, md.title.end), start: md.title.start });
    if (newsLead >= 0) for (const p of ps.slice(newsLead)) sources.push({ text: p.text, start: p.start });
  }
  for (const s of sources) {
    const hit = findProvince(s.text);
    if (hit) {
      md.province = { name: hit.name, start: s.start + hit.start, end: s.start + hit.end } satisfies Province;
      break;
    }
  }

  // Period: from the title; a news article states it in its body.
  const issueYear = md.date ? Number(md.date.value.slice(0, 4)) : null;
  if (md.kind?.value === 'news article' && newsLead >= 0) {
    md.period = newsPeriod(ps.slice(newsLead), issueYear);
  } else if (md.title) {
    const t = work.text.slice(md.title.start, md.title.end);
    const found = titlePeriod(t, issueYear);
    if (found) md.period = period(found, md.title.start, t);
    else if (/^(?:quyết định|kế hoạch|chương trình)$/u.test(md.kind?.value ?? '')) md.period = purposePeriod(ps, ps.findIndex((p) => p.start >= md.title!.end), issueYear);
  }
  if (!md.period) delete md.period;

  // Citations: the run of "Căn cứ / Thực hiện / Theo đề nghị" paragraphs after the title.
  if (md.kind?.value !== 'news article') {
    const from = Math.max(front.titleEnd, front.kindIdx, front.dateIdx, front.numberIdx, front.start - 1) + 1;
    for (let i = from; i < front.bodyStart; i++) {
      const t = ps[i]!.text;
      if (startsWithWords(t, BASIS_VERBS)) md.citations.push(...readCitations(t, ps[i]!.start));
      else if (hasLower(t)) break;
    }
  }

  const REQUIRED: ReadonlyArray<[keyof Metadata, string]> = [
    ['number', 'document number ("Số: …")'], ['kind', 'document kind'], ['issuer', 'issuing body'],
    ['province', 'province'], ['place', 'place of issue'], ['date', 'date of issue'], ['signer', 'signer'],
    ['title', 'title'], ['period', 'plan period'],
  ];
  for (const [key, what] of REQUIRED) {
    if (md[key] === undefined) {
      diags.push(diagnostic('warning', `metadata:missing-${key}`, `The document does not state its ${what}`, null));
    }
  }
  return { ...work, metadata: md, diagnostics: [...work.diagnostics, ...diags] };
}

function period(found: FoundPeriod, base: number, text: string): Period {
  return { from: found.from, to: found.to, text: text.slice(found.start, found.end), start: base + found.start, end: base + found.end };
}

/**
 * A programme whose title names no period may state it in its opening section: "… xác định cụ thể
 * nhiệm vụ, giải pháp của các cấp, các ngành trong tỉnh giai đoạn 2025 - 2030" (held-out gia-lai-1845,
 * a decision issuing an NQ 66 programme). Only in a decision, plan or programme (a report, notice or
 * directive names other programmes' periods), and only a range that starts the year the document is
 * issued or the next, before the tasks ("III. NHIỆM VỤ, GIẢI PHÁP"), is the programme's own; a review's
 * "giai đoạn 2021 - 2025" is not.
 */
function purposePeriod(ps: Paragraph[], from: number, issueYear: number | null): Period | undefined {
  if (from < 0 || issueYear === null) return undefined;
  for (let i = from; i < ps.length && i < from + 60; i++) {
    const text = ps[i]!.text;
    if (/^[IVXLC]+\.\s.*(?:NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN)/u.test(text)) break;
    const m = /(?<![\p{L}])giai đoạn\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/iu.exec(text);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= issueYear && a <= issueYear + 1 && b > a) return { from: a, to: b, text: m[0], start: ps[i]!.start + m.index, end: ps[i]!.start + m.index + m[0].length };
  }
  return undefined;
}

/** A news article's plan period: the first sentence that names a plan and then a period that has not ended before the article. */
function newsPeriod(ps: Paragraph[], issueYear: number | null): Period | undefined {
  const PLAN = /(?<![\p{L}\p{M}])(?:kế hoạch|chương trình|đề án)(?![\p{L}\p{M}])/iu;
  for (const p of ps) {
    let from = 0;
    for (const sentence of p.text.split(/(?<=[.!?])\s+/u)) {
      const at = p.text.indexOf(sentence, from);
      from = at + sentence.length;
      const plan = PLAN.exec(sentence);
      if (!plan) continue;
      // (the period names the plan: "kế hoạch khắc phục …; phấn đấu đến năm 2030" is a goal's horizon, not the plan's)
      const rest = sentence.slice(plan.index).split(/[;:]/u)[0]!;
      const found = findPeriod(rest, issueYear);
      // (not a plan the article reviews: "đã hoàn thành 48/50 nhiệm vụ trong Kế hoạch cải cách hành chính năm 2026" in January 2027)
      if (found && issueYear !== null && (found.to ?? found.from) < issueYear) continue;
      if (found) return period(found, p.start + at + plan.index, rest);
    }
  }
  return undefined;
}

/**
 * The signer: the first signature block ("TM. …", "KT. CHỦ TỊCH", or a bare signature title
 * "CHỦ TỊCH"), then the first personal name in the next few paragraphs — capitalised
 * syllables, skipping role lines in capitals and "(Đã ký)".
 */
function readSigner(ps: Paragraph[], from: number): Field<string> | undefined {
  const titles = SIGNATURE_TITLES.map(foldTone);
  for (let i = from; i < ps.length; i++) {
    const t = ps[i]!.text;
    if (!SIGNATURE_PREFIX.test(t) && !titles.includes(foldTone(t))) continue;
    for (let j = i; j < Math.min(ps.length, i + 5); j++) {
      const q = ps[j]!;
      if (SIGNED_MARK.test(q.text)) continue;
      // A role line in capitals may carry the name at its end once lines were joined.
      const m = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4})$/u.exec(q.text);
      if (m && (m.index === 0 || !hasLower(q.text.slice(0, m.index))) && PERSON.test(m[1]!)) {
        return field(m[1]!, q.start + m.index, q.start + m.index + m[1]!.length);
      }
      if (j > i && hasLower(q.text)) break;
    }
  }
  return undefined;
}
