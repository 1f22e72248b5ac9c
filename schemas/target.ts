/**
 * The target record (issue "Targets"): field names and value sets follow
 * shared/docs/annotation-guideline.md so expected output and predictions compare 1:1.
 */
import { z } from 'zod';

export const Unit = z.enum(['percent', 'count', 'rank', 'score', 'money', 'duration', 'ratio', 'other']);
export type Unit = z.infer<typeof Unit>;
export const Comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'between', 'approx']);
export type Comparator = z.infer<typeof Comparator>;
export const Level = z.enum(['province', 'district', 'commune']);
export type Level = z.infer<typeof Level>;
export const Area = z.enum([
  'institutions', 'administrative-procedures', 'apparatus', 'civil-service', 'public-finance',
  'digital-government', 'direction', 'other',
]);
export type Area = z.infer<typeof Area>;
export const DeadlineBasis = z.enum(['clause', 'block', 'heading', 'document']);

export const Value = z.strictObject({
  value: z.number(),
  max: z.number().nullable(),
  unit: Unit,
  comparator: Comparator,
  /** Interval notation keeping inclusivity: "[80,)", "(90,)", "[20,25]", "[5,5]". */
  interval: z.string(),
  /** The number as written, e.g. "86,75". */
  text: z.string(),
});
export type Value = z.infer<typeof Value>;

export const Change = z.strictObject({
  direction: z.enum(['increase', 'decrease']),
  baselineYear: z.number().int().nullable(),
});
export type Change = z.infer<typeof Change>;

export const Deadline = z.strictObject({
  year: z.number().int().nullable(),
  fromYear: z.number().int().nullable(),
  recurrence: z.enum(['annual']).nullable(),
  basis: DeadlineBasis.nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

export const TargetSource = z.strictObject({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  page: z.number().int().positive().nullable(),
  sectionPath: z.array(z.string()),
});
export type TargetSource = z.infer<typeof TargetSource>;

export const AlsoAt = z.strictObject({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  page: z.number().int().positive().nullable(),
});

export const Target = z.strictObject({
  id: z.string(),
  kind: z.enum(['target', 'result']),
  indicator: z.strictObject({
    label: z.string(),
    area: Area,
    /** Key in the indicator taxonomy, null when no entry scores above the threshold. */
    key: z.string().nullable(),
    keyScore: z.number().min(0).max(1).nullable(),
  }),
  value: Value,
  change: Change.nullable(),
  deadline: Deadline,
  level: Level.nullable(),
  source: TargetSource,
  alsoAt: z.array(AlsoAt),
  confidence: z.number().min(0).max(1),
});
export type Target = z.infer<typeof Target>;
