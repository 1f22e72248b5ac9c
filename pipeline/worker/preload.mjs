// Imports muctieu's heavy plain-JavaScript dependencies natively, BEFORE tsx's hooks are
// registered. Through the hooks, pdf-parse alone costs ~1 s and ~150 MB per thread
// (measured: a thread importing the pipeline needs 261 MB and 2.8 s through tsx, 132 MB and
// 1.5 s with this preload). ES modules are cached by URL, so the TypeScript sources that
// import these later get the very same instances. A missing package is skipped: the
// loader that needs it reports that itself.
// Never list "natural" here: its root module reads .env and prints to stdout.
export const NATIVE = [
  'zod', 'pdf-parse', 'mammoth', 'unified', 'remark-parse', 'remark-gfm', 'rehype-parse', 'iconv-lite', 'yauzl',
];

export async function preload(names = NATIVE) {
  for (const name of names) {
    try {
      await import(name);
    } catch {
      // not installed or not importable natively: tsx will load it when it is needed
    }
  }
}
