/**
 * Every place a page names its publisher, read as candidates: each yields a name, a score for
 * what that evidence says on its own, its kind and the evidence itself. outlet.ts adds up the
 * candidates that name one outlet (agreement between different places is what lets a weak cue
 * count) and keeps the winner above a threshold.
 *
 * Scores, on their own: 5 says it outright (a syndication line); 3 the site on the title line or
 * the article's URL; 2.5 a cue that only a publication uses of itself (a cookie or subscription
 * prompt naming it, a newsroom signature, "X / Agencies"); 2 enough alone (a bare domain or a
 * publication-shaped name alone at the top or foot, a byline naming a publication, a copyright
 * holder); 1 needs another place to agree (a name alone at the top or foot, a name repeated alone).
 */
import type { DroppedLine } from '../../engine/contract/types.ts';
import type { CleanResult } from '../types.ts';
import { brandShaped, ci, cleanName, DOMAIN_LINE, isDomain, LONE_NAME, NAME, personShaped, bareDomain } from './outlet-names.ts';
import { hasPlatformInside, isMediaLabel, isPlatform, NEWSROOM_PHRASE_WORDS, NEWSROOM_WORDS, outletShaped } from './outlet-words.ts';
import { addressMentions, creditNames, furnitureNames, isAddressEnding, selfReferences, titleTailName } from './outlet-mentions.ts';
import { proseRoles, roleLine } from './outlet-roles.ts';
import { stopWordCount } from '../clean/stopwords.ts';
import { INFO_CREDIT } from '../clean/trade-phrases.ts';
import { inPageOrder } from './page-lines.ts';
import { domainNames, SEGMENT, stampNames } from './outlet-structure.ts';
import { echoes, tagEchoes } from './outlet-echo.ts';
import { caselessDashDateline, caselessDateline, caselessLead } from './outlet-caseless.ts';
import { addressWordNames } from './outlet-address-words.ts';
import { repeatedOpeners } from './outlet-openers.ts';
import { proseMentions } from './outlet-prose.ts';
import { promptNames } from './outlet-prompts.ts';
import { copyrightPairs } from './outlet-copyright-pair.ts';
import { itemCredit } from './outlet-item-credit.ts';
import { quote } from './quote.ts';
import { isStampNotName } from './dates.ts';
import { PROSE_WORDS } from './outlet-reach.ts';
import { spacedWordCount } from '../clean/shape.ts';
import { continuesHeadline } from '../clean/title.ts';
import { domainParts, officialHost } from './domain-parts.ts';
import { listedOutletOf } from './outlet-listed-index.ts';

export interface OutletCandidate {
  /** The name as the page writes it. */
  value: string;
  score: number;
  /** What kind of evidence: one outlet counts each kind once. */
  kind: string;
  /** For people: "cookie notice line 7 'Example uses cookies…'". */
  evidence: string;
  /** Source line; 0 when the evidence is not a line (the URL). */
  line: number;
  /** The outlet's key when the list (outlet-list.ts) knows the name under another spelling. */
  group?: string;
  /** A byline whose line names the writer too ("Jane Doe | ExampleNews"): the page's own credit, as a dated one is. */
  signed?: boolean;
}

/** A line of the page as the cleaner left it, kept or dropped. */
export interface PageLine {
  line: number;
  text: string;
  /** The cleaner's reason for dropping it; null when kept. */
  reason: string | null;
  words: number;
}

/** Candidates that are the site's address, in the page or its URL. */
const ADDRESS_KINDS = new Set(['url', 'address', 'address-mention', 'email']);

export function pageLines(clean: CleanResult): PageLine[] {
  return inPageOrder<PageLine>(
    clean,
    (l) => ({ line: l.line, text: l.text, reason: null, words: countWords(l.text) }),
    (l) => ({ line: l.line, text: l.text, reason: l.reason, words: countWords(l.text) }),
  );
}

/** Words up to one past PROSE_WORDS (the page's lines are single-spaced). */
function countWords(text: string): number {
  // Prose is long: a line over the cue length by characters needs no counting.
  return text.length > PROSE_WORDS * 12 ? PROSE_WORDS + 1 : spacedWordCount(text, PROSE_WORDS);
}

export function outletCandidates(clean: CleanResult, lines: readonly PageLine[], urlDomain?: string | null): OutletCandidate[] {
  const out: OutletCandidate[] = [];
  // A reporting credit ("Con información de X", "Information from: X") names an outlet the story drew on.
  const credits = new Set(lines.filter((l) => INFO_CREDIT.test(l.text)).map((l) => l.line));
  const add = (c: OutletCandidate | null) => {
    // A time, a date or a number read out of a separated line is never an outlet, wherever it sits.
    if (
      c &&
      !isPlatform(c.value) &&
      !hasPlatformInside(c.value) &&
      !isStampNotName(c.value) &&
      !credits.has(c.line) &&
      !officialLabel(c, lines)
    )
      out.push(c);
  };
  if (urlDomain) add({ value: urlDomain, score: 3, kind: 'url', evidence: "domain of the article's URL", line: 0 });
  const suffix = clean.headline ? siteOfCredit(clean.headline.siteSuffix) : null;
  if (suffix) {
    if (siteNameShaped(suffix) && !clauseOrCell(suffix, clean.headline!.text))
      add({ value: suffix, score: 3, kind: 'title-site', evidence: `title-line site suffix '${suffix}'`, line: clean.headline!.line });
  } else if (clean.headline) {
    const tail = titleTailName(clean.headline.text, clean.headline.line);
    if (tail && siteNameShaped(tail.value)) add(tail);
  }
  for (const d of clean.dropped) {
    if (d.reason === 'syndication') add(readSyndication(d));
    else if (d.reason === 'promotion') add(readPromotionBrand(d));
  }
  const n = lines.length;
  const tagged = taggedLines(lines);
  lines.forEach((l, i) => {
    // A role line taken for the headline ("Special to The Example News") still names the site.
    add(roleLine(l));
    if (l.reason === 'headline' || l.reason === 'title-decoration') return;
    add(creditNames(l, i));
    add(caselessDateline(l, i));
    // A cookie notice opens with the site's name however long it runs.
    add(cookieNotice(l));
    if (l.words > PROSE_WORDS) return;
    add(furnitureNames(l));
    // The top four and the last three lines are where mastheads, footers and the scraper's note of the address sit.
    const edge = i < 4 || i >= n - 3;
    for (const read of CUE_READERS) add(read(l));
    // "By Example Staff | 4 November 2016": a stamp line's parts are read as lines of their own.
    const parts = l.text.split(SEGMENT);
    if (parts.length > 1) for (const part of parts) for (const read of CUE_READERS) add(read({ ...l, text: part.trim() }));
    if (edge && !tagged.has(i)) add(loneName(l, i < 4 ? 'masthead' : 'foot', lines[0]));
  });
  repeatedNames(lines, add);
  repeatedOpeners(lines, add);
  selfReferences(lines, add);
  promptNames(lines, add);
  caselessDashDateline(lines, add);
  caselessLead(lines, add);
  proseMentions(lines, add);
  proseRoles(lines, add);
  addressMentions(lines, add);
  stampNames(lines, add);
  const addresses = out.filter((c) => ADDRESS_KINDS.has(c.kind));
  domainNames(lines, addresses, add);
  addressWordNames(lines, addresses, add);
  copyrightPairs(lines, add);
  echoes(lines, [...out], add);
  tagEchoes(lines, [...out], add);
  return out;
}

/**
 * An address under a state's own suffix (the article's URL, an address or e-mail the page prints:
 * `officialHost`) whose label the page never writes in capitals. Such a label is a place or an
 * office's short form ("quayton.go.example", "harbourpolice.gov.example"), and the body is cited by
 * its full name ("Quayton City County", "Harbour Police Service"): on the write-from sets of the
 * thirtieth session the address named 7 such pages of 7 sites in 5 sets wrongly and 1 rightly
 * (task 18url30). The label is the body's name when it is its initials and the page writes them so
 * inside a line ("… processed by EXCOM" for excom.gov.example), and an address the outlet list
 * knows is the list's outlet. Only pages naming an official address pay for the test.
 */
function officialLabel(c: OutletCandidate, lines: readonly PageLine[]): boolean {
  if (!ADDRESS_KINDS.has(c.kind) || !officialHost(c.value) || listedOutletOf(c.value) !== undefined) return false;
  const initials = domainParts(c.value).label.toUpperCase();
  if (!/^\p{Lu}{2,}$/u.test(initials)) return true;
  // Inside a line, not opening it: a dateline writes its town in capitals too ("EXAMPLETOWN, May 4 –").
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'gu');
  return !lines.some((l) => [...l.text.matchAll(written)].some((m) => l.text.slice(0, m.index).trim() !== ''));
}

/**
 * A picture's credit in the site's place ("… - Example Daily/ Jane Doe"): the site, then its
 * photographer after a slash. The site is the part before the slash.
 */
function siteOfCredit(suffix: string | null | undefined): string | null {
  if (!suffix) return null;
  const slash = suffix.indexOf('/');
  if (slash <= 0) return suffix;
  const after = suffix.slice(slash + 1).trim();
  return personShaped(after) ? suffix.slice(0, slash).trim() || suffix : suffix;
}

/**
 * What may follow a headline in a site's place and is not a site: a media kind ("| AUDIO"), a
 * label with its value ("Ref: Jane") or a byline ("Report by Jane").
 */
function siteNameShaped(suffix: string): boolean {
  return !isMediaLabel(suffix) && !/:\s/u.test(suffix) && !/(?:^|\s)(?:by|por|par|von)\s/iu.test(suffix);
}

/**
 * What a title line's separator leaves after the headline and is no site's name: the headline's
 * continuation, as the title rules read it (`continuesHeadline`, one question for both readers: a
 * clause of five words or more in a script without capitals), when a copy of the headline below
 * still cut it off; and a cell the headline is made of, the headline holding no letter beyond it
 * ("Club | 1st Team 41 - 38 Club | 1st Team", a scoreboard's row).
 */
function clauseOrCell(suffix: string, headline: string): boolean {
  if (continuesHeadline(suffix)) return true;
  const at = headline.indexOf(suffix);
  return at >= 0 && !/\p{L}/u.test(headline.slice(0, at) + headline.slice(at + suffix.length));
}

// ---------------------------------------------------------------------------------------------
// Cue lines: a line whose words say the name is the publisher's

type Reader = (l: PageLine) => OutletCandidate | null;

const NEWSROOM = NEWSROOM_WORDS.map((w) => ci(w).replace(/ /g, '\\s+')).join('|');
/** "Example Staff", "By: Example Correspondents", "Redaktion Example", "Example-Redaktion". */
const NEWSROOM_AFTER = new RegExp(`^(?:(?:${ci('by|oleh')}):?\\s+)?(${NAME})(?:\\s+|-)(?:${NEWSROOM})$`, 'u');
const NEWSROOM_BEFORE = new RegExp(
  `^(?:(?:${ci('by|oleh|por|par|von|door|di|av|af')}):?\\s+)?(?:${NEWSROOM})(?:\\s+|\\s*[:|-]\\s*)(${NAME})$`,
  'u',
);
/** "Example / Agencies", "Example, Agências": the site and the wires it used. */
const WITH_AGENCIES = new RegExp(
  `^(${NAME})\\s*[/|,]\\s*(?:${ci('agencies|agências|agencias|agenturen|agences|agenzie|agencji|ajanslar')})\\.?$`,
  'u',
);
/**
 * Whether a line may end as `WITH_AGENCIES` asks: each of its words (7 to 9 letters) opens "ag" or
 * "aj" in either case, so those two letters stand 7, 8 or 9 code units before the line's end (a
 * final full stop aside). Looked at before the pattern, whose name part ran on every short line
 * (0.7 % of the indexer's main thread at 200k, 18perf10).
 */
function mayEndInAgencies(text: string): boolean {
  const end = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length;
  for (let n = 7; n <= 9; n++) {
    const a = text.charCodeAt(end - n) | 0x20;
    const g = text.charCodeAt(end - n + 1) | 0x20;
    if (a === 0x61 && (g === 0x67 || g === 0x6a)) return true;
  }
  return false;
}

/** "Example uses cookies", in the languages of the cookie notices. */
const USES_COOKIES = new RegExp(
  `^(${NAME})\\s+(?:${ci('uses|use|verwendet|nutzt|benutzt|setzt|gebruikt|anvender|bruger|bruker|använder|utilise|utilisent|utiliza|usa|utilizza|uses|używa|používá|kullanır|käyttää')})\\s+(?:${ci('cookies?|kekse')})\\b`,
  'u',
);
/** "Subscribe to Example", "Already a subscriber to Example?", "Sign up for Example's newsletters". */
const SUBSCRIBE = new RegExp(
  `(?:^|\\s)(?:${ci('subscribe to|subscriber to|subscription to|sign up for|abonnez-vous à|abonné à|suscríbete a|suscriptor de|abonniere|abonnieren sie|abonnent von|assine o|assine a|assinante do|assinante da|abbonati a|abbonato a|abonneer op|abonnent på|prenumerera på')})\\s+(${NAME})(?:['’]s)?(?=$|[\\s?.!:,])`,
  'u',
);
/**
 * "Support The Example", "Please support Example": the plea opens its line. Inside a sentence the
 * verb is the story's ("… sign deal to support Sudan conflict response"; task 18out31).
 */
const SUPPORT = new RegExp(`^(?:${ci('please')}\\s+)?${ci('support')}\\s+(${NAME})(?:['’]s)?(?=$|[\\s?.!:,])`, 'u');
/** "If you have an account with Example", "Si tienes cuenta en EXAMPLE". */
const ACCOUNT = new RegExp(
  `(?:${ci('account with|account on|cuenta en|conta no|conta na|compte sur|konto bei|account bij|account su|konto på')})\\s+(${NAME})(?=$|[\\s?.!:,])`,
  'u',
);
/** "By The Example", "Por Example", "21 May 2020 by The Example": a byline naming a publication. */
const BYLINE = new RegExp(`(?:^|\\s|•)(?:${ci('by|por|par|von|door|di|av|af|de|oleh|przez')})(?:\\s*[·•|:]\\s*|\\s+)(${NAME})$`, 'u');
/** Three lower-case words running into "by" and the name: a sentence's passive, not a byline (task 18out2). */
const PROSE_BEFORE_BY = /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\s+by\s/u;
/** "From Example" alone, at the story's foot: where the text came from. */
const FROM = new RegExp(`^${ci('from')}\\s+(${NAME})$`, 'u');

const PHRASE_WORDS = new Set(NEWSROOM_PHRASE_WORDS);

/** The name a newsroom credit line signs with ("Example Staff", "Redaktion Example"), or null: the folder's vote (outlet-folder-print.ts). */
export function newsroomName(text: string): string | null {
  if (NEWSROOM_ALONE.test(text.trim())) return null;
  const m = NEWSROOM_AFTER.exec(text) ?? NEWSROOM_BEFORE.exec(text);
  const name = m?.[1] ? cleanName(m[1]) : null;
  return name && !PHRASE_WORDS.has(name.toLowerCase()) && !NEWSROOM_UNIT.test(name) ? name : null;
}

/**
 * "Digital Desk staff", "Sports Desk Editors": the name before the newsroom word ends in one itself,
 * so it is a unit of the newsroom (a desk, a team), not the publication (task 18out31).
 */
const NEWSROOM_UNIT = new RegExp(`(?:^|\\s)(?:${NEWSROOM})$`, 'u');

/**
 * "Staff Writer", "By Staff Reporter": a newsroom phrase whole is a writer's role, naming no one
 * (the newsroom word and the role word after it are not "Staff" signing as "Writer"; task 18out11).
 */
const NEWSROOM_ALONE = new RegExp(`^(?:(?:${ci('by|oleh|por|par|von|door|di|av|af')}):?\\s+)?(?:${NEWSROOM})$`, 'u');

/** "Tim Redaksi", "Výběr redakce": the word before the newsroom is its team or its pick, not a name. */
function newsroomSignature(l: PageLine): OutletCandidate | null {
  if (NEWSROOM_ALONE.test(l.text.trim())) return null;
  const after = captured(l, NEWSROOM_AFTER, 2.5, 'newsroom', 'newsroom signature');
  if (after && (PHRASE_WORDS.has(after.value.toLowerCase()) || NEWSROOM_UNIT.test(after.value))) return null;
  return after ?? captured(l, NEWSROOM_BEFORE, 2.5, 'newsroom', 'newsroom signature');
}

const CUE_READERS: Reader[] = [
  newsroomSignature,
  (l) => (mayEndInAgencies(l.text) ? captured(l, WITH_AGENCIES, 2.5, 'agencies-credit', 'credit with the agencies') : null),
  (l) =>
    captured(l, SUBSCRIBE, 2.5, 'prompt', 'subscription prompt') ??
    captured(l, SUPPORT, 2.5, 'prompt', 'subscription prompt') ??
    captured(l, ACCOUNT, 2.5, 'prompt', 'account prompt'),
  (l) => {
    const c = captured(l, BYLINE, 1, 'byline', 'byline');
    // "… were expressed by Minority Leader Jane Doe.": a sentence's agent, not a credit. A credit's
    // words before "by" are a label ("Story and photos by", "21 May 2020 by"), never three plain words running.
    if (!c || PROSE_BEFORE_BY.test(l.text)) return null;
    // A person signs most bylines; a publication's shape ("The Example", "Example News") says it is the site.
    if (outletShaped(c.value) || /^(?:The|THE)\s+\S+$/u.test(c.value)) return { ...c, score: 2 };
    return personShaped(c.value) && c.value.split(/\s+/).length === 2 ? null : c;
  },
  (l) => captured(l, FROM, 1.5, 'from', 'source line'),
];

function cookieNotice(l: PageLine): OutletCandidate | null {
  // The pattern is held at the line's start, a cheaper first test than a look through the line for its word.
  return USES_COOKIES.test(l.text) && /ookie|OOKIE|ekse/.test(l.text) ? captured(l, USES_COOKIES, 2.5, 'prompt', 'cookie notice') : null;
}

/** "Subscribe to Example Newsletters", "Example App": the product after the site's name. */
const GENERIC_TAIL = /\s+(?:newsletters?|app|apps|podcasts?|alerts?)$/iu;
/** The articles names start with ("The Example", "El Ejemplo", "De Example"); any other stop word first is a phrase ("Diese Website", "Unsere Seite"). */
const ARTICLE_FIRST = /^(?:the|el|la|le|les|l'|il|lo|der|die|das|de|het|o|a|os|as|los|las|den|det|ta)$/iu;
function determinerFirst(name: string): boolean {
  const first = name.split(' ')[0]!;
  return name.includes(' ') && !ARTICLE_FIRST.test(first) && stopWordCount(first, 0) > 0;
}

function captured(l: PageLine, pattern: RegExp, score: number, kind: string, what: string): OutletCandidate | null {
  const m = pattern.exec(l.text);
  const name = m?.[1] ? cleanName(m[1].replace(GENERIC_TAIL, '')) : null;
  if (!name || /^(?:this|that|our|we|the|your|it|you)$/i.test(name) || determinerFirst(name)) return null;
  return { value: name, score, kind, evidence: `${what} line ${l.line} '${quote(l.text)}'`, line: l.line };
}

// ---------------------------------------------------------------------------------------------
// Names alone on a line, at the top or foot of the page

/** First words that make a short line a credit, label or prompt rather than a masthead. */
export const CUE_START =
  /^(?:from|by|por|von|par|door|di|via|source|sources|quelle|fuente|fonte|bron|kilde|källa|zdroj|kaynak|photo|photos|foto|fotos|bild|image|credit|credits|copyright|more|related|read|see|follow|share|updated|published|posted|home|menu|search)\b/i;
/** A date, a time or a bare number: a stamp or a counter, not a name (bench/ingest/outlet-wide.ts reads it too). */
export const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|^\d+$|(?:19|20)\d{2}/;

/**
 * A press release's heading ("MEDIA ADVISORY", "For Immediate Release", "Pressemitteilung"): the
 * kind of text, alone at the top as a masthead is, but naming no one (task 18out2).
 */
const PRESS_LABEL =
  /^(?:media advisory|press release|news release|media release|for immediate release|communiqué de presse|communiqué|pressemitteilung|pressemeldung|nota de prensa|comunicado de prensa|comunicado|comunicato stampa|nota stampa|persbericht|pressmeddelande|pressemelding|pressemeddelelse|komunikat prasowy|tisková zpráva|basın bülteni|basın açıklaması|nota à imprensa|nota de imprensa|siaran pers)$/iu;
/** "Example Haber Sitesi", "Example Website": the masthead's own word for "site" after the name. */
const SITE_WORD_TAIL = /\s+(?:web\s*)?(?:sitesi|website|web site)$/iu;

function loneName(l: PageLine, where: 'masthead' | 'foot', firstLine: PageLine | undefined): OutletCandidate | null {
  if (l.words > 5 || l.text.length > 48) return null;
  const text = l.text.trim();
  const domain = DOMAIN_LINE.exec(text);
  if (domain && templateKey(domain[1]!)) return null;
  if (domain && isDomain(domain[1]!)) {
    const d = bareDomain(domain[1]!);
    return { value: d, score: 2, kind: 'address', evidence: `address alone on line ${l.line} '${quote(text)}'`, line: l.line };
  }
  if (!LONE_NAME.test(text) || /[.:]$/.test(text) || CUE_START.test(text) || DATE_LIKE.test(text)) return null;
  if (PRESS_LABEL.test(text)) return null;
  const name = cleanName(text.replace(SITE_WORD_TAIL, ''));
  if (!name) return null;
  // One plain word alone at the top or foot is as often a section or a label ("News", "Sport") as a masthead.
  // Above the headline a publication-shaped name is as often a section's or a partner's banner as
  // the masthead; at the foot it is the site signing off. Either way another place must agree
  // unless the foot line is shaped like a publication.
  const shaped = outletShaped(name);
  // The page's very first line, shaped like a publication, is its masthead; a brand's inner
  // capital ("ExampleFace") on the last line is the site signing off.
  const first = l === firstLine;
  const score = shaped
    ? where === 'foot' || first
      ? 2
      : 1.5
    : brandShaped(name)
      ? where === 'foot'
        ? 2
        : 1.5
      : name.includes(' ')
        ? 1
        : 0;
  if (score === 0) return null;
  return {
    value: name,
    score,
    kind: where,
    evidence: `name alone on the ${where === 'masthead' ? 'top' : 'last'} line ${l.line} '${quote(text)}'`,
    line: l.line,
  };
}

/**
 * A dotted key of the page's templates left untranslated ("news.modal.header"): shaped like an
 * address, but in lower case, with three labels or more and a long ending no list of domain endings holds.
 */
function templateKey(text: string): boolean {
  const ending = text.slice(text.lastIndexOf('.') + 1);
  return ending.length > 3 && text.indexOf('.') !== text.lastIndexOf('.') && text === text.toLowerCase() && !isAddressEnding(ending);
}

/** A heading over the page's categories or tags, in the languages met ("Categories:", "Schlagwörter", "Taggar"). */
const TAG_LABEL =
  /^(?:categories|category|categorieën|categorieen|kategorien|kategorier|kategorie|catégories|categorías|categorie|categorias|kategoriat|tags?|etiquetas|schlagwörter|trefwoorden|emneord|taggar|tagit|avainsanat|tunnisteet|témata|tematy|tagi|etykiety|argomenti|sujets|assuntos|temas|konular)\s*:?$/iu;

/**
 * Indexes of the short lines under a categories or tags heading: a site's sections and its
 * regional brands stand there, shaped like mastheads, and a foot line among them is not the site signing off.
 */
function taggedLines(lines: readonly PageLine[]): Set<number> {
  const tagged = new Set<number>();
  lines.forEach((l, i) => {
    if (!TAG_LABEL.test(l.text.trim())) return;
    for (let k = i + 1; k < lines.length && lines[k]!.words <= 4; k++) tagged.add(k);
  });
  return tagged;
}

/**
 * A name alone on three or more lines that are not neighbours: a site's credit under each item
 * of a list, but as often a tag or a label, so never enough alone.
 */
function repeatedNames(lines: readonly PageLine[], add: (c: OutletCandidate | null) => void): void {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.words > 4 || l.text.length > 40) return;
    const at = seen.get(l.text);
    if (at) at.push(i);
    else seen.set(l.text, [i]);
  });
  for (const [text, at] of seen) {
    if (at.length < 3 || at.every((i, k) => k === 0 || i - at[k - 1]! <= 1)) continue;
    if (!LONE_NAME.test(text) || CUE_START.test(text) || DATE_LIKE.test(text) || personShaped(text)) continue;
    const name = cleanName(text);
    if (!name) continue;
    add({ value: name, score: 1, kind: 'repeated', evidence: `'${quote(text)}' alone on ${at.length} lines`, line: lines[at[0]!]!.line });
    add(itemCredit(lines, at, name));
  }
}

// ---------------------------------------------------------------------------------------------
// Lines the cleaner already recognised

function readSyndication(d: DroppedLine): OutletCandidate | null {
  const m =
    /\bappeared first on\s+(.+?)\s*\.?$/i.exec(d.text) ??
    /\b(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\s+(.+?)\s*\.?$/i.exec(d.text);
  const name = m?.[1]?.replace(/^(?:the website of|the site)\s+/i, '').trim();
  // "… originally published on this site": a plug-in's note naming no one.
  if (!name || name.split(/\s+/).length > 6 || /^https?:/i.test(name) || !/^[\p{Lu}\p{N}]|^[\p{L}\p{N}-]+\.[a-z]{2,}/u.test(name))
    return null;
  return {
    value: name,
    score: 5,
    kind: 'syndication',
    evidence: `syndication line '${quote(m![0].replace(/\s*\.?$/, ''))}'`,
    line: d.line,
  };
}

/** "Click for full JPost coverage", "Click here for more BBC News stories": a short brand name. */
function readPromotionBrand(d: DroppedLine): OutletCandidate | null {
  const m =
    /^[Cc]lick (?:here )?for (?:the )?(?:full|more|all|complete|latest|live) ([\p{Lu}][\p{L}\p{N}.&'-]*(?: [\p{Lu}][\p{L}\p{N}.&'-]*){0,2}) (?:coverage|news|stories|updates|reports)\b/u.exec(
      d.text,
    );
  return m ? { value: m[1]!, score: 2.5, kind: 'promotion', evidence: `promotion '${quote(d.text)}'`, line: d.line } : null;
}
