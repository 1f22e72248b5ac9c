/**
 * Plain text loader. UTF-8 (BOM tolerated) and UTF-16 with a BOM. Bytes that are not
 * UTF-8 are an 8-bit file: windows-1258 (Vietnamese Windows code page) or a legacy font
 * encoding (TCVN3, VNI) read as Latin-1 — the one whose words read as Vietnamese syllables
 * wins; the repair pass (pipeline/repair) then converts TCVN3/VNI to Unicode.
 */
import iconv from 'iconv-lite';
import { OffsetMap } from '../offsets.ts';
import { detectLegacy, syllableScore } from '../repair/legacy.ts';
import { wrappedPipeRows } from '../../extractors/tables.ts';
import type { Loaded, LoadDiagnostic, LoadOptions } from './types.ts';

export function decodeUtf8(bytes: Uint8Array): { text: string; ok: boolean } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), ok: true };
  } catch {
    return { text: '', ok: false };
  }
}

export interface Decoded {
  text: string;
  encoding: string | null;
  diagnostics: LoadDiagnostic[];
}

/** Decodes a text file's bytes (also used for Markdown). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics: [] };
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return { text: utf8.text, encoding: 'utf-8', diagnostics: [] };
  return decode8bit(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'latin1'), bytes);
}

/** Chooses between windows-1258 and a Latin-1 reading (TCVN3/VNI) by syllable score. */
function decode8bit(latin1: string, bytes: Uint8Array): Decoded {
  const cp1258 = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
  const s1258 = syllableScore(cp1258.slice(0, 200_000));
  const legacy = detectLegacy(latin1.slice(0, 200_000));
  if (legacy && legacy.after >= s1258.score) {
    // Decoded as Latin-1 here; load()'s repair pass converts it and names the encoding.
    return { text: latin1, encoding: 'latin1', diagnostics: [] };
  }
  if (s1258.total >= 3 && s1258.score >= 0.6) {
    return {
      text: cp1258, encoding: 'windows-1258',
      diagnostics: [{ severity: 'info', ruleId: 'load:windows-1258', reason: 'The file is not UTF-8; it was read as windows-1258 (Vietnamese Windows code page)' }],
    };
  }
  if (s1258.total < 3) {
    return {
      text: latin1, encoding: 'latin1',
      diagnostics: [{ severity: 'warning', ruleId: 'load:not-utf8', reason: 'The file is not UTF-8 and has almost no accented words; it was read as Latin-1' }],
    };
  }
  return {
    text: '', encoding: null,
    diagnostics: [{
      severity: 'error', ruleId: 'load:invalid-utf8',
      reason: 'The file is not valid UTF-8 and reads as Vietnamese in none of windows-1258, TCVN3 or VNI-Windows; convert it to UTF-8',
    }],
  };
}

export async function loadText(bytes: Uint8Array, _options: LoadOptions): Promise<Loaded> {
  const { text, encoding, diagnostics } = decodeText(bytes);
  // (a pipe row whose cells wrap over lines is one row, though it spans several)
  const rows = wrappedPipeRows(text);
  return {
    format: 'text', original: text, text, map: OffsetMap.identity(text.length), hardWrapped: 'auto',
    pageStarts: null, encoding, ocr: false, diagnostics, ...(rows.length ? { tableRows: rows } : {}),
  };
}
