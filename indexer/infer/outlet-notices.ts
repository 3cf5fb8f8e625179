/**
 * The site's own notices naming it, in the languages of outlet-phrases.ts (issue 18): its account
 * ("Log in to X"), its newsletter ("Newsletter de X"), its consent notice ("By using X…", "On X
 * we use cookies", "X and its partners use cookies") and its rights notice ("X. Alle Rechte
 * vorbehalten"): the kinds of notice that named the site on the labelled pages in one language
 * (cookie, account and subscription prompts, copyright lines), in more. Only a site says these of
 * itself, so each is strong alone; a name shaped like a person or a clause's first word is not
 * read. A greeting ("Welcome to X"), an appeal ("Support X") and a description ("X is a daily
 * newspaper") were tried and left out: a story's title or sentence says them of anything (a play
 * "Welcome to …" on a dev page; "the Child Support Agency" in the BBC corpus).
 */
import { escapeRegExp } from '../escape-regexp.ts';
import { stopWordCount } from '../clean/stopwords.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { ci, cleanName, NAME, personShaped } from './outlet-names.ts';
import { ALL_RIGHTS_RESERVED, AND_PARTNERS, BY_USING, LOG_IN_TO, NEWSLETTER_OF, ON_SITE, WE_USE } from './outlet-phrases.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';

type Add = (c: OutletCandidate | null) => void;

const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => ci(escapeRegExp(p)).replace(/ /g, '\\s+'))
    .join('|');
/** Where a notice's imperative opens: the line, a sentence or a part of the line ("Already a member? Log in to X"). */
const OPEN = `(?:^|[.!?:|•·]\\s*|\\s[-–—]\\s+)`;
const CLOSE = `(?=$|[\\s,.;:!?)»"”'’])`;
/** An article in running text before the name ("Log in to the Example"). */
const ARTICLE = `(?:${ci('the|o|a|el|la|le|il|lo|de|het|die|der|das')}\\s+)?`;
const after = (phrases: readonly string[], open = OPEN) =>
  new RegExp(`${open}(?:${alternation(phrases)})\\s+${ARTICLE}(${NAME})${CLOSE}`, 'u');

/** A notice's phrases alone, case aside: the cheap first test of a line. */
const hintOf = (phrases: readonly string[]) => new RegExp(phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|'), 'iu');

interface Notice {
  pattern: RegExp;
  /** Cheap first test: most lines hold none of the notice's words. */
  hint: RegExp;
  what: string;
  /** What it says alone, when not the default. */
  score?: number;
}

const NOTICES: readonly Notice[] = [
  { pattern: after(LOG_IN_TO), hint: hintOf(LOG_IN_TO), what: 'account prompt' },
  { pattern: after(NEWSLETTER_OF, '(?:^|\\s)'), hint: hintOf(NEWSLETTER_OF), what: 'newsletter prompt' },
  { pattern: after(BY_USING), hint: hintOf(BY_USING), what: 'consent notice' },
  {
    pattern: new RegExp(`${OPEN}(?:${alternation(ON_SITE)})\\s+${ARTICLE}(${NAME}),?\\s+(?:${alternation(WE_USE)})\\b`, 'u'),
    hint: hintOf(WE_USE),
    what: 'consent notice',
  },
  {
    pattern: new RegExp(`(?:^|[.!?]\\s+)${ARTICLE}(${NAME})\\s+(?:${alternation(AND_PARTNERS)})\\b`, 'u'),
    hint: hintOf(AND_PARTNERS),
    what: 'consent notice',
  },
  // A copyright holder is read as strong as this (outlet.ts): a photographer or an agency signs some.
  {
    pattern: new RegExp(`(?:^|[\\s©])${ARTICLE}(${NAME})[.,]?\\s+(?:${alternation(ALL_RIGHTS_RESERVED)})`, 'u'),
    hint: hintOf(ALL_RIGHTS_RESERVED),
    what: 'rights notice',
    score: 2,
  },
];

/** What a notice naming the site says alone: enough, as a cookie prompt naming it is. */
const NOTICE = 2.5;
/**
 * A kept line longer than this is the story's own sentence, where these words name anything ("by
 * using Example software"): only lines the cleaner dropped, and short kept lines, are read. It also
 * keeps the cost off the story's paragraphs (the BBC corpus's inference took 1.7x the CPU time when
 * every paragraph was tested).
 */
const NOTICE_WORDS = 14;

export function siteNotices(lines: readonly PageLine[], add: Add): void {
  for (const l of lines) {
    // A line the cleaner dropped as a copyright notice is read by outlet.ts already.
    if (l.reason === 'headline' || l.reason === 'copyright' || (l.reason === null && l.words > NOTICE_WORDS)) continue;
    for (const { pattern, hint, what, score = NOTICE } of NOTICES) {
      if (!hint.test(l.text)) continue;
      const m = pattern.exec(l.text);
      const name = m?.[1] ? noticeName(m[1]) : null;
      if (name) add({ value: name, score, kind: 'notice', evidence: `${what} line ${l.line} '${quote(m![0].trim())}'`, line: l.line });
    }
  }
}

/** A captured name that can be the site's: not a person, a wire, a platform or a clause's first word. */
function noticeName(raw: string): string | null {
  const name = cleanName(raw.replace(/^(?:©|\(c\)|copyright)\s*/i, '').replace(/\s+(?:19|20)\d{2}\.?$/, ''));
  if (!name || isWire(name) || isPlatform(name) || /^(?:(?:19|20)\d{2}|us|this|our|the)$/i.test(name)) return null;
  if (personShaped(name) && !cuedPublicationName(name)) return null;
  if (!name.includes(' ') && name !== name.toUpperCase() && stopWordCount(name, 0) > 0) return null;
  return name;
}
