/**
 * A line printed twice under the page's headline is a picture's alt text and caption, not the
 * headline printed again (issue 18: the doubled caption outscored the headline above it on its
 * repeat). A headline printed twice under a line of chrome keeps its repeat. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

const STORY = [
  'The high court on Friday declined to give an opinion to the county council on who should fill the vacant mayor office until the election.',
  'The council had asked the court to advise on what happens when the deputy mayor declines to take up the office, a question the judges said was hypothetical.',
  'A bench of five judges said the court would not rule on a vacancy that had not yet happened, and sent the question back to the council.',
];

describe('title: a picture printed twice under the headline', () => {
  it('takes the headline over a caption printed twice (alt text and caption) under it', () => {
    const result = clean([
      'High court declines to rule on the vacant mayor office',
      'Court judges at the mayor office hearing',
      'Court judges at the mayor office hearing',
      'File',
      ...STORY,
    ]);
    assert.equal(result.headline?.text, 'High court declines to rule on the vacant mayor office');
  });

  it("takes the headline over a photographer's credit printed twice under it", () => {
    const result = clean(['What nobody says out loud before spring', 'Ill. Jane Doe', 'Ill. Jane Doe', 'Photo: Jane Doe', ...STORY]);
    assert.equal(result.headline?.text, 'What nobody says out loud before spring');
  });

  it('keeps the repeat of a headline printed twice under its title line with the site name', () => {
    const result = clean([
      'Club News',
      'Weekend cup round-up | Local news - Harbour Gazette',
      'Weekend cup round-up',
      '23 March 2014',
      'Club News',
      'Weekend cup round-up',
      '23 March 2014',
      'Every goal from every game of the weekend cup, with the scorers and the minutes they scored in, from all four grounds.',
      'The cup goes on next weekend with the second round, and the draw for the third is made on Monday night at the club.',
    ]);
    assert.equal(result.headline?.text, 'Weekend cup round-up');
  });

  it('keeps the repeat of a headline printed twice under a notice ending in a full stop', () => {
    const result = clean([
      'This article is more than five years old.',
      'High court declines to rule on mayor office',
      'Published 16 July 2021',
      'High court declines to rule on mayor office',
      ...STORY,
    ]);
    assert.equal(result.headline?.text, 'High court declines to rule on mayor office');
  });

  it('keeps the repeat of a headline printed twice under a shorter line above it', () => {
    const result = clean([
      'Court news from the county',
      'High court declines to rule on the vacant mayor office',
      'Published 16 July 2021',
      'High court declines to rule on the vacant mayor office',
      ...STORY,
    ]);
    assert.equal(result.headline?.text, 'High court declines to rule on the vacant mayor office');
  });
});
