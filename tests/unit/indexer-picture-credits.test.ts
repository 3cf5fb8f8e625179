/**
 * Credits closing a caption in the trade's forms across languages (indexer/clean/picture-credits.ts,
 * the cue-and-colon tail's wider words in phrases.ts), the credit lines on their own, and the caption
 * shapes of the same round (caption-shapes.ts, captions.ts, the position cues): each with body lines
 * of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pictureCreditForm } from '../../indexer/clean/picture-credits.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { HEADLINE, P1, P2, P3, reasonOf, assertCaptions, assertKept } from '../helpers/caption-fixture.ts';

/** Each line goes as a caption by the phrase rules alone, and between paragraphs. */
function assertPhraseCaptions(captions: readonly string[]): void {
  for (const caption of captions) {
    assert.equal(phraseReason(caption), 'caption', caption);
    assert.equal(reasonOf([HEADLINE, '', P1, '', caption, '', P2, '', P3], caption), 'caption', caption);
  }
}

describe('a caption closed by its picture credit without a colon', () => {
  it('drops the picture word and a name, a "by" form, "courtesy of", in brackets or after the sentence', () => {
    assertPhraseCaptions([
      'Cranes lift the last cable into place on Monday. Photo by Jane Doe',
      'Cranes lift the last cable into place on Monday. Picture by Jane Doe/Harbour Press',
      'Cranes lift the last cable into place on Monday. Courtesy of Jane Doe',
      'De kranen hijsen de laatste kabel op zijn plaats. Beeld Harbour Press',
      'Le pont au lever du jour, lundi. Photo Jane Doe / Harbour Press',
      'Le gru sollevano l’ultimo cavo (foto Harbour Press)',
      'Dźwigi podnoszą ostatnią linę (fot. Jane Doe)',
      'Cranes lift the last cable into place (Photo by Jane Doe on Unsplash)',
    ]);
  });

  it('drops a handout, a screen grab or an illustration named as the credit, and the kind of picture after the sentence', () => {
    assertPhraseCaptions([
      'The bridge reopened to traffic on Friday morning. (Supplied)',
      'The bridge reopened to traffic on Friday morning. Supplied',
      'Die Brücke wurde am Freitag wieder eröffnet (zVg)',
      'A ponte foi reaberta na sexta-feira (Divulgação)',
      'The mayor on the bridge during the opening (Screenshot)',
      'Le pont rouvre à la circulation vendredi (illustration).',
      'The bridge reopened to traffic on Friday morning. File photo',
      'El puente reabrió al tráfico el viernes. Imagen de archivo',
    ]);
  });

  it('drops the "label=agency" of Korean captions, and a label in full-width brackets (picture-lines.ts)', () => {
    assertPhraseCaptions(['다리 개통식에 참석한 시장. /사진=Harbour Press']);
    assertCaptions(['橋の開通式に臨む市長（写真：Harbour Press）', '다리 개통식에 참석한 시장 (사진=Harbour Press)']);
  });

  it('keeps prose that ends on a picture word, a title, a name in brackets or a sentence', () => {
    for (const line of [
      'He starred in the romantic comedy that made her famous (Picture Perfect)',
      'Die Meldung verbreitete zuerst die Boulevardzeitung (Bild Zeitung)',
      'The hearing continues on Monday. Image Comics',
      'The exhibition opens on Friday. Courtesy calls were made to the families.',
      'The council kept the papers in the national archive (Archivo General).',
      'She submitted the photo to the court as evidence (Exhibit B).',
      'He was photographed at the scene. Supplied with water, the crew kept going.',
      'The new photo rules take effect in May (see the guidance at the town hall)',
    ])
      assert.equal(pictureCreditForm(line), null, line);
    assertKept([
      'He starred in the romantic comedy that made her famous (Picture Perfect)',
      'The hearing continues on Monday. Image Comics',
      'He was photographed at the scene. Supplied with water, the crew kept going.',
    ]);
  });
});

describe("the cue-and-colon credit in more languages' words", () => {
  it('drops the caption it closes', () => {
    assertPhraseCaptions([
      'De kranen hijsen de laatste kabel op zijn plaats. Beeld: Harbour Press',
      'Guindastes erguem o último cabo. Imagem: Reprodução',
      'Daruk emelik a helyére az utolsó kábelt. Fotó: Jane Doe',
      'Краны поднимают последний трос. Фото: Harbour Press',
      'Кранове вдигат последното въже. Снимка: Harbour Press',
      'Cranes lift the last cable into place. Screengrab: Harbour TV',
      'Cranes lift the last cable into place. Pic: Jane Doe',
      'Cranes lift the cable. Credit: ane Doe/Harbour Press/Harbour Images',
    ]);
  });

  it('drops the credit alone on its line', () => {
    for (const line of [
      'Beeld: Harbour Press',
      'Imagem: Reprodução/Instagram',
      'Crédito: Divulgação',
      'Jane Doe/Harbour Press via Getty Images',
    ])
      assert.equal(phraseReason(line), 'credit', line);
  });

  it('keeps a route through a place, and prose with the word before a colon', () => {
    for (const line of ['Riverside/Northfield via Old Town', 'London/Paris via Brussels', 'Het geeft een helder beeld: de stad groeit.'])
      assert.equal(phraseReason(line), null, line);
  });
});

describe('caption shapes of the same round', () => {
  it('drops a credit in square brackets, an agency and its photographer, a glued caption label, a bracketed screen grab', () => {
    assertCaptions([
      'Cranes lift the last steel cable into place above the water [Jane Doe/Harbour TV]',
      'Harbour Bridge - Riverside - 12/03/24 The mayor cuts the ribbon on the quay Pictures via Reuters / Jane Doe',
      'Image caption The mayor cuts the ribbon on the quay',
      '(скриншот из видео городской администрации)',
    ]);
  });

  it('keeps prose opening on the words of a caption label, and a sentence in brackets about pictures', () => {
    assertKept([
      'Image caption contests are popular in the schools of the harbour district.',
      '(Photos of the opening are on page 4.)',
      'The ferry company told Reuters / Jane Doe said she would appeal.',
    ]);
  });

  it('drops the caption printed again with its photographer glued on', () => {
    const caption = 'Cranes lift the last steel cable into place above the water (Jane Doe/AFP)';
    const copy = `${caption} Jane Doe`;
    assert.equal(reasonOf([HEADLINE, '', caption, copy, '', P1, '', P2], copy), 'caption');
  });

  it('reads where the people stand in more languages', () => {
    assertPhraseCaptions([
      'Walikota Jane Doe (ketiga kiri) meresmikan jembatan pelabuhan bersama warga',
      'Мэр Джейн Доу (слева) открывает мост в порту',
      'The mayor, Jane Doe (second left), opens the harbour bridge',
      'Burmistrz Jane Doe (z lewej) otwiera most w porcie',
    ]);
  });
});
