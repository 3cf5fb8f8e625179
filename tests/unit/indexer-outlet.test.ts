/**
 * The outlet as scored candidates, on pages written for these tests (invented outlets): each place
 * a page names its publisher, agreement between places, and the shapes that must stay Unknown (a
 * section label at the top and foot, a person's byline, a wire's credit when a site is named).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { hasTradeNoun, isWire, outletShaped } from '../../indexer/infer/outlet-words.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function outletOf(text: string): { outlet: string; from: string } {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  const a: ArticleInput = r.article;
  return { outlet: a.outlet, from: a.provenance.outlet ?? '' };
}

describe('outlet candidates: one place that only a publication uses of itself', () => {
  it('reads a newsroom signature, before or after the name', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nHarbourside Redaktion\n\n${BODY}`).outlet, 'Harbourside');
    assert.equal(outletOf(`${HEADLINE}\n\nBy: Quayline Correspondents\n\n${BODY}`).outlet, 'Quayline');
  });

  it('reads a cookie notice and a subscription prompt naming the site', () => {
    const cookies = outletOf(`Brinevale Courier uses cookies to remember your settings. Read more here\n\n${HEADLINE}\n\n${BODY}`);
    assert.deepEqual([cookies.outlet, /^cookie notice/.test(cookies.from)], ['The Brinevale Courier', true]);
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSubscribe to Tidewatch Weekly`).outlet, 'Tidewatch Weekly');
  });

  it('reads "Site / Agencies" credits, and a bare address line at the top', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nCanal Norte / Agências\n\n${BODY}`).outlet, 'Canal Norte');
    assert.equal(outletOf(`www.harbour-gazette.example\n\n${HEADLINE}\n\n${BODY}`).outlet, 'Harbour-gazette');
  });

  it('reads a byline naming a publication, not one naming a person', () => {
    assert.equal(outletOf(`${HEADLINE}\nMarch 3, 2021 by The Lantern\n\n${BODY}\n\nThe Lantern`).outlet, 'The Lantern');
    // Alone, a bare byline needs a second place (task 18out3); with its date on the line it is the page's own credit stamp (18out9).
    assert.equal(outletOf(`${HEADLINE}\nBy The Lantern\n\n${BODY}`).outlet, 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\nMarch 3, 2021 by The Lantern\n\n${BODY}`).outlet, 'The Lantern');
    assert.equal(outletOf(`${HEADLINE}\nBy The Lantern | 4 November 2016\n\n${BODY}`).outlet, 'The Lantern');
    // A byline that is no publication's shape stays a place that needs another, date or not.
    assert.equal(outletOf(`${HEADLINE}\nMarch 3, 2021 by Lantern\n\n${BODY}`).outlet, 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\nBy Maria Olsen\n\n${BODY}`).outlet, 'Unknown');
  });

  it('reads a publication-shaped name signing off at the foot when a byline agrees, not alone (task 18out3)', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nBy Pierhead Advocate\n\n${BODY}\n\nPierhead Advocate`).outlet, 'Pierhead Advocate');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nPierhead Advocate`).outlet, 'Unknown');
  });
});

describe('outlet candidates: agreement', () => {
  it('takes a name alone near the top when a second place agrees, and says so', () => {
    // Below the first line, a publication-shaped name may be a section's or a partner's banner.
    const alone = outletOf(`World\n\nSaltmarsh Herald\n\n${HEADLINE}\n\n${BODY}`);
    assert.equal(alone.outlet, 'Unknown');
    const agreed = outletOf(`World\n\nSaltmarsh Herald\n\n${HEADLINE}\n\n${BODY}\n\nFrom Saltmarsh Herald`);
    assert.equal(agreed.outlet, 'The Saltmarsh Herald');
    assert.match(agreed.from, /agreeing with/);
  });

  it('meets one outlet under its name, its capitals and its domain', () => {
    assert.equal(outletKey('THE HARBOUR GAZETTE'), outletKey('Harbour Gazette'));
    assert.equal(outletKey('harbourgazette.co.uk'), outletKey('Harbour Gazette'));
  });
});

describe('outlet candidates: what stays Unknown', () => {
  it('a section label alone at the top and at the foot', () => {
    assert.equal(outletOf(`Nyheder\n\n${HEADLINE}\n\n${BODY}\n\nNyheder`).outlet, 'Unknown');
    assert.equal(outletOf(`Advertisement\n\n${HEADLINE}\n\n${BODY}\n\nAdvertisement`).outlet, 'Unknown');
    assert.equal(outletOf(`Latest News\n\n${HEADLINE}\n\n${BODY}`).outlet, 'Unknown');
  });

  it('a copyright holder not shaped like a publication, alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n© 2022 Marram Holdings`).outlet, 'Unknown');
  });

  it('a wire credited on a page that names its own site', () => {
    const a = outletOf(`${HEADLINE}\n\nCanal Norte / Agências\n\n${BODY}\n\n© 2022 Reuters`);
    assert.equal(a.outlet, 'Canal Norte');
  });

  it('keeps the wire as the outlet when it signs the story alone and nothing else is named', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n© 2022 Reuters. All rights reserved.`).outlet, 'Reuters');
    // A bare notice is as often the wire's credit on a client's page.
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n© 2022 Reuters`).outlet, 'Unknown');
  });
});

describe('outlet words (user-extendable data)', () => {
  it('knows trade nouns as words and compound endings, and labels from mastheads', () => {
    assert.ok(hasTradeNoun('Kleinstadt Morgenpost') && hasTradeNoun('Dorpse Webkrant'));
    assert.ok(outletShaped('Daily News') && !outletShaped('Latest News') && !outletShaped('News'));
    assert.ok(isWire('The Canadian Press') && isWire('Reuters') && !isWire('Canal Norte'));
  });
});
