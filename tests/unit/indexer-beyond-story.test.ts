/**
 * Lines inside the page's closing furniture below the story's end (issue 18, 18tail7): below the
 * last paragraph sharing a word with the headline and lead, a kept line that shares none and sits
 * between dropped lines goes. Read on lines as the earlier rules left them (reasons set by hand),
 * so the test does not depend on which phrase rule would have dropped the furniture. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { markBeyondStory } from '../../indexer/clean/beyond-story.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { HEADLINE, P1, P2, P3, P4 } from '../helpers/bridge-story.ts';

const SURVEY = 'Help us do better: answer a few questions about your visit.';
const YES = 'Yes, I want to answer now';
const NEWSLETTER = 'Our weekly newsletter in your mailbox every Friday morning.';

function lines(...rows: Array<string | [string, JunkReason]>): ContentLine[] {
  return rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
}
const reasonOf = (ls: ContentLine[], text: string) => ls.find((l) => l.text === text)!.reason;
const headline = { text: HEADLINE };

describe('kept lines between dropped furniture below the story', () => {
  it('drops lines sharing no word with the headline and lead', () => {
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Share', 'promotion'], SURVEY, YES, ['Answer in English', 'navigation']);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, SURVEY), 'off-topic');
    assert.equal(reasonOf(ls, YES), 'off-topic');
  });

  it('keeps a line carrying the story’s words', () => {
    const own = 'The bridge reopens on Friday at six in the morning.';
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Photo: Jan de Vries', 'credit'], own, ['Share', 'promotion']);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, own), null);
  });

  it('keeps what lies below the last dropped line, and the story below a caption', () => {
    const ls = lines([HEADLINE, 'headline'], P1, P2, ['Photo: Jan de Vries', 'credit'], P3, P4, ['Share', 'promotion'], NEWSLETTER);
    markBeyondStory(ls, headline);
    for (const p of [P3, P4, NEWSLETTER]) assert.equal(reasonOf(ls, p), null, p);
  });

  it('drops unended lines below the last dropped line that share no word with the story', () => {
    const label = 'More from the region';
    const desk = 'Press office, town hall, room 12';
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Share', 'promotion'], label, desk);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, label), 'off-topic');
    assert.equal(reasonOf(ls, desk), 'off-topic');
  });

  it('keeps a heading below the last dropped line that a paragraph follows, and the story’s own words', () => {
    const entry = 'At 14:45, a tree falls on a parked van in the old town';
    const text = 'Firefighters cleared the street within the hour and nobody was hurt, the fire service said.';
    const own = 'Bridge opening times';
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Read also: ferry fares rise', 'related-headlines'], entry, text);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, entry), null);
    const tail = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Share', 'promotion'], own);
    markBeyondStory(tail, headline);
    assert.equal(reasonOf(tail, own), null);
  });

  it('keeps a bulleted or numbered list below the last dropped line, and what introduces it', () => {
    const intro = 'What changes for drivers';
    const items = ['- lorries take the coastal road', '- buses keep their timetable'];
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Anna Berg, Harbour Gazette', 'author-box'], intro, ...items);
    markBeyondStory(ls, headline);
    for (const t of [intro, ...items]) assert.equal(reasonOf(ls, t), null, t);
    const ranked = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['Share', 'promotion'], '1. Lighthouse tours', '2. Ferry museum');
    markBeyondStory(ranked, headline);
    assert.equal(reasonOf(ranked, '2. Ferry museum'), null);
  });

  it('judges nothing without a dropped line between the story’s end and the line', () => {
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, NEWSLETTER, ['Share', 'promotion']);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, NEWSLETTER), null);
  });

  it('keeps the rest of a list under the story that a piece of furniture interrupts', () => {
    const draw = ['Northtown v Southport', 'Eastfield or Westham v Kingsbridge', 'Hilltop v Dale Rovers', 'Marsh v Fenwick'];
    const ls = lines(
      [HEADLINE, 'headline'],
      P1,
      P2,
      P3,
      P4,
      draw[0]!,
      draw[1]!,
      ['Advert: holidays by the sea', 'promotion'],
      draw[2]!,
      draw[3]!,
      ['Share', 'promotion'],
    );
    markBeyondStory(ls, headline);
    for (const fixture of draw) assert.equal(reasonOf(ls, fixture), null, fixture);
  });

  it('keeps a live page’s entries between their time stamps', () => {
    const entry = 'Fishing fleet returns early as the wind turns';
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, ['14:10', 'dateline'], entry, ['14:25', 'dateline']);
    markBeyondStory(ls, headline);
    assert.equal(reasonOf(ls, entry), null);
  });
});
