/**
 * Collapsed copies in a real browser (issue 24), over tests/fixtures/copies-corpus (a wire story in
 * three outlets): collapsed by default, the switch, and "also in N other articles" unfolding the
 * copies in place, by mouse and keyboard, and as a plain link without JavaScript.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/indexed-app.ts';
import { axe, browserMissing, MOBILE, screenshot, settled, startHarness, type Harness } from './harness.ts';

const skip = browserMissing();
let h: Harness;

before(async () => {
  if (!skip) h = await startHarness(path.join(ROOT, 'tests', 'fixtures', 'copies-corpus'));
});
after(async () => h?.close());

const summary = (page: Page) => page.locator('#summary').innerText();
const TOGGLE = '#copies-toggle-herald-rates-2';
const LIST = '#copies-herald-rates-2';

/** Counts the requests for copy lists the page makes. */
function copyRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/copies/')) seen.count++;
  });
  return seen;
}

describe('collapsed copies', { skip: skip ?? false }, () => {
  it('are collapsed by default: the switch is ticked and the count says how many are distinct', async () => {
    const page = await h.page();
    await page.goto('/?q=mortgage');
    assert.ok(await page.locator('input[type=checkbox][name=dedupe]').isChecked());
    assert.match(await summary(page), /^3 paragraphs \(1 distinct\) in 3 articles/);
    assert.equal(await page.locator('.hit').count(), 1);
  });

  it('unfold in place on a click, fold and unfold again without asking the server twice', async () => {
    const page = await h.page();
    await page.goto('/?q=mortgage');
    const url = page.url();
    const requests = copyRequests(page);
    const toggle = page.locator(TOGGLE);
    assert.equal(await toggle.innerText(), 'also in 2 other articles (2 outlets: Daily Courier, Reuters)');
    await toggle.click();
    await page.locator(`${LIST} .copy`).first().waitFor();
    assert.ok(await page.locator(LIST).isVisible());
    assert.deepEqual(await page.locator(`${LIST} .copy-meta .outlet`).allInnerTexts(), ['Reuters', 'Daily Courier']);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(page.url(), url, 'the results stay where they were');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'copies-toggle-herald-rates-2', 'focus stays on the link');
    await screenshot(page, 'copies-unfolded');

    await toggle.click();
    assert.ok(await page.locator(LIST).isHidden());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.ok(await page.locator(LIST).isVisible());
    assert.equal(requests.count, 1, 'the list is fetched once');
    assert.deepEqual(h.problems, []);
  });

  it('work from the keyboard: Enter unfolds, "Hide copies" folds and hands focus back to the link', async () => {
    const page = await h.page();
    await page.goto('/?q=mortgage');
    await page.locator(TOGGLE).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${LIST} .copy`).first().waitFor();
    await page.locator(`${LIST} .copies-hide`).focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.locator(LIST).isHidden());
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'copies-toggle-herald-rates-2');
    assert.equal(await page.locator(TOGGLE).getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    assert.ok(await page.locator(LIST).isVisible());
  });

  it('unfold on a phone without widening the page', async () => {
    const page = await h.page({ viewport: MOBILE, isMobile: true, hasTouch: true });
    await page.goto('/?q=mortgage');
    await page.locator(TOGGLE).tap();
    await page.locator(`${LIST} .copy`).first().waitFor();
    await page.locator(`${LIST} .copies-hide`).scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
    await screenshot(page, 'copies-unfolded-phone');
  });

  it('unfolded, the page has no accessibility violations', async () => {
    const page = await h.page();
    await page.goto('/?q=mortgage');
    await page.locator(TOGGLE).click();
    await page.locator(`${LIST} .copy`).first().waitFor();
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  it('the switch turns collapsing off and on, and the address says so only when off', async () => {
    const page = await h.page();
    await page.goto('/?q=mortgage');
    await page.locator('input[type=checkbox][name=dedupe]').uncheck();
    await settled(page, (u) => u.searchParams.get('dedupe') === '0');
    assert.match(await summary(page), /^3 paragraphs in 3 articles/);
    assert.equal(await page.locator('.hit').count(), 3);
    assert.equal(await page.locator('.copies-toggle').count(), 0);
    await page.locator('input[type=checkbox][name=dedupe]').check();
    await settled(page, (u) => !u.searchParams.has('dedupe'));
    assert.match(await summary(page), /\(1 distinct\)/);
    assert.equal(new URL(page.url()).search, '?q=mortgage');
  });

  it('without JavaScript, "also in" is a link to a page of the copies, and back', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await page.goto('/?q=mortgage');
    await page.locator(TOGGLE).click();
    await page.waitForURL(/\/copies\/courier-rates-2\?q=mortgage&hit=herald-rates-2$/);
    assert.equal(await page.locator('h1').innerText(), '2 other copies of the same paragraph');
    assert.equal(await page.locator('.copy').count(), 2);
    await screenshot(page, 'copies-page');
    await page.locator('.back a').click();
    await page.waitForURL(/\/\?q=mortgage#hit-herald-rates-2$/);
  });
});
