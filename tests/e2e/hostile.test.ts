/**
 * The hostile corpus in a real browser: no payload runs on the search page (typed and loaded),
 * the htmx-swapped results, "show context", or any article page, including the 2 MB one. Payloads
 * set `window.__pwned` and call alert(); the harness fails on dialogs, console errors, uncaught
 * exceptions and CSP violations (a violation would mean injected markup tried to run).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { hostileCorpus, PWNED_FLAG } from '../helpers/hostile-corpus.ts';
import { browserMissing, settled, startHarness, type Harness } from './harness.ts';

const skip = browserMissing();
let h: Harness;
let corpus: Awaited<ReturnType<typeof hostileCorpus>> | undefined;

before(async () => {
  if (skip) return;
  corpus = await hostileCorpus();
  h = await startHarness(corpus.dir);
});
after(async () => {
  await h?.close();
  await corpus?.remove();
});

async function assertUntouched(page: Page, where: string): Promise<void> {
  // Give onload/onerror handlers and timers a moment to fire, if anything had been injected.
  await page.waitForTimeout(200);
  const flag = await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED_FLAG);
  assert.equal(flag, undefined, `${where}: a payload ran`);
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    foreign: document.querySelectorAll('main img, main svg:not([aria-hidden]) script, main iframe, main b[onmouseover]').length,
  }));
  assert.deepEqual(injected, { scripts: 0, handlers: 0, jsLinks: 0, foreign: 0 }, where);
  assert.deepEqual(h.problems, [], where);
}

describe('hostile corpus in the browser', { skip: skip ?? false }, () => {
  it('typed queries and swapped results run nothing', async () => {
    const page = await h.page();
    await page.goto('/');
    for (const q of ['lighthouse', 'script', 'pwned', 'onerror']) {
      await page.locator('#q').fill('');
      await page.locator('#q').pressSequentially(q, { delay: 20 });
      await settled(page, (url) => url.searchParams.get('q') === q);
      await assertUntouched(page, `results for "${q}"`);
    }
    // The payload typed into the box itself.
    const typed = `<img src=x onerror="window.${PWNED_FLAG}=1">`;
    await page.locator('#q').fill(typed);
    await settled(page, (url) => url.searchParams.get('q') === typed);
    await assertUntouched(page, 'typed payload');
    assert.equal(await page.locator('#q').inputValue(), typed);
  });

  it('search pages loaded directly, and "show context", run nothing', async () => {
    const page = await h.page();
    await page.goto('/?q=lighthouse');
    assert.ok((await page.locator('.hit').count()) > 0);
    await assertUntouched(page, 'loaded results');
    const toggles = page.locator('.hit a[href*="/context"]');
    const n = Math.min(await toggles.count(), 4);
    for (let i = 0; i < n; i++) await toggles.nth(i).click();
    await page.waitForTimeout(300);
    await assertUntouched(page, 'context shown');
  });

  it('every article page, the 2 MB one included, shows the payloads as text and runs nothing', async () => {
    const page = await h.page();
    for (const id of ['script-tags', 'javascript-url', 'rtl-zero-width', 'enormous']) {
      await page.goto(`/articles/${id}?q=lighthouse`);
      await assertUntouched(page, `article ${id}`);
    }
    await page.goto('/articles/script-tags');
    const text = await page.locator('main').innerText();
    assert.match(text, /<script>window\.__pwned=1;alert\('pwned'\)<\/script>/, 'the markup is visible as text');
    await page.goto('/articles/enormous');
    const length = await page.evaluate(() => document.querySelector('main')!.textContent!.length);
    assert.ok(length > 1_900_000, `article text is ${length} characters`);
    await assertUntouched(page, 'the whole enormous article');
  });
});
