/**
 * Gazetteer DATA: Vietnam's provincial-level units before and after the 2025 reorganisation.
 * Logic lives in pipeline/gazetteer.ts; this file only states facts.
 *
 * Sources:
 * - The 63 units until 30 June 2025: Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê,
 *   Quyết định 124/2004/QĐ-TTg and its updates). "Thừa Thiên Huế" became the centrally-run
 *   "thành phố Huế" on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15); we keep the older name as
 *   the canonical issue-time name because the plans this tool reads (2021–2024) use it, and
 *   list "Huế" as a variant.
 * - The 34 units from 1 July 2025 and the old → new mapping: Nghị quyết 202/2025/QH15
 *   (12 June 2025) về việc sắp xếp đơn vị hành chính cấp tỉnh, Điều 1; summarised in
 *   shared/docs/domain.md "Provinces and the 2025 reorganisation".
 * - Name variants: spellings seen in documents and on provincial portals (old/new tone
 *   placement is handled by folding, so only genuinely different spellings are listed:
 *   "Đắc Lắc", "Bắc Cạn", "TP. HCM", "Sài Gòn", "BR-VT", …).
 */

/** Kind of provincial unit: a province (tỉnh) or a centrally-run city (thành phố trực thuộc Trung ương). */
export type ProvinceKind = 'tỉnh' | 'thành phố';

export interface ProvinceAfter2025 {
  /** Official name from 1 July 2025 (Nghị quyết 202/2025/QH15). */
  name: string;
  kind: ProvinceKind;
  /** Other spellings of the new name that are not just old/new tone placement or missing marks. */
  variants: string[];
}

export interface ProvinceBefore2025 {
  /** Canonical name until 30 June 2025, as in the statistics office's list. */
  name: string;
  kind: ProvinceKind;
  /** The unit it belongs to from 1 July 2025 (a `ProvinceAfter2025.name`). */
  current: string;
  /** Other spellings and abbreviations ("TP. HCM", "Bà Rịa - Vũng Tàu", "Đắc Lắc"). */
  variants: string[];
}

/** The 34 provincial units from 1 July 2025: 28 provinces and 6 cities (NQ 202/2025/QH15, Điều 1). */
export const PROVINCES_AFTER_2025: readonly ProvinceAfter2025[] = [
  { name: 'Hà Nội', kind: 'thành phố', variants: ['Hanoi'] },
  { name: 'Huế', kind: 'thành phố', variants: [] },
  { name: 'Hải Phòng', kind: 'thành phố', variants: [] },
  { name: 'Đà Nẵng', kind: 'thành phố', variants: [] },
  { name: 'Hồ Chí Minh', kind: 'thành phố', variants: ['HCM', 'TPHCM', 'Sài Gòn'] },
  { name: 'Cần Thơ', kind: 'thành phố', variants: [] },
  { name: 'Lai Châu', kind: 'tỉnh', variants: [] },
  { name: 'Điện Biên', kind: 'tỉnh', variants: [] },
  { name: 'Sơn La', kind: 'tỉnh', variants: [] },
  { name: 'Lạng Sơn', kind: 'tỉnh', variants: [] },
  { name: 'Quảng Ninh', kind: 'tỉnh', variants: [] },
  { name: 'Thanh Hóa', kind: 'tỉnh', variants: [] },
  { name: 'Nghệ An', kind: 'tỉnh', variants: [] },
  { name: 'Hà Tĩnh', kind: 'tỉnh', variants: [] },
  { name: 'Cao Bằng', kind: 'tỉnh', variants: [] },
  { name: 'Tuyên Quang', kind: 'tỉnh', variants: [] },
  { name: 'Lào Cai', kind: 'tỉnh', variants: [] },
  { name: 'Thái Nguyên', kind: 'tỉnh', variants: [] },
  { name: 'Phú Thọ', kind: 'tỉnh', variants: [] },
  { name: 'Bắc Ninh', kind: 'tỉnh', variants: [] },
  { name: 'Hưng Yên', kind: 'tỉnh', variants: [] },
  { name: 'Ninh Bình', kind: 'tỉnh', variants: [] },
  { name: 'Quảng Trị', kind: 'tỉnh', variants: [] },
  { name: 'Quảng Ngãi', kind: 'tỉnh', variants: [] },
  { name: 'Gia Lai', kind: 'tỉnh', variants: [] },
  { name: 'Khánh Hòa', kind: 'tỉnh', variants: [] },
  { name: 'Lâm Đồng', kind: 'tỉnh', variants: [] },
  { name: 'Đắk Lắk', kind: 'tỉnh', variants: ['Đắc Lắc', 'Daklak'] },
  { name: 'Đồng Nai', kind: 'tỉnh', variants: [] },
  { name: 'Tây Ninh', kind: 'tỉnh', variants: [] },
  { name: 'Vĩnh Long', kind: 'tỉnh', variants: [] },
  { name: 'Đồng Tháp', kind: 'tỉnh', variants: [] },
  { name: 'Cà Mau', kind: 'tỉnh', variants: [] },
  { name: 'An Giang', kind: 'tỉnh', variants: [] },
];

/**
 * The 63 provincial units until 30 June 2025, each with the unit it belongs to today.
 * Order: the statistics office's code order (north to south), which the tests do not rely on.
 */
export const PROVINCES_BEFORE_2025: readonly ProvinceBefore2025[] = [
  // Red River Delta
  { name: 'Hà Nội', kind: 'thành phố', current: 'Hà Nội', variants: ['Hanoi'] },
  { name: 'Hà Giang', kind: 'tỉnh', current: 'Tuyên Quang', variants: [] },
  { name: 'Cao Bằng', kind: 'tỉnh', current: 'Cao Bằng', variants: [] },
  { name: 'Bắc Kạn', kind: 'tỉnh', current: 'Thái Nguyên', variants: ['Bắc Cạn'] },
  { name: 'Tuyên Quang', kind: 'tỉnh', current: 'Tuyên Quang', variants: [] },
  { name: 'Lào Cai', kind: 'tỉnh', current: 'Lào Cai', variants: [] },
  { name: 'Điện Biên', kind: 'tỉnh', current: 'Điện Biên', variants: [] },
  { name: 'Lai Châu', kind: 'tỉnh', current: 'Lai Châu', variants: [] },
  { name: 'Sơn La', kind: 'tỉnh', current: 'Sơn La', variants: [] },
  { name: 'Yên Bái', kind: 'tỉnh', current: 'Lào Cai', variants: [] },
  { name: 'Hòa Bình', kind: 'tỉnh', current: 'Phú Thọ', variants: [] },
  { name: 'Thái Nguyên', kind: 'tỉnh', current: 'Thái Nguyên', variants: [] },
  { name: 'Lạng Sơn', kind: 'tỉnh', current: 'Lạng Sơn', variants: [] },
  { name: 'Quảng Ninh', kind: 'tỉnh', current: 'Quảng Ninh', variants: [] },
  { name: 'Bắc Giang', kind: 'tỉnh', current: 'Bắc Ninh', variants: [] },
  { name: 'Phú Thọ', kind: 'tỉnh', current: 'Phú Thọ', variants: [] },
  { name: 'Vĩnh Phúc', kind: 'tỉnh', current: 'Phú Thọ', variants: [] },
  { name: 'Bắc Ninh', kind: 'tỉnh', current: 'Bắc Ninh', variants: [] },
  { name: 'Hải Dương', kind: 'tỉnh', current: 'Hải Phòng', variants: [] },
  { name: 'Hải Phòng', kind: 'thành phố', current: 'Hải Phòng', variants: [] },
  { name: 'Hưng Yên', kind: 'tỉnh', current: 'Hưng Yên', variants: [] },
  { name: 'Thái Bình', kind: 'tỉnh', current: 'Hưng Yên', variants: [] },
  { name: 'Hà Nam', kind: 'tỉnh', current: 'Ninh Bình', variants: [] },
  { name: 'Nam Định', kind: 'tỉnh', current: 'Ninh Bình', variants: [] },
  { name: 'Ninh Bình', kind: 'tỉnh', current: 'Ninh Bình', variants: [] },
  // North Central and Central Coast
  { name: 'Thanh Hóa', kind: 'tỉnh', current: 'Thanh Hóa', variants: [] },
  { name: 'Nghệ An', kind: 'tỉnh', current: 'Nghệ An', variants: [] },
  { name: 'Hà Tĩnh', kind: 'tỉnh', current: 'Hà Tĩnh', variants: [] },
  { name: 'Quảng Bình', kind: 'tỉnh', current: 'Quảng Trị', variants: [] },
  { name: 'Quảng Trị', kind: 'tỉnh', current: 'Quảng Trị', variants: [] },
  { name: 'Thừa Thiên Huế', kind: 'tỉnh', current: 'Huế', variants: ['Thừa Thiên - Huế', 'Huế', 'TT-Huế', 'TT Huế'] },
  { name: 'Đà Nẵng', kind: 'thành phố', current: 'Đà Nẵng', variants: [] },
  { name: 'Quảng Nam', kind: 'tỉnh', current: 'Đà Nẵng', variants: [] },
  { name: 'Quảng Ngãi', kind: 'tỉnh', current: 'Quảng Ngãi', variants: [] },
  { name: 'Bình Định', kind: 'tỉnh', current: 'Gia Lai', variants: [] },
  { name: 'Phú Yên', kind: 'tỉnh', current: 'Đắk Lắk', variants: [] },
  { name: 'Khánh Hòa', kind: 'tỉnh', current: 'Khánh Hòa', variants: [] },
  { name: 'Ninh Thuận', kind: 'tỉnh', current: 'Khánh Hòa', variants: [] },
  { name: 'Bình Thuận', kind: 'tỉnh', current: 'Lâm Đồng', variants: [] },
  // Central Highlands
  { name: 'Kon Tum', kind: 'tỉnh', current: 'Quảng Ngãi', variants: ['Kontum'] },
  { name: 'Gia Lai', kind: 'tỉnh', current: 'Gia Lai', variants: [] },
  { name: 'Đắk Lắk', kind: 'tỉnh', current: 'Đắk Lắk', variants: ['Đắc Lắc', 'Daklak'] },
  { name: 'Đắk Nông', kind: 'tỉnh', current: 'Lâm Đồng', variants: ['Đắc Nông', 'Daknong'] },
  { name: 'Lâm Đồng', kind: 'tỉnh', current: 'Lâm Đồng', variants: [] },
  // South East
  { name: 'Bình Phước', kind: 'tỉnh', current: 'Đồng Nai', variants: [] },
  { name: 'Tây Ninh', kind: 'tỉnh', current: 'Tây Ninh', variants: [] },
  { name: 'Bình Dương', kind: 'tỉnh', current: 'Hồ Chí Minh', variants: [] },
  { name: 'Đồng Nai', kind: 'tỉnh', current: 'Đồng Nai', variants: [] },
  { name: 'Bà Rịa - Vũng Tàu', kind: 'tỉnh', current: 'Hồ Chí Minh', variants: ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu'] },
  { name: 'Hồ Chí Minh', kind: 'thành phố', current: 'Hồ Chí Minh', variants: ['HCM', 'TPHCM', 'Sài Gòn'] },
  // Mekong Delta
  { name: 'Long An', kind: 'tỉnh', current: 'Tây Ninh', variants: [] },
  { name: 'Tiền Giang', kind: 'tỉnh', current: 'Đồng Tháp', variants: [] },
  { name: 'Bến Tre', kind: 'tỉnh', current: 'Vĩnh Long', variants: [] },
  { name: 'Trà Vinh', kind: 'tỉnh', current: 'Vĩnh Long', variants: [] },
  { name: 'Vĩnh Long', kind: 'tỉnh', current: 'Vĩnh Long', variants: [] },
  { name: 'Đồng Tháp', kind: 'tỉnh', current: 'Đồng Tháp', variants: [] },
  { name: 'An Giang', kind: 'tỉnh', current: 'An Giang', variants: [] },
  { name: 'Kiên Giang', kind: 'tỉnh', current: 'An Giang', variants: [] },
  { name: 'Cần Thơ', kind: 'thành phố', current: 'Cần Thơ', variants: [] },
  { name: 'Hậu Giang', kind: 'tỉnh', current: 'Cần Thơ', variants: [] },
  { name: 'Sóc Trăng', kind: 'tỉnh', current: 'Cần Thơ', variants: [] },
  { name: 'Bạc Liêu', kind: 'tỉnh', current: 'Cà Mau', variants: [] },
  { name: 'Cà Mau', kind: 'tỉnh', current: 'Cà Mau', variants: [] },
];

/**
 * Words that introduce a provincial name in running text and in headers ("TỈNH KON TUM",
 * "thành phố Hồ Chí Minh", "TP. HCM", "T.P Cần Thơ"). Compared after folding, dots and spaces
 * between letters optional. Source: the seeds' headers and place lines; domain.md "with or
 * without tỉnh/thành phố".
 */
export const PROVINCE_PREFIXES: readonly string[] = ['tỉnh', 'thành phố', 'TP', 'T.P'];

/** Issuers that may stand before the prefix in a name as written: "UBND tỉnh Lâm Đồng". */
export const ISSUER_PREFIXES: readonly string[] = ['UBND', 'Ủy ban nhân dân', 'HĐND', 'Hội đồng nhân dân'];

/**
 * Words that make a following name something other than the province: districts, wards,
 * communes, streets, rivers ("huyện Quảng Ninh" is in Quảng Bình; "đường Hà Nội" is a street).
 */
export const NOT_PROVINCE_BEFORE: readonly string[] = ['huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đường', 'phố', 'sông', 'cầu', 'ngõ'];
