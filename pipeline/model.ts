/**
 * The working document model passed between stages. Plain data plus the offset map;
 * every stage reads it and returns a new one (stages never mutate their input).
 */
import type { LayoutFound } from '../extractors/layout.ts';
import type { Diagnostic, Metadata, OutlineNode, Place } from '../schemas/document.ts';
import type { Target } from '../schemas/target.ts';
import type { Loaded } from './load/types.ts';
import { LineIndex, lastAtOrBefore, type OffsetMap } from './offsets.ts';

/** A paragraph of normalized text: one line of `text`, `[start, end)`. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export interface Work {
  path: string;
  sha256: string;
  bytes: number;
  loaded: Loaded;
  /** Normalized text: NFC, one paragraph per line, every offset of the output points here. */
  text: string;
  /** Normalized text → loaded.text. */
  map: OffsetMap;
  paragraphs: Paragraph[];
  outline: OutlineNode[];
  metadata: Metadata;
  targets: Target[];
  diagnostics: Diagnostic[];
  /** Offset spans of normalized text whose characters were repaired (lost-character fixes). */
  repairs: Array<{ start: number; end: number; from: string; to: string }>;
  /** Column-laid tables on the loader's lines, found by `normalize` (extractors/layout.ts). */
  layout?: LayoutFound;
}

/** Locates normalized offsets in the original: line, column and page. */
export class Locator {
  private lines: LineIndex;
  constructor(private work: Pick<Work, 'map' | 'loaded'>) {
    this.lines = new LineIndex(work.loaded.original);
  }
  original(offset: number): number {
    return this.work.loaded.map.toSource(this.work.map.toSource(offset));
  }
  page(originalOffset: number): number | null {
    const starts = this.work.loaded.pageStarts;
    if (!starts || starts.length === 0) return null;
    return lastAtOrBefore(starts.length, (i) => starts[i]!, originalOffset) + 1;
  }
  place(start: number, end: number): Place {
    const o = this.original(start);
    const { line, column } = this.lines.locate(o);
    return { start, end, line, column, page: this.page(o) };
  }
}

export function diagnostic(
  severity: Diagnostic['severity'], ruleId: string, reason: string, place: Place | null = null,
): Diagnostic {
  return { severity, ruleId, reason, place };
}
