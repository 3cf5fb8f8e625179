import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: a pun headline that shares no word with its story, under the page's skip links.
const PUN = 'A storm in a teacup';
const BODY =
  'Residents of the harbour district packed the council chamber on Tuesday evening to object to plans for a new ferry terminal beside the old market.';
const BODY2 = 'Councillors said they would publish the full plans next month and hold two more public meetings before any vote.';
const KO_HEADLINE = '항구 주민들 새 여객선 터미널 계획에 반대';
const KO_BODY =
  '항구 지역 주민들이 화요일 저녁 시의회 회의장을 가득 메우고 옛 시장 옆에 들어설 새 여객선 터미널 계획에 반대 의견을 밝혔습니다. 시의회는 다음 달 계획 전체를 공개하겠다고 말했습니다.';

describe('phrases: skip links and landmarks at the page top', () => {
  it('reads an English skip link with its keyboard hint as chrome', () => {
    assert.notEqual(phraseReason('Press "Enter" to skip to content'), null);
  });

  it('reads a run of Korean skip links and the text landmark as navigation', () => {
    assert.equal(phraseReason('서비스 메뉴 바로가기 본문 바로가기 기사 목록 바로가기'), 'navigation');
    assert.equal(phraseReason('본문 바로가기'), 'navigation');
    assert.equal(phraseReason('기사 본문 영역'), 'navigation');
  });

  it('reads Japanese and Chinese skip links as navigation', () => {
    assert.equal(phraseReason('メニューを飛ばして本文へ'), 'navigation');
    assert.equal(phraseReason('跳到主要内容'), 'navigation');
  });

  it('leaves a Korean line that only mentions a shortcut alone', () => {
    assert.equal(phraseReason('바로가기'), null);
    assert.equal(phraseReason(KO_HEADLINE), null);
  });
});

describe('title: skip links above a headline', () => {
  it('do not take the place of a headline that shares no word with its story', () => {
    const page = ['Press "Enter" to skip to content', '', PUN, '', BODY, '', BODY2];
    assert.equal(headlineOf(page), PUN);
  });

  it('do the same in Korean', () => {
    const page = ['서비스 메뉴 바로가기 본문 바로가기 기사 목록 바로가기', '', KO_HEADLINE, '', KO_BODY];
    assert.equal(headlineOf(page), KO_HEADLINE);
  });
});
