/**
 * The site's own notices naming it in more languages (issue 18): consent, account, newsletter and
 * rights notices. Every line here is invented for the test (invented outlets, invented text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { siteNotices } from '../../indexer/infer/outlet-notices.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { HEADLINE, PARAS } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const line = (text: string, n: number, reason: string | null = null): PageLine => ({
  line: n,
  text,
  reason,
  words: text.split(' ').length,
});
const outletOf = (text: string) => {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.outlet;
};

describe("the site's own notices, in more languages", () => {
  const read1 = (text: string, reason: string | null = null) => {
    const found: OutletCandidate[] = [];
    siteNotices([line(text, 3, reason)], (c) => {
      if (c) found.push(c);
    });
    return found.map((c) => `${c.value} ${c.score}`);
  };

  it('reads consent, account, newsletter and rights notices', () => {
    assert.deepEqual(read1('Durch die Nutzung von Hafenblatt stimmen Sie der Verwendung von Cookies zu.'), ['Hafenblatt 2.5']);
    assert.deepEqual(read1('Sur Le Phare du Port, nous utilisons des cookies pour mesurer l’audience.'), ['Le Phare du Port 2.5']);
    assert.deepEqual(read1('Quaynews and its partners use cookies to personalise ads.'), ['Quaynews 2.5']);
    assert.deepEqual(read1('Heb je al een account? Log in bij Havenkrant'), ['Havenkrant 2.5']);
    assert.deepEqual(read1('Inscrivez-vous à la newsletter du Phare du Port'), ['Phare du Port 2.5']);
    assert.deepEqual(read1('Hafenblatt 2024. Alle Rechte vorbehalten.'), ['Hafenblatt 2']);
  });

  it('names the outlet from a notice below the story', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]}\n\n${PARAS[1]}\n\n${PARAS[2]}\n\nHeb je al een account? Log in bij Havenkrant`;
    assert.equal(outletOf(page), 'Havenkrant');
  });

  it('reads no notice words inside the story, and leaves copyright lines to the copyright reader', () => {
    assert.deepEqual(read1('Ferry users who log in to the harbour portal by using Harbourline tickets save time.'), []);
    assert.deepEqual(read1('© 2024 Hafenblatt. Alle Rechte vorbehalten.', 'copyright'), []);
  });
});
