/**
 * Offset maps: every offset of a derived text points back into the text it was made from.
 *
 * A map is a sorted list of segments. In a `copy` segment the derived text is the source
 * character for character; in a `replace` segment (a collapsed newline, an NFC-composed
 * cluster, a decoded entity) every derived offset maps to the start of the source run.
 * Maps compose, so a chain load → normalize still ends at the original bytes' text.
 */
/**
 * Index of the last of `n` sorted keys that is ≤ `x` (0 when none is): the one binary search
 * behind segments, line starts and page starts. `key(i)` must be non-decreasing.
 */
export function lastAtOrBefore(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Segment {
  /** start in the derived text */
  at: number;
  /** start in the source text */
  from: number;
  /** length in the derived text */
  length: number;
  /** length in the source text */
  sourceLength: number;
  copy: boolean;
}

export class OffsetMap {
  readonly segments: readonly Segment[];
  readonly length: number;
  constructor(segments: Segment[], length: number) {
    this.segments = segments;
    this.length = length;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap([{ at: 0, from: 0, length, sourceLength: length, copy: true }], length);
  }

  /** Source offset of a derived offset (the end offset maps to the end of the last segment). */
  toSource(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    const s = segs[lastAtOrBefore(segs.length, (i) => segs[i]!.at, offset)]!;
    const delta = offset - s.at;
    if (delta >= s.length) return s.from + s.sourceLength;
    return s.copy ? s.from + delta : s.from;
  }

  /** A map from this map's derived text through `inner`'s source: `inner` maps this map's source further back. */
  then(inner: OffsetMap): { toSource(offset: number): number } {
    return { toSource: (o: number) => inner.toSource(this.toSource(o)) };
  }
}

/** Builds a derived string and its map in one pass. */
export class TextBuilder {
  private parts: string[] = [];
  private segs: Segment[] = [];
  private len = 0;

  get length(): number {
    return this.len;
  }

  /** Append source[from, from+text.length) verbatim. */
  copy(text: string, from: number): void {
    if (text.length === 0) return;
    const last = this.segs[this.segs.length - 1];
    if (last && last.copy && last.at + last.length === this.len && last.from + last.sourceLength === from) {
      last.length += text.length;
      last.sourceLength += text.length;
    } else {
      this.segs.push({ at: this.len, from, length: text.length, sourceLength: text.length, copy: true });
    }
    this.parts.push(text);
    this.len += text.length;
  }

  /** Append `text` standing for source[from, from+sourceLength). */
  replace(text: string, from: number, sourceLength: number): void {
    if (text.length === 0) return;
    this.segs.push({ at: this.len, from, length: text.length, sourceLength, copy: false });
    this.parts.push(text);
    this.len += text.length;
  }

  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i]!;
      if (p.length) return p[p.length - 1]!;
    }
    return '';
  }

  /** Drop trailing characters matching `re` (single chars), e.g. spaces before a newline. */
  trimEnd(re: RegExp): void {
    while (this.len > 0) {
      const p = this.parts[this.parts.length - 1]!;
      if (p.length === 0) { this.parts.pop(); continue; }
      const ch = p[p.length - 1]!;
      if (!re.test(ch)) return;
      this.parts[this.parts.length - 1] = p.slice(0, -1);
      this.len -= 1;
      const seg = this.segs[this.segs.length - 1]!;
      seg.length -= 1;
      if (seg.copy) seg.sourceLength -= 1;
      if (seg.length === 0) this.segs.pop();
    }
  }

  build(): { text: string; map: OffsetMap } {
    const text = this.parts.join('');
    return { text, map: new OffsetMap(this.segs, text.length) };
  }
}

/** 1-based line and column of offsets in a text, by binary search over line starts. */
export class LineIndex {
  private starts: number[];
  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  locate(offset: number): { line: number; column: number } {
    const s = this.starts;
    const lo = lastAtOrBefore(s.length, (i) => s[i]!, offset);
    return { line: lo + 1, column: offset - s[lo]! + 1 };
  }
}
