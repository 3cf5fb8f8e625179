/**
 * Tag and topic lists in more languages (indexer/clean/tag-lists.ts, issue 18,
 * 18sb). Each rule has body lines of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

const HEADLINE = 'Ferry service to resume after the storm';
const P1 = 'The harbour authority said on Monday that the ferry to the islands would run again from Thursday morning.';
const P2 = 'Repairs to the pier took longer than expected because the storm had washed away part of the landing stage.';
const P3 = 'Islanders who travelled by the mainland road during the closure will be refunded the toll, the council said.';
const page = (lines: string[]) => cleanText(lines.join('\n\n'));
const droppedAs = (lines: string[], text: string) => page(lines).dropped.find((d) => d.text === text)?.reason ?? null;
const kept = (lines: string[], text: string) => droppedAs(lines, text) === null;

describe('tag labels in more languages', () => {
  it('drops a tag, topic or keyword label and what follows it, in many languages and scripts', () => {
    for (const line of [
      'Categorieën: Haven, Eilanden',
      'Ključne reči',
      'Kľúčové slová: prístav, búrka',
      'Cuvinte cheie: port, furtună',
      'Asiasanat: satama, myrsky',
      'Märksõnad: sadam',
      'Etiquetes: port, temporal',
      'Thèmes : Port, Tempête',
      'Anahtar kelimeler: liman, fırtına',
      'Ключові слова: порт, шторм',
      'الكلمات المفتاحية: ميناء، عاصفة',
      'برچسب‌ها: بندر',
      'תגיות: נמל, סערה',
      'टैग: बंदरगाह, तूफान',
      '标签：港口 风暴',
      '태그: 항구, 폭풍',
      'キーワード：港',
    ]) {
      assert.equal(phraseReason(line), 'related-headlines', line);
    }
  });

  it('keeps sentences that open with the same words', () => {
    for (const line of ['Thèmes et couleurs ont été choisis par les enfants de l’école.', 'Temi importanti sono stati discussi.']) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('a line of words without stop words', () => {
  // A tag cloud joined by spaces and prose in a language the stop-word guess does not know look the
  // same to a shape rule; a lost story line is worse than a kept cloud.
  it('is kept for its shape alone, below the story or between its paragraphs', () => {
    const cloud = 'Harbour Ferry Islanders Pier Repairs Storm Damage Mainland Road Toll Refund Council Budget';
    for (const lines of [
      [HEADLINE, P1, P2, P3, cloud],
      [HEADLINE, P1, cloud, P2, P3],
    ])
      assert.ok(kept(lines, cloud), lines.indexOf(cloud).toString());
  });
});
