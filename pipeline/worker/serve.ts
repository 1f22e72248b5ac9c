/**
 * The worker side of the pool: say "ready" once the pipeline is imported (so start-up is
 * not charged to the first document's time budget), then answer every task with a
 * Document or an error message. A thrown error is a pipeline bug, not a content problem;
 * the pool turns it into a failed document with "run:crash" and the worker stays alive.
 */
import { parentPort } from 'node:worker_threads';
import type { Handler, Reply, Task } from './protocol.ts';

export function serve(handle: Handler): void {
  const port = parentPort;
  if (!port) throw new Error('serve() must run inside a worker thread');
  port.on('message', async (task: Task) => {
    let reply: Reply;
    try {
      reply = { seq: task.seq, ok: true, document: await handle(task) };
    } catch (e) {
      reply = { seq: task.seq, ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
