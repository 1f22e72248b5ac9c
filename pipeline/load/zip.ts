/**
 * A guard in front of mammoth: inspect a DOCX (zip) with yauzl before anything inflates it
 * in memory. The central directory's sizes are checked first (cheap), then every entry is
 * inflated as a stream with yauzl's size validation and a running byte count, so a zip that
 * lies about its sizes is caught too. Nothing here throws for bad content.
 */
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Total uncompressed bytes of all parts. */
  maxTotal: number;
  /** Uncompressed bytes of one part. */
  maxPart: number;
  /** Uncompressed/compressed ratio of one part larger than 1 MiB. */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotal: 200 * 1024 * 1024,
  maxPart: 32 * 1024 * 1024, // a 32 MiB document.xml is thousands of pages
  maxRatio: 200, // Word XML deflates 5–30×; 1000× is a bomb
  maxEntries: 5000,
};

export type ZipCheck =
  | { ok: true; names: string[]; parts: Map<string, Buffer> }
  | { ok: false; ruleId: 'load:zip-bomb' | 'load:corrupt-docx'; reason: string };

const MiB = 1024 * 1024;
const fmt = (n: number) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : `${n} bytes`);

/** Checks the zip and returns the contents of the parts named in `keep`. */
export async function checkZip(bytes: Uint8Array, keep: ReadonlySet<string>, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    return { ok: false, ruleId: 'load:corrupt-docx', reason: `The file starts like a zip (DOCX) but cannot be opened: ${(e as Error).message}` };
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      return { ok: false, ruleId: 'load:zip-bomb', reason: `The DOCX has ${zip.entryCount} parts (limit ${limits.maxEntries}): not a Word document` };
    }
    const names: string[] = [];
    const parts = new Map<string, Buffer>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      const declared = entry.uncompressedSize;
      if (declared > limits.maxPart) {
        return { ok: false, ruleId: 'load:zip-bomb', reason: `The DOCX part ${entry.fileName} unpacks to ${fmt(declared)} (limit ${fmt(limits.maxPart)} per part): a huge XML part, refused before parsing` };
      }
      if (declared > MiB && declared / Math.max(1, entry.compressedSize) > limits.maxRatio) {
        return { ok: false, ruleId: 'load:zip-bomb', reason: `The DOCX part ${entry.fileName} is compressed ${Math.round(declared / Math.max(1, entry.compressedSize))}:1 (limit ${limits.maxRatio}:1): a zip bomb` };
      }
      total += declared;
      if (total > limits.maxTotal) {
        return { ok: false, ruleId: 'load:zip-bomb', reason: `The DOCX unpacks to more than ${fmt(limits.maxTotal)}: a zip bomb or not a document` };
      }
      // Inflate and count: yauzl rejects a stream whose real size differs from the declared one.
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let read = 0;
      const wanted = keep.has(entry.fileName);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        if (read > declared || read > limits.maxPart) {
          stream.destroy();
          return { ok: false, ruleId: 'load:zip-bomb', reason: `The DOCX part ${entry.fileName} inflates beyond its declared size: a zip bomb` };
        }
        if (wanted) chunks.push(chunk);
      }
      if (wanted) parts.set(entry.fileName, Buffer.concat(chunks));
    }
    return { ok: true, names, parts };
  } catch (e) {
    const msg = (e as Error).message;
    // yauzl's size validation: the part inflates to more than its header declares
    if (/too many bytes in the stream/.test(msg)) return { ok: false, ruleId: 'load:zip-bomb', reason: `A DOCX part inflates beyond its declared size (${msg}): a zip bomb` };
    return { ok: false, ruleId: 'load:corrupt-docx', reason: `The DOCX (zip) is damaged: ${msg}` };
  } finally {
    zip.close();
  }
}
