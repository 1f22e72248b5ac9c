/**
 * Extractor 4, qualifiers: for one value in its piece of text, the comparator, the change
 * and its baseline, the recurrence, the administrative level, and the indicator label.
 * Pure functions over strings; all word lists are in ./lexicon/quantities.ts.
 */
import type { Area, Comparator, Level, Unit } from '../schemas/target.ts';
import {
  ANNUAL, AREA_HEADINGS, AREA_WORDING, CHANGE_VERBS, LABEL_LEAD, TARGET_REFERENCE_LEAD, LEVELS, POST_COMPARATORS, PRE_COMPARATORS,
} from './lexicon/quantities.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words that may stand between a comparator or verb and its value. */
const FILLER = String.raw`(?:\s|bình quân|tương ứng|lần lượt|là|đạt|tỷ lệ|ở mức|mức|thêm|từ|gấp|:|,)*`;
const PRE = new RegExp(String.raw`(?:^|[^\p{L}])(${PRE_COMPARATORS.map(([w]) => esc(w)).join('|')})${FILLER}$`, 'iu');
// "86/100 điểm trở lên", "5.236 tỷ đồng trở lên"
const POST = new RegExp(String.raw`^\s*(?:%\s*)?(?:\/\s*[\d.,]+\s*)?(?:(?:điểm|lần|bậc|hạng|đơn vị|ngày|giờ|tỷ đồng|triệu đồng|nghìn tỷ đồng)\s+)?(${POST_COMPARATORS.map(([w]) => esc(w)).join('|')})`, 'iu');
const VERB = new RegExp(
  String.raw`(?:^|[^\p{L}])(${CHANGE_VERBS.map(([w]) => esc(w)).join('|')})${FILLER}(?:(?:${PRE_COMPARATORS.map(([w]) => esc(w)).join('|')})${FILLER})?$`, 'iu');

export interface Qualified {
  comparator: Comparator | null;
  change: 'increase' | 'decrease' | null;
}

/** Comparator and change read from the words right around the value. */
export function qualify(before: string, after: string): Qualified {
  const post = POST.exec(after);
  let comparator: Comparator | null = post ? POST_COMPARATORS.find(([w]) => w === post[1]!.toLowerCase())![1] : null;
  if (!comparator) {
    const pre = PRE.exec(before);
    if (pre) {
      const word = pre[1]!.toLowerCase();
      comparator = PRE_COMPARATORS.find(([w]) => w === word)![1];
      // "không để … đi lại quá 02 lần": "quá" under a negation is ≤.
      if (word === 'quá' && /(?<![\p{L}])không(?![\p{L}])/iu.test(before)) comparator = 'lte';
      // "thấp nhất 95%" is a floor; "vẫn thấp nhất, đạt 80,37%" and "giữa … cao nhất và thấp nhất là
      // 14,81%" rank one of several (the lowest), they set no floor
      if (word === 'thấp nhất' && (pre[0].includes(',') || /(?<![\p{L}])(?:vẫn|và|là|có)\s+thấp nhất/iu.test(before))) comparator = null;
    }
  }
  // "Có 10/15 thôn, bản trở lên …": a floor after the few words that name what is counted
  if (!comparator) {
    const after2 = /^\s*(?:\/\s*[\d.,]+\s*)?(?:\p{L}+,?\s+){1,3}?trở (lên|xuống)(?![\p{L}])/iu.exec(after);
    if (after2) comparator = after2[1]!.toLowerCase() === 'lên' ? 'gte' : 'lte';
  }
  // "đạt từ 92% số điểm tối đa trở lên": "từ … trở lên" around the value and a few words of what it counts
  if (!comparator && /(?<![\p{L}])từ\s*$/iu.test(before)) {
    const around = /^[^,;.()\d]{0,40}?(?<![\p{L}])trở (lên|xuống)(?![\p{L}])/iu.exec(after);
    if (around) comparator = around[1]!.toLowerCase() === 'lên' ? 'gte' : 'lte';
  }
  const verb = VERB.exec(before);
  const change = verb ? CHANGE_VERBS.find(([w]) => w === verb[1]!.toLowerCase())![1] : null;
  return { comparator, change };
}

export function isAnnual(text: string): boolean {
  const t = text.toLowerCase();
  return ANNUAL.some((w) => t.includes(w));
}

/** Levels named in a text, in order of appearance (duplicates removed). */
export function levelsIn(text: string): Level[] {
  const t = text.toLowerCase();
  const found: Array<[number, Level]> = [];
  for (const [w, level] of LEVELS) {
    for (let i = t.indexOf(w); i !== -1; i = t.indexOf(w, i + 1)) {
      const after = t[i + w.length];
      if (after && /\p{L}/u.test(after)) continue;
      if (!found.some(([j]) => j <= i && i < j + 8)) found.push([i, level]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, l]) => l))];
}

/**
 * The levels a list names in order, each time it names one ("ở cấp Thành phố, cấp xã và đặc khu Côn Đảo" is province, commune,
 * commune: a special zone is a unit of the commune level), for binding a list's values by position.
 */
export function levelSequence(text: string): Level[] {
  const t = text.toLowerCase();
  const found: Array<[number, number, Level]> = [];
  for (const [w, level] of [...LEVELS, ['đặc khu', 'commune'] as [string, Level]]) {
    for (let i = t.indexOf(w); i !== -1; i = t.indexOf(w, i + 1)) {
      const after = t[i + w.length];
      if (after && /\p{L}/u.test(after)) continue;
      if (!found.some(([a, b]) => i < b && a < i + w.length)) found.push([i, i + w.length, level]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, , l]) => l);
}

export function areaOf(headings: string[], wording: string, unit: Unit): Area {
  for (const h of headings) {
    const t = h.toLowerCase();
    for (const [w, area] of AREA_HEADINGS) if (t.includes(w)) return area;
  }
  if (unit === 'rank' || unit === 'score') return 'other';
  const t = wording.toLowerCase();
  let best: [number, Area] | null = null;
  for (const [w, area] of AREA_WORDING) {
    const i = t.indexOf(w);
    if (i >= 0 && w !== 'chỉ số' && (!best || i < best[0])) best = [i, area];
  }
  if (best) return best[1];
  if (t.includes('chỉ số')) return 'other';
  return 'other';
}

const OUTLINE_LABEL = /^\s*(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|[-+▪•●◦–])\s+/u;
const LEAD = new RegExp(String.raw`^(?:(?:${TARGET_REFERENCE_LEAD}|${LABEL_LEAD.map(esc).join('|')}|(?:(?:trong|vào)\s+)?năm\s+\d{4}|(?:phấn đấu\s+)?đến\s+năm\s+\d{4}|(?:tính\s+)?(?:đến|trước)\s+(?:hết\s+)?ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?(?=\s*,)|(?:kể\s+)?từ\s+năm\s+\d{4}|đưa|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|mỗi năm|hằng năm|hàng năm|${PRE_COMPARATORS.map(([w]) => esc(w)).join('|')}|${CHANGE_VERBS.map(([w]) => esc(w)).join('|')})(?![\p{L}])(?<!nâng(?=\s+cấp(?![\p{L}])))[\s,:]*)+`, 'iu');
const TAIL_WORDS = ['trở lại', 'vào', 'lên', 'phải', 'cần', 'sẽ', 'đạt', 'là', 'lần lượt', 'tương ứng', 'tỷ lệ', 'bình quân', 'ở mức', 'mức', 'thêm', 'chiếm', 'xếp', 'trong', 'từ', 'phấn đấu',
  'lọt', 'nằm',
  ...PRE_COMPARATORS.map(([w]) => w), ...CHANGE_VERBS.map(([w]) => w)];
const TAIL = new RegExp(String.raw`(?:[\s,:]+|(?<![\p{L}])(?:${TAIL_WORDS.map(esc).join('|')}))+$`, 'iu');
/** Before the value, these say the subject came first: "Mức độ hài lòng … đạt trên 90%". */
const SUBJECT_FIRST = /(?<![\p{L}])(?:đạt|là|chiếm|ở mức|giảm|tăng)(?:\s+(?:tỷ lệ|tối thiểu|tối đa|trên|dưới|từ|khoảng|tương ứng là|tương ứng|lần lượt là|lần lượt|bình quân))*\s*$/iu;
const RATE_SUBJECT = /^(?:tỷ lệ|mức độ|thời gian|số lượng)(?![\p{L}])/iu;
/** A label never starts with a preposition or conjunction: "đối với mỗi cấp …" is not a subject. */
/**
 * A topic or reporting frame before the subject: "Đối với cấp xã, Chỉ thị yêu cầu tỷ lệ …",
 * "riêng đối với thủ tục …", "tỉnh đặt mục tiêu …".
 */
// "có yêu cầu nghĩa vụ tài chính" (procedures that require a payment) is a noun phrase, not a frame
const TOPIC = /^(?:(?:riêng\s+)?đối với\s+[^,]{1,60},\s*)?(?:[\p{L}\s]{0,40}?(?:(?<!có\s)yêu cầu|đặt mục tiêu|đề ra mục tiêu|xác định mục tiêu|nêu rõ)\s+)?/iu;
const GOAL_VERB = /(?<![\p{L}])(?:phấn đấu|cam kết|đặt mục tiêu|mục tiêu là|(?<!(?:có|theo|đáp ứng|đạt)\s)yêu cầu|(?:bảo đảm|đảm bảo)(?=\s+(?:tỷ lệ|mức độ|thời gian|số lượng|chỉ số)(?![\p{L}])))\s+(?:đưa\s+)?/giu;
const NOT_SUBJECT = /^(?:đối với|cho đến khi|để|và|so với|với|nhằm|theo|tại|trong|của|khi)(?![\p{L}])/iu;
const STOP_AFTER = new Set(['lần', 'so', 'trở', 'và', 'để', 'trong', 'cho', 'đối', 'mỗi', 'theo', 'vào', 'từ', 'trên', 'tại', 'ở', 'của', 'với',
  'hoặc', 'nhằm', 'thì', 'là', 'đạt', 'tăng', 'giảm', 'tỉnh', 'xếp', 'kể', 'khi', 'sau', 'trước',
  // a denominator: "đạt từ 70% đến 75% tổng số hồ sơ tiếp nhận"
  'tổng']);
const CUT_AFTER = /\s+(?:so với|để|nhằm|cho đến khi|theo lộ trình|trong đó)(?![\p{L}])|\s+\(|[;.]/u;

/**
 * The indicator: the subject of the clause, not the whole sentence. With the value first
 * ("Tối thiểu 80% hồ sơ … được luân chuyển …") it is what follows the value; with the value
 * last ("Mức độ hài lòng … đạt trên 90%") it is what precedes the verb. Null when the piece
 * has no subject of its own ("tăng 2,82 điểm so với năm 2020"): the caller takes the one
 * of the clause before.
 */
export function labelOf(before: string, after: string, unit: Unit): string | null {
  let bare = before.replace(OUTLINE_LABEL, '').replace(/^[\s"“”'‘’(]+/u, '');
  // The subject follows the last goal verb of a long frame: "Năm 2025, Sở Nội vụ tham mưu …,
  // phấn đấu Chỉ số CCHC của tỉnh tăng …" → "Chỉ số CCHC của tỉnh".
  const goal = [...bare.matchAll(GOAL_VERB)].pop();
  if (goal && goal.index! > 0) {
    const rest = bare.slice(goal.index! + goal[0].length);
    if ((rest.replace(TAIL, '').match(/\p{L}+/gu)?.length ?? 0) >= 3) bare = rest;
  }
  // Strip a topic frame only when a full subject remains after it ("Đối với cấp xã, Chỉ thị
  // yêu cầu tỷ lệ số hóa …"), not inside a list ("riêng đối với … đất đai, đầu tư, xây dựng").
  const topicless = bare.replace(TOPIC, '');
  const subjectAfterFrame = topicless.replace(LEAD, '').replace(TAIL, '');
  const framed = topicless !== bare && (subjectAfterFrame.match(/\p{L}+/gu)?.length ?? 0) >= 6 ? topicless : bare.replace(/^riêng\s+đối với\s+/iu, '');
  const b = clip(framed.replace(LEAD, '').replace(TAIL, ''));
  // a lone verb is no subject: "…, thuộc nhóm 15 tỉnh dẫn đầu" takes the subject before it
  const bOk = b.length >= 4 && !NOT_SUBJECT.test(b) && !/^(?:thuộc|nằm|đứng|xếp|giữ|vào|ổn định|lên|xuống)(?:\s+(?:trong|vào|ở|vững))?$/iu.test(b);
  // A place ranked "về" an index names the index after the rank: "Thành phố thuộc nhóm 10 tỉnh, thành
  // phố dẫn đầu cả nước về Chỉ số chuyển đổi số (DTI)" measures the DTI, not "Thành phố thuộc".
  if (unit === 'rank' && !/chỉ số|index|par|sipas|papi|pci|dti/iu.test(b)) {
    const about = /^[^;.:]{0,60}?(?<![\p{L}])về\s+((?:chỉ số|bộ chỉ số)\s[^;.,]{2,80}|(?:PAR INDEX|SIPAS|PAPI|PCI|DTI|DDCI)(?![\p{L}]))/iu.exec(after);
    if (about) return clip(about[1]!);
  }
  // A rate named first has its subject first even without a verb: "Tỷ lệ hồ sơ … trễ hạn không
  // vượt quá 1% tổng số hồ sơ tiếp nhận" (what follows the value is the denominator).
  if ((SUBJECT_FIRST.test(before) || (RATE_SUBJECT.test(b) && (b.match(/\p{L}+/gu)?.length ?? 0) >= 4)) && bOk) return b;
  // A frame before the subject ("Theo số liệu …, năm 2023 toàn tỉnh tiếp nhận …, tỷ lệ giải
  // quyết đúng hạn đạt 98,9%"; "Theo cam kết, đến năm 2027, PCI của tỉnh phấn đấu lọt vào nhóm 10"):
  // the subject is the last comma-separated part.
  // (a rank's subject only when it names the index ranked: not "năm 2025 tỉnh Lạng Sơn" after "Theo kết quả đánh giá …")
  if (!bOk && (SUBJECT_FIRST.test(before) || (unit === 'rank' && /^theo\s[^,]*,/iu.test(b)))) {
    const tail = clip(framed.slice(framed.lastIndexOf(', ') + 1).replace(LEAD, '').replace(TAIL, ''));
    if ((tail.match(/\p{L}+/gu)?.length ?? 0) >= 3 && !NOT_SUBJECT.test(tail)
      && (SUBJECT_FIRST.test(before) || /chỉ số|index|par|sipas|papi|pci|dti/iu.test(tail))) return tail;
  }
  // "100% trong số 25 dịch vụ công thiết yếu …", "100% trong 25 dịch vụ …": the subject follows the count it is a share of
  // ("hoàn thành 118/128 nhiệm vụ của Kế hoạch …": a count's denominator stands between it and what it counts)
  // (not one after a preposition, "21 Tổ công nghệ số cộng đồng tại 21/21 tổ dân phố": it measures the indicator before it;
  // nor a bracket's, which the caller leaves without its words after)
  const over = unit === 'count' && !/(?<![\p{L}])(?:tại|ở|trong|của|cho|với|trên|thuộc)\s*$/iu.test(before)
    ? /^\s*\/\s*[\d.]+/u.exec(after)?.[0].length ?? 0 : 0;
  const rest = after.slice(over).replace(/^\s*%?\s*(?:trở lên|trở xuống)?(?:\/năm|\s+mỗi năm)?[\s,]*(?:trong(?:\s+số)?\s+[\d.]+\s+)?/u, '');
  const word = /^(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
  if (unit !== 'rank' && unit !== 'score' && word && !STOP_AFTER.has(word) && /^\p{L}/u.test(after.slice(over).trimStart().replace(/^%\s*/, ''))) {
    let a = rest.replace(LEAD, '');
    const cut = a.search(CUT_AFTER);
    if (cut > 0) a = a.slice(0, cut);
    const label = clip(a);
    if (label.length >= 4) return label;
  }
  return bOk ? b : null;
}

function clip(s: string): string {
  const t = s.replace(/^[\s,;:.-]+|[\s,;:.-]+$/gu, '');
  if (t.length <= 200) return t;
  const cut = t.lastIndexOf(' ', 200);
  return t.slice(0, cut > 60 ? cut : 200);
}
