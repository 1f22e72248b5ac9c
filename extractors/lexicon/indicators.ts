/**
 * Indicator taxonomy DATA: the indicators that recur across provincial reform plans, so that one
 * indicator can be compared across documents, provinces and years (issue "Compare provinces").
 * The matcher is pipeline/indicators.ts; this file only states facts.
 *
 * Sources: the target list of Nghị quyết 76/NQ-CP (15/7/2021, Chương trình tổng thể CCHC
 * 2021–2030, Mục II) which provincial plans copy and adapt; the phrasings of the seed documents
 * in corpus/ (kon-tum-3993, nghe-an-5158, thanh-hoa-baothanhhoa, lam-dong-5204); the indices of
 * domain.md "Public administration reform" (PAR INDEX, SIPAS, PAPI, PCI, ICT index, DTI).
 *
 * HOW TO ADD: append an entry (a new `key`, kebab-case, never reused for another meaning) or add
 * a phrasing to `synonyms` of an existing one. Synonyms are whole phrasings as documents write
 * them — the more distinct wordings, the better the matcher; write them with diacritics and
 * abbreviations as found (TTHC, QPPL …), the matcher folds tone placement and expands the
 * abbreviations of ABBREVIATIONS below. `excludes` lists words whose presence rules an entry
 * out (a near-miss that shares most words). Then run `npx vitest run test/indicators.test.ts`.
 */
import type { Area, Unit } from '../../schemas/target.ts';

export interface IndicatorEntry {
  /** Stable machine key, kebab-case; appears in output (`target.indicator.key`) and in expected files. */
  key: string;
  /** Short Vietnamese label for tables and charts. */
  label: string;
  /** Reform area (schemas/target.ts Area) where NQ 76/NQ-CP places the indicator. */
  area: Area;
  /** The unit the indicator is usually stated in. */
  unit: Unit;
  /**
   * Which way is more ambitious when the comparator alone does not say (eq/approx/between):
   * "higher" for shares and scores, "lower" for rank positions. Used by `compare --reference`.
   */
  better: 'higher' | 'lower';
  /** Phrasings as documents write them (the label is included automatically). */
  synonyms: string[];
  /** Folded words or phrases whose presence in a label rules this entry out. */
  excludes?: string[];
  /**
   * The head of the indicator: a label must contain at least one of these words or phrases
   * (satisfaction indicators need "hài lòng"), else the entry is ruled out however many other
   * words it shares ("thời gian giải quyết thủ tục hành chính" is not a satisfaction rate).
   */
  requires?: string[];
  /**
   * Names that identify the indicator on their own, whatever else the label says — the
   * indices' acronyms ("PCI", "PAR INDEX"). A label containing one scores at least
   * ANCHOR_SCORE (pipeline/indicators.ts).
   */
  anchors?: string[];
}

export const INDICATORS: readonly IndicatorEntry[] = [
  // ── Administrative procedures (NQ 76/NQ-CP II.2) ─────────────────────────────────────────
  {
    key: 'online-payment-procedures',
    label: 'TTHC có nghĩa vụ tài chính được thanh toán trực tuyến',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['thanh toán'],
    synonyms: [
      'thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
      'thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến',
      'TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến',
      'dịch vụ công có phát sinh phí, lệ phí được triển khai thanh toán trực tuyến',
    ],
    excludes: ['giao dich'],
  },
  {
    key: 'online-payment-transactions',
    label: 'Tỷ lệ giao dịch thanh toán trực tuyến',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['thanh toán'],
    synonyms: [
      'tỷ lệ giao dịch thanh toán trực tuyến',
      'trong số đó, tỷ lệ giao dịch thanh toán trực tuyến',
      'tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán của thủ tục hành chính',
    ],
  },
  {
    key: 'online-dossiers',
    label: 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến',
    area: 'digital-government', unit: 'percent', better: 'higher',
    synonyms: [
      'tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ',
      'tỷ lệ hồ sơ được giải quyết trực tuyến trên tổng số hồ sơ được tiếp nhận',
      'tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình',
      'hồ sơ thủ tục hành chính được xử lý trực tuyến',
      'tỷ lệ hồ sơ trực tuyến',
    ],
    excludes: ['ho so cong viec', 'thanh toan', 'luan chuyen'],
  },
  {
    key: 'online-public-services',
    label: 'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến (mức độ 3, 4 / toàn trình)',
    area: 'digital-government', unit: 'percent', better: 'higher',
    synonyms: [
      'thủ tục hành chính mức độ 3 và 4 đủ điều kiện được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia',
      'thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3, 4 trên Cổng Dịch vụ công tỉnh và được tích hợp lên Cổng Dịch vụ công quốc gia',
      'hồ sơ thủ tục hành chính đủ điều kiện được giải quyết trực tuyến mức độ 3, mức độ 4',
      'dịch vụ công trực tuyến toàn trình',
      'dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện khác nhau',
      'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
    ],
    excludes: ['thanh toan', 'tren tong so'],
  },
  {
    key: 'digitised-results',
    label: 'Số hóa kết quả giải quyết TTHC',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['số hóa'],
    synonyms: [
      'số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng',
      'số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã',
      'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'được số hóa kết quả giải quyết',
    ],
  },
  {
    key: 'electronic-dossier-routing',
    label: 'Hồ sơ TTHC luân chuyển giữa các cơ quan bằng phương thức điện tử',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['luân chuyển', 'liên thông điện tử'],
    synonyms: [
      'hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử',
      'hồ sơ TTHC luân chuyển bằng phương thức điện tử',
      'hồ sơ được luân chuyển giữa các cơ quan bằng phương thức điện tử',
    ],
  },
  {
    key: 'on-time-handling',
    label: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['đúng hạn', 'trước hạn'],
    synonyms: [
      'tỷ lệ giải quyết đúng hạn',
      'hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn',
      'hồ sơ TTHC được giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông đúng và trước hạn',
      'tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn',
    ],
    excludes: ['qua han', 'tre han', 'tre hen'],
  },
  {
    key: 'late-dossiers',
    label: 'Tỷ lệ hồ sơ TTHC trễ hạn, quá hạn',
    area: 'administrative-procedures', unit: 'percent', better: 'lower',
    requires: ['trễ hạn', 'quá hạn', 'trễ hẹn'],
    synonyms: [
      'tỷ lệ hồ sơ trễ hạn',
      'giảm tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn',
      'hồ sơ giải quyết trễ hẹn',
    ],
    // "hồ sơ quá hạn phải có văn bản xin lỗi" (seed lam-dong-5204) counts apologies, not late files.
    excludes: ['xin loi', 'xin li'],
  },
  {
    key: 'processing-time-cut',
    label: 'Cắt giảm thời gian giải quyết TTHC',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['thời gian'],
    synonyms: [
      'thời gian giải quyết thủ tục hành chính',
      'cắt giảm thời gian giải quyết thủ tục hành chính so với quy định',
      'rút ngắn thời gian giải quyết thủ tục hành chính',
    ],
  },
  {
    key: 'procedures-simplified',
    label: 'TTHC được đơn giản hóa, cắt giảm',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    synonyms: [
      'số thủ tục hành chính trên các lĩnh vực quản lý nhà nước được đơn giản hóa thành phần hồ sơ, quy trình hoặc giảm thời gian thực hiện',
      'số thủ tục hành chính được đơn giản hóa hoặc giảm thời gian thực hiện',
      'cắt giảm, đơn giản hóa thủ tục hành chính',
      'thủ tục hành chính được rà soát, đánh giá hoặc kiến nghị cơ quan có thẩm quyền đơn giản hóa',
    ],
  },
  {
    key: 'internal-procedures-published',
    label: 'TTHC nội bộ được công bố, công khai',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    synonyms: [
      'thủ tục hành chính nội bộ giữa cơ quan hành chính nhà nước được công bố, công khai và cập nhật kịp thời',
      'thủ tục hành chính nội bộ được rà soát, đơn giản hóa',
    ],
  },
  {
    key: 'no-resubmission',
    label: 'Người dân, doanh nghiệp không phải cung cấp lại thông tin, giấy tờ đã có',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    synonyms: [
      'người dân, doanh nghiệp khi thực hiện thủ tục hành chính không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận',
      'không phải cung cấp lại thông tin, giấy tờ, tài liệu',
    ],
  },
  // ── Satisfaction (NQ 76/NQ-CP II.2, II.3; SIPAS) ─────────────────────────────────────────
  {
    key: 'satisfaction-procedures',
    label: 'Mức độ hài lòng về giải quyết TTHC',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['hài lòng'],
    synonyms: [
      'mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
      'mức độ hài lòng của tổ chức, người dân, doanh nghiệp về giải quyết thủ tục hành chính',
      'sự hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính',
    ],
    excludes: ['dat dai', 'xay dung', 'dau tu'],
  },
  {
    key: 'satisfaction-land-construction-investment',
    label: 'Mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư',
    area: 'administrative-procedures', unit: 'percent', better: 'higher',
    requires: ['hài lòng'],
    synonyms: [
      'mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư',
      'mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính trong lĩnh vực đất đai, xây dựng, đầu tư',
    ],
  },
  {
    key: 'satisfaction-public-service',
    label: 'Mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước',
    area: 'apparatus', unit: 'percent', better: 'higher',
    requires: ['hài lòng'],
    synonyms: [
      'mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'tỷ lệ người dân, tổ chức hài lòng đối với sự phục vụ của các cơ quan hành chính nhà nước',
      'sự hài lòng của người dân, doanh nghiệp đối với sự phục vụ của bộ máy hành chính các cấp',
    ],
    excludes: ['y te', 'giao duc', 'sipas'],
  },
  {
    key: 'satisfaction-online-services',
    label: 'Mức độ hài lòng khi sử dụng dịch vụ công trực tuyến',
    area: 'digital-government', unit: 'percent', better: 'higher',
    requires: ['hài lòng'],
    synonyms: [
      'mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến',
      'sự hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến',
    ],
  },
  {
    key: 'satisfaction-health-education',
    label: 'Mức độ hài lòng về dịch vụ y tế, giáo dục công lập',
    area: 'apparatus', unit: 'percent', better: 'higher',
    requires: ['hài lòng'],
    synonyms: [
      'mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập',
      'sự hài lòng của người dân đối với dịch vụ y tế, giáo dục công',
    ],
  },
  // ── Institutions (NQ 76/NQ-CP II.1) ──────────────────────────────────────────────────────
  {
    key: 'legal-documents-issued',
    label: 'Văn bản QPPL được ban hành đúng quy định, đúng tiến độ',
    area: 'institutions', unit: 'percent', better: 'higher',
    synonyms: [
      'văn bản quy phạm pháp luật được ban hành, sửa đổi, bổ sung hoặc thay thế, bãi bỏ đảm bảo chất lượng, khả thi và đúng tiến độ',
      'văn bản quy phạm pháp luật được ban hành đúng quy định',
      'văn bản QPPL được ban hành đúng quy định',
      'văn bản quy định chi tiết được ban hành đúng tiến độ',
    ],
    excludes: ['trien khai', 'ra soat'],
  },
  {
    key: 'legal-documents-implemented',
    label: 'Văn bản pháp luật được triển khai kịp thời',
    area: 'institutions', unit: 'percent', better: 'higher',
    synonyms: [
      'văn bản pháp luật được triển khai kịp thời, đúng quy định',
      'văn bản quy phạm pháp luật của Trung ương, của Tỉnh ủy được cụ thể hóa hoặc triển khai kịp thời',
    ],
  },
  {
    key: 'legal-documents-reviewed',
    label: 'Văn bản QPPL được rà soát, sửa đổi, bổ sung kịp thời',
    area: 'institutions', unit: 'percent', better: 'higher',
    synonyms: [
      'văn bản quy phạm pháp luật của tỉnh được rà soát, sửa đổi, bổ sung, thay thế phù hợp với quy định của Trung ương',
      'văn bản quy phạm pháp luật được rà soát, hệ thống hóa',
      'văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành được tự kiểm tra, rà soát theo quy định',
    ],
  },
  // ── Apparatus (NQ 76/NQ-CP II.3) ─────────────────────────────────────────────────────────
  {
    key: 'public-service-units-cut',
    label: 'Giảm số lượng đơn vị sự nghiệp công lập',
    area: 'apparatus', unit: 'percent', better: 'higher',
    requires: ['số lượng', 'số đơn vị', 'giảm', 'sắp xếp'],
    synonyms: [
      'giảm số lượng đơn vị sự nghiệp công lập so với năm 2021',
      'giảm tối thiểu bình quân 10% số lượng đơn vị sự nghiệp công lập',
      'số lượng đơn vị sự nghiệp công lập',
    ],
    // "đơn vị hành chính cấp xã": administrative units, merged by other resolutions.
    excludes: ['bien che', 'tu chu', 'chi thuong xuyen', 'chi truc tiep', 'don vi hanh chinh'],
  },
  {
    key: 'payroll-cut',
    label: 'Giảm biên chế sự nghiệp hưởng lương từ ngân sách nhà nước',
    area: 'apparatus', unit: 'percent', better: 'higher',
    requires: ['biên chế'],
    synonyms: [
      'giảm biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021',
      'biên chế sự nghiệp hưởng lương từ ngân sách nhà nước',
      'tinh giản biên chế',
      'giảm biên chế sự nghiệp',
      'giảm biên chế công chức',
    ],
  },
  // ── Public finance (NQ 76/NQ-CP II.5) ────────────────────────────────────────────────────
  {
    key: 'financial-autonomy',
    label: 'Đơn vị sự nghiệp công lập tự chủ tài chính',
    area: 'public-finance', unit: 'percent', better: 'higher',
    requires: ['tự chủ', 'tự bảo đảm', 'tự đảm bảo', 'cổ phần'],
    synonyms: [
      'đơn vị sự nghiệp công lập tự chủ kinh phí chi thường xuyên',
      'đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên',
      'đơn vị sự nghiệp kinh tế và sự nghiệp khác hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự đảm bảo chi thường xuyên và chi đầu tư',
      'đơn vị sự nghiệp công lập tự chủ tài chính',
    ],
  },
  {
    key: 'public-service-spending-cut',
    label: 'Giảm chi trực tiếp từ ngân sách cho đơn vị sự nghiệp công lập',
    area: 'public-finance', unit: 'percent', better: 'higher',
    synonyms: [
      'giảm chi trực tiếp từ ngân sách nhà nước cho đơn vị sự nghiệp công lập',
      'chi trực tiếp từ ngân sách nhà nước cho đơn vị sự nghiệp công lập so với giai đoạn 2021-2025',
    ],
  },
  // ── Digital government (NQ 76/NQ-CP II.6) ────────────────────────────────────────────────
  {
    key: 'work-files-online',
    label: 'Hồ sơ công việc được xử lý trên môi trường mạng',
    area: 'digital-government', unit: 'percent', better: 'higher',
    synonyms: [
      'hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng',
      'hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng',
      'hồ sơ công việc tại cấp xã được xử lý trên mạng',
    ],
  },
  {
    key: 'it-infrastructure',
    label: 'Cơ quan, đơn vị có hạ tầng công nghệ thông tin đáp ứng yêu cầu',
    area: 'digital-government', unit: 'percent', better: 'higher',
    synonyms: [
      'cơ quan, đơn vị được đầu tư đảm bảo hạ tầng phục vụ triển khai các ứng dụng công nghệ thông tin',
      'đơn vị cấp huyện, cấp xã đủ điều kiện về hạ tầng công nghệ thông tin để thực hiện họp trực tuyến',
    ],
  },
  {
    key: 'periodic-reports-online',
    label: 'Chế độ báo cáo định kỳ thực hiện trên Hệ thống thông tin báo cáo',
    area: 'digital-government', unit: 'percent', better: 'higher',
    synonyms: [
      'chế độ báo cáo định kỳ của các Sở, ban, ngành, địa phương được thực hiện trên Hệ thống thông tin báo cáo',
      'báo cáo định kỳ được cập nhật, chia sẻ trên Hệ thống thông tin báo cáo',
    ],
  },
  // ── Direction and indices (domain.md; Quyết định 876/QĐ-BNV on the PAR INDEX) ────────────
  {
    key: 'par-index',
    label: 'Chỉ số cải cách hành chính (PAR INDEX)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['PAR INDEX', 'PAR-INDEX', 'PARINDEX', 'Chỉ số cải cách hành chính', 'Chỉ số CCHC'],
    synonyms: [
      'Chỉ số cải cách hành chính (PAR INDEX)',
      'Chỉ số CCHC (PAR INDEX) của tỉnh trong nhóm',
      'Chỉ số CCHC (Par Index) của tỉnh',
      'xếp hạng Chỉ số cải cách hành chính',
      'vị trí xếp hạng Chỉ số CCHC của tỉnh',
    ],
  },
  {
    key: 'sipas',
    label: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['SIPAS'],
    synonyms: [
      'chỉ số hài lòng (SIPAS)',
      'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
      'xếp hạng chỉ số SIPAS',
    ],
  },
  {
    key: 'papi',
    label: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['PAPI', 'Chỉ số hiệu quả quản trị và hành chính công', 'Chỉ số hiệu quả quản trị hành chính công'],
    synonyms: [
      'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
      'chỉ số hiệu quả quản trị hành chính công (PAPI)',
      'xếp hạng chỉ số PAPI',
    ],
  },
  {
    key: 'pci',
    label: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['PCI', 'Chỉ số năng lực cạnh tranh'],
    synonyms: [
      'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
      'chỉ số nâng cao năng lực cạnh tranh (PCI)',
      'xếp hạng chỉ số PCI',
    ],
  },
  {
    key: 'ict-index',
    label: 'Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['ICT index', 'ICT-index', 'ICT - index', 'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin'],
    synonyms: [
      'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin (ICT - index)',
      'chỉ số ICT Index',
      'xếp hạng ứng dụng công nghệ thông tin ICT index',
    ],
  },
  {
    key: 'dti',
    label: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    area: 'direction', unit: 'rank', better: 'lower',
    anchors: ['DTI', 'Chỉ số chuyển đổi số'],
    synonyms: [
      'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
      'xếp hạng chỉ số chuyển đổi số DTI',
    ],
  },
  {
    key: 'reform-plan-tasks-completed',
    label: 'Hoàn thành nhiệm vụ kế hoạch CCHC',
    area: 'direction', unit: 'percent', better: 'higher',
    synonyms: [
      'hoàn thành 100% nhiệm vụ kế hoạch CCHC năm',
      'hoàn thành nhiệm vụ trong kế hoạch cải cách hành chính',
      'hoàn thành nhiệm vụ kế hoạch kiểm tra CCHC',
    ],
  },
];

/**
 * Abbreviations expanded before matching (both in labels and in synonyms), so "TTHC" and
 * "thủ tục hành chính" count as the same words. Keys are matched as whole words, case-sensitive
 * as written in documents. Source: the abbreviation notes of the seeds ("sau đây viết tắt là …"
 * in lam-dong-5204) and common usage in BNV documents.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  TTHC: 'thủ tục hành chính',
  CCHC: 'cải cách hành chính',
  QPPL: 'quy phạm pháp luật',
  VBQPPL: 'văn bản quy phạm pháp luật',
  CBCCVC: 'cán bộ công chức viên chức',
  ĐVSNCL: 'đơn vị sự nghiệp công lập',
  ĐVSN: 'đơn vị sự nghiệp',
  DVC: 'dịch vụ công',
  DVCTT: 'dịch vụ công trực tuyến',
  HCNN: 'hành chính nhà nước',
  NSNN: 'ngân sách nhà nước',
  CNTT: 'công nghệ thông tin',
  UBND: 'ủy ban nhân dân',
  // ("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH" is the heading's "… phát triển kinh tế - xã hội")
  'KT-XH': 'kinh tế - xã hội',
  KTXH: 'kinh tế - xã hội',
};

/**
 * Function words that carry no meaning for telling indicators apart (folded with foldTone).
 * Comparator, deadline and baseline words are here too ("tối thiểu", "năm", "so với"): they
 * belong to the value, not the indicator. Numerals are dropped by the matcher itself.
 */
export const STOPWORDS: readonly string[] = [
  'của', 'và', 'các', 'được', 'trong', 'đối', 'với', 'về', 'tại', 'là', 'có', 'cho', 'đến',
  'từ', 'theo', 'những', 'này', 'đó', 'hoặc', 'để', 'khi', 'đã', 'sẽ', 'mọi', 'một',
  'đạt', 'tối', 'thiểu', 'đa', 'ít', 'nhất', 'không', 'dưới', 'hơn', 'trở', 'lên', 'xuống',
  'phấn', 'đấu', 'năm', 'đảm', 'bảo', 'duy', 'trì', 'thì', 'mà', 'như', 'bằng', 'vào',
  'ra', 'trên', 'lệ', 'tỷ', 'tỉ', 'tất', 'cả', 'cụ', 'thể', 'giữa', 'mỗi', 'so',
  // Scope words: the administrative level is the target's `level`, not part of the indicator.
  'tỉnh', 'huyện', 'xã',
];
