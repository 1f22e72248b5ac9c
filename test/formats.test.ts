/**
 * Same targets everywhere: each seed's text is turned into a PDF (pdfkit + DejaVu, paginated,
 * with running headers and page numbers, the header in two columns), a DOCX (Word numbering
 * for "1."/"a)" lists) and an HTML page (portal chrome around the article); the targets of
 * each must equal the text version's — values, years, comparators, units, quotes up to
 * whitespace — and PDF targets carry their page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes, type Document } from '../pipeline/index.ts';
import { load } from '../pipeline/load/index.ts';
import { blocksFromText, buildDocx } from './fixtures/docx.ts';
import { encodeHtml, htmlPage } from './fixtures/html.ts';
import { pdfFromText } from './fixtures/pdf.ts';

const SEEDS = [
  { seed: 'kon-tum-3993-kh-ubnd-2021', hasTargets: true },
  { seed: 'nghe-an-5158-qd-ubnd-2021', hasTargets: true },
  { seed: 'thanh-hoa-baothanhhoa-2021-09-28', hasTargets: true },
  { seed: 'lam-dong-5204-kh-ubnd-2022', hasTargets: true },
  { seed: 'kon-tum-1871-kh-ubnd-2024', hasTargets: false },
];

const key = (d: Document) => d.targets
  .map((t) => JSON.stringify([t.value.value, t.value.max, t.value.unit, t.value.comparator, t.deadline.year, t.kind, t.source.quote.normalize('NFC').replace(/\s+/g, '')]))
  .sort();

describe.each(SEEDS)('$seed', ({ seed, hasTargets }) => {
  const raw = readFileSync(new URL(`../corpus/${seed}.txt`, import.meta.url));
  const text = raw.toString('utf8');
  let reference: Document;
  let paragraphs: string;

  it('text version', async () => {
    reference = await extractBytes(new Uint8Array(raw), `${seed}.txt`, { includeText: true });
    // DOCX and HTML carry whole paragraphs: build them from the re-flowed paragraphs
    paragraphs = reference.text!;
    if (hasTargets) expect(reference.targets.length).toBeGreaterThan(0);
  });

  it('PDF: same targets, each with its page', async () => {
    const pdf = await pdfFromText(text, { twoColumnHeader: true, runningHeader: `Văn bản ${seed}`, pageNumbers: true });
    const doc = await extractBytes(pdf, `${seed}.pdf`);
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.pages).toBeGreaterThan(0);
    expect(key(doc)).toEqual(key(reference));
    // each target's page is the page whose text holds its quote
    const pages = (await load(pdf, { path: `${seed}.pdf` })).text.split('\f').map((p) => p.replace(/\s+/g, ''));
    for (const t of doc.targets) {
      expect(t.source.page).not.toBeNull();
      expect(pages[t.source.page! - 1], t.source.quote).toContain(t.source.quote.replace(/\s+/g, '').slice(0, 20));
    }
  });

  it('DOCX: same targets', async () => {
    const doc = await extractBytes(await buildDocx(blocksFromText(paragraphs)), `${seed}.docx`);
    expect(doc.source.format).toBe('docx');
    expect(key(doc)).toEqual(key(reference));
  });

  it('HTML (windows-1258 page with portal chrome): same targets', async () => {
    const doc = await extractBytes(encodeHtml(htmlPage(paragraphs, { charset: 'windows-1258' }), 'windows-1258'), `${seed}.html`);
    expect(doc.source.format).toBe('html');
    expect(doc.source.encoding).toBe('windows-1258');
    expect(key(doc)).toEqual(key(reference));
  });
});
