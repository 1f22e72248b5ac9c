#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: register tsx, then import the entry.
// (The main thread never parses PDF or DOCX itself — workers do, and they import those
// packages natively first, see ../worker/preload.mjs.)
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
