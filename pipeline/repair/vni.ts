/**
 * VNI-Windows (the "VNI-Times" fonts of VNI Software, 1991 onward): Vietnamese written as
 * a base Latin letter followed by one modifier character from the Latin-1 range, e.g.
 * "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" for "Cộng hòa xã hội chủ nghĩa Việt Nam".
 * Table from the VNI-Windows code chart as used by Unikey/VietKey converters (charset
 * "VNI Windows"); upper-case modifiers are the upper-case Latin-1 letters of the same row.
 *
 * Each entry maps the modifier (as Latin-1 shows it) to the combining marks it adds
 * (NFD), and says which base letters it may follow. Letters that VNI encodes as one
 * character (đ, ơ, ư, and some i/y forms) are in VNI_LETTERS.
 */

/** Marks: U+0302 circumflex, U+0306 breve, U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook, U+0323 dot. */
export interface VniModifier {
  marks: string;
  /** Lower-case base letters (NFD, without tone) this modifier attaches to. */
  after: string;
}

const TONE_BASES = 'aeiouy\u01a1\u01b0'; // a e i o u y ơ ư (+ their circumflex/breve forms, checked on the base letter)

const rows: Array<[lower: string, upper: string, marks: string, after: string]> = [
  // tone marks alone
  ['\u00f9', '\u00d9', '\u0301', TONE_BASES], // ù Ù  sắc (acute)
  ['\u00f8', '\u00d8', '\u0300', TONE_BASES], // ø Ø  huyền (grave)
  ['\u00fb', '\u00db', '\u0309', TONE_BASES], // û Û  hỏi (hook)
  ['\u00f5', '\u00d5', '\u0303', TONE_BASES], // õ Õ  ngã (tilde)
  ['\u00ef', '\u00cf', '\u0323', TONE_BASES], // ï Ï  nặng (dot below)
  // circumflex (â ê ô), alone or with a tone
  ['\u00e2', '\u00c2', '\u0302', 'aeo'], // â Â
  ['\u00e1', '\u00c1', '\u0302\u0301', 'aeo'], // á Á
  ['\u00e0', '\u00c0', '\u0302\u0300', 'aeo'], // à À
  ['\u00e5', '\u00c5', '\u0302\u0309', 'aeo'], // å Å
  ['\u00e3', '\u00c3', '\u0302\u0303', 'aeo'], // ã Ã
  ['\u00e4', '\u00c4', '\u0302\u0323', 'aeo'], // ä Ä
  // breve (ă), alone or with a tone
  ['\u00ea', '\u00ca', '\u0306', 'a'], // ê Ê
  ['\u00e9', '\u00c9', '\u0306\u0301', 'a'], // é É
  ['\u00e8', '\u00c8', '\u0306\u0300', 'a'], // è È
  ['\u00fa', '\u00da', '\u0306\u0309', 'a'], // ú Ú
  ['\u00fc', '\u00dc', '\u0306\u0303', 'a'], // ü Ü
  ['\u00eb', '\u00cb', '\u0306\u0323', 'a'], // ë Ë
];

export const VNI_MODIFIERS: ReadonlyMap<string, VniModifier> = new Map(
  rows.flatMap(([lower, upper, marks, after]) => [
    [lower, { marks, after }] as const,
    [upper, { marks, after }] as const,
  ]),
);

/** Characters that stand for a whole letter in VNI. */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ['\u00f1', 'đ'], ['\u00d1', 'Đ'], // ñ Ñ
  ['\u00f4', 'ơ'], ['\u00d4', 'Ơ'], // ô Ô
  ['\u00f6', 'ư'], ['\u00d6', 'Ư'], // ö Ö
  ['\u00f3', 'ĩ'], ['\u00d3', 'Ĩ'], // ó Ó
  ['\u00f2', 'ị'], ['\u00d2', 'Ị'], // ò Ò
  ['\u00e6', 'ỉ'], ['\u00c6', 'Ỉ'], // æ Æ
  ['\u00ee', 'ỵ'], ['\u00ce', 'Ỵ'], // î Î
  // ì í are themselves in VNI (U+00EC, U+00ED and their capitals)
]);
