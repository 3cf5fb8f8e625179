/**
 * The page's quality in a real browser: no accessibility violations (axe-core), works with
 * JavaScript off, fits 375 px, light and dark themes, visible keyboard focus, small page weight;
 * and the screenshots the README shows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axe, browserMissing, DESKTOP, MOBILE, screenshot, settled, startHarness, type Harness } from './harness.ts';

const skip = browserMissing();
let h: Harness;

before(async () => {
  if (!skip) h = await startHarness();
});
after(async () => h?.close());

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on ${where}:\n${JSON.stringify(violations, null, 2)}`);
}

async function expandContext(page: Page, hitId: string): Promise<void> {
  await page.locator(`#ctx-${hitId}`).click();
  await page.locator(`#hit-${hitId} .context`).first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.2 A/AA and best practices)', { skip: skip ?? false }, () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing on the search, article and error pages (${colorScheme})`, async () => {
      const page = await h.page({ colorScheme });
      await page.goto('/');
      await expectNoAxeViolations(page, 'the empty search page');
      await page.goto('/?q=harbour&year=2019&year=2022&outlet=Coast+Gazette');
      await expandContext(page, 'harbour-strike-2');
      await expectNoAxeViolations(page, 'results with filters, chips, timeline and context');
      await page.goto('/?q=harbour');
      await page.locator('.facet-outlet details.more summary').click();
      await expectNoAxeViolations(page, 'results with the outlet list opened');
      await page.goto('/?q=zzzzqqq');
      await expectNoAxeViolations(page, 'no results');
      await page.goto('/articles/harbour-strike?q=harbour#p-2');
      await page.locator('.provenance summary').click();
      await expectNoAxeViolations(page, 'the article page');
      await page.goto('/?q=harbour&page=abc');
      await expectNoAxeViolations(page, 'the 400 page');
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing on a phone, with the filter panel closed and open, and on the new paging states (${colorScheme})`, async () => {
      const page = await h.page({ colorScheme, viewport: MOBILE, isMobile: true, hasTouch: true });
      await page.goto('/?q=harbour&year=2019&year=2022');
      await expectNoAxeViolations(page, 'the phone layout, filters closed');
      await page.locator('#filter-panel > summary').tap();
      await page.getByRole('checkbox', { name: /Coast Gazette/ }).waitFor();
      await expectNoAxeViolations(page, 'the phone layout, filters open');
      await page.goto('/?q=lightship');
      await expectNoAxeViolations(page, 'a long timeline on a phone');
      await page.goto('/?q=harbour&perPage=1&page=30');
      await expectNoAxeViolations(page, 'a page past the end');
      await page.goto('/?q=harbour&perPage=1&page=9');
      await expectNoAxeViolations(page, 'the pager with gaps');
    });
  }

  it('follows the colour scheme of the system', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const page = await h.page({ colorScheme });
      await page.goto('/?q=harbour');
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    assert.equal(await background('light'), 'rgb(251, 250, 247)');
    assert.equal(await background('dark'), 'rgb(22, 23, 26)');
  });
});

describe('keyboard', { skip: skip ?? false }, () => {
  it('reaches every control with Tab, and focus is always visible', async () => {
    const page = await h.page();
    await page.goto('/?q=harbour');
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | SVGElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // SVG bars show focus as a stroke on their hit area (outline does not draw on SVG links).
        const ring =
          el instanceof SVGElement
            ? getComputedStyle(el.querySelector('.hit-area')!).strokeWidth !== '0px' &&
              getComputedStyle(el.querySelector('.hit-area')!).stroke !== 'none'
            : style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const name = el.getAttribute('aria-label') ?? el.getAttribute('value') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return { key: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${name}`, ring };
      });
      if (!focus) break;
      assert.ok(focus.ring, `no visible focus on ${focus.key}`);
      seen.push(focus.key);
    }
    const all = seen.join('\n');
    assert.match(seen[0]!, /^a Skip to content/);
    for (const expected of [/^input#q/, /^input Coast Gazette/, /^select/, /^a 2019: 4 paragraphs/, /^a#ctx-/, /^a CSV/]) {
      assert.match(all, new RegExp(expected.source, 'm'), `Tab reaches ${expected}`);
    }
  });
});

describe('without JavaScript', { skip: skip ?? false }, () => {
  it('search, facets, paging, the timeline, context links and the article page all work', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('#q').fill('harbour');
    await page.locator('#q').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'harbour');
    assert.match(await page.locator('#summary').innerText(), /^18 paragraphs in 15 articles/);

    await page.getByRole('checkbox', { name: /Coast Gazette/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('outlet') === 'Coast Gazette');
    assert.match(await page.locator('#summary').innerText(), /^4 paragraphs/);

    await page.goto('/?q=harbour&perPage=5');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    assert.equal(await page.locator('.hits').getAttribute('start'), '6');

    await page.locator('.timeline a[aria-label^="2022:"]').click();
    await page.waitForURL((url) => url.searchParams.get('year') === '2022');
    assert.match(await page.locator('#summary').innerText(), /^3 paragraphs/);

    const toggle = page.locator('.context-toggle').first();
    const expected = await toggle.getAttribute('href');
    await toggle.click();
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, expected);
    const id = new URL(page.url()).hash.slice(1);
    assert.ok(await page.locator(`#${id}`).evaluate((el) => el.matches(':target') && el.classList.contains('matched')));

    await page.goto('/?q=harbour');
    await page.locator('.facet-outlet details.more summary').click();
    assert.ok(await page.locator('.facet-outlet details.more input').first().isVisible(), '"more" opens without script');
  });
});

describe('small screens and page weight', { skip: skip ?? false }, () => {
  it('fits 375 px without sideways scrolling', async () => {
    const page = await h.page({ viewport: MOBILE, isMobile: true, hasTouch: true });
    for (const url of ['/?q=harbour&year=2019', '/articles/harbour-strike?q=harbour#p-2', '/?q=harbour&page=x']) {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= MOBILE.width, `${url} is ${width}px wide`);
    }
    await page.goto('/?q=harbour');
    const box = await page.locator('#q').boundingBox();
    assert.ok(box && box.width >= 200, 'the search box is usable');
    assert.ok(await page.locator('.hit').first().isVisible());
  });

  it('loads in a few small files, all from this server', async () => {
    const page = await h.page();
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.set(response.url(), body.length);
    });
    await page.goto('/?q=harbour');
    await page.waitForLoadState('networkidle');
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const foreign = [...sizes.keys()].filter((url) => !url.startsWith(h.baseUrl));
    assert.deepEqual(foreign, [], 'no requests to other sites (fonts, CDNs, trackers)');
    assert.ok(sizes.size <= 6, `${sizes.size} requests`);
    console.log(`page weight of /?q=harbour: ${(total / 1024).toFixed(1)} KiB uncompressed in ${sizes.size} responses`);
    assert.ok(total < 120 * 1024, `page weight ${total} bytes`);
  });
});

describe('screenshots for the README', { skip: skip ?? false }, () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const) {
    it(`saves the main states at ${label} width`, async () => {
      const page = await h.page({ viewport, colorScheme: 'light', isMobile: label === 'mobile' });
      await page.goto('/?q=harbour&year=2019&year=2021&year=2022');
      await screenshot(page, `search-${label}`);
      await page.goto('/?q=harbour');
      await expandContext(page, 'harbour-strike-2');
      await page.locator('#hit-harbour-strike-2').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, `context-${label}`);
      await page.goto('/articles/harbour-strike?q=harbour#p-2');
      await screenshot(page, `article-${label}`);
    });
  }

  it('saves the phone layout with the filter panel open', async () => {
    const page = await h.page({ viewport: MOBILE, colorScheme: 'light', isMobile: true, hasTouch: true });
    await page.goto('/?q=harbour&year=2019&year=2021&year=2022');
    await page.locator('#filter-panel > summary').tap();
    await page.getByRole('checkbox', { name: /Coast Gazette/ }).waitFor();
    await screenshot(page, 'search-mobile-filters');
  });

  it('saves the search page in the dark theme', async () => {
    const page = await h.page({ colorScheme: 'dark' });
    await page.goto('/?q=harbour&outlet=Coast+Gazette&outlet=Estuary+Observer');
    await settled(page, () => true);
    await screenshot(page, 'search-dark-desktop');
  });
});

describe('the console', { skip: skip ?? false }, () => {
  it('saw no errors, uncaught exceptions or CSP violations on any page above', () => {
    // The 400 page is a page, not an error: the browser logs its status, nothing else.
    const problems = h.problems.filter((p) => !/status of 400 \(Bad Request\)/.test(p));
    assert.deepEqual(problems, []);
  });
});
