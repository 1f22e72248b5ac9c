/**
 * Vietnamese text repair after loading, for every format: legacy 8-bit encodings
 * (TCVN3, VNI-Windows) converted to Unicode, then letters lost in conversion flagged and,
 * where the fix is unambiguous, put back. Pure: text in, text + map + findings out.
 */
import { TextBuilder, type OffsetMap } from '../offsets.ts';
import { composeMaps } from '../load/maps.ts';
import { detectLegacy, LEGACY_NAMES, type LegacyEncoding } from './legacy.ts';
import { findLostCharacters } from './lost.ts';

export { detectLegacy, fromTcvn3, fromVni, syllableScore, LEGACY_NAMES } from './legacy.ts';
export { findLostCharacters } from './lost.ts';
export { isSyllable, parseSyllable } from './syllables.ts';

/** A span of the repaired text whose characters were put back; `from` is what the input had. */
export interface Repair {
  start: number;
  end: number;
  from: string;
  to: string;
}

/** A finding; `offset` points into the repaired text. */
export interface RepairFinding {
  severity: 'warning' | 'info';
  ruleId: string;
  reason: string;
  offset?: number;
}

export interface Repaired {
  text: string;
  /** Repaired text → input text. */
  map: OffsetMap;
  encoding: LegacyEncoding | null;
  repairs: Repair[];
  findings: RepairFinding[];
}

export function repairText(input: string): Repaired {
  const findings: RepairFinding[] = [];
  let text = input;
  let map: OffsetMap | null = null;
  let encoding: LegacyEncoding | null = null;
  const legacy = detectLegacy(input);
  if (legacy) {
    text = legacy.text;
    map = legacy.map;
    encoding = legacy.encoding;
    findings.push({
      severity: 'warning', ruleId: 'repair:legacy-encoding',
      reason: `The text is in the legacy ${LEGACY_NAMES[legacy.encoding]} encoding and was converted to Unicode `
        + `(${Math.round(legacy.before * 100)}% → ${Math.round(legacy.after * 100)}% of accented words read as Vietnamese syllables)`,
    });
  }
  const lost = findLostCharacters(text);
  const repairs: Repair[] = [];
  if (lost.length) {
    const b = new TextBuilder();
    let pos = 0;
    for (const l of lost) {
      b.copy(text.slice(pos, l.start), pos);
      const at = b.length;
      if (l.fix) {
        b.replace(l.fix, l.start, l.end - l.start);
        repairs.push({ start: at, end: b.length, from: l.word, to: l.fix });
        findings.push({
          severity: 'warning', ruleId: 'repair:lost-character', offset: at,
          reason: `"${l.word}" lost letters in conversion; repaired as "${l.fix}" (the only fix the syllable list allows that the document also uses, ${l.evidence}×)`,
        });
      } else {
        b.copy(l.word, l.start);
        const shown = l.candidates.slice(0, 5).map((c) => `"${c}"`).join(', ');
        findings.push({
          severity: 'warning', ruleId: 'repair:lost-character', offset: at,
          reason: `"${l.word}" is not a Vietnamese word: letters were probably lost in conversion (could be ${shown}${l.candidates.length > 5 ? ', …' : ''}); left as is`,
        });
      }
      pos = l.end;
    }
    b.copy(text.slice(pos), pos);
    const built = b.build();
    map = map ? composeMaps(built.map, map) : built.map;
    text = built.text;
  }
  if (!map) {
    const b = new TextBuilder();
    b.copy(text, 0);
    map = b.build().map;
  }
  return { text, map, encoding, repairs, findings };
}
