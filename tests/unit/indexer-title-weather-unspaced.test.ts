/**
 * A short line beside a weather widget is the widget's place or condition; a headline in a script
 * written without spaces under the widget is not short for having one or two spaces (issue 18:
 * a Chinese headline under a site's weather line was dropped as the widget's neighbour and the
 * byline under it became the title). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

const STORY = [
  '市議會今天下午質詢警察局長,議員關心餐廳遭人潑灑蟑螂的事件,要求警方盡快查明主事者與動機,並說明後續的治安維護計畫與巡邏安排。',
  '警察局長回應,目前不排除任何可能,警方已經調閱附近的監視器畫面,也約談多名相關人士到案說明,將盡速把犯案的人移送法辦。',
];
const HEADLINE = '議員質詢蟑螂事件 警方:不排除任何可能';
const BYLINE = '2021-05-04 19:27 / 記者 王小明 台中報導';

describe('title: a headline without spaces beside a weather widget', () => {
  it('keeps a Chinese headline right under the weather line', () => {
    assert.equal(clean(['03/13 週五 台中市|17°C - 21°C', HEADLINE, BYLINE, ...STORY]).headline?.text, HEADLINE);
    assert.equal(clean(['台中市 18°C', HEADLINE, BYLINE, ...STORY]).headline?.text, HEADLINE);
  });

  it("still reads a short place name beside the temperature as the widget's", () => {
    assert.equal(clean(['台中市', '18°C', HEADLINE, BYLINE, ...STORY]).headline?.text, HEADLINE);
  });
});
