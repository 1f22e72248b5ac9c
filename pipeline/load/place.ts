/**
 * Helpers for pipeline/index.ts (owned by the lead): loader diagnostics carry offsets into
 * `loaded.original` and lost-character repairs carry spans of `loaded.text`; these put both
 * into the normalized text's coordinates. Maps only go derived → source, so the inverse is a
 * scan for the segment holding the source offset (few diagnostics, so linear is fine).
 */
import type { Diagnostic, Place } from '../../schemas/document.ts';
import type { Work } from '../model.ts';
import { Locator } from '../model.ts';
import type { OffsetMap } from '../offsets.ts';

/** The first derived offset that maps to `source` (or to the nearest source offset after it). */
export function toDerived(map: OffsetMap, source: number): number {
  let best = -1;
  let bestFrom = Infinity;
  for (const s of map.segments) {
    if (source >= s.from && source < s.from + Math.max(1, s.sourceLength)) return s.at + (s.copy ? Math.min(source - s.from, s.length - 1) : 0);
    if (s.from > source && s.from < bestFrom) { bestFrom = s.from; best = s.at; }
  }
  return best === -1 ? map.length : best;
}

/** Loader diagnostics with a place (line/column/page in the original, offsets in the normalized text). */
export function locateLoadDiagnostics(work: Pick<Work, 'map' | 'loaded'>): Diagnostic[] {
  const locator = new Locator(work);
  return work.loaded.diagnostics.map((d) => {
    let place: Place | null = null;
    if (d.offset !== undefined && work.map.segments.length > 0) {
      const start = toDerived(work.map, toDerived(work.loaded.map, d.offset));
      place = locator.place(start, start);
    }
    return { severity: d.severity, ruleId: d.ruleId, reason: d.reason, place };
  });
}

/** `loaded.repairs` as spans of the normalized text (for `Work.repairs`). */
export function normalizedRepairs(work: Pick<Work, 'map' | 'loaded'>): Work['repairs'] {
  return (work.loaded.repairs ?? []).map((r) => {
    const start = toDerived(work.map, r.start);
    return { start, end: start + (r.end - r.start), from: r.from, to: r.to };
  });
}
