/**
 * Province gazetteer: resolves a provincial name to its canonical name at issue time (the 63
 * units until 30 June 2025) and the unit it belongs to today (the 34 units of Nghị quyết
 * 202/2025/QH15), and finds a province mention in free text.
 *
 * Contract: pure functions over the data in extractors/lexicon/provinces.ts; no I/O. Names are
 * compared on a folded key (foldAll: no diacritics, đ → d, lower case) with prefixes
 * ("tỉnh", "thành phố", "TP.") and every non-alphanumeric character removed, so old/new tone
 * placement ("Hoà"/"Hòa"), NFD text, missing diacritics and hyphen/en-dash variants
 * ("Bà Rịa – Vũng Tàu") all resolve alike. Output always uses the gazetteer's own spelling.
 */
import {
  ISSUER_PREFIXES, NOT_PROVINCE_BEFORE, PROVINCE_PREFIXES, PROVINCES_AFTER_2025, PROVINCES_BEFORE_2025,
  type ProvinceBefore2025,
} from '../extractors/lexicon/provinces.ts';
import { foldAll } from './fold.ts';

export interface ResolvedProvince {
  /** Canonical name at issue time (one of the 63), e.g. "Kon Tum". */
  name: string;
  /** The unit it belongs to from 1 July 2025 (one of the 34), e.g. "Quảng Ngãi". */
  current: string;
  /**
   * True when the unit took part in a merger under NQ 202/2025/QH15 — both for a unit that lost
   * its name (Kon Tum → Quảng Ngãi) and for the one whose name the merged unit kept (Quảng Ngãi):
   * either way today's unit is larger than the one the document was issued for.
   */
  merged: boolean;
}

export interface ProvinceMention {
  /** Canonical name at issue time. */
  name: string;
  /** `[start, end)` of the name as written in the searched text (prefix "tỉnh" excluded). */
  start: number;
  end: number;
}

/** Folded comparison key: no marks, lower case, letters and digits only. */
function key(s: string): string {
  return foldAll(s.normalize('NFC')).replace(/[^a-z0-9]/g, '');
}

/** Folded tokens: the same folding as `key`, split on anything that is not a letter or digit. */
function tokens(s: string): string[] {
  return foldAll(s.normalize('NFC')).match(/[a-z0-9]+/g) ?? [];
}

const PREFIX_TOKENS = PROVINCE_PREFIXES.map(tokens);
const alternation = (words: readonly string[]) => words.map((w) => tokens(w).join('[\\s.]*')).join('|');
// "UBND tỉnh", "Ủy ban nhân dân thành phố", "TP.", "T.P", "Tp" — folded, at the start of a name.
const PREFIX = new RegExp(`^\\s*(?:(?:${alternation(ISSUER_PREFIXES)})\\s+)?(?:${alternation(PROVINCE_PREFIXES)})(?=[\\s.\\-–]|$)[\\s.\\-–]*`);
const LOWER_UNITS = new Set(NOT_PROVINCE_BEFORE.map((w) => tokens(w).at(-1)!));

interface Index {
  byKey: Map<string, ProvinceBefore2025>;
  /** Token sequences of every name and variant, longest first, for text search. */
  phrases: Array<{ tokens: string[]; province: ProvinceBefore2025 }>;
  merged: Set<string>;
}

let index: Index | null = null;

function buildIndex(): Index {
  const byKey = new Map<string, ProvinceBefore2025>();
  const phrases: Index['phrases'] = [];
  const add = (name: string, province: ProvinceBefore2025) => {
    const k = key(name);
    const prior = byKey.get(k);
    // Two provinces folding to one key would make resolution ambiguous: a data error.
    if (prior && prior !== province) throw new Error(`Gazetteer: "${name}" folds to the same key as "${prior.name}"`);
    byKey.set(k, province);
    phrases.push({ tokens: tokens(name), province });
  };
  for (const p of PROVINCES_BEFORE_2025) {
    add(p.name, p);
    for (const v of p.variants) add(v, p);
  }
  // New names resolve to the old unit of the same name; "Huế" is a variant of Thừa Thiên Huế.
  for (const p of PROVINCES_AFTER_2025) {
    const old = byKey.get(key(p.name));
    if (!old) throw new Error(`Gazetteer: new unit "${p.name}" has no old unit of the same name`);
    for (const v of p.variants) add(v, old);
  }
  const sizes = new Map<string, number>();
  for (const p of PROVINCES_BEFORE_2025) sizes.set(p.current, (sizes.get(p.current) ?? 0) + 1);
  const merged = new Set(PROVINCES_BEFORE_2025.filter((p) => sizes.get(p.current)! > 1).map((p) => p.name));
  phrases.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byKey, phrases, merged };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

function resolved(p: ProvinceBefore2025): ResolvedProvince {
  return { name: p.name, current: p.current, merged: getIndex().merged.has(p.name) };
}

/**
 * Resolves a provincial name as written ("tỉnh Kon Tum", "TP. HCM", "Thừa Thiên - Huế",
 * "Khánh Hoà", "Ba Ria – Vung Tau") to its canonical issue-time name and today's unit.
 * Returns null for anything that is not one of the 63 (or a new name of the 34).
 */
export function resolveProvince(name: string): ResolvedProvince | null {
  const folded = foldAll(name.normalize('NFC')).trim();
  const stripped = folded.replace(PREFIX, '');
  const { byKey } = getIndex();
  const hit = byKey.get(key(stripped)) ?? byKey.get(key(folded));
  return hit ? resolved(hit) : null;
}

/** Whether the tokens just before index i spell one of the province prefixes ("tỉnh", "T.P"). */
function prefixedAt(text: string, toks: Token[], i: number): boolean {
  return PREFIX_TOKENS.some((words) => words.every((w, j) => {
    const t = toks[i - words.length + j];
    const next = toks[i - words.length + j + 1]!;
    return t !== undefined && t.folded === w && joinable(text, t.end, next.start);
  }));
}

interface Token { text: string; folded: string; start: number; end: number }

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    out.push({ text: m[0], folded: foldAll(m[0].normalize('NFC')), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Proper names are capitalised in every copy we have seen: "Kon Tum", "KON TUM", "TP. HCM". */
function capitalised(t: Token): boolean {
  const first = t.text.normalize('NFC')[0]!;
  return first !== first.toLowerCase() || /\p{N}/u.test(first);
}

/** Only spaces, hyphens, dashes and dots may separate the words of one name ("Bà Rịa – Vũng Tàu", "TP.HCM"). */
function joinable(text: string, from: number, to: number): boolean {
  return /^[\s.\-–—‐]*$/u.test(text.slice(from, to));
}

/**
 * Finds a province mention in free text. A mention introduced by "tỉnh", "thành phố" or "TP."
 * ("UBND TỈNH KON TUM", "trên địa bàn tỉnh Thanh Hóa") wins over a bare name; among equals the
 * first wins. Bare names must be capitalised and are ignored after a lower-level unit
 * ("huyện", "phường", "xã") or a street/river word. Returns the canonical issue-time name and
 * the span of the name as written in `text`.
 */
export function findProvince(text: string): ProvinceMention | null {
  const toks = tokenize(text);
  const { phrases } = getIndex();
  let bare: ProvinceMention | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!capitalised(toks[i]!)) continue;
    const hit = phrases.find((p) => p.tokens.every((t, j) => {
      const tok = toks[i + j];
      if (!tok || tok.folded !== t || !capitalised(tok)) return false;
      return j === 0 || joinable(text, toks[i + j - 1]!.end, tok.start);
    }));
    if (!hit) continue;
    const last = toks[i + hit.tokens.length - 1]!;
    const mention = { name: hit.province.name, start: toks[i]!.start, end: last.end };
    if (prefixedAt(text, toks, i)) return mention;
    const prev = toks[i - 1];
    const near = (t: Token | undefined, next: Token) => t !== undefined && joinable(text, t.end, next.start);
    const lower = prev !== undefined && LOWER_UNITS.has(prev.folded) && near(prev, toks[i]!);
    if (!lower && bare === null) bare = mention;
    i += hit.tokens.length - 1;
  }
  return bare;
}

/** All 63 issue-time names, in the gazetteer's order (for listings and tests). */
export function provinceNames(): string[] {
  return PROVINCES_BEFORE_2025.map((p) => p.name);
}

/** All 34 current names (NQ 202/2025/QH15). */
export function currentProvinceNames(): string[] {
  return PROVINCES_AFTER_2025.map((p) => p.name);
}
