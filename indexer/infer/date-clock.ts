/**
 * What a clock time adds to a bare date line (issue 18: a wrong year is worse than none). Above
 * the story it makes the line a stamp (a header shows the day, an article's stamp the minute). At
 * the foot of the page it is as often the time the page was rendered or printed: there it counts
 * only when it names its time zone, as a wire's or a newsroom's stamp does ("02:02 ET (07:02
 * GMT)") and a site's clock does not; without one the line dates the page only when another agrees.
 */
import type { DateCandidateKind, Zone } from './date-candidates.ts';
import { hasClockTime } from './dates.ts';

/** After a clock time: a zone name or abbreviation, or an offset ("+02:00"). */
const TIME_ZONE =
  /\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?\(?(?:(?:UTC|GMT|Z|[ECMPA][SD]?T|BST|IST|W?E[ES]?T|[CW]ES?T|MS[KD]|[JK]ST|HKT|SGT|ICT|PHT|A[ECW][SD]T|NZ[SD]T|WIB|WITA|WIT|SAST|[EWC]AT)\b|[+\-−]\d{2}:?\d{2})/u;

/** A bare date line's clock-time bonus, added to its score. */
export function clockBonus(kind: DateCandidateKind, zone: Zone, text: string): number {
  if (kind !== 'stamp' || !hasClockTime(text)) return 0;
  return zone !== 'tail' || TIME_ZONE.test(text) ? 1 : 0;
}
