import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../extractors/lexicon/indicators.ts';
import { Area, Unit } from '../schemas/target.ts';
import { MATCH_THRESHOLD, indicatorEntry, matchIndicator, scoreIndicators } from '../pipeline/indicators.ts';

describe('indicator taxonomy data', () => {
  it('has unique kebab-case keys, valid areas and units, and phrasings', () => {
    const keys = INDICATORS.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of INDICATORS) {
      expect(e.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Area.safeParse(e.area).success, e.key).toBe(true);
      expect(Unit.safeParse(e.unit).success, e.key).toBe(true);
      expect(e.synonyms.length, e.key).toBeGreaterThan(0);
    }
  });

  // The list: what recurs across the corpus must have a key.
  it.each([
    'online-payment-procedures', 'online-payment-transactions', 'online-dossiers', 'online-public-services',
    'digitised-results', 'satisfaction-procedures', 'satisfaction-land-construction-investment',
    'satisfaction-public-service', 'satisfaction-health-education', 'electronic-dossier-routing', 'on-time-handling',
    'public-service-units-cut', 'payroll-cut', 'financial-autonomy', 'legal-documents-issued', 'legal-documents-reviewed',
    'par-index', 'sipas', 'papi', 'pci', 'ict-index',
  ])('covers %s', (key) => {
    expect(indicatorEntry(key)).toBeDefined();
  });

  it('matches every entry\'s own label and synonyms to that entry', () => {
    for (const e of INDICATORS) {
      for (const phrase of [e.label, ...e.synonyms]) expect(matchIndicator(phrase)?.key, phrase).toBe(e.key);
    }
  });
});

describe('matchIndicator on the seeds\' phrasings', () => {
  // [label as a targets stage would give it, expected key] — phrasings from corpus/*.txt.
  const CASES: Array<[string, string]> = [
    ['thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', 'online-payment-procedures'],
    ['Tối thiểu 85% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', 'online-payment-procedures'],
    ['tỷ lệ thanh toán trực tuyến đối với TTHC có nghĩa vụ tài chính', 'online-payment-procedures'],
    ['tỷ lệ giao dịch thanh toán trực tuyến', 'online-payment-transactions'],
    ['trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 35% trở lên', 'online-payment-transactions'],
    ['mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', 'satisfaction-procedures'],
    ['mức độ hài lòng của tổ chức, người dân, doanh nghiệp về giải quyết thủ tục hành chính', 'satisfaction-procedures'],
    ['mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư', 'satisfaction-land-construction-investment'],
    ['Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', 'satisfaction-public-service'],
    ['Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập', 'satisfaction-health-education'],
    ['hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử', 'electronic-dossier-routing'],
    ['hồ sơ giải quyết thủ tục hành chính được luân chuyển ... bằng phương thức điện tử', 'electronic-dossier-routing'],
    ['số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cấp tỉnh', 'digitised-results'],
    ['Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ', 'online-dossiers'],
    ['Tỷ lệ hồ sơ được giải quyết trực tuyến đạt tỷ lệ tối thiểu 60% tổng số hồ sơ được tiếp nhận', 'online-dossiers'],
    ['thủ tục hành chính mức độ 3 và 4 đủ điều kiện được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia', 'online-public-services'],
    ['Duy trì tỷ lệ giải quyết đúng hạn từ 98% trở lên', 'on-time-handling'],
    ['giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập', 'public-service-units-cut'],
    ['giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021', 'payroll-cut'],
    ['Có tối thiểu 20% đơn vị sự nghiệp công lập tự chủ kinh phí chi thường xuyên', 'financial-autonomy'],
    ['Giảm bình quân 15% chi trực tiếp từ ngân sách nhà nước cho đơn vị sự nghiệp công lập', 'public-service-spending-cut'],
    ['văn bản quy phạm pháp luật được ban hành, sửa đổi, bổ sung hoặc thay thế, bãi bỏ đảm bảo chất lượng, khả thi và đúng tiến độ', 'legal-documents-issued'],
    ['văn bản pháp luật được triển khai kịp thời, đúng quy định', 'legal-documents-implemented'],
    ['văn bản quy phạm pháp luật của tỉnh được rà soát, sửa đổi, bổ sung, thay thế phù hợp với quy định của Trung ương', 'legal-documents-reviewed'],
    ['Chỉ số CCHC (PAR INDEX) của tỉnh trong nhóm 10', 'par-index'],
    ['Chỉ số CCHC (Par Index) của tỉnh đạt 86,75/100 điểm', 'par-index'],
    ['Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) trong nhóm 15', 'pci'],
    ['Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin (ICT - index) trong nhóm 10', 'ict-index'],
    ['Chỉ số PAPI của tỉnh', 'papi'],
    ['tỷ lệ hồ sơ trễ hạn', 'late-dossiers'],
    ['thời gian giải quyết TTHC', 'processing-time-cut'],
    ['Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến', 'satisfaction-online-services'],
    // A label naming several indices takes the first one named (seed thanh-hoa).
    ['chỉ số cải cách hành chính (PAR INDEX), chỉ số hài lòng (SIPAS), chỉ số nâng cao năng lực cạnh tranh (PCI), chỉ số hiệu quả quản trị hành chính công (PAPI) của tỉnh trong nhóm 10 tỉnh dẫn đầu cả nước', 'par-index'],
    ['Chỉ số hiệu quả Quản trị và hành chính công (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) trong nhóm 15', 'papi'],
    ['Chỉ số cải cách hành chính, Chỉ số SIPAS và Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh', 'par-index'],
  ];
  it.each(CASES)('%s → %s', (label, key) => {
    const m = matchIndicator(label);
    expect(m?.key).toBe(key);
    expect(m!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(m!.score).toBeLessThanOrEqual(1);
  });
});

describe('matchIndicator on damaged and variant text', () => {
  const base = 'mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính';
  const CASES: Array<[string, string, string]> = [
    ['NFD (Word/macOS)', base.normalize('NFD'), 'satisfaction-procedures'],
    ['upper case', base.toUpperCase(), 'satisfaction-procedures'],
    ['old tone placement ("hoá")', 'số hoá kết quả giải quyết thủ tục hành chính', 'digitised-results'],
    ['abbreviation TTHC', 'mức độ hài lòng của người dân đối với việc giải quyết TTHC', 'satisfaction-procedures'],
    ['no diacritics', 'thu tuc hanh chinh co yeu cau nghia vu tai chinh duoc trien khai thanh toan truc tuyen', 'online-payment-procedures'],
    ['no diacritics, short', 'ty le giao dich thanh toan truc tuyen', 'online-payment-transactions'],
    ['lost character ("Cng" for "Cổng", seed lam-dong)', 'thủ tục hành chính đủ điều kiện được tích hợp, cung cấp trên Cng dịch vụ công quốc gia', 'online-public-services'],
    ['hard-wrapped with extra spaces', 'hồ sơ giải quyết thủ tục\nhành chính được luân chuyển   bằng phương thức điện tử', 'electronic-dossier-routing'],
  ];
  it.each(CASES)('%s', (_what, label, key) => {
    expect(matchIndicator(label)?.key).toBe(key);
  });

  it('scores the diacritic-insensitive fallback below the toned match of the same words', () => {
    const toned = matchIndicator('tỷ lệ giao dịch thanh toán trực tuyến')!;
    const plain = matchIndicator('ty le giao dich thanh toan truc tuyen')!;
    expect(plain.score).toBeLessThan(toned.score);
  });
});

describe('matchIndicator never forces a key', () => {
  // Near-misses: they share words with an entry but measure something else.
  const NEAR_MISSES = [
    'mức độ hài lòng của khách du lịch',
    'tỷ lệ người dân có tài khoản thanh toán điện tử',
    'nguồn thu sự nghiệp của các đơn vị sự nghiệp công lập',
    'số lượng đơn vị hành chính cấp xã được sắp xếp',
    'cơ sở dữ liệu quốc gia được kết nối',
    'tổ chức, cá nhân sử dụng Cổng Dịch vụ công được cấp định danh và xác thực điện tử',
    'người dân được cấp tài khoản định danh điện tử mức độ 2',
    'trạm y tế cấp xã đạt chuẩn quốc gia',
    'tỷ lệ dân số có thẻ bảo hiểm y tế',
    'cán bộ, công chức cấp xã đạt chuẩn',
    'tốc độ tăng trưởng kinh tế',
    'tỷ lệ xã đạt chuẩn nông thôn mới',
    'tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử',
    '',
    '   ',
  ];
  it.each(NEAR_MISSES)('%j → null', (label) => {
    expect(matchIndicator(label)).toBeNull();
    const top = scoreIndicators(label)[0];
    if (top) expect(top.score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('matchIndicator behaviour', () => {
  it('is deterministic and ranks scores highest first', () => {
    const label = 'tỷ lệ hồ sơ TTHC giải quyết đúng hạn';
    expect(scoreIndicators(label)).toEqual(scoreIndicators(label));
    const scores = scoreIndicators(label).map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('lets the area break a near-tie but never lifts a score over the threshold', () => {
    const label = 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước';
    expect(matchIndicator(label, 'apparatus')?.key).toBe('satisfaction-public-service');
    expect(matchIndicator('mức độ hài lòng của khách du lịch', 'administrative-procedures')).toBeNull();
  });
});
