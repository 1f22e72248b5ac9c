/** The CLI as a user meets it: help on every command, exit codes, JSON on stdout only. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
});

describe('muctieu CLI in a pipeline', () => {
  it('a reader that stops early (| head) ends the run quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract corpus | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain('Unhandled');
  });
});
