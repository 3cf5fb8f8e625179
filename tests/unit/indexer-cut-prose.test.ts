/**
 * The story's last paragraph cut off by the scraper (text-like, no sentence end, prose by a clause
 * comma, a sentence ended inside the line, or a comma at the cut) stays, above the page's closing
 * chrome and as the page's last line under a list label; other stories' headlines there still go.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const kept = (text: string) => cleanText(text).kept.map((l) => l.text);
const spaced = (...lines: string[]) => lines.join('\n\n');

const HEADLINE = 'Library to close after flood';
const PARAGRAPH_1 = 'The council voted on Tuesday to close the old library, which has stood empty since the flood of last spring.';
const PARAGRAPH_2 = 'Residents said they would ask the mayor to keep the building open for the reading groups that meet there.';

describe('a paragraph the scraper cut off at the story end', () => {
  it("keeps a clause cut mid-word above the page's closing chrome", () => {
    const cut = 'Over the years, the reading groups have met there on every Thursday of the mont';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, cut, 'Share this article')), [PARAGRAPH_1, PARAGRAPH_2, cut]);
  });

  it("keeps a line cut at a comma above the page's closing chrome (a site that writes no space after commas)", () => {
    const cut = 'It is a pity the way the staff treated them.they were friends,not enemies of the library,';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, cut, 'Share this article')), [PARAGRAPH_1, PARAGRAPH_2, cut]);
  });

  it("keeps the page's last line under a source line when a sentence ended inside it", () => {
    const cut = 'A smaller number of readers came in on Monday. Most of them were looking';
    const text = [HEADLINE, PARAGRAPH_1, PARAGRAPH_2, 'FROM THE NATIONAL LIBRARY REPORTING AGENCY', cut].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2, cut]);
  });

  it('keeps the story going on below a run of other headlines, cut off at the page end', () => {
    const run = [
      'Harbour Bridge Repairs Delayed Again Amid Steel Shortage Fears',
      'Town council approves new budget for the coming year',
      'Local school wins national science competition for second time',
    ];
    const cut =
      'The mayor said that the building, which the town bought from a shipping family in 1920, would be sold next year unless the reading groups and the schools broug';
    const text = [HEADLINE, PARAGRAPH_1, PARAGRAPH_2, 'READ MORE', ...run, cut].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2, cut]);
  });

  it("still drops a teaser's cut summary under its headline above the page's closing chrome", () => {
    const teaser = 'Harbour Bridge Repairs Delayed Again Amid Steel Shortage Fears';
    const cut = 'Over the years, the bridge has been closed to lorries on every Thursday of the mont';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, teaser, cut, 'Share this article')), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("still drops another story's headline above the page's closing chrome", () => {
    const teaser = 'Harbour Bridge Repairs Delayed Again Amid Steel Shortage Fears';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, teaser, 'Share this article')), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('still drops a headline with stop words and no clause above the chrome', () => {
    const teaser = 'Mayor promises a decision on the new ferry terminal in the spring';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, teaser, 'Share this article')), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('still drops a headline under a list label at the page end', () => {
    const teaser = 'Mayor promises a decision on the new ferry terminal in the spring';
    assert.deepEqual(kept(spaced(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, 'Related stories', teaser)), [PARAGRAPH_1, PARAGRAPH_2]);
  });
});
