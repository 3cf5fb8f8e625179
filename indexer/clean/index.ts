/**
 * Separates article text from page junk, line by line, with a reason for every dropped line.
 * First the phrase rules label what they recognise anywhere; then the positional rules use
 * those labels and the lines' shapes to find the headline, captions, lists and subheadings; then
 * a learned classifier (`junk-model.ts`) judges the lines no rule labelled.
 */
import type { DroppedLine } from '../../engine/contract/types.ts';
import type { CleanResult, Headline, KeptLine } from '../types.ts';
import { type PageLine, pageLines } from './page-lines.ts';
import { phraseReasonOfSpacedLine } from './phrases.ts';
import {
  markCaptionLabels,
  markChromeBelowHeadline,
  markHeadlineLists,
  markHeadings,
  markRepeatsOfDropped,
  type ContentLine,
} from './structure.ts';
import { markHeadline } from './headline.ts';
import { classifyLines } from './classify.ts';
import { markRepeatedLines } from './repeats.ts';
import { markCaptionNeighbours } from './captions.ts';
import { markCaptionBlocks } from './caption-blocks.ts';
import { markAltTextCopies } from './alt-text.ts';
import { markEmbeddedPosts } from './embedded-posts.ts';
import { markLoneCounters } from './lone-counters.ts';
import { markByModel } from './junk-model.ts';
import { markClosingSections } from './closing-sections.ts';
import { markClosedNotices, markCommentBlocks } from './comment-blocks.ts';
import { markItemRhythm } from './item-rhythm.ts';
import { markHeadlineRuns } from './headline-run.ts';
import { keepParagraphOpeners } from './paragraph-openers.ts';
import { keepLeadHeadline } from './lead-headline.ts';
import { keepLeadRepeat } from './lead-repeat.ts';
import { markStoryEnd } from './story-end.ts';
import { markBylines } from './bylines.ts';
import { markAuthorNotes } from './author-notes.ts';
import { markPromptBlocks } from './prompt-blocks.ts';
import { markTailBulletLinks } from './tail-bullet-links.ts';
import { keepStampedLeads } from './stamped-lead.ts';
import { keepCommaClauses } from './comma-clauses.ts';
import { keepProseFromNavigation } from './prose-not-menu.ts';
import { keepLogEntries } from './log-entries.ts';
import { keepListingHeadline, keepStoryPageHeadline } from './listing-headline.ts';
import { listingHeading } from './listing-heading.ts';
import { keepArchiveFirstEntry } from './title-archive.ts';
import { keepBriefHeading } from './brief-items.ts';
import { keepStandfirstCopy } from './standfirst-copy.ts';
import { keepStandfirstLines } from './standfirst-lines.ts';
import { keepFieldRows } from './field-rows.ts';
import { keepScoreBox } from './score-box.ts';
import { keepDoubledItemHeadlines } from './doubled-items.ts';
import { markOffTopicTail } from './topic-tail.ts';
import { markLabelledTail } from './labelled-tail.ts';
import { markExcerptTail } from './excerpt-tail.ts';
import { markDatedTeasers } from './dated-teasers.ts';
import { markStampedItems } from './stamped-items.ts';
import { markTailIslands } from './tail-islands.ts';
import { markBlockLabels } from './block-labels.ts';
import { markTeaserItems } from './teaser-items.ts';
import { markBeyondStory } from './beyond-story.ts';
import { markLabelUnderHeadline } from './headline-label.ts';
import { markTailSignoff } from './tail-signoff.ts';
import { markKeptLineShapes } from './kept-line-shapes.ts';
import { markCaptionTwins } from './caption-twins.ts';
import { markForeignScriptLines } from './foreign-script.ts';
import { markBareFieldLabels } from './bare-labels.ts';
import { markNamedStamps } from './named-stamps.ts';
import { maskOfLanguage, type LanguageMask } from './stopwords.ts';

export interface CleanOptions {
  /** Lines a reader removed itself (front matter), reported alongside. */
  alreadyDropped?: DroppedLine[];
  /** Lines the format marks as headings (Markdown `#`): kept as headings unless they are junk. */
  headingLines?: readonly number[];
  /**
   * The line a reader put a stated title on (a record's `title` field). Judged by shape, a
   * one-word title ("Brexit") reads as a menu item, and the short paragraph below it would be
   * taken for the headline and lost from the text.
   */
  titleLine?: number;
  /** The language the article states (manifest, record field, front matter): its stop words are read without guessing. */
  language?: string | undefined;
  /** The page's address (urls.tsv, the manifest, a record's field): its slug names the headline (`title-address.ts`). */
  url?: string | null | undefined;
  /** `pageLines(text)`, when the caller made them already (for the furniture sample): the text is then not split again. */
  lines?: readonly PageLine[] | undefined;
}

/** The non-blank lines as the rules left them, before the classifier judges the rest. */
export interface LabelledLines {
  lines: ContentLine[];
  headline: Headline | null;
  language: LanguageMask;
}

/** @param text decoded text, one source line per line (blank lines separate blocks) */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const { lines, headline, language } = labelLines(text, options);
  markByModel(lines, language);
  keepStandfirstCopy(lines);
  keepLeadRepeat(lines);
  keepStandfirstLines(lines);
  keepFieldRows(lines);
  keepScoreBox(lines);
  keepParagraphOpeners(lines);
  keepLeadHeadline(lines);
  keepStampedLeads(lines);
  keepCommaClauses(lines);
  keepProseFromNavigation(lines);
  keepLogEntries(lines);
  // Before keepListingHeadline: with the first entry back, an archive's heading is read as no entry of the list.
  keepArchiveFirstEntry(lines);
  const listing = keepListingHeadline(lines);
  keepDoubledItemHeadlines(lines);
  keepBriefHeading(lines);
  // Last: the story's core and its tail are read from what every other rule kept.
  markOffTopicTail(lines, language);
  markLabelledTail(lines, language);
  markExcerptTail(lines, headline, language);
  markDatedTeasers(lines, language);
  markStampedItems(lines, language);
  markTailIslands(lines, language);
  markBlockLabels(lines);
  markTeaserItems(lines, language);
  markCaptionTwins(lines);
  markBeyondStory(lines, headline);
  markLabelUnderHeadline(lines, headline);
  markTailSignoff(lines);
  // After every rule that counts the unlabelled lines (kept-line-shapes.ts says why).
  markKeptLineShapes(lines);
  const storyPage = keepStoryPageHeadline(lines);
  markForeignScriptLines(lines, headline);
  markBareFieldLabels(lines, headline);
  markNamedStamps(lines);
  markHeadings(lines, headline, new Set(options.headingLines));
  // Last: the list's heading is read from what every rule above kept and dropped.
  const title = (listing || storyPage ? listingHeading(lines, headline) : null) ?? headline;

  const kept: KeptLine[] = [];
  const dropped: DroppedLine[] = [...(options.alreadyDropped ?? [])];
  for (const l of lines) {
    if (l.reason === null) kept.push({ line: l.line, text: l.text, kind: l.heading ? 'heading' : 'body' });
    else dropped.push({ line: l.line, reason: l.reason, text: l.text });
  }
  // In line order already unless a reader dropped lines first: checked, not sorted (a sort copies the array, 18perf13).
  for (let i = 1; i < dropped.length; i++)
    if (dropped[i]!.line < dropped[i - 1]!.line) {
      dropped.sort((a, b) => a.line - b.line);
      break;
    }
  return listing ? { kept, dropped, headline: title, listing } : { kept, dropped, headline: title };
}

/** The rules' labels: phrases first, then the positional rules that read them. */
export function labelLines(text: string, options: Pick<CleanOptions, 'titleLine' | 'language' | 'lines' | 'url'> = {}): LabelledLines {
  const lines: ContentLine[] = [];
  for (const { line, text: spaced, words } of options.lines ?? pageLines(text)) {
    lines.push({ line, text: spaced, reason: phraseReasonOfSpacedLine(spaced, words), heading: false, words });
  }

  const headline = markHeadline(lines, options.titleLine, options.url);
  markChromeBelowHeadline(lines, headline);
  markCaptionNeighbours(lines);
  markCaptionLabels(lines);
  markCaptionBlocks(lines);
  markAltTextCopies(lines);
  markEmbeddedPosts(lines);
  markLoneCounters(lines);
  markHeadlineLists(lines);
  const language = classifyLines(lines, options.language === undefined ? null : maskOfLanguage(options.language));
  markCommentBlocks(lines, headline?.line ?? null);
  markClosingSections(lines);
  markClosedNotices(lines);
  markItemRhythm(lines);
  markHeadlineRuns(lines);
  markStoryEnd(lines);
  markBylines(lines);
  markAuthorNotes(lines);
  markPromptBlocks(lines);
  markTailBulletLinks(lines);
  markRepeatsOfDropped(lines);
  markRepeatedLines(lines);
  return { lines, headline, language };
}

export { phraseReason } from './phrases.ts';
