/**
 * The corpus: documents `<dir>/<id>.<ext>` with hand-checked expected output in
 * `<dir>/expected/<id>.targets.json` (and `.metadata.json`, `.outline.json`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ExpectedFile, report, scoreDocument, type EvalReport } from './eval.ts';
import { DOCUMENT_EXTENSIONS } from './batch/walk.ts';
import { extractFile } from './index.ts';

const DOC_EXT = new RegExp(`\\.(${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

export async function corpusDocuments(dir: string): Promise<Array<{ id: string; path: string }>> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && DOC_EXT.test(e.name))
    .map((e) => ({ id: basename(e.name, extname(e.name)), path: join(dir, e.name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function readExpected(dir: string, id: string): Promise<ExpectedFile | null> {
  const raw = await readFile(join(dir, 'expected', `${id}.targets.json`), 'utf8').catch(() => null);
  if (raw === null) return null;
  return ExpectedFile.parse(JSON.parse(raw));
}

export async function evaluateCorpus(dir: string): Promise<EvalReport> {
  const scores = [];
  for (const { id, path } of await corpusDocuments(dir)) {
    const expected = await readExpected(dir, id);
    if (!expected) continue;
    const doc = await extractFile(path);
    scores.push(scoreDocument(id, expected.records, doc.targets));
  }
  return report(scores);
}
