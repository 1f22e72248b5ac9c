/**
 * The loader contract: one loader per format, chosen from one table (pipeline/load/index.ts)
 * by content sniffing. A loader turns bytes into plain text with block structure and says
 * where every character came from; it never throws for bad content — it returns
 * diagnostics and, if nothing could be read, `text: ''` with an error diagnostic.
 */
import type { Diagnostic, Format } from '../../schemas/document.ts';
import type { OffsetMap } from '../offsets.ts';

export interface LoadOptions {
  /** Path for messages only; loaders never touch the file system by it. */
  path: string;
  /** Password for encrypted PDFs. */
  password?: string;
  /** OCR pages without a text layer (needs tesseract). */
  ocr?: boolean;
  /** Abort long work (time budget). */
  signal?: AbortSignal;
  /** Largest input accepted, in bytes (default `DEFAULT_MAX_BYTES` in pipeline/load/index.ts). */
  maxBytes?: number;
  /** Longest line of loaded text accepted, in characters (default `DEFAULT_MAX_LINE`). */
  maxLineLength?: number;
  /** Largest total uncompressed size of a DOCX's parts, in bytes (default 200 MiB). */
  maxUnzippedBytes?: number;
  /** Run legacy-encoding conversion and lost-character repair after loading (default true). */
  repair?: boolean;
}

/** A loader-level diagnostic: place is an offset into `original` (or none). */
export interface LoadDiagnostic extends Omit<Diagnostic, 'place'> {
  offset?: number;
}

export interface Loaded {
  format: Format;
  /**
   * The text that lines and columns refer to: the decoded file for text/Markdown/HTML,
   * the extracted text for PDF (pages joined by "\f") and DOCX.
   */
  original: string;
  /**
   * Plain text for the normalizer: one line per source line, blank line between blocks
   * (paragraphs, headings, list items, table cells), no markup. For plain text it is
   * `original` itself.
   */
  text: string;
  /** Maps offsets of `text` back to `original`. */
  map: OffsetMap;
  /** Whether `text` is hard-wrapped (line breaks inside paragraphs must be re-flowed). */
  hardWrapped: boolean | 'auto';
  /**
   * Table rows of structured formats (DOCX, HTML, Markdown) as spans of `original`: their
   * cells are one line each, so rows are not visible in the text. Plain-text tables are rows
   * of one line ("1 | Tỷ lệ … | % | ≥ 50").
   */
  tableRows?: Array<{ start: number; end: number }>;
  /** Start offsets in `original` of pages 1..n (PDF), or null. */
  pageStarts: number[] | null;
  /** Character encoding the bytes were decoded from, e.g. "utf-8", "windows-1258", "tcvn3". */
  encoding: string | null;
  ocr: boolean;
  diagnostics: LoadDiagnostic[];
  /**
   * Spans of `text` whose characters were put back by the lost-character repair
   * (pipeline/repair/lost.ts): `from` is what the file had, `to` what `text` has.
   */
  repairs?: Array<{ start: number; end: number; from: string; to: string }>;
}

export type Loader = (bytes: Uint8Array, options: LoadOptions) => Promise<Loaded>;
