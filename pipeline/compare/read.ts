/**
 * Reads the inputs of `muctieu compare`: Document JSON files, extract outputs
 * (`{schemaVersion, documents}`), or directories holding either (an `extract --out` folder with
 * documents/<id>.json). Every file is validated with the zod schemas at this boundary.
 *
 * Never throws for bad content: an unreadable or invalid file becomes a diagnostic naming it —
 * an error when the file was named on the command line, info when it was merely found in a
 * directory (an output folder may hold other JSON, such as reports).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, ExtractOutput, type Diagnostic } from '../../schemas/document.ts';

export interface ReadResult {
  documents: Document[];
  diagnostics: Diagnostic[];
}

async function expand(input: string): Promise<Array<{ path: string; explicit: boolean }>> {
  const st = await stat(input).catch(() => null);
  if (!st?.isDirectory()) return [{ path: input, explicit: true }];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => ({ path: join(e.parentPath, e.name), explicit: false }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function problem(explicit: boolean, ruleId: string, reason: string): Diagnostic {
  return { severity: explicit ? 'error' : 'info', ruleId, reason, place: null };
}

/** Reads every input in order; documents keep the order they were found in. */
export async function readDocuments(inputs: readonly string[]): Promise<ReadResult> {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: Array<{ path: string; explicit: boolean }> = [];
  for (const input of inputs) files.push(...await expand(input));
  const done = new Set<string>();
  for (const { path, explicit } of files) {
    if (done.has(path)) continue;
    done.add(path);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (e) {
      diagnostics.push(problem(true, 'compare:unreadable-input', `Cannot read ${path}: ${(e as Error).message}`));
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      diagnostics.push(problem(explicit, 'compare:invalid-json', `${path} is not JSON: ${(e as Error).message}`));
      continue;
    }
    const isOutput = typeof json === 'object' && json !== null && 'documents' in json;
    const parsed = isOutput ? ExtractOutput.safeParse(json) : Document.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? ` (${first.path.join('.') || 'root'}: ${first.message})` : '';
      diagnostics.push(problem(explicit, 'compare:invalid-document',
        `${path} is neither a muctieu document nor an extract output${where}`));
      continue;
    }
    if ('documents' in parsed.data) documents.push(...parsed.data.documents);
    else documents.push(parsed.data);
  }
  return { documents, diagnostics };
}
