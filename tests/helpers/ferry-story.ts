import assert from 'node:assert/strict';
import { articleFromFile } from '../../indexer/pipeline.ts';

/**
 * An invented local news story, the article body the outlet tests wrap page furniture around:
 * plain English prose that names no outlet, so whatever outlet a test finds comes from its furniture.
 */
export const HEADLINE = 'Ferry timetable changes from the spring';

export const PARAS: readonly [string, string, string] = [
  'The harbour board will move the first morning crossing half an hour earlier from April, after a survey of commuters asked for it.',
  'Fares stay the same for season ticket holders, the board said, and the last evening boat keeps its time.',
  'Harbour staff will hand out the new timetable at both piers during the first week of the change.',
];

/** The three paragraphs as a page holds them, blank-line separated. */
export const BODY = PARAS.join('\n\n');

/** The outlet the indexer settles for a page of `text` (the file read as the CLI reads it). */
export function outletOf(text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.outlet;
}
