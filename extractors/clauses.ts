/**
 * Extractor 2, clauses: cuts a paragraph into clauses and each clause into one piece per
 * value, so that every record gets the shortest clause that carries its value and says
 * what it measures (guideline "quote").
 *
 * - clauses end at ";", at ". " before a capital, at ": " and before "trong đó" /
 *   "trong số đó" (guideline: "100% … trong đó … đạt từ 30% trở lên" is two records);
 * - a clause with several values is a LIST when the values follow each other with only
 *   commas or "và" between them ("tương ứng là 30%, 20%, 15%"): the pieces share the clause;
 * - otherwise each value gets its own piece, cut at the last ", " / " và " / "(" before it
 *   ("Giảm tối thiểu 10% số lượng … và giảm 10% biên chế …").
 */
import { CHANGE_VERBS, PRE_COMPARATORS, RESPECTIVE, RESPECTIVE_VERB, RESPECTIVE_WORD } from './lexicon/quantities.ts';
import type { Mention } from './quantities.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Piece extends Span {
  mention: Mention;
  /** the clause the piece belongs to */
  clause: Span;
  /** index in a list of values bound to one clause ("30%, 20%, 15%"), else null */
  listIndex: number | null;
  listSize: number;
  /** end of the list's last value (its trailing words, "… 55% trở lên", qualify every value); the value's own end otherwise */
  listEnd: number;
  /** the piece before it in the same clause, whose verb and comparator it may share */
  previous: Piece | null;
  /** inside parentheses */
  parenthetical: boolean;
}

const BOUNDARY = /;\s*|[.!?]["”’]?(?=\s+["“‘]?[\p{Lu}(\d])\s*|:\s+|,?\s+(?=(?:trong đó|trong số đó|Trong đó|Trong số đó)(?![\p{L}\p{N}]))|\s+-\s+(?=\p{Lu})/gu;

/** A value alone after a label's colon, up to the clause's end or a bracket: "từ 60% trở lên", "100%", "tối thiểu 80%", "đạt 14-15%". */
const BARE_VALUE_AFTER = /^(?:(?:đạt|từ|trên|dưới|tối thiểu|tối đa|ít nhất|khoảng|không dưới|không quá|không thấp hơn)\s+)*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%(?:\s+trở\s+(?:lên|xuống))?\s*(?:\(|[;.]|$)/iu;
const RESPECTIVE_BEFORE = new RegExp(String.raw`${RESPECTIVE}${RESPECTIVE_VERB}\s+[\d,;\s]*$`, 'iu');

export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // "7.500" or "1.62" are numbers, not sentence ends (the regex requires a space after ".").
    // (nor is ";" inside a list of numbers: "lần lượt đạt 82,15; 84,60; 86,92 và 89,47 điểm")
    if (m[0].startsWith(';') && /\d$/u.test(text.slice(0, m.index)) && /^\d/u.test(text.slice(m.index + m[0].length))
      && RESPECTIVE_BEFORE.test(text.slice(Math.max(start, m.index - 80), m.index))) continue;
    // (nor is the colon between a label and its bare value: "Tỷ lệ thanh toán trực tuyến …: từ 60% trở lên (Văn phòng UBND tỉnh
    // chủ trì)", "Tỷ trọng kinh tế số trong GRDP của tỉnh: đạt 14-15%" — the value says what it measures only with its label)
    if (m[0].startsWith(':') && BARE_VALUE_AFTER.test(text.slice(m.index + m[0].length)) && !/\d/u.test(text.slice(start, m.index))) continue;
    if (m.index > start) out.push(trim(text, start, m.index));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(trim(text, start, text.length));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,(]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A clause's opening "Theo …," that names where a figure comes from (a document, an office), not what it measures. */
const ATTRIBUTION = /^Theo\s+(?:Quyết định|Báo cáo|Thông báo|Kế hoạch|Bộ|Sở|Văn phòng|Ủy ban|UBND|Cục|Tổng cục)(?![\p{L}])[^,;:]{0,160},\s+/u;

const OPENER_WORDS = [
  ...PRE_COMPARATORS.map(([w]) => w), ...CHANGE_VERBS.map(([w]) => w),
  'riêng', 'trong đó', 'trong số đó', 'đạt', 'xếp', 'phấn đấu', 'duy trì', 'bảo đảm', 'đảm bảo', 'hoàn thành', 'tỷ lệ', 'mức độ', 'chỉ số',
];
const OPENS = new RegExp(String.raw`^(?:\d|(?:${OPENER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}]))`, 'iu');
const LIST_GAP = /^\s*(?:%\s*)?(?:,|và|;)?\s*(?:,|và)?\s*$/u;
const CUT = /,\s+|\s+và\s+|\s+hoặc\s+|\(/gu;

/** Splits one clause into one piece per mention. */
export function pieces(text: string, clause: Span, mentions: Mention[]): Piece[] {
  const ms = mentions.filter((m) => m.valueStart >= clause.start && m.valueEnd <= clause.end);
  if (ms.length === 0) return [];
  // A list: every gap between consecutive values is only commas / "và".
  const isList = ms.length > 1 && ms.every((m, i) => i === 0 || LIST_GAP.test(text.slice(ms[i - 1]!.end, m.start)))
    && ms.every((m) => m.unit === ms[0]!.unit);
  const out: Piece[] = [];
  // (a source the clause opens by naming is no part of what it measures: "Theo Quyết định số 398/QĐ-BNV ngày 08/5/2027
  // của Bộ Nội vụ, Chỉ số CCHC năm 2026 của tỉnh đạt 87,36%")
  const source = ATTRIBUTION.exec(text.slice(clause.start, ms[0]!.start));
  const from = source ? clause.start + source[0].length : clause.start;
  if (isList) {
    ms.forEach((m, i) => out.push({
      start: from, end: clause.end, mention: m, clause, listIndex: i, listSize: ms.length, listEnd: ms[ms.length - 1]!.valueEnd,
      previous: out[i - 1] ?? null, parenthetical: false,
    }));
    return out;
  }
  let start = from;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const next = ms[i + 1];
    let end = clause.end;
    if (next) {
      // cut before the next value's own phrase: the last separator between this value and the next
      const gapStart = m.end;
      const gap = text.slice(gapStart, next.start);
      // Cut at the first separator that opens the next value's own clause (", riêng đối
      // với …", " và giảm …", ", tăng 03 hạng"), not inside a list of nouns ("đất đai, đầu
      // tư, xây dựng", "tỉnh, thành phố"); failing that, at the last separator.
      let cut = -1;
      let cutLen = 0;
      CUT.lastIndex = 0;
      for (let c = CUT.exec(gap); c; c = CUT.exec(gap)) {
        const opens = OPENS.test(gap.slice(c.index + c[0].length));
        if (cut < 0 || opens || !OPENS.test(gap.slice(cut + cutLen))) { cut = c.index; cutLen = c[0].length; }
        if (opens) break;
      }
      // (a value's own year before the next one it moves to stays with it: "từ 72,5% năm 2026 | lên tối thiểu 85% năm 2027")
      const fromTo = cut < 0 ? /^\s*(?:năm\s+(?:19|20)\d{2})(?=\s+(?:lên|xuống)\s)/iu.exec(gap) : null;
      if (fromTo) { cut = fromTo[0].length; cutLen = 0; }
      if (cut >= 0) end = gapStart + cut;
      // (a count with no separator before the next value keeps what it counts: "vẫn còn 17 xã có tỷ lệ hồ
      // sơ quá hạn | trên 5%", not "vẫn còn 17")
      // (nor does a share whose measure follows it: "cắt giảm ít nhất 30% | thời gian giải quyết đối với tối thiểu 50 TTHC")
      else end = m.unit === 'count' || (m.unit === 'percent' && /^\s+(?:thời gian|chi phí|số lượng|số)\s/iu.test(text.slice(m.end, next.start)))
        ? Math.max(m.end, next.start - (COMPARATOR_TAIL.exec(text.slice(m.end, next.start))?.[0].length ?? 0)) : m.end;
      const piece = mk(text, start, end, m, clause, out[i - 1] ?? null);
      out.push(piece);
      start = cut >= 0 ? gapStart + cut + cutLen : m.end;
      // a count's share says what it is a share of with the count's own words: "231/1.742 đơn vị … tự bảo
      // đảm chi thường xuyên trở lên, chiếm 13,3%" quotes "đơn vị … trở lên, chiếm 13,3%"
      if (cut >= 0 && m.unit === 'count' && next.unit === 'percent' && /^\s*chiếm(?![\p{L}])/iu.test(gap.slice(cut + cutLen))) {
        start = m.end + (/^\s*\/\s*[\d.,]*\d/u.exec(text.slice(m.end))?.[0].length ?? 0);
      }
    } else {
      // (the last value's piece stops before a clause that says there is none: "02 đơn vị xếp loại Khá, không có đơn vị xếp loại
      // Trung bình" — that is no part of what the 02 counts)
      const none = NONE_AFTER.exec(text.slice(m.end, end));
      out.push(mk(text, start, none ? m.end + none.index : end, m, clause, out[i - 1] ?? null));
    }
  }
  // A run of values said to be respective ("lần lượt đạt 82,15; 84,60 và 89,47 điểm, xếp hạng lần lượt thứ
  // 9/27, 6/27 …") is a list of its own inside a longer clause: its pieces share the run's span.
  for (let i = 0; i < ms.length; ) {
    let j = i;
    while (j + 1 < ms.length && ms[j + 1]!.unit === ms[i]!.unit && LIST_GAP.test(text.slice(ms[j]!.end, ms[j + 1]!.start))) j++;
    const lead = text.slice(i === 0 ? clause.start : ms[i - 1]!.end, ms[i]!.valueStart);
    if (j > i && RESPECTIVE_WORD.test(lead)) {
      const [s, e] = [out[i]!.start, out[j]!.end];
      for (let k = i; k <= j; k++) out[k] = { ...out[k]!, start: s, end: e, listIndex: k - i, listSize: j - i + 1, listEnd: ms[j]!.valueEnd };
      for (let k = i + 1; k <= Math.min(j + 1, out.length - 1); k++) out[k]!.previous = out[k - 1]!;
    }
    i = j + 1;
  }
  return out;
}

/** A clause after a comma that says there is none of something: ", không có đơn vị xếp loại Trung bình", ", không còn xã nào …". */
const NONE_AFTER = /,\s+(?:không có|không còn|chưa có)\s/iu;
/** The next value's own comparator and verb, which a count's quote stops before. */
const COMPARATOR_TAIL = /(?:\s+(?:đạt|là|trên|dưới|hơn|khoảng|gần|tối thiểu|ít nhất|tối đa|không quá|không dưới|từ|vượt|chiếm))+\s*$/iu;

function mk(text: string, start: number, end: number, mention: Mention, clause: Span, previous: Piece | null): Piece {
  const t = trim(text, start, end);
  // Parenthetical value: "(đạt 83,93/100 điểm)".
  const open = text.lastIndexOf('(', mention.valueStart);
  const close = text.lastIndexOf(')', mention.valueStart);
  const parenthetical = open > close && open >= clause.start;
  let s = t.start;
  let e = Math.max(t.end, mention.end);
  if (parenthetical) {
    s = Math.max(s, open + 1);
    const closing = text.indexOf(')', mention.end);
    if (closing >= 0 && closing <= clause.end) e = Math.min(e, closing);
  } else if (text[e - 1] === ')' && !text.slice(s, e - 1).includes('(')) {
    e -= 1;
  } else {
    // A closing remark after the value is not part of its quote: "cấp xã 60% (trừ hồ sơ … mật)".
    // (nor who leads it: "… từ 60% trở lên (Văn phòng UBND tỉnh chủ trì)")
    const remark = /\s*\((?:(?:trừ|không kể|không tính|kể cả|không bao gồm)\s[^()\d]*|[^()\d]*\s(?:chủ trì|thực hiện|phối hợp|theo dõi))\)\s*$/iu.exec(text.slice(mention.end, e));
    if (remark) e = mention.end + remark.index;
    // nor is its cause: "tăng khoảng 18% so với năm 2025 do tiếp nhận thêm nhiều thủ tục …" (right after the value or its
    // comparison; "100% hồ sơ do cấp xã tiếp nhận" names who, inside the indicator)
    // (", chủ yếu do …" too)
    const cause = /^((?:\s+so (?:với|cùng kỳ)[^,;()\d]{0,40}?(?:\d{4})?)?)(?:,\s*|\s+)(?:(?:chủ yếu|phần lớn|một phần|là)\s+)?(?:do|nhờ|vì|bởi)\s/iu.exec(text.slice(mention.end, e));
    if (cause) e = mention.end + cause[1]!.length;
  }
  const tt = trim(text, s, e);
  return { start: tt.start, end: Math.max(tt.end, mention.valueEnd), mention, clause, listIndex: null, listSize: 1, listEnd: mention.valueEnd, previous, parenthetical };
}
