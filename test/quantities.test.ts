import { describe, expect, it } from 'vitest';
import { parseNumber } from '../extractors/numbers.ts';
import { findQuantities } from '../extractors/quantities.ts';

describe('parseNumber: Vietnamese numerals', () => {
  it.each([
    ['86,75', 86.75], ['7.500', 7500], ['02', 2], ['1.234.567', 1234567], ['1.234,5', 1234.5], ['9,5', 9.5], ['100', 100],
    ['86.75', 86.75], ['abc', null], ['', null],
  ])('%s → %s', (s, v) => expect(parseNumber(s)).toBe(v));
});

const q = (s: string) => findQuantities(s).map((m) => ({ unit: m.unit, value: m.value, max: m.max, form: m.formComparator, text: m.text }));

describe('findQuantities: what is a quantity', () => {
  it.each([
    ['Tối thiểu 80% hồ sơ', [{ unit: 'percent', value: 80, max: null, form: null, text: '80%' }]],
    ['Phấn đấu đạt 20%-25% số thủ tục', [{ unit: 'percent', value: 20, max: 25, form: 'between', text: '20%-25%' }]],
    ['tăng 9-9,5%', [{ unit: 'percent', value: 9, max: 9.5, form: 'between', text: '9-9,5%' }]],
    ['Tăng thêm 10% - 15% số thủ tục', [{ unit: 'percent', value: 10, max: 15, form: 'between', text: '10% - 15%' }]],
    ['từ 10% đến 15%', [{ unit: 'percent', value: 10, max: 15, form: 'between', text: 'từ 10% đến 15%' }]],
    ['đạt 86,75/100 điểm', [{ unit: 'score', value: 86.75, max: null, form: null, text: '86,75/100 điểm' }]],
    ['trong nhóm 10 tỉnh dẫn đầu', [{ unit: 'rank', value: 10, max: null, form: 'lte', text: 'trong nhóm 10' }]],
    ['nằm trong top 20', [{ unit: 'rank', value: 20, max: null, form: 'lte', text: 'trong top 20' }]],
    ['Nhóm 10', [{ unit: 'rank', value: 10, max: null, form: 'lte', text: 'Nhóm 10' }]],
    ['Cử tối thiểu 40 lượt công chức tham gia bồi dưỡng', [{ unit: 'count', value: 40, max: null, form: null, text: 'tối thiểu 40' }]],
    ['xếp thứ 29/63 tỉnh', [{ unit: 'rank', value: 29, max: null, form: null, text: 'xếp thứ 29/63' }]],
    ['tăng ít nhất 3 bậc', [{ unit: 'rank', value: 3, max: null, form: null, text: '3 bậc' }]],
    ['không quá 02 lần', [{ unit: 'count', value: 2, max: null, form: null, text: 'không quá 02' }]],
    ['ít nhất 20 tập dữ liệu', [{ unit: 'count', value: 20, max: null, form: null, text: 'ít nhất 20' }]],
    ['tiết kiệm 1.200 tỷ đồng', [{ unit: 'money', value: 1200, max: null, form: null, text: 'tiết kiệm 1.200 tỷ đồng' }]],
    ['gấp 2 lần năm 2020', [{ unit: 'ratio', value: 2, max: null, form: null, text: 'gấp 2 lần' }]],
    ['thời gian giải quyết không quá 3 ngày làm việc', [{ unit: 'duration', value: 3, max: null, form: null, text: 'không quá 3 ngày làm việc' }]],
    ['mỗi năm tăng từ 0,5 đến 1 điểm', [{ unit: 'score', value: 0.5, max: 1, form: 'between', text: 'từ 0,5 đến 1 điểm' }]],
    ['điểm số đạt tối thiểu 0,72;', [{ unit: 'score', value: 0.72, max: null, form: null, text: 'điểm số đạt tối thiểu 0,72' }]],
    ['142.305 hồ sơ nộp trực tuyến (chiếm 76,3%)', [
      { unit: 'count', value: 142305, max: null, form: null, text: '142.305' },
      { unit: 'percent', value: 76.3, max: null, form: null, text: '76,3%' }]],
  ])('%s', (s, expected) => expect(q(s)).toEqual(expected));

  // Numbers that are not targets produce nothing (guideline "NOT annotated").
  it.each([
    'Số: 3993/KH-UBND', 'ngày 05 tháng 11 năm 2021', 'Nghị quyết số 76/NQ-CP ngày 15/7/2021', 'thủ tục hành chính mức độ 3 và 4',
    'tập trung vào 06 nội dung', 'Đối tượng kiểm tra trực tiếp là 10 đơn vị', 'trước 05 ngày làm việc', 'trong thời hạn 10 ngày làm việc',
    'dân số từ 15 tuổi trở lên', 'ISO 9001:2015', 'Điều 3.', 'giai đoạn 2021 - 2030', 'Hôm nay: 1241',
    // the size of an event or a workload
    'Dự hội nghị có hơn 180 đại biểu', 'trực tuyến đến 69 điểm cầu xã, phường', 'thu hút hơn 38.000 lượt người tham gia',
    'toàn tỉnh tiếp nhận hơn 410 đơn thư', 'kết nối tới hơn 700 điểm cầu', 'thu hút hơn 350 lượt doanh nghiệp, hợp tác xã tham dự',
    // a class label, not a rank: "đơn vị nhóm 1 (tự bảo đảm chi thường xuyên và chi đầu tư)"
    'phân loại đơn vị nhóm 1 (tự bảo đảm chi thường xuyên và chi đầu tư)',
    // an ordinal, not a rank
    'HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA KHÓA VII, KỲ HỌP THỨ 5', 'Hội nghị lần thứ 11 Ban Chấp hành Trung ương',
    'hội nghị trực tuyến kết nối 63 điểm cầu địa phương',
  ])('%s → nothing', (s) => expect(q(s)).toEqual([]));
});

describe('findQuantities: files received', () => {
  it('"tiếp nhận hơn 410.000 hồ sơ", "tiếp nhận 1,26 triệu hồ sơ": a count that stands only as a result', () => {
    expect(findQuantities('toàn tỉnh tiếp nhận hơn 410.000 hồ sơ; tiếp nhận hơn 1,26 triệu hồ sơ').map((m) => [m.value, m.unit, m.needsResult])).toEqual([[410000, 'count', true], [1260000, 'count', true]]);
  });
});

describe('findQuantities: bare counts after a delivery verb, and breakdowns', () => {
  it('flags a bare count as needing context', () => {
    const m = findQuantities('Thành phố đã cung cấp 1.187 dịch vụ công trực tuyến');
    expect(m.map((x) => [x.unit, x.value, x.needsContext])).toEqual([['count', 1187, true]]);
  });
  it('reads a breakdown as one record per number (guideline hard case)', () => {
    const m = findQuantities('đưa vào vận hành 15 cơ sở dữ liệu dùng chung (trong đó: 06 cơ sở dữ liệu về đất đai; 09 cơ sở dữ liệu về y tế)');
    expect(m.map((x) => [x.unit, x.value])).toEqual([['count', 15], ['count', 6], ['count', 9]]);
  });
  it('reads late dossiers told verb first ("trễ hạn 13 hồ sơ (lĩnh vực …)") as a count (round 75)', () => {
    const m = findQuantities('trong đó giải quyết đúng hạn 8.588/8.601 hồ sơ, trễ hạn 13 hồ sơ (lĩnh vực đất đai 08 hồ sơ, xây dựng 03 hồ sơ)');
    expect(m.filter((x) => x.value === 13).map((x) => [x.unit, x.value])).toEqual([['count', 13]]);
  });
  it('reads a merger as the units merged and what they become, not the provinces a law merged (round 71)', () => {
    const m = findQuantities('hoàn thành tổ chức lại 23 trung tâm y tế thành 15 trung tâm y tế khu vực; hợp nhất 06 Ban Quản lý dự án thành 02 Ban');
    expect(m.map((x) => [x.unit, x.value])).toEqual([['count', 23], ['count', 15], ['count', 6], ['count', 2]]);
    expect(findQuantities('tỉnh Ninh Bình được thành lập trên cơ sở hợp nhất 03 tỉnh Hà Nam, Nam Định và Ninh Bình')).toEqual([]);
  });
  it.each(['Kế hoạch xác định 06 nhiệm vụ trọng tâm', 'tập trung vào 06 nội dung', 'hoàn thành trong 05 ngày', 'xây dựng 2025 mô hình'])(
    '%s → nothing', (s) => expect(findQuantities(s)).toEqual([]));
});

describe('a breakdown far from its count', () => {
  it('"Lắp mới 180 camera … (trong đó: khu vực các phường 110 camera, khu vực cửa khẩu 70 camera)"', () => {
    const text = 'Lắp mới tối thiểu 180 camera giám sát có tích hợp trí tuệ nhân tạo kết nối với hệ thống của Công an tỉnh (trong đó: khu vực các phường 110 camera, khu vực cửa khẩu 70 camera).';
    expect(findQuantities(text).map((m) => [m.value, m.unit])).toEqual([[180, 'count'], [110, 'count'], [70, 'count']]);
  });
});

describe('a bare count with a scale word', () => {
  it('"hiện có 9,46 triệu tài khoản" is 9.460.000; "500 triệu đồng" is no count', () => {
    expect(findQuantities('Toàn Thành phố hiện có 9,46 triệu tài khoản định danh điện tử; đã cấp 500 triệu đồng.').map((m) => [m.value, m.unit])).toEqual([[9460000, 'count']]);
  });
});

describe('round 40-41 counts and scores', () => {
  it('a place\'s size and make-up are no counts; "kết nối với 27 …" is one; "02 cấp với 148 đơn vị" is not a delivery', () => {
    expect(findQuantities('tỉnh có diện tích 9.888,91 km², quy mô dân số hơn 4,95 triệu người; phường gồm 42 khu phố với hơn 28.500 hộ dân.').map((m) => m.value)).toEqual([]);
    expect(findQuantities('LGSP đã kết nối với 27 cơ sở dữ liệu quốc gia.').map((m) => [m.value, m.unit])).toEqual([[27, 'count']]);
    expect(findQuantities('vận hành mô hình chính quyền địa phương 02 cấp với 148 đơn vị hành chính cấp xã.').map((m) => m.value)).toEqual([]);
  });
  it('a pillar\'s fraction is a score, even before "và"; people broken down by kind are parts of the count', () => {
    expect(findQuantities('trụ cột Kinh tế số đạt 0,4912 và xếp thứ 22/34. Trụ cột Chính quyền số đạt trên 0,72.').map((m) => [m.value, m.unit]))
      .toEqual([[0.4912, 'score'], [22, 'rank'], [0.72, 'score']]);
    expect(findQuantities('tinh giản biên chế đối với 1.152 người (trong đó: 318 cán bộ, công chức và 834 viên chức).').map((m) => m.value)).toEqual([1152, 318, 834]);
  });
});

describe('round 44-45 quantities', () => {
  it('numbers listed "lần lượt" share the unit of the last one, and ranks the "thứ" of the first', () => {
    expect(q('Chỉ số CCHC các năm 2021 - 2024 lần lượt đạt 82,15; 84,60; 86,92 và 89,47 điểm').map((m) => [m.unit, m.value])).toEqual([
      ['score', 82.15], ['score', 84.6], ['score', 86.92], ['score', 89.47]]);
    expect(q('xếp hạng lần lượt thứ 9/27, 6/27, 4/27 và 3/26 huyện').map((m) => [m.unit, m.value])).toEqual([['rank', 9], ['rank', 6], ['rank', 4], ['rank', 3]]);
    // (without "lần lượt" a bare number is not a value: "mức độ 3 và 4 điểm" stays one)
    expect(q('đạt 3 và 4 điểm').map((m) => m.value)).toEqual([4]);
  });
  it('"đối với 07 thủ tục hành chính tại Phụ lục" counts the appendix\'s rows; "(22 chỉ tiêu)" counts the document\'s own targets', () => {
    expect(q('Cắt giảm tối thiểu 30% thời gian giải quyết đối với 07 thủ tục hành chính tại Phụ lục kèm theo').map((m) => m.value)).toEqual([30]);
    expect(q('Cắt giảm tối thiểu 30% thời gian giải quyết đối với 50 thủ tục hành chính').map((m) => m.value)).toEqual([30, 50]);
    expect(q('3. Các chỉ tiêu chủ yếu năm 2027 (22 chỉ tiêu)')).toEqual([]);
  });
});
