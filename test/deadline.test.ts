import { describe, expect, it } from 'vitest';
import { blockYear, yearPhrases } from '../extractors/deadline.ts';

describe('yearPhrases', () => {
  it.each([
    ['Phấn đấu đến năm 2025, tỷ lệ', [{ year: 2025, fromYear: null, baseline: false }]],
    ['giai đoạn 2022 - 2025, mỗi năm tăng', [{ year: 2025, fromYear: 2022, baseline: false }]],
    ['giảm 10% so với năm 2021', [{ year: 2021, fromYear: null, baseline: true }]],
    ['so với giai đoạn 2021-2025', [{ year: 2025, fromYear: 2021, baseline: true }]],
    // a baseline does not reach over "và … đến năm": "so với quy định, và phấn đấu đến năm 2026 trở lại vị trí số 1"
    ['so với quy định, và phấn đấu đến năm 2026 trở lại', [{ year: 2026, fromYear: null, baseline: false }]],
    ['ngày 15 tháng 7 năm 2021', []],
    ['ngày 25/5/2022', []],
    ['Năm 2021, Chỉ số CCHC', [{ year: 2021, fromYear: null, baseline: false }]],
    // the date a fact was counted, or a deadline to the day
    ['Đến tháng 11/2025, biên chế đã giảm', [{ year: 2025, fromYear: null, baseline: false }]],
    ['Tính đến ngày 30/11/2024, tỷ lệ', [{ year: 2024, fromYear: null, baseline: false }]],
    // a deadline to the day is a year phrase (it dates a value in its clause; with no value it yields no record)
    ['hoàn thành trước ngày 31/12/2026', [{ year: 2026, fromYear: null, baseline: false }]],
    ['báo cáo ngày 15/01/2025', []],
    // a quarter
    ['đến hết quý II/2026, 100% xã', [{ year: 2026, fromYear: null, baseline: false }]],
    ['hoàn thành trong Quý I năm 2025', [{ year: 2025, fromYear: null, baseline: false }]],
    // a law's year is part of its name, commas in the name too
    ['quy định chi tiết Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 thuộc thẩm quyền', []],
  ])('%s', (s, expected) => expect(yearPhrases(s).map(({ year, fromYear, baseline }) => ({ year, fromYear, baseline }))).toEqual(expected));
});

describe('blockYear: deadline block openers', () => {
  it.each([
    ['Đến năm 2025:', { year: 2025, fromYear: null }],
    ['- Đến năm 2030:', { year: 2030, fromYear: null }],
    ['Phấn đấu đến năm 2025:', { year: 2025, fromYear: null }],
    ['Giai đoạn 2026 - 2030:', { year: 2030, fromYear: 2026 }],
    ['Năm 2022:', { year: 2022, fromYear: null }],
    ['Đến năm 2025, 100% hồ sơ', null],
    ['Căn cứ Nghị quyết năm 2021', null],
  ])('%s', (s, expected) => expect(blockYear(s)).toEqual(expected));
});

describe('a publication year', () => {
  it('"do Bộ Nội vụ công bố năm 2025" dates nothing; the edition\'s "năm 2024" does', () => {
    expect(yearPhrases('Chỉ số CCHC năm 2024 do Bộ Nội vụ công bố năm 2025: tỉnh đạt 86,31 điểm').map((y) => y.year)).toEqual([2024]);
  });
});

describe('round 44-45 year phrases', () => {
  it('"công bố giữa năm 2026" dates nothing; an index edition without "năm" ("Chỉ số CCHC 2026:", "PAR INDEX 2026") is a year', () => {
    expect(yearPhrases('Chỉ số CCHC năm 2025 của tỉnh do Bộ Nội vụ công bố giữa năm 2026 đạt 88,15 điểm').map((y) => y.year)).toEqual([2025]);
    expect(yearPhrases('Chỉ số CCHC 2026: Cần Thơ tăng 7 bậc').map((y) => y.year)).toEqual([2026]);
    expect(yearPhrases('PAR INDEX 2026 của tỉnh').map((y) => y.year)).toEqual([2026]);
    // (not a range or a code)
    expect(yearPhrases('Chỉ số PCI 2021-2025 bình quân')).toEqual([]);
  });
});
