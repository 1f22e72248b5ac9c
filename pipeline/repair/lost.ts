/**
 * Characters lost in conversion. Seed lam-dong-5204-kh-ubnd-2022.txt reads "Cng dịch vụ
 * công" for "Cổng dịch vụ công", "công bChỉ số" for "công bố Chỉ số" and "Đkhắc phục" for
 * "Để khắc phục": a converter dropped letters it could not map (and sometimes the space
 * after them).
 *
 * A word is suspect when it is not a Vietnamese syllable but becomes one (or two) by putting
 * back one vowel letter (with any tone) and possibly a space. Every suspect is flagged. It is
 * repaired only when the fix is unambiguous: among the syllable-list candidates exactly one
 * is attested elsewhere in the same document next to the same neighbour ("Cổng dịch" occurs
 * in the seed, "Công dịch", "Cung dịch"… do not). Acronyms (CCHC, UBND), Roman numerals,
 * units (km, kg) and words that no single vowel can fix (English "Index") are left alone.
 */
import { foldTone } from '../fold.ts';
import { isSyllable, VOWEL_LETTERS } from './syllables.ts';

export interface LostCharacter {
  /** `[start, end)` of the damaged word in the text. */
  start: number;
  end: number;
  word: string;
  /** Every syllable-list fix, most attested first. */
  candidates: string[];
  /** The repair when exactly one candidate is attested in the document, else null. */
  fix: string | null;
  /** How many times the fix's neighbour pairs occur elsewhere in the document. */
  evidence: number;
}

// Measurement units and similar vowel-less tokens that are not damaged words.
const UNITS = new Set([
  'km', 'kg', 'cm', 'mm', 'ml', 'kw', 'kwh', 'mw', 'mwh', 'gw', 'gb', 'mb', 'kb', 'tb', 'ha', 'ct',
  'tw', 'st', 'nd', 'rd', 'th', 'vs', 'pdf', 'xml', 'http', 'https', 'www', 'gps', 'sms', 'tthc',
]);
const WORD = /[\p{L}\p{M}]+/gu;
const MAX_SUSPECTS = 2000;
const VOWEL = /[aăâeêioôơuưy]/i;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SPACES_ONLY = /^[ \t\u00a0]+$/;
/** Letters Vietnamese does not write natively: words with them are loanwords or names. */
const FOREIGN = /[fjwzFJWZ]/;
const CAMEL = /\p{Ll}\p{Lu}/u;
/** A one-letter onset (or "Đ") directly followed by a consonant-initial syllable. */
const GLUED = /^([bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX])([bcdđghklmnpqrstvx].*)$/u;

interface Token { start: number; end: number; word: string; key: string }

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].normalize('NFC');
    out.push({ start: m.index!, end: m.index! + m[0].length, word, key: foldTone(word) });
  }
  return out;
}

function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && SPACES_ONLY.test(text.slice(a.end, b.start));
}

/**
 * Is this word damaged the way lossy converters damage words? Three shapes, from the seed:
 * a capital inside a word ("bChỉ"), no vowel at all ("Cng"), or an onset glued to a
 * consonant-initial syllable ("Đkhắc"). Minority-language place names ("Kon Plông",
 * "Drai", "Krông") keep their consonant + l/r clusters and "k" before o, so they do not match.
 */
function suspect(text: string, t: { start: number; end: number; word: string }): boolean {
  const { word } = t;
  if (word.length < 2 || word.length > 12) return false;
  if (!HAS_LOWER.test(word)) return false; // acronyms, Roman numerals, capital headings
  if (FOREIGN.test(word) || isSyllable(word)) return false;
  if (/^\p{Lu}{2,}/u.test(word)) return false; // abbreviations: TTg, TTr, UBNDs
  // parts of addresses, e-mails, file names: "baothanhhoa.vn", "anh.jpg"
  const before = text[t.start - 1] ?? ' ';
  const after = text.slice(t.end, t.end + 2);
  if (/[./@_\-]/.test(before) || /^[./@_][\p{L}\p{N}]/u.test(after)) return false;
  if (CAMEL.test(word)) return true;
  const bare = word.normalize('NFD');
  if (!VOWEL.test(bare)) {
    if (UNITS.has(word.toLowerCase())) return false;
    return HAS_UPPER.test(word[0]!) || word.length >= 3;
  }
  const glued = GLUED.exec(word);
  return !!glued && isSyllable(glued[2]!) && !/^[lr]/i.test(glued[2]!);
}

/** Syllable-list fixes: insert one vowel letter (and maybe a space) somewhere inside. */
export function candidates(word: string): Array<{ text: string; parts: string[]; changed: number[] }> {
  const out: Array<{ text: string; parts: string[]; changed: number[] }> = [];
  const seen = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    for (const v of ['', ...VOWEL_LETTERS]) {
      const insert = v; // lost vowels are lower case: capitals start words, and the word's start is kept
      const options: Array<{ parts: string[]; changed: number[] }> = [];
      if (insert) options.push({ parts: [left + insert + right], changed: [0] });
      options.push({ parts: [left + insert, right], changed: insert ? [0] : [0, 1] });
      if (insert) options.push({ parts: [left, insert + right], changed: [1] });
      for (const o of options) {
        if (!o.parts.every((p) => p.length > 0 && isSyllable(p))) continue;
        // a capital inside a syllable is not a fix ("bốChỉ")
        if (o.parts.some((p) => HAS_UPPER.test(p.slice(1)) && HAS_LOWER.test(p))) continue;
        const text = o.parts.join(' ');
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, parts: o.parts, changed: o.changed });
      }
    }
  }
  return out;
}

/** Finds damaged words and repairs the unambiguous ones. Pure; cheap on clean text. */
export function findLostCharacters(text: string): LostCharacter[] {
  const tokens = tokenize(text);
  const suspects: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (suspect(text, tokens[i]!)) suspects.push(i);
  if (suspects.length === 0) return [];
  // Many unknown words means the text is not (only) Vietnamese — a foreign annex, code, a
  // garbled file: nothing to repair there, and no reason to spend time on it.
  if (suspects.length > MAX_SUSPECTS || (suspects.length > 50 && suspects.length > tokens.length * 0.05)) return [];
  // Neighbour pairs of the document, as evidence for fixes.
  const pairs = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    if (!adjacent(text, tokens[i - 1], tokens[i])) continue;
    const k = `${tokens[i - 1]!.key} ${tokens[i]!.key}`;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const out: LostCharacter[] = [];
  for (const i of suspects) {
    const t = tokens[i]!;
    const cands = candidates(t.word);
    if (cands.length === 0) continue;
    const prev = adjacent(text, tokens[i - 1], t) ? tokens[i - 1]!.key : null;
    const next = adjacent(text, t, tokens[i + 1]) ? tokens[i + 1]!.key : null;
    const scored = cands.map((c) => {
      const keys = c.parts.map(foldTone);
      let evidence = 0;
      const count = (a: string | null, b: string | null) => (a && b ? pairs.get(`${a} ${b}`) ?? 0 : 0);
      for (const j of c.changed) {
        if (j === 0) evidence += count(prev, keys[0]!);
        if (j === keys.length - 1) evidence += count(keys[j]!, next);
        if (j > 0) evidence += count(keys[j - 1]!, keys[j]!);
        if (j < keys.length - 1) evidence += count(keys[j]!, keys[j + 1]!);
      }
      return { text: c.text, evidence };
    });
    scored.sort((a, b) => b.evidence - a.evidence || a.text.localeCompare(b.text, 'vi'));
    const attested = scored.filter((s) => s.evidence > 0);
    out.push({
      start: t.start, end: t.end, word: t.word,
      candidates: scored.map((s) => s.text),
      fix: attested.length === 1 ? attested[0]!.text : null,
      evidence: attested.length === 1 ? attested[0]!.evidence : 0,
    });
  }
  return out;
}
