import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: shapes of the top of a page from sites none of the rules were written from
// (issue 18, d4 dev shapes): a skip link after the scraper's stamp, a gallery's headline kicker,
// a headline in capitals printed twice over its standfirst.
const BODY = 'The harbour ferry left Porthaven an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 = 'Engineers checked the ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';

const clean = (top: string[]) => cleanText([...top, BODY, BODY2].join('\n\n'));

describe('title: the next site’s page', () => {
  it('reads a skip link after the scraper’s stamp as chrome, and a gallery kicker as part of the headline', () => {
    const headline = 'In pictures: Porthaven ferry stranded at the quay after ramp cracks';
    const out = clean([' date 2024-01-04 Jump to content', headline]);
    assert.equal(out.headline?.text, headline);
    assert.ok(out.dropped.some((d) => d.line === 1));
  });

  it('keeps a caption’s photo cue out of the headlines', () => {
    const headline = 'Porthaven ferry stranded at the quay';
    const out = clean([headline, 'The ferry at the quay on Monday Photo: Jane Doe']);
    assert.equal(out.headline?.text, headline);
  });

  it('takes a headline in capitals printed twice whose words the story repeats, not the standfirst under it', () => {
    const caps = 'PORTHAVEN FERRY RAMP CRACKS';
    const standfirst = 'Passengers waited for hours at the quay while engineers checked the loading ramp.';
    const out = clean([caps, caps, standfirst]);
    assert.equal(out.headline?.text, caps);
    assert.ok(out.kept.some((k) => k.text === standfirst));
  });

  it('still reads a menu in capitals over the story as chrome', () => {
    const headline = 'Porthaven ferry stranded at the quay after ramp cracks';
    const out = clean(['NEWS SPORT WEATHER TRAVEL', headline]);
    assert.equal(out.headline?.text, headline);
  });
});
