import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../schemas/json.ts';

const UPDATE = process.env.UPDATE === '1';
if (UPDATE && process.env.CI) throw new Error('UPDATE=1 regenerates committed schemas and is refused in CI');

describe('committed JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/json/%s.schema.json equals the one generated from zod', async (name, schema) => {
    const file = `schemas/json/${name}.schema.json`;
    const text = JSON.stringify(schema, null, 2) + '\n';
    if (UPDATE) await writeFile(file, text);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
