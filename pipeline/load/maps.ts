/**
 * Offset-map helpers for loaders: composing a later rewrite (legacy-encoding conversion,
 * lost-character repair) with the loader's own map, so `Loaded.map` still ends in `original`.
 */
import { lastAtOrBefore, OffsetMap, type Segment } from '../offsets.ts';

/** `outer` maps C → B, `inner` maps B → A; the result maps C → A. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const out: Segment[] = [];
  const innerSegs = inner.segments;
  const push = (s: Segment) => {
    if (s.length <= 0) return;
    const last = out[out.length - 1];
    if (last && last.copy && s.copy && last.at + last.length === s.at && last.from + last.sourceLength === s.from) {
      last.length += s.length;
      last.sourceLength += s.sourceLength;
    } else out.push({ ...s });
  };
  // index of the first inner segment whose range may contain an offset (segments are sorted)
  const findInner = (offset: number): number => lastAtOrBefore(innerSegs.length, (i) => innerSegs[i]!.at, offset);
  for (const s of outer.segments) {
    if (!s.copy || innerSegs.length === 0) {
      const from = inner.toSource(s.from);
      push({ at: s.at, from, length: s.length, sourceLength: inner.toSource(s.from + s.sourceLength) - from, copy: false });
      continue;
    }
    // a copy run of B: split it where B's own segments change
    let pos = s.from;
    const end = s.from + s.length;
    let k = findInner(pos);
    while (pos < end) {
      const seg = innerSegs[k];
      if (!seg) {
        push({ at: s.at + (pos - s.from), from: inner.toSource(pos), length: end - pos, sourceLength: 0, copy: false });
        break;
      }
      const segEnd = seg.at + seg.length;
      const stop = Math.min(end, segEnd > pos ? segEnd : end);
      const at = s.at + (pos - s.from);
      if (seg.copy && pos >= seg.at) {
        push({ at, from: seg.from + (pos - seg.at), length: stop - pos, sourceLength: stop - pos, copy: true });
      } else {
        const src = inner.toSource(pos);
        push({ at, from: src, length: stop - pos, sourceLength: stop === segEnd ? seg.from + seg.sourceLength - src : 0, copy: false });
      }
      pos = stop;
      k++;
    }
  }
  return new OffsetMap(out, outer.length);
}
