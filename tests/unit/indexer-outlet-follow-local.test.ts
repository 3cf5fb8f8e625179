/**
 * Follow prompts in more languages (issue 18, task 18out12): Greek "Ακολουθήστε το NAME στο Google
 * News", Romanian "Urmăriți NAME și pe GOOGLE ȘTIRI" (Google News in the page's language), and an
 * address as the name in "the news of x.gr on Google News". Every outlet here is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('follow prompts in more languages', () => {
  it('reads the Greek and Romanian follow prompts', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nΑκολουθήστε το Λιμανόπολη στο Google News`), 'Λιμανόπολη');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nUrmăriți Ziarul Portului și pe GOOGLE ȘTIRI`), 'Ziarul Portului');
  });

  it('reads an address as the name in "the news of x.gr on Google News"', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nΤΑ ΝΕΑ του limanisimera.gr στο Google News`), 'Limanisimera');
  });

  it('reads no one in a follow prompt with no platform on the line', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nUrmăriți Ziarul Portului pentru mai multe știri`), 'Unknown');
  });
});
