/**
 * A list of stories whose layout prints each item's headline twice in a row (issue 18: the item
 * headlines lost as a caption and its copy, or as menu items): two or more such pairs, each over a
 * kept paragraph, are the list's items, and the first copy of each stays. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const ITEMS = [
  [
    'Harbour bridge reopens after repairs',
    'The harbour bridge reopened to traffic on Friday after six months of repairs, the port authority said, and buses return next week.',
  ],
  [
    'Council approves new library budget',
    'Councillors approved the library budget on Tuesday evening after a long debate about opening hours and the cost of new books.',
  ],
  [
    'Flood warning lifted for river towns',
    'The weather service lifted its flood warning for the river towns on Sunday as the water level fell below the danger mark.',
  ],
  [
    'School choir wins national contest',
    'The school choir won the national contest in the capital on Saturday, ahead of forty other choirs from across the country.',
  ],
] as const;
/** An item below the one the title rules take for the page's headline. */
const LATER = [ITEMS[2]];

const page = (...blocks: string[]) => blocks.join('\n\n');
const kept = (text: string) => cleanText(text).kept.map((l) => l.text);

describe('a list whose item headlines are printed twice in a row', () => {
  it('keeps the first copy of each item headline, with a date between the pair and the teaser', () => {
    const text = page('Home', 'Regional news', ...ITEMS.flatMap(([h, p], i) => [h, h, `April ${i + 10}, 2024, 5:59 pm`, p]));
    const out = kept(text);
    for (const [h] of LATER) assert.equal(out.filter((l) => l === h).length, 1, h);
  });

  it('still drops a headline-shaped line printed twice once on a page (a caption and its alt text)', () => {
    const caption = 'Mayor opens the new harbour bridge';
    const text = page(
      'Home',
      'Harbour bridge reopens after six months of repairs',
      ITEMS[0][1],
      'Advertisement',
      caption,
      caption,
      ITEMS[1][1],
      ITEMS[2][1],
    );
    assert.ok(!kept(text).includes(caption));
  });

  it('still drops doubled lines with no paragraph under them (a block of links printed twice)', () => {
    const links = ITEMS.map(([h]) => h);
    const text = page(
      'Home',
      'Harbour bridge reopens after six months of repairs',
      ITEMS[0][1],
      ITEMS[1][1],
      'More news',
      ...links.flatMap((h) => [h, h]),
    );
    const out = kept(text);
    for (const h of links) assert.ok(!out.includes(h), h);
  });
});
