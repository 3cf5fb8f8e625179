import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineOf } from '../helpers/headline.ts';

// Invented pages: a title line with the site's name joined to the headline and no cleaner copy of
// the headline below, where only another place on the page (a byline, a footer, a masthead) shows
// that the name is the site's and not the headline's last or first words.

const BODY = [
  '',
  'The harbour ferry company said on Monday that fares on the island route would rise again from next month, the second rise this year.',
  '',
  'Passengers waiting at the quay said the crossing was already the dearest in the region and that many would now take the long road instead.',
];

describe('title: a site name the page names elsewhere, without a copy of the headline', () => {
  it('cuts a name that a byline line ends with ("Jane Doe - Site")', () => {
    const headline = 'Ferry Fares Rise Again On The Island Route';
    const page = [`${headline} - Coast Courier`, 'Jane Doe - Coast Courier', ...BODY];
    assert.equal(headlineOf(page), headline);
  });

  it('cuts a brand in lower case with an inner capital that the page prints alone', () => {
    const headline = 'Ferry fares rise again on the island route';
    const page = [`${headline} - coastNews`, ...BODY, '', 'coastNews'];
    assert.equal(headlineOf(page), headline);
  });

  // The same story in Korean, with the site's name printed alone at its foot.
  const KOREAN_HEADLINE = '항구 여객선 요금 다음 달부터 다시 오른다';
  const korean = (titleLine: string) => [
    titleLine,
    '',
    '여객선 회사는 월요일 섬 노선의 요금을 다음 달부터 다시 올린다고 밝혔습니다. 올해 들어 두 번째 인상입니다.',
    '',
    '부두에서 배를 기다리던 승객들은 이미 지역에서 가장 비싼 노선이라며 많은 사람이 먼 길을 돌아갈 것이라고 말했습니다.',
    '',
    '바다일보',
  ];

  it('cuts a suffix in a script without case that the page prints alone', () => {
    assert.equal(headlineOf(korean(`${KOREAN_HEADLINE} - 바다일보`)), KOREAN_HEADLINE);
  });

  it('cuts a prefix in a script without case that the page prints alone', () => {
    assert.equal(headlineOf(korean(`바다일보 - ${KOREAN_HEADLINE}`)), KOREAN_HEADLINE);
  });

  it('cuts a site prefix before a short headline when a © line names the site', () => {
    const page = ['Coast Courier - Ferry Fares Rise', ...BODY, '', '© 2024 Coast Courier. All rights reserved.'];
    assert.equal(headlineOf(page), 'Ferry Fares Rise');
  });

  it('keeps a fixture in a match report whole when a short line echoes the pair', () => {
    const headline = 'Porthaven United – Cliffside 1-2! A late goal wins it for the visitors';
    const page = [
      headline,
      '',
      'Porthaven United - Cliffside / Porthaven United',
      '',
      'Porthaven United lost at home on Saturday when the visitors scored twice in the last ten minutes after a quiet first half.',
      '',
      'The home side had led through a header from a corner, but tired badly and the coach said afterwards the team had stopped running.',
    ];
    assert.equal(headlineOf(page), headline);
  });

  it('keeps a prefix before a headline in lower case ("Name - what next")', () => {
    const page = ['Coast Courier - what the fare rise means', ...BODY, '', '© 2024 Coast Courier. All rights reserved.'];
    assert.equal(headlineOf(page), 'Coast Courier - what the fare rise means');
  });
});
