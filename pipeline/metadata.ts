import type { Work } from './model.ts';

export function metadata(work: Work): Work {
  return work;
}
