/**
 * Two cue readers that named someone other than the page's outlet (issue 18, task 18out31): the verb
 * "support" inside a sentence read as a plea to support a site ("… deal to support Sudan conflict
 * response"), and a desk's name signing before a newsroom word ("Digital Desk staff") read as the
 * publication. The plea opens its line; a name that itself ends in a newsroom word is a unit of the
 * newsroom. Every page and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('a support plea', () => {
  it('reads the site a line opening with the plea names', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSupport Harbour Gazette`), 'The Harbour Gazette');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nPlease support The Harbour Gazette today.`), 'The Harbour Gazette');
  });

  it('leaves the verb inside a sentence unread', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nIsland councils sign deal to support Portmore ferry upgrade`), 'Unknown');
  });
});

describe('a newsroom signature', () => {
  it('reads the publication signing before a newsroom word', () => {
    assert.equal(outletOf(`${HEADLINE}\nHarbour Gazette staff\n\n${BODY}`), 'The Harbour Gazette');
  });

  it('leaves a desk signing before a newsroom word unread', () => {
    assert.equal(outletOf(`${HEADLINE}\nDigital Desk staff\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\nSports Desk Correspondents\n\n${BODY}`), 'Unknown');
  });
});
