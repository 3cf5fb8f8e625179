/**
 * Story lines next to page furniture (task 18loss): a rule that reads a line's neighbours must not
 * take the story's own line because a share row, a credit or an ad slot sits beside it. Fixtures
 * are invented text in the shapes scraped pages have; each failed before the fix it names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const spaced = (...lines: string[]) => lines.join('\n\n');
const reasonOf = (text: string, line: string) => {
  const r = cleanText(text);
  if (r.kept.some((k) => k.text === line)) return 'kept';
  return r.dropped.find((d) => d.text === line)?.reason ?? 'missing';
};

const HEADLINE = 'Town council weighs the future of the old library';
const BYLINE = 'By Jane Example';
const STAMP = 'Published 3 March 2024';
const FOOTER = '© Example Gazette 2024. All rights reserved.';
const PARAGRAPH_1 = 'The council voted on Tuesday to close the old library, which has stood empty since the flood of last spring.';
const PARAGRAPH_2 = 'Residents said they would ask the mayor to keep the building open for the reading groups that meet there.';
const PARAGRAPH_3 = 'A final decision on the sale of the site is expected at the next meeting of the planning committee in May.';

describe('a caption verb in a sentence is the story’s (captions.ts)', () => {
  it('keeps a lead whose "take part in" follows a modal, under a share row', () => {
    const lead = 'The mayor has said she will not take part in a televised debate with her rivals before the vote.';
    const page = spaced(HEADLINE, BYLINE, 'Share on Facebook', lead, PARAGRAPH_1, PARAGRAPH_2, FOOTER);
    assert.equal(reasonOf(page, lead), 'kept');
  });

  it('keeps a lead whose verb follows an infinitive mark or a relative pronoun', () => {
    const infinitive = 'Hundreds of pupils across the county are to take part in a mock election run by the council.';
    const relative = 'Shoppers are being warned about a text message that poses as a parcel delivery notice.';
    for (const lead of [infinitive, relative]) {
      const page = spaced(HEADLINE, STAMP, 'Picture: Example Agency', lead, PARAGRAPH_1, PARAGRAPH_2, FOOTER);
      assert.equal(reasonOf(page, lead), 'kept', lead);
    }
  });

  it('still drops a caption next to its credit', () => {
    const caption = 'Mayor Jane Example poses for a photograph outside the library on Tuesday';
    const page = spaced(HEADLINE, BYLINE, PARAGRAPH_1, 'Picture: Example Agency', caption, PARAGRAPH_2, PARAGRAPH_3, FOOTER);
    assert.equal(reasonOf(page, caption), 'caption');
  });
});

describe('a share row carries no pitch (prompt-blocks.ts)', () => {
  it('keeps a lead that speaks to the reader under a share row', () => {
    for (const share of ['Share this article', 'Share', 'Share on Facebook']) {
      const lead = 'If you own an electric bike, new rules on charging batteries at home could change how you ride.';
      const page = spaced(HEADLINE, BYLINE, STAMP, share, lead, PARAGRAPH_1, PARAGRAPH_2, FOOTER);
      assert.equal(reasonOf(page, lead), 'kept', share);
    }
  });

  it('keeps a lead that names subscriptions under a share row', () => {
    const lead = 'Strong growth in subscriptions to its streaming service has lifted profits at the media group.';
    const page = spaced(HEADLINE, STAMP, 'Share this story', lead, PARAGRAPH_1, PARAGRAPH_2, FOOTER);
    assert.equal(reasonOf(page, lead), 'kept');
  });

  it('still drops a pitch beside a subscribe button', () => {
    const pitch = 'Get the stories that matter to you in your inbox every morning.';
    const page = spaced(HEADLINE, BYLINE, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, pitch, 'Subscribe now', FOOTER);
    assert.equal(reasonOf(page, pitch), 'promotion');
  });
});

describe('an ad slot inside the text begins no closing chrome (classify.ts)', () => {
  const lineUp = [
    'Northtown: Doe, Roe, Smith, Jones (Brown 60), Green, White, Black, Grey, Stone, Wood, Field.',
    'Subs not used: Hill, Dale.',
    'Booked: Smith, Jones.',
    'Att: 12,345.',
  ];
  it('keeps the story’s line-up under an ad slot after its last paragraph', () => {
    for (const slot of ['Advertisement', 'Anzeige', 'Publicidad']) {
      const page = spaced(HEADLINE, BYLINE, STAMP, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, slot, ...lineUp, FOOTER);
      for (const line of lineUp) assert.equal(reasonOf(page, line), 'kept', `${slot}: ${line}`);
    }
  });

  it('still drops a lone label under an ad slot at the page’s end', () => {
    const label = 'Local sport';
    const page = spaced(HEADLINE, BYLINE, STAMP, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, 'Advertisement', label);
    assert.notEqual(reasonOf(page, label), 'kept');
  });

  it('still drops short lines after the page’s closing chrome has begun', () => {
    const page = spaced(HEADLINE, BYLINE, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, 'Share this article', 'Weather', 'Traffic', FOOTER);
    assert.notEqual(reasonOf(page, 'Weather'), 'kept');
  });
});
