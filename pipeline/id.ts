/**
 * Stable, readable document ids: "<province>-<number>-<kind>-<issuer>-<year>", e.g.
 * "kon-tum-3993-kh-ubnd-2021". Without a document number (news articles) the file name
 * is used. Diacritics are folded here only because ids are machine keys, not output text.
 */
import { basename, extname } from 'node:path';
import type { Metadata } from '../schemas/document.ts';
import { foldAll } from './fold.ts';

export function slug(s: string): string {
  return foldAll(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function documentId(metadata: Metadata, path: string): string {
  const number = metadata.number?.value;
  const year = metadata.date?.value.slice(0, 4);
  if (number && year) {
    const parts = [metadata.province?.name ?? '', number, number.includes(year) ? '' : year].filter(Boolean);
    return slug(parts.join('-'));
  }
  return slug(basename(path, extname(path))) || 'document';
}
