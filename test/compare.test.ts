import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareOutput, type CompareEntry } from '../schemas/compare.ts';
import { SCHEMA_VERSION } from '../schemas/document.ts';
import { jsonSchemas } from '../schemas/json.ts';
import {
  buildComparison, highlightText, lowerBar, readDocuments, stricterDirection, toCsv, toTable,
} from '../pipeline/compare/index.ts';
import { fixtureDocuments, makeDocument } from './compare-fixtures.ts';

const docs = fixtureDocuments();
const REF = 'nq-76-cp-2021';

const cell = (out: CompareOutput, indicator: string, province: string | null, year: number | null) =>
  out.rows.find((r) => r.indicator === indicator && r.province === province && r.year === year);

describe('buildComparison: the matrix', () => {
  const out = buildComparison(docs);

  it('validates against its own schema and is published as JSON Schema "compare"', () => {
    expect(CompareOutput.safeParse(out).success).toBe(true);
    const schema = jsonSchemas()['compare'] as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toContain('compare.schema.json');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['rows', 'flags', 'documents', 'indicators']));
  });

  it('groups records by indicator × province × year with value, comparator, document, quote', () => {
    const routing = cell(out, 'electronic-dossier-routing', 'Kon Tum', 2025)!;
    expect(routing.entries.map((e) => [e.documentId, e.comparator, e.value])).toEqual([
      ['kon-tum-3993-kh-ubnd-2021', 'gte', 80],
      ['kon-tum-120-kh-ubnd-2023', 'gte', 85],
    ]);
    const e = routing.entries[0]!;
    const doc = docs.find((d) => d.id === e.documentId)!;
    expect(doc.text!.slice(e.start, e.end)).toBe(e.quote);
    expect(cell(out, 'online-payment-transactions', 'Nghệ An', 2025)!.entries[0]!.value).toBe(35);
    expect(cell(out, 'par-index', 'Nghệ An', 2025)!.entries[0]).toMatchObject({ unit: 'rank', comparator: 'lte', value: 15 });
  });

  it('keys unkeyed records with the matcher and keeps preset keys', () => {
    const sat = cell(out, 'satisfaction-procedures', 'Kon Tum', 2025)!.entries[0]!;
    expect(sat.keySource).toBe('document');
    const pay = cell(out, 'online-payment-procedures', 'Kon Tum', 2025)!.entries[0]!;
    expect(pay.keySource).toBe('matcher');
    expect(pay.keyScore).toBeGreaterThan(0.5);
  });

  it('lists provinces in Vietnamese order and indicators in taxonomy order; records without province last', () => {
    expect(out.provinces).toEqual(['Kon Tum', 'Nghệ An', 'Quảng Ngãi']);
    const routing = out.rows.filter((r) => r.indicator === 'electronic-dossier-routing').map((r) => r.province);
    expect(routing).toEqual(['Kon Tum', 'Quảng Ngãi', null]);
    expect(out.indicators.map((i) => i.key)[0]).toBe('online-payment-procedures');
  });

  it('reports the province of each document at issue time and today', () => {
    const kt = out.documents.find((d) => d.id === 'kon-tum-3993-kh-ubnd-2021')!;
    expect(kt.province).toEqual({ issued: 'Kon Tum', current: 'Quảng Ngãi', merged: true });
    expect(out.documents.find((d) => d.id === REF)!.province).toBeNull();
    expect(out.diagnostics.map((d) => [d.severity, d.ruleId])).toContainEqual(['warning', 'compare:no-province']);
  });

  it('is byte-identical whatever order the documents come in', () => {
    const shuffled = [docs[3]!, docs[0]!, docs[4]!, docs[2]!, docs[1]!];
    expect(JSON.stringify(buildComparison(shuffled))).toBe(JSON.stringify(out));
  });

  it('filters by indicator and year', () => {
    const only = buildComparison(docs, { indicator: 'digitised-results', year: 2021 });
    expect(only.rows.map((r) => [r.indicator, r.province, r.year])).toEqual([['digitised-results', 'Kon Tum', 2021]]);
    expect(only.filters).toEqual({ indicator: 'digitised-results', year: 2021, reference: null });
    expect(buildComparison(docs, { year: 2030 }).rows).toEqual([]);
  });

  it('groups by today\'s unit with --by current: Kon Tum joins Quảng Ngãi', () => {
    const current = buildComparison(docs, { by: 'current' });
    const routing = cell(current, 'electronic-dossier-routing', 'Quảng Ngãi', 2025)!;
    expect(routing.entries.map((e) => e.documentId).sort()).toEqual(
      ['kon-tum-120-kh-ubnd-2023', 'kon-tum-3993-kh-ubnd-2021', 'quang-ngai-45-kh-ubnd-2022']);
    expect(current.provinces).not.toContain('Kon Tum');
  });

  it('reports duplicate documents once', () => {
    const twice = buildComparison([...docs, docs[0]!]);
    expect(twice.diagnostics.filter((d) => d.ruleId === 'compare:duplicate-document')).toHaveLength(1);
    expect(JSON.stringify(twice.rows)).toBe(JSON.stringify(out.rows));
  });

  it('falls back to the text when metadata names no province', () => {
    const doc = makeDocument({ id: 'no-meta', text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nTối thiểu 90% hồ sơ TTHC luân chuyển bằng phương thức điện tử.',
      targets: [{ quote: 'Tối thiểu 90% hồ sơ TTHC luân chuyển bằng phương thức điện tử', label: 'hồ sơ TTHC luân chuyển bằng phương thức điện tử', value: 90, comparator: 'gte', year: 2025 }] });
    const got = buildComparison([doc], { by: 'current' });
    expect(got.rows[0]!.province).toBe('Tuyên Quang');
  });

  it('leaves out records no indicator matches, with an info diagnostic', () => {
    const doc = makeDocument({ id: 'unmatched', province: 'Gia Lai', text: 'tỉnh Gia Lai: tốc độ tăng trưởng kinh tế đạt 8%',
      targets: [{ quote: 'tốc độ tăng trưởng kinh tế đạt 8%', label: 'tốc độ tăng trưởng kinh tế', value: 8, comparator: 'eq', year: 2025 }] });
    const got = buildComparison([doc]);
    expect(got.rows).toEqual([]);
    expect(got.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', ruleId: 'compare:unkeyed-records' }));
  });
});

describe('flags', () => {
  const out = buildComparison(docs, { reference: REF });

  it('flags one province stating different figures for one indicator and year, naming the newer document', () => {
    const conflicts = out.flags.filter((f) => f.kind === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ indicator: 'electronic-dossier-routing', province: 'Kon Tum', year: 2025, newer: 'kon-tum-120-kh-ubnd-2023' });
  });

  it('does not flag figures for different administrative levels (30%, 20%, 15%)', () => {
    expect(out.flags.some((f) => f.indicator === 'digitised-results')).toBe(false);
  });

  it('does not flag a result against a target, nor two dated-alike documents as newer', () => {
    const text = 'tỉnh Gia Lai: tỷ lệ giao dịch thanh toán trực tuyến đạt 25%; phấn đấu tỷ lệ giao dịch thanh toán trực tuyến đạt 40%';
    const a = makeDocument({ id: 'gia-lai-a', province: 'Gia Lai', date: '2022-01-01', text, targets: [
      { quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt 25%', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 25, comparator: 'eq', year: 2025, kind: 'result' },
      { quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt 40%', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 40, comparator: 'eq', year: 2025 },
    ] });
    expect(buildComparison([a]).flags).toEqual([]);
    const b = makeDocument({ id: 'gia-lai-b', province: 'Gia Lai', date: '2022-01-01', text, targets: [
      { quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt 25%', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 25, comparator: 'eq', year: 2025 },
    ] });
    const both = buildComparison([a, b]).flags;
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ kind: 'conflict', newer: null });
  });

  it('flags provinces setting a lower bar than the reference, and only those', () => {
    const lower = out.flags.filter((f) => f.kind === 'lower-bar');
    expect(lower.map((f) => [f.indicator, f.province, f.kind === 'lower-bar' ? f.record.value : null])).toEqual([
      ['satisfaction-procedures', 'Nghệ An', 85],
    ]);
  });

  it('reports a reference that is not among the inputs', () => {
    const missing = buildComparison(docs, { reference: 'nope' });
    expect(missing.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', ruleId: 'compare:reference-not-found' }));
  });
});

describe('lowerBar respects comparator direction', () => {
  const e = (comparator: CompareEntry['comparator'], value: number, max: number | null = null, extra: Partial<CompareEntry> = {}): CompareEntry => ({
    documentId: 'd', targetId: 't', kind: 'target', label: '', keyScore: null, keySource: 'document', value, max,
    unit: 'percent', comparator, interval: '', text: String(value), change: null, level: null, year: 2025, fromYear: null,
    recurrence: null, quote: 'q', start: 0, end: 1, line: 1, page: null, ...extra,
  });
  const CASES: Array<[string, CompareEntry, CompareEntry, string, boolean]> = [
    // [case, province, reference, indicator, lower bar?]
    ['≥ 85 vs ≥ 90', e('gte', 85), e('gte', 90), 'satisfaction-procedures', true],
    ['≥ 95 vs ≥ 90', e('gte', 95), e('gte', 90), 'satisfaction-procedures', false],
    ['= 90 vs ≥ 90', e('eq', 90), e('gte', 90), 'satisfaction-procedures', false],
    ['≥ 90 vs > 90 (inclusive is weaker)', e('gte', 90), e('gt', 90), 'satisfaction-procedures', true],
    ['> 90 vs ≥ 90', e('gt', 90), e('gte', 90), 'satisfaction-procedures', false],
    ['20–25 vs ≥ 30', e('between', 20, 25), e('gte', 30), 'procedures-simplified', true],
    ['≤ 3 vs ≥ 5 (no floor at all)', e('lte', 3), e('gte', 5), 'on-time-handling', true],
    // lte / lt: lower is stricter ("trong nhóm 10" beats "trong nhóm 15"; "trễ hạn dưới 2%" beats "dưới 3%").
    ['rank ≤ 15 vs ≤ 10', e('lte', 15, null, { unit: 'rank' }), e('lte', 10, null, { unit: 'rank' }), 'par-index', true],
    ['rank ≤ 5 vs ≤ 10', e('lte', 5, null, { unit: 'rank' }), e('lte', 10, null, { unit: 'rank' }), 'par-index', false],
    ['< 3 vs < 2', e('lt', 3), e('lt', 2), 'on-time-handling', true],
    ['≤ 2 vs < 2', e('lte', 2), e('lt', 2), 'on-time-handling', true],
    ['rank = 12 vs = 10 (taxonomy: lower is better)', e('eq', 12, null, { unit: 'rank' }), e('eq', 10, null, { unit: 'rank' }), 'par-index', true],
    // A change amount is a magnitude: cutting 5% is a lower bar than cutting 10%.
    ['giảm 5% vs giảm 10% so với 2021', e('eq', 5, null, { change: { direction: 'decrease', baselineYear: 2021 } }), e('eq', 10, null, { change: { direction: 'decrease', baselineYear: 2021 } }), 'payroll-cut', true],
  ];
  it.each(CASES)('%s', (_what, p, r, indicator, expected) => {
    expect(lowerBar(p, r, stricterDirection(r, indicator))).toBe(expected);
  });
});

describe('renderings', () => {
  const out = buildComparison(docs, { reference: REF });

  it('prints a table with one line per record and the flags', () => {
    const table = toTable(out);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^indicator\s+province\s+year/);
    expect(lines).toHaveLength(2 + out.rows.reduce((n, r) => n + r.entries.length, 0));
    expect(table).toMatch(/satisfaction-procedures\s+Nghệ An\s+2025.*> 85%.*lower bar than nq-76-cp-2021: ≥ 90%/);
    expect(table).toMatch(/electronic-dossier-routing\s+Kon Tum.*conflict \(newer: kon-tum-120-kh-ubnd-2023\)/);
  });

  it('writes RFC 4180 CSV with quoted cells', () => {
    const csv = toCsv(out);
    const lines = csv.split('\r\n');
    expect(lines[0]!.split(',')[0]).toBe('indicator');
    expect(csv).toContain('"[80,)"');
    expect(csv).toContain('"Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt trên 85%"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('highlights overlapping targets as segments that name every covering target', () => {
    const text = 'Đạt 100% thủ tục, trong đó 30% giao dịch.';
    const doc = makeDocument({ id: 'overlap', text, targets: [
      { quote: 'Đạt 100% thủ tục, trong đó 30% giao dịch', label: 'a', value: 100, comparator: 'eq', year: 2025 },
      { quote: '30% giao dịch', label: 'b', value: 30, comparator: 'eq', year: 2025 },
    ] });
    const { html, missing } = highlightText(doc);
    expect(missing).toEqual([]);
    expect(html).toContain('data-targets="t01">Đạt 100% thủ tục, trong đó </mark>');
    expect(html).toContain('data-targets="t01 t02">30% giao dịch</mark>');
    expect(html.endsWith('.')).toBe(true);
  });
});

describe('readDocuments and the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'muctieu-compare-'));
    await mkdir(join(dir, 'out', 'documents'), { recursive: true });
    for (const d of docs.slice(0, 3)) await writeFile(join(dir, 'out', 'documents', `${d.id}.json`), JSON.stringify(d));
    await writeFile(join(dir, 'out', 'report.json'), JSON.stringify({ totals: {} }));
    await writeFile(join(dir, 'extract.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents: docs.slice(3) }));
    await writeFile(join(dir, 'broken.json'), '{"schemaVersion": ');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('reads an output directory and an extract output; stray JSON in a directory is only info', async () => {
    const read = await readDocuments([join(dir, 'out'), join(dir, 'extract.json')]);
    expect(read.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(read.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['info', 'compare:invalid-document']]);
  });

  it('reports a named broken file as an error', async () => {
    const read = await readDocuments([join(dir, 'broken.json'), join(dir, 'missing.json')]);
    expect(read.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([
      ['error', 'compare:invalid-json'], ['error', 'compare:unreadable-input']]);
  });

  const run = promisify(execFile);
  const cli = (args: string[]) => run(process.execPath, ['pipeline/cli/bin.mjs', 'compare', ...args], { maxBuffer: 1 << 26 })
    .then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

  it('prints JSON that validates, with the flags', async () => {
    const r = await cli([join(dir, 'out'), join(dir, 'extract.json'), '--format', 'json', '--reference', REF]);
    expect(r.code).toBe(0);
    const out = CompareOutput.parse(JSON.parse(r.stdout));
    expect(out.flags.map((f) => f.kind).sort()).toEqual(['conflict', 'lower-bar']);
    expect(JSON.stringify(out)).toBe(JSON.stringify(buildComparison(docs, { reference: REF })));
  });

  it('writes HTML to --out and exits 2 on usage errors', async () => {
    const file = join(dir, 'report', 'compare.html');
    const r = await cli([join(dir, 'out'), '--format', 'html', '--out', file]);
    expect(r.code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^<!doctype html>/);
    expect((await cli([join(dir, 'out'), '--format', 'pdf'])).code).toBe(2);
    expect((await cli([join(dir, 'out'), '--by', 'region'])).code).toBe(2);
    expect((await cli([join(dir, 'out'), '--indicator', 'no-such-key'])).code).toBe(2);
    expect((await cli([join(dir, 'out'), '--year', '25'])).code).toBe(2);
  });

  it('exits 1 when the reference is missing or an input is broken', async () => {
    expect((await cli([join(dir, 'out'), '--reference', 'nope'])).code).toBe(1);
    const broken = await cli([join(dir, 'broken.json'), join(dir, 'out')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('compare:invalid-json');
  });
});
