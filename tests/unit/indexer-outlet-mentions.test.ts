/**
 * Places a page names its publisher outside the cue lines (issue 18): a newsroom writing about
 * its own reporting, web and e-mail addresses in the text, Publisher / Cite as / Follow / app
 * lines, datelines and credit lines, the headline's tail; and when a wire service is the outlet.
 * Every page here is invented for the test (invented outlets, invented text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressMentions, headlineTail, selfNameShaped } from '../../indexer/infer/outlet-mentions.ts';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, PARAS } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function read(text: string): { outlet: string; from: string; title: string } {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return { outlet: r.article.outlet, from: r.article.provenance.outlet ?? '', title: r.article.title };
}
const outletOf = (text: string) => read(text).outlet;

describe('newsroom self-references in the story', () => {
  it('reads phrases only a newsroom uses of itself', () => {
    const seen = `${HEADLINE}\n\n${PARAS[0]} The plan, seen by the Quayside Courier, moves two crossings.\n\n${PARAS[1]}`;
    assert.equal(outletOf(seen), 'The Quayside Courier');
    const exclusive = `${HEADLINE}\n\n${PARAS[0]} Así lo avanzó en exclusiva de MAREANOTICIAS el consejo del puerto.\n\n${PARAS[1]}`;
    assert.equal(outletOf(exclusive), 'MAREANOTICIAS');
  });

  it('does not take "told X" alone, nor a name that is not shaped like a publication', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} The skipper told the Harbour Times he was pleased.\n\n${PARAS[1]}`), 'Unknown');
    assert.ok(!selfNameShaped('Jackson') && !selfNameShaped('Jane Doe') && !selfNameShaped('50'));
    // Short capitals are a party or a service as often as a newsroom: not enough alone.
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} A letter obtained by the XYZ names two piers.\n\n${PARAS[1]}`), 'Unknown');
    assert.ok(selfNameShaped('The Standard') && selfNameShaped('QuayLine') && selfNameShaped('EXAMPLETV'));
  });

  it('takes short capitals as the subject of the newsroom’s own verb, not after a passive or a document lying before them', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} The plan, which KTV has seen, moves two crossings.\n\n${PARAS[1]}`), 'KTV');
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} Planen, som KTV har vist, flytter to overfarter.\n\n${PARAS[1]}`), 'KTV');
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]} The plan was seen by the KTV before the vote.\n\n${PARAS[1]}`), 'Unknown');
    const german = `${HEADLINE}\n\n${PARAS[0]} In einem Bericht, der dem KTV vorliegt, stehen zwei Anleger.\n\n${PARAS[1]}`;
    assert.equal(outletOf(german), 'Unknown');
  });
});

describe('web and e-mail addresses', () => {
  it('takes an address alone on a line anywhere in the page', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]}\n\nwww.quaylinenews.com\n\n${PARAS[1]}\n\n${PARAS[2]}`), 'Quaylinenews');
  });

  it('needs a second place to agree with an address in running text', () => {
    const once = `${HEADLINE}\n\n${PARAS[0]} The full timetable is on quaylinenews.com today.\n\n${PARAS[1]}`;
    assert.equal(outletOf(once), 'Unknown');
    const twice = `${once}\n\nSend us your pictures: photos@quaylinenews.com`;
    assert.equal(outletOf(twice), 'Quaylinenews');
  });

  it('reads no address in words run together, tickers, or a source credit', () => {
    const found: OutletCandidate[] = [];
    const line = (text: string, n: number): PageLine => ({ line: n, text, reason: null, words: text.split(' ').length });
    addressMentions(
      [
        line('It took three hours.Credit goes to the crew', 1),
        line('Shares of Example AG (EXA.XE) rose', 2),
        line('Source: otherpaper.com', 3),
        line('Run googletag.cmd first', 4),
      ],
      (c) => {
        if (c) found.push(c);
      },
    );
    assert.deepEqual(found, []);
  });
});

describe('furniture that names the site', () => {
  it('reads Publisher, Cite as, Follow, app prompts and disclaimers', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nPublisher: Saltmarsh Media`), 'Saltmarsh Media');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nCite as: Harbour Gazette, 12 May 2021`), 'The Harbour Gazette');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nFollow Quayline News on Twitter`), 'Quayline News');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nDownload the Quayline News app`), 'Quayline News');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nThe Quayline is not responsible for the content of external sites.`), 'Quayline');
  });

  it('does not take the editor named in a credit line for the publisher', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nEditor : Wiranata`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nEditor: Quayline Press`), 'Quayline Press');
  });

  it('does not take a person followed on a platform', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nFollow Jane Doe on Twitter`), 'Unknown');
  });

  it('reads a byline naming a publication after a separator', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nBy · Quayline Herald\n\n${BODY}\n\nQuayline Herald`), 'The Quayline Herald');
    // Alone, a byline naming a publication is a partner's or a column's as often (task 18out3).
    assert.equal(outletOf(`${HEADLINE}\n\nBy · Quayline Herald\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy · Jane Doe\n\n${BODY}`), 'Unknown');
  });

  it('reads a cookie notice however long its line', () => {
    const notice =
      'Quayline uses cookies to remember your settings, to count visits and to show advertising that fits your interests; by going on using the website you accept the use of cookies.';
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n${notice}`), 'Quayline');
  });
});

describe('datelines and credit lines', () => {
  it('reads a newsroom in a dateline opening the story', () => {
    const text = `${HEADLINE}\n\nPORTVILLE (Quayline News) — ${PARAS[0]}\n\n${PARAS[1]}`;
    assert.equal(outletOf(text), 'Quayline News');
  });

  it('reads a dateline whose town carries its state abbreviated, or follows a scraped ISO date', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORTVILLE, Fla. (WQLN) – ${PARAS[0]}\n\n${PARAS[1]}`), 'WQLN');
    assert.equal(outletOf(`date 2024-01-14 PORTVILLE, N.M. (KQLN) – ${PARAS[0]}\n\n${PARAS[1]}\n\n${PARAS[2]}`), 'KQLN');
    // A two-letter state in brackets is still the town's, not a newsroom.
    assert.equal(outletOf(`date 2024-01-14 PORTVILLE (NM) – ${PARAS[0]}\n\n${PARAS[1]}\n\n${PARAS[2]}`), 'Unknown');
  });

  it('does not take an outlet named in a reporting credit for the site', () => {
    const text = `${HEADLINE}\n\n${PARAS[0]}\n\nLakeside TV reports\n\n${PARAS[1]}\n\nInformation from: Lakeside TV, http://www.lakesidetv.com\n`;
    assert.equal(outletOf(text), 'Unknown');
  });

  it('reads the site in "Site, Wire, date"', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nHarbour Gazette, Reuters, Wednesday 21 Nov 2012\n\n${BODY}`), 'The Harbour Gazette');
  });
});

describe('the headline tail', () => {
  it('takes a brand after the headline when another place agrees, and cuts it from the title', () => {
    const page = read(`${HEADLINE} - QuayLine\n\n${BODY}\n\nFollow QuayLine on Twitter`);
    assert.equal(page.outlet, 'QuayLine');
    assert.equal(page.title, HEADLINE);
  });

  it('finds the tail only when it reads as a name', () => {
    assert.equal(headlineTail('Ferry fares rise - Quayline News'), 'Quayline News');
    assert.equal(headlineTail('Ferry fares rise - and then fall again.'), null);
  });
});

describe('names alone on the first and last lines', () => {
  it('takes a publication-shaped first line and a brand signing off the page', () => {
    assert.equal(outletOf(`Saltmarsh Herald\n\n${HEADLINE}\n\n${BODY}`), 'The Saltmarsh Herald');
    // The last line alone needs a second place (task 18out3): a byline above the story.
    assert.equal(outletOf(`${HEADLINE}\n\nBy QuayLine\n\n${BODY}\n\nQuayLine`), 'QuayLine');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nQuayLine`), 'Unknown');
  });

  it('does not take a category under a categories heading at the foot for the site signing off', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nCategories:\nHarbourFront\nArchive\n`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy HarbourFront\n\n${BODY}\n\nCategories:\nHarbourFront\nArchive\n`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy HarbourFront\n\n${BODY}\n\nHarbourFront\n`), 'HarbourFront');
  });
});

describe('a wire service as the outlet', () => {
  it('when it signs the story alone: a dateline with its own related-links label, or a full notice below the story', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nPORTVILLE (Reuters) - ${PARAS[0]}\n\n${PARAS[1]}\n\nRelated Reuters Stories`), 'Reuters');
    // A dateline alone is on every member site's copy of the wire story.
    assert.equal(outletOf(`${HEADLINE}\n\nPORTVILLE (Reuters) - ${PARAS[0]}\n\n${PARAS[1]}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n© Copyright AFP 2024. All rights reserved.`), 'AFP');
  });

  it('not as a byline, a photo credit above the story, "provided by", or one of several wires', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nBy\nReuters\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n© 2012 AFP\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${PARAS[0]}\n\n© Provided by The Canadian Press\n\n${PARAS[1]}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nPORTVILLE (AP) — ${PARAS[0]}\n\n${PARAS[1]}\n\n© Provided by The Canadian Press`), 'Unknown');
    // The terms a wire makes its licensees print under a story they carry.
    assert.equal(
      outletOf(
        `${HEADLINE}\n\n${BODY}\n\n© Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
      ),
      'Unknown',
    );
  });

  it('a plug-in note "originally published on this site" names no one', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nThis post was originally published on this site\n\n${BODY}`), 'Unknown');
  });
});
