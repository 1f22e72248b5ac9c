import type { Work } from './model.ts';

export function normalize(work: Work): Work {
  return work;
}
