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

/**
 * Scores every document that has an expected file. A document the pipeline fails on is scored
 * as predicting nothing and named in `failed` (the rest of the corpus is still scored).
 */
export async function evaluateCorpus(dir: string): Promise<EvalReport> {
  const scores = [];
  const failed: EvalReport['failed'] = [];
  for (const { id, path } of await corpusDocuments(dir)) {
    const expected = await readExpected(dir, id);
    if (!expected) continue;
    try {
      const doc = await extractFile(path);
      if (doc.status === 'failed') failed.push({ document: id, reason: doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.reason).join('; ') });
      scores.push(scoreDocument(id, expected.records, doc.targets));
    } catch (e) {
      failed.push({ document: id, reason: `the pipeline threw: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
      scores.push(scoreDocument(id, expected.records, []));
    }
  }
  return report(scores, failed);
}
