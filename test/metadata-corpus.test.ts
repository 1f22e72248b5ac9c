/**
 * One runner over every corpus document: the metadata stage's values (no spans) must equal
 * the hand-checked corpus/expected/<id>.metadata.json, every span must point at its value's
 * source, and a "metadata:missing-<field>" warning must appear exactly for the fields the
 * expected file leaves null. The expected files are written by hand from the texts; there
 * is deliberately no option to regenerate them from the program's output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../schemas/document.ts';
import { STAGES } from '../pipeline/index.ts';
import { load } from '../pipeline/load/index.ts';
import { metadata } from '../pipeline/metadata.ts';
import type { Work } from '../pipeline/model.ts';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const documents = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

async function run(file: string): Promise<Work> {
  const path = join(CORPUS, file);
  const bytes = new Uint8Array(readFileSync(path));
  const loaded = await load(bytes, { path });
  const work: Work = {
    path, sha256: '0'.repeat(64), bytes: bytes.byteLength, loaded, text: '', map: loaded.map, paragraphs: [],
    outline: [], metadata: { citations: [] }, targets: [], diagnostics: [], repairs: [],
  };
  // The pipeline's own stage order, up to and including metadata.
  const upTo = STAGES.indexOf(metadata);
  if (upTo < 0) throw new Error('metadata is not in STAGES');
  return STAGES.slice(0, upTo + 1).reduce((w, stage) => stage(w), work);
}

/** The values of a metadata object, in the expected files' shape (absent → null). */
function values(md: Metadata) {
  const v = <T>(f: { value: T } | undefined) => (f ? f.value : null);
  const lib = md.library;
  return {
    number: v(md.number), kind: v(md.kind), issuer: v(md.issuer), province: md.province?.name ?? null,
    place: v(md.place), date: v(md.date), signer: v(md.signer), title: v(md.title),
    period: md.period ? { from: md.period.from, to: md.period.to } : null,
    citations: md.citations.map((c) => ({ kind: c.kind, number: c.number, issuer: c.issuer, date: c.date, basis: c.basis })),
    library: lib ? {
      number: v(lib.number), issued: v(lib.issued), effective: v(lib.effective), kind: v(lib.kind),
      issuer: v(lib.issuer), signer: v(lib.signer), field: v(lib.field),
    } : null,
  };
}

const ws = (s: string) => s.replace(/\s+/g, ' ');

describe('metadata over the corpus', () => {
  it('has an expected metadata file for every corpus document', () => {
    const missing = documents.filter((f) => !existsSync(join(CORPUS, 'expected', `${basename(f, '.txt')}.metadata.json`)));
    expect(missing).toEqual([]);
  });

  it.each(documents)('%s', async (file) => {
    const id = basename(file, '.txt');
    const expected = JSON.parse(readFileSync(join(CORPUS, 'expected', `${id}.metadata.json`), 'utf8'));
    const work = await run(file);
    const md = work.metadata;
    expect(values(md)).toEqual(expected);

    // Grounding: every span points at the source of its value.
    const slice = (f: { start: number; end: number }) => work.text.slice(f.start, f.end);
    for (const key of ['number', 'issuer', 'place', 'signer', 'title'] as const) {
      const f = md[key];
      if (f) expect(ws(slice(f)), key).toBe(f.value);
    }
    if (md.period) expect(slice(md.period)).toBe(md.period.text);
    if (md.province) expect(slice(md.province).length).toBeGreaterThan(0);
    for (const c of md.citations) expect(slice(c)).toBe(c.text);
    for (const f of Object.values(md.library ?? {})) expect(slice(f).length).toBeGreaterThan(0);

    // A missing-<field> warning exactly for each field the document does not state.
    const warned = work.diagnostics.filter((d) => d.ruleId.startsWith('metadata:missing-')).map((d) => d.ruleId.slice(17)).sort();
    const absent = Object.entries(expected).filter(([k, v]) => v === null && k !== 'library').map(([k]) => k).sort();
    expect(warned).toEqual(absent);
  });

  it('is deterministic', async () => {
    const a = await run(documents[0]!);
    const b = await run(documents[0]!);
    expect(JSON.stringify(a.metadata)).toBe(JSON.stringify(b.metadata));
  });
});
