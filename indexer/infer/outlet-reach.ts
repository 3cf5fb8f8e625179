/**
 * How far the outlet readers look, in one place so that they agree on what the story's opening is
 * and which lines are its paragraphs.
 */

/** Datelines open the story: only the page's first lines are read for one. */
export const DATELINE_LINES = 15;

/**
 * Words of a line beyond which it is a paragraph of the story (prose: only mentions are read in it).
 * `PageLine.words` counts up to one more than this and stops (outlet-candidates.ts).
 */
export const PROSE_WORDS = 14;
