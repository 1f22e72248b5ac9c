/**
 * Stage 3, outline: the heading tree with `[start, end)` spans over the normalized text.
 * Contract: reads paragraphs, never changes text; every node's span lies inside its
 * parent's.
 *
 * Label ranks follow the hierarchy of Vietnamese administrative documents (domain.md;
 * Nghị định 30/2020/NĐ-CP, Phụ lục I): Phần > Chương > Mục > Điều > I. > 1. > khoản 1.1. >
 * a) > "-" > "+" > "▪"/"•". An attached programme or plan ("CHƯƠNG TRÌNH … (Ban hành kèm
 * theo Quyết định số …)") and each "PHỤ LỤC" start a subtree of their own at the top.
 */
import type { OutlineKind, OutlineNode } from '../schemas/document.ts';
import { KIND_TITLES } from '../extractors/lexicon/layout.ts';
import type { Paragraph, Work } from './model.ts';

const RANK: Record<OutlineKind, number> = {
  attachment: 0, appendix: 0, part: 1, chapter: 2, section: 3, article: 4,
  roman: 5, arabic: 6, clause: 7, letter: 8, dash: 9, plus: 10, bullet: 11,
};

/** Kinds that are headings (go into a target's sectionPath); the rest are list items. */
export const HEADING_KINDS: ReadonlySet<OutlineKind> = new Set([
  'attachment', 'appendix', 'part', 'chapter', 'section', 'article', 'roman', 'arabic', 'clause', 'letter',
]);

const PATTERNS: Array<[OutlineKind, RegExp]> = [
  // (in capitals too: "PHẦN THỨ HAI" over "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
  ['part', /^((?:Phần|PHẦN)\s+(?:(?:thứ|THỨ)\s+\S+|[IVXLC]+|\d+))[.:]?\s*/u],
  ['chapter', /^((?:Chương|CHƯƠNG)\s+[IVXLC\d]+)[.:]?\s*/u],
  ['section', /^(Mục\s+\d+)[.:]?\s*/u],
  ['article', /^(Điều\s+\d+[a-z]?\.?)\s*/u],
  // "A. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2027", "B. NHIỆM VỤ TRỌNG TÂM QUÝ IV": a lettered part, its title in capitals
  // (a bracket after the capitals may be in lower case: "A. KẾT QUẢ TỔ CHỨC, VẬN HÀNH (từ ngày 01/7/2025 đến ngày 31/12/2025)")
  ['part', /^([A-H]\.)\s+(?=\p{Lu}[^\p{Ll}]*\s\p{Lu}[^\p{Ll}(]*(?:\([^()]*\))?\s*$)/u],
  ['roman', /^([IVXLC]{1,6}\.)\s+/u],
  ['clause', /^(\d{1,2}\.\d{1,2}\.?)\s+/u],
  ['arabic', /^(\d{1,2}\.)\s+/u],
  ['letter', /^([a-zđ]\))\s+/u],
  ['dash', /^([-–])\s+/u],
  ['plus', /^(\+)\s+/u],
  ['bullet', /^([▪•●◦])\s+/u],
];

const KIND_TITLE = new RegExp(`^(?:${KIND_TITLES.join('|')})$`, 'u');
const ATTACHED = /^\((?:Ban hành\s+)?(?:kèm|Kèm|đính kèm|Đính kèm)\s+theo(?![\p{L}])/u;
const APPENDIX = /^(PHỤ LỤC(?:\s+[IVXLC\d]+)?|Phụ lục(?:\s+[IVXLC\d]+)?)\s*$/u;
/** An appendix named on its own line: "Phụ lục: Phân công nhiệm vụ", "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU". */
const NAMED_APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVXLC\d]+)?\s*:\s*(\p{L}[^.;:]{2,100})$/u;
const RECIPIENTS = /^Nơi nhận\s*:/u;

export interface Heading {
  kind: OutlineKind;
  label: string;
  title: string;
}

/** Classifies one paragraph as an outline label, or null. */
export function classify(text: string): Heading | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // "I." could be a letter-less roman numeral in running text only if followed by a word.
    return { kind, label: m[1]!, title: titleOf(text.slice(m[0].length)) };
  }
  return null;
}

/** A node's title: the heading text up to its first sentence break, at most ~160 characters. */
export function titleOf(rest: string): string {
  const t = rest.trim();
  const stop = t.search(/[:;.](?:\s|$)/u);
  let title = stop >= 0 && stop <= 160 ? t.slice(0, stop) : t;
  if (title.length > 160) {
    const cut = title.lastIndexOf(' ', 159);
    title = title.slice(0, cut > 40 ? cut : 160);
  }
  return title.trim();
}

interface Open {
  node: OutlineNode;
  rank: number;
}

export function buildOutline(paragraphs: Paragraph[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: Open[] = [];
  let lastEnd = 0;
  let seenKindTitle = false;
  let inRecipients = false;

  const closeTo = (rank: number) => {
    while (stack.length && stack[stack.length - 1]!.rank >= rank) {
      stack.pop()!.node.end = lastEnd;
    }
  };
  const push = (node: OutlineNode, rank: number) => {
    const parent = stack[stack.length - 1];
    node.level = stack.length;
    (parent ? parent.node.children : roots).push(node);
    stack.push({ node, rank });
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = p.text;
    // An attached document: a kind title whose next paragraphs say "(Ban hành kèm theo …)".
    if (KIND_TITLE.test(text)) {
      const attached = paragraphs.slice(i + 1, i + 4).findIndex((q) => ATTACHED.test(q.text));
      if (seenKindTitle && attached >= 0 || APPENDIX.test(text)) {
        closeTo(0);
        const titleParas = paragraphs.slice(i + 1, i + 1 + Math.max(attached, 0));
        const isAppendix = APPENDIX.test(text);
        const title = (isAppendix && attached < 0 ? paragraphs.slice(i + 1, i + 2) : titleParas).map((q) => q.text).join(' ');
        push({ kind: isAppendix ? 'appendix' : 'attachment', label: text, title, level: 0, start: p.start, end: p.end, children: [] }, 0);
        inRecipients = false;
        lastEnd = p.end;
        continue;
      }
      seenKindTitle = true;
    } else if (APPENDIX.test(text)) {
      closeTo(0);
      const next = paragraphs[i + 1];
      push({ kind: 'appendix', label: text, title: next ? titleOf(next.text) : '', level: 0, start: p.start, end: p.end, children: [] }, 0);
      lastEnd = p.end;
      continue;
    } else if (NAMED_APPENDIX.test(text)) {
      closeTo(0);
      const named = NAMED_APPENDIX.exec(text)!;
      push({ kind: 'appendix', label: text.slice(0, text.indexOf(':')).trim(), title: named[1]!.trim(), level: 0, start: p.start, end: p.end, children: [] }, 0);
      lastEnd = p.end;
      continue;
    }
    if (RECIPIENTS.test(text)) {
      // "Nơi nhận:" ends the body: its dash list names recipients, not content.
      closeTo(1);
      inRecipients = true;
      lastEnd = p.end;
      continue;
    }
    const h = classify(text);
    if (inRecipients) {
      if (!h || h.kind === 'dash' || h.kind === 'plus') { lastEnd = p.end; continue; }
      inRecipients = false;
    }
    if (h) {
      const rank = RANK[h.kind];
      closeTo(rank);
      // "Phần thứ nhất" / "Chương II" alone on its line: the next line, in capitals, is its title.
      const next = paragraphs[i + 1];
      // (a bracket after the capitals may be in lower case: "THỰC TRẠNG … (tính đến ngày 31/12/2025)")
      const capitals = next?.text.replace(/\s*\([^()]*\)\s*$/u, '') ?? '';
      const title = !h.title && (h.kind === 'part' || h.kind === 'chapter') && next && !classify(next.text) && /\p{Lu}/u.test(capitals) && !/\p{Ll}/u.test(capitals)
        ? titleOf(next.text) : h.title;
      push({ kind: h.kind, label: h.label, title, level: 0, start: p.start, end: p.end, children: [] }, rank);
    }
    lastEnd = p.end;
  }
  closeTo(-1);
  return roots;
}

export function outline(work: Work): Work {
  return { ...work, outline: buildOutline(work.paragraphs) };
}

/** The chain of nodes (outermost first) whose span contains `offset`. */
export function ancestorsAt(nodes: OutlineNode[], offset: number): OutlineNode[] {
  const chain: OutlineNode[] = [];
  let level = nodes;
  for (;;) {
    const n = level.find((c) => c.start <= offset && offset < Math.max(c.end, c.start + 1));
    if (!n) return chain;
    chain.push(n);
    level = n.children;
  }
}

/** "II. NỘI DUNG, MỤC TIÊU, NHIỆM VỤ" — the way a heading is cited in a sectionPath. */
export function headingText(n: OutlineNode): string {
  return n.kind === 'attachment' || n.kind === 'appendix' ? `${n.label} ${n.title}`.trim() : `${n.label} ${n.title}`.trim();
}
