/**
 * Outlet shapes of issue 18's fourth round: the site's name opening a stamp line of parts, a weak
 * role name found again in another role, the page's only role name, a newsroom inside a stamp line,
 * and the shapes that must stay Unknown (a section before the date, a company's name that is also
 * an address, a page label at the foot). Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { stampNames } from '../../indexer/infer/outlet-structure.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function outletOf(text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.outlet;
}

function stamped(text: string, reason: string | null = 'dateline'): string[] {
  const lines: PageLine[] = [
    { line: 1, text, reason, words: text.split(' ').length },
    { line: 2, text: PARAS[0]!, reason: null, words: 25 },
  ];
  const out: OutletCandidate[] = [];
  stampNames(lines, (c) => c && out.push(c));
  return out.map((c) => c.value);
}

describe('the name opening a stamp line of parts', () => {
  it('reads the first part when the others date the line or name a section and a byline', () => {
    assert.deepEqual(stamped('Harbourlight | 5 October 2017 08:37 | Updated 5 October 2017 08:37'), ['Harbourlight']);
    assert.deepEqual(stamped('Harbourlight - - NEWS - JANE DOE'), ['Harbourlight']);
  });

  it('does not read a section in capitals, a person or a cue before the date', () => {
    assert.deepEqual(stamped('SPORT - 16 June 2019 20:27'), []);
    assert.deepEqual(stamped('Jane Doe | 5 October 2017 08:37'), []);
    assert.deepEqual(stamped('Updated | 5 October 2017 08:37'), []);
    assert.deepEqual(stamped('Harbourlight - Local'), []);
  });

  it('wins when the page names it again in another role, or names nothing else', () => {
    const stamp = 'Harbourlight | 5 October 2017 08:37 | Updated 5 October 2017 08:37';
    assert.equal(outletOf(`${HEADLINE}\n\n${stamp}\n\n${BODY}\n\nPhoto: HARBOURLIGHT`), 'Harbourlight');
    assert.equal(outletOf(`${HEADLINE}\n\n${stamp}\n\n${BODY}`), 'Harbourlight');
  });
});

describe('a newsroom naming its own reporting, the only name the page gives', () => {
  it('takes a weak self-reference when no other name competes', () => {
    const page = `${HEADLINE}\n\n${PARAS[0]} Det kunde QTV berätta i går.\n\n${PARAS[1]}`;
    assert.equal(outletOf(page), 'QTV');
  });

  it('stays Unknown when the page also puts forward another name', () => {
    const page = `${HEADLINE}\n\nQuayline Herald\n\n${PARAS[0]} Det kunde QTV berätta i går.\n\n${PARAS[1]}`;
    assert.notEqual(outletOf(page), 'QTV');
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
