/**
 * The outlet from what the page's furniture writes (issue 18, task 18o6), and the furniture that
 * looks like a name but is not the site: a media kind or a byline after the headline, a currency
 * beside its rates. Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function outletOf(text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.outlet;
}

describe('what follows the headline in a site name’s place and is not the site', () => {
  it('leaves a media kind tagged on the title line Unknown', () => {
    assert.equal(outletOf(`${HEADLINE} | AUDIO\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE} | Foto + Video\n\n${BODY}`), 'Unknown');
    // A name in the same place still counts.
    assert.equal(outletOf(`${HEADLINE} | Harbourlight News\n\n${BODY}`), 'Harbourlight News');
  });

  it('leaves a label with its value or a byline after the headline Unknown', () => {
    assert.equal(outletOf(`${HEADLINE} | Report by Ref: Jane\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE} | Photos by Jane Doe\n\n${BODY}`), 'Unknown');
  });
});

describe('a newsroom word after a word of a phrase', () => {
  it('leaves the newsroom’s team or its pick Unknown, and still reads a name before the newsroom', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nTim Redaksi`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nVýběr redakce`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nHarbourlight Redaksi`), 'Harbourlight');
  });
});
