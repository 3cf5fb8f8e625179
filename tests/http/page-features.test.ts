/** The routes and pure helpers behind the page's features: export, context, timeline, text fragments, CSV. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';
import { csvField, csvRow } from '../../server/csv.ts';
import { textFragment, isWebUrl, originalPassageUrl } from '../../server/text-fragment.ts';
import { buildTimeline } from '../../server/timeline.ts';
import { DEFAULT_PARAMS } from '../../server/search-params.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

describe('export', () => {
  it('streams every match as CSV, as an attachment, whatever page was on screen', async () => {
    const api = await request(ctx.app).get('/api/search?q=the').expect(200);
    const res = await request(ctx.app).get('/export.csv?q=the&page=2&perPage=1').expect(200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="nutgraf-the.csv"');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines.length, 1 + api.body.total);
  });

  it('streams JSON whose hits are every match, with filters applied', async () => {
    const api = await request(ctx.app).get('/api/search?q=harbour&year=2019').expect(200);
    const res = await request(ctx.app).get('/export.json?q=harbour&year=2019').expect(200);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="nutgraf-harbour-year-2019\.json"$/);
    const body = JSON.parse(res.text);
    assert.equal(body.total, api.body.total);
    assert.equal(body.hits.length, api.body.total);
    assert.ok(body.hits.every((h: { year: number }) => h.year === 2019));
  });

  it('answers a broken search with a 400, not a half-written file', async () => {
    await request(ctx.app).get('/export.csv?q=x&year=nineteen').expect(400);
  });
});

describe('GET /articles/:id/context', () => {
  it('gives the hit with its neighbours as an htmx fragment', async () => {
    const res = await request(ctx.app)
      .get('/articles/harbour-strike/context?q=strike&position=1&around=1')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(200);
    assert.match(res.text, /^\s*<div class="hit-body expanded" id="body-harbour-strike-1">/);
    assert.equal((res.text.match(/class="context before"/g) ?? []).length, 1);
    assert.equal((res.text.match(/class="context after"/g) ?? []).length, 1);
    assert.match(res.text, /<mark>strike<\/mark>/i);
    assert.match(res.text, /Hide context/);
    assert.doesNotMatch(res.text, /<html/);
  });

  it('sends a direct visit (no htmx) to the paragraph in the article', async () => {
    const res = await request(ctx.app).get('/articles/harbour-strike/context?q=strike&position=1').expect(303);
    assert.equal(res.headers.location, '/articles/harbour-strike?q=strike#p-1');
  });

  it('404s for a paragraph that does not exist and 400s for a bad position', async () => {
    await request(ctx.app)
      .get('/articles/harbour-strike/context?position=999')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(404);
    await request(ctx.app).get('/articles/harbour-strike/context?position=-1').expect(400);
  });
});

describe('the search page', () => {
  it('pushes the canonical URL for htmx requests, whatever extra fields the form sent', async () => {
    const res = await request(ctx.app)
      .get('/?q=harbour&sort=relevance&year=&outlet=')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(200);
    assert.equal(res.headers['hx-push-url'], '/?q=harbour');
  });

  it('hit links carry the whole search state, so "back to results" restores it', async () => {
    const res = await request(ctx.app).get('/api/search?q=harbour&year=2019&sort=newest').expect(200);
    assert.match(res.body.hits[0].url, /^\/articles\/[\w-]+\?q=harbour&year=2019&sort=newest#p-\d+$/);
    const article = await request(ctx.app).get(res.body.hits[0].url.replace(/#.*/, '')).expect(200);
    assert.match(article.text, /href="\/\?q=harbour&amp;year=2019&amp;sort=newest"[^>]*>← Back to results/);
  });

  it('never links an original URL that is not http(s)', () => {
    assert.ok(isWebUrl('https://example.org/a'));
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url', null]) assert.ok(!isWebUrl(bad));
  });
});

describe('text fragments', () => {
  it('quotes whole words from the start of the paragraph, encoding directive syntax', () => {
    assert.equal(
      textFragment('Hundreds of dock-workers walked off, on Thursday, after talks'),
      '#:~:text=Hundreds%20of%20dock%2Dworkers%20walked%20off%2C%20on%20Thursday%2C%20after',
    );
    assert.equal(
      textFragment('One two three four five six seven, eight nine'),
      '#:~:text=One%20two%20three%20four%20five%20six%20seven%2C%20eight',
    );
    assert.equal(
      textFragment('One two three four five six seven eight, nine'),
      '#:~:text=One%20two%20three%20four%20five%20six%20seven%20eight',
    );
    assert.equal(textFragment('  '), '');
    assert.equal(originalPassageUrl('https://x.org/a#old', 'Short text.'), 'https://x.org/a#:~:text=Short%20text.');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(null), '');
    assert.equal(csvRow(['a', 1, null]), 'a,1,\r\n');
  });
});

describe('timeline', () => {
  const unit = { one: 'paragraph', many: 'paragraphs' };
  it('draws one slot per year from the first to the last, empty years included', () => {
    const t = buildTimeline(DEFAULT_PARAMS, { '2010': 2, '2013': 4, unknown: 3 }, unit)!;
    assert.deepEqual(
      t.bars.map((b) => [b.year, b.count]),
      [
        [2010, 2],
        [2011, 0],
        [2012, 0],
        [2013, 4],
      ],
    );
    assert.equal(t.unknown, 3);
    assert.equal(t.bars[3]!.height, 80);
    assert.equal(t.bars[0]!.height, 40);
    assert.equal(t.bars[0]!.url, '/?year=2010');
    assert.equal(t.bars[0]!.label, '2010: 2 paragraphs. Show only 2010.');
  });

  it('a bar of the only selected year shows all years again', () => {
    const t = buildTimeline({ ...DEFAULT_PARAMS, q: 'x', year: [2013] }, { '2010': 2, '2013': 4 }, unit)!;
    const bar = t.bars.find((b) => b.year === 2013)!;
    assert.ok(bar.selected);
    assert.equal(bar.url, '/?q=x');
    assert.equal(t.bars[0]!.url, '/?q=x&year=2010');
  });

  it('is left out when there is no time axis to speak of', () => {
    assert.equal(buildTimeline(DEFAULT_PARAMS, { '2010': 2, unknown: 1 }, unit), null);
    assert.equal(buildTimeline(DEFAULT_PARAMS, {}, unit), null);
  });
});
