/**
 * Task 18out3: which places may name the outlet alone. A name alone on the last line, a byline
 * naming a publication and the name beside the stamp's date were right where their rules were
 * written and wrong on the next sites' pages: alone they name no one, with a second place on
 * another line they do. An address alone on a line among the story's paragraphs is a link set into
 * the story, not the site's own. Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasPlatformInside } from '../../indexer/infer/outlet-words.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('places that need a second place', () => {
  it('takes no name from a foot line, a byline or a stamp alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nNorthwind Courier`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy Northwind Courier\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nNorthwind | 5 October 2017 08:37\n\n${BODY}`), 'Unknown');
  });

  it('still drops the unconfirmed name alone on its line as a credit', () => {
    const r = articleFromFile({ bytes: Buffer.from(`${HEADLINE}\n\n${BODY}\n\nNorthwind Courier`), source: 'page.txt' });
    assert.ok(r.ok);
    assert.equal(r.article.outlet, 'Unknown');
    assert.ok(!r.article.paragraphs.some((p) => p.text === 'Northwind Courier'));
  });

  it('counts one line once: "By X" as the last line is a byline and a foot, one place', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nBy Northwind Courier`), 'Unknown');
  });

  it('takes the name when two lines agree', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nBy Northwind Courier\n\n${BODY}\n\nNorthwind Courier`), 'The Northwind Courier');
  });

  it('still takes a reliable place alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nNorthwind Redaktion\n\n${BODY}`), 'Northwind');
  });
});

describe('an address alone on a line', () => {
  it('is the site above or below the story', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nnorthwindcourier.co`), 'Northwindcourier');
  });

  it('is a link set into the story among its paragraphs', () => {
    const more = [
      'The board expects the earlier crossing to carry about two hundred more passengers a day by the summer months.',
      'Cyclists will keep their reserved space on the lower deck, and the cafe on board opens with the first sailing.',
      'A second survey in the autumn will ask whether the evening timetable should change next year as well.',
    ].join('\n\n');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nnorthwindcourier.co\n\n${more}`), 'Unknown');
  });
});

describe('shapes that name no one (task 18out3)', () => {
  it('reads no name from a newsroom credit opening with "from"', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nDa Redação\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nHarbourside Redaktion\n\n${BODY}`), 'Harbourside');
  });

  it("reads no dateline from a reporter's byline and the town the report was filed from", () => {
    assert.equal(outletOf(`${HEADLINE}\n\n獨家報導 記者王小明/台北報導\n\n${BODY}`), 'Unknown');
  });

  it('takes a platform "of" a site for the platform\'s channel, not a name', () => {
    assert.equal(hasPlatformInside('Whatsapp de Noticias Ejemplo'), true);
    assert.equal(hasPlatformInside('Telegram di Kabar Contoh'), true);
    assert.equal(hasPlatformInside('Apple Daily'), false);
    assert.equal(hasPlatformInside('Channel Telegram Example'), true);
  });
});
