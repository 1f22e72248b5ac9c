import { describe, expect, it } from 'vitest';
import { load } from '../pipeline/load/index.ts';
import { CHROME_WORDS, encodeHtml, htmlPage } from './fixtures/html.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const BODY = 'KẾ HOẠCH\nCải cách hành chính năm 2022\nPhấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% & mức độ hài lòng trên 90%.\n'
  + 'Giảm 10% biên chế so với năm 2021; không quá 02 lần đi lại.\n'.repeat(3);

describe('HTML loader', () => {
  it.each(['utf-8', 'windows-1258'])('keeps the article and drops page chrome (charset %s)', async (charset) => {
    const l = await load(encodeHtml(htmlPage(BODY, { charset }), charset), { path: 'page.html' });
    expect(l.format).toBe('html');
    expect(l.encoding).toBe(charset);
    const text = l.text.normalize('NFC');
    expect(text.split('\n\n').slice(0, 3)).toEqual(['KẾ HOẠCH', 'Cải cách hành chính năm 2022', 'Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% & mức độ hài lòng trên 90%.']);
    for (const chrome of [...CHROME_WORDS, 'dataLayer', 'color: red', 'Facebook', '200%', '12345', '99%']) expect(text).not.toContain(chrome);
    expect(l.diagnostics.find((d) => d.ruleId === 'load:page-chrome')?.severity).toBe('info');
  });

  it('maps text back to the HTML source, entities included', async () => {
    const html = htmlPage(BODY);
    const l = await load(enc(html), { path: 'page.html' });
    expect(l.original).toBe(html);
    for (const phrase of ['tối thiểu 80%', 'Giảm 10% biên chế', 'trên 90%']) {
      const at = l.map.toSource(l.text.indexOf(phrase));
      expect(html.slice(at, at + phrase.length)).toBe(phrase);
    }
    const amp = l.map.toSource(l.text.indexOf('&'));
    expect(html.slice(amp, amp + 5)).toBe('&amp;');
  });

  it('a page without article markup keeps its body minus header, nav and footer', async () => {
    const html = '<html><body><header>Trang chủ | Giới thiệu</header><nav>Menu</nav><div><p>Đạt 80% năm 2025.</p><p>Giảm 10% biên chế.</p></div><footer>Lượt truy cập: 99</footer></body></html>';
    const l = await load(enc(html), { path: 'p.html' });
    expect(l.text).toBe('Đạt 80% năm 2025.\n\nGiảm 10% biên chế.');
  });

  it('lists get their labels, table cells their own lines, <br> a line break', async () => {
    const html = '<html><body><article><ol><li>Một</li><li>Hai</li></ol><ul><li>gạch</li></ul><table><tr><td>Chỉ tiêu</td><td>80%</td></tr></table><p>dòng một<br>dòng hai</p></article></body></html>';
    const l = await load(enc(html), { path: 'p.html' });
    expect(l.text).toBe('1. Một\n\n2. Hai\n\n- gạch\n\nChỉ tiêu\n\n80%\n\ndòng một\ndòng hai');
  });
});

describe('Markdown loader', () => {
  it('no markup leaks, and every offset maps back into the .md source', async () => {
    const md = '# Kế hoạch CCHC năm 2022\n\nPhấn đấu **đến năm 2025**, tỷ lệ\nhồ sơ trực tuyến đạt *tối thiểu* 80%.\n\n1. Mục tiêu\n2. Yêu cầu\n   - ý phụ\n\n| Chỉ tiêu | Năm 2025 |\n|---|---|\n| Hồ sơ trực tuyến | 80% |\n';
    const l = await load(enc(md), { path: 'plan.md' });
    expect(l.format).toBe('markdown');
    expect(l.text).toBe('Kế hoạch CCHC năm 2022\n\nPhấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n\n1. Mục tiêu\n\n2. Yêu cầu\n\n- ý phụ\n\nChỉ tiêu\n\nNăm 2025\n\nHồ sơ trực tuyến\n\n80%');
    for (const phrase of ['đến năm 2025', 'tối thiểu', 'Yêu cầu', 'Hồ sơ trực tuyến', 'ý phụ']) {
      const at = l.map.toSource(l.text.indexOf(phrase));
      expect(md.slice(at, at + phrase.length)).toBe(phrase);
    }
  });
});
