/**
 * A Vietnamese syllable list, generated from the language's syllable structure instead of
 * shipped as a word file: onset × rhyme × tone, with the spelling rules of Quốc ngữ.
 *
 * Sources: Đoàn Thiện Thuật, "Ngữ âm tiếng Việt" (NXB ĐHQG Hà Nội, 1977/2003) — the table
 * of 22 onsets and 155 rhymes; Quyết định 1989/QĐ-BGDĐT (2018) on spelling (k/gh/ngh before
 * i, e, ê; c/g/ng elsewhere). The list is deliberately a little generous (it accepts a few
 * rhymes that only occur in loanwords): it is used to tell "no Vietnamese syllable" from
 * "some Vietnamese syllable", never to rank candidates.
 */

/** Onsets as written (longest first so "ngh" wins over "ng" and "n"). */
export const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
] as const;

/** Rhymes without their tone mark (the glide "o"/"u" belongs to the rhyme, as in "hoa", "tuy"). */
export const RHYMES = new Set([
  'a', 'ac', 'ach', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ap', 'at', 'au', 'ay',
  'ăc', 'ăm', 'ăn', 'ăng', 'ăp', 'ăt',
  'âc', 'âm', 'ân', 'âng', 'âp', 'ât', 'âu', 'ây',
  'e', 'ec', 'em', 'en', 'eng', 'eo', 'ep', 'et',
  'ê', 'êch', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êu',
  'i', 'ia', 'ich', 'iêc', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêu', 'im', 'in', 'inh', 'ip', 'it', 'iu',
  'o', 'oa', 'oac', 'oach', 'oai', 'oam', 'oan', 'oang', 'oanh', 'oao', 'oap', 'oat', 'oay',
  'oăc', 'oăm', 'oăn', 'oăng', 'oăt', 'oc', 'oe', 'oen', 'oeo', 'oet', 'oi', 'om', 'on', 'ong',
  'ooc', 'oong', 'op', 'ot',
  'ô', 'ôc', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  'u', 'ua', 'uân', 'uâng', 'uât', 'uây', 'uc', 'uê', 'uêch', 'uênh', 'ui', 'um', 'un', 'ung',
  'uô', 'uôc', 'uôi', 'uôm', 'uôn', 'uông', 'uôt', 'up', 'ut', 'uy', 'uya', 'uych', 'uyên',
  'uyêt', 'uynh', 'uyt', 'uyu', 'uơ',
  'ư', 'ưa', 'ưc', 'ưi', 'ưm', 'ưn', 'ưng', 'ưt', 'ưu', 'ươc', 'ươi', 'ươm', 'ươn', 'ương',
  'ươp', 'ươt', 'ươu',
  'y', 'yêm', 'yên', 'yêng', 'yêt', 'yêu',
  // after "qu" the glide is spelt by the onset: quy, quyên, quỳnh, quých, quýt
  'ych', 'ynh', 'yt',
]);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_OF = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Checked endings (p, t, c, ch) only take the sắc or nặng tone. */
const CHECKED = /(p|t|c|ch)$/;
const FRONT = /^[iêey]/;

export interface SyllableParts {
  onset: string;
  rhyme: string;
  tone: '' | '\u0300' | '\u0301' | '\u0303' | '\u0309' | '\u0323';
}

/** Splits a lower-case NFC word into onset, rhyme and tone, or null if it is no Vietnamese syllable. */
export function parseSyllable(word: string): SyllableParts | null {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONE_MARKS);
  if (tones && tones.length > 1) return null;
  const tone = (tones?.[0] ?? '') as SyllableParts['tone'];
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    let rhyme = bare.slice(onset.length);
    // "gi" before a consonant-initial rhyme reads g + i ("gìn", "gió" is gi + ó)
    if (onset === 'gi' && !RHYMES.has(rhyme) && RHYMES.has('i' + rhyme)) rhyme = 'i' + rhyme;
    if (rhyme === '' && onset === 'gi') rhyme = 'i';
    if (!RHYMES.has(rhyme)) continue;
    if (onset === 'qu' && rhyme.startsWith('u')) continue;
    if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.test(rhyme)) continue;
    if ((onset === 'c' || onset === 'ng') && /^[iêe]/.test(rhyme)) continue;
    if (CHECKED.test(rhyme) && tone !== '\u0301' && tone !== '\u0323') continue;
    return { onset, rhyme, tone };
  }
  return null;
}

const cache = new Map<string, boolean>();

/** True when `word` (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const key = word.normalize('NFC').toLowerCase();
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = key.length > 0 && key.length <= 8 && parseSyllable(key) !== null;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/** Every vowel letter with every tone, NFC: the characters a lossy conversion may drop. */
export const VOWEL_LETTERS: readonly string[] = (() => {
  const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const out: string[] = [];
  for (const b of bases) for (const t of tones) out.push((b.normalize('NFD') + t).normalize('NFC'));
  return out;
})();

export function hasTone(word: string): boolean {
  return TONE_OF.test(word.normalize('NFD'));
}
