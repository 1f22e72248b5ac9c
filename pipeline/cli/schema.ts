import type { Command } from 'commander';
import { jsonSchemas } from '../../schemas/json.ts';

export function registerSchema(program: Command, _setCode: (c: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod schemas)')
    .option('--name <name>', 'which schema: document | extract-output | compare', 'extract-output')
    .action((opts: { name: string }) => {
      const all = jsonSchemas();
      const schema = all[opts.name as keyof typeof all];
      if (!schema) throw new Error(`Unknown schema "${opts.name}"; expected one of ${Object.keys(all).join(', ')}`);
      process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
    });
}
