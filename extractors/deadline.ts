/**
 * Extractor 3, deadlines: the year phrases of a text and the deadline blocks of a document
 * (guideline "year": stated in the clause, else from the enclosing block or heading, else
 * from the plan's own period).
 */
export interface YearPhrase {
  start: number;
  end: number;
  year: number;
  fromYear: number | null;
  /** baseline phrases ("so với năm 2021") are not deadlines */
  baseline: boolean;
  /** "từ năm 2023, mỗi năm tăng …": when a commitment starts, not its deadline */
  opens?: boolean;
}

const Y = String.raw`((?:19|20)\d{2})`;
const PHRASES: Array<[RegExp, (m: RegExpExecArray) => Omit<YearPhrase, 'start' | 'end'>]> = [
  [new RegExp(String.raw`so\s+(?:sánh\s+)?với\s+(?:cùng\s+kỳ\s+)?(?:(?!(?:và|đến|tới|phấn)\s)[\p{L}\d]+,?\s+){0,14}?(?:năm\s+${Y}|giai\s+đoạn\s+${Y}\s*[-–]\s*${Y}|${Y}|(?:quý\s+(?:I{1,3}|IV|[1-4])|tháng\s+\d{1,2})\s*(?:\/|năm)\s*${Y})`, 'giu'),
    // ("So với quý I/2027, số hồ sơ tiếp nhận tăng 9.215 hồ sơ": the quarter compared with)
    (m) => ({ year: Number(m[1] ?? m[3] ?? m[4] ?? m[5]), fromYear: m[2] ? Number(m[2]) : null, baseline: true })],
  // "gấp 2,3 lần năm 2025": a comparison, not a deadline
  [new RegExp(String.raw`gấp\s+\d+(?:,\d+)?\s+lần\s+(?:so với\s+)?(?:cùng\s+kỳ\s+)?năm\s+${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: true })],
  // "điểm số không thấp hơn năm 2026", "cao hơn mức tăng của năm 2025": a comparison, not a deadline
  [new RegExp(String.raw`(?:thấp|cao|kém|ít|nhiều|lớn|nhỏ)\s+hơn\s+(?:(?:mức|tốc độ)(?:\s+\p{L}+){0,3}?\s+)?(?:của\s+)?(?:cùng\s+kỳ\s+)?năm\s+${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: true })],
  // a period between two dates: "Sau 01 năm (từ 01/7/2025 đến 30/6/2026), … đã tiếp nhận …" (what was counted in it is of its end)
  [new RegExp(String.raw`từ\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*${Y}\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*${Y}`, 'giu'),
    (m) => ({ year: Number(m[2]), fromYear: m[1] === m[2] ? null : Number(m[1]), baseline: false })],
  // "đến tháng 11/2025", "tính đến ngày 30/11/2024", "đến hết ngày 31/12/2025", "từ nay đến 30/6/2026": the year a
  // fact was counted or a deadline falls
  // ("Tại thời điểm 30/6/2025 (trước khi hợp nhất tỉnh), tổng số đơn vị … là 2.146 đơn vị": when it was counted)
  [new RegExp(String.raw`(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?|(?<!so\s+với[^.;]{0,60})tại\s+thời\s+điểm\s+)(?:(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*|tháng\s+\d{1,2}\s*\/\s*|(?<=thời\s+điểm\s+)\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*)${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // a quarter: "đến hết quý II/2026", "trước quý III năm 2025", "trong Quý I/2026"
  [new RegExp(String.raw`(?:(?:tính\s+)?(?:đến|tới|trước|trong)\s+(?:hết\s+)?)quý\s+(?:I{1,3}|IV|[1-4])\s*(?:\/|năm)\s*${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // which documents or cases are meant, not a deadline: "văn bản … ban hành trước ngày 01/7/2025"
  // (or were issued: "kết quả giải quyết TTHC còn hiệu lực đã cấp trước ngày 01/7/2025")
  [new RegExp(String.raw`(?:ban\s+hành|ký|có\s+hiệu\s+lực|thành\s+lập|phát\s+sinh|tiếp\s+nhận|cấp)\s+trước\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*${Y}`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // a deadline to the day: "hoàn thành trước ngày 31/12/2026"
  [new RegExp(String.raw`(?:trước|chậm nhất|muộn nhất|hạn chót)\s+(?:(?:là|vào)\s+)?ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // a stretch up to now dates nothing by its start: "Lũy kế từ năm 2022 đến nay đã giảm 9,6% …" is counted now
  [new RegExp(String.raw`(?:kể\s+)?từ\s+(?:năm\s+)?${Y}\s+(?:đến|tới)\s+(?:nay|hiện nay|thời điểm này)(?![\p{L}])`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // where a commitment starts: "từ năm 2023, mỗi năm tăng thêm tối thiểu 20%"
  [new RegExp(String.raw`(?:kể\s+)?từ\s+năm\s+${Y}(?!\s*(?:đến|tới|-|–|trở))`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false, opens: true })],
  // a year that bounds what is measured: "sổ hộ tịch lưu trữ từ năm 2015 trở về trước"
  [new RegExp(String.raw`(?:từ\s+)?năm\s+${Y}\s+trở\s+về\s+(?:trước|sau)`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // the years of records a plan digitises or keeps: "sổ hộ tịch giấy giai đoạn 1975 - 2015", "tài liệu lưu trữ từ năm 1975 đến năm 2015"
  [new RegExp(String.raw`(?:sổ|lưu|lưu trữ|hồ sơ|tài liệu)(?:\s+[\p{L}]+){0,4}\s+(?:giai\s+đoạn|từ\s+năm)\s+${Y}\s*(?:[-–]|đến(?:\s+năm)?)\s*${Y}`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // a law's year is part of its name: "Luật Ban hành văn bản quy phạm pháp luật năm 2015"
  [new RegExp(String.raw`(?:Luật|Bộ luật|Hiến pháp)(?:,?\s+[\p{L}]+){1,14}?\s+năm\s+${Y}`, 'gu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // when a result was published is not when it was measured: "Chỉ số CCHC năm 2024 do Bộ Nội vụ
  // công bố năm 2025: … đạt 86,31 điểm"
  // (nor "do Bộ Nội vụ công bố giữa năm 2026")
  [new RegExp(String.raw`(?:công\s+bố|ban\s+hành)(?:\s+(?:vào|trong))?(?:\s+(?:giữa|cuối|đầu))?\s+năm\s+${Y}`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  // dates are not deadlines: "ngày 15 tháng 7 năm 2021", "ngày 25/5/2022", "tháng 8 năm 2024"
  [new RegExp(String.raw`(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+${Y}|\d{1,2}\/\d{1,2}\/${Y}`, 'giu'),
    () => ({ year: 0, fromYear: null, baseline: false })],
  [new RegExp(String.raw`giai\s+đoạn\s+(?:từ\s+(?:năm\s+)?)?${Y}\s*(?:[-–]|đến(?:\s+năm)?)\s*${Y}`, 'giu'),
    (m) => ({ year: Number(m[2]), fromYear: Number(m[1]), baseline: false })],
  [new RegExp(String.raw`từ\s+năm\s+${Y}\s+(?:đến|tới)\s+năm\s+${Y}`, 'giu'),
    (m) => ({ year: Number(m[2]), fromYear: Number(m[1]), baseline: false })],
  // a stretch named by its years alone: "Điều 2. Mục tiêu, chỉ tiêu năm 2027 - 2028" (not a list's "trong các năm 2021 - 2025",
  // each year of which is a value's, nor a five-year plan's name, "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030")
  [new RegExp(String.raw`(?<!(?:các|những|\d)\s+)năm\s+${Y}\s*[-–]\s*${Y}(?![\d/])`, 'giu'),
    (m) => (Number(m[2]) > Number(m[1]) ? { year: Number(m[2]), fromYear: Number(m[1]), baseline: false } : { year: Number(m[1]), fromYear: null, baseline: false })],
  [new RegExp(String.raw`năm\s+${Y}`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // a deadline year written without "năm": "Mục tiêu đến 2030: 100% văn bản …" (not a date's year, "đến 30/6/2030")
  [new RegExp(String.raw`(?<![\p{L}\d/])(?:đến|tới)\s+(?:hết\s+)?${Y}(?![\d/.,])`, 'giu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // a bare year opening a clause with its verb: "Tham gia của người dân ở cấp cơ sở: 2025 đạt 4,92 điểm; 2026 đạt 5,08 điểm"
  [new RegExp(String.raw`(?<=(?:^|[:;]\s*))${Y}(?=\s+(?:đạt|là|xếp|tăng|giảm|còn)\s)`, 'gu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
  // an index's edition written without "năm": "Chỉ số CCHC 2026: Cần Thơ tăng 7 bậc", "PAR INDEX 2026"
  [new RegExp(String.raw`(?<=(?<![\p{L}])(?:[Cc]hỉ số\s+\p{Lu}{2,}|PAR INDEX|SIPAS|PAPI|PCI|DTI)\s+)${Y}(?![\d/.,]|\s*[-–]\s*\d)`, 'gu'),
    (m) => ({ year: Number(m[1]), fromYear: null, baseline: false })],
];

/** A list of years: "các năm 2021, 2022 và 2023", "trong các năm 2024, 2025 và 2026". */
export function yearList(text: string): number[] {
  const m = /(?<![\p{L}])năm\s+((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:19|20)\d{2})+)(?!\d)/iu.exec(text);
  if (m) return m[1]!.split(/\s*(?:,|và)\s*/u).map(Number);
  // "lần lượt 12,4%, 28,7%, … trong các năm 2021 - 2025": every year of the range, in order
  const range = /(?<![\p{L}])(?:các|những)\s+năm\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/iu.exec(text);
  if (!range) return [];
  const [from, to] = [Number(range[1]), Number(range[2])];
  return to > from && to - from <= 10 ? Array.from({ length: to - from + 1 }, (_, k) => from + k) : [];
}

export function yearPhrases(text: string): YearPhrase[] {
  const out: Array<YearPhrase & { skip?: boolean }> = [];
  const taken: Array<[number, number]> = [];
  for (const [re, build] of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      const p = build(m);
      out.push({ ...p, start, end, skip: p.year === 0 });
    }
  }
  return out.filter((p) => !p.skip).map(({ skip: _s, ...p }) => p).sort((a, b) => a.start - b.start);
}

/**
 * A deadline block opener standing alone: "Đến năm 2025:", "- Đến năm 2025:", "Phấn đấu
 * đến năm 2030:", "Giai đoạn 2026 - 2030:", "Năm 2022:".
 */
/** A stage with its time in brackets, before a short name: "Giai đoạn 1 (từ nay đến 30/6/2026): củng cố, chuẩn hóa". */
const STAGE = /^(?:[-+▪•]\s*)?(?:giai đoạn|bước|đợt)\s+(?:\d{1,2}|[IVX]{1,4})\s*\(([^()]{4,60})\)\s*(?::[^.;:]{0,80})?$/iu;
// (and what a list reports or sets for a year: "- Kết quả năm 2027:", "- Chỉ tiêu năm 2028:")
export const BLOCK = new RegExp(
  String.raw`^(?:[-+▪•]\s*)?(?:(?:Phấn đấu\s+)?(?:đến|Đến|tới|Tới)\s+năm\s+${Y}|(?:Giai đoạn|giai đoạn)\s+${Y}\s*[-–]\s*${Y}|(?:Năm|Trong năm|(?:Kết quả|Chỉ tiêu|Mục tiêu)(?:\s+thực hiện)?\s+năm)\s+${Y})\s*:?$`,
  'u',
);
/** A block opener that reports: "- Kết quả năm 2027:". */
export const RESULT_BLOCK = /^(?:[-+▪•]\s*)?Kết quả(?:\s+thực hiện)?\s+năm\s+(?:19|20)\d{2}\s*:?$/u;

export function blockYear(text: string): { year: number; fromYear: number | null } | null {
  // (a list's "Kết quả năm 2027" / "Chỉ tiêu năm 2028" opens a block with its colon or dash; a table's column of that name does not)
  const m = /^(?:Kết quả|Chỉ tiêu|Mục tiêu)/u.test(text.trim()) && !/:\s*$/u.test(text) ? null : BLOCK.exec(text.trim());
  // (a stage named by its time in brackets: "Giai đoạn 1 (từ nay đến 30/6/2026): củng cố, chuẩn hóa", "Giai đoạn 2 (từ 01/7/2026 đến
  // 31/12/2027): mở rộng …")
  const stage = m ? null : STAGE.exec(text.trim());
  if (stage) {
    const years = [...stage[1]!.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((y) => Number(y[1]));
    if (!years.length) return null;
    return { year: years.at(-1)!, fromYear: years.length > 1 && years[0] !== years.at(-1) ? years[0]! : null };
  }
  if (!m) return null;
  if (m[1]) return { year: Number(m[1]), fromYear: null };
  if (m[2]) return { year: Number(m[3]), fromYear: Number(m[2]) };
  return { year: Number(m[4]), fromYear: null };
}

/** A stretch of time a text names by its last day: "6 tháng đầu năm 2025", "quý III/2026", "đến ngày 15/7/2025". */
export interface PeriodEnd {
  start: number;
  end: number;
  /** the last day, ISO "yyyy-mm-dd" */
  date: string;
  /** a deadline ("trước ngày 31/8/2025", "đến hết năm 2025", "chậm nhất …"), not a stretch already counted */
  deadline: boolean;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The periods a text names with the day they end, for telling a stretch already over when the
 * document was signed ("Trong 6 tháng đầu năm 2025, tỷ lệ … đạt 98,3%" in a directive of July 2025;
 * "(từ ngày 01/7 đến ngày 15/7/2025), toàn thành phố còn …") from a deadline still ahead of it
 * ("đến ngày 31/12/2025, tỷ lệ … giảm xuống dưới 1%" in an article of 21 July 2025), and what was reached so far ("lũy kế
 * 9 tháng" in a report of October). `year` stands for a
 * period that names none ("6 tháng đầu năm"). What a period starts from ("từ quý III/2025") is no end.
 */
export function periodEnds(text: string, year: number | null): PeriodEnd[] {
  const out: PeriodEnd[] = [];
  const Yo = String.raw`(?:\s*(?:\/|năm)\s*((?:19|20)\d{2}))?`;
  const re = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm|(?<=lũy kế\s+)(\d{1,2})\s+tháng)(?:\s+((?:19|20)\d{2}))?|(?<![\p{L}])tháng\s+(\d{1,2})\s*(?:\/|năm)\s*((?:19|20)\d{2})|((?:tính\s+)?(?:đến|tới|trước|trong)\s+(?:hết\s+)?|từ\s+)?quý\s+(I{1,3}|IV|[1-4])${Yo}|((?:tính\s+)?(?:đến|tới|trước|chậm nhất|muộn nhất)\s+(?:hết\s+)?(?:(?:là|vào)\s+)?)?ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d{2})|(?:đến|tới)\s+(hết|cuối)\s+năm\s+((?:19|20)\d{2}))(?![\p{L}\d])`, 'giu');
  for (const m of text.matchAll(re)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (m[1] !== undefined || m[2] !== undefined) {
      const y = m[3] ? Number(m[3]) : year;
      const n = Number(m[1] ?? m[2]);
      if (y !== null && n >= 1 && n <= 12) out.push({ ...at, date: iso(y, n, lastDay(y, n)), deadline: false });
    } else if (m[4] !== undefined) {
      // a month: "tháng 4 năm 2027", "tháng 4/2027" (unless a deadline: "trước tháng 6/2027")
      const [n, y] = [Number(m[4]), Number(m[5])];
      if (n < 1 || n > 12 || /(?:đến|tới|trước|chậm nhất)\s+(?:hết\s+)?$/iu.test(text.slice(Math.max(0, at.start - 12), at.start))) continue;
      out.push({ ...at, date: iso(y, n, lastDay(y, n)), deadline: false });
    } else if (m[7] !== undefined) {
      const y = m[8] ? Number(m[8]) : year;
      if (y === null || /^từ/iu.test(m[6] ?? '')) continue;
      const q = ROMAN[m[7].toUpperCase()]!;
      out.push({ ...at, date: iso(y, q * 3, lastDay(y, q * 3)), deadline: /^(?:đến|tới|trước)/iu.test(m[6] ?? '') });
    } else if (m[10] !== undefined) {
      const [d, mo, y] = [Number(m[10]), Number(m[11]), Number(m[12])];
      if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) continue;
      // (a document's date names it, no stretch of time: "Kế hoạch số 245/KH-UBND ngày 26/12/2026 … yêu cầu …")
      // (its code may end in lower case: "Quyết định số 06/QĐ-TTg ngày 06/01/2022")
      if (!m[9] && /\d+\s*\/\s*[\p{Lu}Đ][\p{L}\d-]*\s+$/u.test(text.slice(Math.max(0, at.start - 40), at.start))) continue;
      // ("tính đến ngày 30/6/2025" counts up to that day; "đến ngày 31/12/2025, … giảm xuống" sets it)
      // (nor is the end of a range: "từ ngày 01/7 đến ngày 15/7/2025")
      const range = /(?<![\p{L}])từ\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\s+$/iu.test(text.slice(Math.max(0, at.start - 30), at.start));
      out.push({ ...at, date: iso(y, mo, d), deadline: !!m[9] && !/^tính/iu.test(m[9]) && !range });
    } else if (m[13] !== undefined) {
      const y = Number(m[14]);
      out.push({ ...at, date: iso(y, 12, 31), deadline: true });
    }
  }
  return out;
}
