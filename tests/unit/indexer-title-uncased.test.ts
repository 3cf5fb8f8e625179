import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented text in scripts without capital letters. Every line of such a script lacks lower case,
// so the shape "no lower case, no function word" of a menu in capitals says nothing about it: a
// headline of theirs is no caps menu.

describe('title: headlines in scripts without case', () => {
  it('takes an Arabic headline over its stamp line, not the stamp', () => {
    const headline = 'الشرطة تغلق الطريق الساحلي بعد انهيار جزء من الجسر القديم';
    const page = [
      headline,
      'نشر قبل ساعتين - المشاهدات 12',
      '',
      'قالت الشرطة في بيان صباح اليوم إن الطريق الساحلي سيبقى مغلقا أمام السيارات حتى ينتهي المهندسون من فحص الجسر القديم بالكامل.',
      'وأضاف البيان أن الحافلات ستسلك طريقا بديلا عبر وسط المدينة وأن الرحلات قد تتأخر نصف ساعة على الأقل خلال الأيام المقبلة.',
    ];
    assert.equal(headlineOf(page), headline);
  });

  it('takes a Korean headline over its one-sentence lead, not the lead', () => {
    const headline = '해안도로 옛 다리 일부 붕괴로 전면 통제';
    const page = [
      headline,
      '',
      '경찰은 오늘 오전 해안도로의 옛 다리 일부가 무너져 차량 통행을 전면 통제한다고 밝혔습니다.',
      '',
      '시는 버스 노선을 도심 쪽으로 바꾸고 점검이 끝날 때까지 최소 일주일 동안 우회 운행을 한다고 설명했습니다. 주민들은 출퇴근 시간이 크게 늘어날 것이라며 불편을 호소했습니다.',
    ];
    assert.equal(headlineOf(page), headline);
  });

  it('still skips a menu in capitals of a cased script above the headline', () => {
    const page = [
      'NEWS SPORT WEATHER TRAVEL',
      'Coast road shut after part of the old bridge collapses',
      '',
      'Police said on Monday morning that the coast road would stay closed to cars until engineers had checked the whole of the old bridge.',
    ];
    assert.equal(headlineOf(page), 'Coast road shut after part of the old bridge collapses');
  });
});
