#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: register tsx, then import the entry.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
