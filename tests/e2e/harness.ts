/**
 * The browser-test harness: a real server over the e2e fixture corpus, Debian's Chromium driven by
 * playwright-core, and watchers that fail a test on console errors, page errors or CSP violations.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { indexedApp, ROOT, type IndexedApp } from '../helpers/indexed-app.ts';

export const E2E_CORPUS = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'corpus');
/**
 * Where screenshots go: the README's committed ones are refreshed only on purpose
 * (`npm run docs:screenshots` sets DOCS_SCREENSHOTS=1); a test run writes them under test-results/
 * (ignored by git) so it never changes tracked files.
 */
export const SCREENSHOTS =
  process.env.DOCS_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 375, height: 740 } as const;

/**
 * Why the browser tests cannot run here, or null when they can. Under CI a missing browser is a
 * failure (the README's test command installs it), elsewhere a loud skip.
 */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `Chromium not found at ${CHROMIUM}: browser tests cannot run. Install it with "apt-get install -y chromium" (npm test's pretest does this when run as root).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPING BROWSER TESTS: ${message} ***\n`);
  return message;
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  app: IndexedApp;
  /** A fresh context (own cookies, history) whose pages are watched for errors. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  page(options?: BrowserContextOptions): Promise<Page>;
  /** Console errors, uncaught exceptions and CSP violations seen on any watched page. */
  problems: string[];
  close(): Promise<void>;
}

export async function startHarness(corpusDir: string = E2E_CORPUS): Promise<Harness> {
  const app = await indexedApp(corpusDir);
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  const context = async (options: BrowserContextOptions = {}) => {
    const ctx = await browser.newContext({ viewport: DESKTOP, baseURL: baseUrl, ...options });
    contexts.push(ctx);
    // Injected by the driver, not by the page, so the CSP does not apply to it: it only listens.
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
      });
    });
    ctx.on('page', (page) => watch(page, problems));
    return ctx;
  };

  return {
    baseUrl,
    browser,
    app,
    problems,
    context,
    async page(options = {}) {
      const ctx = await context(options);
      const page = await ctx.newPage();
      return page;
    },
    async close() {
      for (const ctx of contexts) await ctx.close().catch(() => {});
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.close();
    },
  };
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`unexpected dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core in the page (WCAG 2.x A and AA rules plus best practices). Our CSP blocks injected
 * <script> tags (as it should), so the source is evaluated through the DevTools protocol, which CSP
 * does not govern; the page itself is not changed.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const source = await readFile(AXE_SOURCE, 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Save a viewport-sized PNG into SCREENSHOTS (docs/screenshots only when refreshing the README's). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false, animations: 'disabled', caret: 'hide' });
}

/** Resolve once the results region has been swapped by htmx (or time out). */
export async function nextSwap(page: Page, trigger: () => Promise<unknown>): Promise<void> {
  const swapped = page.evaluate(
    () => new Promise<void>((resolve) => document.addEventListener('htmx:after:swap', () => resolve(), { once: true })),
  );
  await trigger();
  await swapped;
}

/** Wait until the URL satisfies `test` and no htmx request is still in flight or being swapped. */
export async function settled(page: Page, test: (url: URL) => boolean): Promise<void> {
  await page.waitForURL(test);
  await page.waitForFunction(() => !document.querySelector('.htmx-request'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Whether the element's top edge is inside the window: the page scrolled to it. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
  });
}
