/** JSON Schemas generated from the zod schemas; `schemas/json/*.schema.json` are committed copies checked by a test. */
import { z } from 'zod';
import { Document, ExtractOutput, SCHEMA_VERSION } from './document.ts';
import { CompareOutput } from './compare.ts';

const ID_BASE = 'https://muctieu.dev/schema';

export function jsonSchemas(): Record<string, object> {
  const gen = (name: string, schema: z.ZodType) => ({
    $id: `${ID_BASE}/${SCHEMA_VERSION}/${name}.schema.json`,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
  });
  return {
    'document': gen('document', Document),
    'extract-output': gen('extract-output', ExtractOutput),
    'compare': gen('compare', CompareOutput),
  };
}
