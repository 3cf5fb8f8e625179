/**
 * A column of other stories' teasers, each cut short by the template with an ellipsis ("Council
 * votes to close the old harbour baths and …"), above the story's headline. A cut teaser of eight
 * words or more ends like a sentence, so the headline scan reads it as the text's first line and
 * stops there, above the headline. One cut line may be a lead that trails off; two or more within
 * a few lines of each other are a template's column.
 */
import { ENDS_IN_ELLIPSIS } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** Lines below a cut line within which the column's next cut line stands. */
const COLUMN_WINDOW = 8;

/** Whether the line at `i` ends cut short by an ellipsis, and another within a few lines below or above does too. */
export function isCutTeaser(lines: readonly ContentLine[], i: number): boolean {
  if (!ENDS_IN_ELLIPSIS.test(lines[i]!.text)) return false;
  for (let j = Math.max(0, i - COLUMN_WINDOW); j < Math.min(lines.length, i + 1 + COLUMN_WINDOW); j++) {
    if (j !== i && lines[j]!.reason === null && ENDS_IN_ELLIPSIS.test(lines[j]!.text)) return true;
  }
  return false;
}
