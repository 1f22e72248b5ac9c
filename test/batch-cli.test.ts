/**
 * `muctieu extract` as a user runs it: a child process, its exit codes, stdout and
 * stderr, and what a SIGKILL in the middle of a run leaves behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, ExtractOutput } from '../schemas/document.ts';
import { Manifest } from '../pipeline/batch/outputs.ts';
import { isTempFile } from '../pipeline/batch/atomic.ts';

const BIN = new URL('../pipeline/cli/bin.mjs', import.meta.url).pathname;
const tmp = () => mkdtemp(join(tmpdir(), 'muctieu-cli-'));

function cli(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `n` short plans: each processes quickly whatever the extraction stages cost. */
async function corpus(dir: string, n: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    await writeFile(join(dir, `ke-hoach-${String(i).padStart(4, '0')}.txt`),
      `ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nSố: ${1000 + i}/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2025\n\n` +
      `1. Phấn đấu ${50 + (i % 50)}% hồ sơ được giải quyết trực tuyến.\n2. Tối thiểu ${i % 90} thủ tục được cắt giảm.\n`);
  }
}

describe('muctieu extract', () => {
  it('prints {schemaVersion, documents} in path order for folders and globs, with duplicates and a summary on stderr', async () => {
    const dir = await tmp();
    await corpus(join(dir, 'b'), 2);
    await corpus(join(dir, 'a'), 1);
    await writeFile(join(dir, 'a', 'ghi-chu.json'), '{}');
    const r = cli(['extract', 'b', 'a/*.txt', '--include-text'], dir);
    expect(r.code).toBe(0);
    const out = ExtractOutput.parse(JSON.parse(r.stdout));
    for (const d of out.documents) expect(d.text).toContain('Phấn đấu');
    expect(out.documents.map((d) => d.source.path)).toEqual(['a/ke-hoach-0000.txt', 'b/ke-hoach-0000.txt', 'b/ke-hoach-0001.txt']);
    // a/ and b/ hold one identical plan: told apart by id, reported once as a duplicate.
    expect(out.documents.map((d) => d.id)).toEqual(['ke-hoach-0000', 'ke-hoach-0000-2', 'ke-hoach-0001']);
    expect(r.stderr).toMatch(/^b\/ke-hoach-0000\.txt: duplicate of ke-hoach-0000, its targets are counted once$/m);
    expect(r.stderr).toMatch(/^muctieu: 3 documents \(3 processed, 0 cached\), \d+ targets?, \d+ results?, 0 failed, \d+ partial, 1 duplicate, [\d.]+ s$/m);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['a missing file', ['extract', 'khong-co.pdf'], /no such file.*khong-co\.pdf/],
    ['a glob without matches', ['extract', 'thu-muc/*.docx'], /thu-muc\/\*\.docx/],
    ['--concurrency 0', ['extract', '--concurrency', '0', '.'], /--concurrency to be an integer from 1 and up, got "0"/],
    ['--timeout abc', ['extract', '--timeout', 'abc', '.'], /--timeout to be a number/],
    ['an unknown option', ['extract', '--nhanh', '.'], /unknown option/],
  ];
  it.each(usage)('exits 2 for %s', async (_name, args, message) => {
    const dir = await tmp();
    await corpus(dir, 1);
    const r = cli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 1 when a document fails, still writing the others and the manifest', async () => {
    const dir = await tmp();
    await corpus(join(dir, 'in'), 2);
    await writeFile(join(dir, 'in', 'rong.txt'), '');
    const r = cli(['extract', 'in', '--out', 'out', '--concurrency', '2'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in\/rong\.txt: error load:empty/);
    expect(r.stderr).toMatch(/3 documents .* 1 failed/);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8')));
    expect(manifest.documents.map((d) => d.status === 'failed')).toEqual([false, false, true]);
    expect(manifest.documents[2]!.failures.map((f) => f.ruleId)).toContain('load:empty');
    expect(r.stdout).toBe('');
  });

  it('survives SIGKILL mid-run: finished documents intact, no partial files, a re-run completes the rest', async () => {
    const dir = await tmp();
    const n = 250;
    await corpus(join(dir, 'in'), n);
    const docs = join(dir, 'out', 'documents');
    const child = spawn(process.execPath, [BIN, 'extract', 'in', '--out', 'out', '--concurrency', '2'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, s) => r(s)));
    // Kill once a few documents are out but well before the end.
    for (;;) {
      const have = (await readdir(docs).catch(() => [])).filter((f) => f.endsWith('.json')).length;
      if (have >= 10) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // A write cut by the kill leaves at most its temporary file (never a partial document):
    // one per worker, cleaned up by the next run.
    const left = await readdir(join(dir, 'out'), { recursive: true });
    expect(left.filter((f) => isTempFile(f)).length).toBeLessThanOrEqual(4);
    const finished = (await readdir(docs)).filter((f) => f.endsWith('.json'));
    expect(finished.length).toBeGreaterThanOrEqual(10);
    expect(finished.length).toBeLessThan(n);
    for (const f of finished) {
      const doc = Document.parse(JSON.parse(await readFile(join(docs, f), 'utf8')));
      expect(`${doc.id}.json`).toBe(f);
    }
    await expect(readFile(join(dir, 'out', 'manifest.json'))).rejects.toThrow();

    const r = cli(['extract', 'in', '--out', 'out', '--concurrency', '2'], dir);
    expect(r.code).toBe(0);
    const summary = /(\d+) documents \((\d+) processed, (\d+) cached\)/.exec(r.stderr)!;
    expect(Number(summary[1])).toBe(n);
    // What finished before the kill and reached the cache is reused. A document file is
    // written before its cache entry, so the kill can fall between the two for any document
    // in flight: cached documents are a non-empty subset of the finished ones.
    expect(Number(summary[3])).toBeGreaterThan(0);
    expect(Number(summary[3])).toBeLessThanOrEqual(finished.length);
    expect(Number(summary[2]) + Number(summary[3])).toBe(n);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8')));
    expect(manifest.documents).toHaveLength(n);
    expect((await readdir(docs)).filter((f) => f.endsWith('.json'))).toHaveLength(n);
    expect((await readdir(join(dir, 'out'), { recursive: true })).filter((f) => isTempFile(f))).toEqual([]);
  });
});
