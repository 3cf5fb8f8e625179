/**
 * Page junk from sites nobody here had seen (tests/fixtures/junk/, one file per site and style):
 * every line that is not article text is dropped with a reason, every article line is kept.
 * The same fixtures are searched through the real engine in indexer-acceptance.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { ARTICLE_TEXT, JUNK_FIXTURES, junkLines } from '../fixtures/ingestion/junk-expected.ts';

await loadLanguageDetector();

describe('junk from unseen sites', () => {
  for (const [name, expected] of Object.entries(ARTICLE_TEXT)) {
    it(`${name}: keeps exactly the article text and drops every other line with a reason`, () => {
      const r = articleFromFile({ bytes: readFileSync(new URL(name, JUNK_FIXTURES)), source: name });
      assert.ok(r.ok);
      const kept = r.article.paragraphs.map((p) => p.text);
      assert.equal(kept.length, expected.length, `kept:\n${kept.join('\n')}`);
      expected.forEach((start, i) => assert.ok(kept[i]!.startsWith(start), `paragraph ${i}: ${kept[i]}`));
      const dropped = new Set(r.article.dropped.map((d) => d.text));
      for (const line of junkLines(name, r.article.title)) assert.ok(dropped.has(line), `not dropped: ${line}`);
    });
  }

  it('reads the reasons a person would give', () => {
    const r = articleFromFile({ bytes: readFileSync(new URL('lakeside-council.txt', JUNK_FIXTURES)), source: 'lakeside-council.txt' });
    assert.ok(r.ok);
    const reason = new Map(r.article.dropped.map((d) => [d.text, d.reason]));
    assert.deepEqual(
      [
        'INTERNATIONAL EDITION UK EDITION US EDITION',
        'Home > News > Local Politics',
        '5 min read',
        'The waterworks building on Mill Lane has stood empty since 2009.',
        'Share on Facebook',
        'Comments (12)',
        'Roadworks to close the ring road for a month',
        'Copyright © 2024 Lakeside Gazette Ltd. All rights reserved.',
      ].map((t) => reason.get(t)),
      ['navigation', 'breadcrumb', 'counter', 'caption', 'promotion', 'comments', 'related-headlines', 'copyright'],
    );
    assert.equal(r.article.provenance.byline, "Tomas Lindqvist (byline line 6 'By Tomas Lindqvist, Local Democracy Reporter')");
    assert.deepEqual([r.article.date, r.article.hints], ['2019-03-12', ['copyright notice 2024']]);
  });
});
