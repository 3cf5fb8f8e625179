/**
 * Folder votes from what a site prints on every page (issue 18): the name after or before the
 * headline on its title line ("<headline> | Example News", "Example News - <headline>"), its
 * address alone on a line ("www.example.com"), the holder of its © line ("© 2024 Example Media")
 * its newsroom credit ("Example Staff"), the domain of a contact e-mail address, and the name opening its first line (a masthead,
 * "Example: the tagline"). One page's such line proves little (a title line's
 * end can be a section, a © line can be a wire's); the folder's agreement (outlet-folder.ts: the
 * same name on at least three pages and half the folder, no rival) is what makes it the outlet.
 *
 * A title line's end is only a vote when the rest of the line differs between the pages: the
 * headline changes, the site stays. A menu line ("Home | About us") is the same on every page, so
 * `FolderOutlets` counts a title part only over different lines (`DIFFERENT_LINES`).
 *
 * Every test here is shape and position in the line, never a phrase of one site; the lexicons used
 * (wires, platforms, page labels, trade nouns) are the trade's, in many languages (outlet-words.ts).
 */
import { readCopyrightLine } from './infer.ts';
import { headlineTail } from './outlet-mentions.ts';
import { newsroomName } from './outlet-candidates.ts';
import { bareDomain, brandShaped, DOMAIN_LINE, EMAIL, holderName, isDomain, personShaped } from './outlet-names.ts';
import { JOIN, PART_CHAR } from './title-join.ts';
import { isMediaLabel, isPlatform, isWire, LABEL_WORDS, outletShaped, TRADE_NOUNS } from './outlet-words.ts';

/** Which printed shape gave a vote. */
export type PrintKind = 'title-part' | 'address' | 'copyright' | 'newsroom' | 'masthead';

/** A vote as `lineVotes` takes it: the name and its shape. */
export interface PrintVote {
  name: string;
  kind: PrintKind;
  /**
   * A shape a section or a person fills as often as a site (a masthead; a title line's single
   * plain word or person-shaped name): it counts only where another shape names it too.
   */
  weak?: true;
}

/** A title line is a headline and a name: longer lines are paragraphs. */
export const MAX_TITLE_CHARS = 220;
/**
 * An address, a credit or a © line is short. The longest line ending as a sentence that
 * `printVotes` reads (a title line and a masthead end without a sentence's mark).
 */
export const MAX_SHORT_CHARS = 120;
/** A newsroom credit is a name and a word or two. */
const MAX_CREDIT_CHARS = 60;
/** Words the rest of a title line must have for it to be a headline, not a menu's other item. */
const MIN_HEADLINE_WORDS = 3;

/** Where a title line joins a headline and a name (title-join.ts). */
const JOINED = new RegExp(JOIN, 'u');
/** "Example News - <headline>": the name first (a breadcrumb's » or > is not a join). */
const HEAD = new RegExp(`^(${PART_CHAR}{2,40}?)${JOIN}`, 'u');
/** An e-mail address in a contact line ("news@example.com"): its domain. */
const MAIL = new RegExp(EMAIL, 'iu');
const SENTENCE_END = /[.!?:;,]$/u;
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|^\d+$|\b(?:19|20)\d{2}\b/u;
/**
 * Marks no name of a site holds: a label's colon ("Credit: …"), a list's comma or slash ("… / dpa",
 * "A, B, C"), a list item's number ("58. Name"), a count ("Day 1283").
 */
const NOT_A_NAME = /[:,/]|^\d+[.)]\s|\d{3,}/u;

const LABELS = new Set([...LABEL_WORDS, ...TRADE_NOUNS].map((w) => w.toLowerCase()));

/**
 * The votes one line prints (most lines: none, let go by their length or a missing mark).
 * @param first whether it is the page's first line, where a masthead sits.
 */
export function printVotes(line: string, first = false): PrintVote[] {
  if (line.length > MAX_TITLE_CHARS) return [];
  const votes: PrintVote[] = [];
  if (first) masthead(line, votes);
  // A title line ends without a sentence's mark: most paragraphs are let go on their last character.
  if (!SENTENCE_END.test(line) && JOINED.test(line)) titleParts(line, votes);
  if (line.length <= MAX_SHORT_CHARS) shortLine(line, votes);
  return votes.length === 0 ? votes : votes.filter((v) => usable(v.name));
}

/**
 * The name ending or opening a title line. The end can be any name (a site's own spelling); the
 * opening must look like a publication, since a kicker or section opens title lines too.
 */
function titleParts(line: string, votes: PrintVote[]): void {
  const tail = headlineTail(line);
  if (tail && words(line.slice(0, line.length - tail.length)) >= MIN_HEADLINE_WORDS + 1)
    votes.push(siteShaped(tail) ? { name: tail, kind: 'title-part' } : { name: tail, kind: 'title-part', weak: true });
  const head = HEAD.exec(line)?.[1]?.trim();
  if (head && words(line.slice(head.length)) >= MIN_HEADLINE_WORDS + 1 && (outletShaped(head) || brandShaped(head) || isDomain(head)))
    votes.push({ name: head, kind: 'title-part' });
}

/**
 * The name opening the page's first line ("Example", "Example: the tagline"). A section label opens
 * pages as often ("Politics", in any language): a masthead counts only where another shape of
 * the folder's pages says the same name (`FolderOutlets`).
 */
function masthead(line: string, votes: PrintVote[]): void {
  if (line.length > MAX_CREDIT_CHARS || SENTENCE_END.test(line)) return;
  // The part before the first separator, read without splitting the line and its words into arrays:
  // every page's first line comes here, and most record titles are no name.
  const cut = line.search(MASTHEAD_END);
  const name = (cut < 0 ? line : line.slice(0, cut)).trim();
  if (CAPITALISED_NAME.test(name)) votes.push({ name, kind: 'masthead', weak: true });
}

/** Where a masthead's name ends: a label's colon, or a dash or bar between spaces. */
const MASTHEAD_END = /:\s|\s[|–—-]\s/u;
/** One to five words, each opening with a capital or a digit. */
const CAPITALISED_NAME = /^[\p{Lu}\p{N}]\S*(?:\s+[\p{Lu}\p{N}]\S*){0,4}$/u;

/** An address alone, a © line's holder, a newsroom credit. */
function shortLine(line: string, votes: PrintVote[]): void {
  const address = DOMAIN_LINE.exec(line);
  if (address && isDomain(address[1]!)) votes.push({ name: bareDomain(address[1]!), kind: 'address' });
  // A contact address's domain: weak, since writers and small sites use a mail provider's.
  const mail = line.includes('@') ? MAIL.exec(line) : null;
  if (mail && isDomain(mail[1]!)) votes.push({ name: bareDomain(mail[1]!), kind: 'address', weak: true });
  const notice = readCopyrightLine(line);
  if (notice) {
    const holder = notice.holder ? holderName(notice.holder) : null;
    if (holder && words(holder) <= 5 && !SENTENCE_END.test(holder)) votes.push({ name: holder, kind: 'copyright' });
  }
  const newsroom = line.length <= MAX_CREDIT_CHARS ? newsroomName(line) : null;
  if (newsroom) votes.push({ name: newsroom, kind: 'newsroom' });
}

/**
 * A name only a site has: a publication's shape, a brand's inner capital, an address, or several
 * words that are not a person's name. "Sport", "Belföld", "Jane Doe" after a headline are a
 * section or a byline as often.
 */
function siteShaped(name: string): boolean {
  if (outletShaped(name) || brandShaped(name) || isDomain(name)) return true;
  return name.includes(' ') && !personShaped(name);
}

/** Not a name a site signs with: a wire (carried by many sites), a platform, a page label, a date. */
function usable(name: string): boolean {
  if (name.length < 2 || name.length > 60 || DATE_LIKE.test(name) || NOT_A_NAME.test(name)) return false;
  if (isWire(name) || isPlatform(name) || isMediaLabel(name)) return false;
  return !name
    .toLowerCase()
    .split(/\s+/u)
    .every((w) => LABELS.has(w));
}

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
