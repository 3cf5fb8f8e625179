/**
 * keepStoryPageHeadline reads whether the headline stands over its own text only once a headline
 * of its header's make stands below (18perf17). It must keep exactly the headlines it kept when it
 * read that first, copied here as the reference, on random pages of headlines, headers (dates,
 * bylines), paragraphs and a box label. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { JunkReason } from '../../engine/contract/types.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import {
  headerLines,
  isTeaserOrParagraph,
  keepStoryPageHeadline,
  overOwnText,
  sameMake,
  shapeOf,
} from '../../indexer/clean/listing-headline.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { HEADLINE, P1, P2, P3 } from '../helpers/bridge-story.ts';

/** keepStoryPageHeadline as it was before (main fb5ec2d): the headline's own text read first. */
function reference(lines: ContentLine[]): void {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0) return;
  const header = headerLines(lines, h).filter((l) => l.reason !== null);
  if (header.length === 0 || !overOwnText(lines, h)) return;
  let text = false;
  for (let k = h + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (text && l.reason === 'related-headlines') return;
    if (l.reason !== null) continue;
    if (!text) {
      text = isTeaserOrParagraph(l);
      continue;
    }
    if (shapeOf(l) !== 'headline' || !headerLines(lines, k).some((o) => header.some((p) => sameMake(o.text, p.text)))) continue;
    if (overOwnText(lines, k)) {
      lines[h]!.reason = null;
      return;
    }
  }
}

const H2 = 'Ferry fares to rise in the spring';
const F1 = 'The ferry company will raise its fares by a tenth from April, its director said on Tuesday.';
const F2 = 'Season tickets for island residents will cost the same as last year, the company added.';
const HEADERS: Array<[string, JunkReason | null]> = [
  ['Tuesday, 3 March 2026', 'dateline'],
  ['Monday, 2 March 2026', 'dateline'],
  ['Monday, 2 March 2026', null],
  ['By Anna Berg', 'credit'],
  ['By Tom Hale', 'credit'],
  ['By Tom Hale', null],
];
const ROWS: Array<[string, JunkReason | null]> = [
  [HEADLINE, 'headline'],
  [HEADLINE, null],
  ...HEADERS,
  [P1, null],
  [P2, null],
  [P3, null],
  [H2, null],
  [F1, null],
  [F2, null],
  ['Other news', 'related-headlines'],
  ['Share', 'promotion'],
];

/** A page of stories one under another: each a header (or none) above or below its headline, then paragraphs. */
const story = (first: boolean) =>
  fc
    .tuple(
      fc.option(fc.constantFrom(...HEADERS), { nil: undefined }),
      fc.boolean(),
      fc.constantFrom<Array<[string, JunkReason | null]>>(
        [[P1, null]],
        [
          [P1, null],
          [P2, null],
        ],
        [
          [F1, null],
          [F2, null],
        ],
        [
          [P3, null],
          [F1, null],
          [F2, null],
        ],
      ),
    )
    .map(([header, above, paragraphs]) => {
      const headline: [string, JunkReason | null] = first ? [HEADLINE, 'headline'] : [H2, null];
      const top: Array<[string, JunkReason | null]> = header === undefined ? [headline] : above ? [header, headline] : [headline, header];
      return [...top, ...paragraphs];
    });
const rowsToLines = (rows: ReadonlyArray<[string, JunkReason | null]>) =>
  rows.map(([text, reason], i): ContentLine => ({ line: i + 1, text, reason, heading: false, words: countLineWords(text) }));
const page = fc.oneof(
  fc.array(fc.constantFrom(...ROWS), { minLength: 1, maxLength: 14 }).map(rowsToLines),
  fc
    .tuple(
      story(true),
      fc.array(story(false), { maxLength: 3 }),
      fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...ROWS)), { maxLength: 2 }),
    )
    .map(([first, rest, extra]) => {
      const rows = [...first, ...rest.flat()];
      for (const [at, row] of extra) rows.splice(at % (rows.length + 1), 0, row);
      return rowsToLines(rows);
    }),
);
const copy = (ls: readonly ContentLine[]) => ls.map((l) => ({ ...l }));

describe('keepStoryPageHeadline reads the headline’s own text last', () => {
  it('keeps the headlines it kept when it read that first, on random pages', () => {
    let kept = 0;
    fc.assert(
      fc.property(page, (ls) => {
        const a = copy(ls);
        const b = copy(ls);
        keepStoryPageHeadline(a);
        reference(b);
        assert.deepEqual(
          a.map((l) => l.reason),
          b.map((l) => l.reason),
        );
        if (b.some((l, i) => l.reason !== ls[i]!.reason)) kept++;
      }),
      { numRuns: 3000 },
    );
    // The pages hold the case the rule is for, not only pages it lets go.
    assert.ok(kept > 100, `${kept} pages kept their headline`);
  });

  it('keeps the first story’s headline of a page of dated stories (the case it is for)', () => {
    const rows: Array<[string, JunkReason | null]> = [
      ['Tuesday, 3 March 2026', 'dateline'],
      [HEADLINE, 'headline'],
      [P1, null],
      [P2, null],
      [P3, null],
      ['Monday, 2 March 2026', 'dateline'],
      [H2, null],
      [F1, null],
      [F2, null],
    ];
    const ls = rowsToLines(rows);
    keepStoryPageHeadline(ls);
    assert.equal(ls[1]!.reason, null);
  });
});
