import { describe, expect, it } from 'vitest';
import { load, sniff } from '../pipeline/load/index.ts';
import { buildDocx } from './fixtures/docx.ts';
import { pdfFromText } from './fixtures/pdf.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniff: the content decides, not the name', async () => {
  const pdf = await pdfFromText('Phấn đấu đạt 80%.');
  const docx = await buildDocx([{ kind: 'p', text: 'Phấn đấu đạt 80%.' }]);
  it.each([
    ['a PDF named .txt', pdf, 'plan.txt', 'pdf'],
    ['a PDF with bytes before its header', new Uint8Array([0x0a, 0x0a, ...pdf]), 'plan.pdf', 'pdf'],
    ['a DOCX named .pdf', docx, 'plan.pdf', 'docx'],
    ['an OLE2 .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'plan.doc', 'doc'],
    ['HTML named .txt', enc('<!DOCTYPE html><html><body><p>Kế hoạch</p></body></html>'), 'a.txt', 'html'],
    ['an HTML fragment after a comment', enc('<!-- saved from url -->\n<div class="content"><p>Kế hoạch</p></div>'), 'a', 'html'],
    ['HTML with a UTF-8 BOM', enc('\uFEFF<html><body>x</body></html>'), 'a.htm', 'html'],
    ['Markdown by its extension', enc('# Kế hoạch\n\n- Mục tiêu'), 'a.md', 'markdown'],
    ['plain text', enc('KẾ HOẠCH\nCải cách hành chính'), 'a.txt', 'text'],
    ['plain text with a "<" inside', enc('Tỷ lệ < 5% và > 2%'), 'a.txt', 'text'],
    ['binary garbage', new Uint8Array([1, 2, 0, 255, 3, 0, 9, 8]), 'a.pdf', 'unknown'],
  ] as const)('%s → %s', (_name, bytes, path, format) => {
    expect(sniff(bytes, path)).toBe(format);
  });

  it('a PDF named .txt is loaded as a PDF, with an info note about the name', async () => {
    const l = await load(pdf, { path: 'plan.txt' });
    expect(l.format).toBe('pdf');
    expect(l.text).toContain('Phấn đấu đạt 80%.');
    expect(l.pageStarts).toEqual([0]);
  });

  it('a DOCX named .pdf is loaded as a DOCX and the mismatch is noted', async () => {
    const l = await load(docx, { path: 'plan.pdf' });
    expect(l.format).toBe('docx');
    expect(l.diagnostics.find((d) => d.ruleId === 'load:format-mismatch')?.reason).toContain('named .pdf');
  });
});

describe('sniff: a web page saved as markdown under ".txt"', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('two kinds of markup (bold lines, links, headings, "* " bullets) make it markdown; a lone "* " list or a pipe table stays text', () => {
    const page = ['[Trang chủ](https://tuyenquang.gov.vn/) » Kế hoạch', '', '**ỦY BAN NHÂN DÂN**', '**TỈNH TUYÊN QUANG**', '', '**I. KẾT QUẢ THỰC HIỆN NĂM 2025**',
      '* Đã kích hoạt 598.740 tài khoản định danh điện tử mức độ 2.', '* 98,7% đối tượng có tài khoản.'].join('\n');
    expect(sniff(enc(page), 'plan.txt')).toBe('markdown');
    expect(sniff(enc(['Phú Yên: khảo sát hài lòng', '* Năm 2024 tỉnh khảo sát 3.200 phiếu.', '* Tỷ lệ hài lòng đạt 85%.'].join('\n')), 'news.txt')).toBe('text');
    expect(sniff(enc(['| Chỉ tiêu | Kế hoạch 2025 |', '|---|---|', '| Tỷ lệ hồ sơ | ≥ 60% |'].join('\n')), 'plan.txt')).toBe('text');
  });
});
