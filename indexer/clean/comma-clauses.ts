/**
 * A short line ending in a comma right below the story's text is a clause that goes on: a
 * letter's closing ("Sincerely,", "With best wishes,"), a sentence the page broke in two. Menu
 * items, related headlines and section names never end in a comma, so the shape rules that drop
 * short lines as those lose a line of the story here.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentence } from './shape.ts';
import { type ContentLine, SHAPE_REASONS } from './structure.ts';

/** A closing or a broken clause is short; a longer line has its own rules. */
const MAX_CLAUSE_WORDS = 8;
/** A comma at the very end (a list of names separated by commas ends without one). */
const ENDS_COMMA = /\p{L},$/u;

export function keepCommaClauses(lines: ContentLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === null || !SHAPE_REASONS.has(l.reason) || !ENDS_COMMA.test(l.text)) continue;
    if (wordsUpTo(l, MAX_CLAUSE_WORDS + 1) > MAX_CLAUSE_WORDS) continue;
    const prev = lines[i - 1]!;
    // Right below kept text: a sentence of the story, or a clause kept by this rule.
    if (prev.reason === null && (endsSentence(prev.text) || ENDS_COMMA.test(prev.text))) l.reason = null;
  }
}
