/**
 * Lexicons for quantities and their qualifiers. Source of each list:
 * shared/docs/annotation-guideline.md ("Record fields", comparator lexicon) and
 * shared/docs/domain.md ("How targets are written"). Matching is done on tone-folded
 * text (pipeline/fold.ts), so entries are written in ordinary NFC Vietnamese.
 */
import type { Area, Comparator, Level } from '../../schemas/target.ts';

/**
 * Comparator words that PRECEDE a value, longest first. "quá" is ≤ only under a negation
 * ("không để … đi lại quá 02 lần"); that is decided in code.
 */
export const PRE_COMPARATORS: Array<[string, Comparator]> = [
  ['không vượt quá', 'lte'], ['không quá', 'lte'], ['tối đa', 'lte'], ['nhiều nhất', 'lte'],
  ['không dưới', 'gte'], ['không thấp hơn', 'gte'], ['không ít hơn', 'gte'], ['không nhỏ hơn', 'gte'],
  ['không cao hơn', 'lte'], ['không lớn hơn', 'lte'], ['không nhiều hơn', 'lte'], ['tối thiểu', 'gte'], ['ít nhất', 'gte'],
  ['thấp nhất', 'gte'],
  // a level compared with, not a bound: "tỷ lệ … đạt 98,1%, cao hơn mức 97,3% của cả năm 2026" (the earlier value, eq)
  ['cao hơn mức', 'eq'], ['thấp hơn mức', 'eq'],
  ['cao hơn', 'gt'], ['lớn hơn', 'gt'], ['nhiều hơn', 'gt'], ['vượt mốc', 'gt'], ['vượt', 'gt'], ['trên', 'gt'], ['hơn', 'gt'],
  ['thấp hơn', 'lt'], ['nhỏ hơn', 'lt'], ['dưới', 'lt'],
  ['xấp xỉ', 'approx'], ['khoảng', 'approx'], ['gần', 'approx'], ['trên dưới', 'approx'],
  // an estimate: "ước tính tiết kiệm 96,4 tỷ đồng mỗi năm" (8 of 8 annotated records)
  ['ước tính', 'approx'],
  ['quá', 'gt'],
  // symbols, as appendix tables write them
  ['>=', 'gte'], ['≥', 'gte'], ['<=', 'lte'], ['≤', 'lte'], ['>', 'gt'], ['<', 'lt'],
];

/** Comparator words that FOLLOW a value: "từ 30% trở lên", "5% trở xuống". */
export const POST_COMPARATORS: Array<[string, Comparator]> = [
  ['trở lên', 'gte'], ['trở xuống', 'lte'], ['trở lại', 'lte'],
];

/** Words that, right before a value, say the value is an amount of change. */
export const CHANGE_VERBS: Array<[string, 'increase' | 'decrease']> = [
  ['tăng thêm', 'increase'], ['bổ sung', 'increase'], ['thêm', 'increase'], ['tăng', 'increase'], ['nâng', 'increase'], ['cải thiện', 'increase'],
  ['cắt giảm', 'decrease'], ['tinh giản', 'decrease'], ['giảm', 'decrease'], ['rút ngắn', 'decrease'],
  // (a ranking's fall: "Tụt 3 bậc", "sụt 2 hạng", "lùi 4 bậc")
  ['tụt', 'decrease'], ['sụt', 'decrease'], ['lùi', 'decrease'],
];

/** After a change verb these make the value a level to reach, not a change ("giảm … xuống dưới 3%"). */
export const LEVEL_MARKERS = ['xuống còn', 'xuống dưới', 'xuống', 'lên', 'còn', 'đạt'];

/** Recurrence: "mỗi năm", "hằng năm", "hàng năm", "bình quân …/năm". */
export const ANNUAL = ['mỗi năm', 'hằng năm', 'hàng năm', 'năm sau cao hơn năm trước', '/năm'];

/** Administrative levels (guideline "level"): the clause names the level or counts its units. */
export const LEVELS: Array<[string, Level]> = [
  ['cấp tỉnh', 'province'], ['cấp huyện', 'district'], ['cấp xã', 'commune'],
  // Centrally-run cities (Hà Nội, TP. Hồ Chí Minh …) name their levels cấp Thành phố / quận / phường.
  ['cấp thành phố', 'province'], ['cấp quận', 'district'], ['cấp phường', 'commune'],
  ['phường, xã, thị trấn', 'commune'], ['xã, phường', 'commune'], ['phường, xã', 'commune'],
  ['số xã', 'commune'], ['xã, phường, thị trấn', 'commune'], ['xã, thị trấn', 'commune'], ['phường, thị trấn', 'commune'],
  ['số huyện', 'district'],
  // health and education name their levels "tuyến": "bệnh viện tuyến tỉnh"
  ['tuyến tỉnh', 'province'], ['tuyến huyện', 'district'], ['tuyến xã', 'commune'],
  // the province's own departments ("cơ quan chuyên môn thuộc UBND tỉnh") are its level's units
  ['cơ quan chuyên môn thuộc ủy ban nhân dân tỉnh', 'province'], ['cơ quan chuyên môn thuộc ubnd tỉnh', 'province'],
  ['cơ quan chuyên môn thuộc ủy ban nhân dân thành phố', 'province'], ['cơ quan chuyên môn thuộc ubnd thành phố', 'province'],
  // (and the block a PAR INDEX groups them in: "Chỉ số CCHC bình quân của khối sở, ban, ngành đạt từ 88 điểm trở lên")
  ['khối sở, ban, ngành', 'province'], ['khối sở, ngành', 'province'],
];

/** A count of a level's own units: "còn 03 xã …", "12 phường". */
export const LEVEL_UNITS: Array<[RegExp, Level]> = [
  [/^\s*(?:\/\s*\d+\s+)?(?:xã|phường|thị trấn)(?![\p{L}])/iu, 'commune'],
  [/^\s*(?:\/\s*\d+\s+)?(?:huyện|quận|thị xã)(?![\p{L}])/iu, 'district'],
];

/**
 * Reform areas (Nghị quyết 76/NQ-CP, six areas, plus công tác chỉ đạo điều hành from the
 * provincial PAR INDEX). Checked in this order on headings, innermost first, then on the
 * wording of the clause. Order matters: "Công tác chỉ đạo điều hành cải cách hành chính"
 * is direction; "hài lòng … về giải quyết thủ tục hành chính" is procedures, while
 * "hài lòng … đối với sự phục vụ của cơ quan hành chính" is apparatus (NQ 76 puts SIPAS
 * under tổ chức bộ máy).
 */
export const AREA_HEADINGS: Array<[string, Area]> = [
  ['chỉ đạo điều hành', 'direction'], ['chỉ đạo, điều hành', 'direction'],
  ['thể chế', 'institutions'], ['văn bản quy phạm pháp luật', 'institutions'],
  ['thủ tục hành chính', 'administrative-procedures'],
  ['tổ chức bộ máy', 'apparatus'],
  ['chế độ công vụ', 'civil-service'], ['công vụ', 'civil-service'],
  ['tài chính công', 'public-finance'],
  ['chính quyền điện tử', 'digital-government'], ['chính quyền số', 'digital-government'],
  ['chuyển đổi số', 'digital-government'],
];

export const AREA_WORDING: Array<[string, Area]> = [
  ['chỉ số', 'other'], ['par index', 'other'], ['xếp hạng', 'other'],
  ['nhiệm vụ kế hoạch', 'direction'], ['nhiệm vụ trong kế hoạch', 'direction'], ['nhiệm vụ do', 'direction'],
  ['văn bản quy phạm pháp luật', 'institutions'], ['văn bản qppl', 'institutions'], ['văn bản pháp luật', 'institutions'],
  ['sự phục vụ của cơ quan hành chính', 'apparatus'], ['dịch vụ y tế', 'apparatus'], ['giáo dục công lập', 'apparatus'],
  ['tự chủ', 'public-finance'], ['chi thường xuyên', 'public-finance'], ['ngân sách', 'public-finance'],
  ['đơn vị sự nghiệp', 'apparatus'], ['biên chế', 'apparatus'], ['cơ quan chuyên môn', 'apparatus'], ['tổ chức bộ máy', 'apparatus'],
  ['cán bộ, công chức', 'civil-service'], ['công chức', 'civil-service'],
  ['cơ sở dữ liệu', 'digital-government'], ['hồ sơ công việc', 'digital-government'], ['họp trực tuyến', 'digital-government'],
  ['chế độ báo cáo', 'digital-government'], ['định danh', 'digital-government'], ['hạ tầng', 'digital-government'],
  ['dịch vụ công trực tuyến', 'digital-government'],
  ['thủ tục hành chính', 'administrative-procedures'], ['tthc', 'administrative-procedures'],
  ['hồ sơ', 'administrative-procedures'], ['thanh toán trực tuyến', 'administrative-procedures'],
  ['một cửa', 'administrative-procedures'], ['giấy tờ', 'administrative-procedures'],
];

/**
 * Verbs of delivery that make a bare count a target or a result ("đưa vào vận hành 15 cơ sở
 * dữ liệu", "đã cung cấp 1.187 dịch vụ công"). Verbs that describe the document itself
 * ("xác định 06 nhiệm vụ", "tập trung vào 06 nội dung", "là 10 đơn vị") are not here.
 */
export const DELIVERY_VERBS = [
  'đưa vào vận hành', 'đưa vào sử dụng', 'vận hành', 'xây dựng', 'hoàn thành', 'cung cấp', 'công bố', 'đơn giản hóa',
  'cắt giảm', 'lắp mới', 'lắp đặt', 'lắp đặt mới', 'đào tạo', 'tập huấn', 'bồi dưỡng', 'số hóa', 'tích hợp', 'kết nối', 'thành lập',
  'sáp nhập', 'giải thể', 'tổ chức lại', 'chuyển đổi', 'tuyển dụng', 'tinh giản', 'giảm', 'tăng', 'phát triển', 'triển khai',
  'đồng bộ', 'làm sạch', 'chuẩn hóa', 'đơn giản hóa đối với', 'cắt giảm, đơn giản hóa',
  // "Kết nối, chia sẻ 05 cơ sở dữ liệu chuyên ngành với Nền tảng …"
  'chia sẻ',
  // "xây dựng mới 650 trạm BTS 5G", "Xây dựng, hoàn thiện 08 cơ sở dữ liệu chuyên ngành"
  'xây dựng mới', 'hoàn thiện', 'xây dựng, hoàn thiện',
  // "Cấp 1.398.245 tài khoản định danh", "Duy trì 1.020 Tổ công nghệ số" (not "rà soát 126 văn bản": a workload)
  'cấp', 'cấp mới', 'duy trì', 'hình thành', 'đạt', 'cập nhật',
  // "nâng tổng số camera kết nối … lên 432 camera": a level to reach
  'lên',
  // events a plan commits to hold ("tổ chức 02 lớp bồi dưỡng"); in a review they are no record
  'tổ chức',
  // "đã kích hoạt 542.180 tài khoản", "đã cấp 7.426 chứng thư số" ("cấp" alone is a level word)
  'kích hoạt', 'đã cấp',
  // a review done: "Các sở, ngành đã rà soát 412 TTHC", "hoàn thành rà soát 15 văn bản" (not "tổ chức rà soát
  // 5.472 văn bản", "tham mưu rà soát 126 văn bản": the work undertaken, not done)
  'đã rà soát', 'hoàn thành rà soát',
  // equipment and assets: "Trang bị bổ sung 49 ki-ốt", "thanh lý 132 xe ô tô"
  'trang bị', 'bổ sung', 'thanh lý',
  // "Có thêm 08 xã đạt chuẩn nông thôn mới nâng cao"
  'có thêm',
  // "xã đã kiện toàn 22 Tổ công nghệ số cộng đồng", "Phấn đấu 08 bản đạt tiêu chí 'Bản số'"
  'kiện toàn', 'phấn đấu',
  // states counted in results: "hiện có 248 đơn vị", "còn 38 thôn, bản chưa có sóng"
  'hiện có', 'còn', 'đưa vào khai thác',
  // "Thực hiện tinh giản biên chế đối với 356 người"
  'tinh giản biên chế', 'tinh giản biên chế đối với',
];

/** Nouns counted in count targets ("không quá 02 lần", "ít nhất 20 tập dữ liệu"). */
export const DURATION_UNITS = ['ngày làm việc', 'ngày', 'giờ', 'phút', 'tháng', 'tuần', 'tiết', 'giây'];
/** Money is a target only when the clause sets a goal for it; a budget line ("bố trí khoảng 25 tỷ đồng") is not. */
// (and the indicators of a socio-economic resolution: "trong đó thu nội địa 11.020 tỷ đồng", "Tổng vốn đầu tư toàn xã hội khoảng 86.000 tỷ đồng")
export const MONEY_GOAL = /tiết kiệm|huy động|thu hút|vốn đăng ký|cắt giảm|giảm|tăng|thu ngân sách|thu nội địa|vốn đầu tư toàn xã hội|kim ngạch|doanh thu|đạt|vượt|giá trị (?:thanh toán|giao dịch|giải ngân)|thu hồi/iu;
// ("Kim ngạch xuất khẩu đạt 2,1 tỷ USD": kept as written, like every sum; the currency stays in the value's text)
export const MONEY_UNITS: Array<[string, number]> = [['nghìn tỷ đồng', 1e12], ['tỷ đồng', 1e9], ['triệu đồng', 1e6], ['nghìn đồng', 1e3], ['đồng', 1], ['tỷ USD', 1e9], ['triệu USD', 1e6], ['USD', 1]];

/**
 * Paragraph openers of past results (guideline "A result is a value reported as already
 * achieved"): with these the clause reports, it does not commit.
 */
export const RESULT_MARKERS = ['đã đạt', 'đạt được', 'hiện có', 'hiện nay', 'kết quả đạt', 'vượt chỉ tiêu', 'so với cùng kỳ', 'ước đạt', 'mới đạt', 'mới bằng',
  // (not the name of who falls short of a standard, "Tỷ lệ công chức chưa đạt chuẩn … giảm xuống dưới 5%")
  'chưa đạt(?!\\s+(?:chuẩn|tiêu chuẩn|yêu cầu)(?![\\p{L}]))', 'đạt và vượt', 'đến nay', 'vẫn còn',
  // estimates and counts "as of" a date report too: "Ước thực hiện đến 30/6/2024", "tính đến ngày 31/5/2023"
  'ước thực hiện', 'ước tính', 'tính đến'];

/**
 * Headings of a results section (a report's "I. KẾT QUẢ THỰC HIỆN … NĂM 2023", a meeting's "I. KẾT
 * QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 9 THÁNG ĐẦU NĂM 2026", "3. Kết quả từng chỉ số nội dung" — not
 * "Kết quả cần đạt" nor one that goes on to "… VÀ NHIỆM VỤ"):
 * values there are results.
 */
export const RESULT_SECTION = /kết quả (?:thực hiện|đạt được|triển khai)|^(?:\S+\s+)?kết quả(?:\s+\p{L}+){0,3}\s+năm\s+\d{4}\s*$|^(?:\S+\s+)?kết quả(?!\s+(?:cần|phải|dự kiến|đầu ra|mong đợi|hướng tới))(?!.*(?:mục tiêu|phương hướng|nhiệm vụ|giải pháp|chỉ tiêu))|tình hình (?:thực hiện|triển khai)|đánh giá (?:chung|kết quả|tình hình)|những (?:kết quả|mặt) đạt được|tồn tại, hạn chế|hạn chế, (?:tồn tại|yếu kém)|khó khăn, vướng mắc|^(?:\S+\s+)?(?:thực trạng|hiện trạng)(?![\p{L}])|^(?:\S+\s+)?tình hình(?![\p{L}])(?!.*(?:mục tiêu|phương hướng|nhiệm vụ|giải pháp|chỉ tiêu))/iu;

/** A value in a results section is still a target when the clause commits to it. */
// (and a plan or decision cited as requiring a level: "Kế hoạch số 245/KH-UBND … năm 2027 yêu cầu tỷ lệ hồ sơ quá hạn … không vượt quá 0,5%")
export const TARGET_MARKERS = /phấn đấu|mục tiêu|chỉ tiêu (?:đến|năm \d{4} là)|đến năm \d{4}|(?:kế hoạch|quyết định|nghị quyết|chỉ thị)(?:\s+số)?[^;]{0,120}?\s(?:yêu cầu|đặt ra|đề ra)(?![\p{L}])/iu;

/**
 * A target that a results paragraph quotes: "vượt chỉ tiêu HĐND tỉnh giao (98%)", "thấp hơn mức
 * khống chế đề ra (dưới 2%)", "vượt chỉ
 * tiêu giảm tối thiểu 10% đến năm 2025" (the value within a few words of "chỉ tiêu"), "Kế hoạch
 * CCHC năm 2023 đặt mục tiêu Chỉ số CCHC … tăng ít nhất 03 bậc", "chỉ tiêu Kế hoạch năm 2023 giao
 * lần lượt là 60%, 50%, 40%".
 */
// (also a bracket that opens by naming the target: "giảm 6,4% (chỉ tiêu theo Kết luận số 40-KL/TW là giảm tối thiểu 5%)";
// and a place a past target named: "mục tiêu đưa Chỉ số PCI năm 2026 vào nhóm 10 … chưa đạt được", "vượt mục tiêu mà Nghị
// quyết … đề ra cho năm 2026 là nằm trong nhóm 20"; and a bound a result missed or beat: "tỷ lệ hồ sơ quá hạn là 2,2%, cao hơn
// mức tối đa 1,5% được giao"; and a roadmap's step: "chưa đạt lộ trình quý II (42%)"; not "Một số chỉ tiêu đạt thấp so với kế hoạch: tỷ lệ hồ sơ quá hạn (2,2%)", a result after a colon)
// (and a target a result is set against in quotation marks: vượt mục tiêu "thuộc nhóm 15 tỉnh, thành phố dẫn đầu" đề ra cho năm 2026)
export const QUOTED_TARGET = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu)\s*["“][^"”]{0,80}$|\(\s*(?:chỉ tiêu|mục tiêu|kế hoạch|phấn đấu)(?![\p{L}])[^()]{0,120}$|(?:chỉ tiêu|kế hoạch|mục tiêu|mức khống chế|lộ trình)[^():]{0,120}\(\s*(?:(?:tối thiểu|ít nhất|tối đa|không quá|không dưới|trên|dưới|từ|giảm|tăng|(?:thuộc|trong|vào)\s+nhóm|nhóm)\s+)*$|(?:chỉ tiêu|mục tiêu)[^():]{0,120}\((?!\s*(?:đạt|bằng|chiếm)(?:\s+\d|\s*$))[^()]{0,120}$|(?<![\p{L}])(?:chỉ tiêu|mục tiêu)(?:\s+(?:\p{L}+|\d{4})){0,6}\s*$|(?<![\p{L}])(?:đặt|đặt ra|đề ra)\s+(?:mục tiêu|chỉ tiêu)(?:\s+(?:[\p{L}()]+|\d{4})){0,14}\s*$|(?<![\p{L}])chỉ tiêu(?:\s+(?:\p{L}+|\d{4})){0,6}\s+(?:giao|đề ra|đặt ra)(?:\s+lần lượt)?(?:\s+là)?\s*$|(?<![\p{L}])mục tiêu(?:\s+(?:[\p{L}()]+|\d{4})){0,16}?\s+(?:vào|trong|thuộc)\s+nhóm\s*$|(?<![\p{L}])(?:cao hơn|thấp hơn|vượt|chưa đạt|chưa vượt)\s+(?:so với\s+)?mức\s+(?:tối đa|tối thiểu|trần|sàn|khống chế)\s*$|(?<![\p{L}])(?:mục tiêu|chỉ tiêu)\s+(?:đề ra|đặt ra|được giao)(?:[^.;:()\d]|\d{4}){0,80}?\s(?:là|ở mức)\s+(?:(?:đạt|tối thiểu|ít nhất|từ|trên|dưới)\s+)*$/iu;

/** Verbs and fillers stripped from the front of an indicator label. */
export const LABEL_LEAD = [
  'phấn đấu', 'đảm bảo', 'bảo đảm', 'duy trì', 'hoàn thành', 'thực hiện', 'đạt', 'có', 'là', 'chiếm',
  'trong đó', 'trong số đó', 'ngoài ra', 'theo đó', 'đồng thời', 'bên cạnh đó', 'cùng với đó', 'thêm vào đó', 'mặt khác', 'tiếp tục',
  // a restatement of the value before it ("giảm 58 đơn vị, tương đương 10,8%") names no subject
  'tương đương', 'tương ứng', 'bằng',
];
/** A target a review measures against stands before the value, not as its subject: "chưa đạt mục tiêu đến năm 2025 là 20% số …". */
export const TARGET_REFERENCE_LEAD = String.raw`(?:chưa|không)?\s*(?:đạt|vượt)\s+(?:mục tiêu|chỉ tiêu)(?:\s+(?:đề ra|được giao|giao|kế hoạch))?(?:\s+(?:đến|của)\s+năm\s+\d{4})?`;

/** Words that say the values after them are one list, in order ("lần lượt đạt 82,15; 84,60 và 89,47 điểm"), and the verbs that may follow them. */
export const RESPECTIVE = String.raw`(?<![\p{L}])(?:lần lượt|tương ứng)`;
export const RESPECTIVE_VERB = String.raw`(?:\s+(?:là|đạt|ở mức|với))?`;
export const RESPECTIVE_WORD = new RegExp(String.raw`${RESPECTIVE}(?![\p{L}])`, 'iu');
