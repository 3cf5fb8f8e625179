/**
 * A two-digit year's date alone on its line (issue 18, thirty-second session): "24.04.08" above the headline, right
 * above it under a kicker, or under the story's last paragraph is the page's stamp, as a four-digit one there is
 * (3 pages, 3 sites, 3 sets: a blog, a portal, a newspaper's live page). With a word or a number beside it, with
 * dashes, or as one of a column of dates it is not read. The pages are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, HEADLINE, P1, P2, P3 } from '../helpers/harbour-board-story.ts';

const STORY = [HEADLINE, P1, P2, P3];

describe("a two-digit year's date alone on its line", () => {
  it('dates the page above the headline, under a kicker, or at the foot of the story', () => {
    assert.equal(dateOf(['3.9.11', ...STORY]), '2011-09-03');
    assert.equal(dateOf(['Harbour', 'Bridge works', '17.05.15', ...STORY]), '2015-05-17');
    assert.equal(dateOf([...STORY, '24/04/08']), '2008-04-24');
  });

  it('is refused with a word, a number or a bullet beside it, or written with dashes', () => {
    assert.equal(dateOf(['Version 3.4.19', ...STORY]), undefined);
    assert.equal(dateOf([...STORY, 'Build 24.04.08']), undefined);
    assert.equal(dateOf([...STORY, '24.04.08 12']), undefined);
    assert.equal(dateOf(['3-4-19', ...STORY]), undefined);
  });

  it('is refused as a year before the web, and as one of a column of dates under the story', () => {
    assert.equal(dateOf([...STORY, '24.04.68']), undefined);
    assert.equal(dateOf([...STORY, '24.04.08', '12.03.08', '02.01.08']), undefined);
  });

  it('at the foot, gives way to the stamp under the headline', () => {
    assert.equal(dateOf([HEADLINE, 'Published 2 May 2019', P1, P2, P3, '24.04.08']), '2019-05-02');
  });
});

describe('a two-digit year first', () => {
  it('is no stamp on a page in a script whose writers put the year first (Korean, Japanese, Chinese)', () => {
    // "24.04.08" is 8 April 2024 on a Korean site and would read as 24 April 2008: no year beats a wrong one.
    const korean = '항만위원회는 다음 달 여객선 요금 인상안을 표결에 부칠 예정이다.';
    assert.equal(dateOf(['24.04.08', HEADLINE, korean, P1, P2]), undefined);
    assert.equal(dateOf(['24.04.08 15:28', HEADLINE, korean, P1, P2]), undefined);
    const japanese = '港湾委員会は来月、フェリー運賃の値上げ案を採決する予定だ。';
    assert.equal(dateOf([HEADLINE, japanese, P1, P2, '24/04/08']), undefined);
  });
});
