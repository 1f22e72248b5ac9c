/**
 * Extractor 5, tables: appendix tables whose columns are years ("STT | Chỉ tiêu | Đơn vị
 * tính | Năm 2024 | Năm 2025"), the way plans restate or add targets (domain.md:
 * "Appendices often hold tables … the target list repeated with who owns it"). A value
 * cell there carries no year, often no unit ("≥ 50" under "%"): the header gives both.
 * Also columns that are levels, quarters, targets and results with no year, processing times
 * after a cut, milestone tables whose rows are dates, tables by unit whose rows are the
 * units a target is given to, and rankings of units (a notice of index results: place and value per unit).
 * Pure function over rows of cells (one row per original line, cells in order).
 */
import type { Comparator, Level, Unit } from '../schemas/target.ts';
import { NUM, parseNumber } from './numbers.ts';
import { levelsIn } from './qualifiers.ts';

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
  /** under a column of what was planned ("Kế hoạch năm 2027"): a target even in a report's results */
  planned?: boolean;
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
  /** the column's level ("Cấp tỉnh | Cấp xã" under "Chỉ tiêu năm 2026"); null when it names none */
  level: Level | null;
  /** the cell spans every level column ("100 (áp dụng chung cho 2 cấp)"): it is of no one level */
  allLevels: boolean;
  /** which table: the start of its header row */
  table: number;
  /** what the value measures when the row names only a time ("Đến 31/3/2026"): its column's header */
  label?: string;
  /** the column is a cut ("Tỷ lệ cắt giảm"): the value is a decrease against the time the law sets, of no year */
  cut?: boolean;
  /** the column is a change against a year ("Tỷ lệ giảm biên chế so với năm 2025") */
  against?: { direction: 'increase' | 'decrease'; baselineYear: number };
  /** the column names a plan ("Kế hoạch 2025"): a target even of a year gone by */
  planned?: boolean;
  /** the value is one unit's share of a target ("Văn phòng Đăng ký đất đai | ≥ 78%"), never a restatement of the plan's own */
  unitRow?: boolean;
  /** the value is a move of a place ("Tăng 1 bậc" under "So với năm 2025") */
  move?: 'increase' | 'decrease';
  /** the column is a whole year ("Chỉ tiêu năm 2026"), not a part of one ("Quý II/2026"): no milestone within the year restates it */
  wholeYear?: boolean;
}

/** A year column: "Năm 2025", "2025", "Chỉ tiêu năm 2025", "Đến năm 2025", "Kết quả thực hiện năm 2023". */
// (abbreviated too: "TH 2026 | TH 2027 | KH 2028 | KH 2030")
const YEAR_HEAD = /^(?:(?:chỉ tiêu|mục tiêu|kế hoạch|định hướng|kết quả|thực hiện|tự đánh giá|thẩm định|ước thực hiện|ước đạt|hiện trạng|lộ trình|phấn đấu|xếp hạng|thứ hạng|điểm số|điểm đạt|điểm|đạt|giá trị|cùng kỳ|TH|KH|ƯTH|UTH|KQ|CT)\s+)*(?:(?:(?:tỉnh|thành phố|UBND tỉnh|UBND thành phố|cấp trên)\s+)?(?:giao|được giao|đề ra)\s+)?(?:(?:đến|hết|đến hết)\s+)?(?:năm\s+)?((?:19|20)\d{2})(?:\s*\([^)]*\))?$/iu;
/**
 * A column of targets or results that names no year ("Mục tiêu | Kết quả" in a review's appendix),
 * or one that names what it counts in a bracket ("Chỉ tiêu bồi dưỡng (lượt người)", "Trong đó:
 * bồi dưỡng chuyển đổi số (lượt người)").
 */
// ("Chuẩn tối thiểu | Mục tiêu 2027": a service standard is a floor the plan keeps, a target too)
// (and who set it or whose result it is: "Chỉ tiêu TP giao | Kết quả của phường")
const YEARLESS_HEAD = /^(?:mục tiêu|chỉ tiêu (?:(?:tỉnh|thành phố|TP|UBND tỉnh|UBND thành phố|cấp trên)\s+)?(?:kế hoạch|KH|giao|được giao|đề ra)|chuẩn tối thiểu|mức tối thiểu|tiêu chuẩn|kế hoạch|(?:kế hoạch|mục tiêu|chỉ tiêu) giai đoạn|kết quả(?: của (?:phường|xã|đơn vị|sở|huyện|tỉnh|thành phố|cơ quan))?|kết quả thực hiện|(?:kết quả|(?:ước\s+)?thực hiện)(?:\s+thực hiện)?\s+(?:0?6|0?9|sáu|chín)\s+tháng(?:\s+đầu năm)?|kết quả đạt được|thực hiện|ước thực hiện|ước đạt|điểm đạt(?: được)?|(?:số )?điểm bị trừ)$|^(?:chỉ tiêu|mục tiêu|trong đó\s*:)(?:\s+[\p{L}]+){1,8}\s*\([^()]*\)$/iu;
/** A column of processing times after a cut: "Thời gian giải quyết sau cắt giảm", "Thời gian đề xuất". */
/** (or the time the plan strives for: "Thời hạn phấn đấu năm 2027") */
const AFTER_CUT_HEAD = /^thời (?:gian|hạn)(?:\s+giải quyết)?\s+(?:sau (?:khi )?(?:cắt giảm|rút ngắn|đơn giản hóa)|đề xuất|cam kết|phấn đấu|mục tiêu)(?:\s+(?:đến\s+)?(?:năm\s+)?((?:19|20)\d{2}))?(?:\s*\([^()]*\))?$/iu;
/** A column of cuts: "Tỷ lệ cắt giảm", "Tỷ lệ rút ngắn (%)". */
const CUT_HEAD = /^tỷ lệ (?:cắt giảm|giảm|rút ngắn)(?:\s+thời gian)?(?:\s*\(%\))?$/iu;
/** A column that is a part of the year: "Quý I", "Quý IV/2027", "6 tháng đầu năm", "Cả năm". */
// (and "6 tháng 2026 | 6 tháng 2027" in a news table comparing two half-years)
// ("Hết Quý I", "Đến hết quý II": a milestone at the quarter's end)
const QUARTER_HEAD = /^(?:(?:chỉ tiêu|kế hoạch|kết quả|thực hiện|ước thực hiện|ước đạt|lũy kế)\s+)?(?:(?:đến\s+)?hết\s+)?(?:quý\s+(?:I{1,3}|IV|[1-4])|[69] tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?|cả năm)(?:\s*(?:\/|năm)?\s*((?:19|20)\d{2}))?$/iu;
// ("Lũy kế 9 tháng", "Cùng kỳ 2026": what was reached so far, and in the same stretch a year before)
// (a PAR INDEX's own scores: "Tự đánh giá năm 2027 | Thẩm định năm 2026")
const RESULT_HEAD = /kết quả|thực hiện|tự đánh giá|thẩm định|ước|hiện trạng|hiện nay|hiện có|điểm đạt|bị trừ|lũy kế|cùng kỳ|^(?:TH|ƯTH|UTH|KQ)\s+(?:năm\s+)?\d/iu;
/** A column that names what it counts and when: "Số đơn vị hiện có đến 31/12/2025", "Số người giảm năm 2026". */
// (the year may stand bare: "Số đơn vị 2026 | Số đơn vị 2027")
// (or a year to reach, with the bound its bracket names: "Số đơn vị đến năm 2030 (tối đa)")
const MEASURE_YEAR_HEAD = /^(?![^()]*(?<![\p{L}])so với(?![\p{L}]))(?:số|tỷ lệ|giá trị)\s[\p{L}\s,]{0,40}?\s(?:năm\s+|(?:đến|hết|đến hết)\s+năm\s+|(?:đến|tại)\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\/)?((?:19|20)\d{2})(?:\s*\((?:tối đa|tối thiểu|ít nhất|không quá)(?:\s*,\s*%)?\))?$/iu;
/** A column of changes against a year: "Tỷ lệ giảm biên chế so với năm 2025 (tối thiểu, %)" — a decrease, of the year the caller dates. */
const AGAINST_HEAD = /^tỷ lệ\s+(giảm|tăng)\s[\p{L}\s,]{0,40}?\s*so với\s+(?:năm\s+)?((?:19|20)\d{2})(?:\s*\(((?:tối đa|tối thiểu|ít nhất|không quá)(?:\s*,\s*%)?|%)\))?$/iu;
/** The bound a column's bracket names: "(tối đa)", "(tối thiểu, %)". */
function headBound(text: string): Comparator | undefined {
  // (or a spanning head read into its sub-heads: "Quý I Mốc tối thiểu phải đạt (lũy kế đến hết quý)")
  // ("(số đơn vị tối đa)": the bound of what the bracket names)
  const b = /\(\s*(?:(?:số|điểm|tỷ lệ|mức)(?:\s+[\p{L}]+){0,3}?\s)?(tối đa|không quá|tối thiểu|ít nhất)(?:\s*,\s*%)?\s*\)$/iu.exec(text)?.[1]?.toLowerCase()
    ?? /(?<![\p{L}])(?:mốc|mức|giá trị|chỉ tiêu)\s+(tối đa|tối thiểu)(?![\p{L}])/iu.exec(text)?.[1]?.toLowerCase()
    // (or a count's: "Số đơn vị tối đa Đến năm 2028")
    ?? /^số\s+\p{L}+(?:\s+\p{L}+)?\s+(tối đa|tối thiểu)(?![\p{L}])/iu.exec(text)?.[1]?.toLowerCase();
  return b === undefined ? undefined : b === 'tối đa' || b === 'không quá' ? 'lte' : 'gte';
}
/** A column of what there was on a day: "Trước sắp xếp (30/6/2025) | Sau sắp xếp (30/9/2026)". */
const DATED_HEAD = /^\p{L}[\p{L}\s,]{1,40}?\s*\(\s*(?:(?:đến|tại|tính đến)\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*((?:19|20)\d{2})\s*\)$/u;
/** A share column after a value column: "Tỷ lệ (%)", "Tỷ lệ đạt (%)", "Tỷ lệ so với điểm tối đa (%)". */
const SHARE_OF_PREVIOUS = /^tỷ lệ(?:\s+[\p{L}]+){0,5}\s*\(\s*%\s*\)$/iu;
/** A column of part of a year: "Kết quả 6 tháng", "Thực hiện 9 tháng đầu năm". */
const PART_OF_YEAR = /(?<![\p{L}\d])(?:0?6|0?9|sáu|chín)\s+tháng(?![\p{L}])|(?<![\p{L}])quý\s+[IV]+(?![\p{L}])/iu;
/**
 * How much of the plan a result reached, beside the result: "Tỷ lệ so với kế hoạch", "So sánh (%)", "% so với KH",
 * "Tỷ lệ hoàn thành kế hoạch (%)" — a result of the result column's year, in per cent ("42,5%", "103,5").
 */
const COMPLETION_HEAD = /^(?:tỷ lệ\s+)?(?:(?:đạt|hoàn thành)\s+)?(?:so sánh|(?:so với|\/)\s*(?:kế hoạch|KH|chỉ tiêu)(?:\s+năm\s+\d{4})?|kế hoạch|%\s*(?:so với\s+)?(?:KH|kế hoạch))(?:\s*\(\s*%\s*\))?$/iu;
/** A table of scores: "Điểm tối đa | Điểm đạt năm 2023 | Chỉ tiêu năm 2024" (a component index's points). */
const SCORE_HEAD = /^(?:điểm|số điểm)(?![\p{L}])/iu;
const RANK_HEAD = /xếp hạng|thứ hạng/iu;
/** A column that is only a place: "Xếp hạng", "Thứ hạng" (of the dated column before it, or of a unit's row). */
/** A column of each row's deadline: "Thời hạn", "Thời gian hoàn thành", "Năm hoàn thành". */
const DUE_HEAD = /^(?:thời hạn|thời hạn hoàn thành|thời gian hoàn thành|năm hoàn thành|thời điểm hoàn thành|mốc hoàn thành)$/iu;
/** The year a deadline cell names, alone or at its end: "2028", "Năm 2028", "Quý IV/2027", "Trước 30/6/2027". */
const DUE_YEAR = /^(?:(?:năm|trước|đến|trong|hết|quý\s+[IV]+|tháng\s+\d{1,2})[\s/]*)*(?:\d{1,2}\s*\/\s*){0,2}((?:19|20)\d{2})$/iu;
const RANK_ONLY = /^(?:xếp hạng|thứ hạng)$/iu;
/** A unit in a cell's last bracket: "Mục tiêu năm 2027 (điểm)", "Chi phí tuân thủ tiết kiệm được (tỷ đồng)". */
/**
 * The names of a table's row for the whole (the province, the commune, the total): "Tổng cộng", "Tổng số", "Cộng",
 * "Toàn tỉnh", "Toàn thành phố", "Toàn xã", "Toàn phường", "Chung toàn tỉnh". Such a row is the plan's own target, which
 * the body may state too; one list for reading the table and for merging its row with the body.
 */
export const WHOLE_ROW_NAMES = 'tổng cộng|tổng số|tổng|cộng|chung toàn tỉnh|toàn tỉnh|toàn thành phố|toàn xã|toàn phường';
const WHOLE_ROW = new RegExp(`^(?:${WHOLE_ROW_NAMES})$`, 'iu');

/** Units a table names for a column, a row or the whole table. */
const TABLE_UNIT = '(%|tổng điểm|điểm số|điểm|ngày|ngày làm việc|giờ|giờ làm việc|phút|tuần|tháng|tỷ đồng|triệu đồng|nghìn đồng|đồng|bậc|hạng)';
// ("(phút/lượt)", "(ngày/hồ sơ)": a unit per something is still that unit)
// (and a share of something named after its sign: "(% kế hoạch vốn Thủ tướng Chính phủ giao)")
const UNIT_IN_BRACKET = new RegExp(String.raw`\(${TABLE_UNIT}(?:\s*\/\s*[\p{L} ]+|(?<=%)\s+[\p{L} ]+)?\)\s*$`, 'iu');
const UNIT_HEAD = /^(?:đơn vị tính|đvt|đơn vị đo)$/iu;
// ("Yếu tố | Năm 2026 | Năm 2027": a survey's elements)
const INDICATOR_HEAD = /chỉ tiêu|nội dung|tiêu chí|chỉ số|^(?:nhóm )?(?:ngành|lĩnh vực|đối tượng|trụ cột|yếu tố)|^thủ tục(?: hành chính)?$|^tên thủ tục|^cấp hành chính|^(?:mức độ|loại hình|hình thức)(?![\p{L}])|^nhóm\s+(?:xã|phường|đơn vị|cơ quan|địa phương)(?![\p{L}])/iu;
const SYMBOLS: Array<[RegExp, Comparator]> = [
  [/^(?:≥|>=|tối thiểu|ít nhất|không dưới|không thấp hơn|không nhỏ hơn|không ít hơn)$/iu, 'gte'], [/^(?:≤|<=|tối đa|không quá|không vượt quá|không cao hơn|không lớn hơn|không nhiều hơn)$/iu, 'lte'],
  [/^(?:>|trên|hơn)$/iu, 'gt'], [/^(?:<|dưới)$/iu, 'lt'], [/^(?:khoảng|gần|~|≈)$/iu, 'approx'],
];
// (a note in brackets after the value is no part of it: "100 (áp dụng chung cho 2 cấp)"; a cell may
// name its own unit or counted noun: "1.046 cơ sở", "05 ngày làm việc")
// ("Từ 80% trở lên", "Từ 12 thủ tục trở lên": a floor written around the value)
// ("Đạt 88 điểm trở lên": the verb before the value; "Ít nhất 30% số đơn vị trực thuộc": what a share is of after it)
const VALUE_CELL = new RegExp(String.raw`^(?:đạt\s+)?(≥|>=|≤|<=|>|<|~|≈|tối thiểu|ít nhất|không dưới|không thấp hơn|không nhỏ hơn|không ít hơn|tối đa|không quá|không vượt quá|không cao hơn|không lớn hơn|không nhiều hơn|trên|hơn|dưới|khoảng|gần|từ)?\s*(${NUM})\s*(?:(?:-|–|đến)\s*(${NUM})\s*)?(?:\/\s*(?:${NUM})\s*)?(%|điểm|(?<=\d\s+)(?:ngày làm việc|giờ làm việc|ngày|giờ|phút|tuần|tháng|tỷ đồng|triệu đồng|(?!trở\s)[\p{L}]+(?:\s+(?!trở\s)[\p{L}]+)?))?(?:(?<=%)\s+số(?:\s+[\p{L}]+){1,4})?(?:\s+(trở lên|trở xuống))?(?:\s*\([^()]*\p{L}[^()]*\))?$`, 'iu');
/** Points out of a maximum, one side with decimals: "11,02/13,00", "86,17/100", "8/9,50". */
const POINTS_OF_MAX = /^(?:\d{1,3},\d{1,2}\s*\/\s*\d{1,3}(?:,\d{1,2})?|\d{1,3}\s*\/\s*\d{1,3},\d{1,2})$/u;
/** A place in a group of a ranking as a cell: "Nhóm 20", "Top 10", "Nhóm 10 địa phương dẫn đầu" (lte). */
const GROUP_CELL = /^(?:trong\s+|thuộc\s+)?(?:nhóm|top|tốp)\s+(\d{1,3})(?:\s+(?:tỉnh|thành phố|địa phương|đơn vị|sở|cơ quan|xã|dẫn đầu)(?:[\s,]+[\p{L}]+){0,6})?$/iu;
/** A column that is one administrative level: "Cấp tỉnh", "Cấp xã", "UBND cấp huyện". */
const LEVEL_HEAD = /^(?:UBND\s+)?cấp\s+(?:tỉnh|thành phố|huyện|xã)$/iu;
/** The kinds of unit of each level, as a column names a group of them. */
const UNIT_KINDS: Array<[string, Level]> = [
  ['sở|ban|ngành|cơ quan chuyên môn|cơ quan', 'province'], ['huyện|quận|thị xã', 'district'], ['xã|phường|thị trấn|đặc khu', 'commune'],
];
/**
 * A column that is a group of units of one level: "Nhóm I: Sở, ngành thành phố | Nhóm II: 31 phường | Nhóm III: 72 xã",
 * "Khối sở, ban, ngành | Khối xã, phường". Its level, or null when the text names no such group or units of two levels.
 */
function groupLevel(text: string): Level | null {
  return GROUP_OF_KIND.find(([group]) => group.test(text))?.[1] ?? null;
}
/** (compiled once: a header cell is asked on every row of every table) */
const GROUP_OF_KIND: Array<[RegExp, Level]> = UNIT_KINDS.map(([kinds, level]) => {
  const kind = `(?:${kinds})`;
  return [new RegExp(String.raw`^(?:(?:nhóm\s+(?:[IVX]+|\d+)|khối)\s*[:.–-]?\s*)?(?:UBND\s+)?(?:các\s+)?(?:\d+\s+)?${kind}(?:\s*,\s*${kind})*(?:\s+(?:thuộc\s+)?(?:UBND\s+)?(?:tỉnh|thành phố|huyện|quận))?$`, 'iu'), level];
});
/** A kind of unit named anywhere in a text, with its level. */
const KIND_WORD: Array<[RegExp, Level]> = UNIT_KINDS.map(([kinds, level]) => [new RegExp(String.raw`(?<![\p{L}])(?:${kinds})(?![\p{L}])`, 'iu'), level]);
/** The key of a group a legend defines and a column names: "Nhóm ii" and "NHÓM II" are "nhóm II". */
const groupKey = (numeral: string) => `nhóm ${numeral.toUpperCase()}`;

/**
 * The groups a document defines in a legend above a table ("Nhóm I: Các sở, ban, ngành thuộc UBND tỉnh có thủ tục hành
 * chính.", "Nhóm II: UBND các phường và đặc khu Lý Sơn.") whose columns then say only "Nhóm I | Nhóm II | Nhóm III": each
 * group's level is that of the first kind of unit its definition names.
 */
export function groupLegend(lines: string[]): Map<string, Level> {
  const out = new Map<string, Level>();
  // (a hard-wrapped copy may run a definition on from the caption before it: "(Kèm theo Quyết định …) Nhóm I: Các sở, …")
  for (const m of lines.flatMap((line) => [...line.matchAll(/(?:^|[.;)]\s+)nhóm\s+([IVX]+|\d+)\s*[:–-]\s*([^.;]+)/giu)])) {
    let best: { at: number; level: Level } | null = null;
    for (const [word, level] of KIND_WORD) {
      const k = word.exec(m[2]!);
      if (k && (!best || k.index < best.at)) best = { at: k.index, level };
    }
    if (best) out.set(groupKey(m[1]!), best.level);
  }
  return out;
}

/** The level a row's "Cấp" cell names: "Tỉnh", "Thành phố", "Cấp tỉnh" are the province's; "Xã", "Phường", "Cấp xã" a commune's. */
function rowLevel(text: string): Level | null {
  const t = text.trim().toLowerCase().replace(/^cấp\s+/u, '');
  return /^(?:tỉnh|thành phố|tp)$/u.test(t) ? 'province' : /^(?:xã|phường|xã, phường)$/u.test(t) ? 'commune' : /^(?:huyện|quận)$/u.test(t) ? 'district' : null;
}

/** A unit row's label: what its column measures, then the unit ("Tỷ lệ quá hạn năm 2026 – Xã Tiên Hưng"). */
function unitRowLabel(column: string, unit: string): string {
  return `${column} – ${unit}`;
}

/** The two parts of a unit row's label: its column's words and its unit's name. */
export function unitRowParts(label: string): { column: string; unit: string } {
  const parts = label.split(' – ');
  return { column: parts[0]!, unit: parts[parts.length - 1]! };
}

function unitOf(own: string | undefined, column: string | undefined): Unit {
  const u = (own ?? column ?? '').trim().toLowerCase();
  if (u.startsWith('%')) return 'percent';
  // ("PAPI (tổng điểm)", "Chỉ số (điểm số)")
  // (and a scale: "Điểm/100", "điểm/1")
  if (/^(?:tổng\s+)?điểm(?:\s+số)?(?:\s*\/\s*[\d.,]+)?$/u.test(u)) return 'score';
  if (/^(?:ngày|ngày làm việc|giờ|giờ làm việc|phút|giây|tuần|tháng)(?:\s*\/\s*[\p{L} ]+)?$/u.test(u)) return 'duration';
  // (a unit of measure: "Tổng dung lượng lưu trữ | TB | 480", as the body's "đạt 480 TB")
  if (/^(?:tb|gb|mb|mb\/s|gb\/s|mbps|gbps|km|ha|m2|kwh|mw|tấn|kg)$/u.test(u)) return 'other';
  if (/(?:đồng|usd)$/u.test(u)) return 'money';
  if (/^(?:bậc|hạng|thứ hạng)(?:\s*\/\s*\d+)?$/u.test(u)) return 'rank';
  return 'count';
}

interface Column { year: number | null; result: boolean; rank: boolean; unit?: string; level?: Level; allLevels?: boolean; cut?: boolean; planned?: boolean; completion?: true; whole?: true;
  /** the bound the column's name sets for cells that state none ("Số đơn vị đến năm 2030 (tối đa)") */
  bound?: Comparator;
  /** a column of changes against a year ("Tỷ lệ giảm biên chế so với năm 2025") */
  against?: { direction: 'increase' | 'decrease'; baselineYear: number };
  /** a column of signed changes ("Tăng (+)/giảm (-)"): the sign gives the direction, against the year named or the earliest column's */
  signed?: { baselineYear: number | null } }
/** A column of signed changes: "Tăng (+)/giảm (-)", "Tăng, giảm (điểm)", "Tăng (+), giảm (-) so với năm 2025". */
const SIGNED_HEAD = /^(?:tăng\s*(?:\(\+\))?\s*[/,]\s*giảm\s*(?:\(-\))?|\+\s*\/\s*-|\(\+\)\s*\/\s*\(-\))(?:\s*\((?:điểm|bậc)\)|\s+(?:điểm|bậc))?(?:\s+so với\s+(?:năm\s+)?((?:19|20)\d{2}))?$/iu;
/** A column of what was planned: "Kế hoạch 2025", "Chỉ tiêu năm 2025", "Mục tiêu 2025". */
const PLAN_HEAD = /^(?:chỉ tiêu|mục tiêu|kế hoạch|định hướng|phấn đấu|(?:KH|CT)(?=\s+(?:năm\s+)?\d))(?![\p{L}])/iu;

/** A column of one kind of commune-level unit: "Phường", "Xã", "Đặc khu". */
const UNIT_KIND_HEAD = /^(?:phường|xã|thị trấn|đặc khu)$/iu;
/** A row of level sub-headers only: "Cấp tỉnh | Cấp xã". */
export function isLevelRow(cells: Cell[]): boolean {
  return cells.length >= 2 && cells.every((c) => LEVEL_HEAD.test(c.text.trim()));
}

/**
 * A two-row header read as one: "TT | Chỉ tiêu | ĐVT | Chỉ tiêu năm 2026 | Cơ quan | Cấp tỉnh
 * | Cấp xã" (a PDF copy lists the spanning cell's sub-cells last), or the sub-cells on the
 * next row ("Cấp tỉnh | Cấp xã"). The levels take the spanning column's place, each a copy of
 * the spanning cell (so its year and flags read as before) with its level beside it: the data
 * rows have one cell per level there. Null when there are no level sub-cells to place.
 */
function spliceLevels(cells: Cell[], sub: Cell[]): { cells: Cell[]; levels: Array<Level | undefined>; usedSub: boolean } | null {
  let n = 0;
  while (n < cells.length && LEVEL_HEAD.test(cells[cells.length - 1 - n]!.text.trim())) n++;
  // (or the kinds of commune a PDF copy lists last: "… | Năm 2027 | Ghi chú | Phường | Xã | Đặc khu")
  if (n === 0) while (n < cells.length && UNIT_KIND_HEAD.test(cells[cells.length - 1 - n]!.text.trim())) n++;
  const usedSub = isLevelRow(sub);
  const levels = usedSub ? sub : n >= 2 && n < cells.length ? cells.slice(cells.length - n) : null;
  if (!levels) return null;
  const head = usedSub ? cells : cells.slice(0, cells.length - n);
  const spanning = (c: Cell) => YEAR_HEAD.test(c.text.trim()) || YEARLESS_HEAD.test(c.text.trim());
  // (of several year columns, the one that sets targets spans the levels: "Kết quả năm 2026 | Năm 2027" over "Phường | Xã | Đặc khu")
  const candidates = head.map((c, i) => (spanning(c) ? i : -1)).filter((i) => i >= 0);
  const span = candidates.length > 1 && !usedSub ? candidates.filter((i) => !RESULT_HEAD.test(head[i]!.text)).pop() ?? candidates[0]! : candidates[0] ?? -1;
  if (span < 0) return null;
  // ("| STT | Chỉ tiêu | Năm 2027 | | Năm 2028 | |" over "| | | Cấp tỉnh | Cấp xã | Cấp tỉnh | Cấp xã |": each year spans its share of the levels)
  const spans = head.filter(spanning).length;
  if (usedSub && spans >= 2 && levels.length % spans === 0 && levels.length > spans) {
    const per = levels.length / spans;
    const out: Cell[] = [];
    const lv: Array<Level | undefined> = [];
    let k = 0;
    for (const c of head) {
      if (!spanning(c)) { out.push(c); lv.push(undefined); continue; }
      for (let j = 0; j < per; j++, k++) { out.push(c); lv.push(levelsIn(levels[k]!.text)[0]); }
    }
    return { cells: out, levels: lv, usedSub };
  }
  return {
    cells: [...head.slice(0, span), ...levels.map(() => head[span]!), ...head.slice(span + 1)],
    levels: [...head.slice(0, span).map(() => undefined), ...levels.map((l) => levelsIn(l.text)[0] ?? (UNIT_KIND_HEAD.test(l.text.trim()) ? 'commune' as const : undefined)), ...head.slice(span + 1).map(() => undefined)],
    usedSub,
  };
}

/** A unit stated for the whole table at the end of the text above it: "Đơn vị tính: điểm", "(ĐVT: %)" (a wrapped copy may join it to the caption). */
// (its remark may follow in brackets: "Đơn vị tính: % (mức tối thiểu phải đạt)")
// (or "(đơn vị: %)" after a caption: "2. Mức độ hài lòng theo từng yếu tố (đơn vị: %)")
// ("(Đơn vị tính: % giảm so với năm trước liền kề)": a share, whatever it is a share of)
export const CAPTION_UNIT = new RegExp(String.raw`(?:^|\s)\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*${TABLE_UNIT}(?:(?<=%)\s+[\p{L} ]{1,60})?\s*(?:\([^()]{1,60}\))?\s*\)?[.:]?$`, 'iu');

/**
 * A value cell's number, range and comparator; a bound named outside the cell (a column's "Giá trị tối thiểu",
 * a row's "…, tối đa (phút)") stands in for a missing comparator.
 */
function cellValue(m: RegExpExecArray, bound: Comparator | null = null): { value: number; max: number | null; comparator: Comparator } | null {
  const value = parseNumber(m[2]!);
  const max = m[3] ? parseNumber(m[3]) : null;
  if (value === null) return null;
  const word = m[1]?.toLowerCase();
  const around = m[5] ? (/lên/iu.test(m[5]) ? 'gte' : 'lte') : undefined;
  // ("Từ 80%" alone is no floor: "từ" only opens a range or a "… trở lên")
  if (word === 'từ' && max === null && !around) return null;
  const comparator: Comparator = max !== null ? 'between' : around ?? (word ? SYMBOLS.find(([re]) => re.test(word))?.[1] ?? 'eq' : bound ?? 'eq');
  return { value, max, comparator };
}

/**
 * A bound the row's indicator cell names for all its values, after a comma or in a bracket:
 * "Thời gian chờ bình quân, tối đa (phút)", "Mức độ hài lòng, tối thiểu (%)", "Số ngày xử lý (tối đa)".
 */
const INDICATOR_BOUND = /(?:,|\()\s*(tối thiểu|ít nhất|không dưới|không thấp hơn|tối đa|không quá|không vượt quá)\s*(?:[,)]\s*)?(?:\([^()]*\))?\s*$/iu;
function indicatorBound(indicator: string): Comparator | null {
  // "Xếp hạng Chỉ số CCHC của tỉnh (trong nhóm … tỉnh, thành phố dẫn đầu)": a row of group sizes, each a place or better
  if (/(?<![\p{L}])(?:trong|thuộc)\s+nhóm\s*(?:…|\.{3})/iu.test(indicator)) return 'lte';
  const m = INDICATOR_BOUND.exec(indicator.trim());
  return m ? (/^(?:tối đa|không quá|không vượt quá)$/iu.test(m[1]!) ? 'lte' : 'gte') : null;
}

/** A column of times: "Mốc thời gian | Tỷ lệ giải ngân (% kế hoạch vốn) | Giá trị (tỷ đồng)". */
const TIME_HEAD = /^(?:mốc thời gian|mốc|thời gian|thời điểm|lộ trình|năm|năm thực hiện)$/iu;
/** A column of values that names its unit in a bracket: "Tỷ lệ giải ngân phấn đấu (% kế hoạch vốn)". */
const MEASURE_HEAD = /^(\p{L}[\p{L}\s,\d]*?)\s*\(\s*(%|tỷ đồng|triệu đồng|điểm|ngày|ngày làm việc|lượt|người|hồ sơ|thủ tục)[^()]*\)$/iu;
const YEAR_IN = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;

/**
 * Milestone tables: rows are times ("Đến 31/3/2026"), columns are what is measured with its
 * unit ("Tỷ lệ giải ngân phấn đấu (% kế hoạch vốn) | Giá trị giải ngân tối thiểu (tỷ đồng)").
 * Each value cell is a target of its row's year, labelled by its column; a floor in the
 * column's name ("tối thiểu") is the cell's comparator when the cell has none.
 */
/** A row's number cell ("1", "02", "3."): its number, else null. */
export function rowNumber(text: string): number | null {
  return /^\d{1,3}\.?$/u.test(text.trim()) ? parseInt(text, 10) : null;
}

/**
 * Whether a data row still fits under a header with a key column (a time, a unit) and value columns:
 * an empty last cell, "Ghi chú", may be lost, so it needs only its key and value cells.
 */
function fits(row: Cell[], width: number, key: number, columns: Map<number, unknown>): boolean {
  return row.length <= width && row.length > Math.max(key, ...columns.keys());
}
/** The value cells a row holds under its header's value columns, each with its column (whose floor stands in for a missing comparator). */
function* valuesUnder<C extends { floor?: boolean; ceiling?: boolean }>(row: Cell[], columns: Map<number, C>): Generator<{ col: C; cell: Cell; m: RegExpExecArray; v: NonNullable<ReturnType<typeof cellValue>> }> {
  for (const [i, col] of columns) {
    const cell = row[i]!;
    const m = VALUE_CELL.exec(cell.text.trim());
    const v = m && cellValue(m, col.floor ? 'gte' : col.ceiling ? 'lte' : null);
    if (m && v) yield { col, cell, m, v };
  }
}

/** A milestone table's column of values: what it measures, its unit, and the bound its name sets ("Mức giảm tối thiểu …", "… tối đa"). */
interface MeasureColumn { label: string; unit: string; floor: boolean; ceiling: boolean }
function measureColumn(label: string, unit: string): MeasureColumn {
  return { label, unit, ...namedBound(label) };
}
/** The bound a column's name says its cells keep: "Mức giảm tối thiểu …" a floor, "… tối đa", "… không quá" a ceiling. */
function namedBound(name: string): { floor: boolean; ceiling: boolean } {
  return { floor: /(?<![\p{L}])(?:tối thiểu|ít nhất)(?![\p{L}])/iu.test(name), ceiling: /(?<![\p{L}])(?:tối đa|không quá)(?![\p{L}])/iu.test(name) };
}

function readMilestones(rows: Cell[][], out: TableValue[], captionUnit: (header: Cell) => string | undefined): Set<Cell[]> {
  const headers = new Set<Cell[]>();
  let header: { time: number; columns: Map<number, MeasureColumn>; width: number; at: number } | null = null;
  for (const row of rows) {
    const time = row.findIndex((c) => TIME_HEAD.test(c.text.trim()));
    const columns = new Map<number, MeasureColumn>();
    row.forEach((c, i) => {
      const m = MEASURE_HEAD.exec(c.text.trim());
      if (m) columns.set(i, measureColumn(m[1]!.trim(), m[2]!));
    });
    // (a column with no bracket takes the caption's unit: "Tổng chi hỗ trợ trực tiếp tối đa" under "Đơn vị tính: tỷ đồng")
    const caption = time >= 0 && columns.size > 0 ? captionUnit(row[0]!) : undefined;
    if (caption) {
      row.forEach((c, i) => {
        const t = c.text.trim();
        if (i !== time && !columns.has(i) && /^(?:tổng|mức|số|chi|thu|kinh phí|giá trị)\s[\p{L}\s,]+$/iu.test(t)) columns.set(i, measureColumn(t, caption));
      });
    }
    if (time >= 0 && columns.size > 0) { header = { time, columns, width: row.length, at: row[0]!.start }; headers.add(row); continue; }
    if (!header) continue;
    if (!fits(row, header.width, header.time, header.columns)) { header = null; continue; }
    const when = row[header.time]!;
    const years = [...when.text.matchAll(YEAR_IN)].map((y) => Number(y[1]));
    if (years.length === 0) continue;
    // (a note that the row is the value reached: "2025 | 84,12 | Kết quả do Bộ Nội vụ công bố (năm cơ sở)")
    const result = row.some((c, i) => i !== header!.time && !header!.columns.has(i) && NOTE_RESULT.test(c.text));
    for (const { col, cell, m, v } of valuesUnder(row, header.columns)) {
      out.push({ indicator: when, cell, ...v, unit: unitOf(m[4], col.unit), year: years[years.length - 1]!, result, level: null, allLevels: false, table: header.at, label: col.label });
    }
  }
  return headers;
}
const NOTE_RESULT = /^(?:kết quả|thực hiện|hiện trạng|năm cơ sở)|\(năm cơ sở\)/iu;

/** The column naming who a row is for: "Phòng/Đơn vị", "Đơn vị", "Cơ quan, đơn vị", "Xã, phường". */
// (and a commune's villages: "Thôn", "Thôn, bản", "Tổ dân phố")
// (or the provinces of a region's ranking: "Tỉnh | Điểm | Xếp hạng")
const ENTITY_HEAD = /^(?:tên\s+)?(?:tháng|khu vực|tỉnh|khối(?:\s+cơ quan)?(?:\s*,\s*đơn vị)?|tỉnh\s*(?:\/|,)\s*thành phố|phòng\s*(?:\/|,)\s*đơn vị|(?:cơ quan|đơn vị|địa phương)(?:\s*(?:\/|,)\s*(?:cơ quan|đơn vị|địa phương)){0,2}|xã\s*(?:\/|,)\s*phường|xã|phường|sở\s*(?:\/|,)\s*ban\s*(?:\/|,)\s*ngành|sở\s*(?:\/|,)\s*ngành|(?:cụm\s+)?thôn(?:\s*(?:\/|,)\s*(?:bản|tổ dân phố))?|bản|tổ dân phố|khu phố|nhóm thủ tục(?: hành chính)?|nhóm TTHC)$/iu;
/** A column of a rating's share: "Hoàn thành xuất sắc nhiệm vụ", "Không hoàn thành nhiệm vụ", "Xuất sắc", "Tốt". */
const RATING_COLUMN = /^(?:(?:không\s+)?hoàn thành(?:\s+(?:xuất sắc|tốt))?\s+nhiệm vụ|xuất sắc|tốt|khá|trung bình|yếu|kém)$/iu;
/** A column that counts dossiers: "Hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận", "Tổng số hồ sơ". */
const DOSSIER_MEASURE = /^(?:tổng\s+)?(?:số\s+)?hồ sơ\s/iu;
/** A column of dossiers by their status, beside a "Hồ sơ …" column: "Đúng hạn", "Giải quyết đúng hạn", "Trễ hạn", "Nộp trực tuyến". */
const DOSSIER_STATUS = /^(?:(?:giải quyết|hồ sơ)\s+)?(?:đúng hạn|trước hạn|trễ hạn|quá hạn|đúng và trước hạn|đúng hạn và trước hạn)$|^(?:hồ sơ\s+)?(?:nộp|tiếp nhận)\s+trực tuyến(?:\s+toàn trình)?$|^(?:hồ sơ\s+)?(?:đã\s+)?giải quyết$|^(?:hồ sơ\s+)?(?:đã\s+)?tiếp nhận$/iu;
/** The column of who leads a task: "Cơ quan chủ trì", "Đơn vị chủ trì", "Đơn vị thực hiện". */
const LEAD_HEAD = /^(?:cơ quan|đơn vị|cơ quan\s*,\s*đơn vị)\s+(?:chủ trì|thực hiện)$/iu;
/** A column of tasks: "Nội dung nhiệm vụ", "Nhiệm vụ", "Công việc". */
const TASK_HEAD = /^(?:tên\s+)?(?:nội dung|nhiệm vụ|công việc|hoạt động|nội dung (?:nhiệm vụ|công việc))(?![\p{L}])/iu;
/** A column that is a part of the one before it: "Trong đó: TTHC liên quan hoạt động kinh doanh". */
const PART_OF_PREVIOUS = /^trong đó\s*:?\s+(?=\p{L})/iu;
/** A column of values that says what it measures: "Tỷ lệ hồ sơ nộp trực tuyến", "Số TTHC được số hóa (thủ tục)". */
// (or by how much it moves: "Giảm (người)")
const MEASURE_COLUMN = /^(?:tỷ lệ|số|chỉ số|điểm|thời gian|hồ sơ|tăng|giảm)\s[\p{L}\s,%()]+$/iu;
/** A column of shares named by its bracket: "Hộ gia đình thanh toán không dùng tiền mặt (%)", "Tài khoản định danh mức độ 2 (% dân số trưởng thành)". */
const SHARE_COLUMN = /^\p{L}[^()]*\(\s*%[^()]*\)$/u;
/** A column of scores named by its bracket: "DTI 2026 (điểm)", "Chỉ số PAPI (điểm)". */
// (or by its scale: "Điểm chất lượng DVCTT (/100)", "Điểm (thang 100)")
const SCORE_COLUMN = /^\p{L}[^()]*\(\s*(?:điểm|\/\s*\d+|thang(?:\s+điểm)?\s+\d+)\s*\)$/u;
/** What a unit is, not a target given to it: "Số hộ", "Dân số", "Diện tích". */
// (nor a survey's sample: "Số đơn vị | Số phiếu/đơn vị | Tổng số phiếu")
// (nor how many procedures a group holds, "Nhóm thủ tục | Số TTHC | …", nor the time the law sets before a cut:
// "Thời gian hiện hành (ngày) | Thời gian sau cắt giảm (ngày)")
const DESCRIPTIVE_COLUMN = /^(?:số người được (?:đánh giá|khảo sát|điều tra)(?:,\s*xếp loại)?|số hộ|số hộ dân|dân số|số dân|số nhân khẩu|diện tích|số đơn vị|số phiếu(?:\s+(?:khảo sát|điều tra|hợp lệ|phát ra|thu về))?(?:\s*\/\s*đơn vị)?|tổng số phiếu|số mẫu|cỡ mẫu|(?:số tthc|số thủ tục(?: hành chính)?)(?:\s+nội bộ)?(?:\s+(?:hiện hành|trong danh mục))?|số nhiệm vụ(?: được giao)?|thời (?:gian|hạn)(?: giải quyết)?(?: theo)? (?:hiện hành|quy định|luật định|hiện nay))(?:\s+năm\s+(?:19|20)\d{2})?(?:\s*\([^()]*\))?$/iu;

/**
 * Tables by unit: rows are the units a target is given to ("Văn phòng Đăng ký đất đai"), columns
 * what is measured ("Tỷ lệ hồ sơ nộp trực tuyến | Tỷ lệ hồ sơ giải quyết đúng hạn | Ghi chú").
 * Each value cell is a target labelled by its column and its row's unit; the caller dates it
 * (the caption: "CHỈ TIÊU … NĂM 2027 GIAO CHO CÁC PHÒNG, ĐƠN VỊ").
 */
function readByUnit(rows: Cell[][], out: TableValue[], captionUnit: (header: Cell) => string | undefined, reports = false): void {
  let header: { entity: number; columns: Map<number, { label: string; unit?: string; floor?: boolean; ceiling?: boolean; year?: number }>; width: number; at: number; caption?: string; monthly: boolean; due: number; setBeside: boolean } | null = null;
  let headerRow = 0;
  for (const [r, row0] of rows.entries()) {
    let row = row0;
    // ("TT | Cơ quan chủ trì | Số TTHC rà soát | …": who leads is the row's unit when the rows are units, its first
    // column after the number, in a table with no column of tasks)
    // (and a field's row of dossier counts: "STT | Lĩnh vực | Số hồ sơ tiếp nhận | Đúng hạn | Trễ hạn | Tỷ lệ đúng hạn (%)")
    // (or three columns of dossiers by status with no "Hồ sơ" named: "Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng hạn | Quá hạn")
    // (a column may name its unit in a bracket: "Tiếp nhận (hồ sơ)", "Trễ hạn (hồ sơ)")
    const bare = (c: Cell) => c.text.trim().replace(/\s*\(hồ sơ\)$/iu, '');
    const dossiers = row.some((d) => DOSSIER_MEASURE.test(d.text.trim())) || row.filter((d) => DOSSIER_STATUS.test(bare(d))).length >= 2;
    // (or a field's row of what it cuts and by when: "Lĩnh vực | Số TTHC | Số TTHC cắt giảm | Tỷ lệ (%) | Thời hạn")
    const due = row.findIndex((c) => DUE_HEAD.test(c.text.trim()));
    const entity = row.findIndex((c, i) => ENTITY_HEAD.test(c.text.trim())
      || (i <= 1 && LEAD_HEAD.test(c.text.trim()) && !row.some((d) => TASK_HEAD.test(d.text.trim())))
      || (i <= 1 && (dossiers || due >= 0) && /^(?:lĩnh vực|nhóm lĩnh vực)$/iu.test(c.text.trim()))
      // ("STT | Cấp giải quyết | Tổng số hồ sơ tiếp nhận | … | Tỷ lệ đúng hạn (%)": each level's dossiers, when no column is a year's,
      // which the year reader takes)
      || (i <= 1 && dossiers && /^cấp(?: (?:giải quyết|thực hiện|hành chính))?$/iu.test(c.text.trim()) && !row.some((d) => /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(d.text)))
      // ("Nhóm | Số đơn vị | Tỷ lệ hồ sơ trực tuyến (%) | …": each group of communes' figures, in a report; a plan's groups are given
      // bounds its table does not write, "Hồ sơ trễ hạn (%)" a ceiling, "Hài lòng (%)" a floor, which no column says)
      || (reports && i <= 1 && /^nhóm(?:\s+đơn vị(?:\s+hành chính)?(?:\s+cấp xã)?|\s+xã,\s*phường)?$/iu.test(c.text.trim())));
    const columns = new Map<number, { label: string; unit?: string; floor?: boolean; ceiling?: boolean; year?: number }>();
    row.forEach((c, i) => {
      const text = c.text.trim();
      const share = SHARE_COLUMN.test(text);
      const score = !share && SCORE_COLUMN.test(text);
      // (a measure may name its year: "Điểm năm 2026" beside "Đơn vị")
      const yearless = text.replace(/\s+(?:19|20)\d{2}$/u, '');
      if (i !== entity && ((MEASURE_COLUMN.test(yearless) && !/\d/u.test(yearless)) || share || score) && !DESCRIPTIVE_COLUMN.test(text)) {
        // (a column may name its year: "Tỷ lệ quá hạn năm 2026 (%) | Tỷ lệ quá hạn quý I/2027 (%)")
        const year = [...text.matchAll(YEAR_IN)].map((y) => Number(y[1])).pop();
        // (a column may bound its cells: "Cắt giảm thời gian tối thiểu (%)")
        const { floor, ceiling } = namedBound(text);
        columns.set(i, { label: text.replace(/\s*\([^()]*\)$/u, ''), unit: share ? '%' : score ? 'điểm' : UNIT_IN_BRACKET.exec(text)?.[1], ...(year ? { year } : {}),
          ...(floor ? { floor: true } : ceiling ? { ceiling: true } : {}) });
      } else if (i !== entity && RATING_COLUMN.test(text) && row.filter((d) => RATING_COLUMN.test(d.text.trim())).length >= 2 && row[0] && captionUnit(row[0]) === '%') {
        // "Khối cơ quan, đơn vị | Hoàn thành xuất sắc nhiệm vụ | Hoàn thành tốt nhiệm vụ | …" under "(đơn vị tính: %)": the share of each
        // rating (without the caption's "%" such columns count units: "Xuất sắc | Tốt | Khá" of a self-assessment)
        columns.set(i, { label: `Tỷ lệ xếp loại ${text}`, unit: '%' });
      } else if (i !== entity && DOSSIER_STATUS.test(bare(c)) && dossiers) {
        // "Tháng | Hồ sơ tiếp nhận | Giải quyết đúng hạn | Trễ hạn | Nộp trực tuyến": the dossiers of each status, counted
        const name = bare(c);
        columns.set(i, { label: /^hồ sơ/iu.test(name) ? name : `Hồ sơ ${name.charAt(0).toLowerCase()}${name.slice(1)}` });
      } else if (i !== entity && entity >= 0 && /^(?:điểm|điểm số|tổng điểm)$/iu.test(text)) {
        // "Tỉnh | Điểm | Xếp hạng": each unit's points
        columns.set(i, { label: text, unit: 'điểm' });
      } else if (i !== entity && columns.size > 0 && RANK_ONLY.test(text)) {
        // "Xã, phường | Tỷ lệ hồ sơ trực tuyến (%) | Xếp hạng": each unit's place ("135/135")
        columns.set(i, { label: text, unit: 'hạng' });
      } else if (columns.has(i - 1) && PART_OF_PREVIOUS.test(text) && !/\d/u.test(text)) {
        // "Số TTHC rà soát | Trong đó: TTHC liên quan hoạt động kinh doanh": a part of the column before it
        columns.set(i, { label: text.replace(PART_OF_PREVIOUS, '').replace(/\s*\([^()]*\)$/u, ''), unit: UNIT_IN_BRACKET.exec(text)?.[1] });
      }
    });
    // (a header of a year's result and the next year's target, "Cơ quan, địa phương | Kết quả năm 2027 (%) | Chỉ tiêu năm 2028 (tối
    // thiểu, %)", is the year reader's)
    if (entity >= 0 && columns.size > 0 && row.every((c) => !VALUE_CELL.test(c.text.trim()))
      && !(row.some((c) => YEAR_HEAD.test(c.text.trim()) && RESULT_HEAD.test(c.text.trim())) && row.some((c) => YEAR_HEAD.test(c.text.trim()) && PLAN_HEAD.test(c.text.trim())))) {
      // (beside a column of what is set, "Chỉ tiêu tỷ lệ quá hạn đến 31/12/2027 (%)", the columns that name what they measure hold what
      // was reached: "Số hồ sơ quá hạn (hồ sơ) | Tỷ lệ quá hạn (%)")
      const labels = [...columns.values()].map((c) => c.label);
      const setBeside = labels.some((l) => PLAN_HEAD.test(l)) && labels.some((l) => !PLAN_HEAD.test(l));
      header = { entity, columns, width: row.length, at: row[0]!.start, caption: captionUnit(row[0]!), monthly: /^tháng$/iu.test(row[entity]!.text.trim()), due, setBeside };
      headerRow = r;
      continue;
    }
    if (!header) continue;
    // (a total row leaves its number cell empty, and an empty cell is no cell: "| | Toàn tỉnh | ≥ 98 | ≥ 70 |")
    if (row.length === header.width - 1 && header.entity === 1 && rowNumber(row[0]!.text) === null && !VALUE_CELL.test(row[0]!.text.trim())) {
      row = [{ start: row[0]!.start, end: row[0]!.start, text: '' }, ...row];
    }
    if (!fits(row, header.width, header.entity, header.columns)) { header = null; continue; }
    const who = row[header.entity]!;
    // (a month's row names it by number: "01 | 17.842 | …", "12 (đến 15/12) | 10.412 | …")
    if (!/\p{L}{2,}/u.test(who.text) && !(header.monthly && /^(?:0?[1-9]|1[0-2])(?!\d)/u.test(who.text.trim()))) continue;
    // the row's units may be a level's ("Các xã", "Các phường", "Các sở, ban, ngành cấp tỉnh"); a row for the
    // whole province is the plan's own target, which a body sentence may state too
    const whole = WHOLE_ROW.test(who.text.trim());
    const named = levelsIn(who.text);
    const level = named.length === 1 ? named[0]! : /^(?:các\s+)?(?:xã|phường|thị trấn|đặc khu)(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn|đặc khu))*$/iu.test(who.text.trim()) ? 'commune'
      : unitLevel(who.text.trim(), rows.slice(headerRow, r + 12));
    for (const { col, cell, m, v } of valuesUnder(row, header.columns)) {
      // (a "Tỷ lệ …" column holds shares; "Đơn vị tính: %" above the table says so for every column)
      // (and a "Điểm …" column points: "Điểm năm 2026")
      const unit = unitOf(m[4], col.unit ?? (/^tỷ lệ(?![\p{L}])/iu.test(col.label) ? '%' : /^điểm(?![\p{L}])/iu.test(col.label) ? 'điểm' : header.caption));
      // (a row's own deadline dates it: "Quý II/2028", "Năm 2028")
      const dueYear = header.due >= 0 ? DUE_YEAR.exec(row[header.due]?.text.trim() ?? '')?.[1] : undefined;
      const planned = header.setBeside && PLAN_HEAD.test(col.label);
      out.push({ indicator: who, cell, ...v, unit, year: col.year ?? (dueYear ? Number(dueYear) : null), result: header.setBeside && !planned, level, allLevels: false, table: header.at, label: whole ? col.label : unitRowLabel(col.label, who.text.trim()), ...(whole ? {} : { unitRow: true }), ...(planned ? { planned: true } : {}) });
    }
  }
}

/**
 * The level of a unit a row names by its kind and its name: "Quận Lê Chân", "Huyện Thanh Hà", "Thị xã Kinh Môn" are
 * districts, "Xã Ea Ô", "Phường Hồng Bàng" communes. A city ("TP. Thủy Nguyên", "Thành phố Hải Dương") may be a
 * province or a district: it is a district where the same table names a district too.
 */
function unitLevel(name: string, rows: Cell[][]): Level | null {
  const kind = (t: string): Level | 'city' | null => {
    // (the kind may be capitalised, the name always is: "Huyện Thanh Hà", "xã Ea Ô")
    const lower = t.charAt(0).toLowerCase() + t.slice(1);
    return /^(?:quận|huyện|thị xã)\s+\p{Lu}/u.test(lower) ? 'district'
      : /^(?:xã|phường|thị trấn|đặc khu)\s+\p{Lu}/u.test(lower) ? 'commune'
      : /^(?:TP\.?|Thành phố|thành phố)\s*\p{Lu}/u.test(t) ? 'city' : null;
  };
  const own = kind(name);
  if (own !== 'city') return own;
  return rows.some((r) => r.some((c) => kind(c.text.trim()) === 'district')) ? 'district' : null;
}

/** A ranking's first column: "Xếp hạng | Cơ quan, đơn vị | Điểm Chỉ số CCHC năm 2025 | Xếp loại". */
const RANK_FIRST = /^(?:xếp hạng|thứ hạng|thứ tự xếp hạng|hạng)$/iu;
/** A row-number column's head: "TT", "STT", "Số TT". */
export const ROW_NUMBER_HEAD = /^(?:STT|TT|Số TT)$/iu;
/** A cell of a bare value: "67,12", "≥ 68,5", "14/34", "Nhóm 12", "-". */
const SHORT_VALUE_CELL = /^(?:[-–—]|(?:[≥≤<>]|tối thiểu|tối đa|trên|dưới)?\s*\d[\d.,]*(?:\s*\/\s*\d+)?\s*(?:%|điểm)?|(?:nhóm|top)\s+\d+)$/iu;
/**
 * Whether the cells of a row that lost its number read as a table's row: a short name of words, then bare values
 * ("Điểm tổng hợp PCI | 67,12 | ≥ 68,5 | ≥ 70", "Xếp hạng | 14/34 | Nhóm 12 | Nhóm 10" under numbered rows).
 */
export function isUnnumberedRow(cells: string[]): boolean {
  const [name, ...values] = cells.map((t) => t.trim());
  return name !== undefined && values.length >= 1 && /^\p{L}/u.test(name) && name.length <= 80 && !/[.;:]$/u.test(name)
    && !/^(?:Ghi chú|Nơi nhận|Văn bản|[IVX]+\.\s)/u.test(name) && values.every((t) => SHORT_VALUE_CELL.test(t));
}
/**
 * A section row between the numbered rows of a table copied one cell per line, at `k`: a letter or a roman
 * numeral and a capitalised title ("A", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"; "I", "Theo cấp hành chính") takes two
 * lines; a roman numeral that opens a full row of its own ("I", "Sở Nội vụ", "Chỉ số CCHC của tỉnh (tổng
 * điểm)", "86,17/100", "Từ 88,5 điểm trở lên", then "1") takes the row's `width`. `next` is the number the
 * next numbered row carries. Returns the lines it takes, or 0.
 */
export function sectionRow(texts: string[], k: number, width: number, next: number): number {
  const mark = texts[k]?.trim() ?? '';
  if (!/^(?:[IVXLC]{1,5}|[A-H])\.?$/u.test(mark)) return 0;
  const cells = texts.slice(k + 1, k + width).map((t) => t.trim());
  const after = texts[k + width]?.trim() ?? '';
  // (a full row: its cells are no title and hold no row number of their own, and the next row or section follows)
  if (/^[IVXLC]{1,5}\.?$/u.test(mark) && width >= 3 && cells.length === width - 1 && cells.every((t) => t !== '' && t.length <= 200 && rowNumber(t) !== next)
    && !isCaps(cells[0]!) && (after === '' || rowNumber(after) === next || sectionRow(texts, k + width, width, next) === 2)) return width;
  const title = texts[k + 1]?.trim() ?? '';
  // (a title may list: "Công tác chỉ đạo, điều hành")
  return /^(?:[\p{Lu}\d\s,.\-–]{6,}|\p{Lu}\p{Ll}*(?:,?\s+\p{L}+){1,8}$)/u.test(title) ? 2 : 0;
}
const isCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** Whether a section opens at `k` with its title: a letter or roman numeral, then a capitalised title (two lines). */
export function sectionTitle(texts: string[], k: number): boolean {
  return sectionRow(texts, k, 0, 0) === 2;
}
/** The first cell of a table's header: a row-number head, or a ranking's places ("Xếp hạng"). */
export const TABLE_FIRST_CELL = /^(?:STT|TT|Số TT|Xếp hạng|Thứ hạng|Hạng)$/iu;
/** What a ranking ranks by: "Điểm Chỉ số CCHC năm 2025", "Tổng điểm", "Chỉ số SIPAS (%)". */
const RANKED_BY = /^(?:điểm|tổng điểm|điểm số|kết quả|chỉ số|giá trị|PAR INDEX|SIPAS|PAPI|PCI|DTI|DDCI)(?![\p{L}])/iu;
/** A ranking's column of moves: "So với năm 2025" over "Tăng 1 bậc", "Giảm 2 bậc", "Giữ nguyên". */
const MOVE_HEAD = /^(?:so với(?:\s+năm)?\s+(?:19|20)\d{2}|tăng\s*(?:\(\+\))?\s*[,/]\s*giảm\s*(?:\(-\))?(?:\s+bậc)?|thay đổi thứ hạng)$/iu;

/**
 * A ranking of units (a notice of index results): each row's place is its first cell ("Xếp hạng |
 * Cơ quan, đơn vị | Điểm …") or stands in a "Xếp hạng" column after the row number ("TT | Đơn vị |
 * Số phiếu | Chỉ số hài lòng (%) | Xếp hạng"), and its value stands under the column it is ranked
 * by. Both are results of that column's year for the row's unit (guideline: results are annotated).
 * Returns the rows it read, which no other reader takes.
 */
function readRanking(rows: Cell[][], out: TableValue[]): Set<Cell[]> {
  const used = new Set<Cell[]>();
  let header: { entity: number; by: number; also: number[]; names: string[]; rank: number; move: number; year: number | null; unit?: string; width: number; at: number; label: string } | null = null;
  for (const row of rows) {
    // (the places may be the first column, or a column of their own after a row number: "TT | Đơn vị | Số phiếu | Chỉ số hài lòng (%) | Xếp hạng")
    const rank = RANK_FIRST.test(row[0]?.text.trim() ?? '') ? 0 : ROW_NUMBER_HEAD.test(row[0]?.text.trim() ?? '') ? row.findIndex((c) => RANK_FIRST.test(c.text.trim())) : -1;
    if (rank >= 0) {
      const entity = row.findIndex((c) => ENTITY_HEAD.test(c.text.trim()));
      const by = row.findIndex((c, i) => i > 0 && i !== entity && i !== rank && RANKED_BY.test(c.text.trim()));
      if (entity > 0 && by > 0) {
        const text = row[by]!.text.trim();
        const years = [...text.matchAll(YEAR_IN)].map((y) => Number(y[1]));
        const move = row.findIndex((c) => MOVE_HEAD.test(c.text.trim()));
        // (every column of points is read: "Điểm thẩm định | Điểm điều tra xã hội học | Tổng điểm")
        const also = row.map((c, i) => i).filter((i) => i > by && i !== move && RANKED_BY.test(row[i]!.text.trim()));
        header = { entity, by, also, names: row.map((c) => c.text.trim()), rank, move, year: years.length ? years[years.length - 1]! : null, unit: UNIT_IN_BRACKET.exec(text)?.[1], width: row.length, at: row[0]!.start, label: text.replace(/\s*\([^()]*\)$/u, '') };
        used.add(row);
        continue;
      }
    }
    if (!header) continue;
    // (rows left out of a copy, "| ... | ... |", keep the table going)
    if (row.every((c) => /^(?:\.{3}|…|\[\.\.\.\])$/u.test(c.text.trim()))) continue;
    const place = rowNumber(row[header.rank]?.text ?? '');
    if (place === null || rowNumber(row[0]?.text ?? '') === null || row.length !== header.width) { header = null; continue; }
    used.add(row);
    const who = row[header.entity]!;
    const base = { indicator: who, max: null, comparator: 'eq' as const, year: header.year, result: true, level: null, allLevels: false, table: header.at, unitRow: true };
    out.push({ ...base, cell: row[header.rank]!, value: place, unit: 'rank', label: unitRowLabel(`Xếp hạng ${header.label}`, who.text.trim()) });
    // each column of points, the one it is ranked by first; a column's unit is its bracket's, else points where it names them
    // (an index's value given as a fraction in the ranked-by column, "Giá trị DTI 2025 | 0,7625", is its score; another column
    // with no unit of its own takes the ranked-by column's)
    for (const k of [header.by, ...header.also]) {
      const name = header.names[k]!;
      const label = name.replace(/\s*\([^()]*\)$/u, '');
      const m = VALUE_CELL.exec(row[k]!.text.trim());
      const v = m && cellValue(m);
      const fraction = k === header.by && /^0,\d{2,}$/u.test(m?.[2] ?? '') && !m?.[4];
      if (m && v) out.push({ ...base, cell: row[k]!, ...v, unit: unitOf(m[4], UNIT_IN_BRACKET.exec(name)?.[1] ?? (/điểm/iu.test(label) || fraction ? 'điểm' : k === header.by ? undefined : header.unit)), label: unitRowLabel(label, who.text.trim()) });
    }
    // (its move since the year before: "Tăng 1 bậc", "Giảm 2 bậc" — a change of place)
    const moved = header.move >= 0 ? /^(tăng|giảm)\s+(\d{1,2})\s+(?:bậc|hạng)$/iu.exec(row[header.move]?.text.trim() ?? '') : null;
    if (moved) out.push({ ...base, cell: row[header.move]!, value: Number(moved[2]), unit: 'rank', move: /^tăng/iu.test(moved[1]!) ? 'increase' : 'decrease', label: unitRowLabel(`Thay đổi thứ hạng ${header.label}`, who.text.trim()) });
  }
  return used;
}

/**
 * Values of year-column tables; rows that are not under such a header give nothing.
 * `captionUnit` gives the unit a line above the table states for all of it ("Đơn vị tính:
 * điểm"), asked with the header row's first cell; a unit column or a bracket still wins.
 */
export function readTables(rows: Cell[][], phrases: TablePhrase[] = [], captionUnit: (header: Cell) => string | undefined = () => undefined,
  legend: Map<string, Level> = new Map(), options: { reports?: boolean } = {}): TableValue[] {
  rows = spreadGroupHeads(joinHeaderLines(rows).map(spreadYearHeads));
  const out: TableValue[] = [];
  // (a milestone table's header is no year-column header: "TT | Năm | Chỉ tiêu Chỉ số SIPAS (%) | Ghi chú")
  const milestones = readMilestones(rows, out, captionUnit);
  const ranked = readRanking(rows, out);
  readByUnit(rows.filter((r) => !ranked.has(r)), out, captionUnit, options.reports === true);
  let header: { years: Map<number, Column>; unit: number; indicator: number; levelCol: number; dueCol: number; noteCol: number; noteYear: number | null; notePlanYear: number | null; width: number; score: boolean; index: boolean; at: number; caption?: string } | null = null;
  let lastIndicator: Cell | null = null;
  for (let r = 0; r < rows.length; r++) {
    const spliced = spliceLevels(rows[r]!, rows[r + 1] ?? []);
    // (the sub-header row is read into this one)
    if (spliced?.usedSub) r++;
    let row = spliced?.cells ?? rows[r]!;
    if (milestones.has(rows[r]!)) { header = null; continue; }
    const years = new Map<number, Column>();
    // (a group of units is a level column only beside another: one "Sở, ngành" column is who does a task)
    // (or a bare "Nhóm I" that a legend above the table defines)
    const groups = row.map((c) => {
      const named = /^nhóm\s+([IVX]+|\d+)$/iu.exec(c.text.trim());
      return groupLevel(c.text.trim()) ?? (named ? legend.get(groupKey(named[1]!)) : undefined) ?? null;
    });
    const grouped = groups.filter((g) => g !== null).length >= 2;
    row.forEach((c, i) => {
      // (a measure named before its dated head: "Hồ sơ trực tuyến toàn trình - KQ 2027 (%)")
      const dashed = /^\p{L}.{2,80}?\s[-–]\s(\S.*)$/u.exec(c.text.trim());
      const text = dashed && YEAR_HEAD.test(dashed[1]!) ? dashed[1]! : c.text.trim();
      // (a dated column of what describes the work is no year's values: "Số phiếu khảo sát năm 2028")
      const m = DESCRIPTIVE_COLUMN.test(text) ? null : YEAR_HEAD.exec(text) ?? MEASURE_YEAR_HEAD.exec(text) ?? DATED_HEAD.exec(text);
      // (a column may name its unit: "Mục tiêu năm 2027 (điểm)", "Năm 2025 (%)")
      const unit = UNIT_IN_BRACKET.exec(text)?.[1];
      const level = spliced?.levels[i];
      // (a quarter under a spanning head, read into one: "Quý I Mốc tối thiểu phải đạt (lũy kế đến hết quý)")
      const quarterOf = /^quý\s+(?:I{1,3}|IV|[1-4])(?=\s+\p{Lu})/iu.exec(text)?.[0];
      const quarter = QUARTER_HEAD.exec(text) ?? (quarterOf ? QUARTER_HEAD.exec(quarterOf) : null);
      // ("Kế hoạch 2025 | Thực hiện 2025": a past year's plan column holds that year's targets)
      const against = m ? null : AGAINST_HEAD.exec(text);
      const bound = headBound(text);
      if (m) years.set(i, { year: Number(m[1]), result: RESULT_HEAD.test(text), rank: RANK_HEAD.test(text), unit: unit ?? (/%\)$/u.test(text) ? '%' : undefined), level, whole: true, ...(PLAN_HEAD.test(text) && !RESULT_HEAD.test(text) ? { planned: true } : {}), ...(bound ? { bound } : {}) });
      else if (against) years.set(i, { year: null, result: false, rank: false, unit: '%', level, against: { direction: against[1]!.toLowerCase() === 'giảm' ? 'decrease' : 'increase', baselineYear: Number(against[2]) }, ...(bound ? { bound } : {}) });
      // "Quý I | Quý II | Quý III | Quý IV": a part of the plan's year, dated by the caller unless it names its own
      // (its span's words say no result: "(lũy kế đến hết quý)" counts a floor up to the quarter's end)
      else if (quarter) years.set(i, { year: quarter[1] ? Number(quarter[1]) : null, result: RESULT_HEAD.test(quarter[0]), rank: false, unit, level, ...(bound ? { bound } : {}) });
      // "Thời gian giải quyết theo quy định | Thời gian giải quyết sau cắt giảm | Tỷ lệ cắt giảm": the time the
      // law sets is a baseline (no column); the time after the cut and the cut itself are what the plan commits to
      // ("Thời gian sau đơn giản hóa (ngày)": its bracket names the unit)
      // ("Thời hạn cam kết (tối đa)": each cell a ceiling)
      else if (AFTER_CUT_HEAD.test(text)) years.set(i, { year: Number(AFTER_CUT_HEAD.exec(text)![1]) || null, result: false, rank: false, unit, level, ...(bound ? { bound } : {}) });
      else if (CUT_HEAD.test(text)) years.set(i, { year: null, result: false, rank: false, unit: '%', level, cut: true });
      // ("Số ngày cắt giảm": the days cut, in the caption's unit)
      else if (/^số ngày (?:cắt giảm|giảm|rút ngắn)$/iu.test(text)) years.set(i, { year: null, result: false, rank: false, unit: 'ngày', level, cut: true });
      // ("Chỉ tiêu đề ra | Quảng Bình (cũ)" under a review: the column of what was set is a plan's, whatever the heading)
      else if (YEARLESS_HEAD.test(text)) years.set(i, { year: null, result: RESULT_HEAD.test(text), rank: false, level, ...(PLAN_HEAD.test(text) && !RESULT_HEAD.test(text) ? { planned: true } : {}) });
      // "STT | Chỉ tiêu | Cấp tỉnh | Cấp xã | Ghi chú": level columns with no year above them, dated by the caller
      else if (LEVEL_HEAD.test(text)) years.set(i, { year: null, result: false, rank: false, level: levelsIn(text)[0] });
      // (and the whole beside them: "Cấp thành phố | Cấp xã | Toàn thành phố")
      else if (/^(?:toàn tỉnh|toàn thành phố|cả tỉnh|chung toàn tỉnh)$/iu.test(text) && row.some((c) => LEVEL_HEAD.test(c.text.trim()))) years.set(i, { year: null, result: false, rank: false });
      else if (grouped && groups[i]) years.set(i, { year: null, result: false, rank: false, level: groups[i]! });
      // "Điểm đạt năm 2025 | Tỷ lệ (%)": the share of the column before it, of its year
      else if (SHARE_OF_PREVIOUS.test(text) && years.has(i - 1)) years.set(i, { ...years.get(i - 1)!, rank: false, unit: '%' });
      else if (COMPLETION_HEAD.test(text) && !/^(?:tỷ lệ\s+)?kế hoạch$/iu.test(text)) {
        const result = [...years.entries()].filter(([k, c]) => k < i && c.result).pop();
        if (result) years.set(i, { ...result[1], rank: false, unit: '%', planned: undefined, completion: true });
      }
      // "Điểm năm 2026 | Tăng (+), giảm (-) so với năm 2025 | Xếp hạng": a rank with no year is of the dated column before it
      // "Chỉ số thành phần | Điểm | Xếp hạng": an index's scores (and ranks, below) of a year the caller dates; only beside
      // the index's parts (a rubric's "Tiêu chí | Điểm" gives points to earn, no score reached)
      else if (/^(?:điểm|điểm số)$/iu.test(text) && row.some((c, k) => k < i && /^(?:các\s+)?(?:chỉ số|trụ cột)(?:\s+thành phần)?$|^(?:chỉ số\s+)?thành phần$/iu.test(c.text.trim()))) {
        years.set(i, { year: null, result: false, rank: false, unit: 'điểm', level });
      } else if (SIGNED_HEAD.test(text)) {
        const own = SIGNED_HEAD.exec(text)![1];
        years.set(i, { year: null, result: true, rank: false, level, signed: { baselineYear: own ? Number(own) : null } });
      } else if (RANK_ONLY.test(text)) {
        const before = [...years.entries()].filter(([k, c]) => k < i && c.year !== null).pop() ?? [...years.entries()].filter(([k, c]) => k < i && c.unit === 'điểm').pop();
        if (before) years.set(i, { ...before[1], rank: true, unit: undefined });
      }
    });
    // ("Số đơn vị tại 31/12/2025 | Số đơn vị đến năm 2030 (tối đa) | Tỷ lệ giảm biên chế so với năm 2025 (tối thiểu, %)": a change is
    // of the year the columns aim at)
    const aim = [...years.values()].filter((c) => !c.result && c.year !== null && !c.against).map((c) => c.year!);
    for (const [i, c] of years) if (c.against && c.year === null && aim.length) years.set(i, { ...c, year: Math.max(...aim) });
    // ("TT | Cấp giải quyết | Số hồ sơ tiếp nhận | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | Chỉ tiêu năm 2027 (%) | Tỷ lệ giải quyết đúng
    // hạn (%)": beside the one column of a year's plan, the columns that name what they measure hold what was reached that year)
    // (a share column after the plan's, "Tỷ lệ giải quyết đúng hạn (%)", is no share of it when it names what it measures)
    const plans = [...years.entries()].filter(([, c]) => c.planned && c.year !== null);
    const copied = (i: number, pi: number) => i === pi + 1 && years.get(i)?.planned === true && SHARE_OF_PREVIOUS.test(row[i]!.text.trim())
      && !/^tỷ lệ(?:\s+(?:đạt|hoàn thành|so với\s+[\p{L}\s]+))?\s*\(/iu.test(row[i]!.text.trim());
    if (plans.length >= 1 && plans.every(([i]) => i === plans[0]![0] || copied(i, plans[0]![0])) && ![...years.values()].some((c) => c.result)) {
      const [pi, plan] = plans[0]!;
      row.forEach((c, i) => {
        const t = c.text.trim();
        // (not the points a part can earn, "Điểm tối đa", nor how far the plan was reached, "Tỷ lệ hoàn thành (%)")
        if (i === 0 || i === pi || (years.has(i) && !copied(i, pi)) || DESCRIPTIVE_COLUMN.test(t) || PLAN_HEAD.test(t) || INDICATOR_HEAD.test(t)
          || /(?<![\p{L}])(?:điểm|tối đa|tối thiểu|chuẩn|so với|hoàn thành|đạt|kế hoạch|mục tiêu)(?![\p{L}])/iu.test(t)) return;
        const share = SHARE_COLUMN.test(t);
        if (share || MEASURE_COLUMN.test(t.replace(/\s*\([^()]*\)$/u, ''))) years.set(i, { year: plan.year, result: true, rank: false, unit: share ? '%' : UNIT_IN_BRACKET.exec(t)?.[1] });
      });
    }
    // ("Chỉ số thành phần | Năm 2026 | Năm 2027 | Tăng (+)/giảm (-)": a change is of the latest year's column, against the earliest's;
    // with no year beside it, no change is read)
    const datedCols = [...years.entries()].filter(([, c]) => c.year !== null && !c.signed && !c.against).sort((a, b) => a[1].year! - b[1].year! || a[0] - b[0]);
    // (the years to its left, when it has some: "Năm 2025 | Năm 2026 | Tăng (+)/ giảm (-) bậc | Mục tiêu năm 2027"; a change
    // counted in places, "bậc", is a rank's)
    for (const [i, c] of years) {
      if (!c.signed) continue;
      const before = datedCols.filter(([k]) => k < i);
      const cols = before.length ? before : datedCols;
      const latest = cols.at(-1)?.[1];
      const earliest = cols[0]?.[1];
      if (!latest) { years.delete(i); continue; }
      const rank = /(?<![\p{L}])bậc(?![\p{L}])/iu.test(row[i]!.text);
      years.set(i, { year: latest.year, result: latest.result, rank, ...(rank ? { unit: 'rank' } : {}), level: c.level, signed: { baselineYear: c.signed.baselineYear ?? (earliest!.year! < latest.year! ? earliest!.year : null) } });
    }
    // ("Kế hoạch năm 2027 | Kết quả 6 tháng | Tỷ lệ so với kế hoạch": a part of a year is the year the other columns name)
    const named = new Set([...years.values()].map((c) => c.year).filter((y) => y !== null));
    if (named.size === 1) {
      for (const [i, c] of years) {
        // (a result column: a plan's "Quý I | … | Quý IV" beside last year's results is dated by the caller)
        if (c.year === null && c.result && (PART_OF_YEAR.test(row[i]!.text) || COMPLETION_HEAD.test(row[i]!.text.trim()))) years.set(i, { ...c, year: [...named][0]! });
      }
    }
    const labelled = row.some((c) => INDICATOR_HEAD.test(c.text) || UNIT_HEAD.test(c.text.trim()));
    // (a header of yearless columns only counts with an indicator column: "Chỉ tiêu | Mục tiêu | Kết quả")
    const dated = [...years.values()].some((y) => y.year !== null) || row.some((c) => INDICATOR_HEAD.test(c.text));
    if (years.size > 0 && labelled && dated && row.every((c) => !VALUE_CELL.test(c.text.trim()) || YEAR_HEAD.test(c.text.trim()))) {
      // (the indicator column is not one of the value columns: "Chỉ tiêu bồi dưỡng (lượt người)" holds values)
      // (the column that names what is measured, before one that only groups the rows: "Lĩnh vực | Chỉ tiêu | Kế hoạch 2026 | Thực hiện 2026")
      const named = row.findIndex((c, i) => /^(?:tên\s+)?(?:chỉ tiêu|nội dung|tiêu chí|chỉ số)(?![\p{L}])/iu.test(c.text.trim()) && !years.has(i));
      const indicator = named >= 0 ? named : row.findIndex((c, i) => INDICATOR_HEAD.test(c.text) && !years.has(i));
      // (an index's table, "Trụ cột/Chỉ số thành phần | Năm 2024 | …", gives bare fractions: "0,6712" is a DTI score)
      // ("Chỉ tiêu | Đơn vị | Năm 2026": beside an indicator column, a bare "Đơn vị" is the unit, not who the row is for)
      const unitCol = row.findIndex((c) => UNIT_HEAD.test(c.text.trim()) || (indicator >= 0 && /^đơn vị$/iu.test(c.text.trim())));
      // ("Chỉ tiêu | Cấp | Quý I | …": each row names its level, "Thành phố" or "Xã")
      const levelCol = row.findIndex((c, i) => !years.has(i) && /^cấp(?:\s+hành chính|\s+giải quyết)?$/iu.test(c.text.trim()));
      // ("STT | Chỉ tiêu | Mục tiêu | Thời hạn | Cơ quan chủ trì": each row's deadline dates its yearless target)
      const dueCol = row.findIndex((c, i) => !years.has(i) && DUE_HEAD.test(c.text.trim()));
      // ("… | Kế hoạch 2026 | Thực hiện 2026 | Ghi chú": a note with a figure, "Đạt 96,7% kế hoạch", tells of the result column's year)
      const noteCol = row.findIndex((c, i) => !years.has(i) && /^ghi chú$/iu.test(c.text.trim()));
      // (or a target set from above, "Chỉ tiêu Trung ương giao: 70%", of the plan column's year)
      const told = [...years.values()].filter((c) => c.result && c.year !== null).pop();
      const planned = [...years.values()].filter((c) => !c.result && c.year !== null).pop();
      header = { years, unit: unitCol, indicator, levelCol, dueCol, noteCol, noteYear: told?.year ?? null, notePlanYear: planned?.year ?? null, width: row.length, score: row.some((c) => SCORE_HEAD.test(c.text.trim())),
        // (or its components: "Nội dung thành phần | Năm 2025 | Năm 2026" of a PAPI table)
        // ("Trục nội dung | Mục tiêu năm 2027": the PAPI's axes, scored 1–10)
        index: indicator >= 0 && /chỉ số|trụ cột|thành phần|(?<![\p{L}])trục(?![\p{L}])/iu.test(row[indicator]!.text), at: row[0]!.start, caption: captionUnit(row[0]!) };
      continue;
    }
    if (!header) continue;
    let h = header;
    // A row whose one cell spans every level column ("100 (áp dụng chung cho 2 cấp)") gives one value for all of them.
    const levelCols = [...h.years].filter(([, c]) => c.level).map(([i]) => i);
    // (not when the cell after it is a value too: that row lost an empty last cell instead, "| 98% | 90% | |")
    if (levelCols.length >= 2 && row.length === h.width - levelCols.length + 1 && levelCols.every((i, k) => i === levelCols[0]! + k)
      && !VALUE_CELL.test(row[levelCols[0]! + 1]?.text.trim() ?? '')) {
      const at = levelCols[0]!;
      const years = new Map<number, Column>();
      for (const [i, c] of h.years) {
        if (i === at) years.set(i, { ...c, level: undefined, allLevels: true });
        else if (i > levelCols[levelCols.length - 1]!) years.set(i - levelCols.length + 1, c);
        else if (i < at) years.set(i, c);
      }
      const shift = (i: number) => (i > at ? i - levelCols.length + 1 : i);
      h = { ...h, years, width: row.length, unit: shift(h.unit), indicator: shift(h.indicator) };
    }
    // (a row whose number cell is empty lost it: "| - Cấp xã | 90% | 100%" or "| Tổng cộng | 520 | 180" under
    // "STT | Chỉ tiêu | Năm 2026 | Năm 2027"; its first cell is words where the header has its indicator second)
    if (row.length === h.width - 1 && (h.indicator === 1 || (h.indicator < 0 && h.levelCol === 1)) && rowNumber(row[0]!.text) === null && /\p{L}{2,}/u.test(row[0]!.text) && !VALUE_CELL.test(row[0]!.text.trim())) {
      row = [{ start: row[0]!.start, end: row[0]!.start, text: '' }, ...row];
    }
    // (a row of another width is skipped, not the end of the table: one lost cell spoils one row)
    // (nor is a row that lost an empty last cell outside the value columns: "| 3 | … | 98% | 90% | |" under "… | Ghi chú")
    // (or whose last cells merge into words, "Chưa công bố" across a year's "Điểm | Xếp hạng": the cells before it still stand under their columns)
    const lostLast = row.length === h.width - 1 && row.length >= 3 && ((!h.years.has(h.width - 1) && h.unit !== h.width - 1 && h.indicator !== h.width - 1)
      || (/^(?:chưa công bố|chưa có(?:\s+(?:kết quả|số liệu))?|không đánh giá|đang thẩm định)$/iu.test(row.at(-1)!.text.trim()) && row.filter((c) => VALUE_CELL.test(c.text.trim())).length >= 2));
    if (row.length !== h.width && !lostLast) {
      if (row.length < 3 || rowNumber(row[0]!.text) === null) header = null;
      continue;
    }
    // The indicator: the header's column, else the row's longest cell of words.
    const byWords = row.map((c, i) => [i, /\p{L}/u.test(c.text) ? c.text.length : -1] as const).sort((a, b) => b[1] - a[1])[0]![0];
    // (a row under a merged indicator cell leaves it empty and names its scope: "|  |  | Nhóm 1 | ≥ 85 | ≥ 90 | ≥ 95 |  |" under
    // "| 1 | Hồ sơ TTHC cấp xã giải quyết trực tuyến toàn trình (%) | Toàn tỉnh | ≥ 70 | …": the indicator is the row's above)
    let indicator = row[h.indicator >= 0 ? h.indicator : byWords]!;
    // (a total's row names itself in another column: "| | Tổng cộng | 120 bộ | 200 bộ | |" under "… | Lĩnh vực ưu tiên |")
    const total = row.find((c) => WHOLE_ROW.test(c.text.trim()));
    if (h.indicator >= 0 && indicator.text.trim() === '' && total) indicator = total;
    else if (h.indicator >= 0 && indicator.text.trim() === '' && (row[0]?.text.trim() ?? '') === '' && lastIndicator && row.some((c, i) => i !== h.indicator && /\p{L}{2,}/u.test(c.text))) indicator = lastIndicator;
    if (!/\p{L}{2,}/u.test(indicator.text)) continue;
    // (a row of places under an index's row names nothing itself: "| | Chỉ số DTI tổng thể | 0,5487 | …" then "| | Xếp hạng toàn quốc | 18/34 |
    // 16/34 | Nhóm 10 |" ranks the DTI)
    const rankOf = /^(?:xếp hạng|thứ hạng|vị trí xếp hạng)(?:\s+(?:toàn quốc|cả nước|chung))?$/iu.test(indicator.text.trim()) && lastIndicator && !WHOLE_ROW.test(lastIndicator.text.trim()) ? lastIndicator : null;
    const rankLabel = rankOf ? { label: `${rankOf.text.trim()} – ${indicator.text.trim()}` } : {};
    lastIndicator = indicator;
    const note = h.noteCol >= 0 ? row[h.noteCol] : undefined;
    if (note && /\d/u.test(note.text) && !VALUE_CELL.test(note.text.trim())) {
      const setFromAbove = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu)(?![\p{L}])/iu.test(note.text) && !/(?<![\p{L}])(?:đạt|vượt|chưa đạt)\s+[\d,.]+\s*%\s*(?:chỉ tiêu|kế hoạch|mục tiêu)/iu.test(note.text);
      if (setFromAbove && h.notePlanYear !== null) phrases.push({ indicator, cell: note, year: h.notePlanYear, result: false, planned: true });
      else if (!setFromAbove && h.noteYear !== null) phrases.push({ indicator, cell: note, year: h.noteYear, result: true });
    }
    const firstOfRow = out.length;
    // (a row that gives points out of a maximum with decimals, "11,02/13,00", is scored: its other bare decimals,
    // "Tối thiểu 11,80", are points too — no count has decimals, no place either)
    const pointsRow = row.some((c) => POINTS_OF_MAX.test(c.text.trim()));
    for (const [i, col] of [...h.years].sort((a, b) => a[0] - b[0])) {
      const cell = row[i];
      // (a signed change, "+0,22" or "-0,29", is read without its sign, which gives the direction; an unsigned one is left alone)
      const sign = col.signed && cell ? /^([+\-−–])\s*(?=\d)/u.exec(cell.text.trim()) : null;
      if (col.signed && !sign) continue;
      const m = cell ? VALUE_CELL.exec(sign ? cell.text.trim().slice(sign[0].length) : cell.text.trim()) : null;
      // a place in a group of a ranking: "Nhóm 20", "Top 10", "Nhóm 10 địa phương dẫn đầu" (lte, guideline)
      const group = cell && !m ? GROUP_CELL.exec(cell.text.trim()) : null;
      if (cell && group) {
        out.push({ indicator, cell, value: Number(group[1]), max: null, unit: 'rank', comparator: 'lte', year: col.year, result: col.result, level: col.level ?? null, allLevels: col.allLevels ?? false, table: h.at, ...(col.planned ? { planned: true } : {}),
          ...rankLabel });
        continue;
      }
      if (cell && !m && /\d/u.test(cell.text) && col.year !== null) phrases.push({ indicator, cell, year: col.year, result: col.result, ...(col.planned ? { planned: true } : {}) });
      const v = m && cellValue(m, indicatorBound(indicator.text) ?? col.bound ?? null);
      if (!cell || !m || !v) continue;
      // the unit: the column's (a rank column), the cell's own, the unit column's, the indicator's
      // bracket ("(%)", "(tỷ đồng)", "(ngày làm việc)"), or the column header's bracket
      // (a share of the plan is in per cent whatever the row counts: "Kinh phí tiết kiệm … (tỷ đồng) | … | 102,7" under "So sánh (%)")
      const named = col.completion ? '%' : UNIT_IN_BRACKET.exec(indicator.text)?.[1] ?? col.unit ?? (h.unit < 0 ? h.caption : undefined);
      const unit: Unit = col.rank || /^(?:xếp hạng|thứ hạng)/iu.test(indicator.text) ? 'rank'
        // (a row that names points: "Điểm Chỉ số CCHC | - | 88,12 | 87,45")
        : /^(?:điểm|tổng điểm|điểm số)\s/iu.test(indicator.text.trim()) && !m[4] && !named && h.unit < 0 ? 'score'
        // (an index's component scored out of 10, "Gia nhập thị trường | 7,62 | ≥ 7,0" under "Chỉ số": a score too)
        : (h.score || (pointsRow && /,/u.test(m[2]!)) || (h.index && (/^0,\d{2,}$/u.test(m[2]!) || (/^\d,\d{1,2}$/u.test(m[2]!) && !/^(?:chỉ số|chỉ tiêu|tỷ lệ|mức độ|số|thời gian)\s/iu.test(indicator.text))))) && !m[4] && h.unit < 0 && !named ? 'score' : unitOf(m[4], h.unit >= 0 && !col.completion && col.unit !== '%' ? row[h.unit]?.text : named);
      // a year in the cell's bracket dates it ("87,36 (năm 2025)", "87,56 (Chỉ số năm 2022)" under "Kết quả năm 2026": the index's edition)
      const own = /\([^()]*?(?<!\d)((?:19|20)\d{2})\s*\)\s*$/iu.exec(cell.text.trim());
      // (a value under one level column whose sibling level cells are blank, not "-", is undivided:
      // "Tỷ lệ nhiệm vụ … | % | 100 |  | Áp dụng chung")
      const alone = col.level !== undefined && levelCols.length >= 2
        && levelCols.every((k) => k === i || (row[k] !== undefined && row[k]!.text.trim() === '' && h.years.get(k)?.year === col.year));
      // a place not lower than 18th is 18th or better: "Không thấp hơn 18/34" in a rank row is lte (as the body's
      // "xếp hạng không thấp hơn thứ 18/34")
      const comparator = unit === 'rank' && v.comparator === 'gte' && /^(?:không thấp hơn|không dưới)/iu.test(m[1] ?? '') ? 'lte' : v.comparator;
      const due = col.year === null && h.dueCol >= 0 ? DUE_YEAR.exec(row[h.dueCol]?.text.trim() ?? '') : null;
      out.push({ indicator, cell, ...v, comparator, unit, year: own ? Number(own[1]) : due ? Number(due[1]) : col.year, result: col.result, level: alone ? null : col.level ?? rowLevel(row[h.levelCol]?.text ?? ''), allLevels: alone || (col.allLevels ?? false), table: h.at, ...(col.cut ? { cut: true } : {}), ...(col.against ? { against: col.against } : {}),
        ...(col.signed && sign && col.signed.baselineYear !== null ? { against: { direction: sign[1] === '+' ? 'increase' as const : 'decrease' as const, baselineYear: col.signed.baselineYear } } : {}), ...(col.planned ? { planned: true } : {}), ...(col.whole && !own && h.dueCol < 0 ? { wholeYear: true } : {}),
        ...rankLabel });
    }
    // "Dưới 1% | Dưới 1% | Dưới 1%" under "Chỉ tiêu năm 2027 | Cấp tỉnh | Cấp xã": the levels repeat the whole's value, one target
    const whole = out.slice(firstOfRow).filter((v) => v.level === null);
    // (a level column with no year of its own is of the whole's: "Chỉ tiêu năm 2027 | Cấp tỉnh | Cấp xã")
    const same = (a: TableValue, b: TableValue) => a.value === b.value && a.max === b.max && a.comparator === b.comparator && (a.year === b.year || b.year === null) && a.result === b.result;
    for (let k = out.length - 1; k >= firstOfRow; k--) {
      if (out[k]!.level !== null && whole.some((w) => same(w, out[k]!))) out.splice(k, 1);
    }
  }
  return out;
}

/** The first cell of a table with no number column: "Chỉ tiêu | Quý I | Quý II | …". */
export const INDICATOR_FIRST = /^(?:chỉ tiêu|nội dung|tiêu chí|chỉ số(?: thành phần)?)$/iu;
/** A column head of such a table: a time, a level, what it holds ("Quý I", "Năm 2027", "Cấp xã", "Kế hoạch 2026", "ĐVT"). */
const COLUMN_HEAD = /^(?:quý\s+(?:I{1,3}|IV|[1-4])(?:\s*\/\s*\d{4})?|(?:năm\s+)?(?:19|20)\d{2}|cấp\s+\p{L}+|(?:kế hoạch|mục tiêu|chỉ tiêu|kết quả|thực hiện|ước thực hiện)(?:\s+[\p{L}\d]+){0,3}|[69] tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?|cả năm|đvt|đơn vị tính|ghi chú|tăng\s*(?:\(\+\))?\s*[/,]\s*giảm\s*(?:\(-\))?(?:\s*\((?:điểm|bậc)\))?)$/iu;
/** A value cell of such a table: short, with a number or a dash, maybe after its bound ("Từ 70% trở lên", "Tối thiểu 60%", "Trên 90%"). */
const SHORT_VALUE = /^(?=.{1,40}$)(?:(?:(?:từ|tối thiểu|tối đa|trên|dưới|ít nhất|không quá|không dưới|khoảng|đạt)\s+)?[^\p{L}]*\d[\s\S]*|[-–x])$/iu;

/**
 * A table copied one cell per line with no number column ("Chỉ tiêu", "Quý I", …, "Quý IV", "Tỷ lệ …
 * (%)", "62", "66", …): the header is "Chỉ tiêu" and the column heads after it; each row is an
 * indicator cell of words and as many short value cells. It ends at the first row that is not.
 */
export function unnumberedCellTable(texts: string[], i: number): { rows: number[][]; end: number } | null {
  // (or "Đơn vị", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ số hóa", then "Sở Tư pháp", "85", "100", …: each unit's share of each measure,
  // its sections, "I" / "CÁC SỞ, BAN, NGÀNH TỈNH", between the rows)
  const units = UNIT_FIRST.test(texts[i]!.trim());
  // (a column that is part of the one before it is a head too: "Hồ sơ tiếp nhận" then "Trong đó: trực tuyến")
  // (under "Cấp" the levels are the rows: "Cấp tỉnh" opens one)
  const byLevel = /^cấp(?![\p{L}])/iu.test(texts[i]!.trim());
  const head = (t: string) => (COLUMN_HEAD.test(t) && !(byLevel && /^cấp\s/iu.test(t)))
    || (units && !/\d/u.test(t) && (MEASURE_COLUMN.test(t) || SHARE_COLUMN.test(t) || PART_OF_PREVIOUS.test(t)) && !DESCRIPTIVE_COLUMN.test(t));
  let j = i + 1;
  while (j < texts.length && j - i <= 10 && head(texts[j]!.trim())) j++;
  const width = j - i;
  if (width < 3 || (units && !texts.slice(i + 1, j).some((t) => !COLUMN_HEAD.test(t.trim())))) return null;
  const rows: number[][] = [Array.from({ length: width }, (_, k) => i + k)];
  for (;;) {
    if (units) while (sectionTitle(texts, j)) j += 2;
    if (!(j + width <= texts.length && /\p{L}{2,}/u.test(texts[j]!) && !SHORT_VALUE.test(texts[j]!.trim())
      && texts.slice(j + 1, j + width).every((q) => SHORT_VALUE.test(q.trim())))) break;
    rows.push(Array.from({ length: width }, (_, k) => j + k));
    j += width;
  }
  return rows.length > 1 ? { rows, end: j } : null;
}
/** The first cell of a table of units, each row one unit's values: "Đơn vị", "Cơ quan, đơn vị", "Địa phương". */
// (or the levels a report counts dossiers by: "Cấp", "Cấp hành chính", "Cấp giải quyết")
const UNIT_FIRST = /^(?:tên\s+)?(?:đơn vị|cơ quan(?:\s*(?:\/|,)\s*đơn vị)?|đơn vị\s*(?:\/|,)\s*địa phương|địa phương|cơ quan\s*,\s*địa phương|cấp(?:\s+(?:hành chính|giải quyết))?)$/iu;
/** Whether a cell can open a table copied one cell per line with no number column: "Chỉ tiêu", "Chỉ số thành phần", "Đơn vị". */
export function opensUnnumberedTable(cell: string): boolean {
  return INDICATOR_FIRST.test(cell.trim()) || UNIT_FIRST.test(cell.trim());
}

/**
 * Pipe rows whose cells wrap over several lines, as a copy from Word gives them: "| TT | Cấp giải" / "quyết | Số hồ sơ" /
 * "tiếp nhận | Tỷ lệ hồ sơ trực" / "tuyến toàn trình" / "(%) | Chỉ tiêu" / … / "hạn (%) |". A row opens on a line that starts
 * with "|" and does not end with one, and closes on the first line that ends with "|", within ten lines, no blank line or
 * line opening with "|" between. Returns each such row's span [start, end) in `text`.
 */
export function wrappedPipeRows(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!text.includes('|')) return out;
  const lines: Array<{ start: number; end: number; t: string }> = [];
  const re = /\r\n|\r|\n|\f|\u2028|\u2029/g;
  let at = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    lines.push({ start: at, end, t: text.slice(at, end).trim() });
    if (!m) break;
    at = m.index + m[0].length;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (a header row: a data row's number opens it, "| 3 | Tỷ lệ … có", and the reader already joins such a row's wrapped label)
    if (!l.t.startsWith('|') || l.t.endsWith('|') || !/\p{L}/u.test(l.t) || /^\|\s*(?:\d{1,3}\.?|[IVX]+|[a-zđ]\)?)?\s*\|/u.test(l.t)) continue;
    for (let j = i + 1; j < lines.length && j - i <= 10; j++) {
      const t = lines[j]!.t;
      // (not the next row, "5 | Số doanh nghiệp … | 13 | 16", after a row's wrapped tail "| 20 | 30 | 40 | 50")
      // (the line that closes the row may hold its last cells whole: "Quý III | Cả năm 2028 | Cơ quan theo dõi |")
      if (t === '' || t.startsWith('|') || /^\d{1,3}\.?\s*\|/u.test(t)) break;
      if (t.endsWith('|')) { out.push({ start: l.start, end: lines[j]!.end }); i = j; break; }
      if (t.length > 80 || (t.match(/\|/gu) ?? []).length > 2) break;
    }
  }
  return out;
}

/** A cell that only goes on with the header cell above it: "trình (%)", "đúng hạn (%)", "(hồ sơ)", "năm 2028". */
// (or a year the head goes on to: "Số phiếu khảo sát" over "năm 2028")
const HEADER_REST = /^(?:\([^()\d]*\)|\p{Ll}[\p{L}\s,]*(?:\s+(?:19|20)\d{2})?(?:\s*\([^()\d]*\))?)$/u;
/**
 * A header written over two pipe rows, each cell going on in the row below ("| STT | Lĩnh vực | Tiếp nhận | Trực tuyến toàn | …"
 * over "|  |  | (hồ sơ) | trình (%) | …"): the two rows are one, cell by cell. The lower row's empty cells are gone, so it is
 * aligned on the right.
 */
export function joinHeaderLines(input: Cell[][]): Cell[][] {
  const rows = [...input];
  const out: Cell[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const head = rows[r]!;
    const rest = rows[r + 1];
    // (levels under merged years, "| STT | Chỉ tiêu | Năm 2027 | | Năm 2028 | |" over "| | | Cấp tỉnh | Cấp xã | Cấp tỉnh | Cấp xã |",
    // go to the level reader as the two rows of their heads)
    const blank = (c: Cell) => c.text.trim() === '';
    if (rest && head.length === rest.length && rest.some(blank) && rest.filter((c) => !blank(c)).length >= 2 && isLevelRow(rest.filter((c) => !blank(c)))) {
      out.push(head.filter((c) => !blank(c)), rest.filter((c) => !blank(c)));
      r++;
      continue;
    }
    // (merged, the header may take a third row: the merged row is the head of the next)
    const merged = rest ? mergeSpannedHead(head, rest) : null;
    if (merged) { rows[r + 1] = merged; continue; }
    // (a rest as wide as the head keeps its empty cells, "|  |  | (hồ sơ) | trình (%) |", and each goes on under its own head)
    const aligned = rest !== undefined && rest.length === head.length && rest.some(blank);
    const tail = aligned ? rest.filter((c) => !blank(c)) : rest;
    if (rest && tail && head.length >= 3 && tail.length >= 2 && rest.length <= head.length && head.every((c) => !VALUE_CELL.test(c.text.trim()))
      && tail.every((c) => HEADER_REST.test(c.text.trim())) && tail.some((c) => /\p{Ll}/u.test(c.text.trim()[0] ?? ''))) {
      const shift = head.length - rest.length;
      out.push(head.map((c, i) => {
        const below = i >= shift ? rest[i - shift] : undefined;
        return below && !blank(below) ? { start: c.start, end: below.end, text: `${c.text.trim()} ${below.text.trim()}` } : c;
      }));
      r++;
      continue;
    }
    out.push(head);
  }
  return out;
}

/**
 * A header over merged cells and the sub-header under it, as a pipe copy keeps them ("| TT | Chỉ số | Năm 2025 | | Năm 2026 | | Ghi chú |"
 * over "| | | Điểm | Xếp hạng | Điểm | Xếp hạng | |"): one row, each sub-head under the head that spans it ("Điểm Năm 2025",
 * "Xếp hạng Năm 2025", …). Null when the two rows are not such a pair: as wide as each other, the sub-header holding no
 * values (a year alone is a head) and some empty cells, and, under a head with no merged cells, only measures.
 */
function mergeSpannedHead(head: Cell[], sub: Cell[]): Cell[] | null {
  if (head.length !== sub.length || head.length < 3) return null;
  const h = head.map((c) => c.text.trim());
  const s = sub.map((c) => c.text.trim());
  if (h[0] === '' || s.filter((t) => t !== '').length < 2 || !s.includes('')) return null;
  if (h.some((t) => VALUE_CELL.test(t)) || s.some((t) => /\d/u.test(t) && !YEAR_ONLY_HEAD.test(t) && !YEAR_HEAD.test(t) && !AGAINST_HEAD.test(t))) return null;
  // (a sub-header under a header with no merged cells names only measures: "| | | | Điểm | Điểm | Tỷ lệ (%) |" under "… | Kết quả năm
  // 2026 | Kết quả năm 2027 | Kết quả năm 2027 |", a third row of a header read into the two above it)
  if (!h.includes('') && !s.every((t) => t === '' || MEASURE_SUB.test(t))) return null;
  let span = '';
  const out: Cell[] = [];
  head.forEach((c, i) => {
    if (h[i] !== '') span = h[i]!;
    // (an empty cell under an empty head goes on with the merged cell before it: "Kết quả đạt được | | |" over "Năm 2026 |
    // Năm 2027 | |")
    if (s[i] === '') { out.push(h[i] === '' && out.length ? { ...out.at(-1)!, start: c.start, end: c.end } : c); return; }
    // (a share beside a dated column is that column's: "Điểm | Tỷ lệ (%)" stays "Tỷ lệ (%)", read as the share of the column before)
    // (a year under a span names the span's kind: "Năm 2026" under "Kết quả đạt được" is "Kết quả Năm 2026")
    const lower = `${s[i]!.charAt(0).toLowerCase()}${s[i]!.slice(1)}`;
    const spanUnit = /\([^()]*\)$/u.exec(span)?.[0];
    // (a measure with its unit over what it measures reads as one name: "Tỷ lệ (%)" over "Giải quyết đúng hạn" is "Tỷ lệ giải quyết
    // đúng hạn (%)")
    const measure = /^(tỷ lệ|số|điểm)\s*(\(\s*(?:%|điểm|hồ sơ|ngày|lượt|người)\s*\))$/iu.exec(span);
    // (so do a time limit's kinds and a cut's measures: "Thời hạn giải quyết" over "Sau đơn giản hóa" is "Thời hạn giải quyết sau đơn
    // giản hóa", "Cắt giảm" over "Số ngày | Tỷ lệ (%)" is "Số ngày cắt giảm | Tỷ lệ cắt giảm (%)")
    const cutOf = /^(?:cắt giảm|rút ngắn|giảm)$/iu.test(span) ? /^(tỷ lệ|số ngày)(\s*\(\s*%\s*\))?$/iu.exec(s[i]!) : null;
    const text = /^thời (?:gian|hạn)(?:\s+giải quyết)?$/iu.test(span) && /^\p{L}/u.test(s[i]!) && !/\d/u.test(s[i]!) ? `${span} ${lower}`
      : cutOf ? `${cutOf[1]} ${span.toLowerCase()}${cutOf[2] ? ' (%)' : ''}`
      // (a change against a year is whole on its own: "Tỷ lệ giảm so với năm 2025 (%)" under "Đến năm 2030")
      : (i > 0 && SHARE_OF_PREVIOUS.test(s[i]!) && !h.includes('')) || AGAINST_HEAD.test(s[i]!) ? s[i]!
      // (a roadmap is a plan, though it says "thực hiện": "Lộ trình thực hiện" over "2026 | 2027 | …")
      // (a year under a rank is that year's place, "Xếp hạng" over "năm 2026"; under a measure with its unit, that year's values in
      // it: "Chỉ số hài lòng (%)" over "Năm 2025 | Năm 2026")
      : YEAR_ONLY_HEAD.test(s[i]!) ? (PLAN_HEAD.test(span) || /^lộ trình(?![\p{L}])/iu.test(span) ? `Mục tiêu ${s[i]}` : RESULT_HEAD.test(span) ? `Kết quả ${s[i]}`
        : /^(?:xếp hạng|thứ hạng)$/iu.test(span) ? `Xếp hạng ${s[i]}` : /\(\s*(?:%|điểm)\s*\)$/u.test(span) ? `${s[i]} ${spanUnit}` : s[i]!)
      : measure && !/\d/u.test(s[i]!) ? `${measure[1]} ${lower} ${measure[2]}`
      // (a group under a dated span is that year's column for the group: "Nhóm I" under "Chỉ tiêu năm 2027" is "Chỉ tiêu năm 2027 (Nhóm I)")
      : YEAR_HEAD.test(span) && !YEAR_ONLY_HEAD.test(span) && !/\)$/u.test(span) && !/\d/u.test(s[i]!) && !MEASURE_SUB.test(s[i]!) ? `${span} (${s[i]!.replace(/\s*\([^()]*\)/gu, '')})`
      // (a dated sub-head under a measure keeps the measure's unit: "KQ 2027" under "Hồ sơ trực tuyến toàn trình (%)" is "KQ 2027 (%)")
      : YEAR_HEAD.test(s[i]!) ? `${s[i]}${spanUnit && !/\)$/u.test(s[i]!) ? ` ${spanUnit}` : ''}`
      : `${s[i]} ${span}`;
    out.push({ start: Math.min(c.start, sub[i]!.start), end: Math.max(c.end, sub[i]!.end), text });
  });
  return out;
}
/** A sub-head that names only a measure: "Điểm", "Xếp hạng", "Tỷ lệ (%)". */
const MEASURE_SUB = /^(?:điểm|điểm số|xếp hạng|thứ hạng|tỷ lệ(?:\s*\(\s*%\s*\))?)$/iu;

/**
 * A two-row header read as one row, its years over the same sub-heads ("TT | Chỉ số | Năm 2025 | Năm 2026 | Năm 2027 | Điểm |
 * Xếp hạng | Điểm | Xếp hạng | Điểm | Xếp hạng", a table copied one cell per line): each sub-head under its year ("Điểm Năm 2025",
 * "Xếp hạng Năm 2025", …), as wide as the rows below.
 */
export function spreadYearHeads(row: Cell[]): Cell[] {
  const texts = row.map((c) => c.text.trim());
  const first = texts.findIndex((t) => YEAR_ONLY_HEAD.test(t));
  if (first < 1) return row;
  let k = 0;
  while (first + k < texts.length && YEAR_ONLY_HEAD.test(texts[first + k]!)) k++;
  const subs = texts.slice(first + k);
  if (k < 2 || subs.length % k !== 0 || subs.length / k < 2 || subs.some((t) => /\d/u.test(t) || t === '')) return row;
  const m = subs.length / k;
  const tuple = subs.slice(0, m);
  if (!subs.every((t, i) => t.toLowerCase() === tuple[i % m]!.toLowerCase())) return row;
  const spread: Cell[] = [...row.slice(0, first)];
  for (let y = 0; y < k; y++) {
    const year = row[first + y]!;
    for (let j = 0; j < m; j++) {
      const sub = row[first + k + y * m + j]!;
      spread.push({ start: sub.start, end: sub.end, text: `${sub.text.trim()} ${year.text.trim()}` });
    }
  }
  return spread;
}
/** A column head that is a year alone: "Năm 2025", "2026". */
const YEAR_ONLY_HEAD = /^(?:năm\s+)?(?:19|20)\d{2}$/iu;

/**
 * A two-row header read as one row, one year spanning the sub-heads at its end ("TT | Chỉ tiêu | Năm 2027 | Chỉ tiêu năm 2028 |
 * Chỉ tiêu giao | Kết quả thực hiện | Đánh giá", a table copied one cell per line, over rows of six cells): the sub-heads go
 * under the year where it stands ("… | Chỉ tiêu giao Năm 2027 | Kết quả thực hiện Năm 2027 | Đánh giá Năm 2027 | Chỉ tiêu năm 2028").
 */
export function spreadGroupHeads(rows: Cell[][]): Cell[][] {
  return rows.map((row, r) => {
    const data = rows.slice(r + 1, r + 4).find((x) => x.length >= 3 && rowNumber(x[0]?.text ?? '') !== null);
    if (!data || data.length !== row.length - 1 || row.some((c) => VALUE_CELL.test(c.text.trim()) && !YEAR_ONLY_HEAD.test(c.text.trim()))) return row;
    const texts = row.map((c) => c.text.trim());
    const g = texts.findIndex((t) => YEAR_ONLY_HEAD.test(t));
    if (g < 1 && !texts.some((t) => YEAR_ONLY_HEAD.test(t))) return spreadNamedSpan(row);
    if (g < 1 || texts.filter((t) => YEAR_ONLY_HEAD.test(t)).length !== 1) return row;
    let h = g + 1;
    while (h < texts.length && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(texts[h]!)) h++;
    const subs = row.slice(h);
    if (h === g + 1 || subs.length < 2 || subs.some((c) => /\d/u.test(c.text))) return row;
    const year = row[g]!.text.trim();
    return [...row.slice(0, g), ...subs.map((c) => ({ start: c.start, end: c.end, text: `${c.text.trim()} ${year}` })), ...row.slice(g + 1, h)];
  });
}

/** A sub-head that dates a column under a span: "Thực hiện năm 2025", "Chỉ tiêu năm 2026", "Chỉ tiêu đến năm 2030". */
const DATED_SUB = /^(?:thực hiện|ước thực hiện|kết quả|chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:đến|hết))?\s+năm\s+(?:19|20)\d{2}$/iu;

/**
 * The same with a measure spanning the dated sub-heads at the end ("STT | Lĩnh vực | Số đơn vị … | Tỷ lệ đơn vị tự bảo đảm chi
 * thường xuyên trở lên (%) | Tỷ lệ tinh giản … năm 2026 … (%) | Thực hiện năm 2025 | Chỉ tiêu năm 2026 | Chỉ tiêu đến năm 2030" over
 * rows of seven cells): the span is the last head before the sub-heads that names no year (a head that does is whole on its own),
 * and the sub-heads go under it where it stands, with its unit.
 */
function spreadNamedSpan(row: Cell[]): Cell[] {
  const texts = row.map((c) => c.text.trim());
  let s = texts.length;
  while (s > 0 && DATED_SUB.test(texts[s - 1]!)) s--;
  if (texts.length - s < 2) return row;
  let g = s - 1;
  while (g >= 2 && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(texts[g]!)) g--;
  if (g < 2 || /\d/u.test(texts[g]!)) return row;
  // (the span's unit goes with each sub-head, "Thực hiện năm 2025 (%)"; its name is the measure the rows' labels qualify)
  const unit = /\([^()]*\)$/u.exec(texts[g]!)?.[0];
  return [...row.slice(0, g), ...row.slice(s).map((c) => ({ start: c.start, end: c.end, text: unit ? `${c.text.trim()} ${unit}` : c.text.trim() })), ...row.slice(g + 1, s)];
}
