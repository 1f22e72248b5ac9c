/**
 * Legacy Vietnamese encodings (TCVN3/ABC, VNI-Windows): detection and conversion of text
 * that was decoded as Latin-1/windows-1252, in any format (a .txt file, a Word file typed
 * in .VnTime, a web page). Detection is by syllables, not by single characters: genuine
 * Unicode Vietnamese also uses "à", "é", "ô", so a conversion is chosen only when it turns
 * many more words into Vietnamese syllables than the text has as it stands.
 */
import { TextBuilder, type OffsetMap } from '../offsets.ts';
import { isSyllable } from './syllables.ts';
import { TCVN3_CHARS } from './tcvn3.ts';
import { VNI_LETTERS, VNI_MODIFIERS } from './vni.ts';

export type LegacyEncoding = 'tcvn3' | 'vni-windows';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC, fonts .VnTime/.VnArial)',
  'vni-windows': 'VNI-Windows (fonts VNI-Times)',
};

// Words are letters plus the Latin-1 symbols TCVN3 uses for letters ("x·" = "xã", "hßa" = "hòa").
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** Enough text to decide; the decision is made once per document. */
const SAMPLE = 200_000;

/** Share of non-ASCII words that are Vietnamese syllables, and how many there were. */
export function syllableScore(s: string): { valid: number; total: number; score: number } {
  let valid = 0;
  let total = 0;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (!NON_ASCII.test(w)) continue;
    total++;
    if (isSyllable(w)) valid++;
  }
  return { valid, total, score: total ? valid / total : 0 };
}

/** TCVN3 → Unicode, character for character (so the map is the identity). */
export function fromTcvn3(s: string): string {
  let changed = false;
  let out = '';
  for (const ch of s) {
    const u = TCVN3_CHARS.get(ch);
    if (u !== undefined) { out += u; changed = true; } else out += ch;
  }
  if (!changed) return s;
  // Capitals live in separate fonts (.VnTimeH) that reuse the lower-case code points: a word
  // whose other letters are capitals is a capital word ("CéNG HßA" → "CỘNG HÒA"). With one
  // other letter ("X·", "Tù") the line decides: a line written in capitals ("CéNG HßA X· HéI").
  const lineUpper = new Map<number, boolean>();
  const upperLine = (offset: number): boolean => {
    const start = s.lastIndexOf('\n', offset) + 1;
    let hit = lineUpper.get(start);
    if (hit === undefined) {
      const end = s.indexOf('\n', offset);
      const line = s.slice(start, end === -1 ? s.length : end);
      const upper = (line.match(/[A-Z]/g) ?? []).length;
      const lower = (line.match(/[a-z]/g) ?? []).length;
      hit = upper >= 4 && upper >= 4 * lower;
      lineUpper.set(start, hit);
    }
    return hit;
  };
  return out.replace(/[\p{L}\p{M}]+/gu, (w, offset: number) => {
    let other = 0;
    let upper = 0;
    for (let i = 0; i < w.length; i++) {
      const src = s[offset + i]!;
      if (TCVN3_CHARS.has(src)) continue;
      other++;
      if (src !== src.toLowerCase() && src === src.toUpperCase()) upper++;
    }
    if (other === 0 || upper !== other || w.length < 2) return w;
    return other >= 2 || upperLine(offset) ? w.toUpperCase() : w;
  });
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const SHAPES = /[\u0302\u0306\u031b]/;

/** VNI-Windows → Unicode, with a map from the converted text back to `s`. */
export function fromVni(s: string): { text: string; map: OffsetMap } {
  const b = new TextBuilder();
  // The cluster being built: a letter (NFD) and the source range it came from.
  let cluster = '';
  let from = 0;
  let length = 0;
  const flush = () => {
    if (!length) return;
    const composed = cluster.normalize('NFC');
    if (length === 1 && composed === s[from]) b.copy(composed, from);
    else b.replace(composed, from, length);
    cluster = '';
    length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const mod = VNI_MODIFIERS.get(ch);
    if (mod && length) {
      const base = cluster[0]!.toLowerCase();
      const addsShape = SHAPES.test(mod.marks);
      const fits = mod.after.includes(base)
        && !TONES.test(cluster)
        && !(addsShape && SHAPES.test(cluster));
      if (fits) { cluster += mod.marks; length++; continue; }
    }
    flush();
    cluster = (VNI_LETTERS.get(ch) ?? ch).normalize('NFD');
    from = i;
    length = 1;
  }
  flush();
  return b.build();
}

export interface LegacyResult {
  encoding: LegacyEncoding;
  text: string;
  /** Converted text → input text. */
  map: OffsetMap;
  /** Syllable scores before and after, for the diagnostic. */
  before: number;
  after: number;
}

/**
 * Returns the converted text when `s` reads as TCVN3 or VNI-Windows, else null.
 * Needs at least a handful of non-ASCII words; a conversion must make at least 60% of
 * them Vietnamese syllables and beat the text as it stands by 25 points.
 */
export function detectLegacy(s: string): LegacyResult | null {
  const sample = s.length > SAMPLE ? s.slice(0, SAMPLE) : s;
  const asIs = syllableScore(sample);
  if (asIs.total < 3) return null;
  // No conversion can beat the text by 25 points when it already reads as Vietnamese: skip
  // converting it twice (the usual case, and most of the loader's time on Unicode text).
  if (asIs.score > 0.75) return null;
  const candidates: Array<{ encoding: LegacyEncoding; score: number }> = [
    { encoding: 'tcvn3', score: syllableScore(fromTcvn3(sample)).score },
    { encoding: 'vni-windows', score: syllableScore(fromVni(sample).text).score },
  ];
  candidates.sort((a, b) => b.score - a.score || a.encoding.localeCompare(b.encoding));
  const best = candidates[0]!;
  if (best.score < 0.6 || best.score - asIs.score < 0.25) return null;
  if (best.encoding === 'tcvn3') {
    const text = fromTcvn3(s);
    const b = new TextBuilder();
    b.copy(text, 0); // one character for one: offsets are unchanged
    return { encoding: 'tcvn3', text, map: b.build().map, before: asIs.score, after: best.score };
  }
  const { text, map } = fromVni(s);
  return { encoding: 'vni-windows', text, map, before: asIs.score, after: best.score };
}
