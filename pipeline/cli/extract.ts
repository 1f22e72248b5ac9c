/**
 * `muctieu extract <file…>`: one JSON object `{schemaVersion, documents}` on stdout, or
 * files under `--out DIR`.
 */
import type { Command } from 'commander';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractFile, SCHEMA_VERSION, type Document } from '../index.ts';

const DOC_EXT = /\.(txt|md|markdown|html?|docx?|pdf)$/i;

async function expand(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const p = join(e.parentPath, e.name);
        if (e.isFile() && DOC_EXT.test(e.name)) out.push(p);
      }
    } else out.push(input);
  }
  return [...new Set(out)].sort();
}

export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export function registerExtract(program: Command, setCode: (c: number) => void): void {
  program
    .command('extract')
    .description('extract documents (files or directories) to JSON')
    .argument('<inputs...>', 'files or directories')
    .option('--out <dir>', 'write documents/<id>.json under DIR instead of stdout')
    .option('--include-text', 'add the normalized text to each document')
    .action(async (inputs: string[], opts: { out?: string; includeText?: boolean }) => {
      const files = await expand(inputs);
      const documents: Document[] = [];
      for (const f of files) {
        const doc = await extractFile(f, { includeText: !!opts.includeText });
        documents.push(doc);
        if (doc.status === 'failed') setCode(1);
        for (const d of doc.diagnostics) if (d.severity !== 'info') {
          process.stderr.write(`${f}${d.place ? `:${d.place.line}:${d.place.column}` : ''}: ${d.severity} ${d.ruleId}: ${d.reason}\n`);
        }
      }
      if (opts.out) {
        const dir = resolve(opts.out, 'documents');
        await mkdir(dir, { recursive: true });
        for (const d of documents) await writeAtomic(join(dir, `${d.id}.json`), JSON.stringify(d, null, 2) + '\n');
      } else {
        process.stdout.write(JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents }, null, 2) + '\n');
      }
    });
}
