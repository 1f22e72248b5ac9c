/** Pure parts of the batch: CSV quoting, duplicate detection, cache keys, walking inputs. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../pipeline/batch/cache.ts';
import { findDuplicates, type Placed } from '../pipeline/batch/dedupe.ts';
import { assignIds } from '../pipeline/batch/run.ts';
import { csvField, csvHeader, CSV_COLUMNS } from '../pipeline/batch/outputs.ts';
import { walk } from '../pipeline/batch/walk.ts';

describe('csvField (RFC 4180)', () => {
  const cases: Array<[string | number | null, string]> = [
    ['Kon Tum', 'Kon Tum'],
    ['tối thiểu 80%, cấp xã 60%', '"tối thiểu 80%, cấp xã 60%"'],
    ['Cổng "Dịch vụ công" quốc gia', '"Cổng ""Dịch vụ công"" quốc gia"'],
    ['Đến năm 2025:\n- 100% hồ sơ', '"Đến năm 2025:\n- 100% hồ sơ"'],
    ['a\r\nb', '"a\r\nb"'],
    ['86,75/100 điểm', '"86,75/100 điểm"'],
    [86.75, '86.75'],
    [null, ''],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('starts the file with a UTF-8 BOM and one header per column, CRLF-terminated', () => {
    const header = csvHeader();
    expect(header.startsWith('\uFEFF')).toBe(true);
    expect(header.endsWith('\r\n')).toBe(true);
    expect(header.slice(1, -2).split(',')).toEqual(CSV_COLUMNS.map(([h]) => h));
    expect(header).toContain('quote');
    expect(header).toContain('page');
  });
});

describe('findDuplicates', () => {
  const base: Placed = {
    id: 'x', naturalId: 'x', path: 'x', sha256: 'a'.repeat(64), bytes: 1, format: 'text', pages: null,
    status: 'ok', counts: { targets: 1, results: 0, errors: 0, warnings: 0 }, failures: [],
    number: null, issuer: null, date: null, province: null, kind: null,
  };
  const doc = (id: string, o: Partial<Placed>): Placed => ({ ...base, id, naturalId: id, path: `in/${id}`, sha256: id.padEnd(64, '0').replace(/[^0-9a-f]/g, '0'), ...o });
  const plan = { number: '3993/KH-UBND', date: '2021-11-05', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', province: 'Kon Tum' };
  const cases: Array<{ name: string; docs: Placed[]; groups: Array<{ by: string; canonical: string; duplicates: string[] }> }> = [
    {
      name: 'two copies with identical bytes',
      docs: [doc('b', { sha256: 'f'.repeat(64) }), doc('a', { sha256: 'f'.repeat(64) })],
      groups: [{ by: 'sha256', canonical: 'a', duplicates: ['b'] }],
    },
    {
      name: 'the same plan as PDF and DOCX: number, issuer and date agree; the better copy is kept',
      docs: [
        doc('pdf', { ...plan, format: 'pdf', status: 'partial' }),
        doc('docx', { ...plan, format: 'docx' }),
      ],
      groups: [{ by: 'number+issuer+date', canonical: 'docx', duplicates: ['pdf'] }],
    },
    {
      name: 'spelling of the number and issuer does not matter (folded, punctuation ignored)',
      docs: [doc('a', plan), doc('b', { ...plan, number: '3993/KH-UBND ', issuer: 'ỦY BAN NHÂN DÂN TỈNH KON TUM' })],
      groups: [{ by: 'number+issuer+date', canonical: 'a', duplicates: ['b'] }],
    },
    {
      name: 'a missing issuer is not a disagreement',
      docs: [doc('a', plan), doc('b', { ...plan, issuer: null })],
      groups: [{ by: 'number+issuer+date', canonical: 'a', duplicates: ['b'] }],
    },
    {
      name: 'same number and date from two provinces are two plans',
      docs: [doc('a', plan), doc('b', { ...plan, issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', province: 'Lâm Đồng' })],
      groups: [],
    },
    {
      name: 'same number, another date',
      docs: [doc('a', plan), doc('b', { ...plan, date: '2022-11-05' })],
      groups: [],
    },
    {
      name: 'no number: only identical bytes can tell',
      docs: [doc('a', { date: plan.date }), doc('b', { date: plan.date })],
      groups: [],
    },
    {
      name: 'more targets wins when the status is the same',
      docs: [doc('a', plan), doc('b', { ...plan, counts: { ...base.counts, targets: 7 } }), doc('c', plan)],
      groups: [{ by: 'number+issuer+date', canonical: 'b', duplicates: ['a', 'c'] }],
    },
  ];
  it.each(cases)('$name', ({ docs, groups }) => {
    expect(findDuplicates(docs)).toEqual(groups);
  });
});

describe('assignIds', () => {
  const cases: Array<[string[], string[]]> = [
    [['kon-tum-3993-kh-ubnd-2021', 'lam-dong-5204-kh-ubnd-2022'], ['kon-tum-3993-kh-ubnd-2021', 'lam-dong-5204-kh-ubnd-2022']],
    [['ke-hoach', 'ke-hoach', 'ke-hoach'], ['ke-hoach', 'ke-hoach-2', 'ke-hoach-3']],
    // "ke-hoach-2" is another document's own id: the second "ke-hoach" skips it.
    [['ke-hoach', 'ke-hoach', 'ke-hoach-2'], ['ke-hoach', 'ke-hoach-3', 'ke-hoach-2']],
    [['ke-hoach-2', 'ke-hoach', 'ke-hoach'], ['ke-hoach-2', 'ke-hoach', 'ke-hoach-3']],
  ];
  it.each(cases)('%j → %j', (natural, expected) => {
    expect(assignIds(natural)).toEqual(expected);
  });
});

describe('cacheKey', () => {
  const sha = '0'.repeat(64);
  const key = cacheKey(sha, {});
  const cases: Array<[string, string]> = [
    ['other bytes', cacheKey('1'.repeat(64), {})],
    ['another pipeline version', cacheKey(sha, {}, '99.0.0')],
    ['--include-text', cacheKey(sha, { includeText: true })],
    ['--ocr', cacheKey(sha, { ocr: true })],
    ['--password', cacheKey(sha, { password: 'mật khẩu' })],
  ];
  it.each(cases)('changes with %s', (_name, other) => {
    expect(other).not.toBe(key);
  });
  it('is stable for the same input and ignores options that do not change the output', () => {
    expect(cacheKey(sha, {})).toBe(key);
    expect(cacheKey(sha, { includeText: false, ocr: false })).toBe(key);
  });
});

describe('walk', () => {
  it('walks folders for document formats, expands globs, keeps named files and reports what matched nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'muctieu-walk-'));
    await mkdir(join(dir, 'b', '.cache'), { recursive: true });
    for (const f of ['a.txt', 'b/kế-hoạch.pdf', 'b/c.DOCX', 'b/notes.json', 'b/.cache/x.txt', 'z.md']) await writeFile(join(dir, f), 'x');
    const walked = await walk([join(dir, 'b'), join(dir, 'a.txt'), `${dir}/*.md`, join(dir, 'b/notes.json'), join(dir, 'missing.pdf'), `${dir}/*.html`]);
    expect(walked.files).toEqual([join(dir, 'a.txt'), join(dir, 'b/c.DOCX'), join(dir, 'b/kế-hoạch.pdf'), join(dir, 'b/notes.json'), join(dir, 'z.md')]);
    expect(walked.unmatched).toEqual([join(dir, 'missing.pdf'), `${dir}/*.html`]);
  });
});
