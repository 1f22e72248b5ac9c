/**
 * Markdown (GFM) loader: remark-parse + remark-gfm → mdast → block text. `original` is the
 * .md source and the map points into it, so "**", "#", table pipes never reach the text
 * while every quote still maps back to its line and column in the file.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdastToText } from './mdast-text.ts';
import { decodeText } from './text.ts';
import type { Loaded, LoadOptions } from './types.ts';

export async function loadMarkdown(bytes: Uint8Array, _options: LoadOptions): Promise<Loaded> {
  const decoded = decodeText(bytes);
  const source = decoded.text;
  const base: Loaded = {
    format: 'markdown', original: source, text: '', map: mdastToText({ type: 'root', children: [] }, { source }).map,
    hardWrapped: false, pageStarts: null, encoding: decoded.encoding, ocr: false, diagnostics: decoded.diagnostics,
  };
  if (decoded.diagnostics.some((d) => d.severity === 'error')) return base;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  const { text, map, rows } = mdastToText(tree, { source });
  return { ...base, text, map, tableRows: rows.map((r) => ({ start: map.toSource(r.start), end: map.toSource(r.end) })) };
}
