import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyHeadingBelow } from '../../indexer/clean/title-story-heading.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: lines about other things (a live-coverage banner, another story's headline, a
// channel's prompt) stacked over the story's headline, which the story's paragraphs repeat.

const HEADLINE = 'Harbour deputies arrest man for shining laser at ferry pilots';
const BODY =
  'PORTHAVEN – Harbour deputies arrested a man on Friday for shining a laser at the pilots of two ferries as they entered the harbour at night, the sheriff said.';
const BODY2 = 'The pilots told deputies the laser hit them in the eyes and left them unable to see the harbour lights for several seconds.';
const BODY3 = 'Deputies found the laser in the man’s coat pocket. He faces two charges of endangering a vessel.';
/** The story's text under its headline. */
const TEXT = ['', BODY, '', BODY2, '', BODY3];

describe('title: the story’s heading under lines about other things', () => {
  it('takes the headline the story repeats over a banner and other stories above it', () => {
    const page = [
      'Breaking News',
      'Live coverage: Senate committee hears budget testimony',
      'Watch Now',
      'Stream Channel 9 online today',
      '',
      HEADLINE,
      '',
      'Posted: / Updated:',
      ...TEXT,
    ];
    assert.equal(headlineOf(page), HEADLINE);
  });
});

describe('title: the story’s heading under a column of other stories’ teasers', () => {
  // Each teaser's heading agrees with its own paragraph; only the text under the last one is the story's.
  const page = [
    'Minute by Minute',
    '',
    'Culture Singer asks court to close the copyright case against his former label',
    'Lawyers for the singer said the complaint should have been filed in another country years ago',
    'Economy Fund expects the regional economy to grow faster next year than forecast',
    'The fund raised its outlook for growth after a stronger second quarter than expected',
    'National Ministry says the foreign navy ship that docked at Porthaven harbour had permission',
    'Officials stressed that such visits are part of the usual cooperation between the two navies',
    HEADLINE,
    ...TEXT,
  ];

  it('takes the headline the story under every candidate repeats', () => {
    assert.equal(headlineOf(page), HEADLINE);
  });
});

describe('storyHeadingBelow', () => {
  const line = (shared: number, words: number, headlineShaped = true) => ({ shared, words, headlineShaped });

  it('moves to the first candidate the story repeats under lines sharing at most one word', () => {
    assert.equal(storyHeadingBelow([line(0, 2), line(1, 6), line(0, 5), line(6, 6)], 1), 3);
  });

  it('stays when a line above shares two words, when the candidate is repeated only in part, or is no headline', () => {
    assert.equal(storyHeadingBelow([line(2, 7), line(5, 6)], 0), 0);
    assert.equal(storyHeadingBelow([line(0, 3), line(3, 8)], 0), 0);
    assert.equal(storyHeadingBelow([line(0, 3), line(2, 2)], 0), 0);
    assert.equal(storyHeadingBelow([line(0, 3), line(3, 3, false)], 0), 0);
  });

  it('with fewOfTheirOwn, passes a line above sharing two words or more when they are under a third of its words', () => {
    assert.equal(storyHeadingBelow([line(0, 2), line(2, 9), line(4, 4)], 0, { fewOfTheirOwn: true }), 2);
    assert.equal(storyHeadingBelow([line(0, 2), line(2, 6), line(4, 4)], 0, { fewOfTheirOwn: true }), 0);
    assert.equal(storyHeadingBelow([line(0, 2), line(2, 9), line(4, 4)], 0), 0);
  });
});
