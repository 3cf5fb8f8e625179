/**
 * The search page in a real browser (Debian's Chromium): typing, facets, history, context, the
 * article page, the timeline, export and escaping, over the e2e fixture corpus.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserMissing, nextSwap, settled, startHarness, type Harness, inViewport } from './harness.ts';

const skip = browserMissing();
let h: Harness;

before(async () => {
  if (!skip) h = await startHarness();
});
after(async () => h?.close());

const summary = (page: Page) => page.locator('#summary').innerText();
const params = (page: Page) => new URL(page.url()).searchParams;

/** Marks the document so a test can tell a swap (mark kept) from a reload (mark gone). */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('search as you type', { skip: skip ?? false }, () => {
  it('updates the results and the URL without reloading the page', async () => {
    const page = await h.page();
    await page.goto('/');
    await markDocument(page);
    await page.locator('#q').pressSequentially('lighthouse', { delay: 30 });
    await settled(page, (url) => url.searchParams.get('q') === 'lighthouse');
    assert.match(await summary(page), /^\d+ paragraphs? in 1 article · [\d.]+ ms$/);
    const titles = await page.locator('.hit-title').allInnerTexts();
    assert.ok(titles.length > 0 && titles.every((t) => t === 'Volunteers restore the old lighthouse'), titles.join(' | '));
    assert.ok(await sameDocument(page), 'the page was swapped, not reloaded');
    assert.equal(await page.title(), 'Nutgraf');
  });

  it('waits for a pause in typing, and the last keystroke wins over slower earlier answers', async () => {
    const page = await h.page();
    await page.goto('/');
    const asked: string[] = [];
    // Answers for anything but the final query come back late: a stale answer must not win.
    await page.route(/\/\?/, async (route) => {
      const q = new URL(route.request().url()).searchParams.get('q') ?? '';
      asked.push(q);
      if (q !== 'ferry') await new Promise((r) => setTimeout(r, 700));
      await route.continue().catch(() => {});
    });
    const box = page.locator('#q');
    await box.pressSequentially('storm', { delay: 20 });
    await page.waitForTimeout(300); // let "storm" go out, then change our mind while it is slow
    await box.fill('');
    await box.pressSequentially('ferry', { delay: 20 });
    await settled(page, (url) => url.searchParams.get('q') === 'ferry');
    await page.waitForTimeout(1000); // long enough for the slow "storm" answer to land, if it could
    assert.deepEqual(await page.locator('.hit-title').allInnerTexts(), ['Ferry fares rise for island residents']);
    assert.equal(params(page).get('q'), 'ferry');
    assert.ok(
      asked.length <= 4,
      `debounced: ${asked.length} requests for ${'storm'.length + 'ferry'.length} keystrokes (${asked.join(', ')})`,
    );
  });

  it('shows a request indicator while a search is in flight', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    const indicator = page.locator('#searching');
    assert.equal(await indicator.evaluate((el) => getComputedStyle(el).opacity), '0');
    await page.route(/\/\?/, async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue().catch(() => {});
    });
    await page.locator('#q').fill('harbour wall');
    await page.waitForFunction(() => getComputedStyle(document.getElementById('searching')!).opacity === '1');
    await settled(page, (url) => url.searchParams.get('q') === 'harbour wall');
    await page.waitForFunction(() => getComputedStyle(document.getElementById('searching')!).opacity === '0');
  });

  it('focuses the search box on "/"', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    await page.locator('.hit-title a').first().focus();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
  });
});

describe('facets, chips and history', { skip: skip ?? false }, () => {
  it('ticking outlets filters, keeps every option with counts, and puts the state in the URL; back and forward restore it', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    const before = await summary(page);
    const outletCount = await page.locator('.facet-outlet input').count();

    await nextSwap(page, () => page.getByRole('checkbox', { name: /Coast Gazette/ }).check());
    await settled(page, (url) => url.searchParams.getAll('outlet').join('|') === 'Coast Gazette');
    assert.match(await summary(page), /^4 paragraphs in 2 articles/);
    // Disjunctive counts: the other outlets stay, with their own counts.
    assert.equal(await page.locator('.facet-outlet input').count(), outletCount);
    assert.equal(await page.locator('.facet-outlet label', { hasText: 'Estuary Observer' }).locator('.count').innerText(), '2');
    // The year facet now counts only Coast Gazette's matches.
    assert.equal(await page.locator('.facet-year label', { hasText: '2019' }).locator('.count').innerText(), '4');
    const yearCounts = (await page.locator('.facet-year .count').allInnerTexts()).map(Number);
    assert.equal(
      yearCounts.reduce((a, b) => a + b, 0),
      4,
    );
    assert.deepEqual(await page.locator('.chips .chip').allInnerTexts(), ['Coast Gazette']);
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('value')),
      'Coast Gazette',
      'focus stays on the ticked box',
    );

    await nextSwap(page, () => page.getByRole('checkbox', { name: /Estuary Observer/ }).check());
    await settled(page, (url) => url.searchParams.getAll('outlet').length === 2);
    assert.match(await summary(page), /^6 paragraphs in 3 articles/);
    assert.deepEqual(params(page).getAll('outlet'), ['Coast Gazette', 'Estuary Observer']);

    await page.goBack();
    await settled(page, (url) => url.searchParams.getAll('outlet').length === 1);
    await page.locator('#summary', { hasText: /\b4 paragraphs/ }).waitFor();
    assert.ok(await page.getByRole('checkbox', { name: /Coast Gazette/ }).isChecked());
    assert.ok(!(await page.getByRole('checkbox', { name: /Estuary Observer/ }).isChecked()));

    await page.goBack();
    await settled(page, (url) => !url.searchParams.has('outlet'));
    await page.locator('#summary', { hasText: before.split(' ·')[0]! }).waitFor();
    assert.equal(await page.locator('#q').inputValue(), 'harbour');

    await page.goForward();
    await settled(page, (url) => url.searchParams.getAll('outlet').length === 1);
    await page.locator('#summary', { hasText: /\b4 paragraphs/ }).waitFor();
  });

  it('removes one filter with its chip and all of them with "clear all"', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour&year=2019&outlet=Coast+Gazette&outlet=Port+Ledger');
    await nextSwap(page, () => page.getByRole('link', { name: 'Remove filter Port Ledger' }).click());
    await settled(page, (url) => url.searchParams.getAll('outlet').join('|') === 'Coast Gazette');
    assert.equal(params(page).get('year'), '2019');
    await nextSwap(page, () => page.getByRole('link', { name: 'Clear all filters' }).click());
    await settled(page, (url) => !url.searchParams.has('outlet') && !url.searchParams.has('year'));
    assert.equal(params(page).get('q'), 'harbour');
    assert.equal(await page.locator('.chips').count(), 0);
  });

  it('shows the top ten outlets and the rest behind "more"', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    const shown = page.locator('.facet-outlet > ul input');
    assert.equal(await shown.count(), 10);
    const more = page.locator('.facet-outlet details.more');
    assert.equal(await more.locator('summary').innerText(), '3 more outlets');
    assert.ok(!(await more.evaluate((el) => (el as HTMLDetailsElement).open)));
    // The top ten are the biggest: nothing behind "more" has more matches than the tenth.
    const counts = async (sel: string) => (await page.locator(sel).allInnerTexts()).map(Number);
    const top = await counts('.facet-outlet > ul .count');
    const rest = await counts('.facet-outlet details .count');
    assert.ok(Math.max(...rest) <= Math.min(...top));
    await more.locator('summary').click();
    const hidden = more.locator('input').first();
    const value = await hidden.getAttribute('value');
    await nextSwap(page, () => hidden.check());
    await settled(page, (url) => url.searchParams.get('outlet') === value);
    // A selected outlet stays in view even if it is small.
    assert.equal(await page.locator('.facet-outlet > ul input:checked').getAttribute('value'), value);
  });
});

describe('hits and the article page', { skip: skip ?? false }, () => {
  it('"show context" expands the neighbouring paragraphs in place and "hide context" folds them', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    await markDocument(page);
    const hit = page.locator('#hit-harbour-strike-2');
    assert.equal(await hit.locator('.context').count(), 0);
    const url = page.url();
    await page.locator('#ctx-harbour-strike-2').click();
    await hit.locator('.context.after').waitFor();
    assert.match(await hit.locator('.context.before').innerText(), /^The union said its members had rejected/);
    assert.match(await hit.locator('.context.after').innerText(), /^Shipping companies diverted three container vessels/);
    assert.match(await hit.locator('.hit-text').innerHTML(), /<mark>Harbour<\/mark> managers/);
    assert.equal(page.url(), url, 'the list stays where it was');
    assert.ok(await sameDocument(page));
    const toggle = page.locator('#ctx-harbour-strike-2');
    assert.equal(await toggle.innerText(), 'Hide context');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ctx-harbour-strike-2', 'focus stays on the toggle');
    await toggle.click();
    await page.locator('#ctx-harbour-strike-2', { hasText: 'Show context' }).waitFor();
    assert.equal(await hit.locator('.context').count(), 0);
  });

  it('opening a hit shows its paragraph marked and in view; n and p step through the matches', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour&outlet=Coast+Gazette');
    await page.locator('#hit-harbour-strike-2 .hit-title a').click();
    await page.waitForURL(/\/articles\/harbour-strike\?q=harbour&outlet=Coast\+Gazette#p-2$/);
    const target = page.locator('#p-2');
    assert.ok(await target.evaluate((el) => el.matches(':target') && el.classList.contains('matched')));
    assert.ok(await inViewport(page, '#p-2'), 'the hit paragraph is scrolled into view');
    assert.equal(await target.locator('mark').first().innerText(), 'Harbour');
    // Every match is highlighted, not just the hit.
    assert.equal(await page.locator('.para.matched').count(), 2);
    assert.equal(await page.locator('#match-status').innerText(), 'Match 2 of 2');

    // The URL changes at once; the page follows on the `hashchange` event, a moment later.
    const followed = (status: string) => page.waitForFunction((s) => document.getElementById('match-status')?.textContent === s, status);
    await page.keyboard.press('n');
    await page.waitForURL(/#p-0$/);
    await followed('Match 1 of 2');
    assert.ok(await inViewport(page, '#p-0'));
    assert.equal(await page.locator('#match-status').innerText(), 'Match 1 of 2');
    await page.keyboard.press('p');
    await page.waitForURL(/#p-2$/);
    await followed('Match 2 of 2');

    // The server finds the results page that holds the match last shown (navigation.test.ts).
    const back = page.locator('#back-to-results');
    await back.click();
    await page.waitForURL(/\/\?q=harbour&outlet=Coast\+Gazette#hit-harbour-strike-2$/);
    assert.ok(await page.getByRole('checkbox', { name: /Coast Gazette/ }).isChecked(), 'back to results restores the filters');
    assert.ok(await inViewport(page, '#hit-harbour-strike-2'));
  });

  it('links the original with a text fragment of the paragraph being read', async () => {
    const page = await h.page();
    await page.goto('/articles/river-flood?q=harbour#p-4');
    const href = await page.locator('#original-link').getAttribute('href');
    assert.equal(href, 'https://example.org/valley/river-flood#:~:text=Volunteers%20filled%20sandbags%20at%20the%20harbour%20car%20park');
  });

  it('a timeline bar filters to its year, and clicking it again shows all years', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    const bars = page.locator('.timeline a.bar');
    assert.equal(await bars.count(), 9, 'one link per year with matches (2017 has none)');
    await nextSwap(page, () => page.locator('.timeline a[aria-label^="2019:"]').click());
    await settled(page, (url) => url.searchParams.getAll('year').join() === '2019');
    assert.match(await summary(page), /^4 paragraphs/);
    assert.deepEqual(await page.locator('.chips .chip').allInnerTexts(), ['2019']);
    const bar = page.locator('.timeline a[aria-label^="2019:"]');
    assert.match((await bar.getAttribute('class')) ?? '', /selected/);
    assert.equal(await bar.getAttribute('aria-label'), '2019: 4 paragraphs. Show all years.');
    await nextSwap(page, () => bar.click());
    await settled(page, (url) => !url.searchParams.has('year'));
  });
});

describe('export', { skip: skip ?? false }, () => {
  it('downloads every match as CSV and JSON, not just the page on screen', async () => {
    const page = await h.page({ acceptDownloads: true });
    await page.goto('/?q=harbour&perPage=5');
    assert.equal(await page.locator('.hit').count(), 5);
    const total = Number((await summary(page)).split(' ')[0]);
    assert.equal(total, 18);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    assert.equal(csv.suggestedFilename(), 'nutgraf-harbour.csv');
    const text = (await readFile((await csv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'paragraph_id,article_id,position,kind,match,title,outlet,date,year,language,article_url,copy_group,text');
    assert.equal(lines.length, 1 + total);
    assert.ok(
      lines.some((l) => l.includes('"Marsh & Fen ""Record"""')),
      'quotes in a field are doubled',
    );

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'JSON', exact: true }).click()]);
    assert.equal(json.suggestedFilename(), 'nutgraf-harbour.json');
    const body = JSON.parse(await readFile((await json.path())!, 'utf8'));
    assert.equal(body.total, total);
    assert.equal(body.hits.length, total);
    assert.equal(new Set(body.hits.map((hit: { id: string }) => hit.id)).size, total);
  });
});

describe('escaping', { skip: skip ?? false }, () => {
  it('never runs a script typed into the box or found in the corpus', async () => {
    const page = await h.page();
    await page.goto('/');
    const payload = `"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script><svg onload="window.__xss=3">`;
    await page.locator('#q').fill(payload);
    await settled(page, (url) => url.searchParams.get('q') === payload);
    assert.equal(await page.locator('#results img, #results script, #results [onload], #results [onerror]').count(), 0);
    await page.reload();
    assert.equal(await page.title(), `${payload} — Nutgraf`, 'the full page shows the payload as text');
    assert.equal(await page.locator('#q').inputValue(), payload);
    assert.equal(await page.locator('img, script:not([src]), [onload], [onerror]').count(), 0);
    await page.goto(`/articles/council-budget?q=${encodeURIComponent(payload)}`);
    await page.goto('/?q=protester');
    assert.match(await page.locator('.hit-text').first().innerText(), /<script>window.__pwned = true<\/script> <img src=x onerror=/);
    await page.locator('.hit-title a').first().click();
    await page.waitForURL(/\/articles\/council-budget/);
    const ran = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    assert.deepEqual(ran, { xss: undefined, pwned: undefined });
  });
});

describe('the console', { skip: skip ?? false }, () => {
  it('saw no errors, uncaught exceptions or CSP violations on any page above', () => {
    assert.deepEqual(h.problems, []);
  });
});
