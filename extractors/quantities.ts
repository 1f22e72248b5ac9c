/**
 * Extractor 1, quantities: every numeral that carries a measurable quantity — percentages
 * and ranges of them, ranks, scores, counts, money, durations, multipliers — with its
 * span in the paragraph. Pure function of the text.
 *
 * Numerals that are not quantities produce nothing here: document numbers ("3993/KH-UBND"),
 * dates, bare years, article numbers, "mức độ 3 và 4" (no unit), "06 nội dung" (a count
 * with no comparator: counts, durations and money need a comparator or a target verb).
 */
import type { Comparator, Unit } from '../schemas/target.ts';
import { DELIVERY_VERBS, DURATION_UNITS, MONEY_UNITS, PRE_COMPARATORS, RESPECTIVE, RESPECTIVE_VERB, RESPECTIVE_WORD } from './lexicon/quantities.ts';
import { NUM, parseNumber } from './numbers.ts';

export interface Mention {
  /** span of the whole quantity phrase in the paragraph ("từ 30% trở lên", "trong nhóm 15") */
  start: number;
  end: number;
  /** span of the value itself ("30%", "20%-25%") */
  valueStart: number;
  valueEnd: number;
  text: string;
  value: number;
  max: number | null;
  unit: Unit;
  /** comparator implied by the form itself (range → between, "trong nhóm" → lte), else null */
  formComparator: Comparator | null;
  /** rank moves and score deltas are changes by their form ("tăng 03 hạng") */
  rankMove: boolean;
  /** a bare count after a delivery verb: a record only in a target or result context */
  needsContext?: boolean;
  /** a count of what there is ("toàn tỉnh có 96 đơn vị"): a record only as a result */
  needsResult?: boolean;
}

const ws = String.raw`\s*`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPARATOR_WORDS = PRE_COMPARATORS.map(([w]) => esc(w)).join('|');

interface Rule {
  unit: Unit;
  re: RegExp;
  build(m: RegExpExecArray): Omit<Mention, 'start' | 'end' | 'valueStart' | 'valueEnd' | 'text' | 'unit'> | null;
  /** index of the capture group whose span is the value (default 1) */
  group?: number;
}

/** Words after which a number names a grade, not a count: "tài khoản định danh mức độ 2". */
const DEFINING = String.raw`(?:mức độ|mức|cấp độ|cấp|loại|hạng|thứ|nhóm|số|tuổi|khóa|kỳ|giai đoạn)`;
/** Verbs of workload: the files an office received are a review's result (their own rule below); nothing else after them is a count. */
const WORKLOAD = String.raw`tiếp nhận|thụ lý|tiếp nhận và giải quyết|tiếp nhận và xử lý`;
/** People at an event: "Dự hội nghị có hơn 180 đại biểu"; and who live in a place: "với hơn 38.000 nhân khẩu". */
// (and the teams sent to one: "thành lập 02 đoàn kiểm tra liên ngành", "đã đón 06 đoàn công tác")
const EVENT_NOUN = String.raw`(?:đại biểu|khách mời|phóng viên|điểm cầu|nhân khẩu|(?:đoàn|tổ)\s+(?:kiểm tra|công tác|giám sát|khảo sát|thanh tra)|(?:lượt\s+)?người\s+(?:tham gia|tham dự|dự)|lượt(?:\s+[\p{L},]+){0,5}?\s+(?:tham dự|dự|tham quan))(?![\p{L}])`;

/** "điểm" as a unit of score, not "điểm cầu" (a conference site), "điểm giao dịch" or "điểm phát wifi" (places). */
const POINT = String.raw`điểm(?![\p{L}])(?!\s+(?:cầu|giao dịch|phục vụ|bưu điện|trường|du lịch|tiếp nhận|hỗ trợ|tư vấn|một cửa|tập kết|sinh hoạt|phát|truy cập|wifi|wi-fi|kết nối|dừng|đỗ|bán|thu gom|camera)(?![\p{L}]))`;

const num = (s: string | undefined) => (s === undefined ? null : parseNumber(s));

/** A unit of time, as a whole word: "ngày làm việc", "tiết" (not the "tiết" of "tiết kiệm", nor "05 ngày 10 giờ"'s first part). */
const DURATION_UNIT = String.raw`(?:${DURATION_UNITS.map(esc).join('|')})`;
const DURATION = String.raw`${DURATION_UNIT}(?![\p{L}])(?!\s+(?:\d|kiệm))`;
const RULES: Rule[] = [
  // "20%-25%", "9-9,5%", "10% - 15%", "từ 10% đến 15%"
  {
    unit: 'percent',
    re: new RegExp(String.raw`(?:từ\s+)?(${NUM})${ws}%?${ws}(?:-|–|đến)${ws}(${NUM})${ws}%`, 'giu'),
    build: (m) => {
      const v = num(m[1]); const x = num(m[2]);
      if (v === null || x === null || x <= v) return null;
      return { value: v, max: x, formComparator: 'between', rankMove: false };
    },
  },
  {
    unit: 'percent',
    // (not a vote: "84/86 đại biểu có mặt tán thành, chiếm 95,45% tổng số đại biểu", "95% đại biểu tán thành")
    re: new RegExp(String.raw`(${NUM})${ws}%(?!\s*(?:tổng\s+số\s+đại\s+biểu|(?:số\s+)?đại\s+biểu\s+(?:có mặt\s+)?(?:tán thành|biểu quyết|nhất trí|dự|tham dự|có mặt))(?![\p{L}]))`, 'gu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // "tăng từ 10 đến 15 điểm phần trăm mỗi năm": a range of percentage points
  {
    unit: 'percent',
    re: new RegExp(String.raw`(?:từ${ws})?(${NUM})${ws}(?:-|–|đến)${ws}(${NUM})${ws}điểm${ws}(?:phần trăm|%)`, 'giu'),
    build: (m) => {
      const v = num(m[1]); const x = num(m[2]);
      if (v === null || x === null || x <= v) return null;
      return { value: v, max: x, formComparator: 'between', rankMove: false };
    },
  },
  // "tăng 12,6 điểm phần trăm", "tăng 1,96 điểm %": percentage points
  {
    unit: 'percent',
    re: new RegExp(String.raw`(${NUM})${ws}điểm${ws}(?:phần trăm|%)`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // "tăng từ 0,5 đến 1 điểm", "80-85 điểm"
  {
    unit: 'score',
    re: new RegExp(String.raw`(?:từ\s+)?(${NUM})${ws}(?:-|–|đến)${ws}(${NUM})${ws}(?:\/${ws}\d+${ws})?${POINT}`, 'giu'),
    build: (m) => {
      const v = num(m[1]); const x = num(m[2]);
      if (v === null || x === null || x <= v) return null;
      return { value: v, max: x, formComparator: 'between', rankMove: false };
    },
  },
  // "86,75/100 điểm", "tăng 2,82 điểm" (not "69 điểm cầu", the sites of a video conference)
  {
    unit: 'score',
    re: new RegExp(String.raw`(${NUM})${ws}(?:\/${ws}(?:${NUM})${ws})?${POINT}`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // a score named before its value: "điểm số đạt tối thiểu 0,72"
  {
    unit: 'score',
    re: new RegExp(String.raw`(?<![\p{L}])điểm số\s+(?:đạt\s+|là\s+)?(?:(?:${COMPARATOR_WORDS})\s+)?(${NUM})(?![\d%/]|,\d|\s*%|\s*\p{L})`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // "trong nhóm 10 tỉnh dẫn đầu", "trong nhóm 15", "top 20", a cell "Nhóm 10" — but not a class
  // label ("đơn vị nhóm 1 (tự bảo đảm chi thường xuyên và chi đầu tư)") nor a named set of things
  // ("thuộc nhóm 25 dịch vụ công theo Đề án 06")
  {
    unit: 'rank',
    re: new RegExp(String.raw`(?:trong\s+)?(?:nhóm|top|tốp)\s+(\d+)(?!\d)(?!\s+(?:dịch vụ|thủ tục|TTHC|chỉ tiêu|nhiệm vụ|lĩnh vực|tiêu chí|nội dung|cơ sở dữ liệu)(?![\p{L}]))(?:(?<=(?:trong|vào|thuộc|top|tốp|đứng|giữ|duy trì)\s+(?:nhóm\s+)?\d+)|(?=\s+(?:tỉnh|thành phố|địa phương|đơn vị|huyện|quận|thị xã|xã|phường|sở|cơ quan|bộ|dẫn đầu|đứng đầu|cao nhất|tốt nhất|cả nước))|(?=\s*$))`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: 'lte', rankMove: false }; },
  },
  // "xuống vị trí 41", "trở lại vị trí số 1"; a place out of the whole: "thứ hạng từ vị trí 15/34 vào nhóm 10"
  {
    unit: 'rank',
    re: new RegExp(String.raw`(?<![\p{L}])(?:(?:xuống|lên|trở lại|giữ|giữ vững|đứng ở|ở)\s+vị trí\s+(?:số\s+|thứ\s+)?(?=\d+(?![\d]|[,./]\d))|(?:từ\s+)?vị trí\s+(?:số\s+|thứ\s+)?(?=\d+\s*\/\s*\d+(?![\d.,])))(\d+)`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // "xếp thứ 29/63", "xếp hạng 12" (not an ordinal: "Kỳ họp thứ 5", "lần thứ 11", "phiên thứ 2"; nor a
  // column's year: "Xếp hạng 2025")
  {
    unit: 'rank',
    re: new RegExp(String.raw`(?<!(?:kỳ họp|họp|lần|phiên|đợt|khóa|kỳ|buổi|ngày|năm)\s+)(?:xếp\s+)?(?:thứ|hạng)\s+(?!(?:19|20)\d{2}(?!\d|${ws}\/))(\d+)(?:${ws}\/${ws}\d+)?`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // "tăng từ 15 đến 20 bậc"
  {
    unit: 'rank',
    re: new RegExp(String.raw`(?:từ\s+)?(\d+)\s*(?:-|–|đến)\s*(\d+)\s+(?:bậc|hạng|thứ hạng)(?!\s+\d)`, 'giu'),
    build: (m) => {
      const v = num(m[1]); const x = num(m[2]);
      if (v === null || x === null || x <= v) return null;
      return { value: v, max: x, formComparator: 'between', rankMove: true };
    },
  },
  // "tăng ít nhất 3 bậc", "tăng 03 hạng"
  {
    unit: 'rank',
    re: new RegExp(String.raw`(\d+)\s+(?:bậc|hạng|thứ hạng)(?!\s+\d)`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: true }; },
  },
  // "gấp 2 lần", "gấp 1,5 lần", "tăng 2,3 lần so với năm 2024" (a multiple; "tăng 02 lần/năm" is a count)
  {
    unit: 'ratio',
    re: new RegExp(String.raw`(?:gấp|(?<![\p{L}])tăng)\s+(${NUM})\s+lần(?![\p{L}])(?:(?<=gấp\s+\S+\s+lần)|(?=\s+so với))`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // a proportion to one: "Tỷ lệ giữa số phiếu cấp qua VNeID và số phiếu cấp trực tiếp đạt tối thiểu 4:1" (not a time, "08:30")
  {
    unit: 'ratio',
    re: new RegExp(String.raw`(?<=(?:đạt|là|tối thiểu|ít nhất|khoảng|tối đa|không quá|bằng)\s+)(${NUM})\s*:\s*1(?![\d:]|[.,]\d)`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // a range of money after what it measures: "Phấn đấu thu ngân sách trên địa bàn từ 19,5 đến 20 tỷ đồng"
  {
    unit: 'money',
    re: new RegExp(String.raw`(?<=(?:đạt|tăng|giảm|thu|huy động|tiết kiệm)(?![\p{L}])[^;.\d]{0,60}?)(?<![\p{L}])từ\s+(${NUM})\s*(?:-|–|đến)\s*(${NUM})\s*(${MONEY_UNITS.map(([u]) => esc(u)).join('|')})(?![\p{L}])`, 'giu'),
    build: (m) => {
      const v = num(m[1]); const x = num(m[2]);
      return v === null || x === null || x <= v ? null : { value: v, max: x, formComparator: 'between', rankMove: false };
    },
  },
  // money: "500 triệu đồng", "1.200 tỷ đồng" — value kept in the unit written, see `money` below
  {
    unit: 'money',
    re: new RegExp(String.raw`(?:${COMPARATOR_WORDS}|(?:đạt|tăng|giảm|thu|huy động|tiết kiệm(?:\s+được)?)(?:\s+từ)?)\s+(${NUM})\s*(${MONEY_UNITS.map(([u]) => esc(u)).join('|')})`, 'giu'),
    build: (m) => {
      // The value as written ("10 tỷ đồng" → 10); the scale word stays in `value.text`.
      const v = num(m[1]);
      return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false };
    },
  },
  // durations with a comparator: "không quá 3 ngày làm việc", "rút ngắn … còn 5 ngày"
  {
    unit: 'duration',
    // (or an average: "thời gian từ khi thông báo đến khi có kết quả trúng tuyển bình quân 104 ngày")
    re: new RegExp(String.raw`(?:${COMPARATOR_WORDS}|xuống còn|còn|(?<=thời gian[^;.]{0,80}?)(?:bình quân|trung bình))\s+(\d+(?:,\d+)?)\s+${DURATION}`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // the next time of a list whose first one has the comparator: "tương ứng không quá 12 ngày và 08 ngày làm việc"
  {
    unit: 'duration',
    re: new RegExp(String.raw`(?<=(?:${COMPARATOR_WORDS})\s+\d+(?:,\d+)?\s+${DURATION_UNIT}\s*(?:,|và)\s*)(\d+(?:,\d+)?)\s+${DURATION}`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false }; },
  },
  // a duration stated as a level reached: "số ngày trung vị … năm 2026 là 38 ngày", "mức 45 ngày của năm
  // 2024" — a record only in a target or result context, like a bare count
  {
    unit: 'duration',
    // (not the time the law sets: "thời hạn luật định là 10 ngày", "thời hạn theo quy định là 03 ngày làm việc")
    re: new RegExp(String.raw`(?<![\p{L}])(?<!(?:quy định|luật định|thời hạn|hiện hành)\s+)(?:là|mức|mất)\s+(\d+(?:,\d+)?)\s+${DURATION}`, 'giu'),
    build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false, needsContext: true }; },
  },
  // counts with a comparator: "không quá 02 lần", "ít nhất 20 tập dữ liệu"; not a unit of measure,
  // "tốc độ tối thiểu 1 Gb/s" (the noun is a whole word, "Gb", never "G"; "02 lần/năm" is a count); not the size of an
  // event ("có hơn 180 đại biểu") nor a workload (files received, "tiếp nhận hơn 410.000 hồ sơ", have their own rule): guideline,
  // counts that describe an event are not targets.
  {
    unit: 'count',
    // (nor the size that picks documents out: "văn bản có khối lượng trên 30 trang", nor a place's size, "quy mô dân
    // số hơn 4,95 triệu người", "gồm 42 khu phố với hơn 28.500 hộ dân", nor a survey's
    // sample, "dự kiến phỏng vấn khoảng 420 người dân", "Khảo sát PCI … được thực hiện với hơn 1.100 doanh nghiệp"; nor a cap on
    // awards: "tặng Bằng khen cho không quá 10 tập thể" — awards are no target, guideline; nor what
    // defines a share's subject: "tỷ lệ hộ gia đình có ít nhất 01 thành viên sử dụng VNeID"; nor who came, "với sự tham dự
    // của hơn 300 doanh nghiệp"; nor a form's rule, "Nội dung bình luận (tối thiểu 10 ký tự)")
    re: new RegExp(String.raw`(?<!(?:${WORKLOAD})\s+)(?<!(?:khối lượng|dung lượng|quy mô|phỏng vấn|mẫu khảo sát|dân số)\s+)(?<![Kk]hảo sát[^.;:]{0,80}\sthực hiện\s+với\s+)(?<!khen(?:\s+thưởng)?(?:\s+cho)?(?:\s+không)?\s+)(?<![Tt]ỷ lệ\s[^;.:%\d]{0,60}\scó\s+)(?<!sự\s+(?:tham dự|tham gia|có mặt)\s+của\s+)(?<!gồm\s[^.;:]{0,60}\svới\s+)(?:${COMPARATOR_WORDS})\s+(${NUM})\s+(?!năm(?![\p{L}])|tuổi(?![\p{L}])|ký tự(?![\p{L}])|%|${EVENT_NOUN}|(?<=trên\s+\S+\s+)(?:người\s+)?dân(?![\p{L}]))[“"]?(\p{L}+)(?![\p{L}])`, 'giu'),
    build: (m) => {
      const v = num(m[1]);
      return v === null || MEASURE.test(m[2]!) ? null : { value: v, max: null, formComparator: null, rankMove: false };
    },
  },
];

/** "… trên 10.000 dân đạt": the count that follows is per so many people. */
const PER_CAPITA = /(?<![\p{L}])trên\s+[\d.]+\s+(?:người\s+)?dân(?![\p{L}])[^;.]*$/iu;
const PER_CAPITA_AFTER = /^\s+\p{L}+\s*\/\s*(?:vạn|nghìn|ngàn|[\d.]+)\s+(?:người\s+)?dân(?![\p{L}])/iu;
/** The document's own items ("triển khai đồng bộ 06 nội dung", "07 trụ cột"): never a bare-count record. */
const DOCUMENT_ITEM = String.raw`(?:nội dung|giải pháp|nhóm|trụ cột|quan điểm|định hướng)(?![\p{L}])`;
/** Scale words after a count's numeral ("2,6 triệu tài khoản", "150 nghìn lượt"). */
const SCALE = /^\s+(triệu|nghìn|ngàn|vạn)(?![\p{L}])/iu;
const SCALES: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3, vạn: 1e4 };

/** "bồi dưỡng 310 triệu đồng" is a budget line, not a count. */
const MONEY_WORD = /^(?:triệu|tỷ|nghìn|ngàn|đồng)$/iu;
const TIME_NOUN = /^(?:năm|tháng|ngày|giờ|phút|tuần|quý|tuổi|lần thứ)$/u;
/** Units of measure belong to an indicator's definition ("tốc độ tối thiểu 100 Mb/s"). */
const MEASURE = /^(?:mb|mbps|gb|gbps|kb|tb|km|m|m2|ha|kw|mw|kwh|tấn|kg|lít|mhz|ghz|dpi|ký tự)$/iu;

/**
 * A count with no comparator (group 1 the number, group 2 its noun's first word): a record only
 * in a target or result context, never a year, a time, a unit of measure or a sum of money.
 */
function bareCount(m: RegExpExecArray, needsResult = false): Omit<Mention, 'start' | 'end' | 'valueStart' | 'valueEnd' | 'text' | 'unit'> | null {
  const v = num(m[1]);
  const noun = m[2]!;
  // (a scale word before a noun counts: "hiện có 9,46 triệu tài khoản"; before "đồng" it is money)
  const at = m.input.indexOf(noun, m.index + m[1]!.length) + noun.length;
  const scaled = Object.hasOwn(SCALES, noun.toLowerCase()) && !/^\s*(?:tỷ\s+)?đồng(?![\p{L}])/iu.test(m.input.slice(at));
  // (a word that joins is no noun: "trụ cột Kinh tế số đạt 0,4912 và xếp thứ 22/34")
  if (v === null || TIME_NOUN.test(noun.toLowerCase()) || MEASURE.test(noun) || (MONEY_WORD.test(noun) && !scaled) || /^(?:19|20)\d\d$/.test(m[1]!)
    || /^(?:và|hoặc|với|của|so|trong|tại|là|thì|nhưng)$/iu.test(noun)) return null;
  return { value: v, max: null, formComparator: null, rankMove: false, needsContext: true, ...(needsResult ? { needsResult } : {}) };
}

// "hoàn thành 49/52 nhiệm vụ", "cắt giảm 300/1.000 thủ tục": a count of done over planned (guideline
// hard case: the count is a record, the denominator is not)
RULES.push({
  unit: 'count',
  // (not a date: "trước ngày 05/12 hằng năm")
  // (nor who came: "Dự kỳ họp có 31/35 đại biểu")
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(?<!ngày\s+)(${NUM})\s*\/\s*(${NUM})\s+(?!năm(?![\p{L}])|${EVENT_NOUN})(\p{L}+)`, 'giu'),
  build: (m) => {
    const v = num(m[1]);
    const of = num(m[2]);
    if (v === null || of === null || v > of || /^(?:19|20)\d\d$/.test(m[2]!)) return null;
    return { value: v, max: null, formComparator: null, rankMove: false, needsContext: true };
  },
});

// a count stated with its share: "142.305 hồ sơ nộp trực tuyến (chiếm 76,3%)" (guideline hard
// case: a percentage and its count stated together are two records)
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(?<!${DEFINING}\s+)(${NUM})\s+(\p{L}+)[^()\d;.]{0,60}?(?:\(\s*|,\s+)(?:chiếm|đạt|bằng)\s+(?:${NUM})\s*%`, 'giu'),
  build: (m) => bareCount(m),
});

// units counted by the grade they got: "05 cơ quan đạt loại Tốt", "35 đơn vị xếp loại Trung bình (33,65%)" (a result)
RULES.push({
  unit: 'count',
  // (or just "loại": "11 đơn vị loại Tốt (từ 80 đến dưới 90 điểm)"; or "mức": "35 đơn vị xếp mức Trung bình")
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(${NUM})\s+(\p{L}+)(?:[\p{L}\s,]{0,30}?)\s+(?:(?:(?:đạt|được xếp|xếp)\s+)?loại|(?:đạt|được xếp|xếp)\s+mức)\s+(?=\p{Lu})`, 'gu'),
  build: (m) => bareCount(m, true),
});

// a count of units picked out by a measure: "có 23 xã, phường có tỷ lệ hồ sơ quá hạn trên 5%"
// (the count is the record, the threshold only defines it)
RULES.push({
  unit: 'count',
  // (not "Trong 05 yếu tố được đo lường, yếu tố … có mức độ hài lòng cao nhất": among five; nor the
  // scope of a target, "Đối với 21 xã, phường có tỷ lệ … dưới 30%, phấn đấu tăng ít nhất 15%")
  // (nor who is rewarded for it: "tặng Bằng khen cho 6 tập thể có chỉ số hài lòng cao nhất" — awards are no target, guideline;
  // nor who is reproved, "phê bình 09 cơ quan … có tỷ lệ hồ sơ quá hạn cao")
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(?<!(?:trong|Trong|trong số|Trong số|đối với|Đối với)\s+)(?<!(?:khen|tặng|trao|phê bình|nhắc nhở|kiểm điểm)[^.;\d]{0,40})(${NUM})\s+(\p{L}+)[^()\d;.]{0,60}?\s(?:có|đạt)\s+(?:tỷ lệ|chỉ số|điểm số|điểm|mức)(?![\p{L}])`, 'giu'),
  build: (m) => bareCount(m),
});

// a current count in a review: "toàn tỉnh có 96 đơn vị hành chính cấp xã", "a) Có 174 đơn vị …"
RULES.push({
  unit: 'count',
  // ("Tổng số TTHC … hiện nay là 1.892 thủ tục", "tổng số thủ tục hành chính thuộc thẩm quyền giải quyết trên địa bàn tỉnh là 1.874 thủ tục")
  // ("Sở Tài chính đang thực hiện 214 TTHC": what an office handles now; "Hiện nay, thành phố có 1.285 TTHC …")
  re: new RegExp(String.raw`(?:(?<![\p{L}])(?:toàn tỉnh|toàn thành phố|toàn huyện|toàn xã|cả tỉnh|đến nay|hiện nay),?\s+(?:có|còn)|(?<![\p{L}])(?:hiện nay|hiện tại|hiện có) là|(?<![\p{L}])[Hh]iện(?:\s+nay|\s+tại)?,?\s+(?:(?:thành phố|tỉnh|toàn tỉnh|toàn thành phố|huyện|xã|phường)\s+)?(?:đã\s+)?có|(?<![\p{L}])[Tt]ổng(?:\s+số(?!\s+hồ sơ)|(?=\s+biên chế))\s(?:[^.;:()\d]|\d{1,2}\/\d{1,2}\/\d{4}|năm \d{4}|\([^()\d]{1,30}\)|0\d(?=\s\p{L})){0,120}?\s(?:hiện nay\s+)?là|(?:^|[:;.]\s*|[-+•]\s+)[Ss]ố\s(?:[^.;:()\d]|\d{1,2}\/\d{1,2}\/\d{4}){0,100}?\s(?:hiện nay\s+)?là|(?<![\p{L}])đang\s+(?:thực hiện|quản lý|vận hành|cung cấp|giải quyết)|(?:^|[:;.]\s*|[a-zđ]\)\s+|[-+•]\s+)Có)\s+(${NUM})\s+(\p{L}+)`, 'giu'),
  build: (m) => bareCount(m, true),
});

/** People counted in staff matters: "386 người", "687 trường hợp", "120 công chức". */
const PERSON_NOUN = 'người|trường hợp|cán bộ|công chức|viên chức';

// the people a policy was settled for: "Đã giải quyết chính sách cho 687 trường hợp", "đã giải quyết chế độ cho 236 người thuộc diện tinh giản"
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])giải quyết\s+(?:chính sách|chế độ)(?:,?\s+[^\d;.:()]{0,30}?)?\s+cho\s+(${NUM})\s+(${PERSON_NOUN})(?![\p{L}])`, 'giu'),
  build: (m) => bareCount(m),
});

// the people a cut of staff let go: "Thực hiện tinh giản biên chế, nghỉ hưu trước tuổi 386 người"
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])tinh giản(?:\s+biên chế)?(?:,?\s+[^\d;.:()]{0,40}?)?\s(${NUM})\s+(${PERSON_NOUN}|biên chế)(?![\p{L}])`, 'giu'),
  build: (m) => bareCount(m),
});

// the procedures a cut applies to: "Rút ngắn tối thiểu 30% thời gian giải quyết đối với 50 thủ tục hành chính"
// (not the rows of the document's own appendix: "đối với 07 thủ tục hành chính tại Phụ lục kèm theo")
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=%[^;.()]{0,80}?)(?<![\p{L}])đối với\s+(${NUM})\s+(thủ tục|TTHC|dịch vụ công)(?![\p{L}])(?![^;.()]{0,30}?(?:tại|theo|trong|thuộc|ở)\s+(?:danh mục\s+)?[Pp]hụ lục)`, 'giu'),
  build: (m) => bareCount(m),
});

// the plan a bracket names: "đạt 104% kế hoạch năm (kế hoạch 660 trường hợp)"
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=\(\s*(?:kế hoạch|chỉ tiêu)(?:\s+năm\s+\d{4})?(?:\s+là)?\s+)(${NUM})\s+(?!(?:chỉ tiêu|mục tiêu|nhiệm vụ)(?![\p{L}])|${DOCUMENT_ITEM})(\p{L}+)(?=[^()\d]{0,30}\))`, 'giu'),
  build: (m) => bareCount(m),
});

// a quota a share was reached of, in a bracket: "tuyển dụng 1.248 công chức, đạt 96% chỉ tiêu tuyển dụng năm 2026 (1.300 chỉ tiêu)"
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=\d\s*%\s+chỉ tiêu(?:[^()\d;.]|(?:19|20)\d\d){0,40}\(\s*)(${NUM})\s+(chỉ)(?=\s+tiêu\s*\))`, 'giu'),
  build: (m) => bareCount(m),
});

// the plan a result is measured against, in a bracket: "đạt 80% chỉ tiêu năm 2026 (80 TTHC)" (as "vượt chỉ tiêu (95%)")
// (not how many targets a heading lists: "Các chỉ tiêu chủ yếu năm 2027 (22 chỉ tiêu)")
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=(?<![\p{L}])(?:chỉ tiêu|kế hoạch|mục tiêu)(?:[^()\d;.]|(?:19|20)\d\d){0,30}\(\s*)(${NUM})\s+(?!(?:chỉ tiêu|mục tiêu|nhiệm vụ)(?![\p{L}])|${DOCUMENT_ITEM})(\p{L}+)(?=[^()\d]{0,30}\))`, 'giu'),
  build: (m) => bareCount(m),
});

// late dossiers, reported: "Sở Xây dựng: 87 hồ sơ trễ hạn", "chỉ có 84 hồ sơ trễ hạn" (96 of 108 annotated statements are records;
// the rest are sanction thresholds, "để xảy ra từ 03 hồ sơ trễ hạn trở lên", which are no result)
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(?<!từ\s+)(${NUM})\s+(hồ)(?=\s+sơ(?:\s+[\p{L}]+){0,3}?\s+(?:trễ|quá)\s+hạn(?![^.;,]{0,20}trở lên))`, 'giu'),
  build: (m) => bareCount(m, true),
});

// (told the other way round: "trễ hạn 13 hồ sơ (lĩnh vực đất đai 08 hồ sơ, …)", "quá hạn 29 hồ sơ")
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=(?<![\p{L}])(?:trễ|quá)\s+hạn\s+)(${NUM})\s+(hồ)(?=\s+sơ(?![\p{L}]))`, 'giu'),
  build: (m) => bareCount(m, true),
});

// what an office received or settled, in a review: "Toàn tỉnh tiếp nhận 412.360 hồ sơ TTHC", "tiếp nhận hơn 1,26 triệu hồ sơ",
// "Đã giải quyết 6.197 hồ sơ", "Công an phường đã thu nhận 6.418 hồ sơ" —
// a result (annotators record it); in a plan it is no goal, so it stands only where the sentence reports
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=(?<![\p{L}])(?:${WORKLOAD}|đã nhận|thu nhận|đã giải quyết|giải quyết xong)\s+(?:được\s+)?(?:tổng(?:\s+(?:số|cộng))?\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?)(${NUM})\s+(triệu|nghìn|lượt|hồ)(?=\s+sơ(?![\p{L}])|\s+(?:lượt\s+)?hồ\s+sơ(?![\p{L}]))`, 'giu'),
  build: (m) => bareCount(m, true),
});

// a count a label names before a colon: "- Tổng số hồ sơ tiếp nhận: 222.221 hồ sơ", "Số hồ sơ đã giải quyết: 217.687 hồ sơ"
// (the noun after the number is the label's own: "Số TTHC cắt giảm: 20 thủ tục")
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<=(?:^|\n|[-+•]\s|;\s)\s*(?:[Tt]ổng\s+)?[Ss]ố(?:\s+lượng)?\s[^:;.\n\d]{2,60}:\s*)(${NUM})\s+(\p{L}+)`, 'gu'),
  build: (m) => bareCount(m),
});

// units counted by the band they were rated in, in a review: "04 đơn vị xếp loại "Xuất sắc", 11 đơn vị xếp loại "Tốt"" (a result only)
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}\d/.,])(${NUM})\s+(đơn vị|cơ quan|sở|xã|phường)(?=(?:,\s*(?:ban,\s*)?ngành|,\s*(?:phường|xã))?\s+(?:được\s+)?(?:xếp loại|đạt loại|xếp hạng)\s)`, 'giu'),
  build: (m) => bareCount(m, true),
});

// bare counts after a delivery verb: "đưa vào vận hành 15 cơ sở dữ liệu", "đã cung cấp 1.187 dịch vụ"
RULES.push({
  unit: 'count',
  // (not a task named as a noun: "việc kết nối 02 cơ sở dữ liệu … còn chậm"; "đã kết nối với 27 cơ sở dữ liệu", "đã số hóa được 120 hồ sơ")
  re: new RegExp(String.raw`(?<![\p{L}])(?<!việc\s+)(?:(?:${DELIVERY_VERBS.map(esc).join('|')})\s+(?:được\s+)?|(?:kết nối|chia sẻ|tích hợp|đồng bộ)\s+với\s+)(${NUM})\s+(?!${DOCUMENT_ITEM}|${EVENT_NOUN})(\p{L}+)`, 'giu'),
  build: (m) => bareCount(m),
});

// a quota the document sets: "Lớp bồi dưỡng ngạch chuyên viên chính: chỉ tiêu 120 học viên", "Tổng chỉ tiêu tuyển sinh quý II năm 2028:
// 636 học viên" (people, not a share: "chỉ tiêu 70%" is read as a percentage)
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])chỉ tiêu(?:\s+(?:tuyển sinh|đào tạo|bồi dưỡng|tuyển dụng|giao))?(?:\s+(?:quý\s+[IV]+|năm)(?:\s+(?:năm\s+)?(?:19|20)\d{2})?)?\s*:?\s+(${NUM})\s+(học viên|người|lượt người|lượt)(?![\p{L}])`, 'giu'),
  build: (m) => bareCount(m),
});

// what a merger leaves: "tổ chức lại 23 trung tâm y tế thành 15 trung tâm y tế khu vực", "hợp nhất 06 Ban … thành 02 Ban"
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])(?:tổ chức lại|hợp nhất|sáp nhập|sắp xếp)\s+(?:${NUM})\s+[^\d;.:()]{1,80}?\s+thành\s+(${NUM})\s+(?!${DOCUMENT_ITEM}|${EVENT_NOUN})(\p{L}+)`, 'giu'),
  build: (m) => bareCount(m),
});
// (and the units merged, not provinces or communes a law merged: "hợp nhất 06 Ban Quản lý dự án", not "hợp nhất 03 tỉnh")
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])hợp nhất\s+(${NUM})\s+(?!${DOCUMENT_ITEM}|${EVENT_NOUN}|(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|đơn vị hành chính)(?![\p{L}]))(\p{L}+)`, 'giu'),
  build: (m) => bareCount(m),
});

// a floor written around a count of what the indicator counts: "Số doanh nghiệp thành lập mới từ 2.400
// doanh nghiệp trở lên" (as "từ 80% trở lên"); not a threshold that defines ("hồ sơ phải bổ sung từ
// 02 lần trở lên", "để xảy ra từ 03 hồ sơ trễ hạn trở lên"): the noun must be the "Số …" named before it
RULES.push({
  unit: 'count',
  re: new RegExp(String.raw`(?<![\p{L}])từ\s+(${NUM})\s+(\p{L}+)(?:\s+\p{L}+){0,5}?\s+trở lên(?![\p{L}])`, 'giu'),
  build: (m) => {
    const b = bareCount(m);
    const before = m.input.slice(Math.max(0, m.index - 100), m.index);
    const counted = new RegExp(String.raw`(?:^|[^\p{L}])[Ss]ố(?:\s+lượng)?\s+${esc(m[2]!)}(?![\p{L}])[^;:.]*$`, 'u');
    // (or an item that opens by it: "- Có từ 25 đơn vị sự nghiệp công lập trở lên tự bảo đảm chi thường xuyên")
    const opens = /(?:^|[-+•:;]\s*|[\p{L}\d]{1,3}[.)]\s*)(?:phấn đấu\s+)?[Cc]ó\s+$/u.test(before);
    return b && (counted.test(before) || opens) ? { ...b, formComparator: 'gte' } : null;
  },
});

// an index given as a fraction: "Chỉ số DTI của tỉnh đạt 0,4816", "Sở Tài chính (0,7625)" — a score, where the
// sentence names an index or its value
RULES.push({
  unit: 'score',
  re: /(?<![\d.,])(0,\d{2,4})(?!\d)(?![.,]\d)(?!\s*%)/gu,
  build: (m) => {
    // (the index may be named a sentence before: "Chỉ số DTI của tỉnh đạt 0,4816. Đơn vị dẫn đầu là Sở Tài chính (0,7625)")
    const before = m.input.slice(Math.max(0, m.index - 250), m.index);
    // ("Trụ cột Chính quyền số đạt trên 0,72": a pillar of the DTI)
    if (!/(?<![\p{L}])(?:DTI|PII|chỉ số|giá trị|trụ cột)(?![\p{L}])/iu.test(before)) return null;
    const v = num(m[1]);
    return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false };
  },
});

/** A mention that opens with its comparator: "tối thiểu 500 TB". */
const OPENS_WITH_COMPARATOR = new RegExp(String.raw`^(?:${COMPARATOR_WORDS})\s`, 'iu');

// a measure reached: "Tốc độ … đạt tối thiểu 120 Mb/s", "nâng tổng dung lượng lưu trữ lên tối thiểu 800 TB" (unit other;
// as a number inside what a share counts, "100% hộ … cáp quang tốc độ tối thiểu 1 Gb/s", the caller drops it)
RULES.push({
  unit: 'other',
  re: new RegExp(String.raw`(?<![\p{L}])(?:(?:${COMPARATOR_WORDS}|đạt|lên|là)\s+)+(${NUM})\s*(?:Mb\/s|Mbps|Gb\/s|Gbps|TB|GB|PB)(?![\p{L}])(?!\s+(?:RAM|ROM|bộ nhớ)(?![\p{L}]))`, 'gu'),
  // (a storage capacity with a bound written commits wherever it stands: "bảo đảm dung lượng lưu trữ tối thiểu 500 TB";
  // a speed with one mostly says which lines are meant: "đường truyền tốc độ tối thiểu 100 Mb/s")
  build: (m) => { const v = num(m[1]); return v === null ? null : { value: v, max: null, formComparator: null, rankMove: false, needsContext: !(/(?:TB|PB)$/u.test(m[0]) && OPENS_WITH_COMPARATOR.test(m[0])) }; },
});

const MONEY_UNIT_AFTER = new RegExp(String.raw`^\s*(${MONEY_UNITS.map(([u]) => esc(u)).join('|')})(?![\p{L}])`, 'iu');
/** A breakdown may name the counted thing another way: "120 TTHC (trong đó: cấp tỉnh 86 thủ tục …)". */
const NOUN_KIN: Record<string, string[]> = {
  tthc: ['thủ tục'], thủ: ['TTHC'], dvc: ['dịch vụ'], dịch: ['DVC'], csdl: ['cơ sở'], cơ: ['CSDL'],
  // people by kind: "1.152 người (trong đó: 318 cán bộ, công chức và 834 viên chức)"
  người: ['cán bộ', 'công chức', 'viên chức', 'lao động', 'người lao động'],
};

/**
 * A breakdown right after a count: "15 cơ sở dữ liệu (trong đó: 06 cơ sở dữ liệu …; 09 cơ sở
 * dữ liệu …)" gives one record per number (guideline, hard cases).
 */
function breakdowns(text: string, counts: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of counts) {
    const money = c.unit === 'money';
    const noun = money ? MONEY_UNIT_AFTER.exec(text.slice(c.valueEnd))?.[1] : /^\s*(\p{L}+)/u.exec(text.slice(c.valueEnd))?.[1];
    // "(trong đó: …)", or ", trong đó có …" up to the end of the sentence (a sum of money's parts
    // name themselves first: "tiết kiệm được 1.126,4 tỷ đồng, trong đó tiết kiệm chi thường xuyên 412,7 tỷ đồng";
    // a count's by level: "đạt 1.915 thủ tục, trong đó: cấp tỉnh 1.552 thủ tục, cấp xã 363 thủ tục")
    const open = /^[^()]{0,160}?\(\s*trong đó\s*:?/u.exec(text.slice(c.valueEnd));
    const bare = open ? null : new RegExp(String.raw`^(?:[^()\d;.]|\([^()\d]*\)){0,200}?[,;]\s*trong đó(?:\s+có)?(?:\s*:\s*|\s+)${money ? String.raw`[^\d;.()]{0,60}?` : String.raw`(?:(?:cấp|khối)\s+\p{L}+\s+)?`}(?=\d)`, 'u').exec(text.slice(c.valueEnd));
    // ("đạt 62.500 tỷ đồng; trong đó thu nội địa 46.000 tỷ đồng, …": after a semicolon too)
    // (or a bracket of parts that add up to the count, without "trong đó": "1.892 thủ tục (cấp tỉnh 1.456 thủ tục,
    // cấp xã 436 thủ tục)", "356 người (công chức 48 người, viên chức 308 người)")
    const parts = open || bare || !noun || money ? null : /^[^()\d;.]{0,40}?\(\s*(?=[^()]*\d)/u.exec(text.slice(c.valueEnd));
    if (!noun || !(open || bare || parts)) continue;
    const from = c.valueEnd + (open ?? bare ?? parts)![0].length;
    const rest = text.slice(from);
    const close = open || parts ? rest.indexOf(')') : rest.search(/[;.](?:\s|$)/u);
    const inner = close < 0 ? rest : rest.slice(0, close);
    // (not the denominator of a part: "trong đó có 118/142 thủ tục")
    const re = new RegExp(String.raw`(?<![\p{L}\d/])(?<!\/\s)(${NUM})\s+(?:${[noun, ...(NOUN_KIN[noun.toLowerCase()] ?? [])].map(esc).join('|')})(?![\p{L}])`, 'giu');
    const found: Mention[] = [];
    for (let m = re.exec(inner); m; m = re.exec(inner)) {
      const v = num(m[1]);
      if (v === null) continue;
      const at = from + m.index;
      const end = money ? at + m[0].length : at + m[1]!.length;
      found.push({ start: at, end, valueStart: at, valueEnd: at + m[1]!.length, text: text.slice(at, end), value: v, max: null,
        unit: c.unit, formComparator: null, rankMove: false, needsContext: c.needsContext });
    }
    if (parts && (found.length < 2 || found.reduce((sum, f) => sum + f.value, 0) !== c.value)) continue;
    out.push(...found);
  }
  return out;
}

/**
 * A second count joined to a count: "ít nhất 250 lượt công chức cấp tỉnh và 900
 * lượt công chức cấp xã" — the comparator governs both conjuncts (as "Giảm tối thiểu 10% … và
 * 10%"), so the second numeral is a mention too; targets.ts lets it inherit the comparator.
 */
const CONJUNCT = new RegExp(String.raw`^\s+\p{L}[^;.()\d:]{0,80}?\s(?:và|,)\s+(${NUM})\s+(?!${DOCUMENT_ITEM}|${EVENT_NOUN})(\p{L}+)`, 'du');
function conjuncts(text: string, counts: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of counts) {
    const m = CONJUNCT.exec(text.slice(c.valueEnd));
    const built = m && bareCount(m);
    if (!built) continue;
    const at = c.valueEnd + m.indices![1]![0];
    // (a bare count's conjunct counts only where it does: "hiện có 11 doanh nghiệp … và 06 tổ chức")
    out.push({ start: at, end: at + m[1]!.length, valueStart: at, valueEnd: at + m[1]!.length, text: m[1]!, value: built.value, max: null,
      unit: 'count', formComparator: null, rankMove: false, needsContext: c.needsContext, ...(c.needsResult ? { needsResult: true } : {}) });
  }
  return out;
}

/** Finds quantity mentions; earlier rules win overlaps (a range beats its two percentages). */
export function findQuantities(text: string): Mention[] {
  const found: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // The value's own span: the first captured number through the end of the match for
      // percentages; just the number for the rest.
      const g = m[1]!;
      const gAt = text.indexOf(g, start);
      // A count's noun belongs to the indicator ("ít nhất 20 | tập dữ liệu"), not to the value;
      // only its numeral may not overlap another mention ("142.305 hồ sơ … (chiếm 76,3%)").
      const span = rule.unit === 'count' ? gAt + g.length : end;
      if (overlaps(gAt, span)) continue;
      // A numeral glued to letters or slashes is part of a code ("3993/KH", "ISO 9001:2015").
      const before = text[gAt - 1] ?? ' ';
      if (/[\p{L}/:.\d-]/u.test(before) && !(rule.unit === 'percent' && before === '-')) {
        if (!/[\s(]/u.test(before)) continue;
      }
      let built = rule.build(m);
      if (!built) continue;
      // A scale word makes the count ("2,6 triệu tài khoản" is 2.600.000 accounts); before "đồng" it is money, not a count.
      if (rule.unit === 'count') {
        const scale = SCALE.exec(text.slice(gAt + g.length));
        // (nor before a foreign currency: "1.150 triệu USD" is an export value, not 1.150.000.000 things)
        if (scale && /^\s*(?:đồng|USD|đô la|EUR)(?![\p{L}])/iu.test(text.slice(gAt + g.length + scale[0].length))) continue;
        if (scale) built = { ...built, value: Math.round(built.value * SCALES[scale[1]!.toLowerCase()]!) };
      }
      const valueEnd = rule.unit === 'percent' ? end : gAt + g.length;
      found.push({ ...built, unit: rule.unit, start, end: span, valueStart: gAt, valueEnd, text: text.slice(start, span) });
      taken.push([gAt, span]);
    }
  }
  const counts = found.filter((m) => m.unit === 'count');
  const sums = found.filter((m) => m.unit === 'money');
  // "Số bác sĩ trên 10.000 dân đạt 14,5 bác sĩ": a count per so many people is a ratio
  // (so is one written "10 người/vạn dân")
  for (const c of counts) {
    if (PER_CAPITA.test(text.slice(Math.max(0, c.valueStart - 80), c.valueStart)) || PER_CAPITA_AFTER.test(text.slice(c.valueEnd, c.valueEnd + 40))) c.unit = 'ratio';
  }
  for (const b of [...breakdowns(text, [...counts, ...sums]), ...conjuncts(text, counts)]) {
    if (!found.some((m) => m.valueStart < b.valueEnd && b.valueStart < m.valueEnd)) found.push(b);
  }
  for (const r of respective(text, found)) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.valueStart < r.valueEnd && r.valueStart < found[i]!.valueEnd) found.splice(i, 1);
    found.push(r);
  }
  return found.sort((a, b) => a.valueStart - b.valueStart);
}

/** Bare numbers listed "lần lượt" / "tương ứng" before the one value that names the unit. */
const RESPECTIVE_BARE = new RegExp(String.raw`${RESPECTIVE}${RESPECTIVE_VERB}\s+((?:(?:${NUM})\s*(?:[,;]|và)\s*)+)$`, 'iu');
const RESPECTIVE_RANK = new RegExp(String.raw`^(?:\s*(?:,|và|;)\s*(?:thứ\s+)?\d+\s*\/\s*\d+)+`, 'u');

/**
 * Values a list shares with its last or first one: "lần lượt đạt 82,15; 84,60; 86,92 và 89,47
 * điểm" (four scores: the unit is written once, at the end) and "xếp hạng lần lượt thứ 9/27,
 * 6/27, 4/27 và 3/26" (four places: "thứ" is written once, at the start). Only after
 * "lần lượt" / "tương ứng", which say the numbers are one list of the same measure.
 */
function respective(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (m.max !== null) continue;
    if (m.unit === 'percent' || m.unit === 'score' || m.unit === 'duration') {
      const before = text.slice(Math.max(0, m.start - 160), m.start);
      const list = RESPECTIVE_BARE.exec(before);
      if (!list) continue;
      const at = m.start - before.length + list.index + list[0].length - list[1]!.length;
      // (a list with a year in it is no list of values: none of its numbers is taken)
      const listed: Mention[] = [];
      for (const n of list[1]!.matchAll(new RegExp(NUM, 'gu'))) {
        const value = parseNumber(n[0]);
        if (value === null || /^(?:19|20)\d{2}$/u.test(n[0])) { listed.length = 0; break; }
        const s = at + n.index!;
        listed.push({ ...m, value, start: s, end: s + n[0].length, valueStart: s, valueEnd: s + n[0].length, text: n[0] });
      }
      out.push(...listed);
    } else if (m.unit === 'rank' && /(?:thứ|hạng)\s+\d+\s*\/\s*\d+$/u.test(m.text) && RESPECTIVE_WORD.test(text.slice(Math.max(0, m.start - 40), m.valueStart))) {
      const list = RESPECTIVE_RANK.exec(text.slice(m.end));
      if (!list) continue;
      const re = /(\d+)\s*\/\s*\d+/gu;
      for (let n = re.exec(list[0]); n; n = re.exec(list[0])) {
        const s = m.end + n.index;
        out.push({ ...m, value: Number(n[1]), start: s, end: s + n[0].length, valueStart: s, valueEnd: s + n[0].length, text: n[0] });
      }
    }
  }
  return out;
}
