/**
 * Plain text loader: UTF-8 (BOM tolerated). Invalid UTF-8 is an error: a legacy 8-bit
 * encoding is the likely cause, and guessing would corrupt every syllable.
 */
import { OffsetMap } from '../offsets.ts';
import type { Loaded, LoadOptions } from './types.ts';

export function decodeUtf8(bytes: Uint8Array): { text: string; ok: boolean } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), ok: true };
  } catch {
    return { text: '', ok: false };
  }
}

export async function loadText(bytes: Uint8Array, _options: LoadOptions): Promise<Loaded> {
  const { text, ok } = decodeUtf8(bytes);
  const base: Loaded = {
    format: 'text', original: text, text, map: OffsetMap.identity(text.length), hardWrapped: 'auto',
    pageStarts: null, encoding: 'utf-8', ocr: false, diagnostics: [],
  };
  if (!ok) {
    base.encoding = null;
    base.diagnostics.push({ severity: 'error', ruleId: 'load:invalid-utf8', reason: 'The file is not valid UTF-8 and no legacy Vietnamese encoding was recognised; convert it to UTF-8' });
  }
  return base;
}
