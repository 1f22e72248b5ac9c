import type { Work } from './model.ts';

export function targets(work: Work): Work {
  return work;
}
