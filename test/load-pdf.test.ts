import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../pipeline/index.ts';
import { load } from '../pipeline/load/index.ts';
import { pdfFromText, pdfWithoutText, scannedPdf } from './fixtures/pdf.ts';

const has = (cmd: string, args: string[]) => { try { execFileSync(cmd, args, { stdio: 'pipe' }); return true; } catch { return false; } };
const canOcr = has('pdftoppm', ['-v']) && has('tesseract', ['--version'])
  && /\bvie\b/.test((() => { try { return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' }); } catch { return ''; } })());

const BODY = Array.from({ length: 60 }, (_, i) =>
  `${i + 1}. Nhiệm vụ số ${i + 1}: phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến của đơn vị thứ ${i + 1} đạt tối thiểu ${50 + (i % 40)}% trên tổng số hồ sơ tiếp nhận.`).join('\n');
const HEADER = 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 3993/KH-UBND\n\nKon Tum, ngày 05 tháng 11 năm 2021\n\nKẾ HOẠCH\n';

describe('PDF loader', () => {
  it('pages: pageStarts point at each page of `original` and every page is in the text', async () => {
    const pdf = await pdfFromText(BODY, { breaks: [20, 40] });
    const l = await load(pdf, { path: 'a.pdf' });
    expect(l.format).toBe('pdf');
    expect(l.hardWrapped).toBe(true);
    expect(l.pageStarts).toHaveLength(3);
    expect(l.original.split('\f')).toHaveLength(3);
    l.pageStarts!.forEach((start, i) => expect(start === 0 || l.original[start - 1] === '\f', `page ${i + 1}`).toBe(true));
    // each numbered item is on the page it was laid out on
    for (const [item, page] of [['1. Nhiệm vụ', 1], ['21. Nhiệm vụ', 2], ['41. Nhiệm vụ', 3]] as const) {
      const at = l.map.toSource(l.text.indexOf(item));
      expect(l.pageStarts!.filter((s) => s <= at)).toHaveLength(page);
    }
  });

  it('running headers, footers and page numbers are removed, with one info diagnostic', async () => {
    const pdf = await pdfFromText(BODY, { runningHeader: 'UBND TỈNH KON TUM - KẾ HOẠCH 3993', pageNumbers: true, breaks: [20, 40] });
    const l = await load(pdf, { path: 'a.pdf' });
    expect(l.original).toContain('Trang 2/3');
    expect(l.text).not.toContain('Trang ');
    expect(l.text).not.toContain('KẾ HOẠCH 3993');
    const info = l.diagnostics.find((d) => d.ruleId === 'load:running-headers');
    expect(info?.severity).toBe('info');
    expect(info?.reason).toContain(`Removed ${l.pageStarts!.length * 2} `); // a header and a number per page
  });

  it('a single page keeps its lines (nothing repeats)', async () => {
    const l = await load(await pdfFromText('Trang thông tin điện tử\nĐạt 80% năm 2025.'), { path: 'a.pdf' });
    expect(l.text).toBe('Trang thông tin điện tử\nĐạt 80% năm 2025.');
    expect(l.diagnostics).toEqual([]);
  });

  it('the two-column header is read issuer first, then the motto, then number and date', async () => {
    const pdf = await pdfFromText(HEADER + BODY.slice(0, 400), { twoColumnHeader: true });
    const l = await load(pdf, { path: 'a.pdf' });
    // laid out side by side, pdf.js reads each row across both columns
    expect(l.original).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA/);
    expect(l.text.split('\n').slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH KON TUM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      '---------------', 'Số: 3993/KH-UBND',
    ]);
    const motto = l.text.indexOf('Độc lập');
    expect(l.original.slice(l.map.toSource(motto), l.map.toSource(motto) + 7)).toBe('Độc lập');
  });

  it('a word hyphenated at a line end is joined; a dash between numbers is not', async () => {
    const l = await load(await pdfFromText('Ứng dụng công nghệ thông tin trong quản lý hồ sơ điện tử của cơ quan hành chính nhà nước và e-\ngovernment\ngiai đoạn 2021 -\n2025'), { path: 'a.pdf' });
    expect(l.text).toContain('e-government'.replace('-', ''));
    expect(l.text).toContain('2021 -\n2025');
  });

  it('targets of a PDF carry their page', async () => {
    const doc = await extractBytes(await pdfFromText(`KẾ HOẠCH\nCải cách hành chính năm 2022\n${BODY}`, { breaks: [22] }), 'a.pdf');
    expect(doc.source.pages).toBeGreaterThanOrEqual(2);
    expect(doc.targets.length).toBeGreaterThan(0);
    for (const t of doc.targets) {
      expect(t.source.page).toBeGreaterThanOrEqual(1);
      expect(t.source.page).toBeLessThanOrEqual(doc.source.pages!);
    }
    // the item laid out after the forced break is on page 2
    expect(doc.targets.find((t) => t.value.value === 70)?.source.page).toBe(2); // item 21
    expect(doc.targets.find((t) => t.value.value === 51)?.source.page).toBe(1); // item 2
  });

  it('encrypted: fails and says so; the password opens it', async () => {
    const pdf = await pdfFromText('Phấn đấu đến năm 2025 đạt 90% hồ sơ trực tuyến.', { userPassword: 'bi-mat' });
    const locked = await load(pdf, { path: 'a.pdf' });
    expect(locked.text).toBe('');
    expect(locked.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'load:encrypted-pdf', reason: expect.stringContaining('--password') })]);
    const wrong = await load(pdf, { path: 'a.pdf', password: 'sai' });
    expect(wrong.diagnostics[0]?.reason).toContain('does not open it');
    const open = await load(pdf, { path: 'a.pdf', password: 'bi-mat' });
    expect(open.text).toContain('đạt 90% hồ sơ');
  });

  it('no text layer: an error that says how to OCR; OCR off by default', async () => {
    const l = await load(await pdfWithoutText(2), { path: 'scan.pdf' });
    expect(l.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'load:no-text-layer', reason: expect.stringContaining('tesseract-ocr-vie') })]);
    const doc = await extractBytes(await pdfWithoutText(1), 'scan.pdf');
    expect(doc.status).toBe('failed');
  });

  it.skipIf(!canOcr)('with ocr, a scanned page is read by tesseract (Vietnamese) and marked as OCR', async () => {
    const pdf = await scannedPdf('KẾ HOẠCH\nPhấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 80%.');
    const l = await load(pdf, { path: 'scan.pdf', ocr: true });
    expect(l.ocr).toBe(true);
    expect(l.diagnostics.find((d) => d.ruleId === 'load:ocr')?.severity).toBe('info');
    expect(l.text).toMatch(/tối\s+thiểu 80%/);
    expect(l.text).toMatch(/Phấn đấu đến năm 2025/);
  }, 180_000);
});
