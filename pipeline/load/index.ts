/**
 * One table of loaders, chosen by content (magic bytes, markup sniffing), never by the
 * file name alone: a PDF named ".txt" is still a PDF.
 */
import type { Format } from '../../schemas/document.ts';
import { loadText } from './text.ts';
import type { Loader, Loaded, LoadOptions } from './types.ts';

export function sniff(bytes: Uint8Array, path = ''): Format {
  const head = bytes.subarray(0, 8);
  const ascii = String.fromCharCode(...head);
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'doc';
  const sample = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<!doctype html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html)/i.test(sample)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'text';
}

export const LOADERS: Partial<Record<Format, Loader>> = {
  text: loadText,
};

export async function load(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const format = sniff(bytes, options.path);
  const loader = LOADERS[format];
  if (!loader) {
    const empty = await loadText(new Uint8Array(), options);
    return {
      ...empty, format,
      diagnostics: [{ severity: 'error', ruleId: 'load:unsupported-format', reason: `No loader for format "${format}" yet` }],
    };
  }
  return loader(bytes, options);
}
