/**
 * Word numbering: list labels ("1.", "a)", "-") live in word/numbering.xml, not in the
 * paragraph text, and mammoth drops them (it emits <ol>/<ul>). This module recomputes the
 * label of every numbered paragraph, in document order, the way Word displays them, so the
 * outline of a DOCX matches that of its text version ("1. Mục tiêu", "a) Đến năm 2025").
 * Regexes here are linear (no nested quantifiers): the XML has already passed the zip guard.
 */

interface Level { start: number; format: string; text: string }

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

/** numId → ilvl → level definition. */
export function parseNumbering(xml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstract.set(m[1]!, parseLevels(m[2]!));
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abs = /<w:abstractNumId\b[^>]*w:val="([^"]+)"/.exec(m[2]!)?.[1];
    const levels = new Map(abstract.get(abs ?? '') ?? []);
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(o[1]);
      const start = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2]!)?.[1];
      const redefined = parseLevels(o[2]!).get(ilvl);
      const base = redefined ?? levels.get(ilvl);
      if (base) levels.set(ilvl, { ...base, ...(start ? { start: Number(start) } : {}) });
    }
    nums.set(m[1]!, levels);
  }
  return nums;
}

function parseLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const l of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = l[2]!;
    levels.set(Number(l[1]), {
      start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
      format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
      text: decodeXml(attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '%1.'),
    });
  }
  return levels;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}
/** Word's letter numbering: a…z, then aa…zz (Word repeats the letter). */
function letter(n: number): string {
  const i = (n - 1) % 26;
  return String.fromCharCode(97 + i).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letter(n);
    case 'upperLetter': return letter(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** Labels of the numbered paragraphs of document.xml, in order ("" for numbering "none"). */
export function numberingLabels(documentXml: string, numberingXml: string | null): string[] {
  const nums = numberingXml ? parseNumbering(numberingXml) : new Map<string, Map<number, Level>>();
  const counters = new Map<string, number[]>();
  const labels: string[] = [];
  for (const m of documentXml.matchAll(/<w:numPr>([\s\S]*?)<\/w:numPr>/g)) {
    const numId = /<w:numId\b[^>]*w:val="([^"]+)"/.exec(m[1]!)?.[1];
    const ilvl = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if (!numId || numId === '0') continue; // numId 0 switches numbering off
    const levels = nums.get(numId);
    const c = counters.get(numId) ?? [];
    const level = levels?.get(ilvl);
    c[ilvl] = (c[ilvl] ?? (level?.start ?? 1) - 1) + 1;
    c.length = ilvl + 1; // deeper levels restart
    counters.set(numId, c);
    if (!level) { labels.push('-'); continue; }
    if (level.format === 'bullet') { labels.push('-'); continue; }
    labels.push(level.text.replace(/%([1-9])/g, (_s, d: string) => {
      const k = Number(d) - 1;
      const lv = levels!.get(k);
      return formatNumber(c[k] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
    }).trim());
  }
  return labels;
}
