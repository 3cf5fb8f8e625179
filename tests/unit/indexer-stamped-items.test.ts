/**
 * Other stories listed under a label below the story, each item beside its date stamp (issue 18,
 * 18junk13): "Other news" / "16-10-2025" / a headline / its teaser / "15-10-2025" / … Each drop
 * case has a keep case of the same rhythm whose lines are the page's own: a live page's entries
 * under clock times, a listing's items under its lead or under their section kickers, a story of
 * one paragraph, entries that carry the story's words. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { markStampedItems } from '../../indexer/clean/stamped-items.ts';
import { maskOfLanguage } from '../../indexer/clean/stopwords.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { droppedReason, HEADLINE, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const ITEMS = [
  ['A new cycling club opens in the old mill', 'Forty riders signed up in the first week. The founder wants a hundred by spring.'],
  ['Farmers sell a record number of pumpkins', 'The autumn market drew visitors from across the region. Some came by train.'],
  ['School choir to sing at the national festival', 'The children have rehearsed twice a week. Their teacher wrote two of the songs.'],
  ['Museum shows paintings of the old town', 'The exhibition opens on Thursday. It runs until the end of January.'],
];
const STAMPS = ['16-10-2025', '15-10-2025', '14-10-2025', '13-10-2025'];
type Row = string | [string, JunkReason];
/** The items, each under its stamp (dropped by the stamp reader before this rule). */
const list = (stamps = STAMPS, items = ITEMS): Row[] => items.flatMap((item, i) => [[stamps[i]!, 'dateline'] as Row, ...item]);

/** The rule alone over lines the earlier rules labelled: the kept lines' texts after it. */
function keptAfter(...rows: Row[]): string[] {
  const lines: ContentLine[] = rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
  markStampedItems(lines, maskOfLanguage('en')!);
  return lines.filter((l) => l.reason === null).map((l) => l.text);
}
const STORY: Row[] = [[HEADLINE, 'headline'], P1, P2, P3];

describe('items beside dated stamps under a label, below the story', () => {
  it('drops every item, stamps over their items, the label kept or dropped', () => {
    assert.deepEqual(keptAfter(...STORY, 'Other news', ...list()), [P1, P2, P3, 'Other news']);
    assert.deepEqual(keptAfter(...STORY, ['Other news', 'related-headlines'], ...list()), [P1, P2, P3]);
  });

  it('drops every item, stamps under their items', () => {
    const under = ITEMS.flatMap((item, i) => [...item, [STAMPS[i]!, 'dateline'] as Row]);
    assert.deepEqual(keptAfter(...STORY, 'Other news', ...under), [P1, P2, P3, 'Other news']);
  });

  it('drops them through the whole cleaner, headlines that end like sentences among them', () => {
    // A question or an exclamation for a headline breaks a strict headline/teaser alternation.
    const asked = ITEMS.map(([headline, teaser], i) => [i % 2 === 0 ? `${headline}?` : `${headline}!`, teaser!]);
    const text = page(HEADLINE, P1, P2, P3, 'Other news', ...asked.flatMap((item, i) => [STAMPS[i]!, ...item]));
    for (const line of asked.flat()) assert.equal(droppedReason(text, line), 'related-headlines', line);
  });

  it('keeps two items (a page may print two dates)', () => {
    const two = ITEMS.slice(0, 2);
    assert.deepEqual(keptAfter(...STORY, 'Other news', ...list(STAMPS, two)).slice(-4), two.flat());
  });

  it('keeps a live page’s entries under clock times', () => {
    const clocks: Row[] = ITEMS.flatMap((item, i) => [[`10:${40 - 10 * i}`, 'dateline'] as Row, ...item]);
    assert.deepEqual(keptAfter(...STORY, 'Latest', ...clocks).slice(-8), ITEMS.flat());
  });

  it('keeps items with no label over them, or with a section kicker under each stamp', () => {
    assert.deepEqual(keptAfter(...STORY, ...list()).slice(-8), ITEMS.flat());
    const kicked = ITEMS.flatMap((item, i) => [[STAMPS[i]!, 'dateline'] as Row, ['Local', 'repeated-line'] as Row, ...item]);
    assert.deepEqual(keptAfter(...STORY, ...kicked).slice(-8), ITEMS.flat());
  });

  it('keeps items under a story of one paragraph (a listing’s introduction)', () => {
    assert.deepEqual(keptAfter([HEADLINE, 'headline'], P1, 'Other news', ...list()).slice(-8), ITEMS.flat());
  });

  it('keeps entries that carry the story’s words', () => {
    const own = [
      ['Bridge cables arrive by ship', 'The new cables for the harbour bridge were unloaded at the port. Engineers checked them.'],
      ['Shops near the bridge ask for help', 'Shops near the harbour bridge asked the council for help. The council will decide.'],
      ['Council to decide on the bridge repairs', 'The council will vote on the bridge repairs. The shops hope for support.'],
      ['Harbour bridge traffic plan', 'Traffic on the harbour bridge will run in one lane. The repairs end on Friday.'],
    ];
    assert.deepEqual(keptAfter(...STORY, 'Updates', ...list(STAMPS, own)).slice(-8), own.flat());
  });
});
