// Worker-thread entry: a worker starts without the parent's tsx hooks, so it registers
// them itself (after preloading heavy dependencies natively, see preload.mjs) before
// importing the TypeScript module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { preload } from './preload.mjs';

await preload();
register();
await import(workerData.entry);
