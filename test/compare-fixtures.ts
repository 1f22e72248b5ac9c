/**
 * Small fabricated Documents for the compare tests (not a test file itself). Each document is
 * built from its text and a list of targets given by their quote, so every [start, end) is a
 * real span of the text and `Document.parse` validates the result. The phrasings follow the
 * seeds in corpus/ but the documents, numbers and dates are invented for the tests.
 */
import { createHash } from 'node:crypto';
import { Document, SCHEMA_VERSION } from '../schemas/document.ts';
import type { Comparator, Level, Target, Unit } from '../schemas/target.ts';

export interface TargetSpec {
  /** Exact substring of the text; `nth` picks a later occurrence. */
  quote: string;
  nth?: number;
  label: string;
  area?: Target['indicator']['area'];
  /** Preset key (as the targets stage would); omitted → null, so compare runs the matcher. */
  key?: string;
  value: number;
  max?: number;
  unit?: Unit;
  comparator: Comparator;
  year: number | null;
  level?: Level;
  kind?: 'target' | 'result';
  change?: Target['change'];
}

export interface DocSpec {
  id: string;
  text: string;
  province?: string;
  date?: string;
  title?: string;
  number?: string;
  includeText?: boolean;
  targets: TargetSpec[];
}

function interval(c: Comparator, v: number, max: number | null): string {
  switch (c) {
    case 'gte': return `[${v},)`;
    case 'gt': return `(${v},)`;
    case 'lte': return `(,${v}]`;
    case 'lt': return `(,${v})`;
    case 'between': return `[${v},${max}]`;
    default: return `[${v},${v}]`;
  }
}

function find(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`fixture: quote not in text: ${quote}`);
  }
  return at;
}

export function makeDocument(spec: DocSpec): Document {
  const text = spec.text;
  const span = (s: string) => {
    // Headers write the province in capitals ("TỈNH KON TUM"); metadata keeps the canonical name.
    const start = text.indexOf(s) >= 0 ? text.indexOf(s) : text.indexOf(s.toLocaleUpperCase('vi'));
    if (start < 0) throw new Error(`fixture: metadata value not in text: ${s}`);
    return { start, end: start + s.length };
  };
  const targets: Target[] = spec.targets.map((t, i) => {
    const start = find(text, t.quote, t.nth);
    const end = start + t.quote.length;
    const max = t.max ?? null;
    return {
      id: `t${String(i + 1).padStart(2, '0')}`,
      kind: t.kind ?? 'target',
      indicator: { label: t.label, area: t.area ?? 'other', key: t.key ?? null, keyScore: t.key ? 1 : null },
      value: { value: t.value, max, unit: t.unit ?? 'percent', comparator: t.comparator, interval: interval(t.comparator, t.value, max), text: String(t.value).replace('.', ',') },
      change: t.change ?? null,
      deadline: { year: t.year, fromYear: null, recurrence: null, basis: t.year === null ? null : 'clause' },
      level: t.level ?? null,
      source: { quote: t.quote, start, end, line: text.slice(0, start).split('\n').length, page: null, sectionPath: [] },
      alsoAt: [],
      confidence: 0.9,
    };
  });
  const bytes = Buffer.from(text, 'utf8');
  return Document.parse({
    schemaVersion: SCHEMA_VERSION,
    id: spec.id,
    source: { path: `corpus/${spec.id}.txt`, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, pages: null, ocr: false, encoding: 'utf-8' },
    metadata: {
      citations: [],
      ...(spec.province ? { province: { name: spec.province, ...span(spec.province) } } : {}),
      ...(spec.date ? { date: { value: spec.date, start: 0, end: 0 } } : {}),
      ...(spec.title ? { title: { value: spec.title, ...span(spec.title) } } : {}),
      ...(spec.number ? { number: { value: spec.number, ...span(spec.number) } } : {}),
    },
    outline: [],
    targets,
    diagnostics: [],
    repairs: [],
    status: 'ok',
    ...(spec.includeText === false ? {} : { text }),
  });
}

const KON_TUM_2021 = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 3993/KH-UBND
KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH KON TUM GIAI ĐOẠN 2021 - 2030
- Đến năm 2025:
+ Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử.
+ 100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến trong đó tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên.
+ Năm 2021, số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%.
+ Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt 90%.
`;

const KON_TUM_2023 = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 120/KH-UBND
KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023
Phấn đấu đến năm 2025, tối thiểu 85% hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử.
`;

const QUANG_NGAI_2022 = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 45/KH-UBND
Đến năm 2025, tối thiểu 90% hồ sơ TTHC được luân chuyển giữa các cơ quan bằng phương thức điện tử.
`;

const NGHE_AN_2021 = `ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 5158/QĐ-UBND
CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH NGHỆ AN GIAI ĐOẠN 2021 - 2030
Phấn đấu đến năm 2025: Chỉ số Cải cách hành chính (PAR INDEX) trong nhóm 15.
Đến năm 2025:
- Tối thiểu 85% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 35% trở lên;
- Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt trên 85%.
`;

const NATIONAL_2021 = `CHÍNH PHỦ
Số: 76/NQ-CP
NGHỊ QUYẾT BAN HÀNH CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2021 - 2030
Đến năm 2025:
- Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử;
- Tối thiểu 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên;
- Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%.
`;

/** Five documents: two Kon Tum plans that disagree, Quảng Ngãi (Kon Tum's unit today), Nghệ An, and a national reference. */
export function fixtureDocuments(): Document[] {
  return [
    makeDocument({
      id: 'kon-tum-3993-kh-ubnd-2021', text: KON_TUM_2021, province: 'Kon Tum', date: '2021-11-05', number: '3993/KH-UBND',
      title: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH KON TUM GIAI ĐOẠN 2021 - 2030',
      targets: [
        { quote: 'Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử',
          label: 'hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử',
          value: 80, comparator: 'gte', year: 2025 },
        { quote: '100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến trong đó tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên',
          label: 'thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', value: 100, comparator: 'eq', year: 2025 },
        { quote: '100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến trong đó tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên',
          label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 30, comparator: 'gte', year: 2025 },
        { quote: 'số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%',
          label: 'số hóa kết quả giải quyết thủ tục hành chính', value: 30, comparator: 'gte', year: 2021, level: 'province' },
        { quote: 'số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%',
          label: 'số hóa kết quả giải quyết thủ tục hành chính', value: 20, comparator: 'gte', year: 2021, level: 'district' },
        { quote: 'số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%',
          label: 'số hóa kết quả giải quyết thủ tục hành chính', value: 15, comparator: 'gte', year: 2021, level: 'commune' },
        { quote: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt 90%',
          label: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', key: 'satisfaction-procedures', value: 90, comparator: 'eq', year: 2025 },
      ],
    }),
    makeDocument({
      id: 'kon-tum-120-kh-ubnd-2023', text: KON_TUM_2023, province: 'Kon Tum', date: '2023-03-01', number: '120/KH-UBND',
      targets: [
        { quote: 'tối thiểu 85% hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử',
          label: 'hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử', value: 85, comparator: 'gte', year: 2025 },
      ],
    }),
    makeDocument({
      id: 'quang-ngai-45-kh-ubnd-2022', text: QUANG_NGAI_2022, province: 'Quảng Ngãi', date: '2022-02-10', number: '45/KH-UBND',
      targets: [
        { quote: 'tối thiểu 90% hồ sơ TTHC được luân chuyển giữa các cơ quan bằng phương thức điện tử',
          label: 'hồ sơ TTHC được luân chuyển giữa các cơ quan bằng phương thức điện tử', value: 90, comparator: 'gte', year: 2025 },
      ],
    }),
    makeDocument({
      id: 'nghe-an-5158-qd-ubnd-2021', text: NGHE_AN_2021, province: 'Nghệ An', date: '2021-12-30', number: '5158/QĐ-UBND',
      targets: [
        { quote: 'Chỉ số Cải cách hành chính (PAR INDEX) trong nhóm 15', label: 'Chỉ số Cải cách hành chính (PAR INDEX)', value: 15, unit: 'rank', comparator: 'lte', year: 2025 },
        { quote: 'Tối thiểu 85% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
          label: 'thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', value: 85, comparator: 'gte', year: 2025 },
        { quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt từ 35% trở lên', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 35, comparator: 'gte', year: 2025 },
        { quote: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt trên 85%',
          label: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', value: 85, comparator: 'gt', year: 2025 },
      ],
    }),
    makeDocument({
      id: 'nq-76-cp-2021', text: NATIONAL_2021, date: '2021-07-15', number: '76/NQ-CP',
      targets: [
        { quote: 'Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử',
          label: 'hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử', value: 80, comparator: 'gte', year: 2025 },
        { quote: 'Tối thiểu 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
          label: 'thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', value: 80, comparator: 'gte', year: 2025 },
        { quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 30, comparator: 'gte', year: 2025 },
        { quote: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 90%',
          label: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', value: 90, comparator: 'gte', year: 2025 },
      ],
    }),
  ];
}
