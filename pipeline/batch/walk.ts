/**
 * Turns the command line's inputs (files, directories, globs) into one sorted list of
 * document paths. Directories are walked recursively for the formats muctieu reads;
 * a file named explicitly is taken whatever its extension (the loader sniffs content).
 * Order is by code point, never locale, so every machine lists the same corpus the same way.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions picked up when walking a directory or expanding a glob. */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'doc', 'pdf'];
const DOCUMENT_FILE = new RegExp(`\\.(${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

export interface Walked {
  files: string[];
  /** Inputs that named nothing: a missing path or a glob without matches. */
  unmatched: string[];
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function walk(inputs: readonly string[]): Promise<Walked> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const before = found.size;
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        // Skip our own output folder's hidden cache and any dot-directories.
        const p = join(e.parentPath, e.name);
        if (e.isFile() && DOCUMENT_FILE.test(e.name) && !/(^|[\\/])\./.test(relative(input, p))) found.add(p);
      }
    } else if (st?.isFile()) {
      found.add(input);
    } else if (isDynamicPattern(input)) {
      // Paths come back as the pattern was written: absolute for an absolute pattern.
      for (const p of await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) })) {
        if (DOCUMENT_FILE.test(p)) found.add(p);
      }
    }
    if (found.size === before && !st?.isDirectory()) unmatched.push(input);
  }
  return { files: [...found].sort(byCodePoint), unmatched };
}
