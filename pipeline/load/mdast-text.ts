/**
 * mdast → plain text with a map back to the source, shared by the Markdown, HTML and DOCX
 * loaders ("the same tree as Markdown"). Contract: one line per block (paragraph, heading,
 * list item, table cell, footnote), a blank line between blocks, no markup (no "#", "**",
 * "|"); list labels written out ("1.", "a)", "-") so the outline matches the text version.
 * The walk is iterative: a deeply nested tree cannot overflow the stack here.
 */
import type { Nodes, Root } from 'mdast';
import { TextBuilder, type OffsetMap } from '../offsets.ts';

export interface MdastTextOptions {
  /** The text the tree's positions point into (null: positions are ignored). */
  source: string | null;
  /**
   * Label for the n-th list item in document order (0-based), e.g. restored from Word
   * numbering; return undefined to use the default ("1." for ordered lists, "-" otherwise).
   */
  label?: (index: number, ordered: boolean, ordinal: number) => string | undefined;
}

const WS = /\s/;
const ENTITY = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;

/** Writes `value` (a node's text) aligned against source[from, to): entities, escapes and collapsed spaces map back. */
export function alignInto(b: TextBuilder, value: string, source: string | null, from: number | undefined, to: number | undefined): void {
  if (source === null || from === undefined || to === undefined) {
    b.replace(value, from ?? 0, 0);
    return;
  }
  let i = 0;
  let j = from;
  while (i < value.length) {
    const c = value[i]!;
    if (j < to && source[j] === '&') {
      ENTITY.lastIndex = j;
      const m = ENTITY.exec(source);
      if (m && j + m[0].length <= to) {
        const n = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00 ? 2 : 1;
        b.replace(value.slice(i, i + n), j, m[0].length);
        i += n;
        j += m[0].length;
        continue;
      }
    }
    if (j < to && source[j] === c) {
      let k = 1;
      while (i + k < value.length && j + k < to && source[j + k] === value[i + k] && source[j + k] !== '&') k++;
      b.copy(value.slice(i, i + k), j);
      i += k;
      j += k;
      continue;
    }
    if (j < to && WS.test(c) && WS.test(source[j]!)) {
      let k = j;
      while (k < to && WS.test(source[k]!)) k++;
      let n = i;
      while (n < value.length && WS.test(value[n]!)) n++;
      b.replace(value.slice(i, n).replace(/\s/g, ' '), j, k - j);
      i = n;
      j = k;
      continue;
    }
    if (j < to && (source[j] === '\\' || WS.test(source[j]!))) { j++; continue; }
    if (j < to && WS.test(c)) { b.replace(' ', j, 0); i++; continue; }
    // Anything else (markup inside a text node's span): the rest stands for where we are.
    b.replace(value.slice(i).replace(/\s/g, ' '), Math.min(j, to), Math.max(0, to - j));
    return;
  }
}

interface Frame { node: Nodes; index: number; ordinal: number; ordered: boolean }

const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'table', 'tableRow', 'footnoteDefinition']);

/** Renders an mdast tree to block text. */
export function mdastToText(tree: Root, options: MdastTextOptions): { text: string; map: OffsetMap; rows: Array<{ start: number; end: number }> } {
  const b = new TextBuilder();
  // Table rows as spans of the output text: cells are one block each, so a row is only known here.
  const rows = new Map<Nodes, { start: number; end: number }>();
  const src = options.source;
  let listItems = 0;
  // Open a new block: exactly one blank line before it, unless at the very start.
  const startBlock = (at: number | undefined) => {
    b.trimEnd(/[ \t\n]/);
    if (b.length > 0) b.replace('\n\n', at ?? 0, 0);
  };
  const pos = (n: Nodes) => ({ start: n.position?.start.offset, end: n.position?.end.offset });
  // Inline content of one block, in order (iterative).
  const inline = (root: Nodes) => {
    const stack: Nodes[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      switch (n.type) {
        case 'text':
        case 'inlineCode': {
          const p = pos(n);
          const value = n.type === 'text' ? n.value.replace(/\n/g, ' ') : n.value;
          if (b.lastChar() === '\n' || b.length === 0) alignInto(b, value.replace(/^\s+/, ''), src, p.start, p.end);
          else alignInto(b, value, src, p.start, p.end);
          break;
        }
        case 'break': {
          b.trimEnd(/[ \t]/);
          b.replace('\n', pos(n).start ?? 0, 0);
          break;
        }
        case 'footnoteReference':
          b.replace(`[${n.label ?? n.identifier}]`, pos(n).start ?? 0, 0);
          break;
        case 'image': case 'imageReference': case 'html': case 'definition':
          break; // image names and raw markup are not document text
        default:
          if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
      }
    }
  };
  const stack: Frame[] = [{ node: tree, index: 0, ordinal: 0, ordered: false }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const n = f.node;
    if (!('children' in n) || f.index >= n.children.length) { stack.pop(); continue; }
    const child = n.children[f.index++] as Nodes;
    switch (child.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        startBlock(pos(child).start);
        const start = b.length;
        inline(child);
        const row = rows.get(n);
        rows.set(n, { start: row ? row.start : start, end: b.length });
        break;
      }
      case 'code': {
        startBlock(pos(child).start);
        const p = pos(child);
        // the code's value sits inside the fence; align against the whole node
        alignInto(b, child.value, src, p.start !== undefined && src ? src.indexOf(child.value, p.start) : undefined, p.end);
        break;
      }
      case 'listItem': {
        startBlock(pos(child).start);
        const ordinal = f.ordinal++;
        const ordered = f.ordered;
        const start = n.type === 'list' && typeof n.start === 'number' ? n.start : 1;
        const label = options.label?.(listItems++, ordered, ordinal) ?? (ordered ? `${start + ordinal}.` : '-');
        if (label) b.replace(label + ' ', pos(child).start ?? 0, 0);
        // the item's first paragraph continues the label's line
        const kids = child.children;
        let k = 0;
        if (kids[0]?.type === 'paragraph') { inline(kids[0]); k = 1; }
        if (k < kids.length) stack.push({ node: { ...child, children: kids.slice(k) } as Nodes, index: 0, ordinal: 0, ordered: false });
        break;
      }
      case 'list':
        stack.push({ node: child, index: 0, ordinal: 0, ordered: !!child.ordered });
        break;
      case 'thematicBreak': case 'html': case 'definition': case 'yaml' as never:
        break;
      default:
        if (BLOCK_CONTAINERS.has(child.type) || 'children' in child) {
          if (child.type === 'footnoteDefinition') {
            startBlock(pos(child).start);
            b.replace(`[${child.label ?? child.identifier}] `, pos(child).start ?? 0, 0);
            const kids = child.children;
            if (kids[0]?.type === 'paragraph') {
              inline(kids[0]);
              stack.push({ node: { ...child, children: kids.slice(1) } as Nodes, index: 0, ordinal: 0, ordered: false });
              break;
            }
          }
          stack.push({ node: child, index: 0, ordinal: 0, ordered: false });
        } else {
          startBlock(pos(child).start);
          inline(child);
        }
    }
  }
  b.trimEnd(/[ \t\n]/);
  return { ...b.build(), rows: [...rows.values()] };
}
