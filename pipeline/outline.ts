import type { Work } from './model.ts';

export function outline(work: Work): Work {
  return work;
}
