/**
 * An invented local news story, the article the cleaning tests print page furniture below: four
 * blank-line separated paragraphs under a headline, each a real paragraph by any measure.
 */
import { cleanText } from '../../indexer/clean/index.ts';

export const HEADLINE = 'Harbour bridge to reopen after repairs';
export const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
export const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
export const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';
export const P4 = 'The council said it would decide on a support scheme for the shops at its meeting later this month.';

/** Items of an invented news-in-brief page: a short heading over one paragraph each. */
export const BRIEFS: readonly string[] = [
  'New benches',
  'The parks department has placed twelve new benches along the river path, paid for by the local walking club.',
  'Late buses',
  'Two extra night buses will run on Saturdays from next month, the transport office said after a survey of riders.',
  'Library hours',
  'The town library will open an hour earlier on weekdays so that students can study there before school starts.',
];

/** Blocks as a page holds them, blank-line separated. */
export const page = (...blocks: string[]) => blocks.join('\n\n');
/** The lines the cleaner keeps as text. */
export const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);
/** The reason the cleaner gives for dropping `line` of the page, or undefined when it keeps it. */
export const droppedReason = (text: string, line: string) => cleanText(text).dropped.find((d) => d.text === line)?.reason;
