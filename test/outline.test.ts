import { describe, expect, it } from 'vitest';
import { buildOutline, classify } from '../pipeline/outline.ts';
import { toParagraphs } from '../pipeline/normalize.ts';
import type { OutlineNode } from '../schemas/document.ts';

describe('classify: outline labels', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I.', 'MỤC ĐÍCH, YÊU CẦU'],
    ['II. NỘI DUNG, MỤC TIÊU, NHIỆM VỤ', 'roman', 'II.', 'NỘI DUNG, MỤC TIÊU, NHIỆM VỤ'],
    ['2. Cải cách thủ tục hành chính', 'arabic', '2.', 'Cải cách thủ tục hành chính'],
    ['1.2. Khoản', 'clause', '1.2.', 'Khoản'],
    ['a) Mục tiêu:', 'letter', 'a)', 'Mục tiêu'],
    ['đ) Các sở, ngành chủ trì', 'letter', 'đ)', 'Các sở, ngành chủ trì'],
    ['- Đến năm 2025:', 'dash', '-', 'Đến năm 2025'],
    ['+ Tối thiểu 80% hồ sơ', 'plus', '+', 'Tối thiểu 80% hồ sơ'],
    ['▪ Trưởng đoàn kiểm tra kết luận.', 'bullet', '▪', 'Trưởng đoàn kiểm tra kết luận'],
    ['Điều 1. Ban hành kèm theo Quyết định này', 'article', 'Điều 1.', 'Ban hành kèm theo Quyết định này'],
    ['Chương II QUY ĐỊNH CỤ THỂ', 'chapter', 'Chương II', 'QUY ĐỊNH CỤ THỂ'],
    ['Phần I TỔNG QUAN', 'part', 'Phần I', 'TỔNG QUAN'],
    ['Mục 2. Tổ chức', 'section', 'Mục 2', 'Tổ chức'],
  ])('%s', (text, kind, label, title) => expect(classify(text)).toEqual({ kind, label, title }));

  it.each(['Căn cứ Nghị quyết số 76/NQ-CP', '2021 - 2030', 'Kon Tum, ngày 05 tháng 11 năm 2021', '01'])('%s is not a label', (t) =>
    expect(classify(t)).toBeNull());
});

const shape = (ns: OutlineNode[]): unknown[] => ns.map((n) => [n.kind, n.label, n.level, ...(n.children.length ? [shape(n.children)] : [])]);

describe('buildOutline', () => {
  it('nests by rank and spans each node to its last paragraph', () => {
    const text = ['I. MỤC TIÊU', '1. Cải cách thể chế', 'a) Mục tiêu', '- Đến năm 2025:', '+ 98% văn bản', 'b) Nhiệm vụ', 'II. GIẢI PHÁP'].join('\n');
    const out = buildOutline(toParagraphs(text));
    expect(shape(out)).toEqual([
      ['roman', 'I.', 0, [['arabic', '1.', 1, [['letter', 'a)', 2, [['dash', '-', 3, [['plus', '+', 4]]]]], ['letter', 'b)', 2]]]]],
      ['roman', 'II.', 0],
    ]);
    expect(text.slice(out[0]!.start, out[0]!.end)).toBe(text.split('\nII.')[0]);
    for (const n of out) expect(n.end).toBeGreaterThan(n.start);
  });

  it('makes an attached programme and an appendix their own subtrees', () => {
    const text = ['QUYẾT ĐỊNH', 'Điều 1. Ban hành kèm theo Quyết định này Chương trình.', 'Nơi nhận:', '- Như Điều 3;', 'CHƯƠNG TRÌNH',
      'CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2030', '(Ban hành kèm theo Quyết định số 5158/QĐ-UBND ngày 30/12/2021)', 'I. MỤC TIÊU', 'PHỤ LỤC', 'DANH MỤC ĐỀ ÁN', '01'].join('\n');
    const out = buildOutline(toParagraphs(text));
    expect(shape(out)).toEqual([['article', 'Điều 1.', 0], ['attachment', 'CHƯƠNG TRÌNH', 0, [['roman', 'I.', 1]]], ['appendix', 'PHỤ LỤC', 0]]);
    expect(out[1]!.title).toBe('CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2030');
    expect(out[2]!.title).toBe('DANH MỤC ĐỀ ÁN');
  });
});

describe('a part whose title is on the next line', () => {
  it('"Phần II" then "THỰC TRẠNG … (tính đến ngày 31/12/2025)": a lower-case bracket after the capitals is still its title', () => {
    const out = buildOutline(toParagraphs(['Phần II', 'THỰC TRẠNG CHÍNH QUYỀN SỐ (tính đến ngày 31/12/2025)', 'I. KẾT QUẢ ĐẠT ĐƯỢC', 'Phần III', 'Mục tiêu và nhiệm vụ'].join('\n')));
    expect(out.map((n) => [n.label, n.title])).toEqual([['Phần II', 'THỰC TRẠNG CHÍNH QUYỀN SỐ (tính đến ngày 31/12/2025)'], ['Phần III', '']]);
  });
});

describe('lettered parts', () => {
  it('"A. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2027" and "B. NHIỆM VỤ TRỌNG TÂM QUÝ IV" are parts over their romans; "A. Nguyễn" in running text is not', () => {
    const out = buildOutline(toParagraphs(['A. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2027', 'I. CÔNG TÁC CHỈ ĐẠO', '1. Công tác kế hoạch', 'B. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2027', '1. Công tác chỉ đạo', 'A. Nguyễn Văn B phát biểu.'].join('\n')));
    expect(shape(out)).toEqual([['part', 'A.', 0, [['roman', 'I.', 1, [['arabic', '1.', 2]]]]], ['part', 'B.', 0, [['arabic', '1.', 1]]]]);
  });
});
