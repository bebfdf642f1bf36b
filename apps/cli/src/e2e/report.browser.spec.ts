import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { tempRun } from '../testing-internal/temp-workspace';
import { assertBuilt, runBinary } from './run-binary';

jest.setTimeout(180_000);

/** Debian's Chromium (`.ci/run` installs it with apt-get when missing). */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

describe('reports/synth_summary.html in headless Chromium', () => {
  let browser: Browser;
  const run = tempRun('synth-browser-', true);

  beforeAll(async () => {
    assertBuilt();
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (as .ci/run does)`);
    expect(runBinary(['generate', ...run.flags, '--dev', '--no-gates']).code).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    run.remove();
  });

  it('should render every chart without console errors or network requests, and save a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
    await page.goto(`file://${path.join(run.dir, 'reports/synth_summary.html')}`);
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        // SVG rects (typed structurally: the workspace compiles without the DOM library).
        const bars = [...f.querySelectorAll('rect.bar')] as unknown as {
          getBBox(): { width: number; height: number };
        }[];
        const visible = bars.filter((b) => b.getBBox().width > 0 && b.getBBox().height > 0).length;
        return { caption: f.querySelector('figcaption')?.textContent ?? '', bars: bars.length, visible };
      }),
    );
    const sections = await page.$$eval('section', (s) => s.map((x) => x.id));
    expect(sections).toEqual(
      expect.arrayContaining([
        'sources',
        'duplicates',
        'overlap',
        'noise',
        'pairs',
        'features',
        'smoke',
        'validation',
        'warnings',
        'params',
      ]),
    );
    expect(charts.length).toBeGreaterThanOrEqual(20);
    for (const chart of charts) {
      if (chart.visible === 0) throw new Error(`chart "${chart.caption}" has no visible bar`);
    }
    expect(await page.textContent('#validation')).toContain('pass');
    // The screenshot goes beside the report, in the run's temporary folder (never into the repository).
    const screenshot = path.join(run.dir, 'reports/synth_summary.png');
    await page.screenshot({ path: screenshot, fullPage: false });
    expect(existsSync(screenshot)).toBe(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
