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

  it('keeps the story’s state before its headline ("UPDATE:"), and still cuts a section kicker in capitals', () => {
    const headline = 'Porthaven ferry stranded at the quay after ramp cracks';
    assert.equal(clean([`UPDATE: ${headline}`]).headline?.text, `UPDATE: ${headline}`);
    assert.equal(clean([`HARBOURSIDE: ${headline}`]).headline?.text, headline);
  });

  it('reads a caption printed twice with an agency credit in brackets as no headline', () => {
    const headline = 'Porthaven ferry stranded at the quay';
    const standfirst = 'Hundreds of passengers are stuck as engineers check the loading ramp of the harbour ferry at the quay.';
    const caption = 'Passengers waited on the quay for most of Monday morning [AFP]';
    assert.equal(clean([headline, standfirst, caption, caption]).headline?.text, headline);
  });

  it('takes the headline printed again below with words added, not the subtitle under it', () => {
    const headline = 'Ferry talks collapse';
    const subtitle = 'Union says the offer was never on the table';
    const out = clean(['NewsPorthavenLOCAL NEWS', headline, subtitle, 'Ferry talks at the harbour collapse', subtitle]);
    assert.equal(out.headline?.text, headline);
  });

  it('cuts a domain after a pipe from a headline in a script without spaces, or quoted in guillemets', () => {
    const cjk = '港口渡轮停航乘客滞留码头';
    assert.equal(clean([`${cjk} | harbourgazette.com`]).headline?.text, cjk);
    const quoted = '«Die Fähre fährt nicht mehr»';
    assert.equal(clean([`${quoted} | harbourgazette.com`]).headline?.text, quoted);
  });

  it('reads a page title of cells whose first is a headline the story repeats as the title, not a menu', () => {
    const headline = 'Porthaven ferry ramp cracks';
    assert.equal(clean([`${headline} | Local news | Harbour Gazette`]).headline?.text, headline);
  });
});
