// Starts a bench measurement the way the CLI starts (pipeline/cli/bin.mjs): heavy
// dependencies preloaded natively, then tsx, then the TypeScript entry.
import { register } from 'tsx/esm/api';
import { preload } from '../pipeline/worker/preload.mjs';

await preload();
register();
await import('./child.ts');
