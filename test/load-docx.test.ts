import { describe, expect, it } from 'vitest';
import { load } from '../pipeline/load/index.ts';
import { formatNumber, numberingLabels } from '../pipeline/load/docx-numbering.ts';
import { buildDocx } from './fixtures/docx.ts';
import { zipWith } from './fixtures/zip.ts';

describe('Word numbering labels', () => {
  it.each([
    [1, 'decimal', '1'], [4, 'lowerLetter', 'd'], [27, 'lowerLetter', 'aa'], [2, 'upperRoman', 'II'],
    [9, 'lowerRoman', 'ix'], [3, 'decimalZero', '03'], [5, 'none', ''],
  ] as const)('%i as %s → %s', (n, format, label) => {
    expect(formatNumber(n, format)).toBe(label);
  });

  it('counts per list, restarts deeper levels and honours lvlText', () => {
    const numbering = `<w:numbering>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const p = (num: number, lvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${num}"/></w:numPr></w:pPr></w:p>`;
    const doc = [p(1, 0), p(1, 1), p(1, 1), p(1, 0), p(1, 1), p(2, 0), p(3, 0), '<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:p>'].join('');
    expect(numberingLabels(doc, numbering)).toEqual(['1.', 'a)', 'b)', '2.', 'a)', '-', '3.']);
  });
});

describe('DOCX loader', () => {
  it('restores list labels from Word numbering so the outline matches the text version', async () => {
    const docx = await buildDocx([
      { kind: 'heading', text: 'I. MỤC TIÊU' },
      { kind: 'numbered', list: 'arabic', instance: 1, text: 'Cải cách thủ tục hành chính' },
      { kind: 'numbered', list: 'letter', instance: 2, text: 'Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.' },
      { kind: 'numbered', list: 'letter', instance: 2, text: 'Mức độ hài lòng đạt trên 90%.' },
      { kind: 'numbered', list: 'arabic', instance: 1, text: 'Cải cách tổ chức bộ máy' },
    ]);
    const l = await load(docx, { path: 'a.docx' });
    expect(l.format).toBe('docx');
    expect(l.text).toBe([
      'I. MỤC TIÊU', '1. Cải cách thủ tục hành chính', 'a) Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.',
      'b) Mức độ hài lòng đạt trên 90%.', '2. Cải cách tổ chức bộ máy',
    ].join('\n\n'));
    expect(l.original).toBe(l.text);
    expect(l.hardWrapped).toBe(false);
  });

  it('keeps tables as one line per cell and footnotes as "[n] …" paragraphs', async () => {
    const docx = await buildDocx([
      { kind: 'p', text: 'PHỤ LỤC', footnote: { id: 1, text: 'Theo Nghị quyết 76/NQ-CP.' } },
      { kind: 'table', rows: [['Chỉ tiêu', 'Năm 2025'], ['Hồ sơ trực tuyến', 'tối thiểu 80%']] },
    ]);
    const l = await load(docx, { path: 'a.docx' });
    const lines = l.text.split('\n\n');
    expect(lines).toContain('Chỉ tiêu');
    expect(lines).toContain('tối thiểu 80%');
    expect(l.text).not.toContain('|');
    expect(lines.at(-1)).toMatch(/^\[1\] Theo Nghị quyết 76\/NQ-CP\.$/);
    expect(l.diagnostics.find((d) => d.ruleId === 'load:docx-footnotes')?.severity).toBe('info');
  });

  it('a zip that is not a Word document says what it is', async () => {
    const l = await load(zipWith({ 'xl/workbook.xml': '<workbook/>' }), { path: 'a.docx' });
    expect(l.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'load:not-docx', reason: expect.stringContaining('Excel') })]);
  });
});

