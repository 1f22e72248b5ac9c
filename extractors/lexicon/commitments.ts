/**
 * Word lists the targets stage uses to tell a commitment from a report, and a record from a
 * number that only defines, ranks or sanctions (guideline: "What to annotate", "NOT
 * annotated"). Data only: pipeline/targets.ts builds its patterns from these, matching whole
 * words. Written in ordinary NFC Vietnamese.
 */

/** What makes a sentence of a news article a commitment rather than a report. */
export const NEWS_COMMIT_WORDS = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'đặt ra', 'đề ra', 'yêu cầu', 'đề nghị', 'phải', 'cần', 'sẽ', 'kế hoạch', 'định hướng',
  'đến năm', 'tới năm', 'tối thiểu', 'ít nhất', 'không quá', 'không vượt quá', 'không thấp hơn', 'không dưới', 'trở lên',
  'trở xuống', 'duy trì', 'bảo đảm', 'đảm bảo', 'tối đa',
  // a pledge reported: "Hiệp hội cam kết trong năm 2026 vận động 100% doanh nghiệp hội viên …"
  'cam kết',
  // an aim reported: "tỉnh hướng tới kinh tế số chiếm khoảng 20% GRDP"
  'hướng tới', 'hướng đến',
];

/**
 * The strong ones: a paragraph opened by "Cùng với đó, …" goes on with a commitment only when
 * the paragraph before it ended on one of these (not on a "phải" of "do phải chờ xác minh").
 */
export const CARRIED_COMMIT_WORDS = ['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'đặt ra', 'đề ra', 'yêu cầu', 'đề nghị', 'định hướng'];

/** Connectives that open a paragraph continuing the one before it (its list, its year). */
export const CONTINUATION_WORDS = ['Ngoài ra', 'Bên cạnh đó', 'Đồng thời', 'Cùng với đó', 'Mặt khác', 'Thêm vào đó', 'Tuy nhiên', 'Tuy vậy', 'Mặc dù vậy', 'Song',
  // ("Năm 2025, Chỉ số … đạt 85,96 điểm." then, a paragraph later in a PDF copy, "Trong đó, điểm thẩm định … đạt 53,96/62 điểm")
  'Trong đó', 'Cụ thể',
  // (a breakdown of the figures before it: "Xét theo lĩnh vực, tư pháp - hộ tịch tiếp tục dẫn đầu với 92,40%")
  'Xét theo', 'Phân theo'];

/** Paragraphs that cite or file, never commit: "Căn cứ …", "Nơi nhận", a library block's fields. */
export const NON_TARGET_OPENINGS = ['Căn cứ', 'Theo đề nghị', 'Xét đề nghị', 'Số hiệu', 'Ngày ban hành', 'Nơi nhận'];

/** A sanction named before its owner: "không xem xét xếp loại … đối với người đứng đầu … có tỷ lệ … trên 5%". */
export const SANCTION_WORDS = ['không xem xét', 'không xét', 'không được xếp loại', 'không bình xét', 'xem xét trách nhiệm', 'xử lý trách nhiệm', 'kiểm điểm', 'kỷ luật'];

/** Grade words of a scoring rubric ("Tốt: từ 80 điểm đến dưới 90 điểm"). */
export const GRADE_WORDS = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Kém', 'Không đạt'];

/**
 * Syllables in nearly every label ("tỷ lệ hồ sơ thủ tục hành chính giải quyết …"): they tell
 * two indicators apart least, so an appendix row must share another one to restate a body target.
 */
export const COMMON_LABEL_SYLLABLES = ['tỷ', 'lệ', 'thủ', 'tục', 'hành', 'chính', 'hồ', 'sơ', 'giải', 'quyết', 'kết', 'quả', 'cấp', 'được', 'các', 'và', 'của', 'số', 'đạt', 'trên', 'tỉnh'];
