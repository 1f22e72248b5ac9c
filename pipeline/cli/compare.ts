/**
 * `muctieu compare <output dir | documents…>`: one indicator across documents, provinces and
 * years. Inputs are Document JSON files, extract outputs `{schemaVersion, documents}`, or
 * directories of them (an `extract --out` folder). The result goes to stdout (or `--out FILE`)
 * as a table, JSON (schemas/compare.ts), CSV or one self-contained HTML page; diagnostics go
 * to stderr. Exit codes: 0 ok, 1 an input could not be read or the reference is missing,
 * 2 usage error.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { INDICATORS } from '../../extractors/lexicon/indicators.ts';
import { buildComparison, readDocuments, renderHtml, toCsv, toTable } from '../compare/index.ts';
import type { GroupBy } from '../../schemas/compare.ts';
import { writeAtomic } from '../batch/atomic.ts';

interface CompareFlags {
  indicator?: string;
  year?: number;
  by: GroupBy;
  reference?: string;
  format: 'table' | 'json' | 'csv' | 'html';
  out?: string;
}

function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(`Expected a four-digit year, got "${v}".`);
  return Number(v);
}

function parseIndicator(v: string): string {
  if (!INDICATORS.some((e) => e.key === v)) {
    throw new InvalidArgumentError(`Unknown indicator "${v}"; known keys: ${INDICATORS.map((e) => e.key).join(', ')}.`);
  }
  return v;
}

export function registerCompare(program: Command, setCode: (c: number) => void): void {
  program
    .command('compare')
    .description('compare one indicator across documents, provinces and years')
    .argument('<inputs...>', 'document JSON files, extract outputs, or directories of them')
    .addOption(new Option('--indicator <key>', 'only this indicator key').argParser(parseIndicator))
    .addOption(new Option('--year <year>', 'only targets with this deadline year').argParser(parseYear))
    .addOption(new Option('--by <grouping>', 'group provinces as named at issue time or as they are today').choices(['issued', 'current']).default('issued'))
    .option('--reference <doc-id>', 'flag provinces setting a lower bar than this document (e.g. a national programme)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'html']).default('table'))
    .option('--out <file>', 'write to FILE instead of stdout')
    .action(async (inputs: string[], opts: CompareFlags) => {
      const read = await readDocuments(inputs);
      const out = buildComparison(read.documents, {
        by: opts.by, indicator: opts.indicator, year: opts.year, reference: opts.reference,
      });
      for (const d of [...read.diagnostics, ...out.diagnostics]) {
        if (d.severity === 'info') continue;
        process.stderr.write(`compare: ${d.severity} ${d.ruleId}: ${d.reason}\n`);
        if (d.severity === 'error') setCode(1);
      }
      if (read.documents.length === 0) {
        process.stderr.write('compare: error: no documents were read\n');
        setCode(1);
      }
      const rendered = opts.format === 'json' ? JSON.stringify(out, null, 2) + '\n'
        : opts.format === 'csv' ? toCsv(out)
          : opts.format === 'html' ? renderHtml(out, read.documents)
            : toTable(out);
      if (opts.out) {
        const path = resolve(opts.out);
        await mkdir(dirname(path), { recursive: true });
        await writeAtomic(path, rendered);
        process.stderr.write(`compare: wrote ${out.rows.length} rows from ${out.documents.length} documents to ${opts.out}\n`);
      } else {
        process.stdout.write(rendered);
      }
    });
}
