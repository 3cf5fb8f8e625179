/**
 * The phrase rules are looked up by a line's word count (phrases.ts keeps, for each count, the
 * rules whose `maxWords` allow it): the answer must stay what the plain reading of `PHRASE_RULES`
 * gives — the first rule, in order, whose limit the line is within and whose test it passes — at
 * every count, on both sides of every limit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PHRASE_RULES, phraseReason, phraseReasonOfSpacedLine } from '../../indexer/clean/phrases.ts';
import { spacedWordCount } from '../../indexer/clean/shape.ts';

/** The first rule, in order, that the line is short enough for and passes. */
function firstRule(text: string): string | null {
  const words = spacedWordCount(text);
  return PHRASE_RULES.find((rule) => words <= rule.maxWords && rule.test(text, words))?.reason ?? null;
}

/** Lines of shapes the rules name, padded to `n` words with plain ones. */
function linesOf(n: number): string[] {
  const pad = (head: string) => {
    const words = head.split(' ');
    while (words.length < n) words.push('word');
    return words.slice(0, Math.max(n, 1)).join(' ');
  };
  return [
    pad('Updated: 12 March 2021 10:45'),
    pad('Read more: the harbour story'),
    pad('Sign up for our newsletter'),
    pad('Photo: Jane Doe'),
    pad('© 2021 Harbour Media'),
    pad('A boat left the harbour at dawn (Photo: Jane Doe/Harbour Agency)'),
    pad('Advertisement'),
    `${pad('The council met on Monday and the ferry ran late again')}.`,
  ];
}

describe('phrase rules by word count', () => {
  const limits = [...new Set(PHRASE_RULES.map((r) => r.maxWords))];
  const counts = [...new Set([1, 2, ...limits.flatMap((m) => [m - 1, m, m + 1]), 121, 130, 200])].filter((n) => n >= 1);

  it('answers as the first rule in order within its limit, at every count around every limit', () => {
    for (const n of counts)
      for (const line of linesOf(n)) {
        assert.equal(phraseReasonOfSpacedLine(line), firstRule(line), `${n} words: ${line.slice(0, 60)}`);
        assert.equal(phraseReasonOfSpacedLine(line, spacedWordCount(line, 120)), firstRule(line), `${n} words, counted to 120`);
      }
  });

  it('still drops a short stamp and keeps the same stamp inside a long sentence', () => {
    assert.equal(phraseReason('Updated: 12 March 2021 10:45'), 'dateline');
    assert.equal(phraseReason(linesOf(40)[0]!), null);
  });
});
