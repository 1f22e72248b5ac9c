import { describe, expect, it } from 'vitest';
import { areaOf, isAnnual, labelOf, levelsIn, qualify } from '../extractors/qualifiers.ts';

describe('qualify: comparator and change around a value', () => {
  it.each([
    ['Tối thiểu ', '% hồ sơ', 'gte', null],
    ['đạt ít nhất ', '%', 'gte', null],
    ['không dưới ', '%', 'gte', null],
    ['tỷ lệ giao dịch đạt từ ', '% trở lên', 'gte', null],
    ['đạt trên ', '%', 'gt', null],
    ['vượt ', '%', 'gt', null],
    ['tối đa ', '%', 'lte', null],
    ['không vượt quá ', '%', 'lte', null],
    ['giảm tỷ lệ hồ sơ trễ hạn xuống dưới ', '%', 'lt', null],
    ['khoảng ', '%', 'approx', null],
    ['đạt ', '%', null, null],
    ['Giảm tối thiểu bình quân ', '% số lượng', 'gte', 'decrease'],
    ['Tăng thêm ', '% số thủ tục', null, 'increase'],
    ['mỗi năm tăng tối thiểu ', '% đối với', 'gte', 'increase'],
    ['cắt giảm ', '% thời gian', null, 'decrease'],
    ['không để người dân, tổ chức phải đi lại quá ', ' lần', 'lte', null],
    ['đi lại quá ', ' lần', 'gt', null],
    ['kết nối liên thông trên ', '% cơ sở dữ liệu', 'gt', null],
    ['trên địa bàn tỉnh có ', '% hồ sơ', null, null],
    ['Có ', '/15 thôn, bản trở lên có điểm bán hàng', 'gte', null],
    ['Có ', ' xã trở xuống', 'lte', null],
    ['tỷ lệ thanh toán trực tuyến vượt mốc ', '%', 'gt', null],
    ['đạt ', '% hồ sơ trực tuyến, trở thành', null, null],
  ])('%s|%s → %s %s', (before, after, comparator, change) => {
    expect(qualify(before, after)).toEqual({ comparator, change });
  });
});

describe('levelsIn', () => {
  it.each([
    ['thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã', ['province', 'district', 'commune']],
    ['hồ sơ công việc tại cấp huyện', ['district']],
    ['50% số xã, phường đạt chuẩn', ['commune']],
    ['trên địa bàn huyện', []],
    ['toàn tỉnh', []],
  ])('%s', (s, levels) => expect(levelsIn(s)).toEqual(levels));
});

describe('isAnnual', () => {
  it.each([['mỗi năm tăng 20%', true], ['Hằng năm, số vụ', true], ['hàng năm', true], ['bình quân 10%', false], ['năm 2025', false]])(
    '%s', (s, v) => expect(isAnnual(s)).toBe(v));
});

describe('labelOf: the indicator is the subject, not the sentence', () => {
  it.each([
    ['Tối thiểu ', '% hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử', 'percent',
      'hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử'],
    ['Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt trên ', '%', 'percent',
      'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính'],
    ['b) Hoàn thành ', '% nhiệm vụ trong kế hoạch kiểm tra CCHC năm 2022 theo quy định', 'percent',
      'nhiệm vụ trong kế hoạch kiểm tra CCHC năm 2022 theo quy định'],
    ['tỷ lệ giao dịch thanh toán trực tuyến đạt từ ', '% trở lên', 'percent', 'tỷ lệ giao dịch thanh toán trực tuyến'],
    ['Giảm tối thiểu ', '% số lượng đơn vị sự nghiệp công lập so với năm 2021', 'percent', 'số lượng đơn vị sự nghiệp công lập'],
    ['tăng ', ' điểm so với năm 2020', 'score', null],
    ['đối với mỗi cấp hành chính cho đến khi đạt tỷ lệ ', '%', 'percent', null],
  ])('%s|%s', (before, after, unit, label) => expect(labelOf(before, after, unit as never)).toBe(label));
});

describe('areaOf: headings first, then wording', () => {
  it.each([
    [['Cải cách thủ tục hành chính', 'Mục tiêu'], 'x', 'percent', 'administrative-procedures'],
    [['Công tác chỉ đạo điều hành cải cách hành chính'], 'x', 'percent', 'direction'],
    [['Cải cách tài chính công'], 'x', 'percent', 'public-finance'],
    [['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số'], 'x', 'percent', 'digital-government'],
    [[], 'Chỉ số CCHC của tỉnh', 'score', 'other'],
    [[], 'Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước', 'percent', 'apparatus'],
    [[], 'hồ sơ thủ tục hành chính được giải quyết trực tuyến', 'percent', 'administrative-procedures'],
    [[], 'biên chế sự nghiệp', 'percent', 'apparatus'],
  ])('%j %s', (headings, wording, unit, area) => expect(areaOf(headings, wording, unit as never)).toBe(area));
});
