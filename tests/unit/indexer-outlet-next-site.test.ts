/**
 * Where the next site's page names itself (issue 18, task 18out2): a dateline whose town opens
 * with a name's prefix ("DeSOTO PARISH (EXTV) —"), the site's address before the town ("EXAMPLE.CO.ID,
 * TOWN --"), an East Asian © notice with its reproduction ban, the first crumb after "You are
 * here", "the news of EXAMPLE on Google News", the Korean lead credit ("[Example] …", "(TOWN=Example)"); and what names no one: a press release's heading,
 * a sentence's "expressed by" agent. Every page and every outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const KO_HEADLINE = '시내 버스 노선 봄부터 바뀐다';
const KO_STORY = [
  '시는 봄부터 시내 버스 노선 일부를 바꾼다고 밝혔다. 새 노선은 주민 의견을 반영해 출퇴근 시간의 혼잡을 줄이는 데 초점을 맞췄다.',
  '시 관계자는 정류장 안내판도 함께 바꿀 예정이라며 시민들의 양해를 부탁한다고 말했다. 변경된 시간표는 누리집에서 볼 수 있다.',
].join('\n\n');

describe('where the next site names itself', () => {
  it('reads a dateline whose town in capitals opens with a prefix', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nMcALLEN, Texas (KXMP) — ${BODY}`), 'KXMP');
  });

  it('reads the address before the town opening the story', () => {
    // Named as the page spells it (outlet-domain-name.ts).
    assert.equal(outletOf(`${HEADLINE}\n\nHARBOURNEWS.CO.ID, TANJUNG -- ${BODY}`), 'HARBOURNEWS.CO.ID');
  });

  it('reads the holder of a Korean notice, past its motto, its brackets and its other name', () => {
    assert.equal(outletOf(`${KO_HEADLINE}\n\n${KO_STORY}\n\n©'지역 대표 신문' 항구일보. 무단전재·재배포 금지`), '항구일보');
    assert.equal(outletOf(`${KO_HEADLINE}\n\n${KO_STORY}\n\nCopyright ⓒ HBN(항구방송) 무단전재 및 재배포 금지`), 'HBN');
  });

  it('reads the Korean lead credit, not a label in brackets nor a wire', () => {
    const [first, second] = KO_STORY.split('\n\n');
    assert.equal(outletOf(`${KO_HEADLINE}\n\n[항구일보] ${first}\n\n${second}`), '항구일보');
    assert.equal(outletOf(`${KO_HEADLINE}\n\n(부산=항구방송) 김하나 기자 = ${first}\n\n${second}`), '항구방송');
    assert.equal(outletOf(`${KO_HEADLINE}\n\n[단독] ${first}\n\n${second}`), 'Unknown');
    assert.equal(outletOf(`${KO_HEADLINE}\n\n(서울=연합뉴스) 김하나 기자 = ${first}\n\n${second}`), 'Unknown');
  });

  it('reads the first crumb after "You are here", not "Home"', () => {
    assert.equal(outletOf(`您现在的位置: 港湾网 >> 新闻中心 >> 正文\n\n${HEADLINE}\n\n${BODY}`), '港湾网');
    assert.equal(outletOf(`You are here: Home > News > Local\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
  });

  it('reads the site in "the news of EXAMPLE on Google News"', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSee all the news of HARBOURVIEW on Google News`), 'HARBOURVIEW');
  });

  it('takes no press release heading, nor a sentence’s agent, for a site', () => {
    assert.equal(outletOf(`MEDIA ADVISORY\n\n${HEADLINE}\n\n${BODY}`), 'Unknown');
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\nSimilar views were expressed by Council Leader Jane Harbour.`), 'Unknown');
  });

  it('reads a masthead without its word for "site"', () => {
    assert.equal(outletOf(`Liman Haber Sitesi\n\n${HEADLINE}\n\n${BODY}`), 'Liman Haber');
  });
});
