import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../pipeline/index.ts';
import { load } from '../pipeline/load/index.ts';
import { detectLegacy, findLostCharacters, fromTcvn3, fromVni, isSyllable, repairText } from '../pipeline/repair/index.ts';
import { toTcvn3, toVni } from './fixtures/legacy.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('syllable list', () => {
  it.each([
    ['người', true], ['nghiêng', true], ['quốc', true], ['khuyến', true], ['gìn', true], ['giữa', true],
    ['Hòa', true], ['hoà', true], ['thuở', true], ['tỷ', true], ['kế', true], ['được', true], ['ĐỘC', true],
    ['Cng', false], ['bChỉ', false], ['Đkhắc', false], ['ka', false], ['ngi', false], ['tập̀', false],
    ['hàt', false], // a checked ending takes only sắc or nặng
    ['Index', false], ['CCHC', false],
  ])('%s → %s', (word, expected) => {
    expect(isSyllable(word)).toBe(expected);
  });
});

const SAMPLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'
  + 'Phấn đấu đến năm 2025, tỷ lệ hồ sơ được giải quyết trực tuyến đạt tối thiểu 80%; '
  + 'mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%.';

describe('legacy encodings (samples generated from the tables)', () => {
  it.each([
    ['tcvn3', toTcvn3, 'CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM'],
    ['vni-windows', toVni, 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'],
  ] as const)('%s text is detected and converted back to Unicode', (encoding, encode, firstLine) => {
    const legacy = encode(SAMPLE);
    expect(legacy.split('\n')[0]).toBe(firstLine);
    const r = detectLegacy(legacy);
    expect(r?.encoding).toBe(encoding);
    expect(r?.text).toBe(SAMPLE);
    expect(r!.after).toBeGreaterThan(0.9);
  });

  it.each([
    ['tcvn3', toTcvn3],
    ['vni-windows', toVni],
  ] as const)('%s in a UTF-8 file, in a Latin-1 byte file and in HTML: converted with a warning naming the encoding', async (encoding, encode) => {
    const legacy = encode(SAMPLE);
    for (const [bytes, path] of [[enc(legacy), 'a.txt'], [latin1(legacy), 'b.txt'], [enc(`<html><body><p>${legacy.replace(/\n/g, '</p><p>')}</p></body></html>`), 'c.html']] as const) {
      const l = await load(bytes, { path });
      expect(l.encoding).toBe(encoding);
      expect(l.text.replace(/\n+/g, '\n')).toBe(SAMPLE);
      const warning = l.diagnostics.find((d) => d.ruleId === 'repair:legacy-encoding');
      expect(warning?.severity).toBe('warning');
      expect(warning?.reason).toContain(encoding === 'tcvn3' ? 'TCVN3' : 'VNI-Windows');
    }
  });

  it('VNI conversion maps every letter back to its source characters', () => {
    const src = toVni('Độc lập được');
    const { text, map } = fromVni(src);
    expect(text).toBe('Độc lập được');
    // "được" starts at 8 in the output; in VNI "ñöôïc" starts after "Ñoäc laäp "
    expect(map.toSource(text.indexOf('được'))).toBe(src.indexOf('ñöôïc'));
  });

  it('genuine Unicode Vietnamese and plain English are left alone', () => {
    expect(detectLegacy(SAMPLE)).toBeNull();
    expect(detectLegacy('The café served crème brûlée and a piña colada to the naïve señor.')).toBeNull();
    expect(fromTcvn3('2025')).toBe('2025');
  });

  it('windows-1258 bytes (decomposed tones) are read as Vietnamese', async () => {
    const iconv = (await import('iconv-lite')).default;
    const cp1258Form = [...SAMPLE].map((ch) => {
      const d = ch.normalize('NFD');
      const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';
      return d.replace(tone, '').normalize('NFC') + tone;
    }).join('');
    const l = await load(new Uint8Array(iconv.encode(cp1258Form, 'windows1258')), { path: 'x.txt' });
    expect(l.encoding).toBe('windows-1258');
    expect(l.text.normalize('NFC')).toBe(SAMPLE);
  });
});

describe('letters lost in conversion', () => {
  // The document around each damaged word attests the fix (or does not).
  it.each([
    {
      text: 'Cổng dịch vụ công quốc gia. Người dân nộp hồ sơ qua Cng dịch vụ công của tỉnh.',
      word: 'Cng', fix: 'Cổng',
    },
    {
      text: 'Quyết định về việc công bố Chỉ số CCHC năm 2021. Quyết định phê duyệt và công bChỉ số hài lòng.',
      word: 'bChỉ', fix: 'bố Chỉ',
    },
    {
      // nothing in the text says which vowel "Đkhắc" lost: flagged, not repaired
      text: 'Đkhắc phục những tồn tại, hạn chế trong công tác cải cách hành chính.',
      word: 'Đkhắc', fix: null,
    },
  ])('$word → $fix', ({ text, word, fix }) => {
    const found = findLostCharacters(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.word).toBe(word);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(word);
    expect(found[0]!.fix).toBe(fix);
    expect(found[0]!.candidates.length).toBeGreaterThan(1); // the syllable list alone is not enough
  });

  it.each([
    'Kon Tum, Kon Plông, Đắk Lắk, Krông Pắc và Ia Grai',
    'Chỉ số PAR INDEX, SIPAS, PAPI, PCI; UBND tỉnh; Quyết định số 23/CT-TTg',
    'tốc độ 100 Mb/s, diện tích 20 km, website baothanhhoa.vn, ảnh 245d3202813t88086l0.jpeg',
    'ứng dụng Zalo, Internet, email và hệ thống iGate',
  ])('no false alarm: %s', (text) => {
    expect(findLostCharacters(text)).toEqual([]);
  });

  it('seed lam-dong-5204: every damaged word is flagged at its place, the attested ones repaired and recorded', async () => {
    const bytes = readFileSync(new URL('../corpus/lam-dong-5204-kh-ubnd-2022.txt', import.meta.url));
    const original = bytes.toString('utf8');
    const l = await load(new Uint8Array(bytes), { path: 'lam-dong.txt' });
    const warnings = l.diagnostics.filter((d) => d.ruleId === 'repair:lost-character');
    expect(warnings.map((w) => original.slice(w.offset!, w.offset! + 5))).toEqual(['bChỉ ', 'Đkhắc', 'Cng d']);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(l.repairs).toEqual([
      expect.objectContaining({ from: 'bChỉ', to: 'bố Chỉ' }),
      expect.objectContaining({ from: 'Cng', to: 'Cổng' }),
    ]);
    for (const r of l.repairs!) expect(l.text.slice(r.start, r.end)).toBe(r.to);
    expect(l.text).toContain('công bố Chỉ số hài lòng');
    expect(l.text).toContain('Cổng dịch vụ công của tỉnh');
    expect(l.text).toContain('Đkhắc phục'); // ambiguous: left as the file has it
    // the map still points into the file
    const at = l.text.indexOf('Cổng dịch vụ công của tỉnh');
    expect(original.slice(l.map.toSource(at), l.map.toSource(at) + 3)).toBe('Cng');
  });

  it('clean seeds get no lost-character warnings', async () => {
    for (const seed of ['kon-tum-3993-kh-ubnd-2021', 'kon-tum-1871-kh-ubnd-2024', 'nghe-an-5158-qd-ubnd-2021', 'thanh-hoa-baothanhhoa-2021-09-28']) {
      const r = repairText(readFileSync(new URL(`../corpus/${seed}.txt`, import.meta.url), 'utf8'));
      expect(r.findings, seed).toEqual([]);
    }
  });
});

describe('NFD input', () => {
  it('decomposed text (Word on macOS) gives the same targets as composed text', async () => {
    const text = readFileSync(new URL('../corpus/kon-tum-3993-kh-ubnd-2021.txt', import.meta.url), 'utf8');
    const nfc = await extractBytes(enc(text.normalize('NFC')), 'a.txt');
    const nfd = await extractBytes(enc(text.normalize('NFD')), 'b.txt');
    const key = (d: typeof nfc) => d.targets.map((t) => [t.value.value, t.value.unit, t.value.comparator, t.deadline.year, t.source.quote.normalize('NFC')]);
    expect(nfc.targets.length).toBeGreaterThan(0);
    expect(key(nfd)).toEqual(key(nfc));
    expect(nfd.diagnostics.filter((d) => d.ruleId.startsWith('repair:'))).toEqual([]);
  });
});
