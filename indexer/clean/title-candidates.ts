/**
 * Which line is the headline: the lines at the top of a page, up to the first paragraph, each
 * scored as a headline candidate. A page's top holds mastheads, section labels, menus, date and
 * weather widgets, bylines and captions as well as the headline; each of those has a shape
 * (`title-shapes.ts`) and a place relative to the headline (a label sits right above a fuller
 * line; the headline is printed again below; the body follows it), and the best-scored
 * candidate wins.
 */
import {
  endsSentence,
  endsWithFullStop,
  hasLineKey,
  lineKey,
  looksLikeBreadcrumb,
  looksLikeCapsMenu,
  looksLikeSeparatedMenu,
  wordCount,
} from './shape.ts';
import type { ContentLine } from './structure.ts';
import { endsOtherFullStop } from './script-stops.ts';
import { isEndPartOf, isHeadlineLeft, lowerCaseWords, suffixNamedElsewhere } from './title.ts';
import {
  gluedPrefixEnd,
  hasPhotoCue,
  hasTrailingCredit,
  isAllCaps,
  isBracketed,
  isBulleted,
  isArrowLink,
  isByline,
  dateStampWords,
  dumpedRecordTitle,
  isDomain,
  isTitleCased,
  isPublicationStamp,
  isWeather,
  isWidgetName,
  isYearlessDate,
  stripScraperStamp,
  withoutCapsKicker,
} from './title-shapes.ts';
import { agreement, contentStems } from './title-agreement.ts';
import { segmentedWordCount } from './unspaced-words.ts';
import { hasClockTime, isDateOnly } from '../infer/dates.ts';
import { isKickerOnTop, type StackedLine } from './title-kicker.ts';
import { stopWordCount } from './stopwords.ts';
import { findBodyStart, type BodyShapes } from './body-start.ts';
import { isLoneTeaser } from './lone-teaser.ts';
import { headlineBelowOpening, type BelowOpeningShapes } from './title-below-opening.ts';
import { storyHeadingBelow, type Met } from './title-story-heading.ts';
import { isHeadlineOverChrome, type OverChromeShapes } from './title-over-chrome.ts';
import { isCutTeaser } from './cut-teasers.ts';
import { phraseReason } from './phrases.ts';
import { isWordedByline } from './bylines.ts';
import { holdsAddress, lineNamedByAddress } from './title-address.ts';
import { archiveHeadingAtTop, tagHeadingAtTop } from './title-archive.ts';

/**
 * Content lines looked at: menus above a headline can be long (a list of 80 cities). This bounds
 * the candidates too: a cap of 15 candidates missed a headline under a column of job ads, and
 * lifting it moved no other page of the labelled sets (2026-12-05: 2 of 574 pages reach 15).
 */
const MAX_SCAN_LINES = 150;
/** How far below a candidate its repeat (the headline printed again over the text) may sit. */
const REPEAT_WINDOW = 12;

/** Weights of the evidence; a candidate's score is their sum. */
const WEIGHT = {
  /** Each earlier candidate: the headline is near the top. */
  rank: -1,
  /** A short name right above a fuller headline-shaped line is a section, kicker or masthead. */
  label: -3,
  /** A line above the site's menu (a banner, a slogan, the site's name): the page's header, not the story's. */
  masthead: -3,
  /** The same text again a few lines down (above the photo, in the article header). */
  repeated: 1.5,
  /** A date with a few other words: a stamp with a credit or a section ("SPORT - 4 Mart 2021 Perşembe 18:05"). */
  dateStamp: -3,
  /**
   * A byline in the trade's words of any language ("De Jane Doe", "홍길동 기자") or a control's own
   * name ("Search icon"): the page's chrome. Weighed, not dropped: each candidate's place counts in
   * the rank of those below it, and a byline printed twice (its avatar's alt text over the name)
   * must not outscore the headline above it.
   */
  namedChrome: -3,
  /** Ends like a sentence: a standfirst or a lead more often than a headline. */
  sentence: -1,
  /** Shares words with the paragraphs below: about the story. */
  agrees: 1,
  /**
   * Shares three content words or more with the paragraphs below, half of its own at least, and ends
   * in no full stop: about the story more closely than a line sharing one or two (a subscription
   * prompt, a banner, a section naming the topic). One rank step: at two it turned nine titles of
   * the labelled sets wrong (one in each of nine sets) for two it put right.
   */
  agreesClosely: 1,
  /** The label over a list's first entry (a report page's title over its reports): the page's title. */
  listTitle: 0,
  /** Shares no word with the paragraphs below: a banner, a gate, a widget, a section name. */
  unrelated: -1,
  /** The last candidate above the story's first run of paragraphs (`body-start.ts`): the story's own heading. */
  opensBody: 2,
  /** Repeated word for word by the story, under lines about other things (`title-story-heading.ts`): it wins outright. */
  storyHeading: 0,
};

export interface HeadlinePick {
  /** Index into the content lines. */
  index: number;
  /** The headline text: the line without a scraper stamp, a glued or capitalised section kicker, breadcrumb steps. */
  text: string;
  /** Why it won, for debugging and tests. */
  evidence: string[];
  /** An archive's or a tag's heading over its list of entries (`title-archive.ts`): the page is a listing. */
  archive?: boolean;
}

interface Candidate extends HeadlinePick {
  score: number;
  words: number;
  /** `dateStampWords` of the text. */
  stamp: number;
}

/** The best headline candidate among the top lines, or null when the page opens with body text. */
export function pickHeadline(lines: ContentLine[], pageText: () => string, slug?: ReadonlySet<string> | null): HeadlinePick | null {
  const scored = scoreHeadlineCandidates(lines, pageText);
  const pick = archiveHeading(lines, scored === null ? null : scored.candidates[scored.best]!);
  const named = slug ? namedByAddress(lines, slug, pick, pageText) : null;
  if (named) return named;
  if (pick === null) return null;
  const { index, text, evidence, archive } = pick;
  return archive ? { index, text, evidence, archive } : { index, text, evidence };
}

/**
 * An archive's heading (`title-archive.ts`: "Tag: …", "Category: …") or a tag's heading (a short line
 * whose words the entries repeat) at the page's top, over a list of entries: the page's own title,
 * where the pick is its first entry's headline or the site's chrome.
 */
function archiveHeading(lines: ContentLine[], pick: HeadlinePick | null): HeadlinePick | null {
  const at = pick?.index ?? -1;
  const archive = archiveHeadingAtTop(lines, at, isBodyParagraph);
  const i = archive >= 0 ? archive : tagHeadingAtTop(lines, at, isBodyParagraph);
  if (i < 0) return pick;
  const why = archive >= 0 ? "an archive's heading over its list of entries" : "a tag's heading, its words repeated by the list's entries";
  return { index: i, text: lines[i]!.text.trim(), evidence: [why], archive: true };
}

/**
 * The line the page's address names (`title-address.ts`), when it is not the pick and the pick
 * holds fewer than half the slug's words: a pick that holds them (the headline with its section left
 * on, reworded, or longer than a slug cut short) keeps its place.
 */
const LEADING_BULLET = /^[•·▪◦‣∙]\s+/u;

function namedByAddress(
  lines: ContentLine[],
  slug: ReadonlySet<string>,
  pick: HeadlinePick | null,
  pageText: () => string,
): HeadlinePick | null {
  const named = lineNamedByAddress(lines, Math.min(lines.length, MAX_SCAN_LINES), slug);
  if (named === null || named.index === pick?.index || (pick !== null && holdsAddress(pick.text, slug))) return null;
  // A bullet the scraper kept from the list the headline was laid out in is the list's, not the headline's.
  const raw = lines[named.index]!.text.replace(LEADING_BULLET, '');
  return { index: named.index, text: headlineText(raw, pageText) ?? raw, evidence: ["named by the page's address"] };
}

/** Every headline candidate among the top lines with its score and evidence, and which one wins. */
export function scoreHeadlineCandidates(
  lines: ContentLine[],
  pageText: () => string,
  why?: (i: number, reason: string) => void,
): { candidates: readonly (HeadlinePick & { score: number })[]; best: number } | null {
  const candidates: Candidate[] = [];
  const scanEnd = Math.min(lines.length, MAX_SCAN_LINES);
  let noticeSkipped = false;
  let sentenceOpening = -1;
  let textStart = -1;
  for (let i = 0; i < scanEnd; i++) {
    const l = lines[i]!;
    // The scraper's stamp before the first line makes it read as a dateline; what follows is the
    // title line. A record printed whole (read as script when it is JSON) holds the title in a field.
    const dumped = dumpedRecordTitle(l.text);
    const raw = dumped ?? (i === 0 ? stripScraperStamp(l.text) : l.text);
    const stamped = raw !== l.text && (l.reason === 'dateline' || (dumped !== null && l.reason === 'script'));
    // What follows the stamp is judged as a line of its own: a skip link ("Jump to content") is chrome.
    if (
      (l.reason !== null && !stamped) ||
      (stamped && phraseReason(raw) !== null) ||
      (isTopChrome(lines, i) && !isCapsHeadline(lines, i))
    ) {
      why?.(i, l.reason !== null ? `phrase label ${l.reason}` : 'top chrome');
      continue;
    }
    // A paragraph, or below a candidate the first sentence of some length, starts the text; unless
    // a notice (a webmail chooser, an age gate) stands above a headline printed twice.
    const startsText =
      ((isBodyParagraph(raw) && !isTeaser(lines, i) && !(candidates.every(isShortLine) && isLongHeadline(raw))) ||
        (candidates.length > 0 && isSentence(raw))) &&
      !isLoneTeaser(lines, i, BODY_SHAPES);
    // One of a column of teasers cut short by an ellipsis: other stories, not the text's start.
    if (startsText && !isBodyParagraph(raw) && isCutTeaser(lines, i)) {
      why?.(i, 'cut teaser');
      continue;
    }
    if (startsText && !isBodyParagraph(raw) && isTeaserOverStory(lines, i, candidates)) {
      why?.(i, 'teaser over the story: about nothing in it, as no candidate above is');
      continue;
    }
    if (startsText) {
      if (candidates.length > 0 && !isBodyParagraph(raw) && !noticeSkipped) sentenceOpening = i;
      if (
        noticeSkipped ||
        !(
          repeatedHeadlineFollows(lines, i) ||
          (candidates.length === 0 && headlineBelowOpening(lines, i, BELOW_OPENING)) ||
          (candidates.every(isShortLine) && headlineOverHeaderFollows(lines, i))
        )
      ) {
        textStart = i;
        why?.(i, `starts text (${isBodyParagraph(raw) ? 'paragraph' : 'sentence'}): scan stops`);
        break;
      }
      noticeSkipped = true;
      why?.(i, 'notice skipped');
      continue;
    }
    if (!couldBeHeadline(raw) || isNotHeadline(raw) || isWeatherNeighbour(lines, i)) {
      why?.(
        i,
        !couldBeHeadline(raw) ? 'not headline-shaped (length/ending)' : isNotHeadline(raw) ? 'never-headline shape' : 'weather neighbour',
      );
      continue;
    }
    const text = headlineText(raw, pageText);
    if (text === null) {
      why?.(i, 'nothing headline-like left after decoration');
      continue;
    }
    candidates.push({ index: i, text, evidence: [], score: 0, words: wordCount(text, 40), stamp: dateStampWords(text) });
  }
  if (candidates.length === 0) return null;

  // From the bottom up: a name over a label is a label too (masthead, section, sub-section stacked
  // over the headline).
  const labels = new Set<Candidate>();
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    // The next line that could be a headline, past date stamps ("News Update", a dated byline, the headline).
    const next = candidates.slice(k + 1).find((n) => n.stamp < 0);
    if (
      next &&
      !isShortHeadlineOverStandfirst(c, next, lines) &&
      (isLabelOver(c, next, lines) ||
        (labels.has(next) && isNameShaped(c) && onlyChromeBetween(lines, c, next)) ||
        isKickerOnTop(stacked(lines, c), stacked(lines, next)))
    ) {
      labels.add(c);
      add(c, 'label', `label over line ${lines[next.index]!.line}`);
    }
  }
  const mastheads = markMastheads(lines, candidates, labels);
  markBodyOpener(lines, candidates);
  const shares = candidates.map((c) => agreement(c.text, leadStems(lines, c)));
  const met = scoreAgreement(candidates, shares);
  const repeats = new Set<Candidate>();
  candidates.forEach((c, k) => {
    c.score += k * WEIGHT.rank;
    if (
      repeatedBelow(lines, c) &&
      !isStandfirstCopy(candidates, k, labels) &&
      !isShortCopyUnderHeadline(candidates, shares, k) &&
      !isPictureTwinUnderHeadline(candidates, met, k, { labels, mastheads, repeats })
    ) {
      repeats.add(c);
      add(c, 'repeated', 'printed again below');
    }
    if (isWordedByline(c.text) || isWidgetName(c.text)) add(c, 'namedChrome', "a byline or a control's name");
    if (c.stamp >= 2) add(c, 'dateStamp', 'a date stamp');
    else if (isYearlessDate(c.text)) add(c, 'dateStamp', 'a date without a year');
    // A closing quote after a word ends a quote, not a sentence: headlines quote ("« Assurer l’avenir »", 'Minister: "We will win"').
    if (endsWithFullStop(c.text)) add(c, 'sentence', 'ends like a sentence');
    if (met[k] === 'agrees' && agreesClosely(lines, candidates, shares, k))
      add(c, 'agreesClosely', 'shares many of its words with the text');
  });
  let best = 0;
  for (let k = 1; k < candidates.length; k++) if (beats(lines, candidates, met, k, best)) best = k;
  best = agreeingUnderShortLine(candidates, met, best);
  const shaped = candidates.map((_, k) => mayHeadStory(lines, candidates, k, labels));
  const heading = storyHeadingBelow(
    shares.map((m, k) => ({ ...m, headlineShaped: shaped[k]! })),
    best,
  );
  if (heading !== best) {
    add(candidates[heading]!, 'storyHeading', 'the story repeats its words, under lines about other things');
    best = heading;
  } else {
    const teased = headingUnderTeasers(lines, candidates, shaped, best);
    if (teased !== best) {
      add(candidates[teased]!, 'storyHeading', 'the text under every candidate repeats its words, under other stories');
      best = teased;
    }
  }
  if (isListEntry(lines, candidates[best]!)) {
    // The page is a list of entries: its title is the label over the first one, if any.
    const title = candidates.slice(0, best).findLastIndex((c) => labels.has(c));
    if (title < 0) return null;
    add(candidates[title]!, 'listTitle', `over a list of entries from line ${lines[candidates[best]!.index]!.line}`);
    best = title;
  }
  const under =
    headlineUnderLabels(lines, candidates, shares, sentenceOpening, pageText) ?? headlineOverChrome(lines, shares, textStart, pageText);
  if (under) {
    candidates.push(under);
    best = candidates.length - 1;
  }
  return { candidates, best };
}

/**
 * Fewer words than a headline has: a section, a masthead or a kicker ("Local news", "Harbour
 * Gazette"). Such lines above a long headline do not make it the text's first paragraph: a page
 * prints its section over the headline as often as not.
 */
function isShortLine(c: Candidate): boolean {
  return lineWords(c.text, TIE_MIN_WORDS) < TIE_MIN_WORDS;
}

/** Most words of a label over the text: a section, an archive's name ("Category Archive: Town Notices"). */
const MAX_LONE_LABEL_WORDS = 4;

/**
 * A headline written as a sentence under nothing but labels: the scan stops at a sentence once it
 * has a candidate, so a headline ending in a full stop or an exclamation mark under a section label
 * ("Latest news", "Category Archive: Town Notices") left the label as the title. When every candidate
 * is a short label sharing no word with the text, or a date stamp (an edition's "Édition du mardi 2
 * décembre 2025", whose date words the text may share), and the sentence that stopped the scan (no
 * paragraph: fifteen words or fewer) shares words with the text below it, that sentence is the
 * headline. (A lead of ten words or more ending in a full stop stays in the text: lead-headline.ts.)
 */
function headlineUnderLabels(
  lines: ContentLine[],
  candidates: Candidate[],
  shares: readonly Met[],
  opening: number,
  pageText: () => string,
): Candidate | null {
  if (opening < 0) return null;
  const labels = candidates.every((c, k) => c.stamp >= 2 || (isLoneLabel(c) && shares[k]!.shared === 0));
  if (!labels) return null;
  const text = headlineText(lines[opening]!.text, pageText);
  if (text === null) return null;
  const c: Candidate = { index: opening, text, evidence: [], score: 0, words: wordCount(text, 40), stamp: dateStampWords(text) };
  if (agreement(text, leadStems(lines, c)).shared < 2) return null;
  c.evidence.push('a sentence under labels only, about the text below');
  return c;
}

/**
 * The sentence that stopped the scan, when it is a headline set apart from the text by chrome
 * (`title-over-chrome.ts`). `shares`: how each candidate met the text below it.
 */
function headlineOverChrome(lines: ContentLine[], shares: readonly Met[], start: number, pageText: () => string): Candidate | null {
  if (start < 0) return null;
  const text = headlineText(lines[start]!.text, pageText);
  if (text === null) return null;
  const c: Candidate = { index: start, text, evidence: [], score: 0, words: wordCount(text, 40), stamp: dateStampWords(text) };
  const story = leadStems(lines, c);
  const above = shares.map((m) => m.shared);
  if (!isHeadlineOverChrome(lines, start, above, story, OVER_CHROME)) return null;
  c.evidence.push('a sentence over chrome, about the text below it as no line above is');
  return c;
}

/** A label's shape: a few words, or up to four when they are a name ("Category Archive: Town Notices"). */
function isLoneLabel(c: Candidate): boolean {
  const n = lineWords(c.text, MAX_LONE_LABEL_WORDS + 1);
  return n <= MAX_LONE_LABEL_WORDS - 1 || (n <= MAX_LONE_LABEL_WORDS && isNameShaped(c));
}

/** Content lines between the story's heading and its first paragraph: a byline, a date, a picture and its credit. */
const OPENER_GAP = 6;
/** A line this close under a candidate, longer or on its subject, is its standfirst or subtitle, not another headline. */
const STANDFIRST_GAP = 3;

/**
 * The last candidate above the story's first run of paragraphs (`body-start.ts`), close above it:
 * the story's own heading, wherever the page's chrome and sidebars put other headline-shaped lines
 * (a profile box, a widget's caption) above it. Not a line stacked right under another candidate
 * (a subtitle, a caption or a kicker's headline, which the label rules judge), nor a standfirst:
 * a line close under a candidate that runs longer or repeats its words.
 */
function markBodyOpener(lines: ContentLine[], candidates: Candidate[]): void {
  const start = findBodyStart(lines, BODY_SHAPES, Math.min(lines.length, MAX_SCAN_LINES));
  if (start < 0) return;
  const k = candidates.findLastIndex((n) => n.index < start);
  const c = candidates[k];
  if (!c || start - c.index > OPENER_GAP) return;
  const above = candidates[k - 1];
  if (above && (c.index === above.index + 1 || (c.index - above.index <= STANDFIRST_GAP && isStandfirstOf(c, above)))) return;
  if (above && isHeadingOverMeta(lines, above, c)) {
    add(above, 'opensBody', `over the story's date or byline and the text from line ${lines[start]!.line}`);
    return;
  }
  add(c, 'opensBody', `over the text from line ${lines[start]!.line}`);
}

/**
 * The story's heading over its date or byline, and a line under them right above the text: the
 * article's header closes with its date and byline, so a line between them and the paragraphs is
 * the text's first subheading ("Headline" / "28 January 2021" / "The council decides" / text),
 * not the story's heading. Only when every line between the two is a date or a byline, the
 * upper line is about the story (shares a word with the text under it) and the lower one is no
 * longer (a headline under a section's name and a date is longer than the name).
 */
function isHeadingOverMeta(lines: ContentLine[], above: Candidate, c: Candidate): boolean {
  if (c.words > above.words) return false;
  for (let j = above.index + 1; j < c.index; j++) if (!isMetaLine(lines[j]!)) return false;
  return c.index > above.index + 1 && agreement(above.text, leadStems(lines, above)).shared > 0;
}

/** A date or a byline alone on its line: the article header's last lines. */
function isMetaLine(l: ContentLine): boolean {
  return l.reason === 'dateline' || isDateOnly(l.text) || isByline(l.text) || isWordedByline(l.text);
}

/** Content words a candidate above shares with the story, at least, for a short line's copy under it to count for nothing. */
const HEADLINE_ABOVE_SHARED = 2;

/**
 * A short line (fewer than four words) printed again under a candidate of headline length that is
 * about the story: a picture's alt text over its caption ("Minister of Health" twice), a byline's
 * name over its avatar's. Templates print such lines twice as they print the headline twice, so
 * the copy says nothing of which line is the headline; with it, a two-word caption outscored the
 * headline right above it. A short headline under nothing of the story's (a section, a kicker)
 * keeps its copy's weight.
 */
function isShortCopyUnderHeadline(candidates: readonly Candidate[], shares: readonly Met[], k: number): boolean {
  if (lineWords(candidates[k]!.text, TIE_MIN_WORDS) >= TIE_MIN_WORDS) return false;
  for (let j = 0; j < k; j++)
    if (lineWords(candidates[j]!.text, TIE_MIN_WORDS) >= TIE_MIN_WORDS && shares[j]!.shared >= HEADLINE_ABOVE_SHARED) return true;
  return false;
}

/** What the scan has made of the candidates above: labels, mastheads, and those printed again below. */
interface Marked {
  labels: ReadonlySet<Candidate>;
  mastheads: ReadonlySet<Candidate>;
  repeats: ReadonlySet<Candidate>;
}

/**
 * A line printed twice under the page's headline is a picture's alt text and its caption ("Judges
 * during a past court hearing" twice, a credit "Ill. Jane Doe" twice), not the headline's second
 * print, which is what the repeat weight stands for: with it, such a line one rank below the
 * headline outscored it. The headline here is the page's first candidate of four words or more
 * (only shorter lines above it: a masthead, a section), when it is no label or masthead, is not
 * printed twice itself, does not end in a full stop, does not share no word with the text while
 * another line does, has more words than the doubled line and does not hold it whole (a title line
 * with the site's name over its headline printed twice). A headline under a longer line of
 * chrome (a promo, a menu of place names, a stale-news notice) keeps its repeat: that line is the
 * page's first long candidate, and the doubled headline is longer or the line is no headline.
 */
function isPictureTwinUnderHeadline(candidates: readonly Candidate[], met: readonly Agreement[], k: number, marked: Marked): boolean {
  const t = candidates.findIndex((x) => lineWords(x.text, TIE_MIN_WORDS) >= TIE_MIN_WORDS);
  if (t < 0 || t >= k) return false;
  const top = candidates[t]!;
  if (marked.labels.has(top) || marked.mastheads.has(top) || marked.repeats.has(top)) return false;
  const c = candidates[k]!;
  if (top.words <= c.words || endsWithFullStop(top.text) || met[t] === 'unrelated') return false;
  // A title line that holds the doubled line whole ("Headline | Local news - Site" over "Headline"): its headline's own copy.
  return !` ${lineKey(top.text)} `.includes(` ${lineKey(c.text)} `);
}

/** More words than a headline runs to: a standfirst's length. */
const STANDFIRST_WORDS = 16;

/**
 * A standfirst the template prints twice (in its own slot and again as the photo's caption) under
 * the headline: a line of a standfirst's length close under a headline-shaped candidate (no label)
 * that it outruns. Being printed again makes it no headline.
 */
function isStandfirstCopy(candidates: Candidate[], k: number, labels: ReadonlySet<Candidate>): boolean {
  const c = candidates[k]!;
  const above = candidates[k - 1];
  if (!above || labels.has(above) || above.words < TIE_MIN_WORDS || c.words < STANDFIRST_WORDS) return false;
  return c.index - above.index <= STANDFIRST_GAP && c.words > above.words;
}

/** Longer than the candidate above, or sharing its content words: its standfirst. */
function isStandfirstOf(c: Candidate, above: Candidate): boolean {
  return c.words > above.words || agreement(c.text, contentStems(above.text)).shared > 0;
}

/** How far below a candidate a sibling entry of the same list may start. */
const LIST_WINDOW = 60;

/**
 * The candidate is the first entry of a list: a live blog's or a report page's entries, each a
 * short heading over its paragraphs ("14:45 – Tree falls on a parked car" over its text, then
 * "15:01 – …"; "Crash on the motorway" over "– Townsville" and the report). A later heading, with
 * paragraphs between, opens with the same words and numbers in the same places (digits aside), or
 * carries the same short line under it ("– Place"): the entries share a template, which a story's
 * headline and its subheadings do not.
 */
function isListEntry(lines: ContentLine[], c: Candidate): boolean {
  const opening = openingKey(lines[c.index]!.text);
  const under = metaKey(lines, c.index);
  if (opening === null && under === null) return false;
  const key = lineKey(c.text);
  let paragraphs = 0;
  for (let j = c.index + 1; j < Math.min(lines.length, c.index + 1 + LIST_WINDOW); j++) {
    const l = lines[j]!;
    if (l.reason !== null) continue;
    if (isBodyParagraph(l.text) || isSentence(l.text)) {
      paragraphs++;
      continue;
    }
    // The headline printed again over the text is no second entry.
    if (paragraphs === 0 || !couldBeHeadline(l.text) || hasLineKey(l.text, key)) continue;
    if ((opening !== null && openingKey(l.text) === opening) || (under !== null && metaKey(lines, j) === under)) return true;
  }
  return false;
}

/** The first two words with their digits as zeros, when they hold a number ("ore 00:00,"); else null. */
function openingKey(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/).slice(0, 2);
  return words.length === 2 && /\d/.test(words.join(' ')) ? words.join(' ').replace(/\d/g, '0') : null;
}

/**
 * The shape of a short line right under a heading that opens with a dash or a bullet ("– Townsville":
 * the entry's place): its mark and word count. Null when there is none.
 */
function metaKey(lines: ContentLine[], i: number): string | null {
  const next = lines[i + 1];
  if (!next || next.reason !== null) return null;
  const m = /^([–—•·|-])\s+\S/u.exec(next.text);
  const words = wordCount(next.text, 4);
  return m && words <= 3 ? `${m[1]}${words}` : null;
}

/**
 * Candidates above the site's menu are its header: a banner, a slogan or the site's name ("The
 * voice of the coast since 1890") stands over the menu, the story's headline under it. A menu
 * between two candidates — a line of menu shape (pipes, a breadcrumb, words in capitals) or two
 * or more menu items — marks every candidate above it; so does the site's clock opening the page
 * mark the candidate right under it. Not a candidate that is the story's (printed again below,
 * or sharing two words or more with the text), nor any when nothing below is about the story
 * either (shares a word with the text).
 */
function markMastheads(lines: ContentLine[], candidates: Candidate[], labels: ReadonlySet<Candidate>): Set<Candidate> {
  const marked = new Set<Candidate>();
  let below = -1;
  let why = 'above the menu';
  for (let k = candidates.length - 2; k >= 0 && below < 0; k--)
    if (menuBetween(lines, candidates[k]!.index, candidates[k + 1]!.index)) below = k + 1;
  if (below < 0 && candidates.length >= 2 && opensWithClock(lines, candidates[0]!) && !isStandfirstUnder(candidates[0]!, candidates[1]!)) {
    below = 1;
    why = "under the site's clock";
  }
  if (below < 0) return marked;
  const under = candidates.slice(below);
  const aboutStory = under.map((n) => agreement(n.text, leadStems(lines, n)));
  if (!aboutStory.some((a) => a.shared > 0)) return marked;
  for (const c of candidates.slice(0, below)) {
    if (labels.has(c)) continue;
    const key = lineKey(c.text);
    if (under.some((n) => lineKey(n.text) === key)) continue;
    if (agreement(c.text, leadStems(lines, c)).shared >= 2) continue;
    add(c, 'masthead', `${why}, over line ${lines[candidates[below]!.index]!.line}`);
    marked.add(c);
  }
  return marked;
}

/**
 * The page opens with a bare date, no clock time, right above the first candidate: the site's
 * clock ("Wednesday, 4 December 2024") over its banner, as printed in many mastheads. (A blog's
 * date over its post title has no second candidate before the text.)
 */
function opensWithClock(lines: ContentLine[], first: Candidate): boolean {
  const top = lines[0]!;
  if (first.index === 0 || !isDateOnly(top.text) || hasClockTime(top.text)) return false;
  for (let j = 1; j < first.index; j++) if (!isTopChrome(lines, j) && lines[j]!.reason === null) return false;
  return true;
}

/** A longer line right under a candidate: its standfirst, which makes it the headline rather than a banner. */
function isStandfirstUnder(c: Candidate, next: Candidate): boolean {
  return next.index === c.index + 1 && next.words > c.words;
}

/** Lines that make a menu: one of menu shape, or two or more menu items (single words, short names in a run). */
function menuBetween(lines: ContentLine[], from: number, to: number): boolean {
  let items = 0;
  for (let j = from + 1; j < to; j++) {
    const l = lines[j]!;
    if (l.reason === 'navigation' || l.reason === 'breadcrumb') items++;
    if (l.reason !== null) continue;
    if (isCapsMenu(l.text) || looksLikeSeparatedMenu(l.text) || looksLikeBreadcrumb(l.text)) return true;
    if (isTopChrome(lines, j)) items++;
  }
  return items >= 2;
}

/**
 * Candidate `k` beats the best so far on its score; on a tie, when it shares words with the text
 * and the best does not (a banner, a caption or a notice above the headline scored as high), unless
 * it reads as the story's first sentence, is a short name (a venue, a place: "Harbour Road,
 * Porthaven"), or is a longer line on the very next line: the standfirst under its headline.
 */
function beats(lines: ContentLine[], candidates: Candidate[], met: Agreement[], k: number, best: number): boolean {
  const c = candidates[k]!;
  const b = candidates[best]!;
  if (c.score !== b.score) return c.score > b.score;
  if (met[k] !== 'agrees' || met[best] === 'agrees' || endsInFullStop(c.text) || lineWords(c.text, TIE_MIN_WORDS) < TIE_MIN_WORDS)
    return false;
  return c.words <= b.words || lines[c.index]!.line > lines[b.index]!.line + 1;
}

/**
 * Whether candidate `k` has a headline's shape for `storyHeadingBelow`: four words or more (a venue
 * or a name is shorter), and not a longer line on the source line right under a candidate that is
 * no label (the standfirst under its headline).
 */
function mayHeadStory(lines: ContentLine[], candidates: Candidate[], k: number, labels: ReadonlySet<Candidate>): boolean {
  const c = candidates[k]!;
  if (lineWords(c.text, TIE_MIN_WORDS) < TIE_MIN_WORDS) return false;
  const above = candidates[k - 1];
  return !above || labels.has(above) || lines[c.index]!.line !== lines[above.index]!.line + 1 || c.words <= above.words;
}

/**
 * A short line of fewer than four words that shares no word with the story ("Connect with us", a
 * section, a widget's label) does not win on rank over a later candidate of headline length that
 * shares words with it (not a sentence ending in a full stop: a lead or a standfirst): with two or
 * three other lines between, rank outweighed the agreement. Short lines of the top are far more
 * often chrome than headline (18tsuf: one-word lines at or above the headline are it 5 times of
 * 214 on dev pages). title-probes `line above` (283 dev pages): one page more right in each of 8
 * probes, none broken; on the labelled sets it changes no title.
 */
function agreeingUnderShortLine(candidates: Candidate[], met: Agreement[], best: number): number {
  if (met[best] !== 'unrelated' || lineWords(candidates[best]!.text, TIE_MIN_WORDS) >= TIE_MIN_WORDS) return best;
  const k = met.findIndex(
    (m, j) =>
      j > best && m === 'agrees' && lineWords(candidates[j]!.text, TIE_MIN_WORDS) >= TIE_MIN_WORDS && !endsInFullStop(candidates[j]!.text),
  );
  if (k < 0) return best;
  candidates[k]!.evidence.push('about the story, under a short line about nothing in it');
  return k;
}

/** Ends in a full stop, not in a question or an exclamation mark, which headlines end in too. */
function endsInFullStop(text: string): boolean {
  return endsSentence(text) && !/[?!]["'”’»]?$/.test(text);
}

/** Fewer words than this is a name or a label more often than a headline: it does not win a tie. */
const TIE_MIN_WORDS = 4;

/** How a candidate met the text below it: shares words, shares none (while another does), or neither. */
type Agreement = 'agrees' | 'unrelated' | null;

/**
 * A candidate that shares words with the text below it gains; when one does, those that share
 * none lose (a banner or a gate above the headline). When none does (a live blog whose intro
 * is generic), the words say nothing and the other evidence decides.
 */
function scoreAgreement(candidates: Candidate[], met: readonly Met[]): Agreement[] {
  const none: Agreement[] = candidates.map(() => null);
  // A lone candidate has nothing to be weighed against (most clean article files).
  if (candidates.length < 2) return none;
  const agrees = met.map(({ words, shared }) => shared >= 2 || (shared === 1 && words <= 2));
  if (!agrees.includes(true)) return none;
  return candidates.map((c, k) => {
    if (agrees[k]) add(c, 'agrees', 'shares words with the text');
    else if (met[k]!.shared === 0) add(c, 'unrelated', 'shares no word with the text');
    return agrees[k] ? 'agrees' : met[k]!.shared === 0 ? 'unrelated' : null;
  });
}

/** Fewest content words a candidate shares with the text to agree closely (`WEIGHT.agreesClosely`). */
const CLOSE_SHARED = 3;

/**
 * Candidate `k` (which agrees with the text) shares three content words or more with it, half of its
 * own at least, and has a headline's shape: four words or more (a venue, a name or an organisation
 * the story repeats is shorter), no full stop at its end (a lead, a standfirst, a title line cut
 * with an ellipsis), and is not a longer line on the source line right under the candidate above
 * (the standfirst under its headline, which `beats` and `mayHeadStory` set apart as well).
 */
function agreesClosely(lines: readonly ContentLine[], candidates: readonly Candidate[], shares: readonly Met[], k: number): boolean {
  const c = candidates[k]!;
  const { words, shared } = shares[k]!;
  if (shared < CLOSE_SHARED || shared * 2 < words || endsInFullStop(c.text) || lineWords(c.text, TIE_MIN_WORDS) < TIE_MIN_WORDS)
    return false;
  const above = candidates[k - 1];
  return !above || lines[c.index]!.line !== lines[above.index]!.line + 1 || c.words <= above.words;
}

/** Long lines that open the text below a candidate: what its words are checked against. */
const LEAD_LINES = 3;
const LEAD_WINDOW = 20;
const LEAD_MIN_WORDS = 10;

/**
 * The content-word stems of the first few long lines below a candidate (its own copies aside). Exported for the
 * title tools (title-trace.ts, title-stop.ts), which ask what a headline is weighed against.
 */
export function leadStems(lines: readonly ContentLine[], c: Pick<Candidate, 'index' | 'text'>): Set<string> {
  const out = new Set<string>();
  const key = lineKey(c.text);
  let taken = 0;
  for (let j = c.index + 1; j < Math.min(lines.length, c.index + 1 + LEAD_WINDOW) && taken < LEAD_LINES; j++) {
    const l = lines[j]!;
    if (l.reason !== null || lineWords(l.text, LEAD_MIN_WORDS) < LEAD_MIN_WORDS || hasLineKey(l.text, key)) continue;
    // A line that carries the candidate as a name, not text about it ("Headline - Harbour Gazette" under the
    // masthead "Harbour Gazette"): counted, it made the masthead agree with the story by its own words.
    if (isEndPartOf(key, l.text)) continue;
    for (const s of contentStems(l.text)) out.add(s);
    taken++;
  }
  return out;
}

/**
 * The story's heading under a column of other stories' teasers (a heading over its one paragraph,
 * again and again): each teaser's heading agrees with its own paragraph, so the rule above, which
 * weighs each candidate against the lines under it, sees every one as being about the story. The
 * text under the last candidate is the story's own: the heading it repeats nearly word for word
 * wins over lines above that share at most one of its words, or few of their own (a teaser of
 * ten words naming the same country and the army).
 */
function headingUnderTeasers(lines: ContentLine[], candidates: Candidate[], shaped: readonly boolean[], best: number): number {
  // Only a candidate below the winner can take its place.
  if (best >= candidates.length - 1) return best;
  const story = leadStems(lines, candidates.at(-1)!);
  const met = candidates.map((c, k) => ({ ...agreement(c.text, story), headlineShaped: shaped[k]! }));
  return storyHeadingBelow(met, best, { fewOfTheirOwn: true });
}

/** Content lines under a teaser, at most, to the headline it stands over. */
const TEASER_HEADLINE_GAP = 2;
/** Content words of the story's opening a teaser or a candidate above it may share (a common word, a place): at most. */
const TEASER_SHARED = 1;
/** Content words of the story's opening a headline under teasers shares, at least. */
const TEASER_HEADLINE_SHARED = 2;

/**
 * The sentence at `i`, which would stop the scan, is another story's teaser over the story's
 * headline: a page's top may hold a column of teasers (a section's name over one sentence) above
 * the article. Only when neither it nor any candidate above shares a content word with the text
 * under the next headline-shaped line, a line of four words or more no sentence, one or two lines
 * down, which shares two or more with that text. A headline that is about its story keeps a lead's
 * first sentence under it from being judged so: it shares words with the text.
 */
function isTeaserOverStory(lines: ContentLine[], i: number, candidates: readonly Candidate[]): boolean {
  if (candidates.length === 0) return false;
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + TEASER_HEADLINE_GAP); j++) {
    const h = lines[j]!;
    if (h.reason !== null) continue;
    if (!couldBeHeadline(h.text) || isNotHeadline(h.text) || isSentence(h.text) || isBodyParagraph(h.text)) return false;
    if (lineWords(h.text, TIE_MIN_WORDS) < TIE_MIN_WORDS) return false;
    const story = leadStems(lines, { index: j, text: h.text });
    if (agreement(h.text, story).shared < TEASER_HEADLINE_SHARED) return false;
    return (
      agreement(lines[i]!.text, story).shared <= TEASER_SHARED && candidates.every((c) => agreement(c.text, story).shared <= TEASER_SHARED)
    );
  }
  return false;
}

/**
 * A headline-shaped line printed twice in a row within the next few lines (the page title over
 * the article's own heading): the article starts there, below whatever notice stands at `i`. The
 * copy may sit under the article header's own lines, its byline and its date ("Headline" / "Jane
 * Doe" / "25/4/2022 14:41" / "Headline"): a template prints its headline on either side of them,
 * while a teaser of another story above is printed once.
 */
function repeatedHeadlineFollows(lines: ContentLine[], i: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const t = lines[j]!.text;
    if (lines[j]!.reason !== null || !couldBeHeadline(t) || isSentence(t) || wordCount(t, 3) < 3) continue;
    // A caption printed twice (the picture's alt text and its caption) is no headline.
    if (isNotHeadline(t)) return false;
    const key = lineKey(t);
    for (let m = j + 1; m < Math.min(lines.length, j + 2 + MAX_HEADER_META_LINES); m++) {
      const next = lines[m]!;
      if (lineKey(next.text) === key) return true;
      // Only the header's byline and date (a name alone on its line counts as a byline there) may stand between the copies.
      if (!(isMetaLine(next) || isBareName(next.text))) return false;
    }
    return false;
  }
  return false;
}

/** Content lines under an opening paragraph the headline may stand at (a section's name between). */
const HEADER_HEADLINE_GAP = 2;
/** Content lines under that headline its byline or date stands within. */
const HEADER_META_GAP = 3;

/**
 * The paragraph at `i`, which would stop the scan above every candidate of headline length, is the
 * page's chrome over the story's headline: right under it (a short section name between, at most)
 * stands a headline-shaped line of four words or more that is no sentence, and under that, before
 * any paragraph, the header's byline or date ("By Jane Doe", a name alone, "6th Mar 2021 5:00 AM");
 * or, with no header, that line shares two content words or more with the text under it while the
 * paragraph shares one at most (a site's slogan, a ticker of other stories, icons' alt texts).
 * A story's sub-heading under its first paragraph has paragraphs under it, not a byline and a
 * date, and its first paragraph is about the same story as the text under the sub-heading.
 */
function headlineOverHeaderFollows(lines: ContentLine[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < HEADER_HEADLINE_GAP; j++) {
    const t = lines[j]!.text;
    if (lines[j]!.reason !== null) continue;
    seen++;
    if (isTextStart(t)) return false;
    if (lineWords(t, TIE_MIN_WORDS) < TIE_MIN_WORDS) continue;
    if (!couldBeHeadline(t) || isNotHeadline(t) || endsInFullStop(t) || isMetaLine(lines[j]!)) return false;
    let under = 0;
    for (let m = j + 1; m < lines.length && under < HEADER_META_GAP; m++) {
      const l = lines[m]!;
      if (isMetaLine(l) || (l.reason === null && isBareName(l.text))) return true;
      if (l.reason !== null) continue;
      if (isTextStart(l.text)) break;
      under++;
    }
    const story = leadStems(lines, { index: j, text: t });
    return agreement(t, story).shared >= TEASER_HEADLINE_SHARED && agreement(lines[i]!.text, story).shared <= TEASER_SHARED;
  }
  return false;
}

/** Lines of an article header (a byline, a date) between a headline and its copy, at most. */
const MAX_HEADER_META_LINES = 2;

/** A person's name alone on its line: two or three capitalised words, no digit, no closing mark. */
function isBareName(text: string): boolean {
  const n = wordCount(text, 4);
  return n >= 2 && n <= 3 && isCapitalisedName(text) && !/\d/.test(text) && !/[.:!?]$/.test(text);
}

function stacked(lines: ContentLine[], c: Candidate): StackedLine {
  return { text: c.text, line: lines[c.index]!.line };
}

/** A line that starts the text: a paragraph, or a sentence of some length. */
const isTextStart = (text: string) => isBodyParagraph(text) || isSentence(text);

/** What `headlineBelowOpening` needs to know of the candidates' shapes. */
const BELOW_OPENING: BelowOpeningShapes = {
  isHeadlineShaped: (text) => couldBeHeadline(text) && !isNotHeadline(text),
  isChrome: (lines, j) => isTopChrome(lines, j),
  startsText: isTextStart,
};

/** What `isHeadlineOverChrome` needs to know of the lines' shapes. */
const OVER_CHROME: OverChromeShapes = {
  startsText: isTextStart,
  words: (text) => lineWords(text, 40),
};

/** What `findBodyStart` needs to know of the lines' shapes. */
const BODY_SHAPES: BodyShapes = {
  isParagraph: isTextStart,
  isHeading: (text) => couldBeHeadline(text) && !isNotHeadline(text) && !isSentence(text),
  isLoneTeaser: (lines, i) => isLoneTeaser(lines, i, BODY_SHAPES),
};

function add(c: Candidate, feature: keyof typeof WEIGHT, why: string): void {
  c.score += WEIGHT[feature];
  c.evidence.push(why);
}

/**
 * A label: a short name (four words at most; six when the line is a name of capitalised words,
 * "The Harbour Gazette Online Edition") in capitals, in title case, glued to a section name, or
 * names joined by dashes ("Site – Local News and Weather"), a few lines above a fuller
 * headline-shaped line — more words, or mixed case under capitals — that does not end in a full
 * stop like a sentence (a headline may end in "!" or "?": "12 hurt in school bus crash!").
 * "Serie A" over a match headline, "News Update" over a byline and a headline, "Tag Archive:
 * Town" over the post's headline; not "Storm Damage Report" over the first paragraph.
 */
function isLabelOver(label: Candidate, next: Candidate, lines: ContentLine[]): boolean {
  const text = label.text;
  const names = isNamesLine(text);
  if (!names && label.words > (isNameShaped(label) ? 6 : MAX_KICKER_WORDS)) return false;
  if (/\.$/.test(next.text)) return false;
  if (!isNameShaped(label)) return isKicker(label, next, lines);
  if (!onlyChromeBetween(lines, label, next)) return false;
  if (isHeadlineOverStandfirst(label, next, lines)) return false;
  // A names line stands over a headline written in sentence case, which a name never is.
  if (names && label.words > 4) return lowerCaseWords(next.text) >= 2;
  return next.words > label.words || (isAllCaps(text) && !isAllCaps(next.text));
}

/**
 * A short headline over its standfirst ("Harbour Flooding" over a line of twenty words): the shape
 * of a label over a fuller line, but a section's, a site's or a kicker's name is not wholly about
 * the story, while every content word of this line (one at least) comes back in the story's first
 * paragraphs, and the line under it runs to a standfirst's length, longer than headlines run. No
 * sentence: a lead ending in a full stop is judged as before. (`isHeadlineOverStandfirst` judges
 * longer title-cased lines by two in three of their words.) Word counts and agreement only.
 */
function isShortHeadlineOverStandfirst(label: Candidate, next: Candidate, lines: ContentLine[]): boolean {
  if (next.words < STANDFIRST_WORDS || endsSentence(label.text)) return false;
  const { words, shared } = agreement(label.text, leadStems(lines, label));
  return shared >= 1 && shared === words;
}

/** Words of a headline in title case, at least, that the story's words can tell from a section's or a site's name. */
const TITLE_CASED_HEADLINE_WORDS = 4;

/**
 * A headline in title case over its standfirst or its picture's caption ("Rectal Cancer Trial Shows
 * Super Results" over a line of thirteen words): the shape of a name over a fuller line, but about
 * the story as a name is not. A site's or a section's name shares no word with the story's first
 * paragraphs, or one (a place, a topic); a headline of four words or more shares two or more, and
 * two in three of its content words (`title-agreement.ts`). The line under it runs at least twice
 * as long: a section over its headline ("Leeds & West Yorkshire" over seven words) is judged as a
 * label still. Language-independent: word counts and the agreement counts only.
 */
function isHeadlineOverStandfirst(label: Candidate, next: Candidate, lines: ContentLine[]): boolean {
  const n = lineWords(label.text, TITLE_CASED_HEADLINE_WORDS);
  if (n < TITLE_CASED_HEADLINE_WORDS || next.words < 2 * label.words) return false;
  const { words, shared } = agreement(label.text, leadStems(lines, next));
  return shared >= 2 && 3 * shared >= 2 * words;
}

/** Words of a kicker in sentence case that may share words with its headline ("Climate crisis"). */
const MAX_SHORT_KICKER_WORDS = 3;
/** Words of a kicker that names another thing than its headline ("With a can of petrol in his bag"). */
const MAX_KICKER_WORDS = 5;
/** Words of the story's text such a kicker and its headline each share: both are about the story. */
const KICKER_SHARED = 2;

/**
 * A kicker in sentence case, "Climate crisis" or "Live updates": two or three words without
 * punctuation right above a headline at least twice as long. A headline that short is followed by
 * its text, not by a longer line that does not end like a sentence. Four or five words are a
 * kicker too when they share no content word with the line under it: a standfirst under a short
 * headline goes on about the headline's subject in its words, while a kicker names a detail, a
 * person or a place the headline does not, and both share words with the story below (a pun
 * headline over its standfirst need not). In scripts without capitals (Hebrew, Arabic, Persian)
 * this is the only label shape the rules can see.
 */
function isKicker(label: Candidate, next: Candidate, lines: ContentLine[]): boolean {
  if (label.words < 2 || label.words > MAX_KICKER_WORDS || next.index !== label.index + 1) return false;
  if (/[\p{P}]$/u.test(label.text) || widenedBelow(lines, label)) return false;
  if (next.words < Math.max(6, 2 * label.words)) return isSectionOverShortHeadline(label, next, lines);
  if (label.words <= MAX_SHORT_KICKER_WORDS) return true;
  if (agreement(next.text, contentStems(label.text)).shared > 0) return false;
  const story = leadStems(lines, next);
  return agreement(label.text, story).shared >= KICKER_SHARED && agreement(next.text, story).shared >= KICKER_SHARED;
}

/**
 * A section in two words of sentence case ("Local news", "Breaking news") right above a short
 * headline of three to five words, sharing no content word with the story under it: the kicker rule
 * above wants a headline twice the kicker's length and six words at least, so the section, first
 * by rank, took such a headline's place (title-probes: a two-word line put above the headline won
 * on 12 of 283 dev pages). A two-word headline over its subtitle ("Budget passed" over "Councillors
 * voted late on Tuesday") is about the story and keeps its place. Words by `lineWords`: a Chinese
 * headline with one space in it is two "words" between spaces, and no section (u: one page).
 */
function isSectionOverShortHeadline(label: Candidate, next: Candidate, lines: ContentLine[]): boolean {
  if (lineWords(label.text, 3) !== 2 || lineWords(next.text, 3) < 3) return false;
  return agreement(label.text, leadStems(lines, next)).shared === 0;
}

/** The shapes of a name: capitals, title case (small joining words aside), a glued section, names joined by dashes. */
function isNameShaped(c: Candidate): boolean {
  const text = c.text;
  return isAllCaps(text) || isTitleCased(text) || gluedPrefixEnd(text) !== null || isCapitalisedName(text) || isNamesLine(text);
}

/** Between a label and the headline, at most four lines, each recognised as chrome: a date, a byline, a menu word, punctuation. */
function onlyChromeBetween(lines: ContentLine[], label: Candidate, next: Candidate): boolean {
  if (next.index - label.index > 5) return false;
  for (let j = label.index + 1; j < next.index; j++) {
    const between = lines[j]!;
    if (between.reason !== null || dateStampWords(between.text) >= 0 || isByline(between.text) || !/\p{L}/u.test(between.text)) continue;
    if (!isTopChrome(lines, j) && !(wordCount(between.text, 5) <= 4 && isCapitalisedName(between.text))) return false;
  }
  return true;
}

/** Small words that join the capitalised words of a name ("Politics and Government", "Comisaría de la Provincia"). */
const JOINING_WORD =
  /^(?:of|the|and|for|on|in|&|de|du|des|la|le|el|los|las|di|del|della|da|do|dos|van|der|den|het|für|und|et|y|e|och|og|i|a)$/iu;

/** Every word capitalised but for small joining words, the first capitalised: a name. */
function isCapitalisedName(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return (
    ws.length > 0 &&
    /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{N}]/u.test(ws[0]!) &&
    ws.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{N}]/u.test(w) || JOINING_WORD.test(w))
  );
}

/** Two or more capitalised names joined by dashes or bars and nothing else: "Site – Local News and Weather". */
function isNamesLine(text: string): boolean {
  const parts = text.split(/\s+[–—|-]\s+/);
  return parts.length >= 2 && parts.every((p) => wordCount(p, 6) <= 5 && isCapitalisedName(p) && !endsSentence(p));
}

function repeatedBelow(lines: ContentLine[], c: Candidate): boolean {
  if (c.words < 2) return false;
  const key = lineKey(c.text);
  const end = Math.min(lines.length, c.index + 1 + REPEAT_WINDOW);
  for (let j = c.index + 1; j < end; j++) {
    // A copy has about the headline's length; paragraphs are not keyed.
    const other = lines[j]!.text;
    if (Math.abs(other.length - c.text.length) <= c.text.length / 5 + 5 && hasLineKey(other, key)) return true;
  }
  return widenedBelow(lines, c);
}

/** Words a page may add inside its headline's other copy ("im Bundestag"), at most. */
const MAX_WIDENED_WORDS = 3;
/** Characters those words may add, at most: longer lines are not keyed. */
const MAX_WIDENED_CHARS = 40;

/**
 * The candidate printed again a few lines down with a word or a few added inside it, opening and
 * closing with the same words ("Law change: fast track rejected" over "Law change: fast track in
 * parliament rejected"): the page's title and the article's own heading, which sites word a little
 * apart. A section or a kicker is printed again whole, or not at all. Three words or more, and the
 * copy is no sentence.
 */
function widenedBelow(lines: ContentLine[], c: Pick<Candidate, 'index' | 'text' | 'words'>): boolean {
  if (c.words < 3) return false;
  let words: string[] | undefined;
  const end = Math.min(lines.length, c.index + 1 + REPEAT_WINDOW);
  for (let j = c.index + 1; j < end; j++) {
    const other = lines[j]!.text;
    if (other.length <= c.text.length || other.length > c.text.length + MAX_WIDENED_CHARS || isSentence(other)) continue;
    words ??= lineKey(c.text).split(' ');
    const copy = lineKey(other).split(' ');
    if (copy.length <= words.length || copy.length > words.length + MAX_WIDENED_WORDS) continue;
    if (copy[0] !== words[0] || copy.at(-1) !== words.at(-1)) continue;
    let k = 0;
    for (const w of copy) if (w === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/**
 * Words of a line, counting scripts written without spaces (Chinese, Japanese) at two
 * characters a word: "鄂州抓获袭警狂徒" is a headline of about four words, not a one-word menu item.
 * Thai words run to four or more letters with their vowel signs, so at two a word a Thai headline
 * read as a paragraph and a section label as a headline: Thai is counted by its dictionary words.
 * (Segmenting Chinese and Japanese too moved no dev page.) Lao, Khmer, Burmese and Tibetan are
 * counted as Thai is: a headline in them has no space, and as one word it was a menu item and the
 * story's first paragraph was taken for the headline (tests/unit/indexer-script-stops.test.ts).
 */
function lineWords(text: string, limit: number): number {
  const n = wordCount(text, limit);
  if (!UNSPACED_SCRIPT.test(text)) return n;
  if (SEGMENTED_SCRIPT.test(text)) return Math.max(n, segmentedWordCount(text));
  return Math.max(n, Math.ceil((text.match(UNSPACED_SCRIPT_ALL) ?? []).length / 2));
}
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const UNSPACED_SCRIPT_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** Scripts counted by their dictionary words (ICU's segmenter; Tibetan by its syllables). */
const SEGMENTED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** A paragraph: a long line ending like a sentence, or any very long line. */
export function isBodyParagraph(text: string): boolean {
  const n = lineWords(text, 30);
  return n > 30 || (n > 15 && (endsSentence(text) || endsOtherFullStop(text)));
}

/**
 * A long headline (16 to 30 words) ending in a question or exclamation mark or a closing quote,
 * never a full stop or an ellipsis, and one sentence: a lead paragraph ends in a full stop or
 * runs to a second sentence. Read as a paragraph otherwise, it leaves a page without a headline.
 */
function isLongHeadline(text: string): boolean {
  return couldBeHeadline(text) && !/[.…,;:]["'”’»)\]]*$/u.test(text) && !/[.!?…]["'”’»)]*\s+["'“‘«„]?\p{Lu}/u.test(text);
}

/** Eight words or more ending in a full stop, question or exclamation mark: running text. */
function isSentence(text: string): boolean {
  return /[.!?…]["'”’»)]?$/.test(text) && wordCount(text, 8) >= 8;
}

/** A paragraph printed at the top and again a few lines down (a teaser above the headline). */
function isTeaser(lines: ContentLine[], i: number): boolean {
  const text = lines[i]!.text;
  let key: string | undefined;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    // Only lines of about the same length can be copies; most paragraphs are never keyed.
    const other = lines[j]!.text;
    if (Math.abs(other.length - text.length) > 8) continue;
    key ??= lineKey(text);
    if (hasLineKey(other, key)) return true;
  }
  return false;
}

/**
 * Headlines are short; one that ends in a full stop ("Markets fall.") is shorter still. A line
 * ending in a colon introduces what follows ("Read offline:", a lead running into a list), and
 * one ending in a dash is a dateline cut from its paragraph ("BARCELONA, 3 March (Agency) -").
 */
export function couldBeHeadline(text: string): boolean {
  const n = lineWords(text, 30);
  if (n < 2 || n > 30 || /[,;:]$|\s[-–—]$/u.test(text) || !/\p{L}/u.test(text)) return false;
  return n <= 15 || !/[.]["'”’]?$/.test(text);
}

/** Shapes of the top of a page that are never the headline, whatever their length. */
function isNotHeadline(text: string): boolean {
  const stamp = dateStampWords(text);
  return (
    (stamp >= 0 && stamp <= 1) ||
    isWeather(text) ||
    isByline(text) ||
    isBulleted(text) ||
    hasPhotoCue(text) ||
    hasTrailingCredit(text) ||
    isBracketed(text) ||
    namesDomain(text) ||
    isPublicationStamp(text) ||
    isArrowLink(text)
  );
}

/** A temperature alone on its line, the degree sign optional ("22.3 C", "-2 °C", "71°F"). */
const BARE_TEMPERATURE = /^[-+−]?\d{1,3}(?:[.,]\d)?\s*[º°˚]?\s*[CF]$/u;

/**
 * A short line right above or below a weather widget's temperature is the widget's condition or
 * place ("Partly cloudy", "Dar es Salaam"): widgets print them on lines of their own around it.
 * Counted by `lineWords`: a Chinese headline under the widget has one or two spaces, not three words.
 */
function isWeatherNeighbour(lines: ContentLine[], i: number): boolean {
  if (lineWords(lines[i]!.text, 4) > 3) return false;
  const weather = (l: ContentLine | undefined) => l !== undefined && (isWeather(l.text) || BARE_TEMPERATURE.test(l.text));
  return weather(lines[i - 1]) || weather(lines[i + 1]);
}

/**
 * "site.com« Back to article", "site.com | Home": a line one of whose arrow- or pipe-separated
 * parts is a bare domain. Not a page title naming its site by its domain beside the headline
 * ("Headline of the story | site.com"): a pipe's other part of four words or more is a headline
 * (a script without spaces counted at its words, `lineWords`),
 * while a link's text beside an arrow is the site's own chrome whatever its length.
 */
function namesDomain(line: string): boolean {
  // Guillemets in a pair quote words of a headline («…»); only a lone one is an arrow.
  const text = line.includes('«') ? line.replace(QUOTED, '$1') : line;
  const parts = text.split(/\s*[«»|]\s*/);
  if (!parts.some((part) => isDomain(part))) return false;
  // Words as `lineWords` counts them: a Chinese or Japanese headline has no spaces to count.
  return /[«»]/u.test(text) || !parts.some((part) => !isDomain(part) && lineWords(part, 4) >= 4);
}
const QUOTED = /«([^«»]*)»/gu;

/**
 * The headline inside its line: the last step of a breadcrumb ("Home » News » Headline"), without
 * a capitalised section kicker ("OSTSCHWEIZ: Headline"), a section glued to its first word
 * ("Der TagHeadline", when the glued word is found nowhere else on the page: brand names such as
 * "BlackBerry" recur) or a staff credit run on at its end. Null when nothing headline-like is left.
 */
function headlineText(line: string, pageText: () => string): string | null {
  let text = line;
  const steps = text.split(/\s+[»›>]\s+|\s+\/\s+/);
  if (steps.length >= 2 && steps.slice(0, -1).every((s) => wordCount(s, 4) <= 3)) text = steps.at(-1)!;
  text = text.replace(LEADING_SEPARATOR, '').replace(TRAILING_CELL_BORDER, '');
  text =
    withoutCapsKicker(text) ??
    withoutSectionBeforePipe(text) ??
    withoutSitePrefix(text, line, pageText) ??
    withoutBareCapsKicker(text, pageText) ??
    withoutUnspacedKicker(text) ??
    text;
  text = withoutGluedSteps(text, pageText);
  text = text.replace(TRAILING_STAFF_CREDIT, '');
  text = withoutGluedDate(text);
  const credit = TRAILING_SOURCE_CREDIT.exec(text);
  if (credit && wordCount(text.slice(0, credit.index), 4) >= 4) text = text.slice(0, credit.index);
  return couldBeHeadline(text) ? text : null;
}

/**
 * ": Headline", "| Headline": the separator of a section name the scraper did not keep; "# Headline":
 * a Markdown heading's mark, where the scraper wrote the page as Markdown.
 */
const LEADING_SEPARATOR = /^(?:[:|–—-]|#{1,6})\s+(?=[\p{L}\p{N}«"“„'‘])/u;
/** "Headline |": a table cell's border the scraper kept after the text (a page laid out as a table). */
const TRAILING_CELL_BORDER = /(?<=\S)\s+\|$/u;

/** Steps of a glued breadcrumb cut at most: a site, a section, a sub-section over the headline. */
const MAX_GLUED_STEPS = 4;

/**
 * "Der TagHeadline", and a breadcrumb whose separators the scraper dropped, "HomeNewsPolitics
 * Headline" ("InicioTitularesHeadline"): each step glued to the next (`gluedPrefixEnd`) is cut while
 * the glued word is found nowhere else on the page (a brand spelt that way, "BlackBerry", recurs)
 * and three words or more are left. One cut left the inner steps on the headline.
 */
function withoutGluedSteps(line: string, pageText: () => string): string {
  let text = line;
  for (let step = 0; step < MAX_GLUED_STEPS; step++) {
    const glued = gluedPrefixEnd(text);
    if (!glued || countOccurrences(pageText(), glued.word) !== 1) break;
    const rest = text.slice(glued.at);
    if (wordCount(rest, 3) < 3) break;
    text = rest;
  }
  return text;
}

/**
 * "AU PALAIS Il arrive ivre à l’audience": a section or place kicker of two or three words in
 * capitals before a headline in sentence case, without a colon. One word in capitals is the
 * headline's own emphasis ("CONFIRMED Smith elected …", kept in the page's address too); an
 * acronym that opens a headline ("NASDAQ slides as …") is its subject and recurs in the text, while
 * a kicker's words occur nowhere else on the page.
 */
function withoutBareCapsKicker(text: string, pageText: () => string): string | null {
  const m = /^((?:\p{Lu}[\p{Lu}'’-]*\s+){2,3})(\p{Lu}\p{Ll}.*)$/u.exec(text);
  if (!m) return null;
  const [, kicker, rest] = m as unknown as [string, string, string];
  if ((kicker.match(/\p{Lu}/gu) ?? []).length < 5 || wordCount(rest, 4) < 4 || lowerCaseWords(rest) < 2) return null;
  const page = pageText().toLowerCase();
  const words = kicker
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 3);
  return words.length > 0 && words.every((w) => countOccurrences(page, w) === 1) ? rest : null;
}

/** "快訊/Headline": two to four characters of a script written without spaces before a slash, then the headline. */
const UNSPACED_KICKER =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,4}\s*[/／]\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
/** Characters the headline keeps after its kicker, at least: a headline, not a pair of names ("中美/日韓"). */
const UNSPACED_KICKER_REST = 8;

/**
 * "快訊/Headline" (breaking), "影/Headline" (video): a kicker of a few characters before a slash, the
 * way Chinese-language sites mark a headline's kind or place; the headline follows the slash. In a
 * script without spaces there is no space to tell it by, and the capitalised-kicker rules do not apply.
 */
function withoutUnspacedKicker(text: string): string | null {
  const m = UNSPACED_KICKER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return (rest.match(UNSPACED_SCRIPT_ALL) ?? []).length >= UNSPACED_KICKER_REST ? rest : null;
}

/**
 * "Opinion | Headline": a section of up to four capitalised words before a pipe, when what follows
 * is a headline and not itself a name ("Short Headline | Site Name" keeps its order).
 */
function withoutSectionBeforePipe(text: string): string | null {
  const m = /^([^|]{1,40}?)\s+\|\s+(.+)$/u.exec(text);
  if (!m) return null;
  const [, section, rest] = m as unknown as [string, string, string];
  if (wordCount(section, 5) > 4 || !(isTitleCased(section) || isAllCaps(section))) return null;
  const first = rest.split(/\s+\|\s+/)[0]!;
  const isName = wordCount(first, 6) <= 5 && isTitleCased(first);
  return wordCount(rest, 3) >= 3 && !isName ? rest : null;
}

/**
 * "Site Name - Headline", "SITE: Headline", "site.com | Headline": the site's name before the
 * headline, when it is a domain or the page names it elsewhere (its masthead on a line of its own,
 * "© Site Name"). A short phrase before a dash may be the headline's own ("Brexit - what next"),
 * so a capitalised prefix alone is not enough.
 */
function withoutSitePrefix(text: string, line: string, pageText: () => string): string | null {
  const m = /^(.{2,50}?)(?:\s+(?:\|\||[-–—|·])\s+|:\s+)(.+)$/u.exec(text);
  if (!m) return null;
  const [, prefix, rest] = m as unknown as [string, string, string];
  if (wordCount(prefix, 5) > 4 || !isHeadlineLeft(rest)) return null;
  if (isDomain(prefix)) return rest;
  if (!(isTitleCased(prefix) || isAllCaps(prefix) || isUncased(prefix))) return null;
  const others = pageText()
    .split('\n')
    .filter((l) => l.trim() !== '' && l.trim() !== line.trim());
  return suffixNamedElsewhere(prefix, others, rest) ? rest : null;
}

/** Letters only of scripts without case (Hangul, Han, Arabic, Hebrew…): no capital can mark a name there. */
function isUncased(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Lu}|\p{Ll}|\p{Lt}/u.test(text);
}

/** A letter in lower case run into a number: where the scraper joined the headline's text to the next node's. */
const GLUED_NUMBER = /(?<=\p{Ll})(?=\d)/gu;

/**
 * "Headline text14 March 2005": the page's date stamp glued to the headline's last word, the two
 * nodes' texts joined without a space. What follows the join is a full date and nothing else (a
 * headline's own number, "Top10 tips", is followed by words); the headline keeps two words or more.
 */
function withoutGluedDate(text: string): string {
  for (const m of text.matchAll(GLUED_NUMBER)) {
    const [head, tail] = [text.slice(0, m.index), text.slice(m.index)];
    if (/\b\d{4}\b/.test(tail) && isDateOnly(tail) && wordCount(head, 2) >= 2) return head;
  }
  return text;
}

/** The newsroom credited by its generic name after the headline ("… legt eed af Redactie"). */
const TRAILING_STAFF_CREDIT =
  /(?<=\p{Ll}[\p{Ll}.!?'"’”]*)\s+(?:Redactie|Redaktion|Redazione|Redacción|Redação|Rédaction|Redakcja|Redakce|Toimitus|Staff|Newsdesk|News Desk)$/u;

/** A picture's source run on after the headline ("… cudzoziemcy Źródło: Name/Programme"). */
const TRAILING_SOURCE_CREDIT =
  /\s+(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|zdroj|kaynak|forrás)\s*:\s*\S.{0,80}$/iu;

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1 && n < 2; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** Content words of a line in capitals that the text below must have, at least, for it to be a headline. */
const CAPS_HEADLINE_SHARED = 2;
/** Content words of a headline in capitals, at least. */
const CAPS_HEADLINE_WORDS = 4;

/**
 * A headline in capitals that reads as a menu of capitalised section names ("LIMANDA FERİBOT RAMPASI
 * ÇÖKTÜ": no function word of a language the menu test knows): a menu's items name
 * sections, which the story's opening paragraphs do not repeat, while most of a headline's content
 * words (two or more, and two in three, of four or more: three capitalised words are as often a
 * company's or a person's name, which the text repeats too) come back in them. Judged only for a
 * line of menu shape.
 */
function isCapsHeadline(lines: ContentLine[], i: number): boolean {
  const line = lines[i]!.text;
  // A page title of separated cells ("Headline | Section | Site") reads as a menu too: its first cell
  // is judged, when it is longer than a menu's item.
  const text = isCapsMenu(line) ? line : looksLikeSeparatedMenu(line) ? line.split(MENU_CELL)[0]! : null;
  if (text === null) return false;
  const { words, shared } = agreement(text, leadStems(lines, { index: i, text: line }));
  const least = text === line ? CAPS_HEADLINE_WORDS : PIPED_HEADLINE_WORDS;
  return words >= least && shared >= CAPS_HEADLINE_SHARED && 3 * shared >= 2 * words;
}
const MENU_CELL = /\s+[|•·»›]\s+|\s*\|\s*/;
/** Content words of a first cell, at least, for a menu-shaped title line to be a headline and its site's names. */
const PIPED_HEADLINE_WORDS = 3;

/**
 * A menu in capitals ("NEWS SPORT WEATHER"), not a headline in capitals: `looksLikeCapsMenu`
 * knows English function words only, and a Portuguese or Polish headline in capitals ("OBRAS DO
 * PORTAL DA AVENIDA") has two or more stop words of its language, which section names lack.
 * A line with no capital at all is in a script without case (Arabic, Hebrew, Korean, Hindi):
 * it lacks lower case as every line of its script does, headlines included; so does one whose
 * only capitals are an acronym's among more letters of such a script.
 */
function isCapsMenu(text: string): boolean {
  return looksLikeCapsMenu(text) && /\p{Lu}/u.test(text) && stopWordCount(text.toLowerCase(), 0, 30, 2) < 2 && !isMostlyUncased(text);
}

/**
 * More letters of scripts without case than capitals: a Japanese, Chinese or Arabic headline with a
 * Latin acronym in it ("JA出荷米 事前契約進む …", "AI …"), whose capitals are the acronym's, not a menu's.
 */
function isMostlyUncased(text: string): boolean {
  return (text.match(UNCASED_LETTER) ?? []).length > (text.match(CAPITAL) ?? []).length;
}
const UNCASED_LETTER = /\p{Lo}/gu;
const CAPITAL = /\p{Lu}/gu;

/**
 * Chrome shapes that may precede a headline: menus of capitalised section names, pipe-separated
 * menus, breadcrumbs, single words, and runs of three or more very short lines (link lists) —
 * except a short line of the run every content word of which (two at least) the story's first
 * paragraphs under it repeat (`isStoryShortLine`): a menu names sections, not the story's words.
 */
export function isTopChrome(lines: readonly ContentLine[], i: number): boolean {
  const text = lines[i]!.text;
  if (isCapsMenu(text) || looksLikeSeparatedMenu(text) || looksLikeBreadcrumb(text)) return true;
  if (lineWords(text, 1) <= 1) return true;
  // Menu items: one to three words, the first capitalised, no digits or punctuation ("Middle
  // East", "Sport", "Popular teams").
  const short = (l: ContentLine | undefined) =>
    l !== undefined && wordCount(l.text, 3) <= 3 && /^[\p{Lu}\p{Lo}&][\p{L}'’-]*(?:\s(?:[\p{L}'’-]+|&))*$/u.test(l.text);
  if (!short(lines[i])) return false;
  let start = i;
  while (short(lines[start - 1])) start--;
  let end = i;
  while (short(lines[end + 1])) end++;
  // A menu has items of its own: a headline among lines already dropped ("ADVERTISEMENT" above
  // and below it) is not one.
  let kept = 0;
  for (let j = start; j <= end; j++) if (lines[j]!.reason === null) kept++;
  return end - start + 1 >= 3 && kept >= 2 && !isStoryShortLine(lines, i);
}

/** Content words of a short line, at least, for the story's paragraphs repeating them all to make it the story's. */
const STORY_SHORT_LINE_WORDS = 2;

/**
 * A short line among menu-shaped lines that is about the story, not a section: each of its content
 * words (two or more; stems, any language) is in the first long lines of text under it. A headline
 * of two or three words ("Harbour ferry strike") set between a kicker, a byline's name and a date
 * reads as one more link of a list by its shape; its words are the story's. Section and link names
 * ("Middle East", "Popular teams") are not all repeated by one story's lead: on the write-from
 * sets (about 540 pages) no line of a menu-shaped run is.
 */
function isStoryShortLine(lines: readonly ContentLine[], i: number): boolean {
  const text = lines[i]!.text;
  const { words, shared } = agreement(text, leadStems(lines, { index: i, text }));
  return words >= STORY_SHORT_LINE_WORDS && shared === words;
}
