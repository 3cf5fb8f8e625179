/**
 * An invented local news story the date tests print stamps, clocks and datelines around: a
 * headline over three paragraphs, each a real paragraph by any measure, and the reader's answer.
 */
import { cleanText } from '../../indexer/clean/index.ts';
import { inferDate } from '../../indexer/infer/date.ts';

/** The day the tests run on, so "today" and "N hours ago" stamps read the same on every machine. */
export const TODAY = new Date('2026-06-01T00:00:00Z');

export const HEADLINE = 'Harbour board approves the swing bridge repair plan';
export const P1 = 'The harbour board approved the repair plan on Tuesday after a long debate about costs and traffic on the quay.';
export const P2 = 'Work on the old swing bridge will begin in the spring and is expected to last for most of the coming year.';
export const P3 = 'Ferry services will run more often while the bridge is closed, the operator said in a statement on its website.';

/** The date the reader gives a page of `lines` (blank-line separated unless `joiner` says otherwise). */
export const dateOf = (lines: string[], joiner = '\n\n') => inferDate(cleanText(lines.join(joiner)), TODAY)?.value;
