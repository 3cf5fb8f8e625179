/** The headline `cleanText` chooses for a page given as its lines (the title tests' one question). */
import { cleanText } from '../../indexer/clean/index.ts';

export const headlineOf = (lines: string[]): string | undefined => cleanText(lines.join('\n')).headline?.text;
