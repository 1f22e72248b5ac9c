/**
 * Metadata stage, rule by rule: document numbers, date phrases, periods, issuers in running
 * text, citations, and whole front matters (formal header, parent/child header, central
 * body, news article, library copy, nothing at all). Documents are built here line by line
 * (one paragraph per line, as the normalizer emits them), so these tests do not depend on
 * the normalizer's re-flow rules.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../schemas/document.ts';
import type { Work } from '../pipeline/model.ts';
import { OffsetMap } from '../pipeline/offsets.ts';
import {
  findDatePhrase, findNumericDate, findPeriod, titlePeriod, metadata, parseNumber, readCitations, readIssuer,
} from '../pipeline/metadata.ts';

/** A Work whose paragraphs are the given lines. */
function workOf(lines: string[]): Work {
  const text = lines.join('\n');
  const paragraphs = [];
  let at = 0;
  for (const line of lines) {
    paragraphs.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  const map = OffsetMap.identity(text.length);
  return {
    path: 'test.txt', sha256: '0'.repeat(64), bytes: text.length,
    loaded: {
      format: 'text', original: text, text, map, hardWrapped: false, pageStarts: null, encoding: 'utf-8', ocr: false, diagnostics: [],
    },
    text, map, paragraphs, outline: [], metadata: { citations: [] }, targets: [], diagnostics: [], repairs: [],
  };
}

const ws = (s: string) => s.replace(/\s+/g, ' ');

/** Every span points at its value's source: the value itself for text fields. */
function expectGrounded(work: Work): void {
  const md = work.metadata;
  const slice = (f: { start: number; end: number }) => work.text.slice(f.start, f.end);
  for (const key of ['number', 'issuer', 'place', 'signer', 'title'] as const) {
    const f = md[key];
    if (f) expect(ws(slice(f)), key).toBe(f.value);
  }
  for (const f of [md.kind, md.date]) if (f) expect(slice(f).length).toBeGreaterThan(0);
  if (md.period) expect(slice(md.period)).toBe(md.period.text);
  if (md.province) expect(slice(md.province).length).toBeGreaterThan(0);
  for (const c of md.citations) {
    expect(slice(c)).toBe(c.text);
    if (c.number) expect(c.text).toContain(c.number);
  }
  for (const f of Object.values(md.library ?? {})) expect(slice(f).length).toBeGreaterThan(0);
}

const ruleIds = (work: Work) => work.diagnostics.map((d) => d.ruleId).sort();

describe('parseNumber: the codes of a document number', () => {
  it.each([
    ['3993/KH-UBND', { kind: 'kế hoạch', issuerCode: 'UBND', year: null }],
    ['212/2025/QĐ-UBND', { kind: 'quyết định', issuerCode: 'UBND', year: 2025 }],
    ['05-NQ/TU', { kind: 'nghị quyết', issuerCode: 'TU', year: null }],
    ['57-NQ/TW', { kind: 'nghị quyết', issuerCode: 'TW', year: null }],
    ['3759/BNV-CCHC', { kind: 'công văn', issuerCode: 'BNV', year: null }],
    ['2839/TTr-SNV', { kind: 'tờ trình', issuerCode: 'SNV', year: null }],
    ['23/CT-TTg', { kind: 'chỉ thị', issuerCode: 'TTg', year: null }],
    ['61/2018/NĐ-CP', { kind: 'nghị định', issuerCode: 'CP', year: 2018 }],
    ['01/2018/TT-VPCP', { kind: 'thông tư', issuerCode: 'VPCP', year: 2018 }],
    ['15/CĐ-UBND', { kind: 'công điện', issuerCode: 'UBND', year: null }],
    ['80/2015/QH13', { kind: null, issuerCode: 'QH', year: 2015 }],
  ])('%s', (number, expected) => {
    expect(parseNumber(number)).toEqual(expected);
  });
});

describe('date phrases', () => {
  it.each([
    ['Kon Tum, ngày 05 tháng 11 năm 2021', '2021-11-05', 'ngày 05 tháng 11 năm 2021'],
    ['ngày 30 tháng 5 năm 2024 của', '2024-05-30', 'ngày 30 tháng 5 năm 2024'],
    ['số 362/QĐ-BNV ngày 06/5/2022 về việc', '2022-05-06', 'ngày 06/5/2022'],
    ['ngày 6-5-2022', '2022-05-06', 'ngày 6-5-2022'],
    ['ngày 29.4.2022', '2022-04-29', 'ngày 29.4.2022'],
    ['ngày 31 tháng 2 năm 2021', null, 'ngày 31 tháng 2 năm 2021'],
  ])('%s', (text, iso, source) => {
    const d = findDatePhrase(text)!;
    expect(d.iso).toBe(iso);
    expect(text.slice(d.start, d.end)).toBe(source);
  });
  it('ignores a date that is only a month ("tháng 8 năm 2024")', () => {
    expect(findDatePhrase('Hoàn thành trong tháng 8 năm 2024')).toBeNull();
  });
  it.each([
    ['Đăng lúc: 10:00:00 28/09/2021 (GMT+7)', '2021-09-28'],
    ['Ngày ban hành 05/11/2021', '2021-11-05'],
    ['Ngày đăng: 1/2/2023', '2023-02-01'],
  ])('numeric date in %s', (text, iso) => {
    expect(findNumericDate(text)?.iso).toBe(iso);
  });
});

describe('findPeriod: the plan period in a title', () => {
  it.each([
    ['CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2021 - 2030', null, 2021, 2030, 'GIAI ĐOẠN 2021 - 2030'],
    ['kế hoạch cải cách hành chính giai đoạn 2021-2025', null, 2021, 2025, 'giai đoạn 2021-2025'],
    ['thực hiện từ năm 2022 đến năm 2025', null, 2022, 2025, 'từ năm 2022 đến năm 2025'],
    ['KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024', null, 2024, 2024, 'NĂM 2024'],
    ['NÂNG CAO CHỈ SỐ CCHC NĂM 2022 VÀ CÁC NĂM TIẾP THEO', null, 2022, null, 'NĂM 2022 VÀ CÁC NĂM TIẾP THEO'],
    ['năm 2023 và những năm tiếp theo', null, 2023, null, 'năm 2023 và những năm tiếp theo'],
    ['CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030', 2021, 2021, 2025, 'ĐẾN NĂM 2025'],
    // two years, one plan (round 70)
    ['Nâng cao Chỉ số CCHC và Chỉ số SIPAS tỉnh Quảng Ninh năm 2027 và năm 2028', null, 2027, 2028, 'năm 2027 và năm 2028'],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027 VÀ 2028', null, 2027, 2028, 'NĂM 2027 VÀ 2028'],
  ])('%s', (text, issueYear, from, to, source) => {
    const p = findPeriod(text, issueYear)!;
    expect({ from: p.from, to: p.to, text: text.slice(p.start, p.end) }).toEqual({ from, to, text: source });
  });
  it.each([
    ['CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025', null],
    ['VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null],
  ])('no period in %s', (text, issueYear) => {
    expect(findPeriod(text, issueYear)).toBeNull();
  });
  it('titlePeriod: a plan carrying out a programme of its own period is of the year its title ends on', () => {
    const t = 'KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 GIAI ĐOẠN 2022 - 2025, TẦM NHÌN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP NĂM 2027';
    const p = titlePeriod(t, 2027)!;
    expect({ from: p.from, to: p.to, text: t.slice(p.start, p.end) }).toEqual({ from: 2027, to: 2027, text: 'NĂM 2027' });
    // (a title that ends on no year keeps the range it names)
    const q = titlePeriod('KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030', 2026)!;
    expect([q.from, q.to]).toEqual([2026, 2030]);
  });
});

describe('readIssuer: an issuing body in running text', () => {
  it.each([
    ['Bộ Nội vụ về phê duyệt Đề án', 'Bộ Nội vụ'],
    ['Chính phủ ban hành Chương trình tổng thể', 'Chính phủ'],
    ['Thủ tướng Chính phủ về việc đẩy mạnh', 'Thủ tướng Chính phủ'],
    ['Thủ tướng Chính phủ và hướng dẫn của Bộ Nội vụ', 'Thủ tướng Chính phủ'],
    ['Bộ Kế hoạch và Đầu tư về hướng dẫn', 'Bộ Kế hoạch và Đầu tư'],
    ['Bộ Văn hóa, Thể thao và Du lịch hướng dẫn', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Ủy ban nhân dân tỉnh ban hành Kế hoạch', 'Ủy ban nhân dân tỉnh'],
    ['Uỷ ban nhân dân tỉnh Nghệ An)', 'Uỷ ban nhân dân tỉnh Nghệ An'],
    ['Ban chấp hành Đảng bộ tỉnh về đẩy mạnh', 'Ban chấp hành Đảng bộ tỉnh'],
    ['Giám đốc Sở Nội vụ tại Tờ trình', 'Giám đốc Sở Nội vụ'],
    ['HĐND tỉnh về', 'HĐND tỉnh'],
  ])('%s', (text, issuer) => {
    expect(readIssuer(text)?.value).toBe(issuer);
  });
  it.each([
    'Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
    'Bộ luật Lao động',
    'bộ máy hành chính',
    'các bộ, cơ quan ngang bộ',
  ])('not an issuer: %s', (text) => {
    expect(readIssuer(text)).toBeNull();
  });
});

type Cited = Pick<Citation, 'kind' | 'number' | 'issuer' | 'date' | 'basis'>;
const cite = (kind: Cited['kind'], number: string | null, issuer: string | null, date: string | null, basis: string): Cited =>
  ({ kind, number, issuer, date, basis });

describe('readCitations: documents cited by a preamble paragraph', () => {
  it.each<[string, Cited[]]>([
    ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
      [cite('nghị quyết', '76/NQ-CP', 'Chính phủ', '2021-07-15', 'Căn cứ')]],
    // unnumbered laws at the start of each ";" item; a law named inside another's title is not cited
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      [cite('luật', null, null, '2015-06-19', 'Căn cứ'), cite('luật', null, null, '2019-11-22', 'Căn cứ')]],
    ['Căn cứ Luật Ngân sách nhà nước năm 2015;', [cite('luật', null, null, null, 'Căn cứ')]],
    // one kind word, a shared issuer and two numbers
    ['Thực hiện các Quyết định của Bộ Nội vụ số 12/QĐ-BNV ngày 06/5/2022 về việc phê duyệt Chỉ số cải cách hành chính và số 13/QĐ-BNV ngày 29/4/2022 về việc phê duyệt Chỉ số hài lòng.',
      [cite('quyết định', '12/QĐ-BNV', 'Bộ Nội vụ', '2022-05-06', 'Thực hiện'), cite('quyết định', '13/QĐ-BNV', 'Bộ Nội vụ', '2022-04-29', 'Thực hiện')]],
    // the issuer before the kind word: "hướng dẫn của Bộ Nội vụ tại Công văn số …"
    ['Căn cứ Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc đẩy mạnh cải cách hành chính và hướng dẫn của Bộ Nội vụ tại Công văn số 3759/BNV-CCHC ngày 02 tháng 8 năm 2021;',
      [cite('chỉ thị', '23/CT-TTg', 'Thủ tướng Chính phủ', '2021-09-02', 'Căn cứ'), cite('công văn', '3759/BNV-CCHC', 'Bộ Nội vụ', '2021-08-02', 'Căn cứ')]],
    ['Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2839/TTr-SNV ngày 17 tháng 12 năm 2021.',
      [cite('tờ trình', '2839/TTr-SNV', 'Giám đốc Sở Nội vụ', '2021-12-17', 'Theo đề nghị')]],
    ['Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 3/3/2023,',
      [cite('tờ trình', '45/TTr-SNV', 'Sở Nội vụ', '2023-03-03', 'Xét đề nghị')]],
    // no "của": a national code names the issuer, a local one does not
    ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông;',
      [cite('nghị định', '61/2018/NĐ-CP', 'Chính phủ', '2018-04-23', 'Căn cứ')]],
    ['Căn cứ Quyết định số 876/QĐ-UBND ngày 10/11/2022 về việc ban hành Quy chế;',
      [cite('quyết định', '876/QĐ-UBND', null, '2022-11-10', 'Căn cứ')]],
    // a list of numbers after one kind word, across ";" items
    ['Căn cứ các Nghị định của Chính phủ: số 107/2020/NĐ-CP ngày 14/9/2020; số 108/2020/NĐ-CP ngày 14/9/2020;',
      [cite('nghị định', '107/2020/NĐ-CP', 'Chính phủ', '2020-09-14', 'Căn cứ'), cite('nghị định', '108/2020/NĐ-CP', 'Chính phủ', '2020-09-14', 'Căn cứ')]],
    ['Căn cứ Nghị quyết số 05-NQ/TU ngày 14 tháng 12 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách hành chính;',
      [cite('nghị quyết', '05-NQ/TU', 'Ban Chấp hành Đảng bộ tỉnh', '2021-12-14', 'Căn cứ')]],
    ['Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ Nội vụ về phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ; Ủy ban nhân dân tỉnh” giai đoạn 2022-2030;',
      [cite('quyết định', '876/QĐ-BNV', 'Bộ Nội vụ', '2022-11-10', 'Căn cứ')]],
    // no document named
    ['Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp ngày 5/3/2024;', []],
  ])('%s', (paragraph, expected) => {
    const got = readCitations(paragraph, 100);
    expect(got.map(({ kind, number, issuer, date, basis }) => ({ kind, number, issuer, date, basis }))).toEqual(expected);
    for (const c of got) expect(paragraph.slice(c.start - 100, c.end - 100)).toBe(c.text);
  });
});

describe('metadata stage over whole front matters', () => {
  it('reads a formal header with a two-line issuer and a KT. signature block', () => {
    const work = metadata(workOf([
      'ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 45/KH-UBND', 'Bắc Giang, ngày 12 tháng 3 năm 2023',
      'KẾ HOẠCH', 'CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BẮC GIANG', 'NĂM 2023',
      'Căn cứ Quyết định số 1/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh ban hành Chương trình công tác năm 2023;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2023 như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Phấn đấu 100% hồ sơ được giải quyết đúng hạn.',
      'Nơi nhận:', '- Như trên;', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Mai Sơn',
    ]));
    const md = work.metadata;
    expect({
      number: md.number?.value, kind: md.kind?.value, issuer: md.issuer?.value, province: md.province?.name,
      place: md.place?.value, date: md.date?.value, signer: md.signer?.value, title: md.title?.value,
      period: md.period && [md.period.from, md.period.to], citations: md.citations.length,
    }).toEqual({
      number: '45/KH-UBND', kind: 'kế hoạch', issuer: 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', province: 'Bắc Giang',
      place: 'Bắc Giang', date: '2023-03-12', signer: 'Mai Sơn', title: 'CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH BẮC GIANG NĂM 2023',
      period: [2023, 2023], citations: 1,
    });
    expect(md.citations[0]).toMatchObject({ kind: 'quyết định', number: '1/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh', date: '2023-01-05' });
    expect(md.library).toBeUndefined();
    expect(work.diagnostics).toEqual([]);
    expectGrounded(work);
  });

  it('takes the lower body of a parent/child header as the issuer, the parent for the province', () => {
    const work = metadata(workOf([
      'UBND TỈNH KON TUM', 'SỞ NỘI VỤ', 'Số: 120/KH-SNV', 'Kon Tum, ngày 03 tháng 4 năm 2023',
      'KẾ HOẠCH', 'TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2023', 'I. MỤC ĐÍCH',
    ]));
    expect(work.metadata.issuer?.value).toBe('SỞ NỘI VỤ');
    expect(work.metadata.province?.name).toBe('Kon Tum');
    expectGrounded(work);
  });

  it('does not take a central body\'s place of signing for a province; kind from the number code', () => {
    const work = metadata(workOf([
      'BỘ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 3759/BNV-CCHC', 'V/v hướng dẫn xây dựng kế hoạch',
      'Hà Nội, ngày 02 tháng 8 năm 2021', 'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    ]));
    const md = work.metadata;
    expect(md.issuer?.value).toBe('BỘ NỘI VỤ');
    expect(md.kind?.value).toBe('công văn');
    expect(work.text.slice(md.kind!.start, md.kind!.end)).toBe('3759/BNV-CCHC');
    expect(md.place?.value).toBe('Hà Nội');
    expect(md.province).toBeUndefined();
    expect(ruleIds(work)).toEqual(['metadata:missing-period', 'metadata:missing-province', 'metadata:missing-signer', 'metadata:missing-title']);
  });

  it('reads a news article: source tag, dateline, headline, period from the lead', () => {
    const work = metadata(workOf([
      'CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH',
      'Bắc Giang đẩy mạnh cải cách hành chính',
      'Đăng lúc: 08:30:00 15/03/2022 (GMT+7)',
      '(Baobacgiang.vn) - UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính tỉnh Bắc Giang giai đoạn 2021-2025. Theo đó, đến năm 2025 có 100% hồ sơ được số hóa.',
      'Thực hiện Kế hoạch số 10/KH-UBND, các sở đã triển khai.',
    ]));
    const md = work.metadata;
    expect({
      kind: md.kind?.value, issuer: md.issuer?.value, date: md.date?.value, title: md.title?.value,
      province: md.province?.name, period: md.period && [md.period.from, md.period.to], citations: md.citations,
    }).toEqual({
      kind: 'news article', issuer: 'Baobacgiang.vn', date: '2022-03-15', title: 'Bắc Giang đẩy mạnh cải cách hành chính',
      province: 'Bắc Giang', period: [2021, 2025], citations: [],
    });
    expect(ruleIds(work)).toEqual(['metadata:missing-number', 'metadata:missing-place', 'metadata:missing-signer']);
    expectGrounded(work);
  });

  it('reads a news article whose dateline carries a views counter (the paper\'s initials, "(GLO)-", name no site)', () => {
    const work = metadata(workOf([
      'Trang chủ > Chính trị > Thời sự',
      'Gia Lai phấn đấu năm 2027 Chỉ số cải cách hành chính vào nhóm 15 địa phương dẫn đầu',
      '29/12/2026 17:42 GMT+7 | Lượt xem: 1.318',
      '(GLO)- Chiều 29/12, UBND tỉnh Gia Lai tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2026.',
    ]));
    const md = work.metadata;
    expect([md.kind?.value, md.issuer?.value, md.date?.value, md.title?.value]).toEqual([
      'news article', undefined, '2026-12-29', 'Gia Lai phấn đấu năm 2027 Chỉ số cải cách hành chính vào nhóm 15 địa phương dẫn đầu']);
    expectGrounded(work);
  });

  it('reads a byline whose name in capitals runs into its date, "KHÁNH LINH 27/03/2027 06:45 (GMT+07:00)", under the headline, past a masthead and a top bar\'s date', () => {
    const work = metadata(workOf([
      'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG', 'Thứ Bảy, 27/03/2027', 'Trang chủ', 'Chính trị',
      'Chỉ số SIPAS 2026 của Đà Nẵng xếp thứ 7/34 tỉnh, thành phố',
      'KHÁNH LINH 27/03/2027 06:45 (GMT+07:00)',
      '(baodanang.vn) - Chỉ số hài lòng của người dân năm 2026 của thành phố đạt 89,42%.',
    ]));
    const md = work.metadata;
    expect([md.kind?.value, md.issuer?.value, md.date?.value, md.title?.value]).toEqual([
      'news article', 'baodanang.vn', '2027-03-27', 'Chỉ số SIPAS 2026 của Đà Nẵng xếp thứ 7/34 tỉnh, thành phố']);
    expectGrounded(work);
  });

  it('reads the library block of a cut copy and falls back to it for the signer', () => {
    const work = metadata(workOf([
      'Kế hoạch 15/KH-UBND năm 2023 về cải cách hành chính tỉnh Bắc Giang',
      'Số hiệu 15/KH-UBND', 'Ngày ban hành 05/01/2023', 'Ngày có hiệu lực Đã biết', 'Loại văn bản Kế hoạch',
      'Cơ quan ban hành Tỉnh Bắc Giang', 'Người ký Nguyễn Văn Linh', 'Lĩnh vực Bộ máy hành chính',
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', 'Số: 15/KH-UBND', 'Bắc Giang, ngày 05 tháng 01 năm 2023',
      'KẾ HOẠCH', 'CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025', 'I. MỤC TIÊU', '[...]',
    ]));
    const md = work.metadata;
    const values = Object.fromEntries(Object.entries(md.library ?? {}).map(([k, f]) => [k, f.value]));
    expect(values).toEqual({
      number: '15/KH-UBND', issued: '2023-01-05', kind: 'Kế hoạch', issuer: 'Tỉnh Bắc Giang', signer: 'Nguyễn Văn Linh', field: 'Bộ máy hành chính',
    });
    expect(md.signer).toEqual(md.library?.signer);
    expect(md.number?.start).toBeGreaterThan(md.library!.number!.start); // the document's own "Số:" wins
    expect(md.period).toMatchObject({ from: 2021, to: 2025 });
    expect(ruleIds(work)).toEqual(['metadata:library-unknown']);
    expectGrounded(work);
  });

  it('reads a header whose two columns were flattened onto single lines', () => {
    const work = metadata(workOf([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 88/KH-UBND Độc lập – Tự do – Hạnh phúc Quảng Nam, ngày 9 tháng 1 năm 2023',
      'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023',
      'I. MỤC TIÊU',
    ]));
    const md = work.metadata;
    expect([md.issuer?.value, md.number?.value, md.place?.value, md.date?.value, md.kind?.value, md.title?.value, md.province?.name])
      .toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', '88/KH-UBND', 'Quảng Nam', '2023-01-09', 'kế hoạch', 'CẢI CÁCH HÀNH CHÍNH NĂM 2023', 'Quảng Nam']);
    expectGrounded(work);
  });

  it('takes a mixed-case subject line under the kind title, but never a "Căn cứ" line', () => {
    const title = (lines: string[]) => metadata(workOf(lines)).metadata.title?.value;
    expect(title(['Số: 5/KH-UBND', 'KẾ HOẠCH', 'Cải cách hành chính nhà nước năm 2023', 'Căn cứ Luật Tổ chức chính quyền địa phương;']))
      .toBe('Cải cách hành chính nhà nước năm 2023');
    expect(title(['Số: 5/KH-UBND', 'KẾ HOẠCH', 'Căn cứ Luật Tổ chức chính quyền địa phương;'])).toBeUndefined();
  });

  it('reads a signature block whose lines were joined', () => {
    const work = metadata(workOf(['Nơi nhận:', '- Như trên;', 'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Linh']));
    expect(work.metadata.signer?.value).toBe('Nguyễn Văn Linh');
    expectGrounded(work);
  });

  it('warns on a date that does not exist and on a kind the number contradicts', () => {
    const work = metadata(workOf([
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', 'Số: 10/QĐ-UBND', 'Nghệ An, ngày 31 tháng 2 năm 2021', 'KẾ HOẠCH', 'CẢI CÁCH HÀNH CHÍNH NĂM 2021',
    ]));
    expect(work.metadata.date).toBeUndefined();
    expect(work.metadata.kind?.value).toBe('kế hoạch');
    expect(ruleIds(work)).toEqual([
      'metadata:invalid-date', 'metadata:kind-conflict', 'metadata:missing-date', 'metadata:missing-signer',
    ]);
    const invalid = work.diagnostics.find((d) => d.ruleId === 'metadata:invalid-date')!;
    expect(invalid.place && work.text.slice(invalid.place.start, invalid.place.end)).toBe('ngày 31 tháng 2 năm 2021');
  });

  it('takes an "until" title from the issue year', () => {
    const work = metadata(workOf([
      'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Số: 7/KH-UBND', 'Lâm Đồng, ngày 5 tháng 1 năm 2022',
      'KẾ HOẠCH', 'CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030',
    ]));
    expect(work.metadata.period).toMatchObject({ from: 2022, to: 2025, text: 'ĐẾN NĂM 2025' });
  });

  it('leaves every field absent, with one warning each, when nothing is stated', () => {
    const work = metadata(workOf(['Một đoạn văn bản không có tiêu đề, không số, không ngày.']));
    expect(work.metadata).toEqual({ citations: [] });
    expect(ruleIds(work)).toEqual([
      'metadata:missing-date', 'metadata:missing-issuer', 'metadata:missing-kind', 'metadata:missing-number',
      'metadata:missing-period', 'metadata:missing-place', 'metadata:missing-province', 'metadata:missing-signer',
      'metadata:missing-title',
    ]);
    expect(work.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('never changes the text, paragraphs or earlier diagnostics', () => {
    const input = workOf(['ỦY BAN NHÂN DÂN TỈNH KON TUM', 'Số: 1/KH-UBND']);
    input.diagnostics.push({ severity: 'info', ruleId: 'normalize:test', reason: 'earlier', place: null });
    const before = JSON.stringify({ text: input.text, paragraphs: input.paragraphs, diagnostics: input.diagnostics });
    const out = metadata(input);
    expect(JSON.stringify({ text: input.text, paragraphs: input.paragraphs, diagnostics: input.diagnostics })).toBe(before);
    expect(out.diagnostics[0]!.ruleId).toBe('normalize:test');
  });
});

describe('metadata: a title in capitals that opens with a citation verb', () => {
  it('"THỰC HIỆN NGHỊ QUYẾT …" under "KẾ HOẠCH" is the title, and gives the period', async () => {
    const { extractBytes } = await import('../pipeline/index.ts');
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', '', 'Số: 1184/KH-UBND', '', 'Gia Lai, ngày 23 tháng 5 năm 2022', '', 'KẾ HOẠCH', '',
      'THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU VỀ ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030', '',
      'Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2022 của Ủy ban nhân dân tỉnh;', ''].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'x.txt');
    expect(d.metadata.title?.value).toBe('THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU VỀ ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030');
    expect(d.metadata.period?.from).toBe(2021);
    expect(d.metadata.citations.map((c) => c.number)).toEqual(['12/QĐ-UBND']);
  });
});

describe('metadata: a news page with chrome before its headline', () => {
  it('finds the dateline, the date and the province past the menus', async () => {
    const { extractBytes } = await import('../pipeline/index.ts');
    const text = ['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG', 'Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ',
      'Trang chủ > Tin tức - Sự kiện > Cải cách hành chính', 'Cỡ chữ: A- A A+ | In bài | Gửi email', '',
      'Sóc Trăng: Phấn đấu năm 2025 Chỉ số cải cách hành chính tăng ít nhất 5 bậc', '', 'Cập nhật lúc: 16:42 15/01/2025 | Lượt xem: 1.284', '',
      '(Sở Nội vụ) - Sáng ngày 15/01/2025, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024.'].join('\n');
    const d = await extractBytes(new TextEncoder().encode(text), 'x.txt');
    expect([d.metadata.kind?.value, d.metadata.date?.value, d.metadata.province?.name]).toEqual(['news article', '2025-01-15', 'Sóc Trăng']);
  });
});
