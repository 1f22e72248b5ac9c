/**
 * Vietnamese numerals: decimal comma ("86,75" = 86.75), thousands dot ("7.500" = 7500),
 * leading zeros ("02" = 2). A dot followed by exactly three digits is a thousands
 * separator; any other dot is read as a decimal point (copies typed on English keyboards).
 */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d[\d.,]*$/.test(t)) return null;
  let n: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) n = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(t)) n = t.replace(',', '.');
  else if (/^\d+(?:\.\d+)?$/.test(t)) n = t;
  else return null;
  const v = Number(n);
  return Number.isFinite(v) ? v : null;
}

/** A number as written in a Vietnamese document. */
export const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
