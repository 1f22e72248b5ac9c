/**
 * Old Word .doc (OLE2 compound file): no JavaScript reader is reliable, so either convert
 * it with LibreOffice when it is installed (`soffice --headless --convert-to docx`) and read
 * the DOCX, or say exactly how to convert it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OffsetMap } from '../offsets.ts';
import { loadDocx } from './docx.ts';
import type { Loaded, LoadOptions } from './types.ts';

const CONVERT_TIMEOUT_MS = 120_000;

function convert(cmd: string, input: string, outDir: string, signal?: AbortSignal): Promise<'ok' | 'missing' | string> {
  return new Promise((resolve) => {
    execFile(cmd, ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', 'docx', '--outdir', outDir, input],
      { timeout: CONVERT_TIMEOUT_MS, ...(signal ? { signal } : {}) }, (err, _out, stderr) => {
        if (!err) resolve('ok');
        else if ((err as NodeJS.ErrnoException).code === 'ENOENT') resolve('missing');
        else resolve(String(stderr || err.message).split('\n')[0] ?? 'failed');
      });
  });
}

export async function loadDoc(bytes: Uint8Array, options: LoadOptions): Promise<Loaded> {
  const base: Loaded = {
    format: 'doc', original: '', text: '', map: OffsetMap.identity(0), hardWrapped: false,
    pageStarts: null, encoding: null, ocr: false, diagnostics: [],
  };
  const dir = await mkdtemp(join(tmpdir(), 'muctieu-doc-'));
  try {
    const input = join(dir, 'input.doc');
    await writeFile(input, bytes);
    let result: string = 'missing';
    for (const cmd of ['soffice', 'libreoffice']) {
      result = await convert(cmd, input, dir, options.signal);
      if (result !== 'missing') break;
    }
    if (result === 'ok') {
      const docx = await readFile(join(dir, 'input.docx')).catch(() => null);
      if (docx) {
        const loaded = await loadDocx(new Uint8Array(docx), options);
        return {
          ...loaded, format: 'doc',
          diagnostics: [{ severity: 'info', ruleId: 'load:legacy-doc', reason: 'Old Word .doc converted to DOCX with LibreOffice before reading' }, ...loaded.diagnostics],
        };
      }
    }
    const why = result === 'missing' ? 'LibreOffice is not installed here' : `LibreOffice could not convert it (${result})`;
    return {
      ...base,
      diagnostics: [{
        severity: 'error', ruleId: 'load:legacy-doc',
        reason: `This is an old Word .doc file and ${why}; convert it with \`libreoffice --headless --convert-to docx FILE.doc\` (Debian: apt-get install libreoffice-writer-nogui) and extract the .docx`,
      }],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
