/**
 * The same plan seen twice — as PDF and DOCX, or two copies of one file — is one plan.
 * Two documents are duplicates when their bytes are identical, or when they carry the
 * same number and date and do not disagree on issuer or province (a PDF copy may miss
 * a header line the DOCX has; what is missing does not count as a disagreement).
 * One of them is kept as canonical; the others are listed and left out of the target files.
 */
import { foldAll } from '../fold.ts';
import type { DocSummary } from './summary.ts';
import { byCodePoint } from './walk.ts';

export interface Placed extends DocSummary {
  /** Final id (= file name under documents/). */
  id: string;
}

export interface DuplicateGroup {
  /** Why they are one plan: "sha256" or "number+issuer+date". */
  by: 'sha256' | 'number+issuer+date';
  canonical: string;
  /** Ids of the others, in id order. */
  duplicates: string[];
}

const STATUS_RANK = { ok: 0, partial: 1, failed: 2 } as const;

function norm(s: string | null): string | null {
  return s === null ? null : foldAll(s).replace(/[^a-z0-9]+/g, '');
}

/** Best copy first: the better status, then more targets and results, then path order. */
function better(a: Placed, b: Placed): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status]
    || (b.counts.targets + b.counts.results) - (a.counts.targets + a.counts.results)
    || byCodePoint(a.path, b.path);
}

function agree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

export function findDuplicates(docs: readonly Placed[]): DuplicateGroup[] {
  // Union-find over document indexes: identical bytes, or number+date with agreeing issuer/province.
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const a = find(i), b = find(j);
    if (a !== b) parent[b] = a;
  };
  const bySha = new Map<string, number>();
  const byNumber = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const first = bySha.get(d.sha256);
    if (first === undefined) bySha.set(d.sha256, i);
    else union(first, i);
    const number = norm(d.number);
    if (d.status !== 'failed' && number && d.date) {
      const k = `${number}|${d.date}`;
      byNumber.set(k, [...(byNumber.get(k) ?? []), i]);
    }
  });
  for (const members of byNumber.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = docs[members[x]!]!, b = docs[members[y]!]!;
        if (agree(norm(a.issuer), norm(b.issuer)) && agree(norm(a.province), norm(b.province))) {
          union(members[x]!, members[y]!);
        }
      }
    }
  }
  const groups = new Map<number, Placed[]>();
  docs.forEach((d, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), d]);
  });
  const out: DuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort(better);
    const allSameBytes = members.every((m) => m.sha256 === members[0]!.sha256);
    out.push({
      by: allSameBytes ? 'sha256' : 'number+issuer+date',
      canonical: sorted[0]!.id,
      duplicates: sorted.slice(1).map((m) => m.id).sort(byCodePoint),
    });
  }
  return out.sort((a, b) => byCodePoint(a.canonical, b.canonical));
}
