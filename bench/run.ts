/**
 * `npm run bench`: builds a scaled corpus from the seed documents (text, Markdown, and
 * their generated PDF and DOCX versions) and prints figures; it asserts nothing.
 *
 *  1. Per format, at concurrency 1 and at all cores: documents/s, MB/s, pages/s and
 *     peak RSS of the whole pipeline, next to the bare parser on the same files (read +
 *     NFC for text and Markdown, pdf-parse's getText, mammoth's convertToHtml) as a ratio.
 *  2. Scale: N and 2N text documents in one run each (default 5,000 and 10,000; time should
 *     grow linearly), peak RSS of the 2N run, and a re-run over the unchanged 2N corpus
 *     (the cache) as % of the first.
 *
 * Every measurement runs in a fresh process (bench/child.mjs → child.ts). Times: "wall",
 * spawn to exit as a user waits; "run", the batch alone (walk to manifest, worker
 * start-up included); "steady", first to last finished document, the rate a long run
 * settles at. Rates (docs/s, MB/s, pages/s) use "run".
 *
 * Options:
 *   --docs N        documents per format for section 1 (default 20: 4 copies of each seed)
 *   --formats LIST  comma-separated subset of text,markdown,pdf,docx ("none": skip section 1)
 *   --large N       N for section 2 (runs N, then 2N). Default 5,000 (2N = 10,000) for
 *                   short plans; for seed copies, as many as fit in --budget at the rate
 *                   measured in section 1, at most 5,000
 *   --budget S      seconds section 2 may take with seed copies and no --large (default 300)
 *   --large-docs K  what section 2 is made of: "short" (default: 400-byte plans, so 10,000
 *                   documents fit the time budget and the figures show the batch machinery —
 *                   cache, outputs, memory — rather than the stages, which section 1 covers)
 *                   or "seeds" (copies of the seed documents)
 *   --skip-large    section 1 only
 *   --keep          keep the temporary corpus and outputs (their folder is printed)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { blocksFromText, buildDocx } from '../test/fixtures/docx.ts';
import { buildShortCorpus, buildTextCorpus, seedTexts, variant } from '../test/fixtures/batch-corpus.ts';
import { pdfFromText } from '../test/fixtures/pdf.ts';
import type { Measure } from './child.ts';

type Format = 'text' | 'markdown' | 'pdf' | 'docx';
const FORMATS: Format[] = ['text', 'markdown', 'pdf', 'docx'];
const EXT: Record<Format, string> = { text: 'txt', markdown: 'md', pdf: 'pdf', docx: 'docx' };
const BARE: Record<Format, string> = { text: 'read + NFC', markdown: 'read + NFC', pdf: 'pdf-parse getText', docx: 'mammoth convertToHtml' };

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20' },
    formats: { type: 'string', default: FORMATS.join(',') },
    large: { type: 'string' },
    budget: { type: 'string', default: '300' },
    'skip-large': { type: 'boolean', default: false },
    'large-docs': { type: 'string', default: 'short' },
    keep: { type: 'boolean', default: false },
  },
});
const CORES = availableParallelism();
const CHILD = new URL('./child.mjs', import.meta.url).pathname;

/** A measurement plus `wall`: seconds from spawning the process to its exit, as a user waits. */
function measure(job: object): Measure & { wall: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [CHILD, JSON.stringify(job)], {
    encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as Measure), wall: (performance.now() - t0) / 1000 };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');
const row = (cells: Array<string | number>) => console.log(`| ${cells.join(' | ')} |`);

async function buildFormat(dir: string, format: Format, n: number): Promise<void> {
  const seeds = await seedTexts();
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!;
    const text = variant(seed.text, i);
    const path = join(dir, `${seed.name}-${String(i).padStart(4, '0')}.${EXT[format]}`);
    if (format === 'pdf') await writeFile(path, await pdfFromText(text, { pageNumbers: true }));
    else if (format === 'docx') await writeFile(path, await buildDocx(blocksFromText(text)));
    else await writeFile(path, text);
  }
}

/** Section 1; returns the text pipeline's steady rate at all cores (docs/s) for sizing section 2. */
async function perFormat(root: string, formats: Format[], docs: number): Promise<number> {
  console.log(`## Per format: ${docs} documents each (copies of the ${(await seedTexts()).length} seeds)\n`);
  let textRate = NaN;
  row(['format', 'MB', 'pages', 'run', 'wall s', 'run s', 'docs/s', 'MB/s', 'MB/s/core', 'pages/s', 'steady docs/s', 'steady MB/s/core', 'peak RSS MB', 'vs bare parser']);
  row(Array(14).fill('---'));
  for (const format of formats) {
    const dir = join(root, 'formats', format);
    await buildFormat(dir, format, docs);
    const bare = measure({ mode: 'bare', format, inputs: [dir] });
    const mb = bare.bytes / 1e6;
    row([format, f2(mb), bare.pages || '-', `bare: ${BARE[format]}`, f2(bare.wall), f2(bare.seconds), f1(docs / bare.seconds), f2(mb / bare.seconds), f2(mb / bare.seconds), bare.pages ? f1(bare.pages / bare.seconds) : '-', '', '', f1(bare.maxRssMB), '1.00×']);
    const loader = measure({ mode: 'load', inputs: [dir] });
    row([format, f2(mb), loader.pages || '-', `loader only (pipeline/load)${loader.failed ? ` (${loader.failed} failed)` : ''}`, f2(loader.wall), f2(loader.seconds), f1(docs / loader.seconds), f2(mb / loader.seconds), f2(mb / loader.seconds),
      loader.pages ? f1(loader.pages / loader.seconds) : '-', '', '', f1(loader.maxRssMB), `${f2(loader.seconds / bare.seconds)}×`]);
    for (const c of [...new Set([1, CORES])]) {
      const m = measure({ mode: 'pipeline', inputs: [dir], out: join(root, 'out', `${format}-c${c}`), concurrency: c });
      // The ratio compares like with like: one core, steady state, against the parser alone.
      const ratio = c === 1 ? `${f2(m.steadySeconds / ((docs - 1) / docs) / bare.seconds)}×` : '';
      const steadyDocs = (m.documents - 1) / m.steadySeconds;
      row([format, f2(mb), m.pages || '-', `pipeline, concurrency ${c}${m.failed ? ` (${m.failed} failed)` : ''}`, f2(m.wall), f2(m.seconds), f1(m.documents / m.seconds), f2(mb / m.seconds), f2(mb / m.seconds / c),
        m.pages ? f1(m.pages / m.seconds) : '-', f1(steadyDocs), f2(steadyDocs * mb / m.documents / c), f1(m.maxRssMB), ratio]);
      if (format === 'text' && c === CORES) textRate = steadyDocs;
    }
  }
  console.log('\n"vs bare parser": loader time ÷ bare parser time; for the pipeline, its steady time per document at concurrency 1 ÷ bare parser time per document.');

  return textRate;
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'muctieu-bench-'));
  const docs = Number(args.docs);
  const formats = args.formats!.split(',').map((s) => s.trim()).filter((s): s is Format => (FORMATS as string[]).includes(s));
  console.log(`# muctieu bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${CORES} cores (${cpus()[0]?.model ?? 'cpu'})`);
  console.log(`corpus and outputs in ${root}\n`);

  // 1. Formats.
  let textRate = NaN;
  if (formats.length > 0) textRate = await perFormat(root, formats, docs);

  // 2. Scale.
  if (!args['skip-large']) {
    const budget = Number(args.budget);
    // Three cold-ish passes over N, 2N, plus the cached re-run: about 3N documents of work.
    const fit = Number.isFinite(textRate) ? Math.floor((textRate * budget) / 3) : 500;
    const short = args['large-docs'] === 'short';
    const n = args.large ? Number(args.large) : short ? 5000 : Math.max(50, Math.min(5000, fit));
    const kind = short ? 'short (400-byte) text plans' : 'text documents (seed copies)';
    console.log(`\n## Scale: ${n} and ${2 * n} ${kind}${args.large || short ? '' : ` (sized to fit ${budget} s at the measured ${f1(textRate)} docs/s; --large 5000 for 10,000)`}\n`);
    const a = join(root, 'large', 'a');
    const b = join(root, 'large', 'b');
    const build = short ? buildShortCorpus : buildTextCorpus;
    await build(a, n);
    await build(b, n, n);
    const one = measure({ mode: 'pipeline', inputs: [a], out: join(root, 'out', 'large-n'), concurrency: CORES });
    const two = measure({ mode: 'pipeline', inputs: [a, b], out: join(root, 'out', 'large-2n'), concurrency: CORES });
    const again = measure({ mode: 'pipeline', inputs: [a, b], out: join(root, 'out', 'large-2n'), concurrency: CORES });
    row(['run', 'documents', 'processed', 'cached', 'failed', 'wall s', 'run s', 'steady s', 'docs/s', 'peak RSS MB']);
    row(Array(10).fill('---'));
    for (const [name, m] of [[`N = ${n}`, one], [`2N = ${2 * n}`, two], ['2N re-run, unchanged', again]] as const) {
      row([name, m.documents, m.processed, m.cached, m.failed, f2(m.wall), f2(m.seconds), f2(m.steadySeconds), f1(m.documents / m.seconds), f1(m.maxRssMB)]);
    }
    console.log(`\nlinearity: time(2N) / time(N) = ${f2(two.wall / one.wall)} wall, ${f2(two.seconds / one.seconds)} run, ${f2(two.steadySeconds / one.steadySeconds)} steady (goal ≤ 2.2)`);
    console.log(`peak RSS of the 2N run: ${f1(two.maxRssMB)} MB (goal < 1024)`);
    console.log(`re-run over the unchanged corpus: ${f2(again.wall)} s wall = ${f1((100 * again.wall) / two.wall)} % of the first run's wall time; run alone ${f2(again.seconds)} s = ${f1((100 * again.seconds) / two.seconds)} % (goal ≤ 5 %)`);
  }
  if (args.keep) console.log(`\nkept ${root}`);
  else await rm(root, { recursive: true, force: true });
}

await main();
