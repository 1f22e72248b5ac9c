/**
 * One table of loaders, chosen by content (magic bytes, markup sniffing), never by the
 * file name alone: a PDF named ".txt" is still a PDF.
 *
 * `load` guards every loader: size cap before any parsing, a crash becomes a diagnostic,
 * an absurdly long line fails the document (no stage should face a 10-million-character
 * paragraph), and the Vietnamese repair pass (pipeline/repair) runs on every format.
 */
import type { Format } from '../../schemas/document.ts';
import { OffsetMap } from '../offsets.ts';
import { repairText } from '../repair/index.ts';
import { composeMaps } from './maps.ts';
import { loadText } from './text.ts';
import type { Loader, Loaded, LoadDiagnostic, LoadOptions } from './types.ts';

/** 64 MiB: ten times the largest plan seen (a 300-page scanned PDF); a 100 MB text is refused. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** 100,000 characters: a real paragraph is a few thousand; a longer line is a broken or hostile file. */
export const DEFAULT_MAX_LINE = 100_000;

const ASCII = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const HTML_START = /^(?:<!--[\s\S]{0,2000}?-->\s*)*(?:<\?xml[^>]{0,200}>\s*)?(?:<!doctype html|<html|<head|<body|<meta|<title|<article|<main|<div|<p[\s>]|<table|<h[1-6][\s>])/i;

export function sniff(bytes: Uint8Array, path = ''): Format {
  if (bytes.length === 0) return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
  // PDF readers accept the header anywhere in the first 1024 bytes
  if (ASCII(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  if (looksBinary(bytes)) return 'unknown';
  const head = bytes.subarray(0, 4096);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const sample = utf16
    ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head)
    : new TextDecoder('utf-8', { fatal: false }).decode(head);
  if (HTML_START.test(sample.replace(/^\uFEFF/, '').trimStart())) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  // a web page saved as markdown under another name (".txt"): two kinds of markup at least, so a
  // lone "* " list or a pipe table in a plain copy stays text
  if (looksMarkdown(sample)) return 'markdown';
  return 'text';
}

/** Headings "## …", whole-line bold "**…**", links "[…](http…)", "* " bullets: two of these kinds. */
export function looksMarkdown(sample: string): boolean {
  const lines = sample.split(/\r?\n/);
  const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
  const kinds = [
    count(/^\s{0,3}#{1,6}\s+\S/u) > 0,
    count(/^\s*\*\*[^*]+\*\*\s*$/u) >= 2,
    /\[[^\]\n]+\]\((?:https?:|\/)/u.test(sample),
    count(/^\s*\*\s+\S/u) >= 2,
  ];
  return kinds.filter(Boolean).length >= 2;
}

/** NUL bytes or many control characters in the first 4 KiB: not a text format. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false; // UTF-16
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.05;
}

/**
 * The table. Binary-format loaders are imported on first use: pdf-parse and mammoth cost
 * about a second and 150 MB to import, which a run over text files should not pay.
 */
export const LOADERS: Partial<Record<Format, () => Promise<Loader>>> = {
  text: async () => loadText,
  markdown: async () => (await import('./markdown.ts')).loadMarkdown,
  html: async () => (await import('./html.ts')).loadHtml,
  docx: async () => (await import('./docx.ts')).loadDocx,
  pdf: async () => (await import('./pdf.ts')).loadPdf,
  doc: async () => (await import('./doc.ts')).loadDoc,
};

/** An empty result carrying one error: nothing could be read. */
export function failed(format: Format, ruleId: string, reason: string, extra: LoadDiagnostic[] = []): Loaded {
  return {
    format, original: '', text: '', map: OffsetMap.identity(0), hardWrapped: false,
    pageStarts: null, encoding: null, ocr: false,
    diagnostics: [...extra, { severity: 'error', ruleId, reason }],
  };
}

const EXPECTED: Record<string, Format> = { pdf: 'pdf', docx: 'docx', doc: 'doc', html: 'html', htm: 'html' };

export async function load(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return failed('unknown', 'load:too-large',
      `The file is ${mib(bytes.byteLength)}, over the ${mib(maxBytes)} limit; raise it with the maxBytes option (--max-bytes) if the file is genuine`);
  }
  const format = sniff(bytes, options.path);
  const ext = /\.([a-z]+)$/i.exec(options.path)?.[1]?.toLowerCase() ?? '';
  if (format === 'unknown') {
    const named = EXPECTED[ext] ? ` although its name ends in .${ext}` : '';
    return failed('unknown', 'load:unknown-format',
      `The file is binary data that is not a PDF, DOCX, DOC, HTML, Markdown or text file${named}; it may be damaged or mislabelled`);
  }
  const get = LOADERS[format];
  if (!get) return failed(format, 'load:unsupported-format', `No loader for format "${format}"`);
  let loaded: Loaded;
  try {
    const loader = await get();
    loaded = await loader(bytes, options);
  } catch (e) {
    // A loader bug or a parser that threw on hostile input: the document fails, the batch goes on.
    return failed(format, 'load:crash', `The ${format} reader failed: ${message(e)}`);
  }
  if (EXPECTED[ext] && EXPECTED[ext] !== format) {
    loaded.diagnostics.unshift({
      severity: 'info', ruleId: 'load:format-mismatch',
      reason: `The file is named .${ext} but its content is ${format.toUpperCase()}; read as ${format.toUpperCase()}`,
    });
  }
  if (loaded.diagnostics.some((d) => d.severity === 'error')) return loaded;
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE;
  const longest = longestLine(loaded.text);
  if (longest.length > maxLine) {
    return failed(format, 'load:line-too-long',
      `Line ${longest.line} of the text is ${longest.length.toLocaleString('en')} characters long (limit ${maxLine.toLocaleString('en')}); `
      + 'the file is broken or not a document (raise the limit with the maxLineLength option if it is genuine)', loaded.diagnostics);
  }
  return options.repair === false ? loaded : repairPass(loaded);
}

/** Legacy encodings and lost characters, on any format; offsets re-based to `original`. */
export function repairPass(loaded: Loaded): Loaded {
  const r = repairText(loaded.text);
  if (r.findings.length === 0) return loaded;
  const map = composeMaps(r.map, loaded.map);
  const diagnostics = [...loaded.diagnostics];
  for (const f of r.findings) {
    diagnostics.push({
      severity: f.severity, ruleId: f.ruleId, reason: f.reason,
      ...(f.offset !== undefined ? { offset: map.toSource(f.offset) } : {}),
    });
  }
  return {
    ...loaded,
    text: r.text,
    map,
    encoding: r.encoding ?? loaded.encoding,
    diagnostics,
    repairs: [...(loaded.repairs ?? []), ...r.repairs],
  };
}

function longestLine(text: string): { length: number; line: number } {
  let best = 0;
  let bestLine = 1;
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > best) { best = end - start; bestLine = line; }
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  return { length: best, line: bestLine };
}

export function message(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0]!.slice(0, 300) || e.name;
  return String(e).slice(0, 300);
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n.toLocaleString('en')} bytes`;
}
