/**
 * Batch runs into an output folder: the files it writes, the cache, duplicate plans,
 * ids that two inputs share, failures that do not stop the batch, and determinism.
 * Documents come from test/fixtures/batch-spec-worker.ts (metadata and targets from a
 * spec line) so these tests do not depend on the extraction stages' current output.
 */
import { cp, mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../schemas/document.ts';
import { jsonSchemas } from '../schemas/json.ts';
import { Cache, cacheKey, sha256 } from '../pipeline/batch/cache.ts';
import { Manifest, TargetRow } from '../pipeline/batch/outputs.ts';
import { runBatch, type BatchOptions } from '../pipeline/batch/run.ts';
import { walk } from '../pipeline/batch/walk.ts';
import { buildShortCorpus as smallCorpus, buildTextCorpus } from './fixtures/batch-corpus.ts';

const SPEC = new URL('./fixtures/batch-spec-worker.ts', import.meta.url).href;
const MISBEHAVE = new URL('./fixtures/batch-misbehave-worker.ts', import.meta.url).href;

const tmp = () => mkdtemp(join(tmpdir(), 'muctieu-batch-'));

async function put(dir: string, rel: string, text: string): Promise<string> {
  const p = join(dir, rel);
  await mkdir(dirname(p), { recursive: true });
  await writeFile(p, text);
  return p;
}

const specDoc = (spec: object, body: string) => `#spec ${JSON.stringify(spec)}\n\n${body}\n`;

async function run(inputs: string[], out: string, o: Partial<BatchOptions> = {}) {
  const { files } = await walk(inputs);
  return runBatch(files, { out, concurrency: 2, timeoutMs: 60_000, memoryMb: 512, workerEntry: SPEC, ...o });
}

/** Every file under `dir` except the cache, as relative path → bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).includes('/.cache/'))
    .map((e) => join(e.parentPath, e.name));
  const out = new Map<string, string>();
  for (const n of names.sort()) out.set(n.slice(dir.length), await readFile(n, 'utf8'));
  return out;
}

const KON_TUM = { number: '3993/KH-UBND', date: '2021-11-05', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', province: 'Kon Tum' };
const BODY_KT = 'Đến năm 2025:\n- Phấn đấu 100% thủ tục hành chính được công khai.\n- Tối thiểu 80% hồ sơ được giải quyết trực tuyến.';

describe('runBatch into --out', () => {
  it('writes documents, targets.ndjson, targets.csv, manifest.json and schema/, counting a duplicate plan once', async () => {
    const src = await tmp();
    const out = await tmp();
    const targets = ['Phấn đấu 100% thủ tục hành chính được công khai.', 'Tối thiểu 80% hồ sơ được giải quyết trực tuyến.'];
    await put(src, 'docx/kon-tum.txt', specDoc({ ...KON_TUM, targets }, BODY_KT));
    // The same plan again: a byte-identical copy, and a differently laid out copy ("the PDF").
    await put(src, 'copy/kon-tum.txt', specDoc({ ...KON_TUM, targets }, BODY_KT));
    await put(src, 'pdf/kon-tum.txt', specDoc({ ...KON_TUM, issuer: 'ỦY BAN NHÂN DÂN TỈNH KON TUM', targets: targets.slice(1) }, `${BODY_KT}\n\nTrang 1`));
    const quote = 'Chỉ số SIPAS đạt trên 90%, trong đó "hài lòng" về thủ tục đất đai';
    await put(src, 'lam-dong.txt', specDoc({ number: '5204/KH-UBND', date: '2022-07-14', province: 'Lâm Đồng', targets: [quote] }, `Năm 2022:\n${quote}.`));

    const r = await run([src], out);
    expect(r.totals).toEqual({ documents: 4, ok: 4, partial: 0, failed: 0, duplicates: 2, targets: 3, results: 0 });

    const manifest = Manifest.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.documents.map((d) => [d.path.slice(src.length), d.id, d.duplicateOf])).toEqual([
      ['/copy/kon-tum.txt', 'kon-tum-3993-kh-ubnd-2021', null],
      ['/docx/kon-tum.txt', 'kon-tum-3993-kh-ubnd-2021-2', 'kon-tum-3993-kh-ubnd-2021'],
      ['/lam-dong.txt', 'lam-dong-5204-kh-ubnd-2022', null],
      ['/pdf/kon-tum.txt', 'kon-tum-3993-kh-ubnd-2021-3', 'kon-tum-3993-kh-ubnd-2021'],
    ]);
    expect(manifest.duplicates).toEqual([{
      by: 'number+issuer+date', canonical: 'kon-tum-3993-kh-ubnd-2021', duplicates: ['kon-tum-3993-kh-ubnd-2021-2', 'kon-tum-3993-kh-ubnd-2021-3'],
    }]);
    for (const d of manifest.documents) expect(d.sha256).toBe(sha256(await readFile(d.path)));

    // Each document file holds a valid Document whose id is its file name.
    const files = (await readdir(join(out, 'documents'))).sort();
    expect(files).toEqual(manifest.documents.map((d) => `${d.id}.json`).sort());
    for (const f of files) {
      const doc = Document.parse(JSON.parse(await readFile(join(out, 'documents', f), 'utf8')));
      expect(`${doc.id}.json`).toBe(f);
    }

    const lines = (await readFile(join(out, 'targets.ndjson'), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((l) => TargetRow.parse(JSON.parse(l)));
    expect(rows.map((r) => [r.documentId, r.province, r.documentKind, r.source.quote])).toEqual([
      ['kon-tum-3993-kh-ubnd-2021', 'Kon Tum', 'kế hoạch', targets[0]],
      ['kon-tum-3993-kh-ubnd-2021', 'Kon Tum', 'kế hoạch', targets[1]],
      ['lam-dong-5204-kh-ubnd-2022', 'Lâm Đồng', 'kế hoạch', quote],
    ]);

    const csv = await readFile(join(out, 'targets.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdocument_id,province,')).toBe(true);
    const csvLines = csv.split('\r\n');
    expect(csvLines.pop()).toBe('');
    expect(csvLines).toHaveLength(1 + 3);
    expect(csvLines[3]).toContain('"Chỉ số SIPAS đạt trên 90%, trong đó ""hài lòng"" về thủ tục đất đai"');

    const schemaFiles = [...Object.keys(jsonSchemas()), 'manifest', 'target-row'].map((n) => `${n}.schema.json`).sort();
    expect((await readdir(join(out, 'schema'))).sort()).toEqual(schemaFiles);
    const manifestSchema = JSON.parse(await readFile(join(out, 'schema', 'manifest.schema.json'), 'utf8'));
    expect(manifestSchema.$id).toMatch(/manifest\.schema\.json$/);
    expect(manifestSchema.required).toContain('documents');
  });

  it('gives byte-identical output whatever the concurrency and whichever worker finishes first', async () => {
    const src = await tmp();
    await smallCorpus(src, 20);
    await buildTextCorpus(join(src, 'seeds'), 3);
    // Two inputs the pipeline names alike, in folders that sort the other way round.
    await put(src, 'z/ke-hoach.txt', specDoc({ number: '12/KH-UBND', date: '2024-01-02' }, 'Văn bản thứ nhất.'));
    await put(src, 'a/ke-hoach.txt', specDoc({ number: '12/KH-UBND', date: '2024-01-02' }, 'Văn bản thứ hai, khác nội dung.'));
    const one = await tmp();
    const two = await tmp();
    await run([src], one, { concurrency: 1 });
    await run([src], two, { concurrency: 3 });
    const a = await snapshot(one);
    const b = await snapshot(two);
    expect(a.size).toBe(b.size);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
  });

  it('is incremental: unchanged documents come from the cache; new, changed, forced or re-versioned ones are processed', async () => {
    const src = await tmp();
    const out = await tmp();
    await smallCorpus(src, 12);
    const first = await run([src], out);
    expect([first.processed, first.cached]).toEqual([12, 0]);
    const before = await snapshot(out);

    const again = await run([src], out);
    expect([again.processed, again.cached, again.workers]).toEqual([0, 12, 0]);
    expect(await snapshot(out)).toEqual(before);

    await smallCorpus(src, 1, 12);
    const added = await run([src], out);
    expect([added.processed, added.cached, added.totals.documents]).toEqual([1, 12, 13]);

    const { files } = await walk([src]);
    await writeFile(files[3]!, `${await readFile(files[3]!, 'utf8')}\nThêm một dòng.\n`);
    const changed = await run([src], out);
    expect([changed.processed, changed.cached]).toEqual([1, 12]);

    expect((await run([src], out, { force: true })).processed).toBe(13);
    expect((await run([src], out, { extract: { includeText: true } })).processed).toBe(13);

    // A new pipeline version: entries recorded under another version no longer match.
    const cache = await Cache.open(out);
    for (const f of files.slice(0, 4)) {
      const e = cache.read(f)!;
      await cache.write({ ...e, key: cacheKey(sha256(await readFile(f)), { includeText: true }, '0.0.0-old') });
    }
    expect((await run([src], out, { extract: { includeText: true } })).processed).toBe(4);

    // A damaged or missing output file is not trusted.
    const docs = (await readdir(join(out, 'documents'))).sort();
    await writeFile(join(out, 'documents', docs[0]!), '{"truncated":');
    await rm(join(out, 'documents', docs[1]!));
    expect((await run([src], out, { extract: { includeText: true } })).processed).toBe(2);

    // A document removed from the corpus leaves the outputs.
    await rm(files[0]!);
    const removed = await run([src], out, { extract: { includeText: true } });
    expect([removed.processed, removed.totals.documents]).toEqual([0, 12]);
    expect(await readdir(join(out, 'documents'))).toHaveLength(12);
    expect(await readdir(join(out, '.cache', 'entries'))).toHaveLength(12);
  });

  it('gives the first input in path order the shared id, even when it arrives later', async () => {
    const src = await tmp();
    const out = await tmp();
    await put(src, 'b/plan.txt', 'Kế hoạch của huyện B.');
    await run([src], out);
    expect(await readdir(join(out, 'documents'))).toEqual(['plan.json']);
    await put(src, 'a/plan.txt', 'Kế hoạch của huyện A.');
    const r = await run([src], out);
    expect(r.documents.map((d) => [d.path.slice(src.length), d.id])).toEqual([['/a/plan.txt', 'plan'], ['/b/plan.txt', 'plan-2']]);
    for (const d of r.documents) {
      const doc = Document.parse(JSON.parse(await readFile(join(out, 'documents', `${d.id}.json`), 'utf8')));
      expect([doc.id, doc.source.path]).toEqual([d.id, d.path]);
    }
    // The moved document is still served from the cache next time.
    expect((await run([src], out)).processed).toBe(0);
  });

  it('lists a failing document with its reason, finishes the others, and retries it next run', async () => {
    const src = await tmp();
    const out = await tmp();
    await smallCorpus(src, 6);
    const hang = await put(src, 'bad/hang.txt', 'HANG');
    await cp(hang, join(src, 'bad', 'crash.txt'));
    await writeFile(join(src, 'bad', 'crash.txt'), 'EXIT');
    const r = await run([src], out, { workerEntry: MISBEHAVE, timeoutMs: 2000 });
    expect(r.totals.documents).toBe(8);
    expect(r.totals.failed).toBe(2);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    const failed = manifest.documents.filter((d) => d.status === 'failed').map((d) => [d.path.slice(src.length), d.failures.map((f) => f.ruleId)]);
    expect(failed).toEqual([['/bad/crash.txt', ['run:crash']], ['/bad/hang.txt', ['run:timeout']]]);
    expect(manifest.documents.find((d) => d.path.endsWith('hang.txt'))!.failures[0]!.reason).toMatch(/time budget/);
    const again = await run([src], out, { workerEntry: MISBEHAVE, timeoutMs: 2000 });
    expect([again.processed, again.cached]).toEqual([2, 6]);
  });
});
