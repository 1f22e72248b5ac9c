/**
 * HTML loader (provincial portals, newspapers, legal libraries): rehype-parse → hast, keep
 * the article or document body, drop page chrome (menus, headers/footers, related links,
 * counters, comments, scripts, styles), then hast → mdast → block text like Markdown.
 * `original` is the decoded HTML source and the map points into it.
 *
 * Charset: BOM, else <meta charset> / http-equiv, else UTF-8, else the 8-bit fallbacks
 * of text files (windows-1258, TCVN3/VNI via the repair pass).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import iconv from 'iconv-lite';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { mdastToText } from './mdast-text.ts';
import { decodeText, decodeUtf8 } from './text.ts';
import type { Loaded, LoadDiagnostic, LoadOptions } from './types.ts';
import { OffsetMap } from '../offsets.ts';

/** Deeper than this is no document: real pages nest 20–60 levels. Parsers and tree walkers recurse. */
export const MAX_HTML_DEPTH = 400;

export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string | null; diagnostics: LoadDiagnostic[] } {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return decodeText(bytes);
  }
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    const name = declared === 'windows-1258' || declared === 'cp1258' ? 'windows1258' : declared;
    if (iconv.encodingExists(name)) {
      const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
      return { text, encoding: declared, diagnostics: [] };
    }
    const d = decodeText(bytes);
    return { ...d, diagnostics: [...d.diagnostics, { severity: 'warning', ruleId: 'load:unknown-charset', reason: `The page declares charset "${declared}", which is not supported; read as ${d.encoding ?? 'nothing'}` }] };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return { text: utf8.text, encoding: 'utf-8', diagnostics: [] };
  return decodeText(bytes);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);

/** Nesting depth of the markup, by a linear scan of tags (before handing it to a recursive parser). */
export function markupDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^>]*>/g;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(tag)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form',
  'button', 'input', 'select', 'textarea', 'nav', 'aside', 'menu', 'dialog', 'head', 'link', 'meta', 'img', 'picture', 'video', 'audio',
]);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
// Class/id words of page furniture on Vietnamese portals and news sites (seen on baothanhhoa.vn,
// thuvienphapluat.vn, provincial portals): "tin liên quan", "bình luận", "lượt xem" …
const CHROME = /(?:^|[\s_-])(?:menu|menus|nav|navbar|navigation|breadcrumbs?|sidebar|side-bar|related|relate|lienquan|lien-quan|tinlienquan|tin-lien-quan|tinkhac|tin-khac|other-news|more-news|comments?|binhluan|binh-luan|share|sharing|social|counter|visitors?|luotxem|luot-xem|view-count|views|tags?|tag-list|ads?|advert\w*|banner|quangcao|quang-cao|popup|modal|cookie|login|search|pagination|toolbar|widget|footer|header|copyright|hotline)(?:$|[\s_-])/i;
const CONTENT = /(?:^|[\s_-])(?:content|main-content|article|article-body|detail|details|news-detail|detail-content|post|entry|entry-content|body-text|noidung|noi-dung|vanban|van-ban|toanvan|toan-van|fulltext|content1|doc-content|the-article-body|maincontent)(?:$|[\s_-])/i;

const classOf = (e: Element): string => {
  const c = e.properties?.className;
  const id = e.properties?.id;
  return `${Array.isArray(c) ? c.join(' ') : typeof c === 'string' ? c : ''} ${typeof id === 'string' ? id : ''}`.trim();
};

function hidden(e: Element): boolean {
  const p = e.properties ?? {};
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (String(p.ariaHidden) === 'true') return true;
  return typeof p.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style);
}

interface Stats { text: number; h1: boolean }

/** Post-order text lengths of every element (iterative). */
function measure(root: HastRoot): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const order: Element[] = [];
  const stack: Array<HastRoot | Element> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'element') order.push(n);
    for (const c of n.children) if (c.type === 'element') stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i]!;
    let text = 0;
    let h1 = e.tagName === 'h1';
    if (!DROP_TAGS.has(e.tagName)) {
      for (const c of e.children) {
        if (c.type === 'text') text += c.value.trim().length;
        else if (c.type === 'element') { const s = stats.get(c)!; text += s.text; h1 ||= s.h1; }
      }
    }
    stats.set(e, { text, h1 });
  }
  return stats;
}

/** The element holding the document: the largest article/main/content block, else <body>. */
function contentRoot(root: HastRoot, stats: Map<Element, Stats>): { node: HastRoot | Element; isBody: boolean } {
  let body: Element | null = null;
  let best: Element | null = null;
  let bestText = 0;
  const stack: Array<HastRoot | Element> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'element') {
      if (n.tagName === 'body') body = n;
      const role = n.properties?.role;
      const isContent = n.tagName === 'article' || n.tagName === 'main' || role === 'main' || CONTENT.test(classOf(n));
      const t = stats.get(n)?.text ?? 0;
      if (isContent && !CHROME.test(classOf(n)) && t > bestText) { best = n; bestText = t; }
    }
    for (const c of n.children) if (c.type === 'element') stack.push(c);
  }
  const bodyText = body ? stats.get(body)?.text ?? 0 : 0;
  // A content block must hold a real share of the page, not a teaser box.
  if (best && bestText >= 200 && bestText >= bodyText * 0.2) return { node: best, isBody: false };
  return { node: body ?? root, isBody: true };
}

/** Removes chrome under `root` in place; returns how many elements were dropped. */
function dropChrome(root: HastRoot | Element, isBody: boolean, stats: Map<Element, Stats>): number {
  let dropped = 0;
  const stack: Array<HastRoot | Element> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const kept: Array<RootContent | ElementContent> = [];
    for (const c of n.children) {
      if (c.type === 'comment' || c.type === 'doctype') continue;
      if (c.type === 'element') {
        const role = typeof c.properties?.role === 'string' ? c.properties.role : '';
        const structural = (c.tagName === 'header' || c.tagName === 'footer') && isBody;
        const byClass = CHROME.test(classOf(c)) && !stats.get(c)?.h1;
        if (DROP_TAGS.has(c.tagName) || DROP_ROLES.has(role) || structural || byClass || hidden(c)) { dropped++; continue; }
        stack.push(c);
      }
      kept.push(c);
    }
    (n as Element).children = kept as ElementContent[];
  }
  return dropped;
}

export async function loadHtml(bytes: Uint8Array, _options: LoadOptions): Promise<Loaded> {
  const decoded = decodeHtml(bytes);
  const source = decoded.text;
  const base: Loaded = {
    format: 'html', original: source, text: '', map: OffsetMap.identity(0), hardWrapped: false,
    pageStarts: null, encoding: decoded.encoding, ocr: false, diagnostics: [...decoded.diagnostics],
  };
  if (base.diagnostics.some((d) => d.severity === 'error')) return base;
  const depth = markupDepth(source);
  if (depth > MAX_HTML_DEPTH) {
    base.diagnostics.push({ severity: 'error', ruleId: 'load:too-deep', reason: `The HTML nests ${depth} elements deep (limit ${MAX_HTML_DEPTH}); no document is built like that, the page is broken or hostile` });
    return base;
  }
  const hast = unified().use(rehypeParse).parse(source) as HastRoot;
  const stats = measure(hast);
  const { node, isBody } = contentRoot(hast, stats);
  const dropped = dropChrome(node, isBody, stats);
  const top: HastRoot = node.type === 'root' ? node : { type: 'root', children: [node] };
  const mdast = toMdast(top) as Root;
  const { text, map, rows } = mdastToText(mdast, { source });
  if (!isBody || dropped > 0) {
    base.diagnostics.push({
      severity: 'info', ruleId: 'load:page-chrome',
      reason: `Kept the ${isBody ? 'page body' : `<${(node as Element).tagName}${classOf(node as Element) ? ` ${classOf(node as Element)}` : ''}> block`} and dropped ${dropped} menu, header/footer, related-link, comment or script element(s)`,
    });
  }
  return { ...base, text, map, tableRows: rows.map((r) => ({ start: map.toSource(r.start), end: map.toSource(r.end) })) };
}
