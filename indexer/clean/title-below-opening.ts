/**
 * A page that opens with a paragraph may still have its headline below it. Two shapes put one
 * there: a notice about the page (an outdated browser, a consent or subscription banner) printed
 * above the site's own chrome (a skip link, a menu) and the headline under that chrome; and a
 * teaser or lead printed above its headline, the headline repeating its subject. A page with no
 * headline, which opens with its lead and goes on with sub-headings, has neither: what stands
 * right under its first paragraph is the next paragraph or a sub-heading with no chrome before it
 * and no words of the lead's in it. Nor has a page whose opening paragraph carries the scraper's
 * date stamp ("date 2025-03 Paragraph…"): the scraper stored the page from its text on, so what
 * stands under that paragraph is the story's own sub-heading, however many of its words it repeats.
 */
import { endsSentenceAnyScript } from './script-stops.ts';
import { wordCount } from './shape.ts';
import type { ContentLine } from './structure.ts';
import { SCRAPER_STAMP } from './title-shapes.ts';
import { agreement, contentStems } from './title-agreement.ts';

/** Content lines looked at below the opening paragraph: the headline sits right under it or its chrome. */
const WINDOW = 6;
/** Words of the opening paragraph a headline under its teaser repeats. */
const TEASER_SHARED = 2;

export interface BelowOpeningShapes {
  /** A line that could be the headline (its shape, not a stamp, a byline, a caption). */
  isHeadlineShaped: (text: string) => boolean;
  /** A line of the page's chrome the rules have not labelled (a menu item, a run of short links). */
  isChrome: (lines: readonly ContentLine[], i: number) => boolean;
  /** A line that starts the text: a paragraph, or a sentence of some length. */
  startsText: (text: string) => boolean;
}

/**
 * Whether the headline may stand below the opening paragraph at `i`: the next headline-shaped
 * line, before any other paragraph, sits under the site's chrome (the paragraph is a notice above
 * the page), or repeats words of the paragraph while it is no sentence itself (the paragraph is
 * its teaser). Either way the paragraph stays text; only the headline is looked for further down.
 */
export function headlineBelowOpening(lines: readonly ContentLine[], i: number, shapes: BelowOpeningShapes): boolean {
  let chrome = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + WINDOW); j++) {
    const l = lines[j]!;
    if (l.reason !== null || shapes.isChrome(lines, j)) {
      chrome ||= isPageChrome(l);
      continue;
    }
    if (shapes.startsText(l.text)) return false;
    if (!shapes.isHeadlineShaped(l.text)) continue;
    if (chrome) return true;
    if (endsSentenceAnyScript(withoutSlashSignoff(l.text)) || opensStoredText(lines, i) || !isTeaserLength(lines[i]!.text)) return false;
    const met = agreement(l.text, contentStems(lines[i]!.text));
    return met.shared >= TEASER_SHARED && met.words > TEASER_SHARED;
  }
  return false;
}

/** Most words of a teaser printed above its headline: a sentence or two, where a story's first paragraph runs on. */
const MAX_TEASER_WORDS = 60;

/**
 * The opening paragraph is short enough to be a teaser. A page stored without its headline may open
 * with a long first paragraph (a quote, then the story: 128 words on a d4 dev page) over a sub-heading
 * that repeats two of its many words; that sub-heading is the story's, not its headline.
 */
function isTeaserLength(text: string): boolean {
  return wordCount(text, MAX_TEASER_WORDS + 1) <= MAX_TEASER_WORDS;
}

/** Chrome of the page's top rather than of the story: navigation, breadcrumbs, skip links; not an ad or a caption between paragraphs. */
function isPageChrome(l: ContentLine): boolean {
  if (l.reason === null) return wordCount(l.text, 4) <= 3;
  return l.reason === 'navigation' || l.reason === 'breadcrumb' || l.reason === 'promotion';
}

/**
 * A sentence signed after a slash with the author's or the source's initials ("… next week.
 * /ab-cd", "… on Monday. /xyz"): the signature goes, so the line reads as the sentence it is.
 */
const SLASH_SIGNOFF = /([.!?…]["'”’»)]?)\s+\/\s*\p{L}{2,}(?:[-/]\p{L}{2,})*$/u;

function withoutSlashSignoff(text: string): string {
  return text.replace(SLASH_SIGNOFF, '$1');
}

/** The paragraph is the page's first line and starts with the scraper's date stamp: the stored text starts with the story's body. */
function opensStoredText(lines: readonly ContentLine[], i: number): boolean {
  return i === 0 && SCRAPER_STAMP.test(lines[0]!.text);
}
