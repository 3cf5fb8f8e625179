/**
 * Moving around the results as a newcomer does (issue 20): what typing leaves in the history, the way
 * back from an article after stepping through its matches, the pager, a page past the end, and the
 * article's match links and the form's URL with JavaScript off.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserMissing, nextSwap, settled, startHarness, type Harness, inViewport } from './harness.ts';

const skip = browserMissing();
let h: Harness;

before(async () => {
  if (!skip) h = await startHarness();
});
after(async () => h?.close());

const historyLength = (page: Page) => page.evaluate(() => history.length);
const pathAndQuery = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};
/** The pager as a person reads it: "← Previous 1 … 7 8 9 … 18 Next →". */
const pagerText = (page: Page) =>
  page.locator('nav.pagination').evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

describe('history while typing', { skip: skip ?? false }, () => {
  it('typing with pauses makes one history entry; a filter or a page makes a new one', async () => {
    const page = await h.page();
    await page.goto('/');
    const start = await historyLength(page);
    const box = page.locator('#q');
    await box.focus();
    // One letter at a time, each answered and shown before the next: the slow typist's pauses.
    let typed = '';
    for (const letter of 'harbour') {
      typed += letter;
      await page.keyboard.type(letter);
      await settled(page, (url) => url.searchParams.get('q') === typed);
    }
    assert.equal(await historyLength(page), start + 1, 'one entry for the whole word');

    // Enter on what is already shown adds nothing.
    await box.press('Enter');
    await settled(page, (url) => url.searchParams.get('q') === 'harbour');
    assert.equal(await historyLength(page), start + 1, 'submitting the same search adds no duplicate entry');

    await nextSwap(page, () => page.getByRole('checkbox', { name: /Coast Gazette/ }).check());
    await settled(page, (url) => url.searchParams.get('outlet') === 'Coast Gazette');
    assert.equal(await historyLength(page), start + 2, 'a filter starts a new entry');

    // Typing after a filter starts one new entry, then keeps replacing it.
    await box.focus();
    await page.keyboard.press('End');
    for (const [i, letter] of [...' wall'].entries()) {
      await page.keyboard.type(letter);
      if (i > 0) await settled(page, (url) => url.searchParams.get('q') === `harbour ${'wall'.slice(0, i)}`);
    }
    assert.equal(await historyLength(page), start + 3);

    await page.goBack();
    await settled(page, (url) => url.searchParams.get('q') === 'harbour' && url.searchParams.get('outlet') === 'Coast Gazette');
    await page.goBack();
    await settled(page, (url) => url.searchParams.get('q') === 'harbour' && !url.searchParams.has('outlet'));
    await page.locator('#q[value="harbour"]').waitFor({ state: 'attached' });
    await page.goBack();
    await settled(page, (url) => !url.searchParams.has('q'));
    assert.equal(pathAndQuery(page), '/', 'one Back from the typed word lands where typing began');
  });
});

describe('back to results after stepping through matches', { skip: skip ?? false }, () => {
  it('returns to the page that holds the paragraph last shown, scrolled to it', async () => {
    const perPage = 5;
    // The ranking, read from the JSON twin: a hit on page 2 whose article has another match on another page.
    const all = (await (await fetch(`${h.baseUrl}/api/search?q=harbour&perPage=100`)).json()) as {
      hits: Array<{ id: string; articleId: string; position: number }>;
    };
    const pageOf = (i: number) => Math.floor(i / perPage) + 1;
    const start = all.hits.findIndex(
      (hit, i) => pageOf(i) === 2 && all.hits.some((o, j) => o.articleId === hit.articleId && pageOf(j) !== 2),
    );
    assert.ok(start >= 0, 'the fixture has such a hit');
    const from = all.hits[start]!;

    const page = await h.page();
    await page.goto(`/?q=harbour&perPage=${perPage}&page=2`);
    await page.locator(`#hit-${from.id} .hit-title a`).click();
    await page.waitForURL((url) => url.pathname === `/articles/${from.articleId}` && url.hash === `#p-${from.position}`);
    // Step with n until the paragraph shown is one that sits on another page of the results.
    let shown = from;
    for (let i = 0; i < 10 && pageOf(all.hits.findIndex((x) => x.id === shown.id)) === 2; i++) {
      const before = page.url();
      await page.keyboard.press('n');
      await page.waitForURL((url) => url.href !== before);
      const position = Number(new URL(page.url()).hash.replace('#p-', ''));
      shown = all.hits.find((x) => x.articleId === from.articleId && x.position === position) ?? shown;
    }
    const rank = all.hits.findIndex((x) => x.id === shown.id);
    assert.notEqual(pageOf(rank), 2, 'stepped to a match on another page');

    await page.locator('#back-to-results').click();
    await page.waitForURL((url) => url.pathname === '/' && url.hash === `#hit-${shown.id}`);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('page') ?? '1', String(pageOf(rank)), 'the page that holds that paragraph');
    assert.equal(url.searchParams.get('perPage'), String(perPage));
    assert.equal(url.searchParams.get('q'), 'harbour');
    assert.ok(await inViewport(page, `#hit-${shown.id}`), 'scrolled to it');
    assert.ok(await page.locator(`#hit-${shown.id}`).evaluate((el) => el.matches(':target')));
  });
});

describe('the pager', { skip: skip ?? false }, () => {
  it('shows where it skips pages, and skips none it could show', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour&perPage=1');
    assert.equal(await pagerText(page), '1 2 3 … 18 Next →');
    await page.goto('/?q=harbour&perPage=1&page=9');
    assert.equal(await pagerText(page), '← Previous 1 … 7 8 9 10 11 … 18 Next →');
    await page.goto('/?q=harbour&perPage=4');
    assert.equal(await pagerText(page), '1 2 3 4 5 Next →', 'a gap of one page shows the page');
  });
});

describe('a page past the last', { skip: skip ?? false }, () => {
  it('says so and links to the last page', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour&perPage=5&page=9');
    const notice = page.locator('#past-end');
    assert.match(await notice.innerText(), /^Page 9 is past the end: this search has 4 pages\./);
    await nextSwap(page, () => notice.getByRole('link', { name: 'Go to the last page (4)' }).click());
    await settled(page, (url) => url.searchParams.get('page') === '4');
    assert.equal(await page.locator('.hit').count(), 3);
    assert.equal(await page.locator('#past-end').count(), 0);
  });
});

describe('without JavaScript', { skip: skip ?? false }, () => {
  it('"next match" at the first match goes to the second, and "previous" back to the first', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await page.goto('/articles/harbour-strike?q=harbour#p-0');
    const visible = async (name: string) => {
      const links = page.getByRole('link', { name });
      const hrefs: string[] = [];
      for (let i = 0; i < (await links.count()); i++)
        if (await links.nth(i).isVisible()) hrefs.push((await links.nth(i).getAttribute('href'))!);
      return hrefs;
    };
    assert.deepEqual(await visible('↓ Next match'), ['#p-2']);
    await page.getByRole('link', { name: '↓ Next match' }).filter({ visible: true }).click();
    await page.waitForURL(/#p-2$/);
    assert.deepEqual(await visible('↑ Previous match'), ['#p-0']);
    assert.deepEqual(await visible('↓ Next match'), ['#p-0'], 'after the last match, "next" starts again at the first');
  });

  it('pressing Enter gives the canonical URL, without the form defaults', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('#q').fill('harbour');
    await page.locator('#q').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'harbour');
    assert.equal(pathAndQuery(page), '/?q=harbour');
    assert.match(await page.locator('#summary').innerText(), /^18 paragraphs/);

    await page.getByRole('checkbox', { name: /Coast Gazette/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('outlet') === 'Coast Gazette');
    assert.equal(pathAndQuery(page), '/?q=harbour&outlet=Coast+Gazette');
  });
});

describe('the console', { skip: skip ?? false }, () => {
  it('saw no errors, uncaught exceptions or CSP violations on any page above', () => {
    assert.deepEqual(h.problems, []);
  });
});
