/**
 * Where a title line joins a headline and a site's name ("Headline | Example News", "Example News -
 * Headline"): " | ", " - ", " – ", " — ", " :: ", " · ", " • ". One source for every reader of a
 * title line's parts, as regex sources to build their patterns from: the name after the headline
 * (outlet-mentions.ts), the name before it and the join itself (outlet-folder-print.ts), the join
 * left when a confirmed outlet is cut from the title (infer.ts).
 */

/** The join marks but the hyphen, which also sits inside a name ("Example-Presse"). */
const MARKS = '|–—·•';

/** One join mark: a mark above, a hyphen or "::". */
export const JOIN_MARK = `(?:[${MARKS}-]|::)`;

/** A join: a mark with white space on both sides (a hyphen between words is not one). */
export const JOIN = `\\s+${JOIN_MARK}\\s+`;

/** A character a part of the title line may hold: any but a mark (a hyphen may, as above). */
export const PART_CHAR = `[^${MARKS}]`;
