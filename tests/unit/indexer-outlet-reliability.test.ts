/**
 * Task 18out3: which places may name the outlet alone. A name alone on the last line, a byline
 * naming a publication and the name beside the stamp's date were right where their rules were
 * written and wrong on the next sites' pages: alone they name no one, with a second place on
 * another line they do. An address alone on a line among the story's paragraphs is a link set into
 * the story, not the site's own. Every page here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

describe('places that need a second place', () => {
  it('takes no name from a foot line, a byline or a stamp alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nNorthwind Courier`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nBy Northwind Courier\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\nNorthwind | 5 October 2017 08:37\n\n${BODY}`), 'Unknown');
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
