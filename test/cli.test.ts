/** The CLI as a user meets it: help on every command, exit codes, JSON on stdout only. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../schemas/json.ts';

const BIN = new URL('../pipeline/cli/bin.mjs', import.meta.url).pathname;
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('muctieu CLI', () => {
  it.each(['extract', 'eval', 'compare', 'schema'])('%s --help explains the command and exits 0', (cmd) => {
    const r = cli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: muctieu ${cmd}`);
  });
  it('a usage error exits 2 and says so on stderr', () => {
    const r = cli(['extract', '--no-such-flag', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option');
    expect(r.stdout).toBe('');
  });
  it('extract prints one JSON object on stdout; people-facing text goes to stderr', () => {
    const r = cli(['extract', 'corpus/kon-tum-3993-kh-ubnd-2021.txt']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { schemaVersion: string; documents: Array<{ id: string; targets: unknown[] }> };
    expect(out.documents.map((d) => [d.id, d.targets.length])).toEqual([['kon-tum-3993-kh-ubnd-2021', 12]]);
    expect(r.stderr).toMatch(/1 document .*12 targets/);
  });
  it('--max-bytes refuses a larger file with a reason and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muctieu-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'Đến năm 2025, tối thiểu 80% hồ sơ được số hóa.'.repeat(50));
    const r = cli(['extract', join(dir, 'a.txt'), '--max-bytes', '100']);
    expect(r.code).toBe(1);
    const doc = (JSON.parse(r.stdout) as { documents: Array<{ status: string; diagnostics: Array<{ ruleId: string }> }> }).documents[0]!;
    expect(doc.status).toBe('failed');
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('load:too-large');
  });
  it('schema prints the published JSON Schema', () => {
    const r = cli(['schema', '--name', 'document']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(jsonSchemas().document)));
  });
  it('eval --json reports the corpus scores', () => {
    const r = cli(['eval', 'corpus', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { overall: { expected: number; strict: { f1: number } } };
    expect(report.overall.expected).toBe(92);
    expect(report.overall.strict.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('eval scores a document it cannot read as predicting nothing, names it on stderr, goes on and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muctieu-eval-'));
    mkdirSync(join(dir, 'expected'));
    const record = { quote: '80%', alt_quotes: [], value: 80, max: null, unit: 'percent', comparator: 'gte', year: 2025, fromYear: null, kind: 'target',
      level: null, change: null, baselineYear: null, recurrence: null, indicator: 'hồ sơ', area: 'other', note: '' };
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'expected', 'a-empty.targets.json'), JSON.stringify({ document: 'a-empty', records: [record] }));
    writeFileSync(join(dir, 'b-plan.txt'), 'KẾ HOẠCH\nCải cách hành chính năm 2025\nII. MỤC TIÊU\nĐến năm 2025, tối thiểu 80% hồ sơ được luân chuyển bằng phương thức điện tử.\n');
    writeFileSync(join(dir, 'expected', 'b-plan.targets.json'), JSON.stringify({ document: 'b-plan', records: [{ ...record, quote: 'tối thiểu 80% hồ sơ được luân chuyển bằng phương thức điện tử' }] }));
    const r = cli(['eval', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a-empty: failed');
    const report = JSON.parse(r.stdout) as { documents: Array<{ document: string; strict: { f1: number } }>; failed: Array<{ document: string }> };
    expect(report.failed.map((f) => f.document)).toEqual(['a-empty']);
    expect(report.documents.map((d) => [d.document, d.strict.f1])).toEqual([['a-empty', 0], ['b-plan', 1]]);
  });
});

describe('muctieu CLI in a pipeline', () => {
  it('a reader that stops early (| head) ends the run quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract corpus | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain('Unhandled');
  });
});
