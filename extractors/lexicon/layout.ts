/**
 * Layout words of Vietnamese administrative documents, used by the normalizer to decide
 * where a hard-wrapped paragraph ends. Source: Nghị định 30/2020/NĐ-CP on the format of
 * administrative documents (header, "Số:", place-and-date line, title, "Căn cứ", "Nơi
 * nhận", signature block) and the seeds in corpus/ (domain.md).
 */

/** A line that is exactly a document-kind title ("KẾ HOẠCH") stands alone: the title follows on the next line. */
export const KIND_TITLES = [
  'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH', 'CHỈ THỊ', 'CÔNG ĐIỆN', 'THÔNG BÁO', 'NGHỊ QUYẾT',
  'BÁO CÁO', 'ĐỀ ÁN', 'QUY CHẾ', 'QUY ĐỊNH', 'HƯỚNG DẪN', 'PHỤ LỤC', 'ĐỀ CƯƠNG', 'ĐỀ CƯƠNG BÁO CÁO',
  'TỜ TRÌNH', 'NGHỊ ĐỊNH', 'THÔNG TƯ', 'DANH MỤC',
];

/** Signature-block titles (Nghị định 30/2020, Điều 8): each starts its own line. */
export const SIGNATURE_TITLES = [
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN',
  'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'CHÁNH VĂN PHÒNG', 'BÍ THƯ',
];

/** Paragraph openers that always start a new paragraph. */
export const PARAGRAPH_OPENERS = [
  'Căn cứ', 'Thực hiện', 'Theo đề nghị', 'Xét đề nghị', 'Nơi nhận', 'TM.', 'KT.', 'TL.', 'TUQ.',
  'QUYẾT ĐỊNH:', 'QUYẾT NGHỊ:', '(Ban hành kèm theo', '(Kèm theo', '(Đính kèm',
];

/**
 * Site furniture of news and portal pages (seed thanh-hoa-baothanhhoa-2021-09-28.txt):
 * visitor-counter labels; a bare number right after one of them belongs to it.
 */
export const COUNTER_LABELS = [
  'Truy cập', 'Lượt truy cập', 'Đang truy cập', 'Đang online', 'Hôm nay:', 'Hôm qua:', 'Tuần này:',
  'Tuần trước:', 'Tháng này:', 'Tháng trước:', 'Tất cả:', 'Tổng truy cập:', 'Tổng lượt truy cập:',
  'Thống kê truy cập', 'Lượt xem:', 'Lượt đọc:',
];

/**
 * Headings of related-article lists on news pages; the headline lines under them (bullets,
 * or lines ending in a "(dd/mm/yyyy)" date) are furniture, whatever numbers they carry.
 */
export const RELATED_LABELS = ['Tin liên quan', 'Tin cùng chuyên mục', 'Bài viết liên quan', 'Các tin khác', 'Tin khác', 'Xem thêm', 'Tin mới', 'Tin mới nhất', 'Tin nổi bật', 'Tin xem nhiều', 'Đọc nhiều', 'Tin đã đưa', 'Đọc thêm',
  'Xem nhiều', 'Xem nhiều nhất', 'Đọc nhiều nhất', 'Tin đọc nhiều', 'Có thể bạn quan tâm', 'Tin cùng loại', 'Tin tức liên quan', 'Bài cùng chuyên mục',
  // ("Bài liên quan:", "Văn bản liên quan:" under a portal's copy of a document)
  'Bài liên quan', 'Tin bài liên quan', 'Văn bản liên quan'];
