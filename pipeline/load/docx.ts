/**
 * DOCX loader: zip guard (pipeline/load/zip.ts) → mammoth `convertToHtml` → rehype-parse →
 * hast-util-to-mdast (rehype-remark's core) → block text, the same tree and the same text
 * rules as Markdown. Word numbering labels are restored (docx-numbering.ts); tables stay one
 * line per cell; footnotes become "[n] …" paragraphs at the end. `original` is the
 * extracted text itself (a DOCX has no text to point into).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import mammoth from 'mammoth';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { OffsetMap } from '../offsets.ts';
import { numberingLabels } from './docx-numbering.ts';
import { mdastToText } from './mdast-text.ts';
import type { Loaded, LoadDiagnostic, LoadOptions } from './types.ts';
import { checkZip, DEFAULT_ZIP_LIMITS } from './zip.ts';

const KEEP = new Set(['word/document.xml', 'word/numbering.xml']);

export async function loadDocx(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const base: Loaded = {
    format: 'docx', original: '', text: '', map: OffsetMap.identity(0), hardWrapped: false,
    pageStarts: null, encoding: null, ocr: false, diagnostics: [],
  };
  const fail = (ruleId: string, reason: string): Loaded => ({ ...base, diagnostics: [...base.diagnostics, { severity: 'error', ruleId, reason }] });
  const zip = await checkZip(bytes, KEEP, { ...DEFAULT_ZIP_LIMITS, ...(options.maxUnzippedBytes ? { maxTotal: options.maxUnzippedBytes } : {}) });
  if (!zip.ok) return fail(zip.ruleId, zip.reason);
  const documentXml = zip.parts.get('word/document.xml');
  if (!documentXml) {
    const kind = zip.names.some((n) => n.startsWith('xl/')) ? 'an Excel workbook'
      : zip.names.includes('content.xml') ? 'an OpenDocument file' : 'a zip archive';
    return fail('load:not-docx', `The file is ${kind}, not a Word document (no word/document.xml)`);
  }
  let html: string;
  const diagnostics: LoadDiagnostic[] = [];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
    const seen = new Set<string>();
    for (const m of result.messages) {
      if (seen.has(m.message)) continue;
      seen.add(m.message);
      diagnostics.push({ severity: 'info', ruleId: 'load:docx-conversion', reason: `mammoth: ${m.message}` });
    }
  } catch (e) {
    return fail('load:corrupt-docx', `The Word document cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html) as HastRoot;
  const footnotes = liftFootnotes(hast);
  const labels = numberingLabels(documentXml.toString('utf8'), zip.parts.get('word/numbering.xml')?.toString('utf8') ?? null);
  const mdast = toMdast(hast) as Root;
  const items = countListItems(mdast);
  const useLabels = labels.length === items;
  if (!useLabels && items > 0) {
    diagnostics.push({
      severity: 'info', ruleId: 'load:docx-numbering',
      reason: `Word numbering gave ${labels.length} labels for ${items} list items; list labels written as "1."/"-" instead`,
    });
  }
  const { text, rows } = mdastToText(mdast, { source: null, label: useLabels ? (i) => labels[i] : undefined });
  if (footnotes > 0) diagnostics.push({ severity: 'info', ruleId: 'load:docx-footnotes', reason: `${footnotes} footnote(s) kept at the end of the text` });
  return { ...base, original: text, text, map: OffsetMap.identity(text.length), diagnostics, tableRows: rows };
}

/** Mammoth writes footnotes as an <ol> of <li id="footnote-N">: turn them into "[N] …" paragraphs (not list items). */
function liftFootnotes(root: HastRoot): number {
  let count = 0;
  const stack: Array<HastRoot | Element> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const out: ElementContent[] = [];
    for (const c of n.children as ElementContent[]) {
      if (c.type === 'element' && c.tagName === 'ol' && c.children.some((li) => li.type === 'element' && /^(foot|end)note-/.test(String(li.properties?.id ?? '')))) {
        for (const li of c.children) {
          if (li.type !== 'element') continue;
          const id = String(li.properties?.id ?? '').replace(/^(foot|end)note-/, '');
          count++;
          stripBackLinks(li);
          const inner = li.children.flatMap((k) => (k.type === 'element' && k.tagName === 'p' ? k.children : [k]));
          out.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `[${id}] ` }, ...inner] });
        }
        continue;
      }
      if (c.type === 'element') stack.push(c);
      out.push(c);
    }
    (n as Element).children = out;
  }
  return count;
}

function stripBackLinks(e: Element): void {
  const stack: Element[] = [e];
  while (stack.length) {
    const n = stack.pop()!;
    n.children = n.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && /^#(foot|end)note-ref-/.test(String(c.properties?.href ?? ''))));
    for (const c of n.children) if (c.type === 'element') stack.push(c);
  }
}

function countListItems(tree: Root): number {
  let n = 0;
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type === 'listItem') n++;
    if (node.children) stack.push(...node.children);
  }
  return n;
}
