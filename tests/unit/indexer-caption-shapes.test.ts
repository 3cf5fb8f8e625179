/**
 * Captions told by their shape alone (indexer/clean/caption-shapes.ts), with no cue word of any
 * language: each rule has body lines of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { HEADLINE, P1, P2, reasonOf, assertCaptions, assertKept } from '../helpers/caption-fixture.ts';

describe('a caption closed by a credit in brackets', () => {
  it('drops it wherever it sits, though no cue word names it', () => {
    assertCaptions([
      'Cranes lift the last steel cable into place above the water (Jane Doe/Harbour Press)',
      'The bridge at dawn, seen from the north pier (Snimka: Ana Kovač).',
      'Workers on the deck of the bridge in March (Harbour Press | Tom van Berg)',
    ]);
  });

  it('keeps prose that closes on a bracket: an abbreviation, a party, a place, figures, words', () => {
    assertKept([
      'The works were paid for by the regional transport fund (RTF).',
      'The motion was carried with the votes of Jane Doe (Greens) and Tom Berg (Liberal Party).',
      'Revenue rose by 11% to £4.1 million (H1-2024: £3.7 million)',
      'The first ferry left for the islands at noon (New Harbour and Old Quay).',
      'Repairs took longer than planned (the steel came late/from abroad).',
    ]);
  });
});

describe('a caption with a bare credit after a slash or a bar or after its sentence, or a slash credit glued to its start', () => {
  it('drops it wherever it sits, though no cue word names it', () => {
    assertCaptions([
      'Cranes lift the last steel cable into place above the water / Jane Doe',
      'Workers on the deck of the bridge in March | Harbour Press',
      'Jane Doe/Harbour Press The mayor opens the bridge to traffic on Friday morning, a day early.',
      'The mayor cuts the ribbon on the quay in Riverside, Monday, March 3, 2025. Jane Doe/Pool via Harbour Press',
    ]);
  });

  it('keeps fixtures, places and prose with slashes, and a credit tail with figures', () => {
    assertKept([
      'Riverside/Northfield v Old Town fans will share the east stand on Saturday.',
      'The ferry runs every hour on weekdays and/or every half hour at weekends / Harbour Press',
      'Tickets for the bridge walk cost 5 euros / Harbour Trust 2024',
      'Riverside Harbour/North Quay will be closed to cars until the works end.',
      'The ferry leaves at noon. Tickets are sold at the harbour/online.',
      'Prices rose again in March. Source: Harbour Office/Statistics Board 2024',
    ]);
  });

  it('leaves a byline and a breadcrumb to their own rules', () => {
    for (const line of ['Jane Doe | Harbour Press', 'Home / News / Harbour bridge to reopen after repairs'])
      assert.notEqual(reasonOf([HEADLINE, '', line, '', P1, '', P2], line), 'caption', line);
  });
});

describe("an image's label alone on its line, in more languages", () => {
  it('drops it as a caption', () => {
    for (const label of [
      'Снимка:',
      'Снимки',
      'Снимок',
      'Світлина',
      'Слика:',
      'Nuotr.',
      'Nuotrauka',
      'Attēls',
      'صورة',
      'צילום',
      'عکس',
      '사진',
      'फोटो',
    ])
      assert.equal(phraseReason(label), 'caption', label);
  });

  it('keeps a sentence that uses the word', () => {
    for (const line of ['Снимка на деня показва пристанището.', 'Слика показује мост.']) assert.equal(phraseReason(line), null, line);
  });
});

describe('a caption closed by a labelled credit with a second label', () => {
  it('drops it', () => {
    const caption = 'The old harbour office, now closed, seen from the quay. Foto: Archiv: Jane Doe';
    assert.equal(phraseReason(caption), 'caption');
  });

  it('keeps a sentence with two colons', () => {
    assert.equal(phraseReason('The council voted on two items: the bridge and the photo: a mural for the quay.'), null);
  });
});

describe("a caption opened by its picture's label and credit", () => {
  it('drops it at any length', () => {
    assertCaptions([
      'Foto: Jane Doe The mayor opens the bridge to traffic on Friday morning. Workers watch from the quay.',
      'Ảnh: Jane Doe Cầu cảng mở cửa trở lại sau sáu tháng sửa chữa. Công nhân đứng trên cầu.',
    ]);
  });

  it('keeps prose that names a photo', () => {
    assertKept([
      'Photos of the bridge at dawn were shown at the council meeting on Monday.',
      'The photo shows the bridge at dawn: cranes, cables and the empty road.',
    ]);
  });
});

describe("a caption's sentence signed by an agency after its full stop", () => {
  it('drops it', () => {
    assertCaptions(['Cranes lift the last steel cable into place above the water on Friday. Reuters']);
  });

  it('keeps a paragraph that names the agency inside it', () => {
    assertKept(['The figures were first reported by Reuters. Officials confirmed them on Friday.']);
  });

  it("drops it signed in the wire's own script, with or without a space", () => {
    assertCaptions(['다리 위에서 크레인이 마지막 케이블을 올리고 있다. 연합뉴스', '工人在桥上安装最后一根钢缆。新华社']);
  });

  it('keeps a paragraph that names the wire in its own script inside it', () => {
    assertKept(['연합뉴스 보도에 따르면 다리는 금요일에 다시 열린다. 시는 월요일에 이를 확인했다.']);
  });
});
