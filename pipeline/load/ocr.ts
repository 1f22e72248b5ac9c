/**
 * OCR for PDF pages without a text layer: pdftoppm (poppler-utils) renders the page at
 * 300 dpi, tesseract reads it with its Vietnamese model (`-l vie`). Both are Debian
 * packages: poppler-utils, tesseract-ocr, tesseract-ocr-vie. When a tool is missing the
 * diagnostic says which package to install. Runs with a timeout per page and honours
 * `options.signal`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadDiagnostic, LoadOptions } from './types.ts';

const PAGE_TIMEOUT_MS = 120_000;

function run(cmd: string, args: string[], signal?: AbortSignal): Promise<{ ok: boolean; stdout: string; stderr: string; missing: boolean }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: PAGE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...(signal ? { signal } : {}) }, (err, stdout, stderr) => {
      const missing = !!err && (err as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ ok: !err, stdout: String(stdout ?? ''), stderr: String(stderr ?? ''), missing });
    });
  });
}

/** Whether OCR can run here, and if not, what to install. */
export async function ocrAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const t = await run('tesseract', ['--list-langs']);
  if (t.missing) return { ok: false, reason: 'tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie' };
  if (!/^vie$/m.test(t.stdout + t.stderr)) return { ok: false, reason: 'tesseract has no Vietnamese model: apt-get install tesseract-ocr-vie' };
  const p = await run('pdftoppm', ['-v']);
  if (p.missing) return { ok: false, reason: 'pdftoppm is not installed: apt-get install poppler-utils' };
  return { ok: true };
}

export async function ocrPages(pdf: Uint8Array, pages: number[], options: LoadOptions): Promise<{ pages: Map<number, string>; diagnostics: LoadDiagnostic[] }> {
  const out = new Map<number, string>();
  const diagnostics: LoadDiagnostic[] = [];
  const avail = await ocrAvailable();
  if (!avail.ok) {
    diagnostics.push({ severity: 'warning', ruleId: 'load:ocr-unavailable', reason: `OCR was asked for but cannot run: ${avail.reason}` });
    return { pages: out, diagnostics };
  }
  const dir = await mkdtemp(join(tmpdir(), 'muctieu-ocr-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, pdf);
    for (const page of pages) {
      if (options.signal?.aborted) break;
      const prefix = join(dir, `p${page}`);
      const r = await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), input, prefix], options.signal);
      const png = (await readdir(dir)).find((f) => f.startsWith(`p${page}`) && f.endsWith('.png'));
      if (!r.ok || !png) {
        diagnostics.push({ severity: 'warning', ruleId: 'load:ocr-failed', reason: `Page ${page} could not be rendered for OCR: ${r.stderr.trim().split('\n')[0] || 'pdftoppm failed'}` });
        continue;
      }
      const t = await run('tesseract', [join(dir, png), '-', '-l', 'vie', '--psm', '4'], options.signal);
      if (!t.ok) {
        diagnostics.push({ severity: 'warning', ruleId: 'load:ocr-failed', reason: `OCR failed on page ${page}: ${t.stderr.trim().split('\n')[0] || 'tesseract failed'}` });
        continue;
      }
      out.set(page, t.stdout.replace(/\f/g, '').replace(/\s+$/, ''));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { pages: out, diagnostics };
}
