/**
 * `muctieu eval [corpus-dir]`: runs the pipeline on every corpus document that has an
 * expected file (`<dir>/expected/<id>.targets.json`) and scores it. Table on stdout for
 * people, `--json` for machines; `--errors` lists every miss, false positive and wrong field.
 * A document the pipeline fails on is scored as predicting nothing, named on stderr, and makes
 * the exit status 1.
 */
import type { Command } from 'commander';
import { evaluateCorpus } from '../corpus.ts';
import { formatReport } from '../eval.ts';

export function registerEval(program: Command, setCode: (c: number) => void): void {
  program
    .command('eval')
    .description('score extracted targets against the corpus\'s hand-checked expected records')
    .argument('[corpus-dir]', 'corpus directory with <id>.txt and expected/<id>.targets.json', 'corpus')
    .option('--json', 'print the report as JSON')
    .option('--errors', 'also list every miss, false positive and wrong field (table mode)')
    .option('--min-f1 <x>', 'exit 1 when overall strict F1 is below this', (v) => Number(v))
    .action(async (dir: string, opts: { json?: boolean; errors?: boolean; minF1?: number }) => {
      const report = await evaluateCorpus(dir);
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else {
        process.stdout.write(formatReport(report) + '\n');
        if (opts.errors) for (const e of report.errors) process.stdout.write(`${e.document}\t${e.type}\t${e.value}\t${e.detail}\t${e.quote}\n`);
      }
      // (a document the pipeline failed on is scored as predicting nothing, and fails the run)
      for (const f of report.failed) process.stderr.write(`muctieu eval: ${f.document}: failed — ${f.reason}\n`);
      if (report.failed.length) setCode(1);
      if (opts.minF1 !== undefined && report.overall.strict.f1 < opts.minF1) setCode(1);
    });
}
