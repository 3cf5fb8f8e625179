import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: pages stored without a headline, and a standfirst printed twice under a headline and its stamp.
const LEAD =
  'A video of two harbour wardens stopping a fisherman on the quay has spread on social media, and the town council said on Monday that it would look into the wardens’ conduct.';
const SUBHEADING = 'Harbour wardens video spreads on social media';
const PARAGRAPH =
  'The fisherman said he had reported a broken mooring first, but nobody took the report, and the wardens stopped him while he was unloading his catch with his children.';
const PARAGRAPH2 =
  'The council said the wardens had acted on a complaint from a boat owner, and that it would publish its findings once both sides had been heard by the harbour board.';

const clean = (lines: string[]) => cleanText(lines.join('\n'));
const keptTexts = (lines: string[]) => clean(lines).kept.map((k) => k.text);

describe('pages stored from their body on', () => {
  it('takes no headline under an opening paragraph that carries the scraper date stamp', () => {
    const page = [` date 2025-03 ${LEAD}`, '', SUBHEADING, '', PARAGRAPH, '', PARAGRAPH2];
    assert.equal(clean(page).headline, null);
    assert.ok(keptTexts(page).includes(SUBHEADING));
  });

  it('still takes the headline under a teaser that has no stamp', () => {
    const page = [LEAD, '', SUBHEADING, '', PARAGRAPH, '', PARAGRAPH2];
    assert.equal(clean(page).headline?.text, SUBHEADING);
  });

  it('reads a sentence signed after a slash as the text it is, not a headline under the opening', () => {
    const opening =
      'The harbour board is looking for another operator for the night ferry after the current one said it would stop the service by the end of the year.';
    const signed =
      'Until a new operator is found, passengers from the outer islands will keep using the current boats and the old timetable on the route. /hb-xyz';
    const page = [opening, signed];
    assert.equal(clean(page).headline, null);
    assert.deepEqual(keptTexts(page), [opening, signed]);
  });
});

describe('a standfirst printed twice under its headline', () => {
  const headline = 'Summer tour: the radio van visits the villages';
  const standfirst =
    'On Saturday we will be in the valley villages, and on Sunday at the regatta on the mill island, with the van and the whole morning team on air';
  const page = [headline, '', '2024-06-22, 09:50 Newsroom', standfirst, '', standfirst, '', PARAGRAPH, '', PARAGRAPH2];

  it('keeps the headline above it, not the copy', () => {
    assert.equal(clean(page).headline?.text, headline);
  });

  it('keeps one copy of the standfirst as text', () => {
    assert.equal(keptTexts(page).filter((t) => t === standfirst).length, 1);
  });
});
