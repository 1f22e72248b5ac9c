import { describe, expect, it } from 'vitest';
import { extractBytes } from '../pipeline/index.ts';
import { shouldJoin } from '../pipeline/normalize.ts';
import { OffsetMap, TextBuilder } from '../pipeline/offsets.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const run = async (s: string) => extractBytes(enc(s), 'test.txt', { includeText: true });

describe('normalize: text', () => {
  it('NFC-normalizes decomposed text and keeps diacritics', async () => {
    const nfd = 'Kế hoạch cải cách hành chính tỉnh Thanh Hoá'.normalize('NFD');
    const d = await run(nfd);
    expect(d.text).toBe('Kế hoạch cải cách hành chính tỉnh Thanh Hoá'.normalize('NFC'));
  });
  it('turns no-break spaces into spaces and drops zero-width characters', async () => {
    const d = await run('Tối\u00a0thiểu 80%\u200b hồ\u00a0\u00a0sơ');
    expect(d.text).toBe('Tối thiểu 80% hồ sơ');
  });
  it('removes lines of table debris but keeps cell text', async () => {
    const d = await run('Sở\nTư pháp\n|\n2022\n|\nSở Nội vụ\n|');
    expect(d.text).toBe('Sở Tư pháp\n2022\nSở Nội vụ');
  });
  it('drops site furniture with an info diagnostic', async () => {
    const d = await run('Đoạn văn một.\n\nảnh-minh-hoa.jpeg\n\nĐoạn văn hai.\n\nTruy cập\nHôm nay:\n1241\nTất cả:\n11924152');
    expect(d.text).toBe('Đoạn văn một.\nĐoạn văn hai.');
    const info = d.diagnostics.filter((x) => x.ruleId === 'normalize:site-furniture');
    expect(info).toHaveLength(2);
    expect(info[0]!.severity).toBe('info');
    expect(info[0]!.place?.line).toBe(3);
    expect(info[1]!.reason).toContain('1241');
  });
});

describe('normalize: re-flow of hard-wrapped copies', () => {
  it.each([
    // [paragraph so far, previous line, next line, join?]
    ['1. Cải cách thể', '1. Cải cách thể', 'chế', true],
    ['Số:', 'Số:', '5158/QĐ-UBND', true],
    ['ỦY', 'ỦY', 'BAN NHÂN DÂN', true],
    ['I. MỤC TIÊU TỔNG', 'I. MỤC TIÊU TỔNG', 'QUÁT', true],
    ['a) Mục tiêu', 'a) Mục tiêu', 'Xây dựng, hoàn thiện hệ thống thể chế', false],
    ['Đến năm 2025:', 'Đến năm 2025:', '- 98% văn bản', false],
    ['- 98% văn bản quy phạm pháp luật được', '- 98% văn bản quy phạm pháp luật được', 'ban hành', true],
    ['13. Sở Thông tin và Truyền thông, Đài', '13. Sở Thông tin và Truyền thông, Đài', 'Phát thanh - Truyền hình tỉnh', true],
    ['- 100% chế độ báo cáo định kỳ của các', '- 100% chế độ báo cáo định kỳ của các', 'Sở, ban, ngành', true],
    ['6. Sở Kế hoạch và Đầu tư', '6. Sở Kế hoạch và Đầu tư', 'Chủ trì tham mưu', false],
    ['QUYẾT ĐỊNH', 'QUYẾT ĐỊNH', 'BAN HÀNH CHƯƠNG TRÌNH', false],
    ['BAN HÀNH CHƯƠNG TRÌNH GIAI ĐOẠN', 'BAN HÀNH CHƯƠNG TRÌNH GIAI ĐOẠN', '2021 - 2030', true],
    ['BAN HÀNH CHƯƠNG TRÌNH GIAI ĐOẠN 2021 - 2030', '2021 - 2030', 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', false],
    ['Căn cứ Luật Tổ chức Chính quyền địa', 'Căn cứ Luật Tổ chức Chính quyền địa', 'phương ngày 19 tháng 6 năm 2015;', true],
    ['đúng tiến độ;', 'đúng tiến độ;', '- 98% văn bản', false],
    ['TM.', 'TM.', 'ỦY BAN NHÂN DÂN', true],
    ['TM. ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', false],
    ['cụ thể như sau:', 'cụ thể như sau:', 'I. MỤC ĐÍCH', false],
    // a news byline and its dateline stand on lines of their own (round 69)
    ['Thanh Niên', 'Thanh Niên', '29/05/2028 15:42 GMT+7', false],
    ['29/05/2028 15:42 GMT+7', '29/05/2028 15:42 GMT+7', 'Điểm bình quân Chỉ số', false],
    // a short subheading standing alone ends on a capitalised word, then the body starts (round 69)
    ['Mục tiêu: kinh tế số chiếm 30% GDP', 'Mục tiêu: kinh tế số chiếm 30% GDP', 'Phát biểu tại hội nghị, Thứ trưởng', false],
  ])('%s ⏎ %s', (paragraph, prevLine, next, join) => {
    expect(shouldJoin(paragraph, prevLine, next, 60)).toBe(join);
  });

  it('re-flows a hard-wrapped header into one line each (seed nghe-an-5158)', async () => {
    const d = await run('ỦY\nBAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n|\nSố:\n5158/QĐ-UBND\n|\nNghệ\nAn, ngày 30 tháng 12 năm 2021\n|\nQUYẾT ĐỊNH\n');
    expect(d.text!.split('\n')).toEqual(['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', 'Số: 5158/QĐ-UBND', 'Nghệ An, ngày 30 tháng 12 năm 2021', 'QUYẾT ĐỊNH']);
  });

  it('keeps line-per-paragraph copies as they are', async () => {
    const d = await run('Số hiệu 3993/KH-UBND\nCơ quan ban hành Tỉnh Kon Tum\nNgười ký Lê Ngọc Tuấn\n\nỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nĐoạn một.\n\nĐoạn hai.\n');
    expect(d.text!.split('\n')).toEqual(['Số hiệu 3993/KH-UBND', 'Cơ quan ban hành Tỉnh Kon Tum', 'Người ký Lê Ngọc Tuấn', 'ỦY BAN NHÂN DÂN TỈNH KON TUM', 'Đoạn một.', 'Đoạn hai.']);
  });
});

describe('offset maps', () => {
  it('maps copied and replaced runs back to the source', () => {
    const b = new TextBuilder();
    b.copy('abc', 10);
    b.replace(' ', 13, 3);
    b.copy('de', 16);
    const { text, map } = b.build();
    expect(text).toBe('abc de');
    expect([0, 2, 3, 4, 5, 6].map((o) => map.toSource(o))).toEqual([10, 12, 13, 16, 17, 18]);
  });
  it('identity', () => expect(OffsetMap.identity(5).toSource(3)).toBe(3));
  it('places every paragraph of a wrapped text on its original line', async () => {
    const src = 'Dòng một của\nđoạn một;\nĐoạn hai\n';
    const d = await run(src);
    expect(d.text).toBe('Dòng một của đoạn một;\nĐoạn hai');
  });
});

describe('normalize: news-page furniture', () => {
  it('drops related-article headlines and view counters, whatever numbers they carry', async () => {
    const d = await run('Bài viết chính đạt 90%.\n\nTin liên quan\n• Hà Tĩnh: 97,6% hồ sơ được giải quyết đúng hạn (05/01/2023)\n• Phấn đấu 100% thủ tục trực tuyến (20/02/2023)\n\nLượt xem: 1.245\n\nThống kê truy cập\nĐang truy cập: 312\n');
    expect(d.text).toBe('Bài viết chính đạt 90%.');
    expect(d.targets.map((t) => t.value.value)).toEqual([90]);
  });
});

describe('normalize: portal navigation', () => {
  it('drops menus and breadcrumbs, keeps a table flattened onto one line', async () => {
    const d = await run(['Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ', 'Trang chủ > Tin tức - Sự kiện > Cải cách hành chính', '',
      'Bài viết chính.', '', '1 | Tỷ lệ hồ sơ giải quyết trễ hạn | Không vượt quá 1% | Văn phòng UBND'].join('\n'));
    expect(d.text!.split('\n')).toEqual(['Bài viết chính.', '1', 'Tỷ lệ hồ sơ giải quyết trễ hạn', 'Không vượt quá 1%', 'Văn phòng UBND']);
  });
});

describe('a hard-wrapped copy that also separates paragraphs with blank lines', () => {
  it('re-flows the wrapped lines (they go on in lower case) and keeps the blank lines as paragraph breaks', async () => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN', '', 'Số: 02/CT-UBND', '', 'Thái Nguyên, ngày 14 tháng 01 năm 2026', '', 'CHỈ THỊ',
      'Về đẩy mạnh cung cấp và sử dụng dịch vụ công trực tuyến', '',
      'Trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính (TTHC) được tiếp nhận',
      'trực tuyến của tỉnh Thái Nguyên (cũ) đạt 71,6%, của tỉnh Bắc Kạn (cũ) đạt 48,9%;',
      'tỷ lệ thanh toán trực tuyến phí, lệ phí của hai tỉnh lần lượt đạt 58,2% và 41,5%.', '',
      'Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh', 'yêu cầu các sở, ngành phấn đấu trong năm 2026 đạt các chỉ tiêu sau:'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.text).toContain('được tiếp nhận trực tuyến của tỉnh Thái Nguyên (cũ) đạt 71,6%, của tỉnh Bắc Kạn (cũ) đạt 48,9%; tỷ lệ thanh toán');
    expect(d.text).toContain('41,5%.\nĐể khắc phục');
    expect(d.targets.map((t) => [t.value.value, t.kind, t.deadline.year])).toEqual([[71.6, 'result', 2025], [48.9, 'result', 2025], [58.2, 'result', 2025], [41.5, 'result', 2025]]);
  });
});

describe('a paragraph-per-line copy that hard-wraps a few items', () => {
  it('joins a line left open on a word with the lower-case line or the value after it, and nothing else', async () => {
    const d = await run(['KẾ HOẠCH', '', 'Chuyển đổi số năm 2027', '', '2. Chỉ tiêu cụ thể', '',
      '- Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt tối', 'thiểu 70%, trong đó hồ sơ của doanh nghiệp đạt từ 90% trở', 'lên.', '',
      '- Tỷ lệ số hóa hồ sơ lần lượt đạt', '100%, 90% đối với cấp tỉnh, cấp xã.', '', 'Đoạn một', '2027 là năm bản lề.', '', 'Đoạn hai.',
      ...Array.from({ length: 10 }, (_, k) => ['', `Đoạn số ${k + 3}.`]).flat()].join('\n'));
    expect(d.text!.split('\n')).toEqual(['KẾ HOẠCH', 'Chuyển đổi số năm 2027', '2. Chỉ tiêu cụ thể',
      '- Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt tối thiểu 70%, trong đó hồ sơ của doanh nghiệp đạt từ 90% trở lên.',
      '- Tỷ lệ số hóa hồ sơ lần lượt đạt 100%, 90% đối với cấp tỉnh, cấp xã.', 'Đoạn một', '2027 là năm bản lề.', 'Đoạn hai.',
      ...Array.from({ length: 10 }, (_, k) => `Đoạn số ${k + 3}.`)]);
  });
});
