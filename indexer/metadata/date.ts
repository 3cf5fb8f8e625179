/**
 * The publication date from the text: stamps, bylines and syndication lines, the page head above
 * the first paragraph, and a dateline opening it. A date in the middle of the story is about the
 * story, and a copyright year is never the publication year.
 */
import type { DroppedLine } from '../../engine/types.ts';
import { findDates } from '../dates.ts';
import type { Settled } from '../types.ts';
import { quote } from './quote.ts';

export function inferDate(dropped: DroppedLine[], firstBody: { line: number; text: string } | undefined): Settled<string> | undefined {
  for (const d of dropped) {
    if (d.reason !== 'dateline') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `stamp '${quote(d.text)}'` };
  }
  // "By Jane Doe, 3 March 2021", "This article was first published on 3 March 2021": a byline or
  // syndication line dates the article; a photo credit's date is when the photo was taken.
  for (const d of dropped) {
    if ((d.reason !== 'credit' || !/^(?:by|posted by|written by)\s/i.test(d.text)) && d.reason !== 'syndication') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `${d.reason === 'credit' ? 'byline' : 'syndication line'} '${quote(d.text)}'` };
  }
  // Dates in the page head (above the first paragraph), then a dateline opening the first paragraph.
  const top = dropped.filter((d) => firstBody === undefined || d.line < firstBody.line);
  for (const d of top) {
    if (d.reason === 'copyright' || d.reason === 'caption' || d.reason === 'headline' || d.reason === 'title-decoration') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `page head '${quote(d.text)}'` };
  }
  if (firstBody) {
    const m = /^(.{0,60}?)\s+(?:[-–—]|\(\w+\))\s/.exec(firstBody.text);
    const [date] = m ? findDates(m[1]!) : [];
    if (date) return { value: date.iso, from: `dateline '${quote(m![1]!)}'` };
  }
  return undefined;
}
