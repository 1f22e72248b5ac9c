/**
 * Indicator matcher: assigns a target's indicator label a key of the taxonomy in
 * extractors/lexicon/indicators.ts, with a score in [0, 1] — or null when nothing scores at
 * least MATCH_THRESHOLD. A key is never forced.
 *
 * Tokens (Vietnamese-aware, compromise habit: matching forms only, output is untouched):
 *   1. NFC, abbreviations expanded ("TTHC" → "thủ tục hành chính"), then `foldTone` (lower
 *      case, one tone placement for oa/oe/uy: "hoà" = "hòa");
 *   2. syllables, minus STOPWORDS; plus syllable bigrams ("thanh_toán") over the original
 *      sequence when neither syllable is a stopword — Vietnamese words are mostly two
 *      syllables, so bigrams stand in for words and keep their order;
 *   3. the diacritic-insensitive fallback repeats everything on `foldAll` forms ("thu tuc
 *      hanh chinh") when the toned pass stays under the threshold, at FALLBACK_FACTOR.
 *
 * Score of a label L against one phrasing P of an entry (the entry scores its best phrasing):
 *   w(t)      = natural TfIdf idf of term t, the taxonomy entries being the documents
 *               (1 + ln(N / (1 + df)); a word no entry uses weighs most);
 *   overlap   = Σ w(t) over terms in both, plus half credit for a label syllable that is
 *               not in P but has Jaro–Winkler ≥ 0.9 with one of P's (foldAll forms, ≥ 3
 *               letters: lost characters such as "Cng" for "Cổng");
 *   recall    = overlap / Σ_P w,  precision = overlap / Σ_L w;
 *   weighted  = F_β(precision, recall) with β² = 2 — recall counts more because labels carry
 *               qualifiers the phrasings leave out ("đang còn hiệu lực và có giá trị sử dụng");
 *   dice      = natural's Dice coefficient on character bigrams of the two folded strings;
 *   score     = 0.8 · weighted + 0.2 · dice.
 * An entry is skipped when an `excludes` word occurs in the label or none of its `requires`
 * words does; one whose `anchors` name (an index: "PCI", "Chỉ số CCHC") occurs scores at least
 * ANCHOR_SCORE. With `area`, an entry of the
 * same area gets AREA_BONUS for ranking only; the threshold applies to the score without it.
 * Near-ties (NEAR_TIE) go to the entry the label names first (see `matchIndicator`).
 *
 * MATCH_THRESHOLD = 0.55: set on the seeds' phrasings and the near-misses in
 * test/indicators.test.ts — their true phrasings (paraphrased, abbreviated, without marks,
 * with lost characters) score ≥ 0.75, near-misses (same words, another measure: "mức độ hài
 * lòng của khách du lịch", "tỷ lệ hồ sơ giải quyết quá hạn") stay ≤ 0.47.
 */
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import diceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { ABBREVIATIONS, INDICATORS, STOPWORDS, type IndicatorEntry } from '../extractors/lexicon/indicators.ts';
import { foldAll, foldTone } from './fold.ts';

export const MATCH_THRESHOLD = 0.55;
export const FALLBACK_FACTOR = 0.95;
export const AREA_BONUS = 0.03;
export const NEAR_TIE = 0.05;
export const ANCHOR_SCORE = 0.9;
const SOFT_MATCH = 0.9;
/** β² of the weighted F-measure: recall counts twice as much as precision. */
const BETA2 = 2;
const DICE_WEIGHT = 0.2;

export interface IndicatorMatch {
  key: string;
  score: number;
}

type Fold = (s: string) => string;

interface Terms {
  syllables: string[];
  terms: Set<string>;
  folded: string;
}

interface Pass {
  fold: Fold;
  stop: Set<string>;
  tfidf: TfIdf;
  phrasings: Array<{ entry: IndicatorEntry; terms: Terms; weight: number }>;
  /** every syllable of every phrasing, with its folded form */
  plainVocabulary: Map<string, string>;
  /** term → indices of the phrasings that contain it */
  byTerm: Map<string, number[]>;
  excludes: Map<string, string[]>;
  anchors: Map<string, string[]>;
  requires: Map<string, string[]>;
  /** Every unigram of an entry's label and synonyms. */
  vocabulary: Map<string, Set<string>>;
}

const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** NFC with the usual abbreviations spelled out (TTHC → thủ tục hành chính, CCHC → cải cách hành chính). */
export function expand(s: string): string {
  return s.normalize('NFC').replace(ABBREVIATION_RE, (m) => ABBREVIATIONS[m] ?? m);
}

// Numbers belong to the value ("80%", "năm 2021"), never to the indicator.
const NUMERAL = /^\p{N}+$/u;

function termsOf(s: string, fold: Fold, stop: Set<string>): Terms {
  const folded = fold(expand(s));
  const syllables = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = new Set<string>();
  for (let i = 0; i < syllables.length; i++) {
    const a = syllables[i]!;
    if (stop.has(a) || NUMERAL.test(a)) continue;
    terms.add(a);
    const b = syllables[i + 1];
    if (b !== undefined && !stop.has(b) && !NUMERAL.test(b)) terms.add(`${a}_${b}`);
  }
  return { syllables: syllables.filter((x) => !stop.has(x) && !NUMERAL.test(x)), terms, folded: syllables.join(' ') };
}

function buildPass(fold: Fold): Pass {
  const stop = new Set(STOPWORDS.map(fold));
  const tfidf = new TfIdf();
  const phrasings: Pass['phrasings'] = [];
  const excludes = new Map<string, string[]>();
  const vocabulary = new Map<string, Set<string>>();
  const anchors = new Map<string, string[]>();
  const requires = new Map<string, string[]>();
  for (const entry of INDICATORS) {
    const all = new Set<string>();
    const words = new Set<string>();
    vocabulary.set(entry.key, words);
    for (const text of [entry.label, ...entry.synonyms]) {
      const terms = termsOf(text, fold, stop);
      for (const t of terms.terms) all.add(t);
      for (const w of terms.syllables) words.add(w);
      phrasings.push({ entry, terms, weight: 0 });
    }
    // One TF-IDF document per entry: a term shared by many entries ("hài lòng") weighs little.
    tfidf.addDocument([...all].sort(), entry.key);
    excludes.set(entry.key, (entry.excludes ?? []).map((x) => foldAll(x)));
    anchors.set(entry.key, (entry.anchors ?? []).map((x) => foldAll(expand(x))));
    requires.set(entry.key, (entry.requires ?? []).map((x) => foldAll(x)));
  }
  const plainVocabulary = new Map<string, string>();
  for (const p of phrasings) for (const q of p.terms.syllables) plainVocabulary.set(q, foldAll(q));
  const byTerm = new Map<string, number[]>();
  phrasings.forEach((p, i) => { for (const t of p.terms.terms) byTerm.set(t, [...(byTerm.get(t) ?? []), i]); });
  const pass: Pass = { fold, stop, tfidf, phrasings, excludes, anchors, requires, vocabulary, plainVocabulary, byTerm };
  for (const p of phrasings) p.weight = weightOf(pass, p.terms.terms);
  return pass;
}

function weightOf(pass: Pass, terms: Iterable<string>): number {
  let sum = 0;
  for (const t of terms) sum += pass.tfidf.idf(t);
  return sum;
}

let passes: { tone: Pass; plain: Pass } | null = null;
function getPasses() {
  passes ??= { tone: buildPass(foldTone), plain: buildPass(foldAll) };
  return passes;
}

/**
 * For each label syllable, the taxonomy syllables within Jaro–Winkler SOFT_MATCH of it (on
 * folded forms), computed once per label over the pass's vocabulary instead of once per
 * phrasing: only those can earn soft credit, so every phrasing gets the same answer.
 */
function softMatches(pass: Pass, label: Terms): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const s of new Set(label.syllables)) {
    if (s.length < 3) continue;
    const plainS = foldAll(s);
    const near = new Map<string, number>();
    for (const [q, plainQ] of pass.plainVocabulary) {
      if (q.length < 3) continue;
      const jw = jaroWinkler(plainS, plainQ);
      if (jw >= SOFT_MATCH) near.set(q, jw);
    }
    out.set(s, near);
  }
  return out;
}

/** Similarity of a label (already tokenised) to one phrasing, in [0, 1]. */
function similarity(pass: Pass, label: Terms, labelWeight: number, phrasing: Pass['phrasings'][number], soft: Map<string, Map<string, number>>, toBeat = -1): number {
  const p = phrasing.terms;
  let overlap = 0;
  for (const t of label.terms) if (p.terms.has(t)) overlap += pass.tfidf.idf(t);
  // Lost or mangled characters: half credit for a near-identical syllable.
  for (const s of new Set(label.syllables)) {
    if (p.terms.has(s) || s.length < 3) continue;
    const near = soft.get(s);
    if (!near || near.size === 0) continue;
    let best = 0;
    let bestTerm = '';
    for (const q of p.syllables) {
      if (q.length < 3 || label.terms.has(q)) continue;
      const jw = near.get(q) ?? 0;
      if (jw > best) { best = jw; bestTerm = q; }
    }
    if (best >= SOFT_MATCH) overlap += 0.5 * pass.tfidf.idf(bestTerm);
  }
  if (overlap === 0 || labelWeight === 0 || phrasing.weight === 0) return 0;
  const recall = Math.min(1, overlap / phrasing.weight);
  const precision = Math.min(1, overlap / labelWeight);
  const weighted = ((1 + BETA2) * precision * recall) / (BETA2 * precision + recall);
  // Dice is at most 1: when even that cannot beat the entry's best so far, skip computing it.
  if ((1 - DICE_WEIGHT) * weighted + DICE_WEIGHT <= toBeat) return 0;
  const dice = diceCoefficient(label.folded, p.folded);
  return (1 - DICE_WEIGHT) * weighted + DICE_WEIGHT * dice;
}

/** Whether a folded label contains one of the folded phrases as whole words. */
function containsAny(plainLabel: string, phrases: string[]): boolean {
  return phrases.some((w) => wholeWord(w).test(plainLabel));
}

// Caches: the same syllables, phrases and labels come back for every target of a corpus.
// Each is bounded by the taxonomy's and the corpus's vocabulary; results are unchanged.
const wordRegexes = new Map<string, RegExp>();
function wholeWord(w: string): RegExp {
  let re = wordRegexes.get(w);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
    wordRegexes.set(w, re);
  }
  return re;
}
const CACHE_LIMIT = 50_000;
function bounded<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size >= CACHE_LIMIT) map.clear();
    v = make();
    map.set(key, v);
  }
  return v;
}


/** Best score per entry key for a label in one pass (entries in taxonomy order). */
function scores(pass: Pass, label: string): Map<string, number> {
  const terms = termsOf(label, pass.fold, pass.stop);
  const labelWeight = weightOf(pass, terms.terms);
  const plainLabel = foldAll(expand(label));
  const soft = softMatches(pass, terms);
  // Every entry the label does not rule out scores at least 0 (or the anchor score); only
  // phrasings that share a term or a near syllable with the label can score above that, so
  // only those are compared (an inverted index instead of every phrasing of the taxonomy).
  const out = new Map<string, number>();
  for (const entry of INDICATORS) {
    const key = entry.key;
    if (containsAny(plainLabel, pass.excludes.get(key)!)) continue;
    const heads = pass.requires.get(key)!;
    if (heads.length > 0 && !containsAny(plainLabel, heads)) continue;
    out.set(key, containsAny(plainLabel, pass.anchors.get(key)!) ? ANCHOR_SCORE : 0);
  }
  const candidates = new Set<number>();
  for (const t of terms.terms) for (const i of pass.byTerm.get(t) ?? []) candidates.add(i);
  for (const near of soft.values()) for (const q of near.keys()) for (const i of pass.byTerm.get(q) ?? []) candidates.add(i);
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const phrasing = pass.phrasings[i]!;
    const key = phrasing.entry.key;
    const best = out.get(key);
    if (best === undefined) continue;
    const s = similarity(pass, terms, labelWeight, phrasing, soft, best);
    if (s > best) out.set(key, s);
  }
  return out;
}

/**
 * Every entry's score for a label, highest first (for diagnostics, `muctieu eval` and tests):
 * the toned pass, or the diacritic-insensitive pass × FALLBACK_FACTOR where that is higher.
 */
export function scoreIndicators(label: string): IndicatorMatch[] {
  const { tone, plain } = getPasses();
  const toned = scores(tone, label);
  const best = Math.max(0, ...toned.values());
  const merged = new Map(toned);
  if (best < MATCH_THRESHOLD) {
    for (const [key, s] of scores(plain, label)) {
      const f = s * FALLBACK_FACTOR;
      if (f > (merged.get(key) ?? -1)) merged.set(key, f);
    }
  }
  const order = new Map(INDICATORS.map((e, i) => [e.key, i]));
  return [...merged].map(([key, score]) => ({ key, score: round(score) }))
    .sort((a, b) => b.score - a.score || order.get(a.key)! - order.get(b.key)!);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1e4) / 1e4;
}

/**
 * The taxonomy key for an indicator label, or null when no entry scores MATCH_THRESHOLD.
 * `area` (the target's reform area) favours entries of that area by AREA_BONUS. Entries within
 * NEAR_TIE of the best are told apart by area first, then by which is named first: a label listing several indices
 * ("Chỉ số CCHC (PAR INDEX), chỉ số hài lòng (SIPAS), … trong nhóm 10", seed thanh-hoa) gets
 * the first one's key rather than whichever scored a hair higher.
 */
const matches = new Map<string, IndicatorMatch | null>();
export function matchIndicator(label: string, area?: string): IndicatorMatch | null {
  return bounded(matches, `${area ?? ''}\u0000${label}`, () => matchUncached(label, area));
}

function matchUncached(label: string, area?: string): IndicatorMatch | null {
  if (label.trim() === '') return null;
  const areaOf = new Map(INDICATORS.map((e) => [e.key, e.area]));
  const ranked = scoreIndicators(label)
    .filter((m) => m.score >= MATCH_THRESHOLD)
    .map((m) => ({ m, rank: m.score + (area !== undefined && areaOf.get(m.key) === area ? AREA_BONUS : 0) }))
    .sort((a, b) => b.rank - a.rank);
  if (ranked.length === 0) return null;
  let ties = ranked.filter((r) => r.rank >= ranked[0]!.rank - NEAR_TIE);
  // Among near-ties the target's own area decides first, then the order of mention.
  const sameArea = ties.filter((r) => area !== undefined && areaOf.get(r.m.key) === area);
  if (sameArea.length > 0) ties = sameArea;
  if (ties.length === 1) return ties[0]!.m;
  const anchors = firstMentions(label, ties.map((t) => t.m.key));
  const chosen = [...ties].sort((a, b) => anchors.get(a.m.key)! - anchors.get(b.m.key)! || b.rank - a.rank)[0]!;
  return chosen.m;
}

/**
 * For each key, the position of the first label syllable that belongs to that entry's
 * phrasings and to no other entry in `keys` (Infinity when there is none).
 */
function firstMentions(label: string, keys: string[]): Map<string, number> {
  const out = new Map<string, number>(keys.map((k) => [k, Infinity]));
  for (const pass of [getPasses().tone, getPasses().plain]) {
    const syllables = termsOf(label, pass.fold, pass.stop).syllables;
    for (const key of keys) {
      const own = pass.vocabulary.get(key)!;
      const others = keys.filter((k) => k !== key).map((k) => pass.vocabulary.get(k)!);
      const at = syllables.findIndex((s) => own.has(s) && !others.some((o) => o.has(s)));
      if (at >= 0 && at < out.get(key)!) out.set(key, at);
    }
  }
  return out;
}

/** The taxonomy entry of a key (for labels and units in reports). */
export function indicatorEntry(key: string): IndicatorEntry | undefined {
  return INDICATORS.find((e) => e.key === key);
}
