/**
 * Stage 5, targets: every quantitative target and result, one record per value, each
 * grounded by `[start, end)` in the normalized text (guideline; style.md "grounded or not
 * at all"). Contract: reads paragraphs, outline and metadata; adds `targets`; never
 * changes the text.
 *
 * The extractors, in order: quantities → clauses → deadlines → qualifiers; then records
 * stated twice are merged (`alsoAt`) and each gets a confidence.
 */
import type { OutlineNode } from '../schemas/document.ts';
import type { Comparator, Target } from '../schemas/target.ts';
import { clauses, pieces, type Piece } from '../extractors/clauses.ts';
import { blockYear, periodEnds, RESULT_BLOCK, yearList, yearPhrases, type YearPhrase } from '../extractors/deadline.ts';
import {
  CARRIED_COMMIT_WORDS, COMMON_LABEL_SYLLABLES, CONTINUATION_WORDS, GRADE_WORDS, NEWS_COMMIT_WORDS, NON_TARGET_OPENINGS, SANCTION_WORDS,
} from '../extractors/lexicon/commitments.ts';
import { LEVEL_UNITS, MONEY_GOAL, POST_COMPARATORS, PRE_COMPARATORS, QUOTED_TARGET, RESULT_MARKERS, RESULT_SECTION, TARGET_MARKERS } from '../extractors/lexicon/quantities.ts';
import { areaOf, isAnnual, labelOf, levelSequence, levelsIn, qualify } from '../extractors/qualifiers.ts';
import { findQuantities, type Mention } from '../extractors/quantities.ts';
import { findLayoutTables } from '../extractors/layout.ts';
import { spacedTable } from '../extractors/spaced.ts';
import { CAPTION_UNIT, groupLegend, isLevelRow, isUnnumberedRow, readTables, rowNumber, sectionRow, sectionTitle, TABLE_FIRST_CELL, opensUnnumberedTable, unnumberedCellTable, unitRowParts, WHOLE_ROW_NAMES, type Cell, type TablePhrase } from '../extractors/tables.ts';
import { syllables } from './fold.ts';
import { lastAtOrBefore } from './offsets.ts';
import { documentId } from './id.ts';
import { expand, matchIndicator } from './indicators.ts';
import { Locator, type Paragraph, type Work } from './model.ts';
import { ancestorsAt, HEADING_KINDS, headingText } from './outline.ts';
import { isoDate } from './metadata.ts';

interface Block {
  start: number;
  end: number;
  year: number;
  fromYear: number | null;
  /** the opener reports ("- Kết quả năm 2027:"): what it lists was reached */
  result?: true;
}

/** Deadline blocks: an opener paragraph up to the next opener or the end of its section. */
export function findBlocks(paragraphs: Paragraph[], outline: OutlineNode[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const y = blockYear(p.text);
    if (!y) continue;
    const chain = ancestorsAt(outline, p.start);
    const own = chain.find((n) => n.start === p.start);
    // A list item opener ("- Đến năm 2025:") owns its children; a bare one runs to the end of its section.
    const section = own ?? [...chain].reverse().find((n) => HEADING_KINDS.has(n.kind));
    let end = section ? section.end : paragraphs[paragraphs.length - 1]!.end;
    for (let j = i + 1; j < paragraphs.length && paragraphs[j]!.start < end; j++) {
      if (blockYear(paragraphs[j]!.text)) { end = paragraphs[j]!.start; break; }
    }
    blocks.push({ start: p.end, end, year: y.year, fromYear: y.fromYear, ...(RESULT_BLOCK.test(p.text.trim()) ? { result: true as const } : {}) });
  }
  // A sentence that leads a list of targets by their deadline ("Đối với giai đoạn đến năm 2030, Thành phố xác định các
  // mục tiêu cụ thể:") dates the items that follow it ("Một là, …", "- …", "a) …"), and nothing after them.
  for (let i = 0; i < paragraphs.length; i++) {
    // (a box's title in capitals needs no colon: "MỘT SỐ CHỈ TIÊU ĐẾN NĂM 2030" over "• Mức độ hài lòng … đạt trên 95%.")
    const t = paragraphs[i]!.text.trim();
    const colon = /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && !t.endsWith(':') ? `${t}:` : t;
    const lead = LIST_LEAD.exec(colon) ?? TARGETS_BY_LEAD.exec(colon);
    if (!lead || blockYear(paragraphs[i]!.text)) continue;
    let j = i + 1;
    while (j < paragraphs.length && LIST_ITEM.test(paragraphs[j]!.text.trim())) j++;
    if (j > i + 1) blocks.push({ start: paragraphs[i]!.end, end: paragraphs[j - 1]!.end, year: Number(lead[1]), fromYear: null });
  }
  return blocks;
}

/** A lead-in to targets by a deadline, ending in a colon: "… giai đoạn đến năm 2030, … các mục tiêu cụ thể:". */
const LIST_LEAD = /^[^.;:\d]{0,80}?(?<![\p{L}])(?:đến|tới)\s+năm\s+((?:19|20)\d{2})[^.;:\d]{0,80}?(?<![\p{L}])(?:mục tiêu|chỉ tiêu)[^.;:\d]{0,30}:$/iu;
/** The same, naming the targets first: "Một số chỉ tiêu chủ yếu đến năm 2030:". */
const TARGETS_BY_LEAD = /^[^.;:\d]{0,60}?(?<![\p{L}])(?:mục tiêu|chỉ tiêu)[^.;:\d]{0,60}?(?<![\p{L}])(?:đến|tới)\s+năm\s+((?:19|20)\d{2})\s*:$/iu;
/** An item of a list: "- …", "a) …", "1. …", "Một là, …", "Thứ nhất, …". */
const LIST_ITEM = /^(?:[-+•–]\s|[a-zđ]\)\s|\d{1,2}[.)]\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là[,:]\s|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)[,:]\s)/u;

/** A word list as one alternation group, longest first, regex characters escaped. */
function anyOf(words: string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}
/** A paragraph that opens by naming the targets it lists: "Mục tiêu Chương trình đến năm 2025: …". */
// (an item's letter may come first: "a) Chỉ tiêu đề ra: tỷ lệ hồ sơ … đạt từ 98% trở lên")
const TARGETS_LEAD = /^(?:[-+•]\s*|[\p{L}\d]{1,2}[.)]\s+)?(?:mục tiêu|chỉ tiêu)[^:;.]{0,80}:/iu;
/** A paragraph that opens a list of targets: "Các mục tiêu chủ yếu của Kế hoạch số 148/KH-UBND:", "Một số chỉ tiêu cụ thể:". */
const TARGETS_LIST = /^(?:[\p{L}\d]{1,3}[.)]\s+)?(?:các|một số|những)\s+(?:mục tiêu|chỉ tiêu)(?:\s+(?:chủ yếu|cụ thể|chính|cơ bản))?(?:\s+(?:của|theo)\s+[^:;.]{0,80})?\s*:\s*$/iu;
/** A label that is only a time: "đến ngày 30/9/2026", "đến hết năm 2026", "trong quý II". */
// (or a bare year: "Cung ứng dịch vụ công: 2025 đạt 7,28 điểm; 2026 đạt 7,30 điểm")
const TIME_ONLY = /^(?:riêng\s+)?(?:(?:đến|tới|trước|trong|vào|hết|đến hết|tính đến)\s+)?(?:ngày|tháng|quý|năm|thời điểm)\s+[\d/IVX]+(?:\s*\/\s*\d+)*(?:\s+năm\s+\d{4})?$|^(?:19|20)\d{2}$/iu;
/** A label that names no indicator of its own: "điểm số", "tỷ lệ", "chỉ số". */
const GENERIC_LABEL = /^(?:điểm|điểm số|số điểm|tỷ lệ|chỉ số|mức|kết quả|thứ hạng|xếp hạng)$/iu;
const LEVEL_ONLY = /^(?:UBND |Ủy ban nhân dân )?cấp \p{L}+(?: \p{L}+)?$/iu;
/** A level named inside a label: "… ở cấp tỉnh", "tại cấp xã", "của UBND cấp huyện". */
const LEVEL_PHRASE = /(?:(?<![\p{L}])(?:ở|tại|đối với|của|với)\s+)?(?:(?:UBND|Ủy ban nhân dân)\s+)?(?<![\p{L}])cấp\s+(?:tỉnh|huyện|xã|thành phố|quận|phường)(?![\p{L}])/iu;
/** A label that names only the whole: "bình quân toàn tỉnh", "tính chung toàn thành phố". */
const WHOLE_ONLY = /^(?:(?:bình quân|trung bình|tính chung|chung)\s+)?toàn (?:tỉnh|thành phố|xã|phường)$/iu;
const LEADING_LABEL = /^(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|[-+▪•●◦–])\s+/u;
/** "đã" before the verb that governs the value: "Thành phố đã cung cấp 1.187 dịch vụ". */
const PAST_VERB = /(?<![\p{L}])đã\s+[\p{L}\s,]{1,40}$/u;
/** "dữ liệu đã số hóa đạt trên 60%": the "đã" of a relative clause names what is measured; "đạt" governs the value. */
const PAST_RELATIVE = /(?<![\p{L}])(?:dữ liệu|giấy tờ|hồ sơ|thông tin|văn bản|tài liệu|kết quả)\s+đã\s+[\p{L}\s,]{1,30}?\s(?:đạt|là|chiếm)\s+(?:[\p{L}]+\s+){0,2}$/iu;
/**
 * A value inside a condition is a threshold, not a commitment: "nếu …", "trường hợp …",
 * "đối với các tiêu chí … có điểm số đạt dưới 80% …, cơ quan chủ trì phải …".
 */
// (and "Muốn vào top 10, Cần Thơ phải …": what one must do to get there, said in an interview)
const CONDITION = /(?:^["“]?|,\s*)(?:nếu|trường hợp|khi)\s|^["“]?muốn\s|(?:^|,\s*)đối với (?:các|những)\s[^;]*?\scó\s|(?:được xác định là|được tính là|được hiểu là|được coi là)[^;]*?\skhi\s/iu;
/** "(đơn vị) có tỷ lệ hồ sơ quá hạn trên 5% … phải giải trình": a sanction threshold, not a goal. */
// ("Người đứng đầu … có kết quả Chỉ số CCHC dưới 70 điểm … thì không xem xét xếp loại …")
const THRESHOLD_OWNER = /(?<![\p{L}])có\s+(?:kết quả\s+)?(?:tỷ lệ|số|mức|điểm|chỉ số)(?![\p{L}])/iu;
/** A sanction named before its owner: "không xem xét xếp loại … đối với người đứng đầu … có tỷ lệ … trên 5%". */
const SANCTION = new RegExp(`(?<![\\p{L}])${anyOf(SANCTION_WORDS)}(?![\\p{L}])`, 'iu');
const THRESHOLD_CONSEQUENCE = /(?<![\p{L}])(?:phải|thì|sẽ bị|bị)(?![\p{L}])/iu;
/** Result markers as whole words ("ước đạt", never the tail of "nhà nước đạt"). */
/** A cap or floor makes a sum of money a goal: "chi hội nghị … không vượt quá 1,2 tỷ đồng". */
const MONEY_CAP = /^(?:không vượt quá|không quá|tối đa|tối thiểu|ít nhất|không dưới)(?![\p{L}])/iu;
/** Between a counted set and this value: the set is defined by having a measure ("… xã có tỷ lệ …", "… xã, phường đạt tỷ lệ hồ sơ trực tuyến từ"). */
const THRESHOLD_AFTER_COUNT = /^(?:\s*\/\s*[\d.]+)?\s+[\p{L}\s,]{1,40}?\s(?:đạt(?:\s+(?:tỷ lệ|mức|chỉ số|giá trị|điểm)[\p{L}\s]{0,50}?)?|có tỷ lệ|có mức|có giá trị|có (?:quy mô|diện tích|dân số|số hộ)(?:\s+\p{L}+){0,3})\s+(?:trên|dưới|từ|hơn|tối thiểu|ít nhất)\s*$/iu;
// (a place is no score: "có điểm bán hàng, dịch vụ nhận thanh toán bằng mã QR (đạt 66,7%)")
const DEFINES = /^(?:[^;.]{0,80}?(?<![\p{L}])có|\s*số\s[^;.]{0,60}?(?<![\p{L}])đạt)\s+(?:tỷ lệ|chỉ số|điểm(?!\s+(?:bán|giao dịch|tiếp nhận|hỗ trợ|phục vụ|cầu|truy cập|dịch vụ|thanh toán))|điểm số|số|mức|kết quả)(?![\p{L}])[^;]*$/iu;
/**
 * Units a share counts, then the score or rate that picks them out: "100% xã, phường đạt Chỉ số CCHC
 * từ 80 điểm trở lên", "80% xã, phường đạt từ 80 điểm trở lên" (the share is the target; guideline:
 * a number in the indicator's definition is no record).
 */
const UNITS_REACHING = /^\s*(?:số\s+)?(?:các\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|thị xã|sở|ban|ngành|cơ quan|đơn vị|địa phương|UBND|Ủy ban nhân dân)(?![\p{L}])[\p{L}\s,]{0,40}?\s(?:đều\s+)?đạt\s+(?:(?:tỷ lệ|chỉ số|điểm|điểm số|mức|kết quả)(?![\p{L}])[^;]*?)?(?:(?:từ|trên|tối thiểu|ít nhất|hơn)\s*)?$/iu;
const FREQUENCY = /^\s*lần(?:\s*\/\s*năm|\s+(?:trong|mỗi|một|\/)\s*(?:năm|quý|tháng))/iu;
/** The share a definition's number belongs to, later in the clause: "… giảm xuống dưới 20%", "… không quá 25%". */
const SHARE_AFTER = /(?<![\p{L}])(?:đạt|giảm|xuống|không quá|không vượt quá|tối đa|dưới|còn|ở mức|lên)\s+(?:(?:dưới|trên|mức|còn|tối thiểu|tối đa)\s+)?\d[\d.,]*\s*%/iu;
/** A comparator word right before a value ("ít nhất 04 chỉ số"): it sets a floor, not a list. */
const PRE_COMPARATOR_WORD = /(?<![\p{L}])(?:ít nhất|tối thiểu|tối đa|không quá|trên|hơn|dưới|khoảng|gần)\s*$/iu;
/** "không có xã nào có Chỉ số CCHC dưới 75 điểm": none below 75 is every one at least 75. */
// (also with no verb: "không sở, ngành nào dưới 82 điểm, không xã, phường nào dưới 72 điểm")
const NONE_BELOW = /(?<![\p{L}])không\s+(?:(?:có|để)\s+)?[^;]{0,60}?\snào(?![\p{L}])[^,;]*$/iu;
const NOT_LET = /(?<![\p{L}])không\s+để(?![\p{L}])[^;]*$/iu;
const NEGATED: Record<Comparator, Comparator> = { lt: 'gte', lte: 'gt', gt: 'lte', gte: 'lt', eq: 'eq', between: 'between', approx: 'approx' };
/** A section of commitments ("2. Mục tiêu cụ thể", "Các chỉ tiêu chủ yếu"): a bare count there is a target. */
const TARGET_SECTION = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu;
/** A results heading that says it reviews: a year, or what was done ("Kết quả thực hiện năm 2025", "Tình hình triển khai"). */
// (not the name of what is measured: "e) Về kết quả đánh giá Chỉ số cải cách hành chính" under "Mục tiêu cụ thể")
const REVIEW_HEADING = /(?:19|20)\d{2}|thực hiện|đạt được|triển khai|tình hình|thực trạng|hiện trạng|(?<!kết quả\s)đánh giá(?!\s+(?:chỉ số|xếp loại|xếp hạng))|hạn chế|tồn tại/iu;
/** Current status in a review: "vẫn còn hạn chế: còn 1,4% hồ sơ quá hạn" (a result of the document's year). */
// ("toàn tỉnh còn 18/78 xã … có tỷ lệ dưới 50%"; "Tỷ lệ hồ sơ giải quyết quá hạn: hiện ở mức 3,8%")
const STATUS = /(?:(?:^|[:;,]\s*|(?<![\p{L}])(?:vẫn|hiện|hiện vẫn|nay|toàn tỉnh|toàn huyện|toàn xã|toàn thành phố|cả tỉnh)\s+)còn|(?<![\p{L}])hiện(?:\s+nay)?(?:\s+đang)?\s+ở\s+mức)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/iu;
/** Comparators that commit ("đạt tối thiểu 80%"): "đã" inside the subject ("dữ liệu đã số hóa") does not make it a result. */
// (not the maximum a score is a share of: "chỉ đạt 72,4% số điểm tối đa")
const COMMITTING = /(?<![\p{L}])(?<!điểm\s)(?:tối thiểu|ít nhất|không ít hơn|tối đa|không quá|không vượt quá|không dưới|không thấp hơn|trở lên|trở xuống)(?![\p{L}])/iu;
/** A floor that only says who is counted: "từ 15 tuổi trở lên", "từ 3 sao trở lên", "mức độ 3 trở lên". */
const DEFINING_FLOOR = /(?<![\p{L}])(?:từ\s+)?(?:(?:đủ\s+)?\d+\s+(?:tuổi|sao)|(?:mức độ|cấp độ|mức)\s+\d+)\s+trở (?:lên|xuống)(?![\p{L}])/giu;
/** A photo's caption in a news page: "Quang cảnh hội nghị … (Ảnh: QUANG HƯNG)", or the image's file name. */
const PHOTO_CAPTION = /\((?:Ảnh|Nguồn ảnh|Ảnh minh họa)\s*:[^()]*\)\s*$|^[\p{L}\p{N}_.%-]+\.(?:jpe?g|png|gif|webp)$/iu;
/** What makes a sentence of a news article a commitment rather than a report. */
const NEWS_COMMITS = new RegExp(`(?<![\\p{L}])${anyOf(NEWS_COMMIT_WORDS)}(?![\\p{L}])`, 'iu');
const CARRIED_COMMITS = new RegExp(`(?<![\\p{L}])${anyOf(CARRIED_COMMIT_WORDS)}(?![\\p{L}])`, 'iu');
/**
 * Whether a news sentence commits to the value at `start` (its clause ending at `end`): any
 * commitment word in the value's own sentence up to the clause's end ("đạt từ 80% trở lên"), or
 * a strong one earlier in the paragraph ("Tỉnh phấn đấu …. Thời gian … rút ngắn 30%") — not the
 * "phải" of "… do phải chờ xác minh." two sentences back.
 */
const HAVING_REQUIREMENT = /(?<![\p{L}])(?:có|theo)\s+yêu cầu(?![\p{L}])/giu;
/** Words that name an index or its points: a sentence with them is about an index's edition. */
const INDEX_WORDS = /chỉ số|index|sipas|papi|pci|dti|điểm/iu;
/** A contrast after a value: "…, trong khi chỉ tiêu năm 2027 là 90%", "…, nhưng …". */
const CONTRAST = /[,;]\s*(?:trong khi|nhưng|song)(?![\p{L}])/iu;
const CONSEQUENCE = /[,;]\s*(?:nên|cho nên|vì vậy|vì thế|do đó|do vậy|bởi vậy)(?![\p{L}])/giu;
function newsCommits(text: string, start: number, end: number, valueEnd = start): boolean {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(...[...before.matchAll(/[.!?]["”]?\s+(?=\P{Ll})/gu)].map((x) => x.index! + x[0].length), 0);
  // (what a contrast sets against the value is no commitment to it: "cấp xã đạt 76,8%, trong khi chỉ tiêu năm 2027 là 90%")
  const contrast = text.slice(start, end).search(CONTRAST);
  if (contrast >= 0) end = start + contrast;
  // (a floor inside what is measured commits to nothing: "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản … đạt 87,5%")
  // (nor a requirement that says which procedures are meant: "thủ tục hành chính có yêu cầu nghĩa vụ tài chính")
  // (nor a floor after the value on another number, which says what is counted: "6,9% doanh nghiệp phải tiếp từ 02 đoàn thanh tra,
  // kiểm tra trở lên")
  return commitsIn(text.slice(sentenceStart, valueEnd) + text.slice(valueEnd, end).replace(OTHER_FLOOR, ' '))
    || CARRIED_COMMITS.test(text.slice(0, sentenceStart).replace(TARGET_REFERENCE, ' ').replace(HAVING_REQUIREMENT, ' ').replace(PLACE_NAMES, ' '));
}

/**
 * Whether words commit to a value, once the targets they only cite ("vượt chỉ tiêu (95%)"), the floors inside what is
 * measured ("từ 15 tuổi trở lên") and a requirement naming which procedures ("có yêu cầu nghĩa vụ tài chính") are set aside.
 */
function commitsIn(words: string): boolean {
  return NEWS_COMMITS.test(words.replace(TARGET_REFERENCE, ' ').replace(DEFINING_FLOOR, ' ').replace(HAVING_REQUIREMENT, ' ').replace(NAMED_PLAN, ' ').replace(PLACE_NAMES, ' ')
    .replace(MEASURED_OBLIGATION, ' '));
}
/**
 * What the people counted had to do is part of what is measured, no commitment: "tỷ lệ doanh nghiệp cho biết phải trả chi phí
 * không chính thức giảm …", "chỉ còn 6,9% doanh nghiệp phải tiếp từ 02 đoàn thanh tra".
 */
const OTHER_FLOOR = /(?<![\p{L}])từ\s+\d[\d.,]*\s+[^\d;.]{1,40}?\s+trở\s+(?:lên|xuống)(?![\p{L}])/giu;
const MEASURED_OBLIGATION = /(?:(?<![\p{L}])(?:tỷ lệ|số)|%)\s+(?:người dân|doanh nghiệp|hộ kinh doanh|hộ|tổ chức|người)(?:\s+(?:cho biết|được hỏi|cho rằng|nói))?\s+phải(?![\p{L}])/giu;
/** Places whose names hold a commitment's word: "Cần Thơ" is no "cần" (need to). */
const PLACE_NAMES = /Cần\s+(?:Thơ|Giờ|Đước|Giuộc)(?![\p{L}])/gu;
/** A plan named as a document commits to nothing: "đã hoàn thành 118/128 nhiệm vụ của Kế hoạch CCHC năm 2027". */
const NAMED_PLAN = /(?<![\p{L}])(?:của|theo|tại|trong|thuộc)\s+Kế hoạch(?![\p{L}])/gu;

/**
 * "Cùng với đó, …" goes on with the commitment the paragraph before it ended on ("Theo đó, tỉnh
 * phấn đấu …"), not with any "phải" in it ("… do phải chờ xác minh nguồn gốc").
 */
function continuesCommitment(previous: string): boolean {
  const sentences = previous.split(/(?<=[.!?])\s+/u).filter((x) => x.trim());
  const last = sentences[sentences.length - 1] ?? '';
  // (or ended on a bound that commits: "… thời gian giải quyết hồ sơ đất đai của doanh nghiệp không quá 7 ngày." then "Cùng với đó, …")
  const words = last.replace(TARGET_REFERENCE, ' ').replace(PLACE_NAMES, ' ');
  return CARRIED_COMMITS.test(words) || COMMITTING.test(words.replace(DEFINING_FLOOR, ' '));
}
/** A result measured against a target names it without committing: "vượt chỉ tiêu tỉnh giao (60%)". */
// (not a purpose, which commits: "Để đạt mục tiêu này, UBND tỉnh yêu cầu rút ngắn … xuống còn tối đa 15 ngày")
// ("mới bằng khoảng 83% chỉ tiêu cả năm": how much of it was reached)
const TARGET_REFERENCE = /(?<![\p{L}])(?<![Đđ]ể\s+)(?:vượt|chưa đạt|đạt|so với|thấp hơn|cao hơn|hoàn thành|bằng|tiệm cận|gần đạt)\s+(?:(?:khoảng|gần|hơn|mức)\s+)?(?:[\d.,]+\s*%\s+(?:so với\s+)?)?(?:\p{L}+\s+){0,2}?(?:chỉ tiêu|mục tiêu|kế hoạch|mức khống chế)[^;.()]*(?:\([^)]*\))?|\(\s*(?:chỉ tiêu|mục tiêu|kế hoạch)[^()]*\)/giu;
// (not the "hiện" of "phát hiện có sai sót", "thực hiện có hiệu quả")
const RESULT_MARKER = new RegExp(`(?<![\\p{L}])(?<!(?:phát|thực|thể|xuất|biểu)\\s)(?:${RESULT_MARKERS.join('|')})(?![\\p{L}])`, 'iu');
const CONTINUATION = new RegExp(`^${anyOf(CONTINUATION_WORDS)}(?![\\p{L}\\p{N}])`, 'u');
/** The words between a comparator and a place's number: "xếp thứ", "vị trí thứ", "xếp hạng thứ". */
const RANK_PLACE_TAIL = /(?:xếp\s+)?(?:hạng\s+)?(?:ở\s+)?(?:vị trí\s+)?(?:thứ\s+)?$/iu;
/** A dash or plus list item ("- Cải cách thể chế đạt 8,12/9 điểm;"). */
const BULLET_ITEM = /^[-+•–]\s/u;
const LETTER_ITEM = /^[a-zđ]\)\s/u;
/** A period that is part of a document's name: "Kế hoạch đào tạo, bồi dưỡng … giai đoạn 2026 - 2030". */
const NAMED_PERIOD = /(?<![\p{L}])(?:Kế hoạch|Chương trình|Đề án|Chiến lược|Quy hoạch)\s[^.;:()]*$/u;
/** A rating's name before its band: "Xuất sắc từ", "(Xếp loại: Tốt từ", "loại Khá: từ", "Tốt từ 80 đến dưới". */
const RATING_BAND = /^[("“]?\s*(?:(?:xếp loại|phân loại)\s*:\s*)?(?:loại\s+)?["“]?(?:xuất sắc|tốt|khá|trung bình|yếu|kém|hoàn thành|không hoàn thành)["”]?\s*:?\s*(?:đạt\s+)?(?:(?:từ|trên)\s+\d[\d,.]*\s*(?:điểm\s*)?(?:đến|tới|-|–)\s*)?(?:(?:từ|dưới|trên)\s+)?$/iu;
const SKIP_PARAGRAPH = new RegExp(`^${anyOf(NON_TARGET_OPENINGS)}`, 'u');

interface Draft extends Omit<Target, 'id' | 'confidence' | 'alsoAt'> {
  penalties: number;
  /** read from a table row (indicator cell + value cell) */
  cell?: boolean;
  /** the table it was read from (its header's position): two rows of one table are two indicators */
  table?: number;
  /** the level stands in the table's column header ("Cấp tỉnh"), so it must agree to merge */
  levelKnown?: boolean;
  /** one unit's share of a target, from a table by unit: merged with nothing */
  unitRow?: boolean;
  /** the year stands in the table's own column header, so it must agree to merge */
  yearKnown?: boolean;
  /** a cell of a whole year's column ("Chỉ tiêu năm 2026"): a milestone within the year is not it */
  wholeYear?: boolean;
  /** stated in an appendix, where plans restate their body's targets tersely */
  appendix?: boolean;
  /** a news article's subheading ("Phấn đấu vào nhóm 15 địa phương dẫn đầu"): it announces what the lead or the body states */
  intertitle?: boolean;
}

const COMPARATOR_WORDS = new RegExp(`(?<![\\p{L}])(?:${[...PRE_COMPARATORS, ...POST_COMPARATORS].map(([w]) => w).join('|')}|từ|đạt)(?![\\p{L}])`, 'giu');
/** A unit column's cell: "%", "Thứ hạng", "Điểm", "Hồ sơ", "-". */
const UNIT_CELL = /^(?:%|-|–|thứ hạng|xếp hạng|hạng|bậc|điểm|lần|ngày|hồ sơ|đơn vị|cơ quan|tỷ đồng|triệu đồng|csdl|dvc|tthc)$/iu;
/** A paragraph that is only a value and its comparator: a table cell. */
export function isValueOnly(text: string, find: (text: string) => Mention[] = findQuantities): boolean {
  if (text.length > 40) return false;
  const ms = find(text);
  if (ms.length !== 1) return false;
  return !/[\p{L}\d]/u.test(text.replace(ms[0]!.text, ' ').replace(COMPARATOR_WORDS, ' '));
}

export function targets(work: Work): Work {
  const locator = new Locator(work);
  const docYear = yearOf(work.metadata.date?.value ?? work.metadata.library?.issued?.value);
  const docDate = dateOf(work);
  const period = work.metadata.period;
  const blocks = findBlocks(work.paragraphs, work.outline);
  const drafts: Draft[] = [];
  const title = work.metadata.title?.value ?? '';
  // A news article's topic year: the one its headline names, else the first past year its lead names.
  // (not a cited document's date: "Nghị quyết số 1674/NQ-UBTVQH15 ngày 16/6/2025")
  // (nor the same stretch a year before, which a figure is compared with: "Cùng kỳ năm 2026, tỷ lệ này của xã mới đạt 71,3%")
  const pastYear = (t: string) => yearPhrases(t).filter((y) => namesYear(y) && (docYear === null || y.year < docYear)
    && !/\d{1,2}\/\d{1,2}\/\d{4}/u.test(t.slice(y.start, y.end)) && !/cùng kỳ\s*$/iu.test(t.slice(Math.max(0, y.start - 12), y.start))).map((y) => y.year);
  const titleEnd = work.metadata.title?.end ?? 0;
  const news = work.metadata.kind?.value === 'news article'
    // (a headline that commits, "Năm 2026, Ninh Bình phấn đấu …", names the target's year, not the results')
    ? { topicYear: (NEWS_COMMITS.test(title.replace(PLACE_NAMES, ' ')) ? undefined : yearPhrases(title).filter((y) => !y.baseline && (docYear === null || y.year <= docYear)).pop()?.year)
        // (a stretch of this year already over, "9 tháng năm 2027" in an article of October 2027, is what it reports on)
        // (or about to end, that the lead opens on: "Quý III/2027, toàn tỉnh tiếp nhận …" on 28 September 2027)
        ?? (docDate !== null && docYear !== null && work.paragraphs.filter((p) => p.start >= titleEnd).slice(0, 2).some((p) => {
          const ends = periodEnds(p.text, docYear);
          // (the lead's opening words, after the outlet's "(Baophutho.vn) - ")
          const lead = /^\([^()]{1,40}\)\s*[-–]\s*/u.exec(p.text)?.[0].length ?? 0;
          const opens = ends.some((f) => f.start >= lead && f.end <= lead + 24);
          return ends.some((e) => !e.deadline && e.date.startsWith(String(docYear)) && (e.date < docDate || opens));
        }) ? docYear : undefined)
        // (a photo's caption, "Quang cảnh hội nghị … (Ảnh: QUANG HƯNG)", is no paragraph of the lead, nor is the dateline under the headline)
        ?? work.paragraphs.filter((p) => p.start >= Math.max(titleEnd, work.metadata.date?.end ?? 0) && !PHOTO_CAPTION.test(p.text)).slice(0, 4).map((p) => pastYear(p.text)[0]).find((y) => y !== undefined) ?? null }
    : null;
  // (a document whose subject is results: "Kết quả xác định Chỉ số cải cách hành chính năm 2026 của các sở …")
  // (a title that reports on a stretch over before the document's date, "Kết quả kiểm tra … tháng 4 năm 2027" on 8 May 2027,
  // reports the document's own year as well)
  const reportsResults = news === null && /^kết quả(?![\p{L}])/iu.test(title.trim());
  // (or ending in the month it is signed: "Kết quả … quý I năm 2028" on 24 March 2028, its figures taken to 14 March)
  const reportsOwnYear = reportsResults && docDate !== null && docYear !== null
    && periodEnds(title, docYear).some((e) => !e.deadline && e.date.slice(0, 7) <= docDate.slice(0, 7) && e.date.startsWith(String(docYear)));
  let carry: (YearPhrase & { edition?: boolean }) | undefined;
  let listCarry: typeof carry;
  // (the paragraph that opened the list: whether a news item commits is read from it, "… đề nghị … hoàn thành các chỉ tiêu năm 2027, trong đó:")
  let listLead = '';
  // (the first year the paragraph before named)
  let previousFirst: YearPhrase | undefined;
  // (the year a news subheading names, for the paragraphs under it)
  let headingYear: YearPhrase | undefined;
  // (whether the paragraph before this one, or the list it goes on, is a lead)
  let listOpen = false;
  let targetsList = false;
  let topic: { year: YearPhrase; section: number } | undefined;
  // the paragraph before, for one opened by a connective ("Cùng với đó, …" goes on with its commitment)
  let previousText = '';
  const tables = tableDrafts(work, locator);
  // Each paragraph's quantities are found once (cells are looked at again as a row's neighbours).
  const found = new Map<string, Mention[]>();
  const quantities = (text: string) => {
    let ms = found.get(text);
    if (!ms) found.set(text, ms = findQuantities(text));
    return ms;
  };

  for (let pi = 0; pi < work.paragraphs.length; pi++) {
    let p = work.paragraphs[pi]!;
    // A row of a year-column table is read as a row (extractors/tables.ts), not cell by cell.
    if (tables.consumed.has(pi)) {
      drafts.push(...(tables.at.get(pi) ?? []));
      continue;
    }
    if (SKIP_PARAGRAPH.test(p.text)) {
      // (a grounds sentence may open a paragraph that goes on to set targets: "Căn cứ quy mô dân số, …, các phường, xã … được chia
      // thành 03 nhóm. Chỉ số SIPAS bình quân năm 2028 của nhóm I không thấp hơn 90%, …" — the sentences after it are read)
      const next = /^Căn cứ[^]*?[.;]\s+(?=\p{Lu})/u.exec(p.text);
      if (!next) continue;
      const at = p.start + next[0].length;
      p = { start: at, end: p.end, text: work.text.slice(at, p.end) };
    }
    // A table cell holding only a value ("Trên 50%") reads with the cell before it, the
    // row's indicator ("Tỷ lệ giao dịch thanh toán trực tuyến …"): one quote over both.
    // Cells of other columns ("42,8%" before "Tối thiểu 55%") are skipped over.
    let cell = false;
    // (a value cell read with its row's head quotes from the head, but only its own values are its records: not those of the
    // cells between, "Nhóm 1 (…)" / "25" / "88,6%" / "81,2%")
    const cellStart = p.start;
    // (a phrase under a year column reads alone: its row's indicator is known, and the row's other cells are not its words)
    const phrase = tables.phrases.get(pi);
    if (!phrase && isValueOnly(p.text, quantities)) {
      let k = pi - 1;
      // skip the row's other value cells and its unit cell ("%", "Thứ hạng", "-")
      while (k >= 0 && pi - k <= 4 && (isValueOnly(work.paragraphs[k]!.text, quantities) || UNIT_CELL.test(work.paragraphs[k]!.text))) k--;
      const head = work.paragraphs[k];
      if (head && head.text.length <= 250 && quantities(head.text).length === 0 && !blockYear(head.text)) {
        p = { start: head.start, end: p.end, text: work.text.slice(head.start, p.end) };
        cell = true;
      }
    }
    // A phrase under a year column ("Đạt từ 88 điểm trở lên, thuộc nhóm 12 …") reads with its
    // row's indicator cell and takes the column's year.
    if (phrase) cell = true;
    const years = yearPhrases(p.text);
    const chain = ancestorsAt(work.outline, p.start);
    const headings = chain.filter((n) => HEADING_KINDS.has(n.kind));
    // (a list item's own words are not a section heading: "b) Phấn đấu kết quả triển khai …")
    const sections = headings.filter((h) => h.start !== p.start);
    // (a heading under the targets that names a topic, "II. MỤC TIÊU" > "b) Về kết quả giải quyết hồ sơ",
    // reports nothing: only one that names a year or what was done does)
    // (nor one that names a set of criteria for judging results: "BỘ CHỈ TIÊU ĐÁNH GIÁ, XẾP HẠNG KẾT QUẢ THỰC HIỆN CÔNG TÁC …")
    const resultSection = underResults(sections);
    const section = sections.length ? sections[sections.length - 1]!.start : -1;
    // A paragraph opened by a connective continues the list before it, and its deadline.
    // (so does an item of a list its paragraph opened with a colon: "Kết quả theo từng lĩnh vực như sau:" then
    // "- Cải cách thể chế đạt 8,12/9 điểm;")
    // (and, under a results heading, a paragraph that names no year goes on with the year the one
    // before it in the same section named: "Năm 2026, toàn tỉnh tiếp nhận …" then "Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 52,3%")
    // (letter items go on a list the same way: "1. Năm 2026, … Trên cơ sở đó, năm 2027 phấn đấu:" then "a) 100% xã …")
    // (and numbered items of a list a lead opened: "Theo đó, năm 2027, tỉnh phấn đấu:" then "4. 100% hồ sơ công việc …")
    // (a numbered line under a lead that lists, "Các đơn vị có kết quả thấp nhất (số liệu trích xuất ngày 15/10/2026) gồm:" then
    // "1. Đặc khu Thổ Châu: trực tuyến toàn trình 12,5%; …", is an item of it)
    const item = BULLET_ITEM.test(p.text) || LETTER_ITEM.test(p.text) || (/^\d{1,2}[.)]\s/u.test(p.text)
      && ((news !== null && listCarry !== undefined) || (listOpen && /(?<![\p{L}])gồm\s*:\s*$/iu.test(listLead))));
    // (not the period that names a plan: "Năm 2026 là năm đầu triển khai Kế hoạch đào tạo … giai đoạn 2026 - 2030")
    // (nor a year an aside in brackets compares with: "đạt 68,5% (năm 2026 đạt 57,2%)" dates no sentence after it)
    const ownYears = years.filter((y) => namesYear(y) && !(/^giai đoạn/iu.test(p.text.slice(y.start, y.end)) && NAMED_PERIOD.test(p.text.slice(Math.max(0, y.start - 90), y.start)))
      && (!/\([^()]*$/u.test(p.text.slice(Math.max(0, y.start - 60), y.start)) || datingBracket(p.text, y)));
    const lastYear = ownYears.at(-1);
    // (only a year the paragraph before opened with, its topic: not one it names in passing, "so với năm 2023")
    const review = resultSection && !lastYear && topic !== undefined && topic.section === section;
    // (and a paragraph that breaks down the index the one before told of: "Trong 10 chỉ số thành phần, có 06 chỉ số tăng điểm …")
    const connective = CONTINUATION.test(p.text) || /^Trong\s+(?:số\s+)?\d{1,2}\s+(?:chỉ số|trụ cột|nội dung|lĩnh vực|tiêu chí)(?:\s+thành phần)?(?![\p{L}])/u.test(p.text);
    const listed = item && listCarry !== undefined;
    // ("Trong năm," is the year the paragraph before told of, not one it named in passing: "Năm 2026, … Chỉ số CCHC năm 2025 … đạt
    // 84,12%" then "Trong năm, toàn tỉnh đã cắt giảm … 146 thủ tục")
    const thatYear = /^(?:Trong năm|Cả năm)\s*,/u.test(p.text) && previousFirst !== undefined && !lastYear ? previousFirst : undefined;
    // (a news subheading that names a year, "Dịch vụ công trực tuyến là "đột phá" của năm 2028", dates the paragraphs under it that
    // name none, up to the next subheading)
    const subheading = news !== null && isSubheading(p, titleEnd);
    // (only a year still ahead: "Nhìn lại năm 2026" looks back, and the paragraphs under it may turn to what is set)
    if (subheading) headingYear = quantities(p.text).length === 0 && lastYear && docYear !== null && lastYear.year > docYear ? lastYear : undefined;
    const underHeading = !subheading && !lastYear && headingYear !== undefined ? headingYear : undefined;
    const continues = connective || listed || review || thatYear !== undefined || underHeading !== undefined;
    const carried = !continues ? undefined : thatYear ?? (connective || listed || review ? (listed ? listCarry : !connective && !item ? topic!.year : carry) : underHeading);
    // (the last sentence that opens with its year, else the first year named: "Năm 2027, … phấn đấu …. Năm 2026, thành phố giải quyết
    // đúng hạn 98,6% hồ sơ." then "Trong năm, …" is 2026)
    previousFirst = ownYears.filter((y) => /(?:^|[.!?]\s+)(?:(?:trong|vào)\s+)?$/iu.test(p.text.slice(0, y.start)) && /^năm\s/iu.test(p.text.slice(y.start, y.end))).at(-1) ?? ownYears[0];
    if (!item) { listCarry = undefined; listOpen = false; }
    // (a list a lead opens by naming targets is of targets: "Các mục tiêu chủ yếu của Kế hoạch số 148/KH-UBND:" then "- Chỉ số CCHC
    // của tỉnh hằng năm nằm trong nhóm 10 …", "+ Mức độ hài lòng … đạt tối thiểu 85%" in a review of the plan)
    if (!item) targetsList = TARGETS_LIST.test(p.text);
    const last = lastYear && isIndexEdition(p.text, lastYear) ? { ...lastYear, edition: true } : lastYear;
    if (!continues || last) carry = last;
    const opening = years.find((y) => y.start < 20 && namesYear(y) && /^năm\s/iu.test(p.text.slice(y.start, y.end))
      && /^\s*(?:(?:trong|vào)\s+)?$/iu.test(p.text.slice(0, y.start).replace(LEADING_LABEL, '')));
    if (opening) topic = { year: opening, section };
    else if (!review) topic = undefined;
    if (blockYear(p.text)) carry = undefined;
    if (!item && /:\s*$/u.test(p.text)) { listCarry = carry; listLead = p.text; listOpen = true; }
    const mentions = quantities(p.text);
    if (mentions.length === 0) continue;
    const intertitle = subheading;
    // (decided once per paragraph, not once per value)
    const continuesCommitting = continues && news !== null && (continuesCommitment(previousText) || (listed && continuesCommitment(listLead)));
    previousText = p.text;
    const sectionPath = headings.map(headingText);
    const inAppendix = chain.some((n) => n.kind === 'appendix');
    const targetSection = !resultSection && sections.some((h) => TARGET_SECTION.test(h.title));
    const block = phrase ? { start: p.start, end: p.end, year: phrase.year, fromYear: null }
      : blocks.filter((b) => b.start <= p.start && p.start < b.end).pop() ?? null;

    // A list marker or outline label opening the paragraph is not part of any quote.
    const label = LEADING_LABEL.exec(p.text)?.[0].length ?? 0;
    const firstOfParagraph = drafts.length;
    // The label of the last record before an offset in this paragraph.
    const previousLabel = (at: number, after = -1) => {
      for (let i = drafts.length - 1; i >= firstOfParagraph; i--) {
        const d = drafts[i]!;
        if (d.source.start < at && d.source.start >= after && d.indicator.label) return d.indicator.label;
      }
      return null;
    };
    // the paragraph's values drafted so far, for a split by level that keeps its whole's bound
    const drafted: DraftedValue[] = [];
    const previousValue = (at: number) => drafted.findLast((v) => v.end <= at) ?? null;
    for (const c of clauses(p.text)) {
      const clause = c.start < label ? { start: label, end: c.end } : c;
      const ps = pieces(p.text, clause, mentions);
      // (a share's quote runs over the threshold that defines what it counts: "100% xã, phường đạt Chỉ số CCHC từ 80 điểm trở lên")
      for (let k = 0; k + 1 < ps.length; k++) {
        if (ps[k + 1]!.previous === ps[k] && ps[k]!.listIndex === null && (definesPrevious(p.text, ps[k + 1]!) || (ps[k]!.mention.unit === 'percent' && (unitSize(p.text, ps[k + 1]!) || ps[k + 1]!.mention.unit === 'other')))) ps[k] = { ...ps[k]!, end: Math.max(ps[k]!.end, ps[k + 1]!.end) };
      }
      for (const piece of ps) {
        if (cell && !phrase && p.start + piece.mention.valueStart < cellStart) continue;
        if (notARecord(p.text, piece)) continue;
        const d = draft(p, piece, years, { resultSection, previousLabel, block, carry: carried, continuesCommitting, previousValue, targetsListed: item && targetsList, ...(listed || (item && listOpen) ? { listLead } : {}), headings: headings.map((h) => h.title), sectionPath, docYear, docDate, period, locator, news, reportsResults, reportsOwnYear });
        // A bare count after a delivery verb counts only where the text commits or reports.
        // (a task that commits to the count does too: "Hoàn thành tích hợp 12 cơ sở dữ liệu chuyên ngành vào Kho dữ liệu")
        // (the target a result is measured against counts, dated or not: "đơn giản hóa 46 TTHC, vượt chỉ tiêu năm (40 TTHC)")
        if (piece.mention.needsContext && d.kind !== 'result' && (d.deadline.basis === 'document' || d.deadline.basis === null) && !targetSection
          && !/(?<![\p{L}])(?:chỉ tiêu|kế hoạch|mục tiêu)(?:[^()\d;.]|(?:19|20)\d\d){0,30}\(\s*$/iu.test(p.text.slice(Math.max(0, piece.mention.start - 60), piece.mention.start))
          // (nor a floor: "hằng năm có ít nhất 7/10 chỉ số thành phần của PCI tăng điểm")
          && !/(?<![\p{L}])(?:hoàn thành|phấn đấu|ít nhất|tối thiểu|không dưới|không ít hơn)\s+$/iu.test(p.text.slice(piece.clause.start, piece.mention.start))) continue;
        // (a count of what there is, "toàn tỉnh có 60.000 doanh nghiệp", is a target only under its own deadline: "đến năm 2030 toàn tỉnh có …")
        if (piece.mention.needsResult && d.kind !== 'result'
          && !(d.deadline.basis === 'clause' && /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?năm\s+(?:19|20)\d\d[\s,]+(?:[\p{L}]+\s+){0,3}$/iu.test(p.text.slice(piece.clause.start, piece.mention.start)))) continue;
        if ((d.value.unit === 'count' || d.value.unit === 'duration') && notACommitment(p.text, piece, d.kind)) continue;
        drafted.push({ end: piece.mention.valueEnd, unit: d.value.unit, comparator: d.value.comparator });
        // the row's indicator cell names what every value of the phrase measures, and the quote starts there
        if (phrase) {
          const start = phrase.indicator.start;
          const place = locator.place(start, d.source.end);
          drafts.push({
            ...d, cell, yearKnown: true, indicator: { ...d.indicator, label: phrase.indicator.text.trim() },
            source: { ...d.source, start, quote: work.text.slice(start, d.source.end), line: place.line, page: place.page },
            ...(phrase.result ? { kind: 'result' as const } : phrase.planned ? { kind: 'target' as const } : {}),
          });
        }
        else drafts.push(cell ? { ...d, cell } : inAppendix ? { ...d, appendix: true } : intertitle ? { ...d, intertitle } : d);
      }
    }
  }

  // The matcher runs once per distinct label (merging asks for index keys too).
  const matches = new Map<string, ReturnType<typeof matchIndicator>>();
  const keyOf = (label: string, area: string) => {
    const k = `${area}\u0000${label}`;
    if (!matches.has(k)) matches.set(k, matchIndicator(label, area));
    return matches.get(k)!;
  };
  // (a news article's lead: its headline and the sapo under it, which the body goes on to restate)
  const leadEnd = news ? work.paragraphs.find((p) => p.start >= titleEnd && p.text.length > 80)?.end ?? titleEnd : 0;
  const merged = mergeRepeats(drafts, keyOf, work.text, news ? titleEnd : 0, leadEnd);
  const id = documentId(work.metadata, work.path);
  const out: Target[] = merged.map(({ d, also }, i) => {
    const { penalties, cell: _cell, yearKnown: _year, wholeYear: _whole, appendix: _appendix, table: _table, levelKnown: _level, unitRow: _unitRow, intertitle: _intertitle, ...rest } = d;
    const match = keyOf(rest.indicator.label, rest.indicator.area);
    return {
      id: `${id}/t${String(i + 1).padStart(2, '0')}`,
      ...rest,
      indicator: { ...rest.indicator, key: match?.key ?? null, keyScore: match ? round(match.score) : null },
      alsoAt: also.map((a) => ({ quote: a.source.quote, start: a.source.start, end: a.source.end, line: a.source.line, page: a.source.page })),
      confidence: round(Math.max(0, Math.min(1, 0.98 - penalties))),
    };
  });
  return { ...work, targets: out };
}

interface DraftedValue { end: number; unit: Target['value']['unit']; comparator: Comparator }

interface Context {
  /** inside a results section ("I. KẾT QUẢ THỰC HIỆN …") */
  resultSection: boolean;
  /** the document's title announces results ("Thông báo Kết quả xác định Chỉ số CCHC năm 2026 …") */
  reportsResults: boolean;
  /** the title reports a stretch of the document's own year already over: "Kết quả kiểm tra … tháng 4 năm 2027" */
  reportsOwnYear?: boolean;
  /** an item of a list its lead names as targets ("Các mục tiêu chủ yếu của Kế hoạch …:") */
  targetsListed?: boolean;
  /** the paragraph that opened the list this item belongs to ("…, từ ngày 01/01/2028 đến ngày 31/5/2028, … . Cụ thể:") */
  listLead?: string;
  /** the paragraph's last drafted value that ends at or before `at` */
  previousValue?: (at: number) => DraftedValue | null;
  /** label of the last record before this offset in the same paragraph */
  /** the label of the paragraph's last record before `at` (and at or after `after`) */
  previousLabel(at: number, after?: number): string | null;
  block: Block | null;
  /** the year a connective paragraph ("Ngoài ra, …", "Bên cạnh đó, …") carries over from the list before it */
  carry: (YearPhrase & { edition?: boolean }) | undefined;
  /** a news paragraph opened by "Cùng với đó, …" whose previous paragraph ended on a commitment */
  continuesCommitting: boolean;
  headings: string[];
  sectionPath: string[];
  docYear: number | null;
  /** the day the document was signed or published, ISO "yyyy-mm-dd" */
  docDate: string | null;
  period: Work['metadata']['period'];
  locator: Locator;
  /** a news article: it reports unless a sentence commits, and its results are of the year its headline names */
  news: { topicYear: number | null } | null;
}

/** "cấp tỉnh" as the end of an index's name: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Chỉ số Xanh cấp tỉnh", "PAPI cấp tỉnh". */
const INDEX_NAME_LEVEL = /((?:chỉ số(?:\s+(?!của|các)[\p{L}-]+){0,6}?|năng lực cạnh tranh|hành chính công|cải cách hành chính|chuyển đổi số|CCHC|PCI|PAPI|DTI|DDCI|SIPAS|PAR INDEX|ICT Index)(?:\s*\([^()]*\))?\s+)cấp\s+(?:tỉnh|thành phố)(?![\p{L}])/giu;

/** What stands between a whole's value and its parts by level: "%, trong đó cấp thành phố", " trở lên ở sở, ngành và", ", cấp xã từ". */
const LEVEL_SPLIT = /^(?:\s|[,;:(]|%|trở\s+(?:lên|xuống)|trong đó|và|(?:ở|tại)(?=\s)|cấp\s+(?:tỉnh|thành phố|xã|huyện|cơ sở)|khối\s+(?:sở|xã|phường)|sở,?\s*(?:ban,?\s*)?ngành|xã,\s*phường(?:,\s*đặc khu)?|phường,\s*xã(?:,\s*đặc khu)?|từ)*$/iu;

function draft(p: Paragraph, piece: Piece, years: YearPhrase[], ctx: Context): Draft {
  const text = p.text;
  const m = piece.mention;
  let penalties = 0;
  // For a list ("tối thiểu tương ứng là 30%, 20%, 15%") the words before the first value
  // and after the last one qualify every value of the list.
  // (not a place after a move the list reader took for one list: "tăng 5 bậc, xếp thứ 21/34")
  const first = piece.listIndex !== null ? listHead(piece) : piece;
  const qualified = m.unit === 'rank' && !m.rankMove && first.mention.rankMove ? piece : first;
  // Words outside a parenthesis do not qualify the value inside it: "vượt 12,2% so với kế hoạch (55%)".
  const qFrom = piece.parenthetical ? piece.start : piece.clause.start;
  // (a list's trailing words follow its last value: "đạt từ 80%, 70% và 55% trở lên")
  // (a place in a ranking reads its comparator past "xếp thứ", "vị trí thứ": "không thấp hơn thứ 18/34")
  const qBefore = text.slice(qFrom, qualified.mention.valueStart);
  const q = qualify(m.unit === 'rank' ? qBefore.replace(RANK_PLACE_TAIL, '') : qBefore, text.slice(piece.listEnd, piece.parenthetical ? piece.end : piece.clause.end));

  // Comparator: the form's own ("20%-25%", "trong nhóm"), the words around it, the
  // previous piece's when this one has neither verb nor comparator of its own
  // ("Giảm tối thiểu 10% … và 10% biên chế"), else "eq" (a bare value).
  let comparator: Comparator | null = m.formComparator === 'between' ? 'between' : q.comparator ?? m.formComparator;
  let change = m.rankMove && !q.change ? 'increase' as const : q.change;
  const ownWords = /\p{L}/u.test(text.slice(piece.start, m.valueStart).replace(/[\s,]+/gu, ''));
  let inherited = false;
  if (!comparator && !change && piece.previous && piece.listIndex === null && !ownWords && !piece.parenthetical) {
    const prev = piece.previous;
    const prevQ = qualify(text.slice(prev.clause.start, prev.mention.valueStart), '');
    comparator = prevQ.comparator ?? prev.mention.formComparator;
    change = prevQ.change;
    // "tối thiểu 98% ở cấp tỉnh, 97% ở cấp huyện và 95% ở cấp xã": the comparator reaches
    // through every value that has no words of its own before it.
    for (let q: Piece | null = prev; !comparator && q; q = q.previous) {
      comparator = qualify(text.slice(q.start, q.mention.valueStart), '').comparator ?? q.mention.formComparator;
      if (/\p{L}/u.test(text.slice(q.start, q.mention.valueStart).replace(/[\s,]+|(?<![\p{L}])và(?![\p{L}])/gu, ''))) break;
    }
    inherited = true;
    penalties += 0.05;
  }
  // "đạt tối thiểu 75% (cấp tỉnh 85%, cấp xã 60%)": a bracket that splits a bound value by level keeps its bound
  if (!comparator && !change && piece.parenthetical) {
    const open = text.lastIndexOf('(', m.valueStart);
    let whole: Piece | null = piece.previous;
    while (whole && whole.mention.end > open) whole = whole.previous;
    if (whole && whole.mention.unit === m.unit && /^(?:\s*(?:(?:ở|tại)\s+)?cấp\s+\p{L}+|\s*[\d.,]+\s*%|\s*[,;]|\s*và)*\s*$/iu.test(text.slice(open + 1, m.valueStart))
      && !/\p{L}/u.test(text.slice(whole.mention.end, open).replace(/[\s,]+/gu, ''))) {
      const bound = qualify(text.slice(whole.clause.start, whole.mention.valueStart), '').comparator ?? whole.mention.formComparator;
      if (bound === 'gte' || bound === 'gt' || bound === 'lte' || bound === 'lt') { comparator = bound; inherited = true; penalties += 0.05; }
    }
  }
  // A split of a bounded value by level keeps the whole's bound: "đạt tối thiểu 60%, trong đó cấp thành phố 70%, cấp xã
  // 50%", "(cấp Thành phố từ 70%, cấp xã từ 50%)", "từ 80% trở lên ở sở, ngành và 70% ở xã, phường", and a bound
  // before the colon that opens the split: "đạt tối thiểu: cấp tỉnh 95%, cấp xã 85%".
  if (!comparator && !change && m.unit === 'percent') {
    const previous = ctx.previousValue?.(m.valueStart);
    const whole = previous?.unit === m.unit ? previous : null;
    const gapFrom = whole ? whole.end : piece.clause.start;
    // (the whole's own words may run on before a bracket that opens the split: "từ 60% trở lên trên tổng số hồ sơ TTHC (cấp
    // Thành phố từ 70%, …)"; a part named after "trong đó" with a bare value is read as written, "tối thiểu 80%, trong đó cấp
    // tỉnh 85%" — annotators keep it eq — unless it has its own "từ")
    const full = text.slice(gapFrom, m.valueStart);
    const gap = full.slice(full.lastIndexOf('(') + 1);
    if (LEVEL_SPLIT.test(gap) && /(?<![\p{L}])(?:cấp|khối|sở|xã|phường)(?![\p{L}])/iu.test(gap)
      && (!/(?<![\p{L}])trong đó(?![\p{L}])/iu.test(gap) || /(?<![\p{L}])từ\s*$/iu.test(gap))) {
      const bound = whole ? whole.comparator
        : /:\s*$/u.test(text.slice(0, piece.clause.start)) ? qualify(text.slice(Math.max(0, piece.clause.start - 16), piece.clause.start).replace(/:\s*$/u, ''), '').comparator : null;
      if (bound === 'gte' || bound === 'gt' || bound === 'lte' || bound === 'lt') { comparator = bound; inherited = true; penalties += 0.05; }
    }
  }
  // "Giảm 15% số đơn vị … và tối thiểu 5% biên chế …": a value with a comparator but no verb of
  // its own shares the previous value's verb.
  if (!change && !inherited && piece.previous && piece.listIndex === null && !piece.parenthetical
    && /^(?:và|,)?\s*(?:(?:tối thiểu|ít nhất|tối đa|không quá|khoảng|trên|dưới)\s*)?$/iu.test(text.slice(piece.start, m.valueStart).trim())) {
    const prev = piece.previous;
    change = qualify(text.slice(prev.clause.start, prev.mention.valueStart), '').change
      ?? (prev.mention.rankMove ? 'increase' : null);
    if (change) penalties += 0.03;
  }
  if (!comparator) {
    comparator = 'eq';
    penalties += 0.05;
  }
  // (a whole share takes no bound that would pass it: "đạt trên 85% và 100% xã, phường có …" — 100% is all of them)
  if (m.unit === 'percent' && m.value === 100 && (comparator === 'gt' || comparator === 'gte') && (inherited || (piece.listIndex ?? 0) > 0)
    && !/(?<![\p{L}])(?:tối thiểu|ít nhất|trên|từ|không dưới|đạt)\s*$/iu.test(text.slice(Math.max(piece.start, m.valueStart - 14), m.valueStart))) comparator = 'eq';
  // A place no lower than 18th ("không thấp hơn thứ 18/34", "xếp thứ 18/34 trở lên") is 18th or better:
  // a place's number falls as it rises (guideline: ranks are lte).
  if (m.unit === 'rank' && !change && !m.rankMove && (comparator === 'gte' || comparator === 'gt')) comparator = comparator === 'gte' ? 'lte' : 'lt';
  // (and a place lower than 25th is past it: "xếp hạng thấp hơn thứ 25/34" is after 25th, so "không có trụ cột nào …" keeps all at 25th or better)
  else if (m.unit === 'rank' && !change && !m.rankMove && comparator === 'lt' && /(?<![\p{L}])thấp hơn\s+(?:thứ\s+)?$/iu.test(text.slice(Math.max(piece.clause.start, m.valueStart - 20), m.valueStart))) comparator = 'gt';
  if (NONE_BELOW.test(text.slice(piece.clause.start, m.start))) comparator = NEGATED[comparator];
  // "không để nhiệm vụ quá hạn kéo dài trên 30 ngày": what may not exceed 30 is at most 30
  else if (NOT_LET.test(text.slice(piece.clause.start, m.start)) && (comparator === 'gt' || comparator === 'lt')) comparator = NEGATED[comparator];
  // "đạt và vượt 14/16 chỉ tiêu" counts what was reached; "vượt 12,2% so với kế hoạch" is the
  // amount by which a result beat its plan (a change), not a floor.
  const lead = text.slice(piece.clause.start, m.valueStart);
  if (/(?<![\p{L}])đạt và vượt\s*$/iu.test(lead)) comparator = 'eq';
  // (so is "vượt 9,2% dự toán Trung ương giao": the amount over the estimate; "giải ngân vượt 95% kế
  // hoạch" is a share of the plan)
  else if (/(?<![\p{L}])vượt\s*$/iu.test(lead) && /^\s*%?\s*(?:so với\s+(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)|dự toán)/iu.test(text.slice(m.valueEnd))) {
    comparator = 'eq';
    change = 'increase';
  }
  // "nhiều hơn 9 đơn vị so với năm 2025", "thấp hơn 1,2 điểm so với năm trước": by how much it moved, not a floor
  else if (/(?<![\p{L}])(?<!không\s)(?:nhiều|cao|lớn|ít|thấp)\s+hơn\s*$/iu.test(lead) && /^[^\d;.()]{0,40}?(?<![\p{L}])so với(?![\p{L}])/iu.test(text.slice(m.valueEnd))) {
    comparator = 'eq';
    change = /(?:nhiều|cao|lớn)\s+hơn\s*$/iu.test(lead) ? 'increase' : 'decrease';
  }

  // Deadline: clause, then earlier in the paragraph, then block, heading, document.
  // A year inside a parenthesis that does not hold the value is not its deadline: "đạt từ 92%
  // trở lên (năm 2025 đạt 87,5%)".
  // (a year inside the scope named first, "Đối với 21 xã có tỷ lệ … năm 2026 dưới 30%, phấn đấu …", dates the scope only)
  const inScope = (y: YearPhrase) => /(?:^|[\s\-+•])[Đđ]ối với\s[^;]*$/u.test(text.slice(Math.max(0, text.lastIndexOf('. ', y.start) + 1), y.start))
    && y.end < m.start && /,\s*(?:phấn đấu|bảo đảm|đảm bảo)\s/iu.test(text.slice(y.end, m.start));
  // (a year after a later value that names the target beaten dates that target only: "đã giảm 16,8% so với
  // năm 2021, vượt mục tiêu giảm tối thiểu 10% đề ra cho giai đoạn 2021-2025")
  // (nor one a later aim names: "95% hồ sơ công việc tại cấp tỉnh …, hướng tới mục tiêu đến năm 2030 đạt 100%")
  // (or an aim set after the value: "TPHCM tăng 4 bậc Chỉ số cải cách hành chính, đặt mục tiêu vào nhóm 5 địa phương dẫn đầu năm 2027")
  const laterAim = (y: YearPhrase) => y.start >= piece.end && (/(?<![\p{L}])(?:hướng\s+tới|tiến\s+tới)(?:\s+mục\s+tiêu)?(?:\s+(?:đến|tới|vào))?\s+$/iu.test(text.slice(Math.max(0, y.start - 30), y.start))
    || /,\s*(?:đặt mục tiêu|phấn đấu)(?![\p{L}])/iu.test(text.slice(m.valueEnd, y.start)));
  // (nor one a later comparison names: "tỷ lệ hồ sơ quá hạn là 1,87%, cao hơn mức 1,12% của cả năm 2026")
  const ofTargetAfter = (y: YearPhrase) => laterAim(y) || y.start >= piece.end && (/(?<![\p{L}])(?:vượt|chưa đạt|so với)\s+(?:\p{L}+\s+){0,2}?(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\p{L}])[^;.]*\d/iu.test(text.slice(m.valueEnd, y.start))
    || /^[^;.]{0,10}?,\s*(?:cao|thấp)\s+hơn\s+(?:mức\s+)?[\d.,]+\s*%?[^;.\d]{0,20}$/iu.test(text.slice(m.valueEnd, y.start)));
  // (nor a past edition before an aim the value's words set: "Chỉ số CCHC năm 2026 của Phú Thọ tăng 4 bậc, đặt mục tiêu vào nhóm 5
  // dẫn đầu" — in the clause or in a sentence before it)
  const editionBeforeAim = (y: YearPhrase) => y.end <= piece.start && ctx.docYear !== null && y.year < ctx.docYear && isIndexEdition(text, y)
    && /(?<![\p{L}])(?:đặt mục tiêu|phấn đấu|đặt chỉ tiêu|hướng tới)(?![\p{L}])/iu.test(text.slice(piece.start, m.valueStart));
  // ("từ 3,2% năm 2026 xuống dưới 1,5%": the year of the value moved from is not the one moved to)
  const movedTo = /^(?:lên|xuống|tăng lên|giảm xuống)\s/iu.test(text.slice(piece.start, m.valueStart)) && /(?<![\p{L}])từ\s+\d/iu.test(text.slice(piece.clause.start, piece.start));
  const clauseYears = years.filter((y) => y.start >= piece.clause.start && y.end <= piece.clause.end && !(movedTo && y.end <= piece.start)
    && (piece.parenthetical || openParen(text, y.start) < piece.clause.start || datingBracket(text, y)) && !inScope(y) && !ofTargetAfter(y) && !editionBeforeAim(y));
  const inParensAfterBaseline = piece.parenthetical
    // (the bracket may name whose value it is: "so với năm 2024 (tỉnh Hưng Yên trước hợp nhất đạt 88,81 điểm)";
    // not the change restated: "so với năm 2021 (tương đương giảm 10,6%)")
    ? years.find((y) => y.baseline && /^\s*\((?![^()]*(?:tương ứng|tương đương|giảm|tăng))[^()\d]{0,60}$/u.test(text.slice(y.end, m.start)))
    : undefined;
  let deadline: Target['deadline'];
  let pastBaseline = false;
  const own = clauseYears.filter(namesYear);
  // (an index's edition, "Chỉ số DTI năm 2023 … đạt 0,4712 điểm", dates its own sentence only: the
  // paragraph goes on about the year under review)
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', m.start) + 1);
  // (a sentence that ranks is about an index: "… công bố Chỉ số CCHC năm 2026 …. TP Cần Thơ đạt 88,14%, xếp thứ 12/34")
  const sentenceEnd = text.indexOf('. ', m.end);
  const aboutIndex = INDEX_WORDS.test(text.slice(sentenceStart, piece.end))
    || /(?<![\p{L}])(?:xếp thứ|xếp hạng|thứ hạng)\s+\d+\s*\/\s*\d+/iu.test(text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd))
    // (or breaks the index down: "… Chỉ số DTI năm 2027, tỉnh … xếp thứ 19/34. Trong đó, trụ cột Chính quyền số xếp thứ 14")
    || /^\s*Trong đó,\s[^.]*?(?<![\p{L}])(?:trụ cột|chỉ số thành phần|nội dung thành phần)(?![\p{L}])/u.test(text.slice(sentenceStart, piece.end));
  // (a year inside a closed parenthesis, "(cùng kỳ năm 2024 đạt 91,3%)", "(năm 2024, Chỉ số PCI … xếp
  // thứ 31/63)", dates what is inside it only)
  const valueParen = openParen(text, m.start);
  // ("…; riêng năm 2026, phấn đấu …. Trong cả giai đoạn, hằng năm …": a sentence of the whole period takes no year before it)
  const wholePeriod = /(?<![\p{L}])(?:(?:cả|toàn|suốt)\s+giai đoạn|giai đoạn này)(?![\p{L}])/iu.test(text.slice(sentenceStart, m.start));
  const earlier = years.filter((y) => {
    if (!namesYear(y) || y.end > piece.clause.start || (wholePeriod && y.start < sentenceStart) || movedTo) return false;
    // (nor the year a move started from, for a clause after it: "giảm từ 33,4% năm 2026 xuống còn 28,7%; chỉ còn 6,9% …")
    if (/(?<![\p{L}])từ\s+[\d.,]+\s*(?:%|điểm)?\s*$/iu.test(text.slice(Math.max(0, y.start - 30), y.start))
      && /^\s*(?:lên|xuống|tăng lên|giảm xuống)(?![\p{L}])/iu.test(text.slice(y.end))) return false;
    if (y.start < sentenceStart && !aboutIndex && isIndexEdition(text, y)) return false;
    // (a past edition does not date the aim set after it: "Chỉ số CCHC 2026: Cần Thơ tăng 7 bậc, đặt mục tiêu vào nhóm 10 dẫn đầu")
    if (editionBeforeAim(y)) return false;
    // (nor one clause back: "Chỉ số CCHC năm 2025 … xếp thứ 21/34; tỷ lệ hồ sơ … ước đạt 98,7%")
    // (a clause that names its own measure; "; của tỉnh Nam Định đạt 87,02%" goes on with the index)
    if (isIndexEdition(text, y) && !INDEX_WORDS.test(text.slice(piece.clause.start, piece.end))
      && /(?<![\p{L}])(?:tỷ lệ|số lượng|mức độ|thời gian)(?![\p{L}])/iu.test(text.slice(piece.clause.start, m.start))
      && !/^[\s;,]*trong đó/iu.test(text.slice(piece.clause.start, m.start))
      && /[;]/u.test(text.slice(y.end, piece.clause.start))) return false;
    if (inScope(y)) return false;
    const paren = openParen(text, y.start);
    return paren < 0 || paren === valueParen || datingBracket(text, y);
  }).pop();
  // The year phrase nearest the value: "… đến năm 2030 …, hoàn thành 100% nhiệm vụ kế hoạch năm 2022".
  const dist = (y: YearPhrase) => (y.end <= m.start ? m.start - y.end : y.start - m.end);
  // A year inside the value's own piece first ("năm 2022 đạt 50%, năm 2023 đạt 65%").
  // A deadline phrase ("đến năm 2025", "trước ngày 31/01/2025") outranks a year that names a thing ("kế hoạch vốn năm 2024").
  const inPiece = own.filter((y) => y.start >= piece.start && y.end <= piece.end);
  // "Năm 2023, Chỉ số … đạt 88,02 điểm. Trong 6 tháng đầu năm, tỷ lệ … đạt 99,1%": a year named
  // earlier gives way to a later "đầu năm", "cuối năm", "năm nay", which mean the document's own year.
  const relative = ctx.docYear === null || ctx.resultSection ? undefined : currentYearPhrase(text, m.start, ctx.docYear, ctx.period);
  // ("cắt giảm ngay trong năm nay ít nhất 20% …, và phấn đấu đến năm 2026 …": the nearer one)
  const relativeHere = relative && relative.start >= piece.clause.start ? [relative] : [];
  const candidates = inPiece.length ? inPiece : [...own, ...relativeHere];
  const firm = inPiece.filter((y) => dist(y) <= 60 && (isDeadlinePhrase(text, y) || /^(?:trước|chậm nhất|muộn nhất|hạn chót)/iu.test(text.slice(y.start, y.end)))
    && !/(?:định hướng|tầm nhìn)\s+(?:đến\s+|tới\s+)?$/iu.test(text.slice(Math.max(0, y.start - 20), y.start)));
  // (a carried index edition, "… Chỉ số CCHC năm 2024 xếp thứ 9/63.", does not date "Tuy nhiên, vẫn còn 0,9% hồ sơ …")
  const carry = (ctx.carry?.edition && !aboutIndex) || wholePeriod ? undefined : ctx.carry;
  const before = relative && (!earlier || relative.start >= earlier.end) ? relative : earlier ?? (relative ? undefined : carry);
  const pick = (firm.length ? firm : candidates).slice().sort((a, b) => dist(a) - dist(b))[0] ?? before;
  if (inParensAfterBaseline) {
    deadline = { year: inParensAfterBaseline.year, fromYear: null, recurrence: null, basis: 'clause' };
    pastBaseline = true;
  } else if (pick) {
    deadline = { year: pick.year, fromYear: pick.fromYear, recurrence: null, basis: pick === carry ? 'block' : 'clause' };
    if (pick === carry) penalties += 0.03;
  } else if (ctx.block) {
    deadline = { year: ctx.block.year, fromYear: ctx.block.fromYear, recurrence: null, basis: 'block' };
    penalties += 0.02;
  } else {
    // "… giai đoạn 2022 - 2025, định hướng (tầm nhìn) đến năm 2030": the orientation is not the deadline
    // (a heading "Định hướng đến năm 2030" alone does set 2030)
    // (not the value's own item, which its clauses have read already: "a) Tỷ lệ … đạt tối thiểu 70% (năm 2026: 65,2%)")
    const h = ctx.headings.slice().reverse().filter((t) => !(t.length > 20 && text.includes(t.slice(0, 60)))).map((t) => {
      // (not a year in a remark about a past value: the item's own "… đạt ít nhất 70% (năm 2025 đạt 41,6%)")
      // (nor a year in the scope a heading names first: "b) Đối với 14 xã có Chỉ số CCHC năm 2026 dưới 75 điểm: trước ngày 30/9/2027 …";
      // not the year itself, "5. Yêu cầu đối với năm 2027"; nor a scope the heading names after its aim, "3. Chỉ tiêu đối với từng chỉ số
      // thành phần năm 2027")
      const ys = yearPhrases(t).filter((y) => !y.baseline && !inResultRemark(t, y.start) && !/^\s*(?:[\p{L}\d]{1,5}[.)]\s*)*[Đđ]ối với\s+\S[^;:]*$/u.test(t.slice(0, y.start)));
      const firm = ys.filter((y) => !/(?:định hướng|tầm nhìn)\s+(?:đến\s+|tới\s+)?$/iu.test(t.slice(Math.max(0, y.start - 20), y.start)));
      return (firm.length ? firm : ys).pop();
    }).find(Boolean);
    if (h) {
      deadline = { year: h.year, fromYear: h.fromYear, recurrence: null, basis: 'heading' };
      penalties += 0.04;
    } else if (ctx.period) {
      const to = ctx.period.to ?? ctx.period.from;
      deadline = { year: to, fromYear: ctx.period.to && ctx.period.to !== ctx.period.from ? ctx.period.from : null, recurrence: null, basis: 'document' };
      penalties += 0.08;
    } else if (ctx.docYear !== null) {
      // No period stated (a directive, a news report): the commitment dates from the
      // document itself, the least certain basis there is.
      deadline = { year: ctx.docYear, fromYear: null, recurrence: null, basis: 'document' };
      penalties += 0.12;
    } else {
      deadline = { year: null, fromYear: null, recurrence: null, basis: null };
      penalties += 0.15;
    }
  }
  // A list bound to years: "lần lượt 96,8%, 100% và 100% … các năm 2021, 2022 và 2023".
  if (piece.listIndex !== null) {
    const ys = yearList(text.slice(piece.clause.start, piece.clause.end));
    if (ys.length === piece.listSize) deadline = { year: ys[piece.listIndex]!, fromYear: null, recurrence: null, basis: 'clause' };
    // (or to the years the sentence named before it: "đạt tối thiểu 92% vào năm 2028, 95% vào năm 2030; riêng các lĩnh vực
    // đất đai, xây dựng, đầu tư đạt tương ứng 88% và 92%")
    else if (own.length === 0 && /(?<![\p{L}])(?:tương ứng|lần lượt)(?![\p{L}])/iu.test(text.slice(piece.clause.start, first.mention.start))) {
      const named = years.filter((y) => namesYear(y) && y.start >= sentenceStart && y.end <= piece.clause.start);
      if (named.length === piece.listSize) deadline = { year: named[piece.listIndex]!.year, fromYear: named[piece.listIndex]!.fromYear, recurrence: null, basis: 'clause' };
    }
  }
  // Only a target keeps a start year from its period; "Năm 2021," gives none.
  const pieceText = text.slice(piece.start, piece.end);
  if (deadline.basis === 'heading' && ctx.headings.some((h) => isAnnual(h))) deadline.recurrence = 'annual';
  if (isAnnual(text.slice(piece.start, piece.end)) || (inherited && piece.previous !== null && isAnnual(text.slice(piece.previous.start, piece.previous.mention.end)))) deadline.recurrence = 'annual';

  // Target or result: a value in a past year, a baseline's own value, or a result marker.
  const clauseText = text.slice(piece.clause.start, piece.clause.end).toLowerCase();
  // (the clause names a target it sets, not one it only cites)
  // (not one a contrast after the value sets against it: "… quý I/2027 đạt 63,8%, trong khi Kế hoạch năm 2027 đặt mục tiêu tối thiểu 68%")
  const contrastAt = text.slice(m.end, piece.clause.end).search(CONTRAST);
  // (nor what the reason before a consequence reports: "… năm 2027 mới đạt 68,4%, … nên năm nay tỉnh sẽ nâng tỷ lệ này lên tối thiểu 75%")
  const consequence = piece.clause.start + Math.max(0, ...[...text.slice(piece.clause.start, m.start).matchAll(CONSEQUENCE)].map((x) => x.index! + x[0].length));
  const namesTarget = TARGET_MARKERS.test((contrastAt >= 0 ? text.slice(piece.clause.start, m.end + contrastAt).toLowerCase() : clauseText).replace(TARGET_REFERENCE, ' '));
  // (a list's values are quoted by the words before its first one: "giao lần lượt là 60%, 50%, 40%")
  // (so is a paragraph that opens by naming its targets: "Mục tiêu Chương trình đến năm 2025: …")
  // (and "chưa đạt mức 30% đề ra cho năm 2026": the level that was set)
  const quotedTarget = QUOTED_TARGET.test(text.slice(Math.max(0, first.mention.start - 160), first.mention.valueStart)) || TARGETS_LEAD.test(text.slice(0, m.start))
    || (/(?<![\p{L}])mức\s*$/iu.test(text.slice(Math.max(0, m.start - 10), m.valueStart)) && /^\s*%?\s*(?:mà\s+(?:kế hoạch|chỉ tiêu|tỉnh|thành phố|Trung ương)\s+)?(?:được\s+)?(?:đề ra|đặt ra|giao)(?![\p{L}])/iu.test(text.slice(m.valueEnd)))
    || ctx.targetsListed === true;
  let kind: Target['kind'] = 'target';
  if (!quotedTarget) {
    if (pastBaseline) kind = 'result';
    // (a value under "- Kết quả năm 2027:" reports, unless its own words set a target: "… vượt chỉ tiêu tỉnh giao (60%)")
    else if (deadline.basis === 'block' && ctx.block?.result && !namesTarget) kind = 'result';
    // a past year stated in the clause, or carried from the review paragraph a "Tuy nhiên, …" continues
    else if ((deadline.basis === 'clause' || (pick && pick === carry)) && deadline.year !== null && ctx.docYear !== null && deadline.year < ctx.docYear) kind = 'result';
    // a heading's past year ("Điều 1. Phê duyệt kết quả … năm 2026" in a decision of January 2027) dates what was reached,
    // unless the words commit ("phấn đấu", "chỉ tiêu …")
    else if (deadline.basis === 'heading' && deadline.year !== null && ctx.docYear !== null && deadline.year < ctx.docYear && !ctx.news
      && !COMMITTING.test(text.slice(piece.clause.start, piece.clause.end)) && !namesTarget) kind = 'result';
    // (so does the period of a document that announces results, "Kết quả xác định Chỉ số CCHC năm 2026 …" in March 2027)
    // (a band in brackets commits to nothing: "04 đơn vị xếp loại "Xuất sắc" (từ 90 điểm trở lên)")
    else if (ctx.reportsResults && deadline.basis === 'document' && deadline.year !== null && ctx.docYear !== null && (deadline.year < ctx.docYear || (ctx.reportsOwnYear === true && deadline.year === ctx.docYear))
      && !COMMITTING.test(text.slice(piece.clause.start, piece.clause.end).replace(/\([^()]*\)/gu, ' ')) && !namesTarget) kind = 'result';
    // (a bracket of another value reports for itself: "giảm 03 đơn vị so với năm 2026 (hiện có 27 đơn vị)")
    // (not what a contrast after the value reports: "… đạt tối thiểu 85% trong năm 2028 …, trong khi năm 2027 mới đạt 78,3%")
    else if (RESULT_MARKER.test(piece.parenthetical ? clauseText : (contrastAt >= 0 ? text.slice(consequence, m.end + contrastAt).toLowerCase() : text.slice(consequence, piece.clause.end).toLowerCase()).replace(/\([^()]*\)/gu, ' ')) && !/phấn đấu|mục tiêu|chỉ tiêu đến/u.test(text.slice(piece.clause.start, m.valueEnd).replace(TARGET_REFERENCE, ' ').toLowerCase())
      // (not a demand on those that fell short: "Các địa phương chưa đạt phải có lộ trình, bảo đảm mỗi tháng tăng tối thiểu 5%")
      && !(COMMITTING.test(text.slice(Math.max(piece.clause.start, m.start - 20), m.end + 12)) && /(?<![\p{L}])(?<!tự\s)(?:phải|bảo đảm|đảm bảo)\s/iu.test(text.slice(sentenceStart, m.valueStart)))) kind = 'result';
    // ("dữ liệu đã số hóa đạt trên 80%" under a heading for 2026-2030 names what is measured: the
    // "đã" of a relative clause does not report, when the deadline is still ahead)
    else if (PAST_VERB.test(text.slice(piece.clause.start, m.valueStart)) && !PAST_RELATIVE.test(text.slice(piece.clause.start, m.valueStart))
      && !COMMITTING.test(text.slice(Math.max(piece.clause.start, m.start - 20), m.end + 12))
      // (nor a value dated by its own clause after the document's year: "đã qua đào tạo … đạt 38% vào năm 2030")
      && !((deadline.basis === 'heading' || deadline.basis === 'clause') && deadline.year !== null && ctx.docYear !== null && deadline.year > ctx.docYear)) kind = 'result';
    else if (STATUS.test(text.slice(piece.clause.start, m.valueStart))) kind = 'result';
    // a count of what has been done, told after it: "Có 9/12 thôn, bản đã thành lập Tổ công nghệ số cộng đồng"
    // (not a condition: "không để người dân phải đi lại quá 01 lần khi hồ sơ đã đầy đủ")
    else if (m.unit === 'count' && /^\d/u.test(m.text) && /^\s*(?:\/\s*[\d.]+\s+)?(?:(?!khi|nếu|sau)[\p{L}]+[\s,]+){1,4}đã\s+(?!có\s)\p{L}/u.test(text.slice(m.valueEnd, piece.clause.end))
      && !COMMITTING.test(text.slice(piece.clause.start, piece.clause.end))) kind = 'result';
    // what an office is doing now: "Sở Tài chính đang thực hiện 214 TTHC", "hiện đang quản lý 27 đơn vị"
    else if (m.unit === 'count' && /^\d/u.test(m.text) && /(?<![\p{L}])đang\s+(?:thực hiện|quản lý|vận hành|cung cấp|giải quyết|sử dụng)\s*$/iu.test(text.slice(piece.clause.start, m.valueStart))) kind = 'result';
    // what was reached over what was set: "đạt 61,2%/chỉ tiêu 80%", "đạt 31/45 nhiệm vụ/kế hoạch năm"
    // (and "Tỷ lệ thanh toán trực tuyến (52,3%) còn thấp so với chỉ tiêu năm 2026 (60%)")
    // (not a plan's own aim set above the nation's: "Tỷ lệ … đạt trên 75%, cao hơn mục tiêu quốc gia là 70%")
    else if (/^\s*(?:\/|\)?,?\s*(?:vẫn\s+|còn\s+)?(?:thấp hơn|cao hơn|thấp so với|chưa đạt|vượt)(?:\s+so với)?)\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?![\p{L}])/iu.test(text.slice(m.end))
      && !(!ctx.news && !ctx.resultSection && !ctx.reportsResults
        && /^\s*,?\s*(?:cao hơn|vượt)(?:\s+so với)?\s+(?:chỉ tiêu|mục tiêu)(?:\s+(?:chung\s+)?(?:của\s+)?(?:quốc gia|cả nước|toàn quốc|Chính phủ|Trung ương))/iu.test(text.slice(m.end)))) kind = 'result';
    // A year before the plan's own period is a baseline the plan reports ("Năm 2023, …" in a plan for 2024).
    // (not in a news article: the period it names is some plan's, not its own)
    // (unless the value commits: "năm 2023 đạt không dưới 15%" in a plan for 2023 and 2024-2025)
    else if (!ctx.news && deadline.basis === 'clause' && deadline.year !== null && ctx.period && deadline.year < ctx.period.from && !deadline.fromYear
      && !COMMITTING.test(text.slice(Math.max(piece.clause.start, m.start - 20), m.end + 12))) kind = 'result';
    // (a target the result is measured against, "vượt mục tiêu giảm tối thiểu 10%", is no commitment)
    // (nor a value its own words date after the document: "Ghi chú: Chỉ tiêu năm 2027: tối thiểu 90% …" in a report of 2026)
    else if (ctx.resultSection && !namesTarget
      && !(deadline.basis === 'clause' && deadline.year !== null && ctx.docYear !== null && deadline.year > ctx.docYear
        && years.some((y) => y.year === deadline.year && y.start >= sentenceStart && y.end <= m.start))) kind = 'result';
    // a stretch of the document's own year that was over when it was signed reports what was reached: "Trong 6 tháng đầu
    // năm 2025, tỷ lệ … đạt 98,3%" in a directive of 18/7/2025 (unless the sentence commits: "phải", "phấn đấu", "tối thiểu")
    // (the stretch may open the paragraph: "Tuy nhiên, … từ ngày 01/01/2026 đến ngày 30/9/2026, toàn tỉnh có … . Tỷ lệ hồ sơ trễ
    // hạn ở cấp tỉnh là 2,1%" — so long as the value names no later year of its own)
    // (or the lead of the list the value is an item of: "Theo báo cáo …, từ ngày 01/01/2028 đến ngày 31/5/2028, … . Cụ thể:" then
    // "- Cấp tỉnh: 2.947 hồ sơ trễ hạn, tỷ lệ 1,02%")
    else if (ctx.docDate !== null && periodEnds(`${ctx.listLead ?? ''} ${text.slice(0, m.valueStart)}`, ownYear(ctx.period, ctx.docYear)).some((e) => !e.deadline && e.date < ctx.docDate!)
      && !(deadline.basis === 'clause' && deadline.year !== null && ctx.docYear !== null && deadline.year > ctx.docYear)
      && !commitsIn(text.slice(sentenceStart, Math.max(m.end, piece.clause.end)))) kind = 'result';
    // A news article reports: a value is a target only where the sentence commits to it.
    // (or sets a day still ahead of the article: "… xử lý dứt điểm 100% hồ sơ quá hạn … trước ngày 31/8/2025" on 21/7/2025)
    // (a commitment earlier in the paragraph carries on: "tỉnh phấn đấu …. Thời gian … được rút ngắn 30%")
    else if (ctx.news && !newsCommits(text, m.start, Math.max(m.end, piece.end), m.end) && !ctx.continuesCommitting
      && !(ctx.docDate !== null && periodEnds(text.slice(sentenceStart, piece.clause.end), ownYear(ctx.period, ctx.docYear)).some((e) => e.deadline && e.date > ctx.docDate!))
      && (deadline.basis === 'document' || deadline.basis === null || (deadline.year !== null && ctx.docYear !== null && deadline.year <= ctx.docYear))) {
      kind = 'result';
    }
    // (a fall in a ranking is told, not aimed at, whatever the sentence asks after it: "Chỉ số hài lòng tụt 5 bậc, Đắk Lắk yêu cầu …")
    else if (ctx.news && m.unit === 'rank' && change === 'decrease' && !commitsIn(text.slice(sentenceStart, m.start))) kind = 'result';
  }
  // The value a move starts from is where things stand, not a goal: "Tỷ lệ … từ 72,5% năm 2026 lên tối thiểu 85% năm 2027",
  // "ở cấp tỉnh từ 91,3% lên 100%" (in a plan of January 2027: the year just ended), "mức độ hài lòng tăng từ 91,2% lên 93,5%"
  // after "So với cùng kỳ năm 2026, …" (the year it is compared with)
  // ("thứ hạng từ vị trí 15/34 vào nhóm 10"; "từ 88% lên 100% vào năm 2028": the year after the move is the goal's)
  const move = /(?<![\p{L}])từ\s*(?:vị trí\s+)?$/iu.test(text.slice(Math.max(piece.start, m.valueStart - 16), m.valueStart))
    ? /^(\s*(?:\/\s*\d+\s*)?(?:năm\s+(?:19|20)\d{2}\s*)?)(?:lên|xuống|tăng lên|giảm xuống|vào)\s+(?:(?:mức|tối thiểu|ít nhất|trên|dưới|từ|khoảng|không quá|vị trí|nhóm|top)\s+)*\d/iu.exec(text.slice(m.end)) : null;
  // (a document of the year's first half looks back on the year before)
  const firstHalf = Number(ctx.docDate?.slice(5, 7) ?? 12) <= 6;
  if (!quotedTarget && move) {
    kind = 'result';
    if ((deadline.basis !== 'clause' || (pick !== undefined && pick.start >= m.end + move[1]!.length)) && ctx.docYear !== null) {
      const from = Math.max(0, text.lastIndexOf('. ', m.start) + 1);
      const base = years.filter((y) => y.baseline && y.start >= from && y.end <= m.start).pop();
      deadline = { ...deadline, year: base?.year ?? (firstHalf ? ctx.docYear - 1 : ctx.docYear), fromYear: null, basis: 'clause' };
    }
  }
  // "Năm ngoái, tỷ lệ … mới đạt 71,5%", "tỷ lệ hồ sơ … năm qua đạt 98,7%" (in February): the year before, when the value names none
  if (kind === 'result' && deadline.basis !== 'clause' && ctx.docYear !== null) {
    const prior = /(?<![\p{L}])(?<!(?:so với|cùng kỳ|hơn)\s)năm\s+(ngoái|trước|qua)(?![\p{L}])/iu.exec(text.slice(sentenceStart, m.start));
    if (prior && (prior[1]!.toLowerCase() !== 'qua' || firstHalf)) deadline = { ...deadline, year: ctx.docYear - 1, fromYear: null, basis: 'clause' };
  }
  // A news article's result with no year of its own is of the year the article is about.
  // (so is the level it fell short of or beat: "… đạt 97,8%, … nhưng vẫn chưa đạt mức 98% mà kế hoạch đặt ra")
  const measuredAgainst = quotedTarget && /(?<![\p{L}])(?:chưa đạt|không đạt|vượt)\s+mức\s*$/iu.test(text.slice(Math.max(0, m.start - 20), m.valueStart));
  // (not where things stand now: "Hiện vẫn còn 14 xã …", "thời gian chờ … hiện khoảng 12 phút" — the article's own year)
  const now = /(?<![\p{L}])(?<!(?:phát|thực|thể|xuất|biểu)\s)(?:hiện|hiện nay|hiện tại)(?![\p{L}])/iu.test(text.slice(piece.clause.start, m.valueStart));
  if ((kind === 'result' || measuredAgainst) && ctx.news && ctx.news.topicYear !== null && (deadline.basis === 'document' || deadline.basis === null) && !now) {
    deadline = { ...deadline, year: ctx.news.topicYear, basis: 'heading' };
  }
  // (and "Đến cuối năm, phường đã chi trả …" in an article of January 2027 on 2026's results: the year it reports on)
  if (kind === 'result' && ctx.news && ctx.news.topicYear !== null && ctx.docYear !== null && ctx.news.topicYear < ctx.docYear && relative && pick === relative) {
    deadline = { ...deadline, year: ctx.news.topicYear, basis: 'heading' };
  }
  // A result is dated by when it was achieved, never by a deadline it is compared with
  // ("đã giảm 11,2% …, vượt chỉ tiêu giảm tối thiểu 10% đến năm 2025"): drop "đến năm" years.
  if (kind === 'result' && pick && pick !== carry && deadline.year === pick.year && isDeadlinePhrase(text, pick)) {
    const dated = [...own, ...years.filter((y) => namesYear(y) && y.end <= piece.clause.start)]
      .filter((y) => !isDeadlinePhrase(text, y)).sort((a, b) => dist(a) - dist(b))[0];
    if (dated) deadline = { ...deadline, year: dated.year, fromYear: dated.fromYear, basis: 'clause' };
    else if (ctx.docYear !== null) deadline = { ...deadline, year: ctx.docYear, fromYear: null, basis: 'document' };
  }

  // "từ năm 2023, mỗi năm tăng …" in a "Đến năm 2025:" block: 2025, from 2023.
  const startsAt = clauseYears.find((y) => y.opens);
  if (kind === 'target' && startsAt && deadline.year !== null && deadline.year > startsAt.year) deadline = { ...deadline, fromYear: startsAt.year };
  // A result has no start year; "Đến nay, … còn 1.187 đơn vị" is of the document's year unless
  // the value's own piece names one.
  if (kind === 'result') {
    deadline = { ...deadline, fromYear: null };
    // (a year carried from the paragraph before has that paragraph's offsets: never in this piece)
    const inPiece = pick && pick !== carry && pick.start >= piece.start && pick.end <= piece.end;
    // ("Hiện nay, toàn tỉnh đã thu nhận …; đã cấp 486.300 tài khoản …": the whole sentence)
    // (not "cao nhất từ trước đến nay", "ever")
    if (!inPiece && ctx.docYear !== null && /(?<![\p{L}])(?:(?<!từ trước\s+)đến nay|hiện nay|tính đến nay|hiện(?=\s+(?:có|còn|đang|vận hành|duy trì|quản lý)(?![\p{L}])))(?![\p{L}])/iu.test(text.slice(Math.min(piece.clause.start, sentenceStart), m.valueStart))
      // ("Hiện thành phố đã có 38 cơ sở dữ liệu …": a sentence opened by "Hiện")
      || /^\s*(?:[-+•]\s*)?Hiện\s+(?!nay|tại|đang)[^,;]{0,40}?(?:đã\s+)?có\s*$/u.test(text.slice(Math.min(piece.clause.start, sentenceStart), m.valueStart))
      // ("Hiện, 100% xã, thị trấn đã lắp đặt …")
      || /^\s*(?:[-+•]\s*)?Hiện\s*,/u.test(text.slice(sentenceStart, m.valueStart))) {
      deadline = { ...deadline, year: ctx.docYear, basis: 'document' };
    }
  }
  // A target a review quotes ("vượt chỉ tiêu tỉnh giao (98%)") is of the year under review, like its result.
  if (quotedTarget && deadline.basis === 'document' && ctx.docYear !== null && deadline.year !== null && deadline.year > ctx.docYear) {
    deadline = { ...deadline, year: ctx.docYear, fromYear: null };
  }
  // (in a news article, the year the article reports on: "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,5%, vượt chỉ tiêu Kế hoạch (60%)")
  // (not one it sets: "thành phố đặt chỉ tiêu 100% thủ tục …")
  if (quotedTarget && kind === 'target' && ctx.news && ctx.news.topicYear !== null && deadline.basis === 'document'
    && /(?<![\p{L}])(?:vượt|chưa đạt|đạt|so với|thấp hơn|cao hơn)\s+(?:[\p{L}]+\s+){0,3}?(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\p{L}])/iu.test(text.slice(Math.max(0, m.start - 80), m.start))) {
    deadline = { ...deadline, year: ctx.news.topicYear, fromYear: null };
  }
  // A result dated only by the document is of the document's year, or of its period if that
  // ended earlier (a plan for 2026 issued in December 2025 reviews 2025).
  if (kind === 'result' && deadline.basis === 'document' && ctx.docYear !== null && deadline.year !== null && deadline.year > ctx.docYear) {
    deadline = { ...deadline, year: ctx.docYear, fromYear: null };
  }

  // Baseline for a change: in the piece, the clause, else the same sentence.
  let baselineYear: number | null = null;
  if (change) {
    const sentence = sentenceAround(text, m.start);
    const bl = years.filter((y) => y.baseline && y.start >= piece.start && y.end <= piece.end)[0]
      ?? years.filter((y) => y.baseline && y.start >= piece.clause.start && y.end <= piece.clause.end)[0]
      ?? years.filter((y) => y.baseline && y.start >= sentence.start && y.end <= sentence.end)[0];
    baselineYear = bl ? bl.year : null;
    // ("Chỉ số CCHC năm 2026 … giảm 3 bậc so với năm trước": the year before the value's own)
    if (!bl && deadline.year !== null && deadline.recurrence === null
      && /^[^.;]{0,40}?so với\s+(?:cùng kỳ\s+)?năm trước(?![\p{L}])/iu.test(text.slice(m.end, piece.clause.end))) baselineYear = deadline.year - 1;
  }

  // Level: ranks and scores belong to the province as a whole ("Chỉ số năng lực cạnh tranh
  // cấp tỉnh" names an index), unless they are the communes' or districts' own ("không có xã,
  // thị trấn nào có Chỉ số CCHC dưới 75 điểm"); a list takes its level by position.
  let level: Target['level'] = null;
  if (m.unit === 'rank' || m.unit === 'score') {
    // (a level word that ends an index's name is no level: "Chỉ số năng lực cạnh tranh cấp tỉnh", "Chỉ số CCHC cấp tỉnh"; the block
    // of the province's departments is: "Chỉ số CCHC bình quân của khối sở, ban, ngành đạt từ 88 điểm")
    // (a place among the province's departments names no level, "xếp thứ 4/21 cơ quan chuyên môn thuộc UBND tỉnh", unless it is
    // the block's: "thuộc nhóm 3 đơn vị dẫn đầu khối sở, ban, ngành")
    const lv = levelsIn(pieceText.replace(INDEX_NAME_LEVEL, '$1'));
    level = lv.length === 1 && (m.unit === 'score' || lv[0] !== 'province' || /(?<![\p{L}])khối sở(?![\p{L}])/iu.test(pieceText)) ? lv[0]! : null;
  } else {
    if (piece.listIndex !== null) {
      const lv = levelsIn(text.slice(piece.clause.start, piece.clause.end));
      // (or each level as often as the list names one: "ở cấp Thành phố, cấp xã và đặc khu Côn Đảo lần lượt đạt tối thiểu 98%, 97% và 95%")
      const seq = lv.length === piece.listSize ? lv : levelSequence(text.slice(piece.clause.start, piece.clause.end));
      level = seq.length === piece.listSize ? seq[piece.listIndex]! : null;
    } else {
      const lv = levelsIn(pieceText);
      level = lv.length === 1 ? lv[0]! : null;
      if (!level && m.unit === 'count') level = LEVEL_UNITS.find(([re]) => re.test(text.slice(m.valueEnd)))?.[1] ?? null;
      // (a kind of commune the piece is scoped to: "đối với phường: đạt tối thiểu 90%; đối với xã: …")
      if (!level && /(?<![\p{L}])đối với (?:các\s+)?(?:phường|xã|thị trấn|đặc khu)(?![\p{L}])/iu.test(pieceText)) level = 'commune';
    }
  }

  // Indicator: the piece's subject, else the previous piece's in the same sentence
  // ("tăng 2,82 điểm so với năm 2020"), else the sentence's subject.
  // (a list's subject may follow its last value: "95%, 90% và 80% hồ sơ công việc lần lượt tại cấp tỉnh, …")
  // (a bracket's count of a share, "đạt 71,4% (275.043/385.214 hồ sơ)", measures the share's indicator, not "hồ sơ")
  const after = text.slice(piece.listIndex !== null ? piece.listEnd : first.mention.end, piece.end);
  let label = labelOf(text.slice(first.start, first.mention.start), piece.parenthetical && m.unit === 'count' && /^\s*\//u.test(after) ? '' : after, m.unit);
  // ("…, đến ngày 30/9/2026 đạt tối thiểu 75%": a time is no indicator; the one before goes on; nor is "tỷ lệ này",
  // which names it again: "có ít nhất 25% đơn vị … tự bảo đảm chi thường xuyên, đến năm 2030 tỷ lệ này đạt 35%")
  // nor the target a result is set against, which measures what the result does: "Tỷ lệ hồ sơ … đạt 48,8% (chỉ tiêu năm
  // 2026 là 55%)", "…đạt 46,2%, chỉ tiêu cả năm là 50%"
  // (nor "thứ hạng từ vị trí", which names a place of the indicator before it)
  if (label !== null && (TIME_ONLY.test(label) || /^(?:tỷ lệ|chỉ số|chỉ tiêu|số lượng|con số) (?:này|đó|trên)$/iu.test(label)
    || /^(?:thứ hạng|xếp hạng|vị trí)(?:\s+(?:từ|lên|xuống))?(?:\s+vị trí)?$/iu.test(label)
    || /^(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:năm\s+)?\d{4}|\s+(?:cả năm|năm|giao|được giao|đề ra|kế hoạch|tỉnh|thành phố))*$/iu.test(label))) label = null;
  if (label === null) {
    penalties += 0.1;
    // (the item's name, not the year the clause opens with: "Cung ứng dịch vụ công: 2025 đạt 7,28 điểm")
    label = ctx.previousLabel(p.start + piece.start) ?? labelOf(text.slice(sentenceAround(text, m.start).start, m.start), '', 'other')?.replace(/\s*:\s*(?:năm\s+)?(?:19|20)\d{2}$/u, '') ?? '';
  }
  // "Số hóa hồ sơ …: cấp tỉnh đạt 100%, cấp huyện đạt tối thiểu 80%": the level is not the
  // indicator; the subject stands before the colon.
  const colon = text.indexOf(': ');
  // (or before the bracket: "Số hóa hồ sơ, kết quả giải quyết TTHC (cấp tỉnh 100%, cấp huyện 90%, …)")
  const bracket = text.lastIndexOf('(', piece.start);
  // ("- Tiếp cận đất đai: nâng điểm số lên tối thiểu 6,60 điểm": a generic label takes the item's name)
  // (unless the list after the colon named it with its first level: "Về số hóa …: tỷ lệ hồ sơ … được số hóa … ở cấp tỉnh
  // đạt 97,6%, cấp xã đạt 85,3%" — the second level's share is of that indicator)
  const named = LEVEL_ONLY.test(label) && colon > 0 && colon < piece.start ? ctx.previousLabel(p.start + piece.start, p.start + colon) : null;
  if (named && levelsIn(named).length === 1 && !LEVEL_ONLY.test(named)) {
    label = `${named.replace(LEVEL_PHRASE, ' ').replace(/[\s,]+$/u, '').replace(/\s{2,}/gu, ' ')} ${label}`;
  } else if ((LEVEL_ONLY.test(label) || GENERIC_LABEL.test(label)) && colon > 0 && colon < piece.start) {
    const head = labelOf(text.slice(LEADING_LABEL.exec(text)?.[0].length ?? 0, colon), '', 'other');
    if (head) label = `${head} ${label}`;
  } else if (LEVEL_ONLY.test(label) && bracket > 0 && !text.slice(bracket, piece.start).includes(')')) {
    const from = Math.max(LEADING_LABEL.exec(text)?.[0].length ?? 0, sentenceAround(text, bracket).start);
    const head = labelOf(text.slice(from, bracket), '', 'other');
    if (head) label = `${head} ${label}`;
  } else if (WHOLE_ONLY.test(label)) {
    // ("… lần lượt 90%, 75% đối với cấp tỉnh, cấp xã; bình quân toàn tỉnh không dưới 80%": the whole's value of the indicator before)
    const head = ctx.previousLabel(p.start + piece.start);
    if (head && !WHOLE_ONLY.test(head)) label = `${head} ${label}`;
  } else if (LEVEL_ONLY.test(label) && /(?<![\p{L}])trong đó,?\s+(?:\p{L}+\s+){0,5}$/iu.test(text.slice(Math.max(0, piece.start - 40), m.start))) {
    // ("Tỷ lệ hồ sơ … đạt từ 98,5% trở lên, trong đó cấp thành phố đạt 99%": the level's share of the value before)
    const head = ctx.previousLabel(p.start + piece.start);
    if (head && !LEVEL_ONLY.test(head)) label = `${head} ${label}`;
  }
  const area = areaOf(ctx.headings.slice().reverse(), `${label} ${pieceText}`, m.unit);

  const place = ctx.locator.place(p.start + piece.start, p.start + piece.end);
  return {
    kind,
    indicator: { label, area, key: null, keyScore: null },
    value: { value: m.value, max: m.max, unit: m.unit, comparator, interval: interval(m.value, m.max, comparator), text: m.text },
    change: change ? { direction: change, baselineYear } : null,
    deadline,
    level,
    source: {
      quote: text.slice(piece.start, piece.end), start: p.start + piece.start, end: p.start + piece.end,
      line: place.line, page: place.page, sectionPath: ctx.sectionPath,
    },
    penalties,
  };
}

/**
 * A news subheading: a short unpunctuated line of the body, after the headline. It may end on words it quotes ('Tụt 3 bậc,
 * nhìn thẳng vào "điểm nghẽn"'); a quoted remark, which opens and closes on its quote, is none.
 */
function isSubheading(p: Paragraph, titleEnd: number): boolean {
  const t = p.text.trim();
  return p.start >= titleEnd && p.text.length <= 100 && !/[.;:!?,]["”]?$/u.test(t) && !(/["”]$/u.test(t) && /^["“]/u.test(t));
}

/**
 * Year-column tables: rows are the paragraphs that came from one original line ("1 | Tỷ lệ …
 * | % | ≥ 50 | ≥ 60"); each value cell is a record dated by its column, quoted from the
 * row's indicator cell to the value. Returns the drafts keyed by the row's first paragraph
 * and every paragraph of those rows, which the cell-by-cell reading then skips.
 */
function tableDrafts(work: Work, locator: Locator): { at: Map<number, Draft[]>; consumed: Set<number>; phrases: Map<number, TablePhrase> } {
  const news = work.metadata.kind?.value === 'news article';
  const rows: Cell[][] = [];
  const rowOf = new Map<Cell[], number[]>();
  // A row: the paragraphs from one original line, or from one table row of a structured format.
  const tableRows = work.loaded.tableRows ?? [];
  const rowKey = (p: Paragraph): string => {
    const o = locator.original(p.start);
    const r = tableRows.length ? lastAtOrBefore(tableRows.length, (i) => tableRows[i]!.start, o) : -1;
    return r >= 0 && tableRows[r]!.start <= o && o < tableRows[r]!.end ? `r${r}` : `l${locator.place(p.start, p.end).line}`;
  };
  let key = '';
  let row: Cell[] = [];
  let members: number[] = [];
  // A pipe row a hard-wrapped copy broke over lines ("3 | Tỷ lệ … | % | 60 | 65 | 70 | 75 |" then "80";
  // "… | 1,2" then "- 1,5") goes on with the row above it: the next line does not open the next row
  // number, and both together are no wider than the header.
  let headerWidth = 0;
  let lastLine = -2;
  // (a row's first cell may wrap before the "|" that ends it: "| 1. Tỷ lệ hồ sơ … được" then "thanh toán trực tuyến (toàn tỉnh) | 70% | 73% |
  // 76% | 80% |" — the short line waits for the next, and the two are one row when together they are as wide as the header)
  let pending: { row: Cell[]; members: number[]; line: number } | null = null;
  // (a pipe row whose empty cells the normalizer dropped, "|  |  | Nhóm 1 | ≥ 85 | ≥ 90 | ≥ 95 |  |", gets them back by the bars of its
  // line, so its cells stand under their columns; and so does a header over merged cells, "| Chỉ số | Năm 2025 | | Năm 2026 | |",
  // and the sub-header under it, "| | | Điểm | Xếp hạng | Điểm | Xếp hạng |")
  const original = work.loaded.original;
  const padPipeRow = (cells: Cell[]): Cell[] => {
    const o = locator.original(cells[0]!.start);
    const ls = original.lastIndexOf('\n', o - 1) + 1;
    const le = original.indexOf('\n', o) < 0 ? original.length : original.indexOf('\n', o);
    const line = original.slice(ls, le);
    if (!/\|\s*\|/u.test(line)) return cells;
    const bars = [...line.matchAll(/\|/gu)].map((x) => ls + x.index!);
    // (the text before the first bar and after the last is a cell only when the line has no bar there)
    const edges = [...(original.slice(ls, bars[0]).trim() ? [ls - 1] : []), ...bars, ...(original.slice(bars.at(-1)! + 1, le).trim() ? [le] : [])];
    const out: Cell[] = [];
    for (let b = 0; b + 1 < edges.length; b++) {
      const inside = cells.filter((c) => { const co = locator.original(c.start); return co > edges[b]! && co < edges[b + 1]!; });
      if (inside.length > 1 || (inside.length === 0 && original.slice(edges[b]! + 1, edges[b + 1]!).trim() !== '')) return cells;
      const at = out.at(-1)?.end ?? cells[0]!.start;
      out.push(inside[0] ?? { start: at, end: at, text: '' });
    }
    return out.length === cells.length + out.filter((c) => c.text === '').length ? out : cells;
  };
  const number = (c: Cell | undefined) => (c ? rowNumber(c.text) : null);
  const flush = () => {
    const line = key.startsWith('l') ? Number(key.slice(1)) : -2;
    // (not a section's title, "| I | Khối sở, ban, ngành | | | |", which stays a short row)
    if (line >= 0 && row.length >= 3) row = padPipeRow(row);
    // (and so does a sub-header the copy put under the separator, "| | | | Kế hoạch | Thực hiện | |" below "| … | Năm 2026 | |
    // Chỉ tiêu năm 2027 |" and "|---|…|": it goes on with the header above it)
    else if (line >= 0 && headerWidth > 0 && row.length === 2 && (row.some((c) => /\d/u.test(c.text))
      || (line <= lastLine + 2 && rows.length > 0 && rows.at(-1)!.length === headerWidth && number(rows.at(-1)![0]) === null
        && rows.at(-1)!.some((c) => c.text.trim() === '') && row.every((c) => !/^(?:[IVX]+|[a-zđ]\)?)\.?$/u.test(c.text.trim()))))) {
      const padded = padPipeRow(row);
      if (padded.length === headerWidth) row = padded;
    }
    if (pending && row.length && line === pending.line + 1 && headerWidth > 0 && pending.row.length + row.length === headerWidth) {
      row = [...pending.row, ...row];
      members = [...pending.members, ...members];
    }
    pending = null;
    const last = rows[rows.length - 1];
    if (row.length && last && line === lastLine + 1 && number(last[0]) !== null && number(row[0]) !== number(last[0])! + 1) {
      const joinCell = /^[-–]\s*\d/u.test(row[0]!.text.trim()) && /^[\d.,]+$/u.test(last[last.length - 1]!.text.trim());
      if (last.length + row.length - (joinCell ? 1 : 0) <= headerWidth) {
        if (joinCell) {
          const c = last[last.length - 1]!;
          last[last.length - 1] = { start: c.start, end: row[0]!.end, text: work.text.slice(c.start, row[0]!.end) };
          row = row.slice(1);
        }
        last.push(...row);
        rowOf.get(last)!.push(...members);
        lastLine = line;
        row = []; members = [];
        return;
      }
    }
    // (a sub-header of levels has two cells: "Cấp tỉnh | Cấp xã")
    if (row.length >= 3 || isLevelRow(row)) {
      rows.push(row); rowOf.set(row, members); lastLine = line;
      if (number(row[0]) === null) headerWidth = row.length;
    } else if (row.length > 0 && headerWidth > 0 && line >= 0) pending = { row, members, line };
    row = []; members = [];
  };
  const ps = work.paragraphs;
  const texts = ps.map((p) => p.text);
  const layouts = layoutRows(work);
  // (a column-laid row is never prose, values or not: its words run across its columns)
  const inLayout = new Set<number>();
  for (let i = 0; i < ps.length; i++) {
    // a table laid out in columns: rows of cells cut by the header's columns (extractors/layout.ts)
    const layout = layouts.get(i);
    if (layout) {
      flush();
      key = '';
      for (const r of layout.rows) { row = r.cells; members = r.members; for (const k of r.members) inLayout.add(k); flush(); }
      i = layout.end - 1;
      continue;
    }
    // a table laid out with spaces: rows of cells cut from one paragraph each (normalize kept them apart)
    const spaced = spacedTable(texts, i);
    if (spaced) {
      flush();
      key = '';
      const h = ps[i]!;
      row = spaced.headerCells.map((text) => ({ start: h.start, end: h.end, text }));
      members = spaced.header;
      flush();
      for (const r of spaced.rows) {
        const p = ps[r.line]!;
        // (a wrapped label's rest names the row too: "… trên môi trường" + "mạng (trừ hồ sơ mật)")
        row = r.cells.map((c, k) => ({ start: p.start + c.from, end: p.start + c.to, text: k === 1 ? [c.text, ...r.more.map((m) => ps[m]!.text.trim())].join(' ') : c.text }));
        members = [r.line, ...r.more];
        flush();
      }
      i = spaced.end - 1;
      continue;
    }
    const vertical = verticalTable(ps, i, (p) => locator.place(p.start, p.end).line);
    if (vertical) {
      flush();
      key = '';
      for (const [k, r] of vertical.rows.entries()) {
        row = r.map((j) => ({ start: ps[j]!.start, end: ps[j]!.end, text: ps[j]!.text }));
        // (a header cell wrapped before its bracket, "Điểm năm 2025" then "(điểm gốc)", is one cell where the rows are a cell narrower)
        const narrower = vertical.rows.slice(1).some((d) => d.length < r.length);
        if (k === 0 && narrower) {
          row = row.reduce<Cell[]>((cs, c) => {
            const last = cs[cs.length - 1];
            // (and a line that goes on in lower case: "Tỷ lệ tái sử" + "dụng 2026 (%)")
            if (last && (/^\([^()]*\)$/u.test(c.text.trim()) || /^\p{Ll}/u.test(c.text.trim())) && !/\)$/u.test(last.text.trim())) cs[cs.length - 1] = { start: last.start, end: c.end, text: `${last.text.trim()} ${c.text.trim()}` };
            else cs.push(c);
            return cs;
          }, []);
        }
        members = r;
        flush();
      }
      i = vertical.end - 1;
      continue;
    }
    const p = ps[i]!;
    const k = rowKey(p);
    if (k !== key) { flush(); key = k; }
    row.push({ start: p.start, end: p.end, text: p.text });
    members.push(i);
  }
  flush();
  const at = new Map<number, Draft[]>();
  const consumed = new Set<number>();
  const docYear = yearOf(work.metadata.date?.value ?? work.metadata.library?.issued?.value);
  const found: TablePhrase[] = [];
  const indexOf = new Map(work.paragraphs.map((p, i) => [p.start, i]));
  // (a pipe row's first cell starts after its "|": the paragraph is the one that holds it)
  const paragraphAt = (offset: number): number => indexOf.get(offset) ?? work.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
  // ("Đơn vị tính: điểm" on one of the three lines above the header, after the caption)
  const captionUnit = (header: Cell): string | undefined => {
    const at = paragraphAt(header.start);
    for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
      const u = CAPTION_UNIT.exec(work.paragraphs[k]!.text.trim());
      if (u) return u[1];
      // (or the scale it is scored on: "Điểm PAPI của Hà Nội ở một số nội dung (thang điểm 1-10):")
      if (/\(\s*thang điểm\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s*:?$/iu.test(work.paragraphs[k]!.text.trim())) return 'điểm';
    }
    return undefined;
  };
  // ("LỘ TRÌNH CHỈ TIÊU TỐI THIỂU THEO QUÝ NĂM 2027" above a table of bare shares: every cell is a floor)
  // (or a note under it: "Ghi chú: Số liệu tại các cột Quý I, Quý II, Quý III là mức tối thiểu phải đạt tính đến hết quý")
  const paragraphTexts = work.paragraphs.map((q) => q.text);
  const captionBound = (headerStart: number): Comparator | undefined => {
    const at = paragraphAt(headerStart);
    let after = at;
    // (over a section's title between the rows: "I" / "CÁC SỞ, BAN, NGÀNH TỈNH")
    for (;;) {
      if (after + 1 < work.paragraphs.length && inTable.has(after + 1)) after++;
      else if (sectionTitle(paragraphTexts, after + 1) && inTable.has(after + 3)) after += 3;
      else break;
    }
    const note = work.paragraphs.slice(after + 1, after + 3).findIndex((q) => /^Ghi chú\s*:/iu.test(q.text.trim()));
    // (a note whose lines stand below it: "Ghi chú:" / "- Các tỷ lệ tại Phụ lục là mức tối thiểu phải đạt trong năm 2027")
    const alone = note >= 0 && /^Ghi chú\s*:\s*$/iu.test(work.paragraphs[after + 1 + note]!.text.trim());
    for (const k of [...(note >= 0 ? [after + 1 + note] : []), ...(alone ? [after + 2 + note] : []), ...Array.from({ length: 4 }, (_, i) => at - 1 - i)]) {
      if (k < 0 || k >= work.paragraphs.length) continue;
      const t = work.paragraphs[k]!.text;
      // ("Tỷ lệ tối thiểu phải đạt đến hết mỗi quý:")
      // (not units that missed the bound: "TỶ LỆ HỒ SƠ QUÁ HẠN CỦA CÁC XÃ, PHƯỜNG VƯỢT MỨC TỐI ĐA 1,0%")
      if (/(?<![\p{L}])(?:vượt|quá|chưa đạt|không đạt|dưới|thấp hơn|cao hơn)\s+(?:chỉ tiêu|mức|giá trị|tỷ lệ)\s+tối/iu.test(t)) return undefined;
      if (/(?<![\p{L}])(?:chỉ tiêu|mức|giá trị|tỷ lệ)\s+tối thiểu(?![\p{L}])/iu.test(t)) return 'gte';
      if (/(?<![\p{L}])(?:chỉ tiêu|mức|giá trị|tỷ lệ)\s+tối đa(?![\p{L}])/iu.test(t)) return 'lte';
    }
    return undefined;
  };
  const values = readTables(rows, found, captionUnit, groupLegend(paragraphTexts), { reports: /^báo cáo$/iu.test(work.metadata.kind?.value ?? '') });
  const telling = new Set(values.filter((v) => v.result).map((v) => v.table));
  const phrases = new Map(found.map((f) => [indexOf.get(f.cell.start)!, f]));
  const inTable = new Set([...rowOf.values()].flat());
  // A column that names no year ("Mục tiêu", "Kết quả") is dated by its row ("Tỷ lệ … (năm 2024)"),
  // else by the table's caption ("KẾT QUẢ … GIAI ĐOẠN 2021 - 2025"), else by the plan's period or date.
  const tableYear = (row: number, label: string): { year: number | null; fromYear: number | null; caption: boolean } => {
    const own = yearPhrases(label).filter(namesYear).pop();
    if (own) return { year: own.year, fromYear: own.fromYear, caption: false };
    let k = row - 1;
    while (k >= 0 && inTable.has(k)) k--;
    for (let seen = 0; k >= 0 && seen < 3; k--, seen++) {
      // (not a year in a bracket that reports, which dates its own remark: "… giảm 0,21 điểm phần trăm so với năm 2026 (năm 2026 là 0,69%)";
      // a bracket that dates the caption does: "2. Kết quả sắp xếp theo lĩnh vực (tính đến ngày 30/9/2026)")
      const t = work.paragraphs[k]!.text;
      const y = yearPhrases(t).filter((x) => namesYear(x) && !inResultRemark(t, x.start)).pop();
      if (y) return { year: y.year, fromYear: y.fromYear, caption: true };
    }
    return { year: work.metadata.period?.to ?? work.metadata.period?.from ?? docYear, fromYear: null, caption: false };
  };
  // A caption that reports: "Kết quả giải quyết hồ sơ TTHC 6 tháng đầu năm 2025 tại một số địa phương" above a table
  // of units in an article of July 2025 (a heading of results, or a stretch of time over by the document's date).
  const docDate = dateOf(work);
  const reportingCaption = (row: number): boolean => {
    let k = row - 1;
    while (k >= 0 && inTable.has(k)) k--;
    // (or the caption over the line that says what the table goes with: "(Kèm theo Công văn số 5630/VP-KSTT ngày 24/9/2027 …)")
    return reports(k) || (k > 0 && /^\(\s*kèm theo\s/iu.test(work.paragraphs[k]!.text.trim()) && reports(k - 1));
  };
  const reports = (k: number): boolean => {
    const caption = work.paragraphs[k]?.text.trim() ?? '';
    if (k < 0 || caption.length > 200 || /[.;]$/u.test(caption)) return false;
    // (or the day its figures were taken, before the document's: "(SỐ LIỆU ĐẾN NGÀY 20/9/2027)" in a letter of 24/9/2027)
    const asOf = /(?<![\p{L}])số liệu\s+(?:tính\s+)?(?:đến|tại|trích xuất)(?:\s+hết)?(?:\s+ngày)?\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})/iu.exec(caption);
    const asOfDate = asOf ? isoDate(Number(asOf[1]), Number(asOf[2]), Number(asOf[3])) : null;
    if (asOfDate !== null && docDate !== null && asOfDate <= docDate) return true;
    return (RESULT_SECTION.test(caption) && !TARGET_MARKERS.test(caption))
      || (docDate !== null && periodEnds(caption, ownYear(work.metadata.period, docYear)).some((e) => !e.deadline && e.date < docDate) && !NEWS_COMMITS.test(caption));
  };
  for (const v of values) {
    const r = rows.find((cells) => cells.includes(v.cell))!;
    const first = rowOf.get(r)![0]!;
    for (const i of rowOf.get(r)!) consumed.add(i);
    const dated = v.year !== null ? { year: v.year, fromYear: null, caption: false } : tableYear(first, v.indicator.text);
    const chain = ancestorsAt(work.outline, v.indicator.start);
    const headings = chain.filter((n) => HEADING_KINDS.has(n.kind));
    // A sub-row that only names a level ("- | Cấp huyện | % | > 90") measures its parent row's indicator.
    let label = v.label ?? v.indicator.text.trim();
    if (LEVEL_ONLY.test(label)) {
      // (the nearest cell of words above it that is no level, unit or value: the parent row may have no value cells)
      const at = indexOf.get(v.indicator.start) ?? -1;
      const parent = ps.slice(Math.max(0, at - 12), Math.max(0, at)).reverse().map((q) => q.text.trim())
        .find((t) => t.length > 12 && /\p{L}{2,}/u.test(t) && !LEVEL_ONLY.test(t) && !/\d/u.test(t));
      if (parent) label = `${parent} ${label}`;
    }
    // (the quote runs from the row's first cell used to its last: a label may stand after the value)
    const from = Math.min(v.indicator.start, v.cell.start);
    const to = Math.max(v.indicator.end, v.cell.end);
    const place = locator.place(from, to);
    const lv = v.unit === 'rank' || v.unit === 'score' ? [] : levelsIn(label);
    // (a column of its own year or plan says what it holds: "Chỉ tiêu 2026" under "Kết quả năm 2025 như sau:")
    // (nor a table whose own columns tell results from targets: "Mục tiêu | Kết quả" under "KẾT QUẢ THỰC HIỆN …")
    // (or a heading that reports: "2. Kết quả tập sự, đánh giá và bồi dưỡng" over "Nội dung | Cấp tỉnh | Cấp xã")
    // (a cut column tells nothing of its own: "Trước sắp xếp (30/6/2025) | Sau sắp xếp (30/9/2026) | Tỷ lệ giảm (%)" under results)
    // (a row that names a plan is one: "Chỉ tiêu …", "Kế hoạch …")
    const planRow = /chỉ tiêu|kế hoạch|mục tiêu/iu.test(label);
    const past = v.result || (v.year === null && !v.planned && (!telling.has(v.table) || v.cut === true) && !planRow && (reportingCaption(first) || underResults(headings))) || (docYear !== null && dated.year !== null && dated.year < docYear && !v.planned && !planRow)
      // (a column of the document's own year under a heading that reports: "Năm 2025 | Năm 2026 | Tăng (+)/giảm (-)" in a report of
      // December 2026 under "I. KẾT QUẢ THỰC HIỆN NĂM 2026")
      || (v.year !== null && v.year === docYear && !v.planned && underResults(headings) && !planRow)
      // (a unit's value under a column of a stretch over by the document's date: "Tỷ lệ quá hạn quý I/2027 (%)" in a letter of April 2027)
      // (a news article's table reports, unless its column is a plan: "Chỉ tiêu | 6 tháng 2026 | 6 tháng 2027")
      || (news && !v.planned && dated.year !== null && docYear !== null && dated.year <= docYear && !planRow)
      || (v.unitRow === true && docDate !== null && !planRow
        && periodEnds(unitRowParts(label).column, ownYear(work.metadata.period, docYear)).some((e) => !e.deadline && e.date < docDate));
    const comparator = v.comparator === 'eq' && !past && v.table !== undefined ? captionBound(v.table) ?? 'eq' : v.comparator;
    const d: Draft = {
      kind: past ? 'result' : 'target',
      indicator: { label, area: areaOf(headings.map((h) => h.title).reverse(), label, v.unit), key: null, keyScore: null },
      value: { value: v.value, max: v.max, unit: v.unit, comparator, interval: interval(v.value, v.max, comparator), text: v.cell.text.trim() },
      change: v.cut ? { direction: 'decrease', baselineYear: null } : v.against ? { ...v.against } : v.move ? { direction: v.move, baselineYear: v.year !== null ? v.year - 1 : null } : null,
      deadline: { year: dated.year, fromYear: past ? null : dated.fromYear, recurrence: null, basis: 'heading' },
      level: v.level ?? (lv.length === 1 && !v.allLevels ? lv[0]! : null),
      source: {
        quote: work.text.slice(from, to), start: from, end: to,
        line: place.line, page: place.page, sectionPath: headings.map(headingText),
      },
      penalties: 0.04 + (comparator === 'eq' ? 0.05 : 0),
      cell: true,
      table: v.table,
      ...(v.wholeYear ? { wholeYear: true } : {}),
      // (a single year the caption names is known too: "PHÂN KỲ CHỈ TIÊU … NĂM 2027 THEO QUÝ")
      yearKnown: v.year !== null || (dated.caption && dated.fromYear === null),
      levelKnown: v.level !== null,
      ...(v.unitRow ? { unitRow: true } : {}),
    };
    at.set(first, [...(at.get(first) ?? []), d]);
  }
  for (const i of phrases.keys()) consumed.delete(i);
  for (const i of inLayout) consumed.add(i);
  // A scoring rubric laid out as a table ("STT | Tiêu chí | Điểm tối đa | Cách chấm điểm") sets no target and reports
  // nothing: its criteria, bands and points are the definition of a score (guideline: numbers of a definition).
  let rubric = 0;
  for (const r of rows) {
    if (rowNumber(r[0]?.text ?? '') === null && r.some((c) => RUBRIC_HEAD.test(c.text.trim())) && !r.some((c) => /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(c.text))) { rubric = r.length; continue; }
    if (rubric && (rowNumber(r[0]?.text ?? '') !== null || /^[IVX]{1,4}$/u.test(r[0]?.text.trim() ?? '') || r.length >= rubric - 1)) for (const i of rowOf.get(r)!) consumed.add(i);
    else rubric = 0;
  }
  return { at, consumed, phrases };
}
/** A rubric table's column: "Cách chấm điểm", "Điểm tối đa", "Thang điểm", "Phương pháp tính điểm". */
const RUBRIC_HEAD = /^(?:cách (?:chấm|tính) điểm|phương pháp (?:chấm|tính) điểm|thang điểm|điểm tối đa|điểm chuẩn)$/iu;

/** A cell's words as the normalized text has them: NFC, one space between words. */
function oneLine(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ');
}

/**
 * Tables laid out in columns (extractors/layout.ts), found on the loader's lines, as rows of cells
 * over the normalized text, keyed by the index of the header's paragraph. Each cell is found in
 * its line's paragraph (a tab line's cells are paragraphs of their own) by its words in order; a
 * cell's wrapped rest is added to its text, not its span. A table whose cells cannot all be found
 * is left to the other readers.
 */
function layoutRows(work: Work): Map<number, { rows: Array<{ cells: Cell[]; members: number[] }>; end: number }> {
  const out = new Map<number, { rows: Array<{ cells: Cell[]; members: number[] }>; end: number }>();
  // (a Work that did not pass through normalize finds them here)
  const { lines, starts, tables } = work.layout ?? findLayoutTables(work.loaded.text);
  const ps = work.paragraphs;
  let byLine: Map<number, number[]> | null = null;
  for (const t of tables) {
    if (!byLine) {
      byLine = new Map();
      ps.forEach((p, i) => {
        const at = lastAtOrBefore(starts.length, (k) => starts[k]!, work.map.toSource(p.start));
        byLine!.set(at, [...(byLine!.get(at) ?? []), i]);
      });
    }
    const paras = (line: number) => byLine!.get(line) ?? [];
    const cursor = new Map<number, number>();
    const find = (line: number, text: string): Cell | null => {
      const want = oneLine(text);
      for (const i of paras(line)) {
        const p = ps[i]!;
        const at = p.text.indexOf(want, cursor.get(i) ?? 0);
        if (at < 0) continue;
        cursor.set(i, at + want.length);
        return { start: p.start + at, end: p.start + at + want.length, text: want };
      }
      return null;
    };
    const head = paras(t.header[0]!);
    if (!head.length) continue;
    const h = ps[head[0]!]!;
    // (the header's members take the section rows and page breaks too: they are the table's, not text above a row)
    const rows: Array<{ cells: Cell[]; members: number[] }> = [{ cells: t.headerCells.map((text) => ({ start: h.start, end: h.end, text })), members: [...t.header, ...t.other].flatMap(paras) }];
    let ok = true;
    for (const row of t.rows) {
      const members = [row.line, ...row.more].flatMap(paras);
      if (!members.length) { ok = false; break; }
      const end = ps[paras(row.line).at(-1) ?? members[0]!]!.end;
      const cells: Cell[] = [];
      for (let col = 0; col < t.headerCells.length; col++) {
        const c = row.cells.find((x) => x.col === col);
        if (!c) { cells.push({ start: end, end, text: '' }); continue; }
        // (the part on the line the cell starts on gives the span; the wrapped rest only adds words)
        const found = find(c.line, lines[c.line]!.slice(c.from, c.to));
        if (!found) { ok = false; break; }
        let words = oneLine(c.text);
        // (a sub-row's label goes under its row's: "Tỷ lệ số hóa hồ sơ … - Cấp tỉnh")
        if (col === 1 && row.sub !== undefined) words = `${t.rows[row.sub]!.cells.find((x) => x.col === 1)?.text ?? ''} ${words.replace(/^[-+–]\s*/u, '')}`.trim();
        cells.push({ ...found, text: words });
      }
      if (!ok) break;
      rows.push({ cells, members });
    }
    const last = Math.max(...t.rows.flatMap((x) => [x.line, ...x.more]).flatMap(paras));
    if (ok) out.set(head[0]!, { rows, end: last + 1 });
  }
  return out;
}

/**
 * A table copied one cell per line with no number column ("Chỉ tiêu", "Quý I", …, "Quý IV", "Tỷ lệ …
 * (%)", "62", "66", …): see extractors/tables.ts `unnumberedCellTable`.
 */
function unnumberedTable(ps: Paragraph[], i: number): { rows: number[][]; end: number } | null {
  return unnumberedCellTable(ps.map((p) => p.text), i);
}

/**
 * A table copied from a PDF one cell per line ("STT", "|", "Chỉ tiêu", "|", …, "1", "|", "Tỷ
 * lệ …"): the header runs from "STT" to the first row number, and each row from its number to
 * the next. Rows that do not have the header's width (a wrapped cell) are left out. Returns
 * paragraph indices per row (header first) and the index after the table, or null.
 */
export function verticalTable(ps: Paragraph[], i: number, lineOf: (p: Paragraph) => number): { rows: number[][]; end: number } | null {
  if (ps[i + 1] && lineOf(ps[i + 1]!) === lineOf(ps[i]!)) return null;
  // (nor does a pipe row's last cell open one: "… | Chỉ số hài lòng (%) | | Xếp hạng |" then "| | | Năm 2025 | …")
  if (i > 0 && lineOf(ps[i - 1]!) === lineOf(ps[i]!)) return null;
  if (opensUnnumberedTable(ps[i]!.text)) return unnumberedTable(ps, i);
  // (a ranking's first column is its places: "Xếp hạng | Cơ quan, đơn vị | Điểm …")
  if (!TABLE_FIRST_CELL.test(ps[i]!.text.trim())) return null;
  // row numbers may be zero-padded ("01", "02")
  const isRow = (k: number, n: number) => k < ps.length && rowNumber(ps[k]!.text) === n;
  // a row of a section, "I | LĨNH VỰC ĐẦU TƯ, DOANH NGHIỆP (Sở Tài chính chủ trì)", between numbered rows
  // (or "I | Theo cấp hành chính": a roman numeral and a capitalised name)
  // (or a letter: "A | CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
  // (or a roman numeral opening a full row of its own, a group's total: "I | Sở Nội vụ | Chỉ số CCHC của tỉnh | 86,17/100 | …")
  const texts = ps.map((p) => p.text);
  const isSection = (k: number) => k + 1 < ps.length && sectionTitle(texts, k);
  let j = i + 1;
  while (j < ps.length && j - i <= 24 && !isRow(j, 1) && !isSection(j)) j++;
  // (a row numbering the columns under the header, "(1)" … "(6) = [(4) - (5)]/(4)", is no header cell)
  const head = Array.from({ length: j - i }, (_, k) => i + k).filter((k) => !/^\(\d{1,2}\)(?:\s*=.*)?$/u.test(ps[k]!.text.trim()));
  const width = head.length;
  if (j >= ps.length || width < 3 || width > 12) return null;
  const rows: number[][] = [head];
  // (a section's full row is read as a row)
  const skipSections = (n: number) => {
    for (let s = sectionRow(texts, j, width, n); s > 0; s = sectionRow(texts, j, width, n)) {
      if (s === width) rows.push(Array.from({ length: width }, (_, k) => j + k));
      j += s;
    }
  };
  skipSections(1);
  // A data row is as wide as the first one, which may be narrower than a two-row header read
  // as one ("… | Chỉ tiêu năm 2026 | Cơ quan | Cấp tỉnh | Cấp xã" over rows of six cells).
  let second = j + 1;
  while (second < ps.length && second - j < width + 3 && !isRow(second, 2)) second++;
  const rowWidth = isRow(second, 2) && second - j < width ? second - j : width;
  // (a row may be split in numbered parts, "6" / "Tỷ lệ kết quả … được số hóa" then "6.1" / "Cấp tỉnh" / "%" / "92" / … and "6.2" / "Cấp xã" / …)
  const isSub = (k: number, n: number) => k < ps.length && new RegExp(`^${n}\\.\\d{1,2}\\.?$`, 'u').test(ps[k]!.text.trim());
  let n = 1;
  const padded = j < ps.length ? /^0\d/u.test(ps[j]!.text.trim()) : null;
  while (isRow(j, n) || isSub(j, n - 1)) {
    const sub = !isRow(j, n);
    if (sub) n--;
    let e = j + 1;
    // (a row as wide as the first ends there, though a cell inside it holds the next row's number: a rank "4" in row 3)
    if (isRow(j + rowWidth, n + 1) || isSub(j + rowWidth, n)) e = j + rowWidth;
    // (a zero-padded cell where the rows are numbered bare is a value, not the next row's number: "03" days in row 2)
    else while (e < ps.length && e - j < width + 3 && !(isRow(e, n + 1) && !(padded === false && /^0\d/u.test(ps[e]!.text.trim()))) && !isSub(e, n) && !isSection(e)) e++;
    // the last row ends after the data rows' width, or at a heading ("III. NHIỆM VỤ") before that
    if (!isRow(e, n + 1) && !isSub(e, n)) {
      e = Math.min(ps.length, j + rowWidth);
      const heading = ps.slice(j + 1, e).findIndex((q) => /^(?:[IVXLC]+\.\s|PHỤ LỤC|Phụ lục|Nơi nhận)/u.test(q.text.trim()));
      if (heading >= 0) e = j + 1 + heading;
    }
    const cells = Array.from({ length: e - j }, (_, k) => j + k);
    // (a row of another width goes to the reader, which skips it or reads a cell spanning the levels)
    // (nor does a row that lost an empty last cell, "Ghi chú")
    if (cells.length === width || cells.length === rowWidth || (rowWidth < width && cells.length >= 3 && cells.length < rowWidth)
      || (cells.length === width - 1 && cells.length >= 3)) rows.push(cells);
    j = e;
    n++;
    skipSections(n);
  }
  // (rows with a blank number after the numbered ones: "Điểm tổng hợp PCI | 67,12 | ≥ 68,5 | ≥ 70", "Xếp hạng | 14/34 | Nhóm 12 | Nhóm 10")
  while (rows.length > 1 && j + rowWidth - 1 <= ps.length && rowWidth >= 3) {
    const cells = Array.from({ length: rowWidth - 1 }, (_, k) => j + k);
    if (!isUnnumberedRow(cells.map((k) => ps[k]!.text)) || new Set(cells.map((k) => lineOf(ps[k]!))).size !== cells.length) break;
    rows.push(cells);
    j += rowWidth - 1;
  }
  return rows.length > 1 ? { rows, end: j } : null;
}

/**
 * Values that are no record whatever their context (guideline: conditions, sanction thresholds,
 * budget lines, numbers of a definition): decided before a piece is drafted.
 */
function notARecord(text: string, piece: Piece): boolean {
  const head = text.slice(piece.clause.start, piece.mention.start);
  // (a band of a scoring rubric, the points it earns after a colon: "Hoàn thành 100% kế hoạch: 3; từ 80% đến dưới 100%: 1,5; dưới 80%: 0")
  if (/^(?:\s*đến\s+(?:dưới\s+)?[\d,]+\s*%)?[^;:.\d]{0,60}?:\s*-?\d+(?:,\d+)?(?:\s*điểm)?\s*(?:[;.)|]|$)/iu.test(text.slice(piece.mention.end, piece.mention.end + 90))
    || /(?:được|đạt)\s+(?:điểm tối đa|\d+(?:,\d+)?\s*điểm)\s+khi\s/iu.test(head)) return true;
  // (nor a band the rating scale defines: "(Xếp loại: Xuất sắc từ 90 điểm trở lên; Tốt từ 80 đến dưới 90 điểm; …)")
  if (piece.mention.unit === 'score' && RATING_BAND.test(text.slice(piece.clause.start, piece.mention.start))) return true;
  // (nor is the band a rating names in a bracket: "04 đơn vị xếp loại "Xuất sắc" (từ 90 điểm trở lên)")
  if (piece.parenthetical && piece.mention.unit === 'score' && /(?<![\p{L}])(?:xếp loại|đạt loại|loại)\s+["“]?[\p{L} ]{2,20}["”]?\s*\([^()]*$/iu.test(text.slice(Math.max(0, piece.mention.start - 60), piece.mention.start))) return true;
  // (nor a band of a scoring rule that says what it earns: "100% hồ sơ đúng hạn được 1,5 điểm; từ 98% đến dưới 100% được 1,0 điểm;
  // dưới 98% không được điểm", "từ 50% đến dưới 80% tính điểm theo công thức", "… chấm 0 điểm" — and the points themselves)
  if (/^[^;]{0,80}?(?:(?:được|chấm)\s+(?:điểm tối đa\s+)?\d+(?:,\d+)?\s*điểm|không được điểm|tính điểm theo)/iu.test(text.slice(piece.mention.end, piece.clause.end))
    || (piece.mention.unit === 'score' && /(?<![\p{L}])(?:được|chấm|bị trừ)\s+(?:điểm tối đa\s+)?$/iu.test(head))) return true;
  // (a change named as a thing already told: "Việc tăng 7 bậc là kết quả của …")
  if (/(?:^["“]?|[,;]\s*)việc\s+(?:tăng|giảm)\s*$/iu.test(head)) return true;
  // (a condition closed before a target the main clause names is not the value's: "Nếu không cải thiện, mục tiêu đưa Chỉ số CCHC
  // đạt từ 89% trở lên … sẽ khó đạt")
  if ((CONDITION.test(head) && !/^["“]?(?:nếu|trường hợp|khi)\s[^,;]*,\s+(?:thì\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu.test(head)) || (THRESHOLD_OWNER.test(head) && (THRESHOLD_CONSEQUENCE.test(text.slice(piece.mention.end, piece.clause.end)) || SANCTION.test(head)))) return true;
  // (the verb may open the mention itself: "Đã tiết kiệm 126,4 tỷ đồng")
  if (piece.mention.unit === 'money' && !MONEY_GOAL.test(text.slice(piece.clause.start, piece.mention.valueStart)) && !MONEY_CAP.test(piece.mention.text)) return true;
  // (a budget line names what it funds, whatever verb that is: "kinh phí thực hiện chính sách thu hút nguồn nhân lực khoảng 18 tỷ đồng")
  if (piece.mention.unit === 'money' && /^(?:khoảng|dự kiến)(?![\p{L}])/iu.test(piece.mention.text) && /(?<![\p{L}])kinh phí(?![\p{L}])/iu.test(head)
    && !/(?<![\p{L}])(?:tiết kiệm|cắt giảm|giảm|huy động)(?![\p{L}])/iu.test(head)) return true;
  if (isRubric(text, piece)) return true;
  // the whole a task works through, not what was done: "Tổng số Sổ hộ tịch … cần số hóa là 41.380 sổ với khoảng 5,86 triệu dữ liệu"
  if (piece.mention.unit === 'count' && /(?<![\p{L}])tổng số\s[^.;:]{0,80}?\s(?:cần|phải)\s[^.;:]{0,40}?\slà\s/iu.test(text.slice(piece.clause.start, piece.mention.valueStart))) return true;
  // a rule's condition and its concession: "Xã, phường có tiêu chí 10 … đạt 0 điểm thì không được xếp mức Tốt trở lên, dù tổng điểm
  // đạt từ 80 điểm trở lên"
  if (/^[^.;]{0,80}?\sthì\s+(?:không được|bị|sẽ bị|được)\s/iu.test(text.slice(piece.mention.end, piece.clause.end))
    || /(?<![\p{L}])(?:dù|mặc dù|kể cả khi)\s[^.;,]{0,60}$/iu.test(text.slice(piece.clause.start, piece.mention.start))) return true;
  // how long someone waited, told as a complaint: "mất gần 3 tháng", "phải chờ khoảng 45 ngày", "đến giờ đã hơn 7 tháng mà tôi vẫn chưa có sổ"
  // (not a time the sentence bounds or cuts: "không quá", "rút ngắn", "phấn đấu")
  if (piece.mention.unit === 'duration' && /(?<![\p{L}])(?:mất|phải chờ|chờ đợi|chờ|(?:đến giờ|đến nay|tới nay|nay) đã)\s*$/iu.test(text.slice(Math.max(piece.clause.start, piece.mention.start - 20), piece.mention.valueStart).replace(/(?:khoảng|gần|hơn|tới|cả)\s*$/iu, '').trimEnd() + ' ')) {
    const sentence = sentenceAround(text, piece.mention.start);
    if (!COMMITTING.test(text.slice(sentence.start, sentence.end))
      && !/(?<![\p{L}])(?:rút ngắn|giảm|phấn đấu|bảo đảm|đảm bảo|cam kết|bình quân|trung bình)(?![\p{L}])/iu.test(text.slice(sentence.start, piece.mention.start))) return true;
  }
  // a comment form's counter: "Bạn còn 500 ký tự"; a fee rate set by rule: "áp dụng mức thu phí, lệ phí bằng 50% đối với hồ sơ nộp trực tuyến"
  if (piece.mention.unit === 'count' && /^\s*ký tự(?![\p{L}])/iu.test(text.slice(piece.mention.valueEnd))) return true;
  if (piece.mention.unit === 'percent' && /(?<![\p{L}])mức thu(?:\s+(?:phí|lệ phí))?(?:,\s*(?:phí|lệ phí))?\s+bằng\s*$/iu.test(text.slice(piece.clause.start, piece.mention.valueStart))) return true;
  // who wrote in: "hơn 20 bạn đọc gửi thư về chuyên mục"
  if (piece.mention.unit === 'count' && /^\s*(?:bạn đọc|độc giả|lượt xem|người xem|lượt truy cập)(?![\p{L}])/iu.test(text.slice(piece.mention.valueEnd))) return true;
  // a meeting's own arrangements: "mỗi tham luận không quá 07 phút", "mỗi điểm cầu tối đa 10 người"
  if ((piece.mention.unit === 'count' || piece.mention.unit === 'duration')
    && /(?<![\p{L}])(?:mỗi|từng)\s+(?:bài\s+)?(?:tham luận|ý kiến(?:\s+phát biểu)?|lượt phát biểu|phát biểu|đại biểu|điểm cầu|phòng họp)(?:\s+\p{L}+){0,2}\s*$/iu.test(text.slice(piece.clause.start, piece.mention.start))) return true;
  // who answered a survey: "Báo cáo PCI … được xây dựng dựa trên ý kiến phản hồi của hơn 11.600 doanh nghiệp dân doanh và 1.300 doanh nghiệp …"
  if (piece.mention.unit === 'count' && /(?<![\p{L}])(?:dựa trên|căn cứ(?:\s+vào)?|tổng hợp từ|qua)\s+(?:ý kiến(?:\s+phản hồi)?|phản hồi|phiếu khảo sát|kết quả khảo sát)\s+(?:của|từ)\s+(?:[^.;:]|\.(?=\d)){0,80}$/iu.test(text.slice(piece.clause.start, piece.mention.start))) return true;
  // a survey's statistics: "Cỡ mẫu được tính với độ tin cậy 95%, biên sai số không quá 3%"
  if (/(?<![\p{L}])(?:độ tin cậy|sai số|biên sai số|sai số cho phép)(?:\s+\p{L}+){0,3}?\s*(?:không quá|tối đa|dưới|khoảng|là)?\s*$/iu.test(head)) return true;
  // a support rate per beneficiary is policy, not a sum to reach: "hỗ trợ tối đa 500 triệu đồng/người"
  // (not a floor on what each is paid: "thu nhập tăng thêm bình quân không thấp hơn 1,5 triệu đồng/người/tháng")
  if (piece.mention.unit === 'money' && /(?<![\p{L}])hỗ trợ(?![\p{L}])/iu.test(head) && /^\s*\/\s*(?:người|hộ|doanh nghiệp|dự án|đề tài|sáng kiến|sản phẩm|lượt)(?![\p{L}])/iu.test(text.slice(piece.mention.end))) return true;
  // a scope named before the target: "Đối với 21 xã, phường có tỷ lệ … dưới 30%, phấn đấu tăng ít nhất 15%"
  // (or a colon, then what they must do: "Đối với 14 xã có Chỉ số CCHC năm 2026 dưới 75 điểm: trước ngày 30/9/2027 phải …")
  if (/^\s*(?:[-+•]\s*)?đối với\s[^;:]*\s(?:có|đạt)\s/iu.test(head)
    && (/^[^;.]*,\s*(?:phấn đấu|bảo đảm|đảm bảo)\s/iu.test(text.slice(piece.mention.end)) || /^[^;.:]*:\s*[^;.]*?(?<![\p{L}])(?:phải|phấn đấu|bảo đảm|đảm bảo)(?![\p{L}])/iu.test(text.slice(piece.mention.end)))) return true;
  // a time limit the law sets, cited: "Theo khoản 3 Điều 58 Luật …, thời hạn thẩm định … không quá 15 ngày",
  // "(thời hạn theo khoản 1 Điều 38 Luật Hộ tịch là 15 ngày)" — the plan's own commitment is elsewhere
  if (piece.mention.unit === 'duration' && statutoryLimit(text, piece.mention.valueStart)) return true;
  // a lead time the plan's own procedure keeps: "gửi Văn phòng UBND tỉnh xem xét trước ít nhất 10 ngày làm việc trước khi trình"
  if (piece.mention.unit === 'duration' && /(?<![\p{L}])trước\s*$/iu.test(head) && /^[^;.]{0,40}?(?<![\p{L}])trước khi(?![\p{L}])/iu.test(text.slice(piece.mention.end))) return true;
  // a size that says which units are meant: "đơn vị sự nghiệp công lập có dưới 10 người làm việc", "doanh nghiệp có dưới 100 lao động"
  if (unitSize(text, piece)) return true;
  // units named by a threshold they fall under, then what they must do: "Các đơn vị có Chỉ số hài lòng dưới 80%
  // báo cáo giải trình …"; and a count of such units: "Số đơn vị có Chỉ số hài lòng dưới 85% không quá 05 đơn vị"
  // (not what they must then reach: "Các xã, phường có điểm đánh giá dưới 60 điểm phải tăng từ 20 đến 25 điểm mỗi năm")
  const owner = [...head.matchAll(/\scó\s+(?:tỷ lệ|chỉ số|điểm|mức)(?![\p{L}])/giu)].pop();
  const afterOwner = owner ? head.slice(owner.index! + owner[0].length) : '';
  if ((/^(?:dưới|trên|từ|thấp hơn|cao hơn)(?![\p{L}])/iu.test(piece.mention.text) || /(?<![\p{L}])(?:dưới|trên|từ|thấp hơn|cao hơn)\s*$/iu.test(head))
    && !(/\d/u.test(afterOwner) && /(?<![\p{L}])(?:phải|tăng|giảm|phấn đấu|bảo đảm|đảm bảo)(?![\p{L}])/iu.test(afterOwner))
    // (after the verb that works on them: "Tập trung khắc phục các tiêu chí … có điểm đạt dưới 80% số điểm tối đa")
    && (/^\s*(?:[-+•]\s*)?(?:các|những)\s[^;]{0,80}?\scó\s+(?:tỷ lệ|chỉ số|điểm|mức)(?![\p{L}])[^;]*$/iu.test(head)
      || /^\s*(?:[-+•]\s*)?(?:[\p{L}]+\s+){1,4}?(?:các|những)\s[^;]{0,80}?\scó\s+(?:tỷ lệ|chỉ số|điểm|mức)(?![\p{L}])[^;,]*$/iu.test(head)
      // (or how much their number must fall: "số xã, phường có điểm DDCI dưới 60 điểm giảm ít nhất 50% so với năm 2026")
      || (/(?<![\p{L}])số\s+(?:lượng\s+)?[^;]{1,30}?\s+có\s+(?:tỷ lệ|chỉ số|điểm|mức)(?![\p{L}])[^;]*$/iu.test(head) && /^[^;.]*?\d+\s*(?:%|đơn vị|cơ quan|xã|phường|sở)(?![\p{L}])/iu.test(text.slice(piece.mention.end))))) return true;
  // a measure in a sentence with a share measures what the share counts: "100% hộ gia đình … cáp quang tốc độ tối thiểu 1 Gb/s"
  if (piece.mention.unit === 'other') {
    const s = sentenceAround(text, piece.mention.start);
    if (/\d\s*%/u.test(text.slice(s.start, s.end))) return true;
  }
  // which procedures a task is about: "đơn giản hóa đối với các TTHC có thời gian giải quyết trên 10 ngày làm việc"
  if (piece.mention.unit === 'duration' && /(?<![\p{L}])(?:các|những)\s+[^;,]{1,40}?\s+có\s+thời (?:gian|hạn)(?:\s+(?:giải quyết|xử lý|thực hiện))?(?:\s+theo quy định)?\s*$/iu.test(head)) return true;
  // how an index is built: "điểm điều tra xã hội học chiếm 38/100 điểm" is a weight, not a value reached
  if (/(?<![\p{L}])điểm\s[^,;]{0,40}chiếm\s+(?:khoảng\s+|gần\s+)?$/iu.test(text.slice(Math.max(piece.clause.start, piece.mention.start - 60), piece.mention.valueStart))) return true;
  // A threshold that only says which units are counted: "60% số xã có Chỉ số CCHC đạt từ
  // 85 điểm trở lên", "còn 03 xã có tỷ lệ số hóa … dưới 50%" (guideline: numbers inside an
  // indicator's definition are not records), and a frequency that says what the counted
  // people get ("100% công chức được bồi dưỡng … ít nhất 01 lần trong năm").
  // A number inside a share's definition, before the share itself: "tỷ lệ doanh nghiệp phải chờ
  // hơn 01 tháng để được cấp … giảm xuống dưới 20%", "tỷ lệ doanh nghiệp sử dụng hơn 10% quỹ thời
  // gian … không quá 25%".
  if (/(?<![\p{L}])tỷ lệ\s+(?:(?!đạt|giảm|tăng|là|chiếm|ở|còn|xuống|lên)[\p{L}]+\s+){1,6}$/iu.test(head)
    && SHARE_AFTER.test(text.slice(piece.mention.end, piece.clause.end))) return true;
  // The plan's own focus list: "tập trung cải thiện 04 chỉ số thành phần có điểm số thấp như sau:"
  if (piece.mention.formComparator === null && !PRE_COMPARATOR_WORD.test(head) && /(?:như sau|sau đây)\s*:?\s*$/iu.test(text.slice(piece.mention.end, piece.clause.end))) return true;
  return definesPrevious(text, piece);
}

/** A size that says which units are meant: "đơn vị sự nghiệp công lập có dưới 10 người làm việc". */
function unitSize(text: string, piece: Piece): boolean {
  return piece.mention.unit === 'count' && /^(?:dưới|trên|hơn|từ)(?![\p{L}])/iu.test(piece.mention.text)
    && /(?<![\p{L}])(?:đơn vị|cơ quan|doanh nghiệp|tổ chức|trường|phòng|hộ)(?:\s+[\p{L}]+){0,5}\s+có\s+(?:(?:số lượng|số)(?:\s+[\p{L}]+){1,4}\s+)?$/iu.test(text.slice(piece.clause.start, piece.mention.start));
}

/** The value only says which of the things the value before it counts are counted (see notARecord). */
function definesPrevious(text: string, piece: Piece): boolean {
  const head = text.slice(piece.clause.start, piece.mention.start);
  const gap = piece.previous ? text.slice(piece.previous.mention.valueEnd, piece.mention.start) : null;
  // ("không có chỉ số thành phần nào dưới 6,00 điểm" is a floor, not a threshold picking units out)
  if (gap !== null && piece.listIndex === null && ((DEFINES.test(gap) && !NONE_BELOW.test(head))
    || (piece.previous!.mention.unit === 'percent' && (piece.mention.unit === 'score' || piece.mention.unit === 'percent') && UNITS_REACHING.test(text.slice(piece.previous!.mention.valueEnd, piece.mention.valueStart).replace(/^\s*%/u, '')))
    // "59/63 địa phương đạt trên 80%": the threshold that picks out the units counted
    // (not the count's own share after a comma: "cho tối thiểu 7.800 người, đạt trên 85% số người thuộc diện được cấp")
    || (piece.previous!.mention.unit === 'count' && (piece.mention.unit === 'percent' || piece.mention.unit === 'score') && THRESHOLD_AFTER_COUNT.test(gap + text.slice(piece.mention.start, piece.mention.valueStart))
      && !/,\s*(?:đạt|tương đương|bằng|chiếm)\s/u.test(gap))
    || (piece.mention.unit === 'count' && piece.previous!.mention.unit === 'percent' && FREQUENCY.test(text.slice(piece.mention.valueEnd, piece.clause.end)) && /(?<![\p{L}])được(?![\p{L}])/u.test(gap))
    // "100% kiến nghị … được trả lời trong thời hạn không quá 15 ngày làm việc": the time limit says which answers count
    || (piece.mention.unit === 'duration' && piece.previous!.mention.unit === 'percent' && /(?<![\p{L}])được(?![\p{L}])/u.test(gap)
      && /(?<![\p{L}])trong\s+(?:thời hạn|vòng)\s+(?:không quá|tối đa)?\s*$/iu.test(gap + text.slice(piece.mention.start, piece.mention.valueStart).replace(/\d[\s\S]*$/u, '')))
    // "31% doanh nghiệp phải chờ hơn 01 tháng": how long the counted firms wait picks them out
    || (piece.mention.unit === 'duration' && piece.previous!.mention.unit === 'percent' && /^\s+(?:(?!đạt|là|chiếm|không quá|tối đa)[\p{L}]+\s+){1,6}$/iu.test(gap + text.slice(piece.mention.start, piece.mention.valueStart).replace(/\d[\s\S]*$/u, '')))
    // "100% hộ gia đình có ít nhất 01 thành viên biết sử dụng …": what each counted household has
    // (not a demand of its own after a connective: "… xuống dưới 1%, đồng thời bảo đảm mỗi xã … có tối thiểu 04 công chức …")
    || (piece.mention.unit === 'count' && piece.previous!.mention.unit === 'percent' && /(?<![\p{L}])(?:có|gồm)\s+(?:ít nhất|tối thiểu|từ)?\s*$/iu.test(gap + text.slice(piece.mention.start, piece.mention.valueStart))
      && !/[;:]|(?<![\p{L}])(?:đồng thời|bảo đảm|đảm bảo)(?![\p{L}])/iu.test(gap))
    // "Ít nhất 80% CBCCVC hoàn thành ít nhất 01 khóa học trên nền tảng …": what each counted person does
    || (piece.mention.unit === 'count' && piece.previous!.mention.unit === 'percent' && piece.mention.value <= 5 && gap.length <= 80 && !/[;:]|(?<![\p{L}])(?:và|đồng thời)(?![\p{L}])/u.test(gap)
      && /(?<![\p{L}])(?:hoàn thành|tham gia|sử dụng|thực hiện|được)\s+(?:ít nhất|tối thiểu)\s*$/iu.test(gap + text.slice(piece.mention.start, piece.mention.valueStart))))) return true;
  return false;
}

/** Whether `at` lies in a bracket that reports a value: "(năm 2025 đạt 41,6%)". */
function inResultRemark(text: string, at: number): boolean {
  const open = openParen(text, at);
  if (open < 0) return false;
  const close = text.indexOf(')', at);
  // ("(năm 2026: 65,2%)": the year and its value after a colon)
  return /(?<![\p{L}])(?:đạt|là|chiếm|xếp)(?![\p{L}])|(?:19|20)\d{2}\s*:\s*[\d.,]+/iu.test(text.slice(open + 1, close < 0 ? text.length : close));
}

const LEGAL_CITATION = /(?<![\p{L}])(?:khoản\s+\d+|Điều\s+\d+|(?:Bộ\s+)?Luật\s+\p{Lu}|Nghị định|Thông tư)/u;
/** The value's sentence (or bracket) opens by citing a law for it and commits to nothing. */
function statutoryLimit(text: string, at: number): boolean {
  const paren = openParen(text, at);
  const stop = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at), text.lastIndexOf('\n', at), paren);
  const before = text.slice(stop + 1, at).replace(/^\s*(?:[a-zđ]\)|[-+•])\s*/u, '');
  return /^\s*(?:thời hạn\s+)?theo\s/iu.test(before) && LEGAL_CITATION.test(before)
    && !/(?<![\p{L}])(?:rút ngắn|giảm|phấn đấu|bảo đảm|đảm bảo|cam kết|tối đa|còn)(?![\p{L}])/iu.test(before);
}

const GRADES = anyOf(GRADE_WORDS);
/** "- Khá: từ 80% đến dưới 90%" (the grade opens the line or the clause follows its colon), "loại Yếu (dưới 65%)". */
// (also "- Loại Tốt: tổng điểm đạt từ 90 điểm trở lên", "- Xếp loại Khá: …")
// (or "Mức": "- Mức Xuất sắc: từ 90 điểm trở lên;")
const GRADE_NAMED = String.raw`(?:(?:xếp\s+)?[Ll]oại\s+|Xếp loại\s+|[Mm]ức\s+)?${GRADES}`;
const GRADE_LINE = new RegExp(String.raw`^(?:[-+•]\s*)?${GRADE_NAMED}\s*:`, 'u');
// ("b) Xếp loại kết quả: Tốt: từ 90 điểm trở lên; Khá: …": a grade after the scale's own colon)
const GRADE_BEFORE = new RegExp(String.raw`(?:^|[;:\-+•]\s*)${GRADE_NAMED}\s*:\s*$`, 'u');
// ("loại Khá (từ 80 đến dưới 90 điểm)": a band's upper end too)
const GRADE_PAREN = new RegExp(String.raw`(?<![\p{L}])(?:loại\s+)?${GRADES}\s*\(\s*(?:đạt\s+)?(?:từ\s+[\d,]+\s*(?:điểm\s+|%\s*)?(?:đến|-)\s*)?(?:(?:dưới|trên|từ|tối thiểu|tối đa)\s*)?$`, 'u');

/**
 * A scoring rubric is not a target (guideline: numbers of a definition): a condition scored
 * with points ("Đạt từ 98% trở lên: 4 điểm; từ 95% đến dưới 98%: 2 điểm"), the points
 * themselves, a maximum or a deduction ("tối đa 65 điểm", "bị trừ tối đa 3 điểm"), and
 * grade bands ("Khá: từ 80% đến dưới 90%", "xếp loại Yếu (dưới 65%)").
 */
function isRubric(text: string, piece: Piece): boolean {
  const m = piece.mention;
  const clause = text.slice(piece.clause.start, piece.clause.end);
  // ("dưới 100%: điểm tính theo tỷ lệ": a band whose points are worked out; "… sai lệch trên 5 điểm …: trừ 1 điểm": a deduction's condition)
  if (/^\s*:\s*(?:(?:trừ|cộng|được)\s+)?(?:\d+(?:,\d+)?\s*)?điểm(?![\p{L}])/iu.test(text.slice(piece.clause.end))) return true;
  // (the points after a condition's colon, "…được cấp thành phố công nhận: 1,5 điểm/mô hình (tiêu chí 22, 23)")
  if (m.unit === 'score' && (/:\s*$/u.test(text.slice(0, piece.clause.start)) && /^\d+(?:,\d+)?\s*điểm(?:\s*\/\s*\p{L}+(?:\s+\p{L}+)?)?(?:\s*\([^()]*\))?$/iu.test(clause.trim()))) return true;
  if (m.unit === 'score' && /(?<![\p{L}])(?:tối đa|trừ|thang điểm|điểm tối đa|được cộng|cộng thêm)(?:\s+\p{L}+){0,3}\s*$/iu.test(text.slice(piece.clause.start, m.valueStart))) return true;
  // ("Điểm tối đa mỗi chỉ số nội dung là 10 điểm": the scale, said of every component)
  if (m.unit === 'score' && /(?<![\p{L}])(?:điểm tối đa|thang điểm)(?:\s+(?:của\s+)?(?:mỗi|từng|các)\s+[\p{L}\s]{2,40}?)?\s+(?:là|bằng)\s*$/iu.test(text.slice(piece.clause.start, m.valueStart))) return true;
  // ("mỗi đơn vị có sáng kiến … được cộng 1 điểm": a bonus in the rubric)
  if (m.unit === 'score' && /(?<![\p{L}])(?:được\s+)?(?:cộng|trừ)\s+$/iu.test(text.slice(Math.max(piece.clause.start, m.valueStart - 12), m.valueStart))) return true;
  const before = text.slice(Math.max(0, piece.clause.start - 24), piece.clause.start);
  if (GRADE_LINE.test(text.slice(piece.clause.start).trimStart()) || GRADE_BEFORE.test(before) || (GRADE_PAREN.test(text.slice(piece.clause.start, m.start))
    // (a share in the bracket is how many units got the grade: "58 đơn vị đạt loại Khá (55,77%)")
    && (m.unit === 'score' || m.max !== null || /(?:dưới|trên|từ|tối thiểu|tối đa)\s*$/iu.test(text.slice(piece.clause.start, m.start)) || /^(?:dưới|trên|từ|tối thiểu|tối đa)(?![\p{L}])/iu.test(m.text)))) return true;
  return surveySample(text, piece, null);
}

/**
 * A survey's sample — how an index is measured, not what it measures (most annotators; one
 * counted "tổ chức khảo sát … với tối thiểu 3.000 phiếu khảo sát mỗi năm"). Without a kind, the
 * rules that hold whatever the sentence does; with one, also those that hold only in a review.
 */
function surveySample(text: string, piece: Piece, kind: Target['kind'] | null): boolean {
  const m = piece.mention;
  if (m.unit !== 'count') return false;
  const after = text.slice(m.valueEnd);
  const head = text.slice(piece.clause.start, m.start);
  // "mỗi sở, ban, ngành khảo sát không dưới 40 phiếu", "Tổng số phiếu phát ra mỗi năm khoảng 3.450 phiếu", "tối thiểu 50 phiếu/cơ quan"
  if (/^\s*phiếu(?![\p{L}])/iu.test(after) && /(?<![\p{L}])(?:khảo sát|điều tra|lấy ý kiến|phát|số phiếu)(?![\p{L}])[^;.]*$/iu.test(text.slice(Math.max(0, m.start - 140), m.start))) return true;
  // per unit: "Số phiếu khảo sát: tối thiểu 30 phiếu đối với mỗi sở"
  if (/^\s*(?:phiếu|mẫu)(?:\s+khảo sát)?\s+(?:đối với|cho)?\s*mỗi(?![\p{L}])(?!\s+(?:năm|quý|tháng|kỳ|đợt)(?![\p{L}]))/iu.test(after)) return true;
  // "khảo sát … trên 4.800 phiếu" ("trên" is no floor here)
  if (/^trên(?![\p{L}])/iu.test(m.text) && /^\s*(?:phiếu|mẫu)(?![\p{L}])/iu.test(after) && /khảo sát|điều tra/iu.test(head)) return true;
  if (kind !== 'result') return false;
  // a review's survey: "khảo sát hơn 36.500 người dân" is its sample, not an achievement
  const lead = head + m.text.replace(/\s*\d[\s\S]*$/u, ' ');
  if (/(?<![\p{L}])(?:khảo sát|điều tra|lấy ý kiến)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(lead)) return true;
  // (and "được thực hiện với hơn 36.000 phiếu khảo sát")
  return /^\s*phiếu\s+(?:khảo sát|điều tra|lấy ý kiến|hỏi)(?![\p{L}])/iu.test(after);
}

/**
 * Counts that describe what happened, not what was reached (guideline: counts that describe an
 * event are not records): a violation ("yêu cầu bổ sung hồ sơ quá 01 lần" — a limit is only
 * ever "không quá"), a survey's sample (see surveySample), and in a review the
 * size of what was organised ("Tổ chức 52 lớp bồi dưỡng cho hơn 6.300 lượt cán bộ").
 */
function notACommitment(text: string, piece: Piece, kind: Target['kind']): boolean {
  const m = piece.mention;
  const head = text.slice(piece.clause.start, m.start);
  if (/^quá(?![\p{L}])/iu.test(m.text) && !/(?<![\p{L}])(?:không|chưa|tránh|hạn chế)(?![\p{L}])/iu.test(head)) return true;
  if (surveySample(text, piece, kind)) return true;
  // "đánh giá trên 8 lĩnh vực": "trên" is "across", and the count is how the index is built
  if (/^trên(?![\p{L}])/iu.test(m.text) && /^\s*(?:lĩnh vực|tiêu chí|chỉ số thành phần|nội dung|nhóm)(?![\p{L}])/iu.test(text.slice(m.valueEnd))) return true;
  // (and "các chỉ số được tính trên 34 đơn vị hành chính cấp tỉnh": what it is computed over)
  if (/^trên(?![\p{L}])/iu.test(m.text) && /(?<![\p{L}])(?:tính|đánh giá|xếp hạng|khảo sát|áp dụng)\s*$/iu.test(head)) return true;
  // time elapsed ("Sau hơn 3 tháng vận hành …") is no duration to keep to
  const lead = head + m.text.replace(/\s*\d[\s\S]*$/u, ' ');
  if (m.unit === 'duration' && /(?<![\p{L}])(?:sau|qua)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu.test(lead)) return true;
  // (so is the time something has run: "Hơn 6 tháng vận hành mô hình chính quyền địa phương 2 cấp, …")
  if (m.unit === 'duration' && /^\s*(?:vận hành|triển khai|thực hiện|hoạt động|đi vào hoạt động)(?![\p{L}])/iu.test(text.slice(m.end))) return true;
  // (and since when: "Gần 9 tháng sau khi tỉnh … đi vào hoạt động"; not a limit counted from a day, "trong 05 ngày kể từ ngày nhận")
  // (nor an hour of the clock, which names the part of the day or opens its sentence: "lúc 8 giờ sáng", "Gần 11 giờ, ông Hùng
  // quay lại quầy"; "còn khoảng 110 giờ, giảm 38 giờ" is a time taken)
  const clock = m.unit === 'duration' && m.value <= 24 ? /^\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*(?:(sáng|chiều|trưa|tối|đêm)(?![\p{L}])|,)/iu.exec(text.slice(m.valueEnd)) : null;
  if (clock && (clock[1] || /^\s*(?:[-–•]\s*)?(?:(?:gần|khoảng|hơn|đúng|lúc)\s+)?$/iu.test(text.slice(sentenceAround(text, m.start).start, m.start)))) return true;
  // (nor a limit: "Không để tài sản công bị bỏ trống quá 06 tháng sau khi có quyết định xử lý")
  if (m.unit === 'duration' && /^\s*sau khi(?![\p{L}])/iu.test(text.slice(m.end)) && !/^(?:quá|không quá|tối đa|dưới|trong)(?![\p{L}])/iu.test(m.text)) return true;
  // an estimate ("dự kiến khoảng 300 doanh nghiệp tham gia …") is a plan's assumption, not its goal
  if (/(?<![\p{L}])dự kiến\s+(?:có\s+)?(?:(?:khoảng|gần|tối đa|trên|hơn)\s+)?$/iu.test(lead)) return true;
  // What a review says was organised is its workload, and who came to it ("Hội nghị … thu hút
  // hơn 300 doanh nghiệp tham dự", "Hội thi … với hơn 1.500 lượt thí sinh tham gia");
  if (kind === 'result') return /(?<![\p{L}])tổ chức\s[^,;]*$/iu.test(head + m.text)
    || (m.unit === 'count' && /^\s*(?:[\p{L}]+\s+){1,4}(?:tham gia|tham dự)(?![\p{L}])/iu.test(text.slice(m.valueEnd)))
    // (and who came to see it: "Tuần lễ đã thu hút hơn 18.500 lượt người dân, cán bộ, doanh nghiệp tham quan, trải nghiệm")
    || (m.unit === 'count' && /(?<![\p{L}])thu hút\s+(?:được\s+)?$/iu.test(head + m.text.replace(/[\d.,\s]+$/u, '').replace(/(?:hơn|gần|khoảng|trên)\s*$/iu, ''))
      && /^\s*(?:lượt\s+)?[\p{L}\s,]{1,60}?(?:tham quan|tham gia|tham dự|trải nghiệm)(?![\p{L}])/iu.test(text.slice(m.valueEnd)));
  // and who comes to a plan's event, by estimate: "Tổ chức đối thoại … (01 cuộc, khoảng 150 doanh nghiệp)", "tổ chức Hội
  // thi … với khoảng 30 đội dự thi"
  // (an event the plan names; not a volume of training to reach, "Tổ chức 04 lớp bồi dưỡng … cho khoảng 1.200 lượt cán bộ")
  const sentenceHead = text.slice(Math.max(0, text.lastIndexOf('. ', m.start) + 1), m.start);
  if (m.unit === 'count' && /^(?:khoảng|gần|dự kiến)(?![\p{L}])/iu.test(m.text) && /(?<![\p{L}])tổ chức(?![\p{L}])/iu.test(sentenceHead)
    && /(?<![\p{L}])(?:hội thi|hội nghị|đối thoại|diễn đàn|tọa đàm)(?![\p{L}])/iu.test(sentenceHead)) return true;
  // so is what a plan lists to organise ("Tổ chức 04 cuộc họp giao ban", "tổ chức 03 lớp tập
  // huấn"), unless it sets a floor or a rate ("Tổ chức ít nhất 02 lớp …", "Hằng năm tổ chức
  // không ít hơn 03 lớp …"). (The verb stands a few words before the number: not "người dân,
  // tổ chức phải đi lại quá 02 lần".)
  return /(?<![\p{L}])tổ chức\s+(?:[\p{L}]+\s+){0,3}$/iu.test(lead)
    && !COMMITTING.test(lead) && !/(?<![\p{L}])(?:mỗi|hằng|hàng)\s+(?:năm|quý)(?![\p{L}])/iu.test(text.slice(piece.clause.start, piece.clause.end).replace(/\([^()]*\)/gu, ' '));
}

/** "đến năm 2025", "tới năm 2030", "trước năm 2025": a deadline, not the date of a fact. */
// "năm nay", "6 tháng đầu năm", "đến cuối năm" — the year the document is in ("Trong năm, …"
// is the year under review, which a plan's review section names in its heading)
const CURRENT_YEAR = /(?<![\p{L}])(?:năm nay|(?:(?:\d{1,2}|sáu|chín)\s+tháng\s+)?(?:đầu|cuối)\s+năm)(?!\s*\d)(?!\s+(?:học|tài chính|sau|trước|tiếp theo|tới)(?![\p{L}]))(?![\p{L}])/giu;

/**
 * The year a period that names none belongs to ("quý II", "6 tháng đầu năm"): an annual plan's own year, else the
 * document's; none for a plan over several years.
 */
function ownYear(period: Context['period'], docYear: number | null): number | null {
  if (!period) return docYear;
  return period.to === null || period.to === period.from ? period.from : null;
}

/** The last current-year phrase before `at`, as a year phrase of the document's year (an annual plan's own year). */
function currentYearPhrase(text: string, at: number, docYear: number, period: Context['period']): YearPhrase | undefined {
  let last: RegExpExecArray | null = null;
  CURRENT_YEAR.lastIndex = 0;
  for (let m = CURRENT_YEAR.exec(text); m && m.index < at; m = CURRENT_YEAR.exec(text)) last = m;
  if (!last) return undefined;
  const year = period && (period.to === null || period.to === period.from) ? period.from : docYear;
  return { start: last.index, end: last.index + last[0].length, year, fromYear: null, baseline: false };
}

/** A year phrase that dates something: not a baseline ("so với năm 2021"), not a start ("từ năm 2023"). */
function namesYear(y: YearPhrase): boolean {
  return !y.baseline && !y.opens;
}

/** "Chỉ số CCHC năm 2023", "Chỉ số DTI năm 2023 của tỉnh": the year names which edition of an index. */
function isIndexEdition(text: string, y: YearPhrase): boolean {
  return /(?:chỉ số|index|sipas|papi|pci|dti)(?:\s+[\p{L}()]+){0,8}\s*$/iu.test(text.slice(Math.max(0, y.start - 80), y.start))
    && !/(?<![\p{L}])(?:đạt|là|tăng|giảm|xếp)(?![\p{L}])/iu.test(text.slice(Math.max(0, y.start - 80), y.start).replace(/^.*?(?:chỉ số|index|sipas|papi|pci|dti)/isu, ''));
}

function isDeadlinePhrase(text: string, y: YearPhrase): boolean {
  return /(?<![\p{L}])(?:đến|tới|trước)\s+$/iu.test(text.slice(Math.max(0, y.start - 8), y.start));
}

/** Whether an offset lies inside an open parenthesis, counting from `from`. */
/** Where the innermost bracket still open at `at` opens, or -1. */
function openParen(text: string, at: number): number {
  const open: number[] = [];
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') open.pop();
  }
  return open.length ? open[open.length - 1]! : -1;
}

/** A deadline: group 1 a quarter or month inside the year ("đến hết quý II/2027"), group 2 a date inside it ("trước ngày 30/6/2026"); else a whole year ("đến hết năm 2026", "đến 31/12/2026", "cả năm"). */
const DEADLINE_PHRASE = /(?<![\p{L}])(?:(?:đến|trước)\s+(?:hết\s+)?(?:(quý\s+(?:I{1,3}|IV|[1-4])(?![\p{L}])|tháng\s+\d{1,2}(?!\d))|((?:ngày\s+)?(?!31\s*\/\s*12(?!\d))\d{1,2}\s*\/\s*\d{1,2}(?!\d))|năm\s+(?:19|20)\d{2}|(?:ngày\s+)?31\s*\/\s*12)|cả năm(?![\p{L}]))/giu;

function listHead(piece: Piece): Piece {
  let p = piece;
  while (p.listIndex !== 0 && p.previous && p.previous.listIndex !== null) p = p.previous;
  return p;
}

/**
 * Whether the bracket around a year phrase holds only the time it dates: the period, "Sau 01 năm (từ 01/7/2025 đến
 * 30/6/2026), …", or the day it counts to, "Sau 6 tháng vận hành (tính đến ngày 31/12/2025), các Trung tâm đã tiếp nhận …",
 * "Giai đoạn 1 (từ nay đến 30/6/2026): …".
 */
function datingBracket(text: string, y: YearPhrase): boolean {
  const paren = openParen(text, y.start);
  if (paren < 0) return false;
  const inside = text.slice(paren + 1, text.indexOf(')', y.end)).trim();
  const phrase = text.slice(y.start, y.end);
  return (/^từ\s/iu.test(phrase) && inside === phrase)
    || (/^(?:từ nay\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}$/iu.test(inside) && inside.endsWith(phrase));
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = text.slice(0, at);
  const s = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  const rest = text.slice(at).search(/[.;](?:\s|$)/);
  return { start: s, end: rest < 0 ? text.length : at + rest };
}

/** Interval notation keeping inclusivity (Recognizers-Text habit): [80,) (90,) [20,25]. */
export function interval(value: number, max: number | null, comparator: Comparator): string {
  switch (comparator) {
    case 'gte': return `[${value},)`;
    case 'gt': return `(${value},)`;
    case 'lte': return `(,${value}]`;
    case 'lt': return `(,${value})`;
    case 'between': return `[${value},${max ?? value}]`;
    case 'approx': return `~${value}`;
    default: return `[${value},${value}]`;
  }
}

/**
 * The same target stated twice (body and appendix table) is one record: same value, unit,
 * comparator, year and kind, and quotes that share most syllables.
 */
function mergeRepeats(drafts: Draft[], keyOf: (label: string, area: string) => ReturnType<typeof matchIndicator>, text: string, headlineEnd: number, leadEnd = headlineEnd): Array<{ d: Draft; also: Draft[] }> {
  const out: Array<{ d: Draft; also: Draft[]; syl: Set<string>; words: () => Set<string>; index: string | null; milestone: boolean; withinYear: boolean }> = [];
  // A news headline states a target without its year ("… phấn đấu vào nhóm 10 tỉnh dẫn đầu"); the body dates it.
  // (a headline's result is dated by the article's topic; the body may date it itself: "Ninh Bình: 98,9% hồ sơ … sau một năm
  // vận hành chính quyền hai cấp" and "Sau 01 năm (từ 01/7/2025 đến 30/6/2026), … riêng cấp xã đạt 98,9%")
  const undated = (o: Draft) => o.source.end <= headlineEnd && (o.deadline.basis === 'document' || (o.kind === 'result' && o.deadline.basis === 'heading'));
  const sameYear = (o: Draft, d: Draft) => o.deadline.year === d.deadline.year || (undated(o) && d.deadline.basis === 'clause')
    || (d.intertitle === true && d.deadline.basis === 'document');
  // (a subheading announces what the paragraphs under it state: "MỤC TIÊU TRÊN 90% TRONG NĂM 2027" over "… mức độ hài lòng …
  // phấn đấu đạt trên 90%"; the body's words say what is measured)
  // (or repeats the lead's figure, however far down: "Mục tiêu năm 2027: 100% đơn vị đạt từ 65 điểm" after the sapo's "… 100% cơ quan, đơn vị …")
  // (a subheading's bare figure is the one the paragraph under it states with its bound, whatever its verb: "Nâng tỷ lệ hồ sơ trực
  // tuyến toàn trình lên 55%" over "… kế hoạch đặt mục tiêu tỷ lệ hồ sơ … đạt tối thiểu 55%")
  const announces = (o: Draft, d: Draft) => o.intertitle === true && !d.intertitle && (Math.abs(d.source.start - o.source.end) < 1500 || d.source.end <= leadEnd)
    && ((o.kind === d.kind && o.value.comparator === d.value.comparator && (sameYear(o, d) || sameYear(d, o)))
      || (o.value.comparator === 'eq' && d.value.comparator !== 'between' && o.deadline.basis !== 'clause' && d.source.start > o.source.end && d.source.start - o.source.end < 600
        && (o.change?.direction ?? null) === (d.change?.direction ?? null)));
  // (a row restates a statement under a heading that names the row: "Công tác chỉ đạo, điều hành CCHC | 9,00 | 7,64 | ≥ 8,20" and, under
  // "1. Chỉ số thành phần "Công tác chỉ đạo, điều hành cải cách hành chính" (điểm tối đa 9,00)", "Năm 2027 phấn đấu đạt từ 8,20 điểm trở lên")
  const headingSyl = new Map<Draft, Set<string>>();
  const namedByHeading = (cell: Draft, body: Draft): boolean => {
    if (!cell.cell || body.cell || !body.source.sectionPath.length) return false;
    const row = new Set(syllables(expand(cell.indicator.label.replace(LABEL_FILLER, ' '))));
    let h = headingSyl.get(body);
    if (!h) headingSyl.set(body, h = new Set(syllables(expand(body.source.sectionPath.at(-1)!))));
    return row.size >= 4 && shared(row, h) === row.size;
  };
  // (a bare figure the body cites without a year: "chỉ tiêu 70% …" after the lead's dated "… tối thiểu 70% … vào năm 2027")
  const cites = (o: Draft, d: Draft) => d.kind === 'target' && d.deadline.basis === 'document' && o.deadline.basis === 'clause' && d.value.comparator === 'eq';
  for (const d of drafts) {
    // Abbreviations spelled out: a headline's "Chỉ số cải cách hành chính" is the body's "Chỉ số CCHC".
    // A year or "của tỉnh" in one label and not the other does not make two indicators.
    const syl = new Set(syllables(expand(d.indicator.label.replace(LABEL_FILLER, ' '))));
    // (a row restating a body target may share its verb rather than its label: "Kiến nghị bãi bỏ khoảng
    // 60 điều kiện kinh doanh" and "Số điều kiện kinh doanh kiến nghị bãi bỏ | 68 | Khoảng 60")
    // (built only when a cell meets a sentence: most drafts never need it)
    let wordsOf: Set<string> | undefined;
    const words = () => (wordsOf ??= new Set(syllables(expand(`${d.indicator.label} ${d.source.quote}`.replace(LABEL_FILLER, ' '))).filter((x) => !/^\d/u.test(x))));
    const bare = BARE_AIM.test(d.indicator.label.trim());
    const index = INDEX_NAME.test(d.indicator.label) ? INDEX_GROUP[keyOf(d.indicator.label, d.indicator.area)?.key ?? ''] ?? null : null;
    // (a table restates a body time or count once: a second row of the same table is another procedure's,
    // "Cấp Giấy phép bán lẻ sản phẩm rượu | 07 ngày làm việc"; a share like "100%" may sum up several rows)
    const once = d.table !== undefined && (d.value.unit === 'duration' || d.value.unit === 'count' || d.value.unit === 'money');
    // (of several statements it could restate, the one whose label it shares most: "Rút ngắn tối thiểu 30% thời gian …
    // liên quan đến hoạt động kinh doanh" restates the 30% of time, not an earlier 30% of costs "… liên quan đến hoạt động kinh doanh")
    // (a unit's row is its own target, unless its value is given to the hundredth: "Sở Tư pháp | 93,15" in a ranking
    // is the body's "Sở Tư pháp tiếp tục dẫn đầu với 93,15 điểm")
    const fine = !Number.isInteger(d.value.value * 10);
    // (or when the sentence names the row's unit: "Đồng Tháp | 89,46 | 8/34" is "… Đồng Tháp là địa phương có kết quả tốt nhất với 89,46%, xếp thứ 8")
    const rowUnit = d.unitRow ? unitRowParts(d.indicator.label).unit.trim().toLowerCase() : '';
    const namesUnit = (o: { d: Draft }) => rowUnit.length >= 4 && !o.d.cell && !o.d.unitRow && `${o.d.indicator.label} ${o.d.source.quote}`.toLowerCase().includes(rowUnit)
      && o.d.kind === d.kind && o.d.deadline.year === d.deadline.year && o.d.value.comparator === d.value.comparator;
    // (a milestone within the year is not the year's target: "Phấn đấu đến hết quý II/2027, tỷ lệ … ở cấp xã đạt từ 98% trở lên"
    // after "(chỉ tiêu năm 2027 lần lượt là 99% và 98%)")
    // (decided once per statement, not once per pair)
    // (the last deadline before the value rules: "đến hết quý II/2026 … đạt tối thiểu 60%, đến hết năm 2026 đạt tối thiểu 70%" — the 70% is the year's)
    // (a date inside the year a statement sets against the year's end keeps it from a whole year's cell: "bảo đảm đến ngày 30/6/2026
    // đạt tối thiểu 70% và đến ngày 31/12/2026 đạt tối thiểu 80%" — the 70% is no "Chỉ tiêu năm 2026"; alone, "Hoàn thành làm sạch
    // 100% dữ liệu … trước ngày 30/6/2026" is the year's row "Dữ liệu hộ tịch đã số hóa được làm sạch | 100%")
    const from = Math.max(0, text.lastIndexOf('. ', d.source.start), text.lastIndexOf('\n', d.source.start));
    const lineEnd = text.indexOf('\n', d.source.end);
    const phrases = d.cell === undefined && d.kind === 'target' ? [...text.slice(from, lineEnd < 0 ? text.length : lineEnd).matchAll(DEADLINE_PHRASE)] : [];
    const deadlines = phrases.filter((x) => x.index < d.source.end - from);
    const last = deadlines.at(-1);
    const withinYear = last !== undefined && (last[1] ?? last[2]) !== undefined && phrases.some((x) => x.index > last.index && !x[1] && !x[2]);
    const milestone = deadlines.filter((x) => !x[2]).at(-1)?.[1] !== undefined;
    const same = d.unitRow && !fine && !rowUnit ? undefined : best(out.filter((o) => o.d.value.value === d.value.value && o.d.value.max === d.value.max
      && (!o.d.unitRow || fine) && (!d.unitRow || fine || namesUnit(o))
      && (o.d.cell !== undefined || d.cell !== undefined || o.milestone === milestone)
      // ("bảo đảm đến ngày 30/6/2026 đạt tối thiểu 70%" is not the year's "tối thiểu 70%" under "Chỉ tiêu năm 2026")
      && !(o.d.wholeYear && withinYear) && !(d.wholeYear && o.withinYear)
      && !(once && o.also.some((a) => a.table === d.table))
      // (an index given to the hundredth is one fact in per cent or in points: "Chỉ số CCHC … đạt 85,47%" and "Tổng cộng | 100 | 85,47")
      && (o.d.value.unit === d.value.unit || ((fine || (d.cell && !o.d.cell && TOTAL_ROW.test(d.source.quote.replace(/^[\s|]+/u, ''))))
        && [o.d.value.unit, d.value.unit].every((u) => u === 'percent' || u === 'score')))
      && o.d.source.start !== d.source.start
      // (one sentence states a value once: "Cải thiện điểm số của 08/08 chỉ số thành phần Chỉ số CCHC và ít nhất 08/10 chỉ số
      // thành phần Chỉ số PCI" is two targets)
      && !(o.d.source.end <= d.source.start && !/[.;!?\n]/u.test(text.slice(o.d.source.end, d.source.start)))
      // a value given to the hundredth is one fact however often it is reported ("Hải Phòng đạt 93,19%" in the lead and the
      // body); one given to the tenth, when the labels also agree ("đạt 46,5%" in the review and again under its limits)
      && ((!Number.isInteger(d.value.value) && o.d.kind === d.kind && sameYear(o.d, d) && o.d.value.comparator === d.value.comparator
        && (!Number.isInteger(d.value.value * 10) || cover(o.syl, syl) >= 0.5))
      // one province has one PAR INDEX: the same index, value, year and kind is one target
      // however it is named ("Chỉ số PAR INDEX" in the body, "Chỉ số cải cách hành chính" in the headline)
      || announces(o.d, d) || [o.d, ...o.also].some((a) => announces(d, a))
      // a news lead's figure the sapo or body states again, in its own words: "Lâm Đồng đặt mục tiêu 90% hồ sơ thủ tục hành chính xử lý
      // trực tuyến" and "tỉnh đặt chỉ tiêu tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến … đạt tối thiểu 90%"; a group
      // of a ranking the same year whatever index it names ("các chỉ số … thuộc nhóm 15" and "PAR INDEX và SIPAS … nhóm 15")
      // (the same comparator: "vượt chỉ tiêu cả năm do Chính phủ đặt ra (40%)" in the lead is not a province's "khoảng 40%")
      // (a headline names no level where the body may: "phấn đấu trên 85% hồ sơ …" over "… UBND các xã, phường …, phấn đấu … trên 85%")
      // (a target the body cites without a year is the lead's dated one: "… cho rằng chỉ tiêu 70% hồ sơ trực tuyến toàn trình là thách
      // thức lớn" under "Khánh Hòa đặt mục tiêu 70% hồ sơ trực tuyến toàn trình vào năm 2027")
      || (o.d.source.end <= leadEnd && d.source.start >= (o.d.source.end <= headlineEnd ? headlineEnd : leadEnd) && !d.cell && o.d.kind === d.kind
        && (sameYear(o.d, d) || cites(o.d, d)) && (o.d.level === d.level || o.d.level === null)
        // (a headline's bare figure takes the body's bound: "Hà Nội đặt mục tiêu 70% hồ sơ …" over "… đạt tối thiểu 70%")
        // (not a target a bracket cites: "… vượt chỉ tiêu cả năm do Chính phủ đặt ra (40%)" is not a province's "khoảng 40%")
        && (o.d.value.comparator === d.value.comparator || cites(o.d, d) || (o.d.source.end <= headlineEnd && o.d.kind === 'target' && o.d.value.comparator === 'eq' && d.value.comparator !== 'between'
          && !/\([^()]*$/u.test(text.slice(Math.max(0, o.d.source.start - 80), o.d.source.start) + o.d.source.quote.slice(0, o.d.source.quote.lastIndexOf(o.d.value.text)))))
        && (o.d.change?.direction ?? null) === (d.change?.direction ?? null)
        // (not a move of another index the body names: "Chỉ số CCHC … tăng 5 bậc" in the headline is not "Chỉ số SIPAS … tăng 5 bậc")
        && (d.value.unit === 'rank' ? !(index !== null && o.index !== null && o.index !== index) : cover(o.syl, syl) >= 0.6 && !(d.value.unit === 'percent' && d.value.value === 100)))
      || (index !== null && o.index === index && o.d.kind === d.kind && sameYear(o.d, d)
        && o.d.value.comparator === d.value.comparator && o.d.level === d.level)
      // a value that names nothing but the aim it restates: "Cùng với mục tiêu đạt tối thiểu 88%, tỉnh phấn đấu …"
      || (bare && !d.cell && o.d.kind === d.kind && o.d.deadline.year === d.deadline.year && o.d.value.comparator === d.value.comparator && o.d.level === d.level)
      // a table's total row restates the body's figure whatever its columns say ("| | Tổng cộng | 148 | 30 | Năm 2027 |"
      // under "Cắt giảm, đơn giản hóa 148 TTHC …" and "… 30% chi phí tuân thủ")
      // (whichever comes first: the table may stand before the sentence that sums it up)
      || (d.cell && !o.d.cell && TOTAL_ROW.test(d.source.quote.replace(/^[\s|]+/u, '')) && o.d.kind === d.kind && sameYear(o.d, d) && (o.d.value.comparator === d.value.comparator || d.value.comparator === 'eq'))
      || (o.d.cell && !d.cell && /^(?:tổng cộng|tổng số|cộng|toàn tỉnh|toàn thành phố)\s*\n/iu.test(o.d.source.quote.replace(/^[\s|]+/u, '')) && o.d.kind === d.kind && sameYear(o.d, d) && (o.d.value.comparator === d.value.comparator || o.d.value.comparator === 'eq'))
      // a sum of money an appendix line names again with the body's comparator is that sum, whatever words go with it
      // ("tiết kiệm cho xã hội không dưới 250 tỷ đồng" and "Cắt giảm … chi phí tuân thủ (không dưới 250 tỷ đồng)")
      || (d.appendix && !o.d.appendix && d.value.unit === 'money' && o.d.value.comparator === d.value.comparator && o.d.kind === d.kind && o.d.deadline.year === d.deadline.year)
      // (an appendix row may drop the body's "tối thiểu": a bare value still restates it)
      || (o.d.cell || d.cell || (d.appendix && !o.d.appendix && (o.d.value.comparator === d.value.comparator || d.value.comparator === 'eq'))
        // a table row or an appendix line restates a body target tersely, in columns whose year
        // the flattened text no longer shows: shared syllables cover half of the shorter label
        // (two comparators both written out must agree: "Trên 85%" is not "tối thiểu … 85%")
        // (the verb a sentence put before its value may be the row's telling word: "Số hóa 100% hồ sơ, kết quả …" and "Số hóa hồ
        // sơ, kết quả giải quyết TTHC (%) | 100")
        ? (((cover(o.syl, syl) >= 0.5 || (o.d.cell !== d.cell && cover(o.words(), words()) >= 0.6))
          && (sharesTelling(o.syl, syl) || (o.d.cell !== d.cell && sharesTelling(o.words(), words())))) || namedByHeading(o.d, d) || namedByHeading(d, o.d)
          // (a unit's row the sentence names: "20 | Cần Thơ | 87,30 | Giảm 4 bậc" and "Cần Thơ chỉ đạt 87,30%, xếp thứ 20, giảm 4 bậc")
          || (d.unitRow === true && namesUnit(o)))
          && (o.d.value.comparator === d.value.comparator || o.d.value.comparator === 'eq' || d.value.comparator === 'eq') && (o.d.level === d.level || ((o.d.level === null || d.level === null) && !o.d.levelKnown && !d.levelKnown))
          // (a sentence's own year is known too: "chỉ đạt 52,7% (chỉ tiêu năm 2026 là 60%)" is not a quarter cell "≥ 60%" of 2027)
          && (!(o.d.yearKnown || d.yearKnown || (!o.d.cell && o.d.kind === 'target' && o.d.deadline.basis === 'clause' && d.cell !== undefined && d.deadline.basis !== 'clause'
            && o.d.deadline.year !== null && d.deadline.year !== null && o.d.deadline.year < d.deadline.year)) || o.d.deadline.year === d.deadline.year)
          && (o.d.table === undefined || o.d.table !== d.table)
          // (two rows of a table laid out a cell per line are two indicators unless their words are nearly the same:
          // "Tỷ lệ nhiệm vụ trong Kế hoạch … được hoàn thành | 100%" and "Tỷ lệ nhiệm vụ do … giao … được hoàn thành đúng hạn | 100%")
          && !(o.d.cell && d.cell && o.d.table === undefined && d.table === undefined && dice(o.syl, syl) < 0.85)
        : o.d.kind === d.kind && sameYear(o.d, d) && o.d.level === d.level
          && (dice(o.syl, syl) >= 0.85
            // a headline or subheading that repeats a body sentence's words ("Phấn đấu vào nhóm 10 tỉnh dẫn đầu" over
            // "… phấn đấu vào nhóm 10 tỉnh, thành phố dẫn đầu cả nước"), with the same comparator
            || (o.d.value.comparator === d.value.comparator && Math.min(o.words().size, words().size) >= 6 && cover(o.words(), words()) === 1)
            // a value whose shorter label lies whole inside the longer one, with the same comparator: a list of
            // targets restated in the tasks ("1) Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt từ 99% trở
            // lên" and "phấn đấu tỷ lệ giải quyết đúng hạn và trước hạn từ 99% trở lên"; "900 lượt công chức cấp xã" and
            // "… 900 lượt công chức cấp xã về CCHC"); not a bare "100%" or a small count, which many indicators share
            || (o.d.value.comparator === d.value.comparator && cover(o.syl, syl) === 1
              && Math.min(o.syl.size, syl.size) >= (d.value.unit === 'count' && d.value.value >= 100 ? 3 : 4)
              && (d.value.unit === 'count' ? d.value.value >= 10 : !(d.value.unit === 'percent' && d.value.value === 100)))
            // a target a review quotes bare and the tasks restate with its bound: "(chỉ tiêu năm 2026 là 55%)" after "Tỷ lệ hồ
            // sơ … được tiếp nhận, giải quyết trực tuyến đạt 48,8%", then "phấn đấu tỷ lệ hồ sơ được tiếp nhận, giải quyết
            // trực tuyến cả năm đạt tối thiểu 55%"
            || (o.d.value.comparator === 'eq' && d.value.comparator !== 'eq' && d.value.comparator !== 'between' && QUOTED_AS_TARGET.test(o.d.source.quote)
              && cover(o.syl, syl) >= 0.7 && !(d.value.unit === 'percent' && d.value.value === 100)))))), (o) => cover(o.syl, syl) + cover(o.words(), words()) / 10);
    if (same && announces(same.d, d) && same.also.length === 0) {
      same.also.push(same.d);
      same.d = d;
      same.syl = syl;
      same.milestone = milestone;
      same.withinYear = withinYear;
    } else if (same) {
      same.also.push(d);
      // (a headline's year is the one the body states)
      if (same.d.deadline.year !== d.deadline.year && undated(same.d)) same.d = { ...same.d, deadline: d.deadline };
      // One record, several statements: a baseline stated only in the later one still counts.
      if (same.d.change && same.d.change.baselineYear === null && d.change?.direction === same.d.change.direction && d.change.baselineYear !== null) {
        same.d = { ...same.d, change: { ...same.d.change, baselineYear: d.change.baselineYear } };
      }
      // (and a bound the later one writes out: "còn thấp so với chỉ tiêu năm 2026 (60%)" then "Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên")
      if (same.d.value.comparator === 'eq' && d.value.comparator !== 'eq' && d.value.comparator !== 'between') {
        same.d = { ...same.d, value: { ...same.d.value, comparator: d.value.comparator, interval: interval(same.d.value.value, same.d.value.max, d.value.comparator) } };
      }
    } else out.push({ d, also: [], syl, words, index, milestone, withinYear });
  }
  return out;
}

/**
 * Whether headings (outermost first) put a place under results: one reports ("I. KẾT QUẢ THỰC HIỆN …", "2. Kết quả tập
 * sự, …") and no heading above it sets targets, unless it reviews; not a set of criteria for judging results.
 */
function underResults(sections: OutlineNode[]): boolean {
  return sections.some((h, k) => RESULT_SECTION.test(h.title) && !CRITERIA_HEADING.test(h.title)
    && !(sections.slice(0, k).some((o) => TARGET_SECTION.test(o.title) && !RESULT_SECTION.test(o.title)) && !REVIEW_HEADING.test(h.title))
    // (nor one under it that asks: "II. KẾT QUẢ CỤ THỂ" > "1. Sở Xây dựng" > "b) Yêu cầu khắc phục:")
    && !sections.slice(k + 1).some((o) => REQUIRING_HEADING.test(o.title) && !RESULT_SECTION.test(o.title)));
}

/** A heading that asks for what is to be done: "b) Yêu cầu khắc phục:", "2. Nhiệm vụ, giải pháp", "Phương hướng năm 2027". */
const REQUIRING_HEADING = /^(?:[\p{L}\dIVX]{1,4}[.)]\s+)?(?:yêu cầu|nhiệm vụ|giải pháp|phương hướng|mục tiêu|chỉ tiêu)(?![\p{L}])/iu;

/** A heading that names criteria to judge results by, not results: "Bộ chỉ tiêu đánh giá …", "Bộ tiêu chí …". */
const CRITERIA_HEADING = /(?<![\p{L}])(?:bộ chỉ tiêu|bộ tiêu chí|tiêu chí đánh giá|chỉ tiêu đánh giá)(?![\p{L}])/iu;

/** A target named as one in the words quoted for it: "chỉ tiêu năm 2026 là 55%". */
const QUOTED_AS_TARGET = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\p{L}])/iu;

/** A table's total row, by the cell it opens with and nothing else in that cell ("Tổng cộng |", "Toàn xã |"). */
const TOTAL_ROW = new RegExp(`^(?:${WHOLE_ROW_NAMES})(?![\\p{L}])(?![^|\\n]*\\p{L}{2,}[^|\\n]*\\|)`, 'iu');

/** The item with the highest score; the first of equals. */
function best<T>(items: T[], score: (t: T) => number): T | undefined {
  let top: T | undefined;
  let at = -Infinity;
  for (const t of items) {
    const s = score(t);
    if (s > at) { at = s; top = t; }
  }
  return top;
}

/** Indices a province has exactly one of (domain.md "Indices that targets rank against"). */
/** Only a label that names an index can be one (spares the matcher every other label). */
const INDEX_NAME = /chỉ số|par|sipas|papi|pci|dti|ict|hài lòng/iu;
const INDEX_GROUP: Record<string, string> = {
  'par-index': 'par-index', 'sipas': 'sipas', 'satisfaction-public-service': 'sipas', 'papi': 'papi', 'pci': 'pci', 'ict-index': 'ict-index', 'dti': 'dti',
};
/** A label that names only an aim: "Cùng với mục tiêu", "mục tiêu này", "chỉ tiêu trên". */
const BARE_AIM = /^(?:(?:cùng với|bên cạnh|ngoài|với|theo|để đạt)\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+(?:này|đó|trên|nêu trên|đề ra|đặt ra))?$/iu;
const LABEL_FILLER = /(?<![\p{L}])(?:năm\s+\d{4}|của\s+(?:tỉnh|huyện|thành phố|xã|sở|ngành)|toàn tỉnh|trên địa bàn(?:\s+(?:tỉnh|huyện|thành phố))?)(?![\p{L}])/giu;

/** Syllables two labels share. */
function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Shared syllables over the shorter label (a terse table row inside a full sentence). */
/** Syllables in nearly every label ("tỷ lệ hồ sơ thủ tục hành chính giải quyết …") tell two indicators apart least. */
const COMMON_SYLLABLES = new Set(COMMON_LABEL_SYLLABLES);
function telling(a: Set<string>): Set<string> {
  return new Set([...a].filter((x) => !COMMON_SYLLABLES.has(x)));
}
/** Two labels share a telling syllable, or one has none ("Tỷ lệ hồ sơ …" vs "Số hóa hồ sơ, kết quả giải quyết TTHC" do not). */
function sharesTelling(a: Set<string>, b: Set<string>): boolean {
  const ta = telling(a);
  const tb = telling(b);
  return ta.size === 0 || tb.size === 0 || shared(ta, tb) > 0;
}
function cover(a: Set<string>, b: Set<string>): number {
  return a.size === 0 || b.size === 0 ? 0 : shared(a, b) / Math.min(a.size, b.size);
}

/** Dice coefficient of two syllable sets. */
function dice(a: Set<string>, b: Set<string>): number {
  return a.size === 0 || b.size === 0 ? 0 : (2 * shared(a, b)) / (a.size + b.size);
}

/** The day the document was signed or published, ISO "yyyy-mm-dd", when its metadata names the whole date. */
function dateOf(work: Work): string | null {
  const d = work.metadata.date?.value;
  return d !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(d) ? d : null;
}

function yearOf(date: string | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
