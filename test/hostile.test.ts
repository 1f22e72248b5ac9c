/**
 * Hostile and broken input: each case ends as a failed document with a clear diagnostic —
 * never a crash, a hang or a silently partial result — and a batch goes on past it.
 * Everything is built inside the tests.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBytes } from '../pipeline/index.ts';
import { pdfFromText } from './fixtures/pdf.ts';
import { zipWith } from './fixtures/zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const MiB = 1024 * 1024;

function garbage(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; out[i] = x >> 16; }
  out[0] = 0; // not text
  return out;
}

const CASES: Array<{ name: string; path: string; bytes: () => Promise<Uint8Array> | Uint8Array; ruleId: string; reason: RegExp }> = [
  { name: 'empty file', path: 'empty.txt', bytes: () => new Uint8Array(), ruleId: 'load:empty', reason: /empty/ },
  { name: 'empty file named .pdf', path: 'empty.pdf', bytes: () => new Uint8Array(), ruleId: 'load:empty', reason: /empty/ },
  { name: 'binary garbage named .pdf', path: 'scan.pdf', bytes: () => garbage(50_000), ruleId: 'load:unknown-format', reason: /not a PDF.*name ends in \.pdf/ },
  { name: 'binary garbage named .docx', path: 'plan.docx', bytes: () => garbage(50_000, 3), ruleId: 'load:unknown-format', reason: /name ends in \.docx/ },
  { name: 'garbage after a zip signature', path: 'plan.docx', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage(5000)]), ruleId: 'load:corrupt-docx', reason: /cannot be opened|damaged/ },
  {
    name: 'truncated PDF', path: 'cut.pdf', ruleId: 'load:truncated-pdf', reason: /truncated/,
    bytes: async () => { const pdf = await pdfFromText('Phấn đấu đạt 80% năm 2025.\n'.repeat(200)); return pdf.subarray(0, Math.floor(pdf.length * 0.6)); },
  },
  {
    name: 'encrypted PDF', path: 'locked.pdf', ruleId: 'load:encrypted-pdf', reason: /encrypted.*--password/,
    bytes: () => pdfFromText('Phấn đấu đạt 80% năm 2025.', { userPassword: 'x' }),
  },
  {
    name: 'DOCX zip bomb (1000:1)', path: 'bomb.docx', ruleId: 'load:zip-bomb', reason: /word\/document\.xml.*(compressed \d+:1|unpacks)/,
    bytes: () => zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': { data: Buffer.alloc(30 * MiB, 0x20) } }),
  },
  {
    name: 'DOCX that lies about its sizes', path: 'liar.docx', ruleId: 'load:zip-bomb', reason: /beyond its declared size/,
    bytes: () => zipWith({ 'word/document.xml': { data: Buffer.alloc(8 * MiB, 0x20), declaredSize: 1000 } }),
  },
  {
    name: 'DOCX with a huge XML part', path: 'huge.docx', ruleId: 'load:zip-bomb', reason: /huge XML part/,
    bytes: () => zipWith({ 'word/document.xml': { data: Buffer.from('<w:p><w:r><w:t>Phấn đấu đạt 80%</w:t></w:r></w:p>'.repeat(800_000)) } }),
  },
  {
    name: 'deeply nested HTML', path: 'deep.html', ruleId: 'load:too-deep', reason: /nests 50000 elements/,
    bytes: () => enc(`<html><body>${'<div>'.repeat(50_000)}Đạt 80%${'</div>'.repeat(50_000)}</body></html>`),
  },
  {
    name: '100 MB text file', path: 'big.txt', ruleId: 'load:too-large', reason: /100\.0 MiB, over the 64\.0 MiB limit/,
    bytes: () => new Uint8Array(100 * MiB).fill(0x61),
  },
  {
    name: 'one line of 10 million characters', path: 'line.txt', ruleId: 'load:line-too-long', reason: /Line 2 .* 10,000,000 characters/,
    bytes: () => { const head = enc('KẾ HOẠCH\n'); const b = new Uint8Array(head.length + 10_000_000).fill(0x39); b.set(head); return b; },
  },
];

describe('hostile input through the library', () => {
  it.each(CASES)('$name → failed, $ruleId', async ({ path, bytes, ruleId, reason }) => {
    const doc = await extractBytes(await bytes(), path);
    expect(doc.status).toBe('failed');
    expect(doc.targets).toEqual([]);
    const d = doc.diagnostics.find((x) => x.ruleId === ruleId);
    expect(d, JSON.stringify(doc.diagnostics)).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(d!.reason).toMatch(reason);
  });

  it('the size cap is an option', async () => {
    const doc = await extractBytes(enc('Phấn đấu đến năm 2025 đạt 80%.'), 'a.txt', { maxBytes: 10 });
    expect(doc.status).toBe('failed');
    expect(doc.diagnostics[0]?.ruleId).toBe('load:too-large');
  });
});

describe('hostile input through the CLI (worker threads, time budget)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'muctieu-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [new URL('../pipeline/cli/bin.mjs', import.meta.url).pathname, ...args],
      { maxBuffer: 256 * MiB, timeout: 170_000 }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });

  it('a batch with broken files and text built to make regexes backtrack: every document is reported, the good one is read', async () => {
    // Runs of the characters number, comparator and clause patterns repeat on, inside a single
    // 60,000-character line: a pattern with nested quantifiers would take forever on it.
    const backtrack = 'KẾ HOẠCH\n' + 'tối thiểu '.repeat(500) + '1.000.000,0'.repeat(2500) + ' %'.repeat(3000)
      + '(((((((((('.repeat(300) + ' đạt đạt - - -'.repeat(1000) + '!';
    writeFileSync(join(dir, 'backtrack.txt'), backtrack);
    writeFileSync(join(dir, 'garbage.pdf'), garbage(20_000));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(20_000)}x</body></html>`);
    writeFileSync(join(dir, 'good.txt'), readFileSync(new URL('../corpus/kon-tum-3993-kh-ubnd-2021.txt', import.meta.url)));
    const r = await cli(['extract', dir, '--timeout', '30', '--concurrency', '2']);
    expect(r.code).toBe(1); // some documents failed
    const out = JSON.parse(r.stdout) as { documents: Array<{ source: { path: string }; status: string; targets: unknown[]; diagnostics: Array<{ ruleId: string }> }> };
    const by = new Map(out.documents.map((d) => [d.source.path.split('/').at(-1)!, d]));
    expect([...by.keys()].sort()).toEqual(['backtrack.txt', 'deep.html', 'empty.txt', 'garbage.pdf', 'good.txt']);
    expect(by.get('good.txt')!.status).toBe('ok');
    expect(by.get('good.txt')!.targets.length).toBeGreaterThan(0);
    for (const name of ['garbage.pdf', 'empty.txt', 'deep.html']) expect(by.get(name)!.status, name).toBe('failed');
    // the backtracking text is read (or stopped by the time budget), never hangs the batch
    const bt = by.get('backtrack.txt')!;
    if (bt.status === 'failed') expect(bt.diagnostics.map((d) => d.ruleId)).toContain('run:timeout');
    expect(r.stderr).toContain('load:unknown-format');
  }, 180_000);
});
