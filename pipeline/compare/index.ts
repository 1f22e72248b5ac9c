/**
 * Compare provinces (issue 6): the library surface the CLI's `compare` command wraps.
 *   readDocuments → buildComparison → toTable | toCsv | JSON | renderHtml
 */
export { buildComparison, documentProvince, type CompareOptions } from './build.ts';
export { readDocuments, type ReadResult } from './read.ts';
export { toTable, toCsv, flatten, valueText } from './format.ts';
export { renderHtml, highlightText } from './html.ts';
export { conflictFlags, lowerBarFlags, lowerBar, stricterDirection } from './flags.ts';
