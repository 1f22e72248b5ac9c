/**
 * Document kinds, issuers and the words of a document's front matter, as data for the
 * metadata stage (pipeline/metadata.ts).
 *
 * Sources: Nghị định 30/2020/NĐ-CP on the format of administrative documents (Điều 8:
 * header, "Số:", kind codes in the number, place-and-date line, title, signature block;
 * Phụ lục III: the abbreviations of kinds), Luật Ban hành văn bản quy phạm pháp luật 2015
 * (numbers "N/YYYY/KIND-ISSUER" of normative documents), Hướng dẫn 36-HD/VPTW (Party
 * documents "05-NQ/TU"), and the seeds in corpus/ (domain.md).
 */
import type { DocumentKind } from '../../schemas/document.ts';

/**
 * Kind codes as written in a document number ("3993/KH-UBND", "212/2025/QĐ-UBND",
 * "05-NQ/TU"). Case matters: "TT" thông tư, "TTr" tờ trình, "TTg" is an issuer.
 */
export const KIND_CODES: Readonly<Record<string, DocumentKind>> = {
  KH: 'kế hoạch',
  QĐ: 'quyết định',
  NQ: 'nghị quyết',
  CT: 'chỉ thị',
  CĐ: 'công điện',
  TB: 'thông báo',
  BC: 'báo cáo',
  NĐ: 'nghị định',
  TT: 'thông tư',
  TTLT: 'thông tư',
  CV: 'công văn',
  TTr: 'tờ trình',
  CTr: 'chương trình',
  ĐA: 'đề án',
  HD: 'hướng dẫn',
};

/**
 * Kind words as they are written in a title line ("KẾ HOẠCH") or before a cited number
 * ("Nghị quyết số 76/NQ-CP"). Longest first so "Thông tư liên tịch" wins over "Thông tư".
 * Keys are lower case; matching folds case and tone placement.
 */
export const KIND_WORDS: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['thông tư liên tịch', 'thông tư'],
  ['chương trình', 'chương trình'],
  ['nghị quyết', 'nghị quyết'],
  ['quyết định', 'quyết định'],
  ['nghị định', 'nghị định'],
  ['công điện', 'công điện'],
  ['thông báo', 'thông báo'],
  ['hướng dẫn', 'hướng dẫn'],
  ['thông tư', 'thông tư'],
  ['công văn', 'công văn'],
  ['kế hoạch', 'kế hoạch'],
  ['tờ trình', 'tờ trình'],
  ['báo cáo', 'báo cáo'],
  ['chỉ thị', 'chỉ thị'],
  ['bộ luật', 'luật'],
  ['đề án', 'đề án'],
  ['luật', 'luật'],
];

/**
 * Issuer codes in a document number. `national` codes name exactly one body, so a cited
 * number "23/CT-TTg" alone says who issued it; local codes (UBND, HĐND, TU, SNV …) need a
 * province the number does not carry, and "TW" is used by both the Central Committee and
 * the Politburo — those are never turned into an issuer on their own.
 */
export const ISSUER_CODES: Readonly<Record<string, { name: string; national: boolean }>> = {
  CP: { name: 'Chính phủ', national: true },
  TTg: { name: 'Thủ tướng Chính phủ', national: true },
  QH: { name: 'Quốc hội', national: true },
  UBTVQH: { name: 'Ủy ban Thường vụ Quốc hội', national: true },
  VPCP: { name: 'Văn phòng Chính phủ', national: true },
  TTCP: { name: 'Thanh tra Chính phủ', national: true },
  NHNN: { name: 'Ngân hàng Nhà nước Việt Nam', national: true },
  BNV: { name: 'Bộ Nội vụ', national: true },
  BTC: { name: 'Bộ Tài chính', national: true },
  BTP: { name: 'Bộ Tư pháp', national: true },
  BCA: { name: 'Bộ Công an', national: true },
  BQP: { name: 'Bộ Quốc phòng', national: true },
  BNG: { name: 'Bộ Ngoại giao', national: true },
  BYT: { name: 'Bộ Y tế', national: true },
  BXD: { name: 'Bộ Xây dựng', national: true },
  BCT: { name: 'Bộ Công Thương', national: true },
  BKHĐT: { name: 'Bộ Kế hoạch và Đầu tư', national: true },
  BKHCN: { name: 'Bộ Khoa học và Công nghệ', national: true },
  BTTTT: { name: 'Bộ Thông tin và Truyền thông', national: true },
  BGDĐT: { name: 'Bộ Giáo dục và Đào tạo', national: true },
  BGTVT: { name: 'Bộ Giao thông vận tải', national: true },
  BTNMT: { name: 'Bộ Tài nguyên và Môi trường', national: true },
  BNNPTNT: { name: 'Bộ Nông nghiệp và Phát triển nông thôn', national: true },
  BLĐTBXH: { name: 'Bộ Lao động - Thương binh và Xã hội', national: true },
  BVHTTDL: { name: 'Bộ Văn hóa, Thể thao và Du lịch', national: true },
  UBND: { name: 'Ủy ban nhân dân', national: false },
  HĐND: { name: 'Hội đồng nhân dân', national: false },
  TU: { name: 'Tỉnh ủy', national: false },
  TW: { name: 'Ban Chấp hành Trung ương', national: false },
  SNV: { name: 'Sở Nội vụ', national: false },
};

/**
 * First words of an issuing body, in running text ("của Bộ Nội vụ") or in a header
 * ("ỦY BAN NHÂN DÂN"). Entries marked `named` need a capitalised word after them, so
 * "Bộ Nội vụ" is a body and "Bộ luật" is not.
 */
export const ISSUER_HEADS: ReadonlyArray<{ words: string; named?: boolean; national?: boolean }> = [
  { words: 'ủy ban thường vụ quốc hội', national: true },
  { words: 'ủy ban nhân dân' },
  { words: 'hội đồng nhân dân' },
  { words: 'thủ tướng chính phủ', national: true },
  { words: 'văn phòng chính phủ', national: true },
  { words: 'chính phủ', national: true },
  { words: 'quốc hội', national: true },
  { words: 'bộ chính trị', national: true },
  { words: 'ban bí thư', national: true },
  { words: 'ban chấp hành' },
  { words: 'ban thường vụ' },
  { words: 'ban chỉ đạo' },
  { words: 'phó thủ tướng', national: true },
  { words: 'thủ tướng', national: true },
  { words: 'bộ trưởng', national: true },
  { words: 'thứ trưởng', national: true },
  { words: 'tỉnh ủy' },
  { words: 'thành ủy' },
  { words: 'huyện ủy' },
  { words: 'đảng ủy' },
  { words: 'giám đốc' },
  { words: 'chủ tịch' },
  { words: 'ubnd' },
  { words: 'hđnd' },
  { words: 'văn phòng', named: true },
  { words: 'tổng cục', named: true },
  { words: 'bộ', named: true, national: true },
  { words: 'sở', named: true },
  { words: 'ban', named: true },
  { words: 'cục', named: true },
];

/**
 * Phrases that open with an issuer head but are not bodies: "BAN HÀNH CHƯƠNG TRÌNH …" (a
 * decision's subject, seed nghe-an-5158), "Bộ luật", "bộ máy", "bộ chỉ số" …
 */
export const NOT_ISSUERS = ['ban hành', 'bộ luật', 'bộ máy', 'bộ phận', 'bộ chỉ số', 'bộ tiêu chí', 'bộ thủ tục', 'cục bộ', 'ban đầu', 'sở hữu'];

/**
 * Words that end an issuer's name in running text: the verb or preposition after it
 * ("của Chính phủ ban hành …", "của Bộ Nội vụ về …", "của Giám đốc Sở Nội vụ tại Tờ trình").
 * Always lower case, so they never cut a capitalised name ("Bộ Kế hoạch và Đầu tư").
 */
export const ISSUER_STOP_WORDS = [
  'ban hành', 'phê duyệt', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'triển khai', 'thực hiện',
  'giai đoạn', 'kèm theo', 'đối với', 'về', 'tại', 'số', 'ngày', 'đã', 'đến', 'trong', 'năm', 'nhằm',
  'theo', 'là', 'có', 'được', 'trình', 'gửi', 'giao', 'với', 'cho', 'để',
];

/**
 * The national motto (Nghị định 30/2020, Điều 8 khoản 1). Copies converted from DOCX/PDF can
 * flatten the two-column header onto one line, so the motto may follow the issuer or precede
 * the place-and-date line in the same paragraph.
 */
export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** Locality words that follow a bare body in a two-line header ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM"). */
export const LOCALITY_WORDS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'];

/**
 * Verbs that open the preamble paragraphs citing the documents a plan rests on
 * (Nghị định 30/2020, Phụ lục I: "Căn cứ …", "Theo đề nghị của …"; provincial plans also use
 * "Thực hiện …", seed lam-dong-5204).
 */
export const BASIS_VERBS = ['Theo đề nghị', 'Xét đề nghị', 'Căn cứ', 'Thực hiện'];

/**
 * The labels of a legal-library site's metadata block (seeds kon-tum-3993, lam-dong-5204),
 * mapped to the `library` fields of schemas/document.ts.
 */
export const LIBRARY_LABELS: ReadonlyArray<readonly [string, 'number' | 'issued' | 'effective' | 'kind' | 'issuer' | 'signer' | 'field']> = [
  ['Ngày có hiệu lực', 'effective'],
  ['Cơ quan ban hành', 'issuer'],
  ['Ngày ban hành', 'issued'],
  ['Loại văn bản', 'kind'],
  ['Người ký', 'signer'],
  ['Lĩnh vực', 'field'],
  ['Số hiệu', 'number'],
];

/** Library values that stand for "not known" ("Đã biết" is the site's paywall placeholder). */
export const LIBRARY_UNKNOWN = ['đã biết', 'đang cập nhật', 'không có', 'không xác định', '...'];

/**
 * Prefixes of the signature block (Nghị định 30/2020, Điều 8 khoản 7): TM. (on behalf of a
 * collective body), KT. (deputy signing for the head), TL. / TUQ. (by authorisation), Q. (acting).
 */
export const SIGNATURE_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'];

/**
 * News-page markers (seed thanh-hoa-baothanhhoa-2021-09-28): a dateline label and the
 * "(Site.vn) -" source tag that opens the lead paragraph.
 */
export const NEWS_DATELINE_LABELS = ['Đăng lúc', 'Ngày đăng', 'Đăng ngày', 'Cập nhật lúc', 'Cập nhật', 'Thời gian đăng'];
