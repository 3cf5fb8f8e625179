/**
 * Dates from the corpus path. Only the unambiguous conventions: a year folder (with month and
 * day folders under it) or a file name that starts with an ISO date. The outlet is never read
 * from folder names: a folder called "politics" or "batch-2" is not a publisher.
 */
import { isValidPartialDate } from '../stated-meta.ts';
import type { Settled } from '../types.ts';

export function dateFromPath(source: string): Settled<string> | null {
  const segments = source.split('/');
  const fileName = segments.pop() ?? '';

  const named = /^((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[-_ .]|$)/.exec(fileName);
  if (named && isValidPartialDate(named[0])) {
    return { value: named[0], from: `file name '${named[0]}…'` };
  }

  for (let i = 0; i < segments.length; i++) {
    if (!/^(?:19|20)\d{2}$/.test(segments[i]!)) continue;
    let value = segments[i]!;
    const month = segments[i + 1];
    const day = segments[i + 2];
    if (month && /^\d{2}$/.test(month) && isValidPartialDate(`${value}-${month}`)) {
      value += `-${month}`;
      if (day && /^\d{2}$/.test(day) && isValidPartialDate(`${value}-${day}`)) value += `-${day}`;
    }
    return { value, from: `path '${segments.slice(0, i + 1 + (value.length - 4) / 3).join('/')}/'` };
  }
  return null;
}
