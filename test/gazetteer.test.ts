import { describe, expect, it } from 'vitest';
import { PROVINCES_AFTER_2025, PROVINCES_BEFORE_2025 } from '../extractors/lexicon/provinces.ts';
import { currentProvinceNames, findProvince, provinceNames, resolveProvince } from '../pipeline/gazetteer.ts';

describe('gazetteer data (Nghị quyết 202/2025/QH15)', () => {
  it('has 63 units before 1 July 2025 and 34 after: 28 provinces and 6 cities', () => {
    expect(provinceNames()).toHaveLength(63);
    expect(new Set(provinceNames()).size).toBe(63);
    expect(currentProvinceNames()).toHaveLength(34);
    expect(PROVINCES_AFTER_2025.filter((p) => p.kind === 'thành phố').map((p) => p.name).sort())
      .toEqual(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế'].sort());
  });

  it('maps every old unit to one of the 34, and every new unit has at least one old unit', () => {
    const current = new Set(currentProvinceNames());
    for (const p of PROVINCES_BEFORE_2025) expect(current.has(p.current), p.name).toBe(true);
    const used = new Set(PROVINCES_BEFORE_2025.map((p) => p.current));
    expect([...current].filter((c) => !used.has(c))).toEqual([]);
  });

  // domain.md "Provinces and the 2025 reorganisation": old → new for every merged unit.
  const MERGED: Array<[string, string]> = [
    ['Hà Giang', 'Tuyên Quang'], ['Yên Bái', 'Lào Cai'], ['Bắc Kạn', 'Thái Nguyên'], ['Vĩnh Phúc', 'Phú Thọ'],
    ['Hòa Bình', 'Phú Thọ'], ['Bắc Giang', 'Bắc Ninh'], ['Thái Bình', 'Hưng Yên'], ['Hải Dương', 'Hải Phòng'],
    ['Hà Nam', 'Ninh Bình'], ['Nam Định', 'Ninh Bình'], ['Quảng Bình', 'Quảng Trị'], ['Quảng Nam', 'Đà Nẵng'],
    ['Kon Tum', 'Quảng Ngãi'], ['Bình Định', 'Gia Lai'], ['Ninh Thuận', 'Khánh Hòa'], ['Đắk Nông', 'Lâm Đồng'],
    ['Bình Thuận', 'Lâm Đồng'], ['Phú Yên', 'Đắk Lắk'], ['Bình Dương', 'Hồ Chí Minh'], ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Bình Phước', 'Đồng Nai'], ['Long An', 'Tây Ninh'], ['Sóc Trăng', 'Cần Thơ'], ['Hậu Giang', 'Cần Thơ'],
    ['Bến Tre', 'Vĩnh Long'], ['Trà Vinh', 'Vĩnh Long'], ['Tiền Giang', 'Đồng Tháp'], ['Bạc Liêu', 'Cà Mau'],
    ['Kiên Giang', 'An Giang'],
  ];
  it.each(MERGED)('%s → %s', (old, now) => {
    expect(resolveProvince(old)).toEqual({ name: old, current: now, merged: true });
  });

  const UNCHANGED = ['Hà Nội', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Cao Bằng', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh'];
  it.each(UNCHANGED)('%s is unchanged', (name) => {
    expect(resolveProvince(name)).toEqual({ name, current: name, merged: false });
  });

  it('resolves every canonical name and variant to itself (no two units fold alike)', () => {
    for (const p of PROVINCES_BEFORE_2025) {
      for (const n of [p.name, ...p.variants]) expect(resolveProvince(n)?.name, n).toBe(p.name);
    }
  });
});

describe('resolveProvince', () => {
  const CASES: Array<[string, string | null, string | null]> = [
    // [as written, canonical at issue time, unit today]
    ['tỉnh Kon Tum', 'Kon Tum', 'Quảng Ngãi'],
    ['TỈNH KON TUM', 'Kon Tum', 'Quảng Ngãi'],
    ['UBND tỉnh Lâm Đồng', 'Lâm Đồng', 'Lâm Đồng'],
    ['Ủy ban nhân dân tỉnh Nghệ An', 'Nghệ An', 'Nghệ An'],
    ['Thanh Hoá', 'Thanh Hóa', 'Thanh Hóa'], // old tone placement
    ['Khánh Hoà', 'Khánh Hòa', 'Khánh Hòa'],
    ['tỉnh Hoà Bình', 'Hòa Bình', 'Phú Thọ'],
    ['Thanh Hóa'.normalize('NFD'), 'Thanh Hóa', 'Thanh Hóa'], // decomposed text from Word/macOS
    ['Dak Lak', 'Đắk Lắk', 'Đắk Lắk'], // no diacritics
    ['Đăk Lăk', 'Đắk Lắk', 'Đắk Lắk'],
    ['Đắc Lắc', 'Đắk Lắk', 'Đắk Lắk'],
    ['Bắc Cạn', 'Bắc Kạn', 'Thái Nguyên'],
    ['Kontum', 'Kon Tum', 'Quảng Ngãi'],
    ['Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'], // en dash
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['tỉnh Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế', 'Huế'],
    ['thành phố Huế', 'Thừa Thiên Huế', 'Huế'],
    ['TP. HCM', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.HCM', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    ['thành phố Cần Thơ', 'Cần Thơ', 'Cần Thơ'],
    ['Tp Hải Phòng', 'Hải Phòng', 'Hải Phòng'],
    ['  Hà Nội ', 'Hà Nội', 'Hà Nội'],
    ['Ha Noi', 'Hà Nội', 'Hà Nội'],
    ['Quảng Ngãi', 'Quảng Ngãi', 'Quảng Ngãi'],
    // not provinces
    ['Hoằng Hóa', null, null], // a district of Thanh Hóa
    ['Sầm Sơn', null, null],
    ['Chính phủ', null, null],
    ['tỉnh', null, null],
    ['', null, null],
  ];
  it.each(CASES)('%j → %s / %s', (input, name, current) => {
    const r = resolveProvince(input);
    expect(r?.name ?? null).toBe(name);
    expect(r?.current ?? null).toBe(current);
  });

  it('marks the unit that kept its name as merged too (its territory grew)', () => {
    expect(resolveProvince('Quảng Ngãi')?.merged).toBe(true);
    expect(resolveProvince('Thừa Thiên Huế')?.merged).toBe(false);
  });
});

describe('findProvince', () => {
  const CASES: Array<[string, string, string | null, string | null]> = [
    // [what, text, canonical name, text at [start, end)]
    ['two-line header', 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------', 'Kon Tum', 'KON TUM'],
    ['running text', 'Ủy ban nhân dân tỉnh Kon Tum xây dựng Kế hoạch cải cách hành chính', 'Kon Tum', 'Kon Tum'],
    ['library block', 'Cơ quan ban hành Tỉnh Lâm Đồng\nNgười ký Trần Văn Hiệp', 'Lâm Đồng', 'Lâm Đồng'],
    ['news article: district in the headline, province later',
      'ĐẢNG BỘ HUYỆN HOẰNG HÓA LẦN THỨ XXVII\nUBND tỉnh đã ban hành kế hoạch trên địa bàn tỉnh Thanh Hóa, giai đoạn 2021-2025.', 'Thanh Hóa', 'Thanh Hóa'],
    ['prefixed mention beats an earlier bare one', 'Cảng vụ Thanh Hóa phối hợp; UBND tỉnh Nghệ An chủ trì', 'Nghệ An', 'Nghệ An'],
    ['bare capitalised name when nothing is prefixed', 'Báo Nghệ An đưa tin về cải cách hành chính', 'Nghệ An', 'Nghệ An'],
    ['district of the same name is not the province', 'Ủy ban nhân dân huyện Quảng Ninh báo cáo', null, null],
    ['lower-case words are not names', 'tiến độ bình định giá đất và hà nam', null, null],
    ['hard-wrapped name', 'trên địa bàn tỉnh Bà Rịa –\nVũng Tàu', 'Bà Rịa - Vũng Tàu', 'Bà Rịa –\nVũng Tàu'],
    ['old tone placement', 'UBND TỈNH THANH HOÁ', 'Thanh Hóa', 'THANH HOÁ'],
    ['city', 'Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành', 'Hồ Chí Minh', 'Hồ Chí Minh'],
    ['abbreviation', 'tại TP.HCM và các tỉnh lân cận', 'Hồ Chí Minh', 'HCM'],
    ['longest name wins', 'tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế', 'Thừa Thiên Huế'],
    ['no province at all', 'CHÍNH PHỦ\nSố: 76/NQ-CP', null, null],
  ];
  it.each(CASES)('%s', (_what, text, name, span) => {
    const m = findProvince(text);
    expect(m?.name ?? null).toBe(name);
    expect(m ? text.slice(m.start, m.end) : null).toBe(span);
  });

  it('gives offsets into decomposed (NFD) text as given', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN'.normalize('NFD');
    const m = findProvince(text)!;
    expect(m.name).toBe('Nghệ An');
    expect(text.slice(m.start, m.end).normalize('NFC')).toBe('NGHỆ AN');
  });
});
