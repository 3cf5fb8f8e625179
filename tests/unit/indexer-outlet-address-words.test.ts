/**
 * An address made of a name's words (issue 18, task 18o9): the site "Harbour Lantern" writes its
 * address "harbourlantern" and its initials; the name written elsewhere on the page is the outlet
 * when a site's address joins its words, and needs another place to agree when only initials or
 * an e-mail address do. Every name and address here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { registrableLabel } from '../../indexer/infer/outlet-address-words.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { outletCandidates, pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';
import { articleFromFile } from '../../indexer/pipeline.ts';

/** The address-words candidates of a page, as name and score. */
function addressWords(text: string): Array<[string, number]> {
  const clean = cleanText(text);
  return outletCandidates(clean, pageLines(clean))
    .filter((c) => c.kind === 'address-words')
    .map((c) => [c.value, c.score]);
}

await loadLanguageDetector();

describe('an address made of a name’s words', () => {
  it('reads the registrable label whatever subdomain or second-level suffix stands around it', () => {
    assert.equal(registrableLabel('news.harbour-lantern.co.uk'), 'harbourlantern');
    assert.equal(registrableLabel('desk@hl.example.org'), 'example');
    assert.equal(registrableLabel('www.harbourlantern.com'), 'harbourlantern');
    // The Public Suffix List's multi-part and private suffixes: a city hall's site, a hosted blog.
    assert.equal(registrableLabel('www.camaradeexemplo.sp.gov.br'), 'camaradeexemplo');
    assert.equal(registrableLabel('harbourlanternnotes.blogspot.com'), 'harbourlanternnotes');
  });

  it('keys an address under its registrable label, whatever subdomain stands in front', () => {
    assert.equal(outletKey('archive.harbourlantern.co.uk'), outletKey('Harbour Lantern'));
    assert.equal(outletKey('harbourlanternnotes.blogspot.com'), outletKey('Harbourlanternnotes'));
  });

  it('takes the name whose words the site’s address joins', () => {
    const page = `${HEADLINE}\n\n${BODY}\n\nBack to coast.harbourlantern.net Harbour Lantern\n`;
    assert.equal(outletOf(page), 'Harbour Lantern');
  });

  it('leaves initials or an e-mail address alone Unknown', () => {
    const initials = `${HEADLINE}\n\n${BODY}\n\nHarbour Lantern Daily is on the web at www.hld.com\n`;
    assert.deepEqual(addressWords(initials), [['Harbour Lantern Daily', 1.5]]);
    assert.equal(outletOf(initials), 'Unknown');
    const email = `${HEADLINE}\n\n${BODY}\n\nWrite to the reporter at jane@harbourlantern.com or to Harbour Lantern by post.\n`;
    assert.deepEqual(addressWords(email), [['Harbour Lantern', 1]]);
    assert.equal(outletOf(email), 'Unknown');
  });

  it('leaves a site the story is about, its bare address in the prose, Unknown', () => {
    const story = `${HEADLINE}\n\n${BODY}\n\nThe campaign site of Harbour Lantern went quiet on Monday, and visitors to harbourlantern.com from abroad saw an error page instead of the mayor's timetable plans.\n`;
    assert.equal(outletOf(story), 'Unknown');
  });

  it('does not join words across a comma', () => {
    const page = `${HEADLINE}\n\n${BODY}\n\nBack to coast.harbourlantern.net Harbour, Lantern Street\n`;
    assert.equal(outletOf(page), 'Unknown');
  });

  it('names the article’s stated URL as the page spells it, or as the outlet list names a known domain', () => {
    const outletAt = (url: string, text: string) => {
      const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt', manifestEntry: { url } });
      assert.ok(r.ok);
      return r.article.outlet;
    };
    const page = `${HEADLINE}\n\n${BODY}\n\nLetters to Harbour Lantern go to the quay office.\n`;
    assert.equal(outletAt('https://coast.harbourlantern.net/ferry', page), 'Harbour Lantern');
    assert.equal(outletAt('https://www.bbc.co.uk/news/ferry', `${HEADLINE}\n\n${BODY}\n`), 'BBC');
    assert.equal(outletAt('https://coast.harbourlantern.net/ferry', `${HEADLINE}\n\n${BODY}\n`), 'Harbourlantern');
  });

  it('leaves a year beside the name out of it, and keeps a number the address writes too', () => {
    const outletAt = (url: string, text: string) => {
      const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt', manifestEntry: { url } });
      assert.ok(r.ok);
      return r.article.outlet;
    };
    const footer = `${HEADLINE}\n\n${BODY}\n\n© 2005 Harbour Lantern. All rights reserved.\n`;
    assert.equal(outletAt('https://www.harbour-lantern.example/news/ferry', footer), 'Harbour Lantern');
    const numbered = `${HEADLINE}\n\n${BODY}\n\nLetters to Harbour Lantern 24 go to the quay office.\n`;
    assert.equal(outletAt('https://www.harbourlantern24.example/ferry', numbered), 'Harbour Lantern 24');
  });
});
