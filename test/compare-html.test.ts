/**
 * Opens `compare --format html` in headless Chromium from Debian (installed by .ci/run) and
 * checks it as a user would: it loads with no console errors and no network request, the table
 * holds the expected cells, sorting and filtering work, every target of every document is
 * highlighted over exactly its quote, and hovering shows the record. Keeps a screenshot in
 * test/artifacts/ (git-ignored).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparison, renderHtml } from '../pipeline/compare/index.ts';
import { fixtureDocuments, makeDocument } from './compare-fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';

// The shapes the page functions read; tsconfig has no DOM lib, on purpose (library code must not use it).
interface El { dataset: Record<string, string | undefined>; textContent: string | null }
interface Row extends El { cells: ArrayLike<El> }

const ARTIFACTS = resolve('test/artifacts');

// One document without its text: its quotes are listed and highlighted instead.
const docs = [...fixtureDocuments(), makeDocument({
  id: 'gia-lai-12-kh-ubnd-2022', province: 'Gia Lai', date: '2022-05-01', includeText: false,
  text: 'UBND tỉnh Gia Lai: phấn đấu tỷ lệ giao dịch thanh toán trực tuyến đạt từ 25% trở lên.',
  targets: [{ quote: 'tỷ lệ giao dịch thanh toán trực tuyến đạt từ 25% trở lên', label: 'tỷ lệ giao dịch thanh toán trực tuyến', value: 25, comparator: 'gte', year: 2025 }],
})];
const out = buildComparison(docs, { reference: 'nq-76-cp-2021' });

let dir: string;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

// In CI (.ci/run installs Debian's chromium) a missing browser fails the run. On a
// developer machine without it the file is skipped, visibly, so `npm test` still works
// on a fresh machine.
const RUN = existsSync(CHROMIUM) || !!process.env.CI;

describe.skipIf(RUN)('compare --format html in Chromium', () => {
  it(`is skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`, () => {});
});

beforeAll(async () => {
  if (!RUN) return;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: this test needs Debian's chromium (apt-get install chromium; .ci/run installs it). In CI it is not skipped on purpose.`);
  }
  dir = await mkdtemp(join(tmpdir(), 'muctieu-html-'));
  const file = join(dir, 'compare.html');
  await writeFile(file, renderHtml(out, docs));
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await context?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.runIf(RUN)('compare --format html in Chromium', () => {
  it('loads without console errors and without touching the network', async () => {
    expect(await page.title()).toContain('so sánh');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('holds the expected cells', async () => {
    const rows = await page.$$eval('#compare tbody tr', (trs) => (trs as unknown as Row[]).map((tr) => ({
      indicator: tr.dataset.indicator, province: tr.dataset.province,
      cells: Array.from(tr.cells).map((c) => c.textContent!.trim()),
    })));
    expect(rows).toHaveLength(out.rows.reduce((n, r) => n + r.entries.length, 0));
    const pick = (indicator: string, province: string) => rows.filter((r) => r.indicator === indicator && r.province === province).map((r) => r.cells);
    expect(pick('electronic-dossier-routing', 'Kon Tum').map((c) => [c[2], c[5], c[6]])).toEqual([
      ['2025', '≥ 80%', 'kon-tum-3993-kh-ubnd-2021'], ['2025', '≥ 85%', 'kon-tum-120-kh-ubnd-2023']]);
    expect(pick('electronic-dossier-routing', 'Kon Tum').every((c) => c[9]!.includes('conflict (newer: kon-tum-120-kh-ubnd-2023)'))).toBe(true);
    expect(pick('satisfaction-procedures', 'Nghệ An')[0]![9]).toContain('lower bar than nq-76-cp-2021');
    expect(pick('digitised-results', 'Kon Tum').map((c) => [c[3], c[5]])).toEqual([['cấp tỉnh', '≥ 30%'], ['cấp huyện', '≥ 20%'], ['cấp xã', '≥ 15%']]);
    expect(pick('online-payment-transactions', 'Gia Lai').map((c) => c[5])).toEqual(['≥ 25%']);
    expect(await page.$$eval('figure.chart', (f) => (f as unknown as El[]).map((x) => x.dataset.indicator))).toEqual(out.indicators.map((i) => i.key));
  });

  it('sorts by a column and filters without diacritics', async () => {
    await page.click('#compare th[data-col="5"]');
    const values = await page.$$eval('#compare tbody tr', (trs) => (trs as unknown as Row[]).map((tr) => Number(tr.cells[5]!.dataset.sort)));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await page.getAttribute('#compare th[data-col="5"]', 'aria-sort')).toBe('ascending');
    await page.fill('#filter', 'nghe an');
    const visible = await page.$$eval('#compare tbody tr:not([hidden])', (trs) => (trs as unknown as El[]).map((tr) => tr.dataset.province));
    expect(visible.length).toBe(4);
    expect(new Set(visible)).toEqual(new Set(['Nghệ An']));
    await page.fill('#filter', '');
    await page.selectOption('#f-indicator', 'electronic-dossier-routing');
    expect(await page.$$eval('#compare tbody tr:not([hidden])', (trs) => trs.length)).toBe(4);
    await page.selectOption('#f-indicator', '');
  });

  it('highlights every target of every document over exactly its quote', async () => {
    const highlighted = await page.$$eval('mark.t:not(.also)', (marks) => {
      const byTarget: Record<string, string> = {};
      for (const m of marks as unknown as El[]) {
        for (const id of m.dataset.targets!.split(' ')) {
          const k = `${m.dataset.doc} ${id}`;
          byTarget[k] = (byTarget[k] ?? '') + m.textContent;
        }
      }
      return byTarget;
    });
    for (const d of docs) {
      for (const t of d.targets) expect(highlighted[`${d.id} ${t.id}`], `${d.id} ${t.id}`).toBe(t.source.quote);
    }
  });

  it('shows the record when hovering a highlight', async () => {
    const mark = page.locator('#doc-nghe-an-5158-qd-ubnd-2021 mark.t').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => page.isVisible('#tip')).toBe(true);
    const tip = await page.textContent('#tip');
    expect(tip).toContain('"id": "t01"');
    expect(tip).toContain('PAR INDEX');
    await page.mouse.move(0, 0);
    await expect.poll(() => page.isVisible('#tip')).toBe(false);
  });

  it('keeps a screenshot', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    const path = join(ARTIFACTS, 'compare.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
