/**
 * The worker pool: a document that hangs, exhausts its heap, kills its worker or makes
 * the pipeline throw comes back as a failed document with a rule id saying why, its
 * worker is replaced, and every other document is still processed.
 */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../pipeline/worker/pool.ts';

const MISBEHAVE = new URL('./fixtures/batch-misbehave-worker.ts', import.meta.url).href;
const enc = new TextEncoder();

describe('WorkerPool', () => {
  const cases: Array<{ cue: string; ruleId: string; reason: RegExp }> = [
    { cue: 'HANG', ruleId: 'run:timeout', reason: /time budget of 3 s/ },
    { cue: 'OOM', ruleId: 'run:out-of-memory', reason: /memory budget of 64 MB/ },
    { cue: 'EXIT', ruleId: 'run:crash', reason: /exited unexpectedly with code 3/ },
    { cue: 'THROW', ruleId: 'run:crash', reason: /planted failure/ },
  ];

  it('fails the bad documents with a reason, replaces their workers, and processes the rest', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 3000, memoryMb: 64, entry: MISBEHAVE });
    try {
      const good = ['Kế hoạch cải cách hành chính năm 2025.', 'Phấn đấu 100% hồ sơ được số hóa.'];
      const inputs = [...cases.map((c) => `${c.cue} tài liệu hỏng`), ...good];
      const docs = await Promise.all(inputs.map((text, i) => pool.run(`in/doc-${i}.txt`, enc.encode(text))));
      for (const [i, c] of cases.entries()) {
        const doc = docs[i]!;
        expect(doc.source.path).toBe(`in/doc-${i}.txt`);
        expect(doc.status).toBe('failed');
        expect(doc.diagnostics).toHaveLength(1);
        expect(doc.diagnostics[0]).toMatchObject({ severity: 'error', ruleId: c.ruleId });
        expect(doc.diagnostics[0]!.reason).toMatch(c.reason);
        expect(doc.source.bytes).toBe(enc.encode(inputs[i]!).byteLength);
      }
      for (const doc of docs.slice(cases.length)) {
        expect(doc.diagnostics.filter((d) => d.ruleId.startsWith('run:'))).toEqual([]);
      }
      // Killed workers are replaced when documents wait for one: the pool still works after
      // every kind of failure. How many replacements it took depends on timing; at most
      // one per killed worker (THROW keeps its worker).
      const after = await Promise.all(good.map((text, i) => pool.run(`in/after-${i}.txt`, enc.encode(text))));
      expect(after.map((d) => d.diagnostics.filter((x) => x.ruleId.startsWith('run:')))).toEqual([[], []]);
      expect(pool.started).toBeGreaterThanOrEqual(3);
      expect(pool.started).toBeLessThanOrEqual(2 + 3);
    } finally {
      await pool.close();
    }
  });

  it('rejects a pool size below 1 with a precise message', () => {
    expect(() => new WorkerPool({ size: 0, timeoutMs: 1000, memoryMb: 64 }))
      .toThrow('Expected `size` to be a number from 1 and up, got `0` (number)');
  });
});
