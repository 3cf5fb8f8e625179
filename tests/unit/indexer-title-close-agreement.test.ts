/**
 * A headline the story's first paragraphs repeat three content words of, half of its own at least
 * (`title-candidates.ts` WEIGHT.agreesClosely), under a prompt and chrome lines that share none:
 * one rank step more for it. Shorter lines (a venue, a name), lines ending in a full stop and a
 * longer line right under a candidate (its standfirst) gain nothing; their tests are in
 * indexer-title-clock.test.ts and indexer-title.test.ts. Invented text throughout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { phraseReasonOfSpacedLine } from '../../indexer/clean/phrases.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { scoreHeadlineCandidates } from '../../indexer/clean/title-candidates.ts';

const BODY = 'The council approved the new budget on Tuesday after a long debate about road repairs in the town.';
const BODY2 = 'Officials said the first repairs would begin in the spring, weather permitting, and last all summer.';
const PROMPT = 'Every key event of the day in one place, right here!';
// Four of its seven content words are the story's: fewer than the three quarters storyHeadingBelow wants.
const HEADLINE = 'Council approves road budget despite protests from cyclists';

const headlineOf = (lines: string[]) => cleanText([...lines, BODY, BODY2].join('\n\n')).headline?.text;

function evidenceOf(lines: string[], text: string): string[] {
  const page = [...lines, BODY, BODY2].join('\n\n');
  const content: ContentLine[] = pageLines(page).map(({ line, text: t, words }) => ({
    line,
    text: t,
    reason: phraseReasonOfSpacedLine(t, words),
    heading: false,
    words,
  }));
  const scored = scoreHeadlineCandidates(content, () => page);
  return scored?.candidates.find((c) => c.text === text)?.evidence ?? [];
}

describe('title: a headline that shares many of its words with the story', () => {
  it('wins over a prompt above it and chrome lines between that share none', () => {
    assert.equal(headlineOf([PROMPT, 'All stories', 'Fresh material every hour +', HEADLINE]), HEADLINE);
  });

  it('gains nothing when the story repeats under half of its words', () => {
    const loose = 'Council approves road plan despite angry protests from local cyclists';
    assert.ok(!evidenceOf([PROMPT, loose], loose).includes('shares many of its words with the text'));
    assert.ok(evidenceOf([PROMPT, HEADLINE], HEADLINE).includes('shares many of its words with the text'));
  });
});
