#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: register tsx, then import the entry.
// (The main thread never parses PDF or DOCX itself — workers do, and they import those
// packages natively first, see ../worker/preload.mjs.)
import { register } from 'tsx/esm/api';

// `muctieu extract corpus | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
