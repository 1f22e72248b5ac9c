/**
 * The `muctieu` command line: a thin shell over the library. JSON goes to stdout,
 * people-facing text to stderr. Exit codes: 0 every document succeeded, 1 any failed,
 * 2 usage error. Each command lives in its own module and registers itself here.
 */
import { Command, CommanderError } from 'commander';
import { registerExtract } from './extract.ts';
import { registerSchema } from './schema.ts';
import { registerEval } from './eval.ts';
import { registerCompare } from './compare.ts';
import { PIPELINE_VERSION } from '../index.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('muctieu')
    .description('Extract quantitative targets from Vietnamese reform plans into grounded JSON')
    .version(PIPELINE_VERSION)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  let code = 0;
  const setCode = (c: number) => { code = Math.max(code, c); };
  registerExtract(program, setCode);
  registerSchema(program, setCode);
  registerEval(program, setCode);
  registerCompare(program, setCode);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  }
  return code;
}
