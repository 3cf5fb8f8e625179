/**
 * Outlet shapes of issue 18's fourth round (the stamp line's leading name is tested in
 * indexer-outlet-structure.test.ts): the Nordic self-reference, a newsroom inside a stamp line, and
 * shapes that must stay Unknown (short capitals alone, a company's name that is also an address, a
 * page label at the foot). Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('a newsroom naming its own reporting, in the Nordic word order', () => {
  it('reads "kunde X berätta" as a self-reference', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]} Det kunde QuaylineTV berätta i går.\n\n${PARAS[1]}`;
    assert.equal(outletOf(page), 'QuaylineTV');
  });

  it('does not take short capitals alone: a party or a service as often', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]} Det kunde QTV berätta i går.\n\n${PARAS[1]}`;
    assert.equal(outletOf(page), 'Unknown');
  });
});

describe('cue lines inside a stamp line', () => {
  it('reads a newsroom signature before the date', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nOleh Redaksi HARBOURLIGHT | 04 November 2016\n\n${BODY}`), 'HARBOURLIGHT');
  });
});

describe('shapes that stay Unknown', () => {
  it('does not take a company whose name is an address for the site', () => {
    const page = `Shares of Quaymark fell after its results\n\nShares of Quaymark fell 2% on Tuesday.\n\n${BODY}\n\nDisclaimer: We have no position in quaymark.com, inc. and were not paid for this article.`;
    assert.equal(outletOf(page), 'Unknown');
  });

  it('does not take a "latest news" label at the foot for the site', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nUltimele Stiri`), 'Unknown');
  });
});
