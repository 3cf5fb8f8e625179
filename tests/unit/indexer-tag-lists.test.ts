/**
 * Tag and topic lists in more languages and as a tag cloud (indexer/clean/tag-lists.ts, issue 18,
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

describe('tag clouds joined by spaces', () => {
  const cloud = 'Harbour Ferry Islanders Pier Repairs Storm Damage Mainland Road Toll Refund Council Budget';
  it('drops ten or more words with almost no stop word, no separator and no full stop', () => {
    assert.equal(droppedAs([HEADLINE, P1, P2, P3, cloud], cloud), 'related-headlines');
    assert.equal(droppedAs([HEADLINE, P1, cloud, P2, P3], cloud), 'related-headlines');
  });

  it('keeps a team sheet with commas, a heading in capitals, a long line of running text without its full stop', () => {
    const team = 'Anna Berg (Northside), Maria Kos (Harbour FC), Jan Holm (Northside), Eva Lind (Islanders), Ola Dahl (Harbour FC)';
    const caps = 'HARBOUR AUTHORITY FERRY SERVICE ISLAND ROUTE SUMMER TIMETABLE CHANGES ANNOUNCED MONDAY';
    const running = 'The council will meet again in the spring to decide on the future of the old harbour and its pier';
    for (const line of [team, caps, running]) assert.ok(!page([HEADLINE, P1, P2, P3, line]).dropped.some((d) => d.text === line), line);
  });
});
