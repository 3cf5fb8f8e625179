import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a two-word section in sentence case right above a short headline, then the story.
// The headlines share no word with the story (a pun, a quote): no agreement speaks for them.
const BODY =
  'The harbour ferry left Porthaven an hour late on Monday after the crew found a crack in the ramp, the operator said in a statement.';
const BODY2 = 'Passengers waited on the quay while engineers checked the ramp, and the evening crossing was cancelled.';

const page = (...top: string[]) => [...top, '', BODY, '', BODY2].join('\n');

describe('title: a two-word section over a short headline', () => {
  for (const headline of ['All at sea', 'Commuters left stranded again', 'Another bad start, says commuter']) {
    it(`takes "${headline}" under "Local news", not the section`, () => {
      assert.equal(cleanText(page('Local news', headline)).headline?.text, headline);
      assert.equal(cleanText(page('Local news', '', headline)).headline?.text, headline);
    });
  }

  it('keeps a two-word headline over a line of one word more that is no sentence', () => {
    // Only a longer line makes the upper one a section: two lines of two words are read as before.
    assert.equal(cleanText(page('All ashore', 'Grim morning')).headline?.text, 'All ashore');
  });

  it('does not take a Chinese headline, one word between spaces, for a section over a credit line', () => {
    // Counted between spaces, the headline has two words and the credit under it five.
    const headline = '渡輪延誤 港口混亂旅客無奈';
    const top = ['回到頂端', '', headline, '', '港口日報/快訊! 記者 王小明 2024.05.06 18:30'];
    const body = '渡輪週一因跳板出現裂縫而延誤一小時,營運商在聲明中表示,工程師正在檢查,晚班渡輪已經取消。';
    assert.equal(cleanText([...top, '', body, '', body].join('\n')).headline?.text, headline);
  });
});
