import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLoneTeaser } from '../../indexer/clean/lone-teaser.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: another story's headline and a long one-paragraph summary of it above the
// story's own headline and its run of paragraphs.

const TEASER_HEAD = 'Orchard growers count losses after late spring frost';
const TEASER =
  'Apple and pear growers across the northern valleys are counting their losses after a late spring frost blackened blossom on thousands of trees overnight, with some orchards expecting to lose most of this year’s harvest, while cooperatives warned that prices for fruit in shops could climb sharply by autumn and asked regional authorities for emergency support with insurance claims and seasonal wages.';
const HEADLINE = 'Lighthouse keeper’s cottage reopens as maritime museum';
const BODY = [
  'The lighthouse keeper’s cottage on Gull Point reopened on Saturday as a small maritime museum, after three years of restoration by volunteers.',
  'Volunteers rebuilt the cottage roof, restored the keeper’s kitchen and collected logbooks, lamps and charts donated by the families of former keepers.',
  'The museum will open at weekends until October, and the volunteers hope to run guided walks to the lighthouse from next summer.',
];

describe('title: a lone teaser paragraph of another story above the story', () => {
  it('takes the headline over the story’s run, not the teaser’s', () => {
    const page = [TEASER_HEAD, '', TEASER, '', HEADLINE, '', ...BODY.flatMap((b) => [b, ''])];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('reads the teaser as a lone teaser, and not the story’s own lead or a teaser over a shorter run', () => {
    const lead =
      'Volunteers reopened the lighthouse keeper’s cottage on Gull Point on Saturday as a maritime museum, after restoring the cottage roof, the keeper’s kitchen and the old lamps over three years, and the museum will show logbooks and charts donated by the families of former keepers who lived at the lighthouse through the long winters of the last century.';
    assert.equal(isLoneTeaser(contentLines([TEASER, HEADLINE, ...BODY]), 0, SHAPES), true);
    assert.equal(isLoneTeaser(contentLines([lead, 'Museum to open at weekends until October', ...BODY]), 0, SHAPES), false);
    assert.equal(isLoneTeaser(contentLines([TEASER, HEADLINE, BODY[0]!]), 0, SHAPES), false);
  });

  it('keeps a long lead that shares the story’s words as the story’s start', () => {
    // The story's own lead over a subheading: it repeats the run's words, so it is no teaser.
    const lead =
      'Volunteers reopened the lighthouse keeper’s cottage on Gull Point on Saturday as a maritime museum, after restoring the cottage roof, the keeper’s kitchen and the old lamps over three years, and the museum will show logbooks and charts donated by the families of former keepers who lived at the lighthouse through the long winters of the last century.';
    const page = [HEADLINE, '', lead, '', 'Museum to open at weekends until October', '', ...BODY.flatMap((b) => [b, ''])];
    assert.equal(headlineOf(page), HEADLINE);
  });
});

const SHAPES = {
  isParagraph: (text: string) => text.split(' ').length >= 12,
  isHeading: (text: string) => text.split(' ').length < 12,
};

function contentLines(texts: string[]): ContentLine[] {
  return texts.map((text, i) => ({ line: i + 1, text, reason: null, heading: false, words: text.split(' ').length }));
}
