/** The default worker: runs the whole pipeline on one document's bytes. */
import { extractBytes } from '../index.ts';
import { serve } from './serve.ts';

serve((task) => extractBytes(task.bytes, task.path, task.options));
