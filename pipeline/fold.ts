/**
 * Vietnamese-aware folding, for MATCHING only — output always keeps the document's own
 * characters (style.md: never strip diacritics from output).
 *
 * Two levels:
 * - `foldTone`: NFC, lower case, and one tone placement for oa/oe/uy, so "hòa"/"hoà"
 *   and "ủy"/"uỷ" compare equal;
 * - `foldAll`: additionally strips every diacritic and maps đ → d (a fallback for
 *   copies that lost their marks).
 */

// The two placements of oa/oe/uy: tone on the first vowel ("hòa", "ủy", "khỏe") or on the
// second ("hoà", "uỷ", "khoẻ"). Both fold to the second, so both spellings compare equal.
// Source: Quyết định 1989/QĐ-BGDĐT (2018) on Vietnamese spelling; domain.md "hoà"/"hòa", "uỷ"/"ủy".
const FIRST_VOWEL_TONE = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}])|([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}])/gu;

/** Lower case, NFC, tone on the second vowel of oa/oe/uy (so "hòa" and "hoà" fold alike). */
export function foldTone(s: string): string {
  const nfd = s.normalize('NFD').toLowerCase();
  const moved = nfd.replace(FIRST_VOWEL_TONE, (_m, o, t1, a, u, t2, y) =>
    o !== undefined ? `${o}${a}${t1}` : `${u}${y}${t2}`);
  return moved.normalize('NFC');
}

export function foldAll(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}


/** Syllables (word tokens) of a text after tone folding. */
export function syllables(s: string): string[] {
  return foldTone(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}
