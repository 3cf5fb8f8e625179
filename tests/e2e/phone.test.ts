/**
 * The search page on a 375 px phone (issue 20): the filters one tap away above the results, in a
 * panel that says how many filters are on, and a timeline whose year labels can be read.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserMissing, MOBILE, nextSwap, settled, startHarness, type Harness } from './harness.ts';

const skip = browserMissing();
let h: Harness;

before(async () => {
  if (!skip) h = await startHarness();
});
after(async () => h?.close());

const phone = () => h.page({ viewport: MOBILE, isMobile: true, hasTouch: true });
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('filters on a phone', { skip: skip ?? false }, () => {
  it('sit in a collapsed panel above the results that counts the active filters, and stay open while filtering', async () => {
    const page = await phone();
    await page.goto('/?q=harbour&year=2019&year=2022');
    const toggle = page.locator('#filter-panel > summary');
    assert.ok(await toggle.isVisible(), 'a filter toggle is shown');
    assert.equal((await toggle.innerText()).replace(/\s+/g, ' ').trim(), 'Filters 2 active');
    const toggleTop = await top(page, '#filter-panel > summary');
    assert.ok(toggleTop < MOBILE.height, `the toggle is on the first screen (y = ${toggleTop})`);
    assert.ok(toggleTop < (await top(page, '.hit')), 'above the first hit');
    assert.ok(toggleTop < (await top(page, '#summary')), 'above the result count');
    const outlet = page.getByRole('checkbox', { name: /Coast Gazette/ });
    assert.ok(!(await outlet.isVisible()), 'collapsed at first, so the results come first');

    await toggle.tap();
    assert.ok(await outlet.isVisible(), 'one tap opens it');
    await nextSwap(page, () => outlet.tap());
    await settled(page, (url) => url.searchParams.get('outlet') === 'Coast Gazette');
    assert.ok(await page.getByRole('checkbox', { name: /^2022/ }).isVisible(), 'still open after the results were replaced');
    assert.equal((await page.locator('#filter-panel > summary').innerText()).replace(/\s+/g, ' ').trim(), 'Filters 3 active');

    await page.locator('#filter-panel > summary').tap();
    assert.ok(!(await outlet.isVisible()), 'one more tap closes it');
  });

  it('are simply shown, with no toggle, on a wide screen', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour&year=2019');
    assert.ok(await page.locator('#filter-panel').evaluate((el) => (el as HTMLDetailsElement).open), 'the panel is open');
    assert.ok(!(await page.locator('#filter-panel > summary').isVisible()));
    assert.ok(await page.getByRole('checkbox', { name: /Coast Gazette/ }).isVisible());
  });
});

describe('the timeline on a phone', { skip: skip ?? false }, () => {
  it('prints whole years that do not overlap, over a span of 26 years', async () => {
    const page = await phone();
    await page.goto('/?q=lightship');
    assert.equal(await page.locator('.timeline-years span').count(), 26);
    const labels = await page.locator('.timeline-years span').evaluateAll((spans) =>
      spans
        .filter(
          (s) => s.textContent!.trim() !== '' && getComputedStyle(s).visibility === 'visible' && getComputedStyle(s).display !== 'none',
        )
        .map((s) => {
          const range = document.createRange();
          range.selectNodeContents(s);
          const text = range.getBoundingClientRect();
          const box = s.getBoundingClientRect();
          const clips = getComputedStyle(s).overflowX !== 'visible';
          return {
            text: s.textContent!.trim(),
            left: text.left,
            right: text.right,
            clipped: clips && (text.left < box.left - 0.5 || text.right > box.right + 0.5),
          };
        }),
    );
    assert.ok(labels.length >= 3, `${labels.length} year labels shown`);
    for (const label of labels) {
      assert.match(label.text, /^\d{4}$/);
      assert.ok(!label.clipped, `${label.text} is cut off`);
      assert.ok(label.left >= 0 && label.right <= MOBILE.width, `${label.text} is on screen`);
    }
    for (let i = 1; i < labels.length; i++)
      assert.ok(labels[i]!.left >= labels[i - 1]!.right + 2, `${labels[i - 1]!.text} and ${labels[i]!.text} overlap`);
  });
});

describe('the console', { skip: skip ?? false }, () => {
  it('saw no errors, uncaught exceptions or CSP violations on any page above', () => {
    assert.deepEqual(h.problems, []);
  });
});
