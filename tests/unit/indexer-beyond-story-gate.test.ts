/**
 * markBeyondStory's structural test before the words (18perf17): `mayMark` lets a page go before its
 * stems are made when neither of the rule's loops could mark a line. The rule must mark exactly what
 * it marked with the looser test before (a kept line between drops, or an unended kept line below
 * the last drop), copied here as the reference, on random pages of story paragraphs, labels, list
 * items, ad slots and drops. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { JunkReason } from '../../engine/contract/types.ts';
import { markBeyondStory, mayMark, sharesStem, storyStems } from '../../indexer/clean/beyond-story.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { isListPage } from '../../indexer/clean/listing-headline.ts';
import { LIST_ITEM_START } from '../../indexer/clean/shape.ts';
import { isRunningText } from '../../indexer/clean/story-end.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { isParagraphAnyScript, isSentence } from '../../indexer/clean/topic-tail.ts';
import { isAdSlot } from '../../indexer/clean/trade-phrases.ts';
import { HEADLINE, P1, P2, P3, P4 } from '../helpers/bridge-story.ts';

/** markBeyondStory as it was before `mayMark` (main fb5ec2d), the reference. */
function referenceMark(lines: ContentLine[], headline: { text: string } | null): void {
  let lastDrop = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (lines[i]!.reason !== null && lines[i]!.reason !== 'headline') {
      lastDrop = i;
      break;
    }
  if (lastDrop < 0) return;
  let first = -1;
  for (let i = 0; i < lastDrop && first < 0; i++) if (lines[i]!.reason === null && isParagraphAnyScript(lines[i]!)) first = i;
  if (first < 0 || (!hasKeptBetweenDrops(lines, first, lastDrop) && !hasUnendedTail(lines, lastDrop))) return;
  const { story } = storyStems(lines, headline, first);
  if (story.size === 0) return;
  const shares = (l: ContentLine): boolean => sharesStem(l.text, story);
  let end = -1;
  for (let i = lines.length - 1; i >= first; i--) {
    const l = lines[i]!;
    if (l.reason === null && isParagraphAnyScript(l) && shares(l)) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  let from = -1;
  for (let i = end + 1; i <= lastDrop; i++)
    if (lines[i]!.reason !== null && !isAdSlot(lines[i]!.text)) {
      from = i;
      break;
    }
  if (from < 0) return;
  let listed = 0;
  for (let i = end + 1; i < from; i++) if (lines[i]!.reason === null && !isParagraphAnyScript(lines[i]!)) listed++;
  if (listed >= 2) return;
  for (let i = from; i <= lastDrop; i++) if (lines[i]!.reason === 'dateline') return;
  if (isListPage(lines)) return;
  for (let i = from + 1; i < lastDrop; i++) {
    const l = lines[i]!;
    if (l.reason === null && !shares(l) && !isRunningText(l)) l.reason = 'off-topic';
  }
  for (let i = lines.length - 1; i > lastDrop; i--) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (isSentence(l) || LIST_ITEM_START.test(l.text)) break;
    if (!shares(l)) l.reason = 'off-topic';
  }
}
function hasKeptBetweenDrops(lines: readonly ContentLine[], first: number, lastDrop: number): boolean {
  let dropped = false;
  for (let i = first + 1; i < lastDrop; i++) {
    if (lines[i]!.reason !== null) dropped = true;
    else if (dropped) return true;
  }
  return false;
}
function hasUnendedTail(lines: readonly ContentLine[], lastDrop: number): boolean {
  for (let i = lastDrop + 1; i < lines.length; i++) if (lines[i]!.reason === null && !isSentence(lines[i]!)) return true;
  return false;
}

const TEXTS = [
  P1,
  P2,
  P3,
  P4,
  'Help us do better: answer a few questions about your visit.',
  'Yes, I want to answer now',
  'More from the region',
  'Our weekly newsletter in your mailbox every Friday morning.',
  'The bridge reopens on Friday at six in the morning.',
  'Bridge repairs: the council answers',
  '1. Harbour bridge timetable',
  '• Ferry prices rise again',
  'Advertisement',
  'Anzeige',
  'Share',
  '12 March 2024',
  'Local shops and the council met again on Tuesday to talk about a support scheme for the town, and many owners came along to it',
  'Weather forecast for the weekend ahead of the festival in the old town square and beyond',
  'Photo: Jan de Vries',
];
const REASONS: Array<JunkReason | null> = [
  null,
  null,
  null,
  'promotion',
  'navigation',
  'credit',
  'dateline',
  'related-headlines',
  'headline',
];

const page = fc
  .array(fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...REASONS)), { minLength: 1, maxLength: 14 })
  .map((rows) =>
    rows.map(([text, reason], i): ContentLine => ({ line: i + 1, text, reason, heading: false, words: countLineWords(text) })),
  );
const copy = (ls: readonly ContentLine[]) => ls.map((l) => ({ ...l }));
const headline = { text: HEADLINE };

describe("markBeyondStory's test before the words (mayMark)", () => {
  it('marks what the rule marked with the looser test, on random pages', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (ls, withHeadline) => {
        const a = copy(ls);
        const b = copy(ls);
        markBeyondStory(a, withHeadline ? headline : null);
        referenceMark(b, withHeadline ? headline : null);
        assert.deepEqual(
          a.map((l) => l.reason),
          b.map((l) => l.reason),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('is true on every page the rule marks a line of', () => {
    fc.assert(
      fc.property(page, (ls) => {
        const b = copy(ls);
        referenceMark(b, headline);
        if (!b.some((l, i) => l.reason !== ls[i]!.reason)) return;
        let lastDrop = -1;
        for (let i = ls.length - 1; i >= 0 && lastDrop < 0; i--) if (ls[i]!.reason !== null && ls[i]!.reason !== 'headline') lastDrop = i;
        const first = ls.findIndex((l, i) => i < lastDrop && l.reason === null && isParagraphAnyScript(l));
        assert.ok(mayMark(ls, first, lastDrop));
      }),
      { numRuns: 3000 },
    );
  });

  it('lets go a page whose only kept line between drops is running text, and whose lowest kept line ends a sentence', () => {
    const running =
      'Local shops and the council met again on Tuesday to talk about a support scheme for the town, and many owners came along to it';
    const rows: Array<[string, JunkReason | null]> = [
      [HEADLINE, 'headline'],
      [P1, null],
      [P2, null],
      ['Share', 'promotion'],
      [running, null],
      ['Photo: Jan de Vries', 'credit'],
      [P3, null],
    ];
    const ls = rows.map(([text, reason], i): ContentLine => ({ line: i + 1, text, reason, heading: false, words: countLineWords(text) }));
    // The looser test let it through to the stems; this one does not.
    assert.ok(hasKeptBetweenDrops(ls, 1, 5));
    assert.equal(mayMark(ls, 1, 5), false);
    // An unended label in the same place can be marked: the test lets it through.
    ls[4] = { ...ls[4]!, text: 'More from the region', words: 4 };
    assert.equal(mayMark(ls, 1, 5), true);
  });
});
