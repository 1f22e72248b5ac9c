import { describe, expect, it } from 'vitest';
import { CAPTION_UNIT, readTables, type Cell } from '../extractors/tables.ts';
import { extractBytes } from '../pipeline/index.ts';

/** Rows of cells from "a | b | c" lines, offsets counted over the joined lines. */
function rows(lines: string[]): Cell[][] {
  let at = 0;
  return lines.map((line) => {
    const cells = line.split('|').map((text) => {
      const cell = { start: at, end: at + text.length, text: text.trim() };
      at += text.length + 1;
      return cell;
    });
    return cells;
  });
}

const values = (lines: string[]) => readTables(rows(lines)).map((v) => [v.indicator.text, v.value, v.max, v.unit, v.comparator, v.year, v.result]);

describe('readTables: year-column tables', () => {
  it('dates each value by its column and takes the unit from the unit column', () => {
    expect(values([
      'STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025',
      '1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | ≥ 50 | ≥ 60',
      '2 | Số cơ sở dữ liệu dùng chung | CSDL | 10 | 15',
      '3 | Chỉ số CCHC | điểm | 85-88 | tối thiểu 88',
    ])).toEqual([
      ['Tỷ lệ dịch vụ công trực tuyến toàn trình', 50, null, 'percent', 'gte', 2024, false],
      ['Tỷ lệ dịch vụ công trực tuyến toàn trình', 60, null, 'percent', 'gte', 2025, false],
      ['Số cơ sở dữ liệu dùng chung', 10, null, 'count', 'eq', 2024, false],
      ['Số cơ sở dữ liệu dùng chung', 15, null, 'count', 'eq', 2025, false],
      ['Chỉ số CCHC', 85, 88, 'score', 'between', 2024, false],
      ['Chỉ số CCHC', 88, null, 'score', 'gte', 2025, false],
    ]);
  });
  it('a column of what was done reports results', () => {
    expect(values([
      'TT | Chỉ tiêu | Kết quả năm 2023 | Chỉ tiêu năm 2024',
      '1 | Tỷ lệ hồ sơ trực tuyến | 42,8% | Tối thiểu 55%',
    ])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến', 42.8, null, 'percent', 'eq', 2023, true],
      ['Tỷ lệ hồ sơ trực tuyến', 55, null, 'percent', 'gte', 2024, false],
    ]);
  });
  it('gives nothing without a year header, or after the table ends', () => {
    expect(values(['STT | Chỉ tiêu | Mức phấn đấu | Cơ quan theo dõi', '1 | Tỷ lệ hồ sơ trễ hạn | Không vượt quá 1% | Văn phòng'])).toEqual([]);
    expect(values(['STT | Chỉ tiêu | Năm 2025', '1 | Tỷ lệ A | 90%', 'Ghi chú | 100 | 2025 | x'])).toEqual([['Tỷ lệ A', 90, null, 'percent', 'eq', 2025, false]]);
  });
});

describe('targets from a year-column appendix table', () => {
  const doc = ['Phú Thọ, ngày 10 tháng 3 năm 2024', 'KẾ HOẠCH', 'CHUYỂN ĐỔI SỐ NĂM 2024 - 2025', 'I. MỤC TIÊU',
    '- Đến năm 2025, tỷ lệ dịch vụ công trực tuyến toàn trình đạt tối thiểu 60%.',
    '- Tỷ lệ hồ sơ thanh toán trực tuyến ≥ 50%.',
    'PHỤ LỤC', 'CHỈ TIÊU',
    'STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025',
    '1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | ≥ 50 | ≥ 60',
    '2 | Số cơ sở dữ liệu dùng chung | CSDL | 10 | 15'].join('\n');
  it('a row restating a body target is its alsoAt; other cells are records of their column year; rows never run together', async () => {
    const d = await extractBytes(new TextEncoder().encode(doc), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.alsoAt.length])).toEqual([
      [60, 'percent', 'gte', 2025, 1], [50, 'percent', 'gte', 2025, 0], [50, 'percent', 'gte', 2024, 0], [10, 'count', 'eq', 2024, 0], [15, 'count', 'eq', 2025, 0],
    ]);
    for (const t of d.targets) expect(t.source.quote).toBe(d.text!.slice(t.source.start, t.source.end));
    expect(d.text).toContain('Năm 2025\n1\n');
  });
});

describe('year-column tables in structured formats (rows come from the loader)', () => {
  const body = ['KẾ HOẠCH', 'CHUYỂN ĐỔI SỐ NĂM 2024 - 2025', 'Phú Thọ, ngày 10 tháng 3 năm 2024', 'PHỤ LỤC'];
  const table = [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', 'Năm 2025'],
    ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '≥ 50', '≥ 60'],
    ['2', 'Số cơ sở dữ liệu dùng chung', 'CSDL', '10', '15']];
  const want = [[50, 'percent', 'gte', 2024], [60, 'percent', 'gte', 2025], [10, 'count', 'eq', 2024], [15, 'count', 'eq', 2025]];
  const rowsOf = (d: Awaited<ReturnType<typeof extractBytes>>) => d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year]);

  it('DOCX', async () => {
    const { buildDocx } = await import('./fixtures/docx.ts');
    const bytes = await buildDocx([...body.map((text) => ({ kind: 'p' as const, text })), { kind: 'table', rows: table }]);
    const d = await extractBytes(bytes, 'case.docx', { includeText: true });
    expect(rowsOf(d)).toEqual(want);
    for (const t of d.targets) expect(t.source.quote).toBe(d.text!.slice(t.source.start, t.source.end));
  });
  it('HTML', async () => {
    const html = `<html><body>${body.map((t) => `<p>${t}</p>`).join('')}<table>${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    const d = await extractBytes(new TextEncoder().encode(html), 'case.html', { includeText: true });
    expect(rowsOf(d)).toEqual(want);
  });
  it('Markdown', async () => {
    const md = [...body.map((t) => `${t}\n`), `| ${table[0]!.join(' | ')} |`, `|${table[0]!.map(() => '---').join('|')}|`, ...table.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const d = await extractBytes(new TextEncoder().encode(md), 'case.md', { includeText: true });
    expect(rowsOf(d)).toEqual(want);
  });
});

describe('a table copied one cell per line', () => {
  it('reads rows from "STT" to each row number; the first cell does not join the line before; a wrapped cell stays whole', async () => {
    const text = ['CHỈ THỊ', 'Về cải cách hành chính năm 2024', 'Bắc Ninh, ngày 26 tháng 02 năm 2024',
      'Năm 2024, mức độ hài lòng về giải quyết thủ tục hành chính đạt tối thiểu 95%.',
      'PHỤ LỤC', '(Kèm theo Chỉ thị số 05/CT-UBND)', 'STT', '|', 'Chỉ tiêu', '|', 'Kết quả năm 2023', '|', 'Chỉ tiêu năm 2024', '|', 'Cơ quan chủ trì', '|',
      '1', '|', 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn', 'trình', '|', '42,8%', '|', 'Tối thiểu 55%', '|', 'Sở Thông tin và Truyền thông', '|',
      '2', '|', 'Mức độ hài lòng về giải quyết thủ tục', 'hành chính', '|', '93,6%', '|', 'Tối thiểu 95%', '|', 'Sở Nội vụ'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.text).toContain(')\nSTT\n');
    expect(d.text).toContain('Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình');
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year, t.kind, t.alsoAt.length])).toEqual([
      [95, 'gte', 2024, 'target', 1], [42.8, 'eq', 2023, 'result', 0], [55, 'gte', 2024, 'target', 0], [93.6, 'eq', 2023, 'result', 0],
    ]);
  });
});

describe('a review\'s table of targets and results that names no year', () => {
  it('readTables leaves the year of "Mục tiêu | Kết quả" columns to the caller', () => {
    expect(values(['STT | Chỉ tiêu | Mục tiêu | Kết quả | Đánh giá', '1 | Tỷ lệ thủ tục hành chính được cắt giảm | 20% | 14,96% | Chưa đạt'])).toEqual([
      ['Tỷ lệ thủ tục hành chính được cắt giảm', 20, null, 'percent', 'eq', null, false],
      ['Tỷ lệ thủ tục hành chính được cắt giảm', 14.96, null, 'percent', 'eq', null, true],
    ]);
    // without an indicator column, "Kết quả | Ghi chú" is no table header
    expect(values(['Công việc | Kết quả | Ghi chú', 'Tập huấn | 3 | -'])).toEqual([]);
  });
  it('rows are dated by their own year, else the caption; they restate the body as one record', async () => {
    const text = ['BÁO CÁO', 'Tổng kết cải cách hành chính giai đoạn 2021 - 2025', 'Cà Mau, ngày 24 tháng 11 năm 2025', 'I. KẾT QUẢ THỰC HIỆN',
      'Tỉnh đã giảm 58 đơn vị sự nghiệp công lập, tương đương 10,8% so với năm 2021, vượt mục tiêu đề ra (giảm tối thiểu 10%).',
      'PHỤ LỤC', 'KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU GIAI ĐOẠN 2021 - 2025',
      'STT', '|', 'Chỉ tiêu', '|', 'Mục tiêu', '|', 'Kết quả', '|',
      '1', '|', 'Giảm số lượng đơn vị sự nghiệp công lập so với năm 2021', '|', '10%', '|', '10,8%', '|',
      '2', '|', 'Tỷ lệ hồ sơ giải quyết đúng hạn (năm 2024)', '|', '98%', '|', '98,72%'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.kind, t.deadline.year, t.alsoAt.length])).toEqual([
      [58, 'result', 2025, 0], [10.8, 'result', 2025, 1], [10, 'target', 2025, 1], [98, 'target', 2024, 0], [98.72, 'result', 2024, 0],
    ]);
  });
});

describe('a table of component-index points', () => {
  it('"Điểm tối đa | Điểm đạt năm 2023 | Chỉ tiêu năm 2024": values are scores, the maximum is no record', () => {
    expect(values(['TT | Chỉ số thành phần | Điểm tối đa | Điểm đạt năm 2023 | Chỉ tiêu năm 2024 | Cơ quan chủ trì',
      '1 | Công tác chỉ đạo, điều hành | 12 | 11,25 | Tối thiểu 11,75 | Phòng Nội vụ'])).toEqual([
      ['Công tác chỉ đạo, điều hành', 11.25, null, 'score', 'eq', 2023, true],
      ['Công tác chỉ đạo, điều hành', 11.75, null, 'score', 'gte', 2024, false],
    ]);
  });
});

describe('a table copied one cell per line with empty cells', () => {
  it('a "-" alone between two "|" lines keeps its column; a row that lost a cell is skipped, not the end of the table', async () => {
    const text = ['KẾ HOẠCH', 'Thực hiện Đề án 06 năm 2025 - 2026', 'Phú Yên, ngày 21 tháng 3 năm 2025', 'PHỤ LỤC',
      'TT', '|', 'Chỉ tiêu', '|', 'Năm 2025', '|', 'Năm 2026', '|', 'Cơ quan chủ trì', '|',
      '1', '|', 'Mức độ hài lòng đối với dịch vụ công trực tuyến', '|', '-', '|', 'Trên 92%', '|', 'Sở Nội vụ', '|',
      '2', '|', 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', '|', '-', '|', 'Tăng ít nhất 3 bậc so với năm 2024', '|', 'Sở Khoa học và Công nghệ'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.text).toContain('trực tuyến\n-\nTrên 92%');
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.deadline.year, t.indicator.label])).toEqual([
      [92, 'percent', 2026, 'Mức độ hài lòng đối với dịch vụ công trực tuyến'], [3, 'rank', 2026, 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)'],
    ]);
  });
  it('readTables skips a numbered row of another width and reads on; "% số điểm tối đa" is a percent unit', () => {
    expect(values(['STT | Chỉ tiêu | Đơn vị tính | Năm 2025', '1 | Tỷ lệ A | %', '2 | Điểm lĩnh vực cải cách tài chính công | % số điểm tối đa | > 90'])).toEqual([
      ['Điểm lĩnh vực cải cách tài chính công', 90, null, 'percent', 'gt', 2025, false],
    ]);
  });
});

describe('a column that names its unit', () => {
  it('"Năm 2023 (điểm) | Mục tiêu năm 2027 (điểm)": the values are scores', () => {
    expect(values(['STT | Chỉ số thành phần | Năm 2023 (điểm) | Mục tiêu năm 2027 (điểm)', '1 | Gia nhập thị trường | 6,84 | 7,20'])).toEqual([
      ['Gia nhập thị trường', 6.84, null, 'score', 'eq', 2023, false],
      ['Gia nhập thị trường', 7.2, null, 'score', 'eq', 2027, false],
    ]);
  });
});

describe('appendix rows by level, and units in the indicator\'s bracket', () => {
  it('"- | Cấp huyện | % | > 90" under "1 | Tỷ lệ số hóa hồ sơ … | |" restates the body\'s level list', async () => {
    const text = ['KẾ HOẠCH', 'Triển khai Đề án 06 năm 2025', 'Hà Nam, ngày 14 tháng 01 năm 2025', 'II. MỤC TIÊU',
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100% ở cấp tỉnh, trên 90% ở cấp huyện.',
      'Thời gian đăng ký thành lập doanh nghiệp bình quân không quá 01 ngày làm việc.', 'PHỤ LỤC',
      'STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2025', '1 | Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | |', '- | Cấp tỉnh | % | 100', '- | Cấp huyện | % | > 90',
      '2 | Thời gian đăng ký thành lập doanh nghiệp bình quân | Ngày làm việc | ≤ 1'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.level, t.alsoAt.length])).toEqual([
      [100, 'percent', 'province', 1], [90, 'percent', 'district', 1], [1, 'duration', null, 1],
    ]);
  });
  it('a unit in the indicator\'s last bracket: "(tỷ đồng)", "(ngày làm việc)"', () => {
    expect(values(['STT | Chỉ tiêu | Kết quả năm 2023 | Chỉ tiêu năm 2024', '1 | Chi phí tuân thủ tiết kiệm được (tỷ đồng) | 41,3 | ≥ 35',
      '2 | Thời gian cấp Giấy chứng nhận đăng ký đầu tư (ngày làm việc) | 11 | ≤ 8']).map((v) => [v[1], v[3], v[4], v[5]])).toEqual([
      [41.3, 'money', 'eq', 2023], [35, 'money', 'gte', 2024], [11, 'duration', 'eq', 2023], [8, 'duration', 'lte', 2024]]);
  });
});

describe('level columns under a spanning year column', () => {
  const byLevel = (lines: string[]) => readTables(rows(lines)).map((v) => [v.indicator.text, v.value, v.comparator, v.year, v.level, v.allLevels]);
  it('a two-row header read as one line ("… | Chỉ tiêu năm 2026 | Cơ quan | Cấp tỉnh | Cấp xã"): one value per level, dated by the span', () => {
    expect(byLevel([
      'TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 | Cơ quan theo dõi | Cấp tỉnh | Cấp xã',
      '1 | Tỷ lệ hồ sơ trực tuyến | % | ≥ 80 | ≥ 65 | Văn phòng UBND tỉnh',
      '2 | Tỷ lệ văn bản đi được ký số | % | 100 (áp dụng chung cho 2 cấp) | Sở Khoa học và Công nghệ',
      '3 | Tỷ lệ hồ sơ trễ hạn | % | Dưới 1 | Dưới 2 | Văn phòng UBND tỉnh',
    ])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến', 80, 'gte', 2026, 'province', false], ['Tỷ lệ hồ sơ trực tuyến', 65, 'gte', 2026, 'commune', false],
      ['Tỷ lệ văn bản đi được ký số', 100, 'eq', 2026, null, true],
      ['Tỷ lệ hồ sơ trễ hạn', 1, 'lt', 2026, 'province', false], ['Tỷ lệ hồ sơ trễ hạn', 2, 'lt', 2026, 'commune', false],
    ]);
  });
  it('the levels on a row of their own under the header', () => {
    expect(byLevel(['STT | Chỉ tiêu | Đơn vị tính | Năm 2026', 'Cấp tỉnh | Cấp xã', '1 | Tỷ lệ số hóa hồ sơ | % | 100 | Tối thiểu 90'])).toEqual([
      ['Tỷ lệ số hóa hồ sơ', 100, 'eq', 2026, 'province', false], ['Tỷ lệ số hóa hồ sơ', 90, 'gte', 2026, 'commune', false],
    ]);
  });
  it('a PDF copy one cell per line: rows narrower than the header are read; two rows of one table never merge', async () => {
    const cells = (xs: string[]) => xs.flatMap((x, i) => (i ? ['|', x] : [x]));
    const text = ['KẾ HOẠCH', 'Chuyển đổi số năm 2026', 'Quảng Ngãi, ngày 23 tháng 01 năm 2026', 'II. MỤC TIÊU', 'BẢNG CHỈ TIÊU NĂM 2026 THEO CẤP HÀNH CHÍNH',
      ...cells(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Cơ quan theo dõi', 'Cấp tỉnh', 'Cấp xã']), '|',
      ...cells(['1', 'Tỷ lệ hồ sơ trực tuyến (toàn trình và một phần) trên tổng số hồ sơ tiếp nhận', '%', '≥ 80', '≥ 65', 'Văn phòng UBND tỉnh']), '|',
      ...cells(['2', 'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công', '%', '≥ 80', '≥ 60', 'Sở Tài chính']), '|',
      ...cells(['3', 'Tỷ lệ văn bản đi được ký số, gửi nhận trên môi trường điện tử', '%', '100 (áp dụng chung cho 2 cấp)', 'Sở Khoa học và Công nghệ']),
      'III. NHIỆM VỤ'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year, t.level, t.alsoAt.length])).toEqual([
      [80, 'gte', 2026, 'province', 0], [65, 'gte', 2026, 'commune', 0], [80, 'gte', 2026, 'province', 0], [60, 'gte', 2026, 'commune', 0], [100, 'eq', 2026, null, 0],
    ]);
  });
});

describe('a phrase under a year column reads alone', () => {
  it('"Nhóm 10", "Từ 44,5 đến 45 điểm" take the row\'s indicator, not its other cells ("21/34" is a 2025 rank, not a count)', async () => {
    const cells = (xs: string[]) => xs.flatMap((x, i) => (i ? ['|', x] : [x]));
    const text = ['KẾ HOẠCH', 'Nâng cao các chỉ số năm 2026', 'Cần Thơ, ngày 12 tháng 6 năm 2026', 'PHỤ LỤC', 'KẾT QUẢ NĂM 2025 VÀ MỤC TIÊU NĂM 2026',
      ...cells(['TT', 'Chỉ số', 'Điểm số năm 2025', 'Xếp hạng năm 2025', 'Mục tiêu điểm số năm 2026', 'Mục tiêu xếp hạng năm 2026', 'Cơ quan chủ trì']), '|',
      ...cells(['1', 'Chỉ số PAPI', '43,12 điểm', '21/34', 'Từ 44,5 đến 45 điểm', 'Nhóm 15', 'Sở Nội vụ'])].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.max, t.value.unit, t.deadline.year, t.kind])).toEqual([
      [43.12, null, 'score', 2025, 'result'], [21, null, 'rank', 2025, 'result'], [44.5, 45, 'score', 2026, 'target'], [15, null, 'rank', 2026, 'target'],
    ]);
  });
});

describe('a row restating a body target by its verb', () => {
  it('"Kiến nghị bãi bỏ khoảng 60 điều kiện kinh doanh" and "Số điều kiện kinh doanh kiến nghị bãi bỏ | 68 | Khoảng 60" are one record', async () => {
    const text = ['KẾ HOẠCH', 'Rà soát, cắt giảm thủ tục hành chính năm 2026', 'Hải Phòng, ngày 22 tháng 01 năm 2026', 'II. MỤC TIÊU',
      '- Kiến nghị bãi bỏ khoảng 60 điều kiện kinh doanh không cần thiết, không hợp lý, không rõ ràng.', '- Số hóa 100% hồ sơ đăng ký kinh doanh.', 'PHỤ LỤC',
      'TT | Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu năm 2026 | Cơ quan chủ trì', '1 | Số điều kiện kinh doanh kiến nghị bãi bỏ | 68 | Khoảng 60 | Sở Tư pháp'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year, t.kind, t.alsoAt.length])).toEqual([
      [60, 'approx', 2026, 'target', 1], [100, 'eq', 2026, 'target', 0], [68, 'eq', 2025, 'result', 0],
    ]);
  });
});

describe('a cell that names its own unit or noun', () => {
  it('"1.046 cơ sở" is a count, "05 ngày làm việc" a duration', () => {
    expect(values(['TT | Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu năm 2026', '1 | Số cơ sở lưu trú thông báo qua VNeID | 1.046 cơ sở | 1.500 cơ sở',
      '2 | Thời gian cấp Phiếu lý lịch tư pháp | 05 ngày làm việc | 03 ngày']).map((v) => [v[1], v[3], v[5]])).toEqual([
      [1046, 'count', 2025], [1500, 'count', 2026], [5, 'duration', 2025], [3, 'duration', 2026]]);
  });
});

describe('tables without year columns', () => {
  it('a column that names what it counts ("Chỉ tiêu bồi dưỡng (lượt người)") is dated by the caption', async () => {
    const text = ['KẾ HOẠCH', 'Cải cách chế độ công vụ năm 2026', 'Quảng Trị, ngày 19 tháng 12 năm 2025', 'PHỤ LỤC', 'CHỈ TIÊU BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2026 THEO NHÓM ĐỐI TƯỢNG',
      'TT | NHÓM ĐỐI TƯỢNG | CHỈ TIÊU BỒI DƯỠNG (LƯỢT NGƯỜI) | TRONG ĐÓ: BỒI DƯỠNG CHUYỂN ĐỔI SỐ (LƯỢT NGƯỜI) | CƠ QUAN CHỦ TRÌ',
      '1 | Cán bộ, công chức lãnh đạo, quản lý cấp tỉnh | 620 | 180 | Sở Nội vụ'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.deadline.year, t.kind, t.indicator.label])).toEqual([
      [620, 'count', 2026, 'target', 'Cán bộ, công chức lãnh đạo, quản lý cấp tỉnh'], [180, 'count', 2026, 'target', 'Cán bộ, công chức lãnh đạo, quản lý cấp tỉnh'],
    ]);
  });
  it('a milestone table: rows are times, columns name their unit; a floor in the column\'s name is the comparator', () => {
    expect(readTables(rows(['STT | Mốc thời gian | Tỷ lệ giải ngân phấn đấu (% kế hoạch vốn) | Giá trị giải ngân tối thiểu (tỷ đồng) | Ghi chú',
      '1 | Đến 31/3/2026 | ≥ 20 | 2.855', '5 | Đến 31/01/2027 | 100 | 14.275,8 | Hết thời gian giải ngân']))
      .map((v) => [v.label, v.value, v.unit, v.comparator, v.year])).toEqual([
      ['Tỷ lệ giải ngân phấn đấu', 20, 'percent', 'gte', 2026], ['Giá trị giải ngân tối thiểu', 2855, 'money', 'gte', 2026],
      ['Tỷ lệ giải ngân phấn đấu', 100, 'percent', 'eq', 2027], ['Giá trị giải ngân tối thiểu', 14275.8, 'money', 'gte', 2027]]);
  });
  it('a list item whose own words are only a time takes the label before it ("…, đến ngày 30/9/2026 đạt tối thiểu 75%")', async () => {
    const d = await extractBytes(new TextEncoder().encode(['KẾ HOẠCH', 'Cải cách tài chính công năm 2026', 'Tây Ninh, ngày 26 tháng 12 năm 2025', 'II. MỤC TIÊU',
      'a) Phấn đấu tỷ lệ giải ngân vốn đầu tư công đến ngày 30/6/2026 đạt trên 50%, đến ngày 30/9/2026 đạt tối thiểu 75% kế hoạch vốn được giao.'].join('\n')), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.indicator.label.startsWith('tỷ lệ giải ngân')])).toEqual([[50, true], [75, true]]);
  });
});

describe('a share column after a dated column', () => {
  it('"Điểm đạt năm 2025 | Tỷ lệ (%)": the share is of 2025 too', () => {
    expect(values(['STT | Nhóm chỉ số thành phần | Điểm tối đa | Điểm đạt năm 2025 | Tỷ lệ (%)', '1 | Công khai, minh bạch | 18 | 16,85 | 93,6'])
      .map((v) => [v[1], v[3], v[5], v[6]])).toEqual([[16.85, 'score', 2025, true], [93.6, 'percent', 2025, true]]);
  });
});

describe('a caption unit joined to the caption by a wrapped copy', () => {
  it('"(Kèm theo Kế hoạch …) Đơn vị tính: điểm" still gives the cells their unit', () => {
    expect(CAPTION_UNIT.exec('(Kèm theo Kế hoạch số 128/KH-UBND ngày 22 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh Vĩnh Long) Đơn vị tính: điểm')?.[1]).toBe('điểm');
  });
});

describe('columns that name what they count and when', () => {
  it('"Ngành, lĩnh vực | Số đơn vị hiện có đến 31/12/2025 | Số đơn vị giảm năm 2026": a 2025 result and a 2026 target per row', () => {
    expect(values(['TT | Ngành, lĩnh vực | Số đơn vị hiện có đến 31/12/2025 | Số đơn vị giảm năm 2026', '1 | Giáo dục và đào tạo | 1.268 | 58']))
      .toEqual([['Giáo dục và đào tạo', 1268, null, 'count', 'eq', 2025, true], ['Giáo dục và đào tạo', 58, null, 'count', 'eq', 2026, false]]);
  });
});

describe('tables by quarter and by unit', () => {
  it('readTables: "Quý I … Quý IV" columns are left to the caller to date; a unit row is labelled by its column and its unit', () => {
    expect(values(['TT | Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV/2027', '1 | Số TTHC được rà soát | 08 | 10 | 09 | 07']))
      .toEqual([['Số TTHC được rà soát', 8, null, 'count', 'eq', null, false], ['Số TTHC được rà soát', 10, null, 'count', 'eq', null, false],
        ['Số TTHC được rà soát', 9, null, 'count', 'eq', null, false], ['Số TTHC được rà soát', 7, null, 'count', 'eq', 2027, false]]);
    const byUnit = readTables(rows(['TT | Phòng/Đơn vị | Tỷ lệ hồ sơ nộp trực tuyến | Tỷ lệ hồ sơ giải quyết đúng hạn | Ghi chú',
      '1 | Văn phòng Đăng ký đất đai | ≥ 78% | ≥ 98% | Bao gồm các Chi nhánh', '2 | Chi cục Kiểm lâm | ≥ 90% | 100%']));
    expect(byUnit.map((v) => [v.indicator.text, v.label, v.value, v.unit, v.comparator, v.year])).toEqual([
      ['Văn phòng Đăng ký đất đai', 'Tỷ lệ hồ sơ nộp trực tuyến – Văn phòng Đăng ký đất đai', 78, 'percent', 'gte', null],
      ['Văn phòng Đăng ký đất đai', 'Tỷ lệ hồ sơ giải quyết đúng hạn – Văn phòng Đăng ký đất đai', 98, 'percent', 'gte', null],
      ['Chi cục Kiểm lâm', 'Tỷ lệ hồ sơ nộp trực tuyến – Chi cục Kiểm lâm', 90, 'percent', 'gte', null],
      ['Chi cục Kiểm lâm', 'Tỷ lệ hồ sơ giải quyết đúng hạn – Chi cục Kiểm lâm', 100, 'percent', 'eq', null],
    ]);
  });
  it('readTables: a bound the indicator cell names ("…, tối đa (phút)", "…, tối thiểu (%)") holds for each bare cell of the row', () => {
    expect(values(['Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV', 'Thời gian chờ bình quân, tối đa (phút) | 13 | 12 | 11 | 10',
      'Mức độ hài lòng, tối thiểu (%) | 97 | 97,5 | ≤ 99 | 98', 'Số ngày xử lý hồ sơ (tối đa) | 5 | 4 | 4 | 3', 'Số hồ sơ tiếp nhận, tối đa hóa | 5 | 4 | 4 | 3']).map((v) => [v[1], v[4]]))
      .toEqual([[13, 'lte'], [12, 'lte'], [11, 'lte'], [10, 'lte'], [97, 'gte'], [97.5, 'gte'], [99, 'lte'], [98, 'gte'],
        [5, 'lte'], [4, 'lte'], [4, 'lte'], [3, 'lte'], [5, 'eq'], [4, 'eq'], [4, 'eq'], [3, 'eq']]);
  });
  it('readTables: a commune\'s villages are units; a column named by its "(%…)" bracket holds shares; "Số hộ" describes the village; "Toàn xã" is the whole', () => {
    const byVillage = readTables(rows(['STT | Thôn | Số hộ | Tài khoản định danh điện tử mức độ 2 (% dân số trưởng thành) | Hộ gia đình thanh toán không dùng tiền mặt (%)',
      '1 | Bến Tắt | 412 | 93 | 80', ' | Toàn xã | 1.326 | 90 | 75']));
    expect(byVillage.map((v) => [v.label, v.value, v.unit, v.unitRow ?? false])).toEqual([
      ['Tài khoản định danh điện tử mức độ 2 – Bến Tắt', 93, 'percent', true], ['Hộ gia đình thanh toán không dùng tiền mặt – Bến Tắt', 80, 'percent', true],
      ['Tài khoản định danh điện tử mức độ 2', 90, 'percent', false], ['Hộ gia đình thanh toán không dùng tiền mặt', 75, 'percent', false]]);
  });
  it('copied one cell per line: the caption dates both; a unit\'s share never merges with the plan\'s own target; a quarter restating a past target does not either', async () => {
    const cells = (rs: string[][]) => rs.flatMap((r) => r.flatMap((c) => [c, '|']).slice(0, -1).concat('|'));
    const text = ['KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'Tuyên Quang, ngày 12 tháng 01 năm 2027', 'I. KẾT QUẢ NĂM 2026',
      'Năm 2026, tỷ lệ hồ sơ nộp trực tuyến đạt 74,2%, thấp hơn chỉ tiêu kế hoạch (75%).', 'II. CHỈ TIÊU',
      '- Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.', 'PHỤ LỤC I', 'PHÂN KỲ CHỈ TIÊU NĂM 2027 THEO QUÝ',
      ...cells([['TT', 'Chỉ tiêu', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'], ['1', 'Tỷ lệ hồ sơ nộp trực tuyến', '65%', '70%', '75%', '80%']]),
      'PHỤ LỤC II', 'CHỈ TIÊU NĂM 2027 GIAO CHO CÁC PHÒNG, ĐƠN VỊ',
      ...cells([['TT', 'Phòng/Đơn vị', 'Tỷ lệ hồ sơ nộp trực tuyến', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Ghi chú'],
        ['1', 'Văn phòng Đăng ký đất đai', '≥ 78%', '≥ 98%', 'Bao gồm các Chi nhánh'], ['2', 'Chi cục Kiểm lâm', '≥ 90%', '100%']])].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year, t.kind])).toEqual([
      [74.2, 'eq', 2026, 'result'], [75, 'eq', 2026, 'target'], [98, 'gte', 2027, 'target'],
      [65, 'eq', 2027, 'target'], [70, 'eq', 2027, 'target'], [75, 'eq', 2027, 'target'], [80, 'eq', 2027, 'target'],
      [78, 'gte', 2027, 'target'], [98, 'gte', 2027, 'target'], [90, 'gte', 2027, 'target'], [100, 'eq', 2027, 'target'],
    ]);
  });
});

describe('level columns with no year above them', () => {
  it('"STT | Chỉ tiêu | Cấp tỉnh | Cấp xã | Ghi chú": each value has its column\'s level; "Từ 80% trở lên" is a floor; a row that lost its empty note cell is still read', () => {
    const lv = readTables(rows(['STT | Chỉ tiêu | Cấp tỉnh | Cấp xã | Ghi chú',
      '3 | Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng | 98% | 90%',
      '4 | Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa | Từ 80% trở lên | Từ 60% trở lên | Chỉ tiêu năm 2026 chưa đạt',
      '5 | Số thủ tục được tái cấu trúc | Ít nhất 40 thủ tục | Từ 12 thủ tục trở lên | ']));
    expect(lv.map((v) => [v.value, v.unit, v.comparator, v.level, v.year])).toEqual([
      [98, 'percent', 'eq', 'province', null], [90, 'percent', 'eq', 'commune', null],
      [80, 'percent', 'gte', 'province', null], [60, 'percent', 'gte', 'commune', null],
      [40, 'count', 'gte', 'province', null], [12, 'count', 'gte', 'commune', null],
    ]);
    // ("Từ 80%" alone opens nothing: no value)
    expect(values(['STT | Chỉ tiêu | Năm 2027', '1 | Tỷ lệ hồ sơ trực tuyến | Từ 80%'])).toEqual([]);
  });
});

describe('a table of processing times before and after a cut', () => {
  it('one cell per line with section rows: the time the law sets is no record, the time after the cut is a target, the cut a decrease; one body time restated by one row only', async () => {
    const cells = (rs: string[][]) => rs.flatMap((r) => r.flatMap((c) => [c, '|']));
    const text = ['KẾ HOẠCH', 'Rà soát, đơn giản hóa thủ tục hành chính năm 2027', 'Gia Lai, ngày 20 tháng 01 năm 2027', 'II. CHỈ TIÊU',
      '- Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ không quá 07 ngày.', 'PHỤ LỤC', 'DANH MỤC THỦ TỤC CẮT GIẢM THỜI GIAN GIẢI QUYẾT NĂM 2027',
      ...cells([['STT', 'Tên thủ tục', 'Thời gian giải quyết theo quy định', 'Thời gian giải quyết sau cắt giảm', 'Tỷ lệ cắt giảm'],
        ['I', 'LĨNH VỰC XÂY DỰNG (Sở Xây dựng chủ trì)'], ['1', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', '15 ngày', '07 ngày', '53,3%'],
        ['II', 'LĨNH VỰC CÔNG THƯƠNG (Sở Công Thương chủ trì)'], ['2', 'Cấp Giấy phép bán lẻ sản phẩm rượu', '10 ngày làm việc', '07 ngày làm việc', '30%'],
        ['3', 'Cung cấp thông tin, dữ liệu', '02 ngày làm việc', '08 giờ làm việc', '50%']])].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.change?.direction ?? null, t.alsoAt.length])).toEqual([
      [7, 'duration', 'lte', 2027, null, 1], [53.3, 'percent', 'eq', 2027, 'decrease', 0],
      [7, 'duration', 'eq', 2027, null, 0], [30, 'percent', 'eq', 2027, 'decrease', 0],
      [8, 'duration', 'eq', 2027, null, 0], [50, 'percent', 'eq', 2027, 'decrease', 0],
    ]);
  });
});

describe('a table copied one cell per line with lettered sections and roman rows', () => {
  it('"A" + its title and a roman numeral\'s own full row sit between the numbered rows; each row keeps its cells, and points out of a maximum make the row\'s decimals scores', async () => {
    const text = ['QUYẾT ĐỊNH', 'Giao chỉ tiêu các chỉ số thành phần năm 2027', 'Gia Lai, ngày 19 tháng 5 năm 2027', 'PHỤ LỤC',
      'TT', 'Cơ quan chủ trì', 'Chỉ số thành phần', 'Kết quả 2026', 'Chỉ tiêu 2027',
      'A', 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
      'I', 'Sở Nội vụ', 'Chỉ số CCHC của tỉnh (tổng điểm)', '86,17/100', 'Từ 88,5 điểm trở lên',
      '1', 'Văn phòng UBND tỉnh', 'Công tác chỉ đạo, điều hành cải cách hành chính', '8,41/9,50', 'Tối thiểu 8,90',
      '2', 'Văn phòng UBND tỉnh', 'Cải cách thủ tục hành chính', '11,02/13,00', 'Tối thiểu 11,80',
      'B', 'CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH (SIPAS)',
      'II', 'Sở Nội vụ', 'Chỉ số SIPAS của tỉnh', '83,42%', 'Tối thiểu 86%',
      '3', 'Trung tâm Phục vụ hành chính công tỉnh', 'Tiếp cận dịch vụ hành chính công', '85,10%', '≥ 87%',
      '4', 'Văn phòng UBND tỉnh', 'Thủ tục hành chính', '82,64%', '≥ 85%',
      'Ghi chú: Điểm tối đa của từng chỉ số thành phần theo Quyết định số 1150/QĐ-BNV.'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.kind, t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.source.quote.split('\n')[0]])).toEqual([
      ['result', 86.17, 'score', 'eq', 2026, 'Chỉ số CCHC của tỉnh (tổng điểm)'], ['target', 88.5, 'score', 'gte', 2027, 'Chỉ số CCHC của tỉnh (tổng điểm)'],
      ['result', 8.41, 'score', 'eq', 2026, 'Công tác chỉ đạo, điều hành cải cách hành chính'], ['target', 8.9, 'score', 'gte', 2027, 'Công tác chỉ đạo, điều hành cải cách hành chính'],
      ['result', 11.02, 'score', 'eq', 2026, 'Cải cách thủ tục hành chính'], ['target', 11.8, 'score', 'gte', 2027, 'Cải cách thủ tục hành chính'],
      ['result', 83.42, 'percent', 'eq', 2026, 'Chỉ số SIPAS của tỉnh'], ['target', 86, 'percent', 'gte', 2027, 'Chỉ số SIPAS của tỉnh'],
      ['result', 85.1, 'percent', 'eq', 2026, 'Tiếp cận dịch vụ hành chính công'], ['target', 87, 'percent', 'gte', 2027, 'Tiếp cận dịch vụ hành chính công'],
      ['result', 82.64, 'percent', 'eq', 2026, 'Thủ tục hành chính'], ['target', 85, 'percent', 'gte', 2027, 'Thủ tục hành chính'],
    ]);
  });
});

describe('a pipe table a hard-wrapped copy broke over lines', () => {
  it('a line that does not open the next row number goes on with the row above; "1,2" and "- 1,5" are one range cell', async () => {
    const text = ['KẾ HOẠCH', 'Thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2026 - 2030', 'Hà Tĩnh, ngày 14 tháng 01 năm 2026', 'PHỤ LỤC I',
      'TT | Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2028', '1 | Tổng chi xã hội cho R&D so với GRDP | % | 0,6 | 0,75 | 1,2', '- 1,5',
      '2 | Tỷ lệ người trưởng thành có kỹ năng số cơ bản | % | 60 | 65 |', '70', '3 | Số dự án khởi nghiệp được hỗ trợ | Dự án | 10', '| 20 | 30'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.max, t.value.unit, t.deadline.year])).toEqual([
      [0.6, null, 'percent', 2026], [0.75, null, 'percent', 2027], [1.2, 1.5, 'percent', 2028],
      [60, null, 'percent', 2026], [65, null, 'percent', 2027], [70, null, 'percent', 2028],
      [10, null, 'count', 2026], [20, null, 'count', 2027], [30, null, 'count', 2028],
    ]);
  });
});

describe('readTables: minutes and "Không thấp hơn" cells', () => {
  it('a "(phút)" row is a duration; "Không thấp hơn 7,52" is a floor', () => {
    expect(values([
      'TT | Chỉ tiêu | Năm 2025 | Năm 2026',
      '1 | Thời gian chờ đợi bình quân để được tiếp nhận hồ sơ (phút) | 23 | ≤ 15',
      '2 | Thủ tục hành chính công (điểm) | 7,52 | Không thấp hơn 7,52',
    ])).toEqual([
      ['Thời gian chờ đợi bình quân để được tiếp nhận hồ sơ (phút)', 23, null, 'duration', 'eq', 2025, false],
      ['Thời gian chờ đợi bình quân để được tiếp nhận hồ sơ (phút)', 15, null, 'duration', 'lte', 2026, false],
      ['Thủ tục hành chính công (điểm)', 7.52, null, 'score', 'eq', 2025, false],
      ['Thủ tục hành chính công (điểm)', 7.52, null, 'score', 'gte', 2026, false],
    ]);
  });
});

describe('tables laid out with spaces (a PDF copy)', () => {
  it('reads rows by their trailing values, dates columns by the header\'s second line, and keeps a wrapped label with its row', async () => {
    const text = ['KẾ HOẠCH', 'Chuyển đổi số xã Thanh Sơn năm 2027', 'Thanh Sơn, ngày 20 tháng 01 năm 2027', 'PHỤ LỤC',
      'HIỆN TRẠNG VÀ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027',
      'TT Chỉ tiêu Hiện trạng đến Mục tiêu năm', '31/12/2026 2027',
      '1 Tỷ lệ hồ sơ TTHC trực tuyến toàn trình 62,7% ≥ 80%',
      '2 Tỷ lệ hồ sơ công việc xử lý trên môi trường 91,3% ≥ 95%', 'mạng (trừ hồ sơ mật)',
      '3 Số hộ kinh doanh có gian hàng trên 137 hộ ≥ 200 hộ', 'sàn thương mại điện tử',
      '4 Tỷ lệ công dân có tài khoản VNeID mức độ 2 87,4% ≥ 95%'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.indicator.label, t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.kind])).toEqual([
      ['Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', 62.7, 'percent', 'eq', 2026, 'result'],
      ['Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', 80, 'percent', 'gte', 2027, 'target'],
      ['Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (trừ hồ sơ mật)', 91.3, 'percent', 'eq', 2026, 'result'],
      ['Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (trừ hồ sơ mật)', 95, 'percent', 'gte', 2027, 'target'],
      ['Số hộ kinh doanh có gian hàng trên sàn thương mại điện tử', 137, 'count', 'eq', 2026, 'result'],
      ['Số hộ kinh doanh có gian hàng trên sàn thương mại điện tử', 200, 'count', 'gte', 2027, 'target'],
      ['Tỷ lệ công dân có tài khoản VNeID mức độ 2', 87.4, 'percent', 'eq', 2026, 'result'],
      ['Tỷ lệ công dân có tài khoản VNeID mức độ 2', 95, 'percent', 'gte', 2027, 'target'],
    ]);
    for (const t of d.targets) expect(d.text!.slice(t.source.start, t.source.end)).toBe(t.source.quote);
  });
});

describe('a milestone table whose rows are years', () => {
  it('"TT | Năm | Chỉ tiêu Chỉ số SIPAS của tỉnh (%) | Ghi chú": each row is its year\'s value; a base-year note reports; no quote runs backwards', async () => {
    const text = ['KẾ HOẠCH', 'Nâng cao Chỉ số SIPAS giai đoạn 2026 - 2030', 'Hà Tĩnh, ngày 27 tháng 3 năm 2026', 'PHỤ LỤC',
      'CHỈ TIÊU CHỈ SỐ SIPAS CỦA TỈNH GIAI ĐOẠN 2026 - 2030', '',
      '| TT | Năm | Chỉ tiêu Chỉ số SIPAS của tỉnh (%) | Ghi chú |',
      '| 1 | 2025 | 84,12 | Kết quả do Bộ Nội vụ công bố (năm cơ sở) |',
      '| 2 | 2026 | Tối thiểu 85,0 | |',
      '| 3 | 2028 | Tối thiểu 87,5 | Các chỉ số thành phần đạt từ 85% trở lên |'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.kind])).toEqual([
      [84.12, 'percent', 'eq', 2025, 'result'], [85, 'percent', 'gte', 2026, 'target'], [87.5, 'percent', 'gte', 2028, 'target']]);
    for (const t of d.targets) expect(d.text!.slice(t.source.start, t.source.end)).toBe(t.source.quote);
  });
});

describe('readTables: a unit column of minutes per visit', () => {
  it('"Phút/lượt" is a duration', () => {
    expect(values([
      'STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026',
      '1 | Thời gian chờ đợi bình quân tại Trung tâm | Phút/lượt | Không quá 10',
    ])).toEqual([['Thời gian chờ đợi bình quân tại Trung tâm', 10, null, 'duration', 'lte', 2026, false]]);
  });
});

describe('round 16 table layouts', () => {
  it('"Điểm tối đa | Điểm đạt được | Điểm bị trừ": the points reached and lost are results, the maximum is none', () => {
    expect(values([
      'TT | Chỉ số thành phần | Điểm tối đa | Điểm đạt được | Điểm bị trừ',
      '1 | Cải cách thể chế | 9,0 | 8,12 | 0,88',
    ]).map((v) => [v[0], v[1], v[6]])).toEqual([['Cải cách thể chế', 8.12, true], ['Cải cách thể chế', 0.88, true]]);
  });
  it('a one-cell-per-line table with a section row "I | Theo cấp hành chính" under "Cấp hành chính/Lĩnh vực" reads by its year columns', async () => {
    const cells = ['TT', 'Cấp hành chính/Lĩnh vực', 'Kết quả năm 2025', 'Mục tiêu năm 2026', 'Mục tiêu năm 2027', 'Cơ quan chủ trì',
      'I', 'Theo cấp hành chính', '1', 'Cấp tỉnh', '88,1%', '≥ 95%', '100%', 'Văn phòng UBND tỉnh', '2', 'Cấp xã', '79,4%', '≥ 90%', '≥ 97%', 'UBND các xã'];
    const text = ['KẾ HOẠCH', 'Số hóa hồ sơ giai đoạn 2026 - 2027', 'Gia Lai, ngày 23 tháng 01 năm 2026', 'PHỤ LỤC', 'LỘ TRÌNH SỐ HÓA GIAI ĐOẠN 2026 - 2027', '',
      ...cells.flatMap((c) => [c, '|'])].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year, t.kind, t.level])).toEqual([
      [88.1, 'eq', 2025, 'result', 'province'], [95, 'gte', 2026, 'target', 'province'], [100, 'eq', 2027, 'target', 'province'],
      [79.4, 'eq', 2025, 'result', 'commune'], [90, 'gte', 2026, 'target', 'commune'], [97, 'gte', 2027, 'target', 'commune']]);
  });
});

describe('tables laid out in columns with runs of spaces (pdftotext -layout)', () => {
  it('cuts cells by the header\'s columns, adds wrapped lines to their column, keeps the header (no menu), and reads a value with blank level siblings as undivided', async () => {
    const text = ['KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'Hải Phòng, ngày 22 tháng 12 năm 2026', 'Phụ lục',
      'CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2027',
      ' STT   Chỉ tiêu                                 Đơn vị     Cấp thành   Cấp xã    Ghi chú',
      '                                                tính        phố',
      '  I    CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '  1    Tỷ lệ nhiệm vụ trong Kế hoạch CCHC năm     %          100                   Áp dụng',
      '       2027 hoàn thành đúng tiến độ                                                chung',
      '  2    Tỷ lệ cơ quan, đơn vị, địa phương được     %          ≥ 30        ≥ 25',
      '       kiểm tra công tác CCHC',
      '  3    Thời gian cấp giấy phép xây dựng nhà ở     Ngày       -           ≤ 07',
      '       riêng lẻ                                   làm việc'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.diagnostics.map((x) => x.ruleId)).not.toContain('normalize:site-furniture');
    expect(d.targets.map((t) => [t.indicator.label, t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.level])).toEqual([
      ['Tỷ lệ nhiệm vụ trong Kế hoạch CCHC năm 2027 hoàn thành đúng tiến độ', 100, 'percent', 'eq', 2027, null],
      ['Tỷ lệ cơ quan, đơn vị, địa phương được kiểm tra công tác CCHC', 30, 'percent', 'gte', 2027, 'province'],
      ['Tỷ lệ cơ quan, đơn vị, địa phương được kiểm tra công tác CCHC', 25, 'percent', 'gte', 2027, 'commune'],
      ['Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ', 7, 'duration', 'lte', 2027, 'commune'],
    ]);
    for (const t of d.targets) expect(d.text!.slice(t.source.start, t.source.end)).toBe(t.source.quote);
  });
});

describe('tables laid out in columns: centred names, a page break, sub-rows', () => {
  it('reads under centred header names, goes on past a page number to the next row, and gives a "- Cấp tỉnh" sub-row its row\'s label', async () => {
    const text = ['KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'An Giang, ngày 28 tháng 12 năm 2026', 'PHỤ LỤC I', 'CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2027',
      ' STT                   Nhiệm vụ/Chỉ tiêu                      Đơn vị        Chỉ tiêu      Cơ quan chủ trì',
      '                                                              tính           2027',
      ' I    CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '  1   Tỷ lệ cơ quan chuyên môn thuộc UBND tỉnh được             %             ≥ 30        Sở Nội vụ',
      '      kiểm tra công tác CCHC',
      '  2   Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
      '      - Cấp tỉnh                                                %             100         Văn phòng UBND tỉnh',
      '      - Cấp xã                                                  %              90         UBND cấp xã',
      '', '\f                                              7', '',
      '  3   Mức độ hài lòng của người dân, doanh nghiệp về',
      '      giải quyết TTHC                                           %             ≥ 92        Sở Nội vụ'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.indicator.label, t.value.value, t.value.comparator, t.deadline.year, t.level])).toEqual([
      ['Tỷ lệ cơ quan chuyên môn thuộc UBND tỉnh được kiểm tra công tác CCHC', 30, 'gte', 2027, 'province'],
      ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC Cấp tỉnh', 100, 'eq', 2027, 'province'],
      ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC Cấp xã', 90, 'eq', 2027, 'commune'],
      ['Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC', 92, 'gte', 2027, null],
    ]);
    for (const t of d.targets) expect(d.text!.slice(t.source.start, t.source.end)).toBe(t.source.quote);
  });
});

describe('round 17 table layouts', () => {
  it('"Điểm năm 2026 | … | Xếp hạng": a rank column with no year is of the dated column before it', () => {
    expect(values([
      'TT | Chỉ số nội dung | Điểm năm 2026 | Xếp hạng | Nhóm',
      '1 | Tham gia của người dân ở cấp cơ sở | 5,12 | 7/34 | Cao nhất',
    ]).map((v) => [v[1], v[3], v[5], v[6]])).toEqual([[5.12, 'score', 2026, false], [7, 'rank', 2026, false]]);
  });
  it('a one-cell-per-line table ten cells wide ("TT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Năm 2026 … Năm 2030 | Cơ quan") is read', async () => {
    const cells = ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2025', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030', 'Cơ quan chủ trì',
      '1', 'Tỷ trọng kinh tế số trong GRDP', '%', '11,4', '13', '15', '19', '24', '30', 'Sở Tài chính',
      '2', 'Tỷ lệ dân số trưởng thành có kỹ năng số cơ bản', '%', '52,6', '62', '70', '78', '85', '90', 'Sở Khoa học và Công nghệ'];
    const text = ['KẾ HOẠCH', 'Thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2026 - 2030', 'Tây Ninh, ngày 20 tháng 01 năm 2026', 'PHỤ LỤC', '',
      ...cells.flatMap((c) => [c, '|'])].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.deadline.year, t.kind])).toEqual([
      [11.4, 2025, 'result'], [13, 2026, 'target'], [15, 2027, 'target'], [19, 2028, 'target'], [24, 2029, 'target'], [30, 2030, 'target'],
      [52.6, 2025, 'result'], [62, 2026, 'target'], [70, 2027, 'target'], [78, 2028, 'target'], [85, 2029, 'target'], [90, 2030, 'target']]);
  });
});

describe('readTables: a unit per visit in the indicator\'s bracket', () => {
  it('"Thời gian chờ bình quân (phút/lượt)" is a duration', () => {
    expect(values([
      'TT | Chỉ tiêu | Quý I/2027 | Quý II/2027',
      '1 | Thời gian chờ bình quân (phút/lượt) | 18 | 17',
    ]).map((v) => [v[1], v[3]])).toEqual([[18, 'duration'], [17, 'duration']]);
  });
});

describe('readTables: an index table of bare fractions', () => {
  it('"Trụ cột/Chỉ số thành phần | Năm 2025 | Mục tiêu năm 2027" with "0,7240" cells gives scores', () => {
    expect(values([
      'TT | Trụ cột/Chỉ số thành phần | Năm 2025 | Mục tiêu năm 2027 | Cơ quan chủ trì',
      '1 | Chuyển đổi nhận thức | 0,7240 | 0,78 | Sở Khoa học và Công nghệ',
    ]).map((v) => [v[1], v[3], v[5]])).toEqual([[0.724, 'score', 2025], [0.78, 'score', 2027]]);
  });
});

describe('round 21 table layouts', () => {
  const extract = async (lines: string[]) => (await extractBytes(new TextEncoder().encode(lines.join('\n')), 'case.txt')).targets;

  it('a column-laid table with blank lines between its rows is read; "Đơn vị" beside "Chỉ tiêu" is the unit column; "Nhóm 20" is a rank group (lte)', async () => {
    const t = await extract(['QUYẾT ĐỊNH', 'Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2026 - 2030', 'Ninh Bình, ngày 26 tháng 12 năm 2025',
      'PHỤ LỤC I', 'MỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030',
      ' TT                      Chỉ tiêu                   Đơn vị          Năm 2026    Năm 2028    Năm 2030', '',
      ' 1     Chi cho nghiên cứu và phát triển              % GRDP            1,0         1,5         2,0',
      '       (R&D) so với GRDP', '',
      ' 2     Tỷ lệ doanh nghiệp có hoạt động đổi',
      '       mới sáng tạo                                  %                  25          32          40', '',
      ' 3     Xếp hạng Chỉ số chuyển đổi số cấp             Thứ hạng        Nhóm 20     Nhóm 15     Nhóm 10',
      '       tỉnh (DTI)', '', ' Ghi chú: Chỉ tiêu số 1 do Cục Thống kê tỉnh công bố.']);
    expect(t.map((x) => [x.value.value, x.value.unit, x.value.comparator, x.deadline.year])).toEqual([
      [1, 'percent', 'eq', 2026], [1.5, 'percent', 'eq', 2028], [2, 'percent', 'eq', 2030],
      [25, 'percent', 'eq', 2026], [32, 'percent', 'eq', 2028], [40, 'percent', 'eq', 2030],
      [20, 'rank', 'lte', 2026], [15, 'rank', 'lte', 2028], [10, 'rank', 'lte', 2030]]);
  });

  it('a past year\'s "Kế hoạch 2025" column holds targets, its "Thực hiện 2025" column results', async () => {
    const t = await extract(['KẾ HOẠCH', 'Chuyển đổi số phường Hải Châu năm 2026', 'Đà Nẵng, ngày 08 tháng 01 năm 2026', 'I. KẾT QUẢ NĂM 2025',
      '| Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2025 | Đánh giá |', '|---|---|---|---|',
      '| Tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình | ≥ 60% | 68,4% | Vượt |']);
    expect(t.map((x) => [x.value.value, x.value.comparator, x.deadline.year, x.kind])).toEqual([[60, 'gte', 2025, 'target'], [68.4, 'eq', 2025, 'result']]);
  });

  it('a rank row "Không thấp hơn 18/34" is a place of 18th or better (lte) and restates the body\'s "không thấp hơn thứ 18/34"', async () => {
    const t = await extract(['Tuyên Quang, ngày 20 tháng 12 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'I. MỤC TIÊU',
      '- Chỉ số chuyển đổi số (DTI) của tỉnh xếp hạng không thấp hơn thứ 18/34 tỉnh, thành phố.', 'PHỤ LỤC',
      '| STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2027 |', '|---|---|---|---|',
      '| 1 | Xếp hạng Chỉ số chuyển đổi số (DTI) của tỉnh | Thứ hạng | Không thấp hơn 18/34 |']);
    expect(t.map((x) => [x.value.value, x.value.unit, x.value.comparator, x.alsoAt.length])).toEqual([[18, 'rank', 'lte', 1]]);
  });

  it('a table cell "Trên 85%" does not take a body "tối thiểu … 85%" of another indicator as its restatement', async () => {
    const t = await extract(['KẾ HOẠCH', 'Nâng cao Chỉ số SIPAS năm 2026', 'Gia Lai, ngày 12 tháng 5 năm 2026',
      '| TT | Chỉ số thành phần | Kết quả năm 2025 | Mục tiêu năm 2026 |', '|---|---|---|---|', '| 1 | Thủ tục hành chính | 82,10% | Trên 85% |',
      'IV. NHIỆM VỤ', 'c) Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC lần lượt đạt tối thiểu 95% và 85% đối với cấp tỉnh và cấp xã.']);
    expect(t.filter((x) => x.value.value === 85).map((x) => [x.value.comparator, x.level, x.alsoAt.length])).toEqual([['gt', null, 0], ['gte', 'commune', 0]]);
  });
});

describe('round 22 table layouts', () => {
  const extract = async (lines: string[]) => (await extractBytes(new TextEncoder().encode(lines.join('\n')), 'case.txt')).targets;

  it('a table by unit: "Tỷ lệ …" columns and "Đơn vị tính: %" give shares, "Các xã" is the commune level, and the "Toàn tỉnh" row restates the body target', async () => {
    const t = await extract(['Đồng Tháp, ngày 16 tháng 01 năm 2026', 'QUYẾT ĐỊNH', 'Giao chỉ tiêu cải cách hành chính năm 2026',
      'Điều 1. Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt từ 98% trở lên.', 'PHỤ LỤC', 'Đơn vị tính: %',
      '| STT | Cơ quan, đơn vị | Tỷ lệ hồ sơ giải quyết đúng hạn | Tỷ lệ hồ sơ nộp trực tuyến |', '|---|---|---|---|',
      '| 1 | Sở Tài chính | 100 | ≥ 90 |', '| 2 | Các xã | ≥ 99,5 | 50 - 60 |', '| | Toàn tỉnh | ≥ 98 | ≥ 70 |']);
    expect(t.map((x) => [x.value.value, x.value.unit, x.value.comparator, x.level, x.alsoAt.length])).toEqual([
      [98, 'percent', 'gte', null, 1], [100, 'percent', 'eq', null, 0], [90, 'percent', 'gte', null, 0],
      [99.5, 'percent', 'gte', 'commune', 0], [50, 'percent', 'between', 'commune', 0], [70, 'percent', 'gte', null, 0]]);
  });

  it('"Thời gian sau đơn giản hóa (ngày)" holds durations', async () => {
    const t = await extract(['Gia Lai, ngày 20 tháng 01 năm 2026', 'KẾ HOẠCH', 'Đơn giản hóa thủ tục hành chính nội bộ năm 2026', 'PHỤ LỤC',
      '| STT | Tên thủ tục | Cơ quan chủ trì | Thời gian hiện hành (ngày) | Thời gian sau đơn giản hóa (ngày) | Tỷ lệ cắt giảm (%) |', '|---|---|---|---|---|---|',
      '| 1 | Phê duyệt kế hoạch tuyển dụng viên chức | Sở Nội vụ | 30 | 20 | 33,3 |']);
    expect(t.map((x) => [x.value.value, x.value.unit, x.change?.direction ?? null])).toEqual([[20, 'duration', null], [33.3, 'percent', 'decrease']]);
  });
});

describe('round 24 table layouts', () => {
  it('a ranking copied one cell per line (a wrapped header cell, "Xếp hạng" first) gives each unit its place and its score as results of the column\'s year; a score stated in the body too is one record', async () => {
    const cells = (xs: string[]) => xs.join('\n|\n').split('\n');
    const text = ['Hưng Yên, ngày 20 tháng 5 năm 2026', 'THÔNG BÁO', 'Kết quả Chỉ số cải cách hành chính năm 2025', 'I. KẾT QUẢ CHUNG',
      '- Sở Tư pháp tiếp tục dẫn đầu với 93,15 điểm.', '- Về xếp loại: 05 cơ quan đạt loại Tốt (từ 90 điểm trở lên); 08 cơ quan đạt loại Khá (từ 80 đến dưới 90 điểm).',
      '- Có 09 xã, phường đạt loại Tốt, chiếm 8,65%; 58 đơn vị đạt loại Khá (55,77%).', 'II. KẾT QUẢ XẾP HẠNG CỤ THỂ',
      ...cells(['Xếp', 'hạng']).slice(0, 1), 'hạng', '|', 'Cơ quan, đơn vị', '|', 'Điểm Chỉ số', 'CCHC năm 2025', '|', 'Xếp loại',
      ...cells(['1', 'Sở Tư pháp', '93,15', 'Tốt']), ...cells(['2', 'Sở Tài chính', '92,48', 'Tốt'])].join('\n');
    const t = (await extractBytes(new TextEncoder().encode(text), 'case.txt')).targets;
    expect(t.map((x) => [x.value.value, x.value.unit, x.kind, x.deadline.year, x.alsoAt.length])).toEqual([
      [93.15, 'score', 'result', 2025, 1], [5, 'count', 'result', 2025, 0], [8, 'count', 'result', 2025, 0], [9, 'count', 'result', 2025, 0],
      [8.65, 'percent', 'result', 2025, 0], [58, 'count', 'result', 2025, 0], [55.77, 'percent', 'result', 2025, 0],
      [1, 'rank', 'result', 2025, 0], [2, 'rank', 'result', 2025, 0], [92.48, 'score', 'result', 2025, 0]]);
  });
});

describe('round 25 table layouts', () => {
  it('a ranking with its places in a "Xếp hạng" column after "TT" keeps its rows whole though a place equals the next row number; a heading a trailing "|" left among the cells does not swallow the next table\'s "TT"', async () => {
    const cells = (xs: string[]) => [...xs.join('\n|\n').split('\n'), '|'];
    const head = ['TT', 'ĐƠN VỊ', 'SỐ PHIẾU HỢP LỆ', 'CHỈ SỐ HÀI LÒNG (%)', 'XẾP HẠNG'];
    const text = ['Gia Lai, ngày 23 tháng 01 năm 2026', 'THÔNG BÁO', 'Kết quả Chỉ số hài lòng năm 2025', 'PHỤ LỤC', 'KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2025',
      'I. KHỐI CƠ QUAN CHUYÊN MÔN CẤP TỈNH', ...cells(head), ...cells(['1', 'Sở Tài chính', '96', '90,85', '3']), ...cells(['2', 'Sở Tư pháp', '90', '93,18', '1']),
      ...cells(['3', 'Sở Công Thương', '88', '89,62', '4']), ...cells(['4', 'Sở Xây dựng', '120', '82,35', '2']),
      'II. KHỐI ỦY BAN NHÂN DÂN CẤP XÃ (trích 05 đơn vị cao nhất)', ...cells(head), ...cells(['1', 'Phường Quy Nhơn', '150', '94,26', '1'])].join('\n');
    const t = (await extractBytes(new TextEncoder().encode(text), 'case.txt')).targets;
    expect(t.filter((x) => x.value.unit === 'rank').map((x) => x.value.value)).toEqual([3, 1, 4, 2, 1]);
    expect(t.filter((x) => x.value.unit === 'percent').map((x) => [x.value.value, x.deadline.year, x.kind])).toEqual([
      [90.85, 2025, 'result'], [93.18, 2025, 'result'], [89.62, 2025, 'result'], [82.35, 2025, 'result'], [94.26, 2025, 'result']]);
    expect(t.some((x) => x.value.unit === 'count')).toBe(false);
  });
});

describe('columns of groups of units, and a table of units by who leads', () => {
  it('readTables: "Nhóm I: Sở, ngành thành phố | Nhóm II: 31 phường | Nhóm III: 72 xã" are level columns; "Đạt 88 điểm trở lên" and "Ít nhất 30% số đơn vị trực thuộc" are values', () => {
    const got = readTables(rows(['TT | Chỉ tiêu | Nhóm I: Sở, ngành thành phố | Nhóm II: 31 phường | Nhóm III: 72 xã',
      '1 | Tỷ lệ hồ sơ trễ hạn | Dưới 0,5% | Dưới 1% | Dưới 1,5%',
      '2 | Điểm Chỉ số CCHC | Đạt 88 điểm trở lên | 84 - 86 điểm | -',
      '3 | Tự kiểm tra CCHC | Ít nhất 30% số đơn vị trực thuộc | - | -']));
    expect(got.map((v) => [v.value, v.max, v.unit, v.comparator, v.level, v.year])).toEqual([
      [0.5, null, 'percent', 'lt', 'province', null], [1, null, 'percent', 'lt', 'commune', null], [1.5, null, 'percent', 'lt', 'commune', null],
      [88, null, 'score', 'gte', 'province', null], [84, 86, 'score', 'between', 'commune', null], [30, null, 'percent', 'gte', 'province', null]]);
    // one group column alone is who does a task, not a level
    expect(values(['TT | Chỉ tiêu | Sở, ngành | Thời hạn', '1 | Tỷ lệ hồ sơ trễ hạn | Dưới 0,5% | Quý IV'])).toEqual([]);
  });
  it('readTables: "Cơ quan chủ trì" first is the row\'s unit, and "Trong đó: …" counts a part of the column before it; not in a table of tasks', () => {
    const got = readTables(rows(['TT | Cơ quan chủ trì | Số TTHC rà soát | Trong đó: TTHC liên quan hoạt động kinh doanh | Thời hạn hoàn thành',
      '1 | Sở Tài chính | 78 | 42 | Quý III/2027', ' | Tổng cộng | 520 | 180 | ']));
    expect(got.map((v) => [v.label, v.value, v.unit, v.unitRow ?? false])).toEqual([
      ['Số TTHC rà soát – Sở Tài chính', 78, 'count', true], ['TTHC liên quan hoạt động kinh doanh – Sở Tài chính', 42, 'count', true],
      ['Số TTHC rà soát', 520, 'count', false], ['TTHC liên quan hoạt động kinh doanh', 180, 'count', false]]);
    expect(readTables(rows(['TT | Cơ quan chủ trì | Nội dung nhiệm vụ | Số văn bản | Thời hạn', '1 | Sở Tư pháp | Rà soát văn bản | 12 | Quý II']))).toEqual([]);
  });
});

describe('a sub-row that lost its empty number cell', () => {
  it('readTables: "| - Cấp xã | 90% | 100%" under "STT | Chỉ tiêu | Năm 2026 | Năm 2027" keeps its columns and the table goes on', () => {
    expect(values(['STT | Chỉ tiêu | Năm 2026 | Năm 2027', '1 | Tỷ lệ số hóa hồ sơ | | ', ' - Cấp thành phố | 100% | 100%', ' - Cấp xã | 90% | 100%',
      '2 | Tỷ lệ thanh toán trực tuyến | Trên 65% | Trên 75%'])).toEqual([
      ['- Cấp thành phố', 100, null, 'percent', 'eq', 2026, false], ['- Cấp thành phố', 100, null, 'percent', 'eq', 2027, false],
      ['- Cấp xã', 90, null, 'percent', 'eq', 2026, false], ['- Cấp xã', 100, null, 'percent', 'eq', 2027, false],
      ['Tỷ lệ thanh toán trực tuyến', 65, null, 'percent', 'gt', 2026, false], ['Tỷ lệ thanh toán trực tuyến', 75, null, 'percent', 'gt', 2027, false]]);
  });
});

describe('levels that repeat the whole, and a table with no number column', () => {
  it('readTables: "Dưới 1% | Dưới 1% | Dưới 1%" under "Chỉ tiêu năm 2027 | Cấp tỉnh | Cấp xã" is one value; levels that differ stay', () => {
    const got = readTables(rows(['STT | Nhiệm vụ/Chỉ tiêu | Chỉ tiêu năm 2027 | Cấp tỉnh | Cấp xã | Ghi chú',
      '5 | Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến | Không dưới 80% | Tối thiểu 90% | Tối thiểu 75% | Bình quân toàn tỉnh',
      '6 | Tỷ lệ hồ sơ giải quyết trễ hạn | Dưới 1% | Dưới 1% | Dưới 1% | ']));
    expect(got.map((v) => [v.value, v.comparator, v.level, v.year])).toEqual([[80, 'gte', null, 2027], [90, 'gte', 'province', null], [75, 'gte', 'commune', null], [1, 'lt', null, 2027]]);
  });
  it('a quarter table copied one cell per line with no "STT": each row is its indicator and four values', async () => {
    const d = await extractBytes(new TextEncoder().encode(['Thanh Hóa, ngày 20 tháng 12 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'II. CHỈ TIÊU',
      '3. Chỉ tiêu theo quý như sau:', 'Chỉ tiêu', '|', 'Quý I', '|', 'Quý II', '|', 'Quý III', '|', 'Quý IV', '|',
      'Tỷ lệ hồ sơ TTHC trực tuyến toàn trình (%)', '|', '62', '|', '66', '|', '70', '|', '75', '|',
      'Số lượt người được tập huấn (lượt)', '|', '30', '|', '45', '|', '40', '|', '35', 'III. NHIỆM VỤ'].join('\n')), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.deadline.year])).toEqual([
      [62, 'percent', 2027], [66, 'percent', 2027], [70, 'percent', 2027], [75, 'percent', 2027], [30, 'count', 2027], [45, 'count', 2027], [40, 'count', 2027], [35, 'count', 2027]]);
    expect(d.targets[0]!.indicator.label).toBe('Tỷ lệ hồ sơ TTHC trực tuyến toàn trình (%)');
  });
  it('a table under a heading that reports ("2. Kết quả tập sự, …") holds results; a target its note names is one', async () => {
    const d = await extractBytes(new TextEncoder().encode(['Phú Thọ, ngày 15 tháng 12 năm 2026', 'BÁO CÁO', 'Chất lượng công chức năm 2026', 'I. KẾT QUẢ',
      '2. Kết quả tập sự, đánh giá và bồi dưỡng', 'Biểu 01. Chất lượng công chức được tuyển dụng, bồi dưỡng năm 2026', '| Nội dung | Cấp tỉnh | Cấp xã |',
      '| Số công chức được tuyển dụng (người) | 142 | 344 |', 'Ghi chú: Chỉ tiêu năm 2027: tối thiểu 90% công chức cấp xã được bồi dưỡng kỹ năng chuyển đổi số.'].join('\n')), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.kind, t.deadline.year, t.level])).toEqual([[142, 'result', 2026, 'province'], [344, 'result', 2026, 'commune'], [90, 'target', 2027, 'commune']]);
  });
});

describe('round 42-43 table layouts', () => {
  it('readTables: "Thủ tục | Thời gian theo quy định (ngày) | Thời gian cam kết (ngày)" gives the committed time; "Chuẩn tối thiểu | Mục tiêu 2027" both targets; a group row "(trong nhóm …)" holds places or better', () => {
    expect(values(['TT | Thủ tục | Thời gian theo quy định (ngày) | Thời gian cam kết (ngày)', '3 | Tách thửa, hợp thửa đất | 15 | 10'])).toEqual([['Tách thửa, hợp thửa đất', 10, null, 'duration', 'eq', null, false]]);
    expect(values(['TT | Tiêu chí | Chuẩn tối thiểu | Mục tiêu 2027', '1 | Thời gian chờ đến lượt bình quân | Không quá 20 phút | Không quá 15 phút'])).toEqual([
      ['Thời gian chờ đến lượt bình quân', 20, null, 'duration', 'lte', null, false], ['Thời gian chờ đến lượt bình quân', 15, null, 'duration', 'lte', 2027, false]]);
    expect(values(['STT | Chỉ tiêu | ĐVT | 2026 | 2027', '9 | Xếp hạng Chỉ số CCHC của tỉnh (trong nhóm … tỉnh, thành phố dẫn đầu) | Nhóm | 20 | 18']).map((v) => [v[1], v[3], v[4]]))
      .toEqual([[20, 'rank', 'lte'], [18, 'rank', 'lte']]);
  });
  it('readTables: a unit table\'s "Xếp hạng" column gives each unit\'s place', () => {
    const got = readTables(rows(['TT | Xã, phường | Tỷ lệ hồ sơ trực tuyến (%) | Xếp hạng', '1 | Xã Ia Pnôn | 12,48 | 135/135']));
    expect(got.map((v) => [v.value, v.unit])).toEqual([[12.48, 'percent'], [135, 'rank']]);
  });
  it('a pipe header with no digits is a table\'s, not a site menu: "Xếp hạng | Đơn vị | Điểm | Xếp loại"', async () => {
    const d = await extractBytes(new TextEncoder().encode(['Bắc Ninh, ngày 22 tháng 01 năm 2027', 'QUYẾT ĐỊNH', 'Phê duyệt kết quả Chỉ số CCHC năm 2026',
      'PHỤ LỤC I', 'KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2026 CỦA CÁC SỞ, BAN, NGÀNH', 'Xếp hạng | Đơn vị | Điểm | Xếp loại', '1 | Sở Tư pháp | 93,46 | Xuất sắc', '2 | Sở Nội vụ | 92,10 | Xuất sắc'].join('\n')), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.kind, t.deadline.year])).toEqual([[1, 'rank', 'result', 2026], [93.46, 'score', 'result', 2026], [2, 'rank', 'result', 2026], [92.1, 'score', 'result', 2026]]);
  });
  it('"Tỷ lệ tối thiểu phải đạt đến hết mỗi quý:" above a quarter table makes its bare cells floors', async () => {
    const d = await extractBytes(new TextEncoder().encode(['Quảng Trị, ngày 18 tháng 12 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2027', 'PHỤ LỤC', 'CHỈ TIÊU THEO QUÝ NĂM 2027',
      'Tỷ lệ tối thiểu phải đạt đến hết mỗi quý:', 'TT | Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV', '1 | Học sinh có học bạ số | 30% | 50% | 65% | 80%'].join('\n')), 'case.txt');
    expect(d.targets.map((t) => [t.value.value, t.value.comparator])).toEqual([[30, 'gte'], [50, 'gte'], [65, 'gte'], [80, 'gte']]);
  });
});

describe('round 44-45 table layouts', () => {
  it('readTables: "Thời hạn phấn đấu năm 2027" is the column of times the plan commits to; the current one is a baseline', () => {
    expect(values(['| STT | Tên thủ tục hành chính | Thời hạn theo quy định hiện hành | Thời hạn phấn đấu năm 2027 | Tỷ lệ cắt giảm |',
      '| 2 | Đăng ký thay đổi nội dung đăng ký doanh nghiệp | 03 ngày làm việc | 01 ngày làm việc | 66,7% |']).map((v) => [v[1], v[3], v[5]]))
      .toEqual([[1, 'duration', 2027], [66.7, 'percent', null]]);
  });
  it('readTables: a unit table\'s "DTI 2026 (điểm)" column holds scores beside "PAR INDEX 2026 (%)"', () => {
    const got = readTables(rows(['Địa phương | PAR INDEX 2026 (%) | Xếp hạng | DTI 2026 (điểm) | Xếp hạng', 'Cần Thơ | 88,14 | 12/34 | 0,7128 | 9/34']));
    expect(got.map((v) => [v.value, v.unit])).toEqual([[88.14, 'percent'], [12, 'rank'], [0.7128, 'score'], [9, 'rank']]);
  });
});

describe('columns of counts to reach and of changes against a year (round 71)', () => {
  it('"Số đơn vị đến năm 2030 (tối đa)" holds ceilings of 2030; "Tỷ lệ giảm biên chế so với năm 2025 (tối thiểu, %)" floors of decreases against 2025, of the year the columns aim at', async () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'Số: 512/QĐ-UBND', 'Đắk Lắk, ngày 18 tháng 3 năm 2026', '', 'QUYẾT ĐỊNH', 'Phê duyệt Phương án sắp xếp đơn vị sự nghiệp công lập giai đoạn 2026 - 2030', '',
      'PHỤ LỤC', 'CHỈ TIÊU SẮP XẾP ĐƠN VỊ VÀ GIẢM BIÊN CHẾ THEO LĨNH VỰC ĐẾN NĂM 2030', 'STT', 'Lĩnh vực', 'Số đơn vị tại 31/12/2025', 'Số đơn vị đến năm 2030 (tối đa)',
      'Tỷ lệ giảm biên chế so với năm 2025 (tối thiểu, %)', '1', 'Giáo dục và đào tạo', '1.302', '1.180', '9', '2', 'Y tế', '58', '41', '13'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.kind, t.change && `${t.change.direction}:${t.change.baselineYear}`])).toEqual([
      [1302, 'count', 'eq', 2025, 'result', null], [1180, 'count', 'lte', 2030, 'target', null], [9, 'percent', 'gte', 2030, 'target', 'decrease:2025'],
      [58, 'count', 'eq', 2025, 'result', null], [41, 'count', 'lte', 2030, 'target', null], [13, 'percent', 'gte', 2030, 'target', 'decrease:2025'],
    ]);
  });
});

describe('a list of communes by name with their rates (round 72)', () => {
  it('"TT | Xã | Tỷ lệ … (%) | Tỷ lệ … (%)" gives each commune\'s rates, results of the stretch its caption names', async () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', 'Số: 2917/UBND-KSTT', 'Cao Bằng, ngày 14 tháng 7 năm 2027', '', 'V/v đẩy mạnh dịch vụ công trực tuyến', '',
      'Kính gửi: Ủy ban nhân dân các xã, phường.', 'PHỤ LỤC', 'DANH SÁCH CÁC XÃ CÓ TỶ LỆ HỒ SƠ TRỰC TUYẾN DƯỚI 25%', 'Số liệu từ ngày 01/01/2027 đến ngày 30/6/2027',
      'TT', 'Xã', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)', '1', 'Xã Cô Ba', '14,8', '41,2', '2', 'Xã Cốc Pàng', '17,3', '38,5'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.indicator.label, t.value.value, t.value.unit, t.deadline.year, t.kind, t.level])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – Xã Cô Ba', 14.8, 'percent', 2027, 'result', 'commune'],
      ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC – Xã Cô Ba', 41.2, 'percent', 2027, 'result', 'commune'],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – Xã Cốc Pàng', 17.3, 'percent', 2027, 'result', 'commune'],
      ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC – Xã Cốc Pàng', 38.5, 'percent', 2027, 'result', 'commune'],
    ]);
  });
});

describe('bounds a note gives a table, and a pipe row wrapped in its first cell (round 74)', () => {
  const run = (lines: string[]) => extractBytes(new TextEncoder().encode(lines.join('\n')), 'case.txt', { includeText: true });
  it('a note above a pipe table ("là mức tối thiểu …") makes its bare cells floors; a first cell wrapped before its "|" is still the row\'s', async () => {
    const d = await run(['ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Số: 27/KH-UBND', 'Thanh Hóa, ngày 15 tháng 01 năm 2027', '', 'KẾ HOẠCH', 'Thanh toán trực tuyến năm 2027', '',
      '2. Chỉ tiêu theo quý năm 2027', '(Số liệu tính lũy kế đến ngày cuối cùng của quý; là mức tối thiểu các cơ quan, đơn vị, địa phương phải đạt)', '',
      '| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV |', '| 1. Tỷ lệ hồ sơ TTHC có yêu cầu nghĩa vụ tài chính được', 'thanh toán trực tuyến (toàn tỉnh) | 70% | 73% | 76% | 80% |',
      '| 2. Tỷ lệ hồ sơ trực tuyến đăng nhập bằng tài khoản VNeID | 88% | 90% | 92% | 95% |']);
    expect(d.targets.map((t) => [t.value.value, t.value.comparator, t.deadline.year])).toEqual([
      [70, 'gte', 2027], [73, 'gte', 2027], [76, 'gte', 2027], [80, 'gte', 2027], [88, 'gte', 2027], [90, 'gte', 2027], [92, 'gte', 2027], [95, 'gte', 2027]]);
    expect(d.targets[0]!.indicator.label).toContain('thanh toán trực tuyến (toàn tỉnh)');
  });
  it('so does a note under a table laid out one cell per line ("Ghi chú: Số liệu tại các cột Quý I, Quý II, Quý III là mức tối thiểu …")', async () => {
    const d = await run(['ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', 'Số: 486/KH-UBND', 'Đà Nẵng, ngày 26 tháng 01 năm 2028', '', 'KẾ HOẠCH', 'Chính quyền số năm 2028', '',
      'PHỤ LỤC', 'CHỈ TIÊU CHÍNH QUYỀN SỐ NĂM 2028 THEO QUÝ', 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I', 'Quý II', 'Quý III',
      '1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '74', '76', '78', '2', 'Tỷ lệ văn bản điện tử được ký số', '%', '97,4', '97,6', '97,8',
      'Ghi chú: Số liệu tại các cột Quý I, Quý II, Quý III là mức tối thiểu phải đạt tính đến hết quý.']);
    expect(d.targets.map((t) => [t.value.value, t.value.comparator])).toEqual([[74, 'gte'], [76, 'gte'], [78, 'gte'], [97.4, 'gte'], [97.6, 'gte'], [97.8, 'gte']]);
  });
  it('a total row restates an index the body gives in per cent ("Tổng cộng | 100 | 85,47 | ≥ 88,00" and "… đạt 85,47%", "… đạt từ 88% trở lên")', async () => {
    const d = await run(['ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', 'Số: 1842/KH-UBND', 'Điện Biên, ngày 20 tháng 3 năm 2027', '', 'KẾ HOẠCH', 'Nâng cao Chỉ số CCHC năm 2027', '',
      'Năm 2026, Chỉ số CCHC của tỉnh Điện Biên đạt 85,47%. Năm 2027, Chỉ số CCHC của tỉnh đạt từ 88% trở lên.', '',
      '| TT | Chỉ số thành phần | Điểm tối đa | Điểm 2026 | Mục tiêu 2027 |', '|---|---|---|---|---|', '| 1 | Công tác chỉ đạo, điều hành CCHC | 9,00 | 7,64 | ≥ 8,20 |',
      '|  | Tổng cộng | 100 | 85,47 | ≥ 88,00 |']);
    expect(d.targets.map((t) => [t.value.value, t.kind, t.alsoAt.length])).toEqual([[85.47, 'result', 1], [88, 'target', 1], [7.64, 'result', 0], [8.2, 'target', 0]]);
  });
});

describe('a table of the PAPI\'s axes (round 77)', () => {
  it('"Trục nội dung | Mục tiêu năm 2027 | Mục tiêu đến năm 2030" holds scores of an index\'s parts', async () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 1186/KH-UBND', 'Hà Tĩnh, ngày 20 tháng 4 năm 2027', '', 'KẾ HOẠCH', 'Nâng cao Chỉ số PAPI giai đoạn 2027 - 2030', '',
      'Bảng 2. Mục tiêu điểm số các trục nội dung PAPI', '| TT | Trục nội dung | Mục tiêu năm 2027 | Mục tiêu đến năm 2030 |',
      '| 1 | Tham gia của người dân ở cấp cơ sở | ≥ 5,40 | ≥ 5,80 |', '| 2 | Quản trị điện tử | ≥ 4,50 | ≥ 5,50 |'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'case.txt', { includeText: true });
    expect(d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year])).toEqual([
      [5.4, 'score', 'gte', 2027], [5.8, 'score', 'gte', 2030], [4.5, 'score', 'gte', 2027], [5.5, 'score', 'gte', 2030]]);
  });
});
