#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: import the heavy plain-JavaScript packages
// natively first (see ../worker/preload.mjs: through tsx they cost ~1 s and ~130 MB), then
// register tsx and import the entry.
import { register } from 'tsx/esm/api';
import { preload } from '../worker/preload.mjs';

await preload();
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
