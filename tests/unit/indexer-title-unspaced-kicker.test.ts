import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

// Invented text: a Chinese headline with its kind ("exclusive") as a kicker before a slash.
const HEADLINE = '港口渡輪票價明年起調漲兩成 市議會今日通過';
const BODY =
  '市議會今天下午以多數票通過港口渡輪票價調整案,明年一月起單程票價將調漲兩成,議員表示燃料與人事成本上升是主因,市府將同時推出長者與學生優惠方案,以減輕通勤民眾的負擔。';
const BODY2 = '渡輪公司表示,調漲後的收入將用於更新船隊與碼頭設施,預計三年內完成兩艘新船的建造,並改善候船室的空調與座位。';

const headlineOf = (first: string) => cleanText([first, '', BODY, '', BODY2].join('\n')).headline?.text;

describe('title: a kicker of a few characters before a slash, in a script without spaces', () => {
  it('takes the headline after the kicker', () => {
    assert.equal(headlineOf(`獨家/${HEADLINE}`), HEADLINE);
  });

  it('leaves two names joined by a slash over a short headline', () => {
    const pair = '北市/新北 合辦渡輪節';
    assert.equal(headlineOf(pair), pair);
  });
});
