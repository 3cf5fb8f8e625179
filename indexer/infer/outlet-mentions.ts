/**
 * Where a page names its publisher inside running text or in furniture the cue lines of
 * outlet-candidates.ts do not read: a newsroom writing about its own reporting ("seen by Example
 * News", "la exclusiva de EJEMPLO"; "told ExampleTV" is outlet-prose.ts's), a web address in the text ("… on
 * example.ro", an e-mail address at the site's domain), and the furniture lines that say who
 * publishes ("Publisher Example", "Cite as Example, …", "Follow Example on Twitter", a dateline
 * "CITY (Example) -", a credit "Example, Reuters, 21 Nov 2012").
 *
 * A name in prose is as often another outlet quoted ("… reported the Example Times"), so only
 * phrases a newsroom uses of itself are read, and only names shaped like a publication.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { bareDomain, brandShaped, ci, cleanName, EMAIL, isDomain, NAME, personShaped } from './outlet-names.ts';
import { FOLLOW_PLATFORMS, FOLLOW_VERBS, hasTradeNoun, isWire, outletShaped } from './outlet-words.ts';
import { quotedBefore } from './outlet-phrase-match.ts';
import { quote } from './quote.ts';
import { caselessWordSet, literalGroups } from './word-set.ts';
import { JOIN, PART_CHAR } from './title-join.ts';
import { DATELINE_LINES, PROSE_WORDS } from './outlet-reach.ts';

type Add = (c: OutletCandidate | null) => void;

/** A name as a newsroom writes its own: a publication's shape, a brand's inner capital, a masthead in capitals, or "The …" with a trade noun. */
export function selfNameShaped(name: string): boolean {
  // "The Standard", "Die Presse": an article and a trade noun is a masthead, though a trade noun alone is a label.
  if (/^(?:The|El|La|Le|Il|Der|Die|Das|De|Het|O|A)\s+\S+$/u.test(name) && hasTradeNoun(name)) return true;
  if (personShaped(name) && !outletShaped(name)) return false;
  return outletShaped(name) || brandShaped(name) || isAcronym(name) || isDomain(name);
}

/** A name in capitals ("EXAMPLETV", "ABC"), with two letters at least: a masthead's or an organisation's. */
function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{1,11}$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Short capitals are as often a party, an agency or a service ("seen by the XYZ") as a newsroom. */
const shortAcronym = (name: string) => isAcronym(name) && name.replace(/[^\p{L}]/gu, '').length < 6;

/**
 * A name a cue has already marked as a publication's ("Follow X on Twitter", "CITY (X) -"): shaped
 * like one, or a trade noun beside a word of its own ("Quayline News"), so not a person's name.
 */
export function cuedPublicationName(name: string): boolean {
  if (selfNameShaped(name)) return true;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    hasTradeNoun(name) &&
    words.some((w) => !hasTradeNoun(w) && !/^(?:the|latest|local|breaking|top|more|world|live|our|your)$/i.test(w))
  );
}

/**
 * Phrases only a newsroom uses of itself, in the languages met: the name after ("seen by X",
 * "exclusiva de X") or before ("X has seen", "X hat erfahren"). "told X" and its kin, which a story
 * also uses of rival outlets, are read by outlet-prose.ts.
 */
const AFTER_PHRASES =
  'seen by|obtained by|analysed by|analyzed by|reviewed by|verified by|commissioned by|exclusively to|exclusive to|exclusive for|exclusiva de|exclusiva para|exclusivo de|exclusivo para|em exclusivo ao|em exclusivo à|em exclusivo para|en exclusivité à|en exclusivité pour|in esclusiva a|in esclusiva per|exklusiv gegenüber|exklusiv für|exclusief aan|exclusief voor';
const SELF_AFTER = new RegExp(`(?:^|[\\s(«"“])(?:${ci(AFTER_PHRASES)})\\s+(?:the\\s+|dem\\s+|der\\s+)?(${NAME})`, 'u');
const BEFORE_PHRASES =
  'has seen|has learned|has learnt|has obtained|has established|understands|can reveal|can exclusively reveal|vous invite|vous propose|invites you|brings you|te invita|le invita|lädt sie|har set|har fået|har vist|har sett|har fått|heeft ingezien|ha potuto vedere|ha saputo|a pu consulter|a appris|ha podido saber|ha sabido|apurou|teve acesso|vorliegt|vorliegen';
const SELF_BEFORE = new RegExp(`(?:^|[\\s(«"“])(${NAME})\\s+(?:${ci(BEFORE_PHRASES)})\\b`, 'u');
/**
 * "Example News spoke to …", "Example Daily sought to know …": the newsroom as the subject of its
 * own reporting, in its own voice (task 18outlet). A publication's name with its trade noun ("X
 * News") is enough here, as a cue marks it (cuedPublicationName); a person speaks to people too.
 */
const REPORTING_PHRASES =
  "spoke to|spoke with|has spoken to|sought to know|reached out to|has reached out to|has contacted|looks back at|sprach mit|hat nachgefragt|a interrogé|a contacté|s’est entretenu avec|s'est entretenu avec|habló con|ha hablado con|contactó con|conversou com|falou com|ha sentito|ha contattato|ha parlato con|sprak met|heeft gesproken met|har talat med|har snakket med|har talt med|rozmawiał z|rozmawiała z";
const SELF_REPORTING = new RegExp(`(?:^|[\\s(«"“])(${NAME})\\s+(?:${ci(REPORTING_PHRASES)})(?![\\p{L}\\p{N}])`, 'u');
/** "Det kunde Example berätta": the name between the modal and the verb, as the Nordic languages put it. */
const INVERTED_VERBS = 'berätta|fortelle|fortælle|avslöja|afsløre|avsløre|rapportera|rapportere|meddela|melde';
const SELF_INVERTED = new RegExp(`(?:^|\\s)(?:${ci('kunde|kunne|kan')})\\s+(${NAME})\\s+(?:${ci(INVERTED_VERBS)})\\b`, 'u');
/**
 * Cheap test before the patterns above: most prose lines hold none of these words (in any case, as
 * a pattern of them with the i flag reads them; one pass over the line in word-set.ts's automaton).
 */
export const SELF_HINT_WORDS =
  'spoke|spoken|sought to|reached out|contact|looks back|sprach mit|nachgefragt|interrogé|entretenu|habl|conversou|falou|sentito|parlato|sprak met|gesproken|talat med|snakket|talt med|rozmawia|vous invite|vous propose|invites you|brings you|te invita|le invita|lädt sie|berätt|fortel|fortæl|avslöj|afslør|avslør|rapporter|meddel|melde|seen|obtained|analy|review|verified|commission|exclusi|exklusiv|esclusiva|vorlieg|learn|establish|understand|reveal|erfahren|erfuhr| har |ingezien|potuto|saputo|consulter|appris|podido|sabido|apurou|acesso';
const selfHint = caselessWordSet(SELF_HINT_WORDS.split('|'));
/**
 * Each pattern with its own words, looked for in the lower-cased line before the pattern reads the
 * line's names: the pattern reads them in any case (`ci`), so a line it matches holds them lower-cased.
 */
export const SELF_PATTERNS: readonly { pattern: RegExp; words: RegExp }[] = [
  { pattern: SELF_AFTER, words: new RegExp(AFTER_PHRASES) },
  { pattern: SELF_BEFORE, words: new RegExp(BEFORE_PHRASES) },
  { pattern: SELF_INVERTED, words: new RegExp(INVERTED_VERBS) },
  { pattern: SELF_REPORTING, words: new RegExp(REPORTING_PHRASES) },
];
/**
 * Which patterns' words the lower-cased line holds (bit k: `SELF_PATTERNS[k].words.test`), in one
 * pass instead of four patterns' scans of the line (18perf18). Exported for its test.
 */
export const selfWords = literalGroups(SELF_PATTERNS.map(({ words }) => words.source.split('|')));

/** Cue words before an address that name another site as the source, not this one. */
const SOURCE_BEFORE =
  /(?:via|source|sources|quelle|fuente|fonte|bron|kilde|källa|zdroj|kaynak|feed|from|von|de|photo|foto|bild|image|credit|courtesy)\s*:?\s*$/i;
/** An address inside text ("on example.ro", "https://www.example.com/markets"). */
const ADDRESS_IN_TEXT =
  /(?:^|[\s(«"“'])((?:[Hh][Tt][Tt][Pp][Ss]?:\/\/)?(?:[Ww]{3}\d?\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.([a-z]{2,10}|[A-Z][a-z]{2,9}|[A-Z]{2,10}))(?=$|[\s/),.;:!?»"”'])/gu;
/** What every `ADDRESS_IN_TEXT` match holds: the dot before its ending, and the ending's first letter. */
const ADDRESS_ENDING_DOT = /\.[A-Za-z]/;
/**
 * Endings that make a word with a dot a web address in running text: a country's two letters, or
 * a generic ending. Two words run together at a missing space ("hours.Credit", "Napoli.Il") or a
 * ticker ("ADS.XE") are not addresses; neither is "googletag.cmd".
 */
const GENERIC_TLD = new Set(
  'com net org info biz news online site website web media press blog club live today world tv fm io app xyz click top store tech space digital radio agency network studio report global city social zone one pro name mobi asia eu int gov edu coop travel email link page plus cloud design art guru ink life fun group center company portal report'.split(
    ' ',
  ),
);
/** A lower-case ending of either kind, or a generic one in capitals ("EXAMPLE.COM"); not "ADS.XE" or "hours.Credit". */
export const isAddressEnding = (tld: string) =>
  (tld === tld.toLowerCase() && tld.length === 2) ||
  GENERIC_TLD.has(tld) ||
  (tld !== tld.toLowerCase() && GENERIC_TLD.has(tld.toLowerCase()));
/** "on example.ro", "pe", "sur", "auf", "su", "op", "en", "på", "em", "na": available on the site itself. */
const ON_BEFORE = /(?:^|\s)(?:on|at|pe|sur|auf|su|op|en|på|em|na|w|v|bei)\s*$/i;
const EMAILS = new RegExp(EMAIL, 'giu');

/** Newsroom self-references in any line, prose included. */
export function selfReferences(lines: readonly PageLine[], add: Add): void {
  for (const l of lines) {
    if (!selfHint(l.text)) continue;
    const held = selfWords(l.text.toLowerCase());
    for (let k = 0; k < SELF_PATTERNS.length; k++) {
      if ((held & (1 << k)) === 0) continue;
      const { pattern } = SELF_PATTERNS[k]!;
      const m = pattern.exec(l.text);
      const name = m?.[1] ? cleanName(m[1]) : null;
      if (!name || isWire(name) || !(pattern === SELF_REPORTING ? cuedPublicationName(name) : selfNameShaped(name))) continue;
      add({
        value: name,
        score: shortAcronym(name) && !newsroomAsSubject(pattern, m![0]) ? 1.5 : 2,
        kind: 'self-reference',
        evidence: `self-reference line ${l.line} '${quote(m![0].trim())}'`,
        line: l.line,
      });
    }
  }
}

/**
 * Short capitals as the subject of the newsroom's own verb of getting a story ("XY har vist", "XY has
 * learnt", "XY can reveal"): the voice a newsroom writes itself in, so enough alone. As the agent
 * after a passive ("seen by the XY", "obtained by XY") they name a party or a service as often (the
 * BBC corpus: SPD, MI5); a document "lying before" short capitals (German "vorliegt") is as often an
 * authority's, and anyone "could tell" (the Nordic "kunde XY berätta").
 */
function newsroomAsSubject(pattern: RegExp, match: string): boolean {
  return (pattern === SELF_BEFORE && !/vorlieg/iu.test(match)) || pattern === SELF_REPORTING;
}

/** Web addresses and e-mail domains anywhere in the page: weak alone, strong when another place agrees. */
export function addressMentions(lines: readonly PageLine[], add: Add): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text.includes('.')) continue;
    // Every address ends in a dot and its ending's first letter: prose whose dots all end
    // sentences ("… reserves. Judy …") is not scanned word by word.
    for (const m of ADDRESS_ENDING_DOT.test(l.text) ? l.text.matchAll(ADDRESS_IN_TEXT) : []) {
      const domain = bareDomain(m[1]!);
      if (!isAddressEnding(m[2]!) || !isDomain(domain) || !/[\p{L}]{2}/u.test(domain.split('.')[0]!)) continue;
      const before = l.text.slice(0, m.index);
      // "via example.com", "told Example's website www.example.com": another site, named as the source.
      if (SOURCE_BEFORE.test(before) || quotedBefore(before.slice(-60))) continue;
      // An address written with its scheme or "www." is meant as an address; a bare "Example.com" may be the name.
      // An address alone on a line among the story's paragraphs is a link set into it (a source, a
      // sister site's promotion): the site's own stands above or below the story (task 18out3).
      const alone = l.text.trim() === m[0].trim() && !insideStory(lines, i);
      const on = ON_BEFORE.test(before);
      // A line the cleaner dropped as a promotion ("For more news from home and abroad, visit
      // example.pl") is the site sending its readers to itself: as good as its address alone (task 18out6).
      const promoted = l.reason === 'promotion';
      add({
        value: domain,
        score: alone || promoted ? 2 : on ? 1.5 : 1,
        kind: alone ? 'address' : 'address-mention',
        evidence: `address in ${promoted ? 'promotion ' : ''}line ${l.line} '${quote(m[0].trim())}'`,
        line: l.line,
      });
    }
    if (!l.text.includes('@')) continue;
    for (const m of l.text.matchAll(EMAILS)) {
      add({
        value: m[1]!.toLowerCase(),
        score: 1,
        kind: 'email',
        evidence: `e-mail address in line ${l.line} '${quote(m[0])}'`,
        line: l.line,
      });
    }
  }
}

/** Kept prose above and below: the line stands inside the story. */
function insideStory(lines: readonly PageLine[], i: number): boolean {
  let above = false;
  for (let k = i - 1; k >= 0 && !above; k--) above = storyProse(lines[k]!);
  if (!above) return false;
  for (let k = i + 1; k < lines.length; k++) if (storyProse(lines[k]!)) return true;
  return false;
}
const storyProse = (l: PageLine) => l.reason === null && l.words > 14;

const PUBLISHER = new RegExp(
  `^(?:${ci('publisher|published by|publication|herausgeber|herausgegeben von|verlag|éditeur|édité par|editora|editorial|uitgever|utgiver|utgivare|udgiver|wydawca|vydavatel')})\\s*[:·|-]?\\s*(${NAME})\\s*\\.?$`,
  'u',
);
/** "Editor: X": in most languages an editor is a person, so the name must be shaped like a publication. */
const EDITOR = new RegExp(`^(?:${ci('editor|editore|redaktør|redaktor|redacteur')})\\s*[:·|-]?\\s*(${NAME})\\s*\\.?$`, 'u');
const CITE_AS = new RegExp(
  `^(?:${ci('cite as|cite this article|cite this page|how to cite|zitiervorschlag|citer cet article|citar como')})\\s*:?\\s*(${NAME})\\s*[,.(]`,
  'u',
);
const FOLLOW = new RegExp(
  `^(?:${ci(`${FOLLOW_VERBS}|like`)})\\s+(${NAME})\\s+(?:${ci('on|auf|sur|en|no|na|su|op|på')})\\s+(?:${FOLLOW_PLATFORMS}|X)\\b`,
  'u',
);

/** "Download the Example News app", "Laden Sie die Example-App", "Lataa Example-sovellus", "Last ned Example-appen": only a publication invites readers to its own app. */
const APP = new RegExp(
  `(?:^|\\s)(?:${ci('download|get|install|try|laden sie|hol dir|téléchargez|descarga|descargue|baixe|scarica|download de|lataa|last ned|ladda ner|hent|pobierz|stáhněte si|töltse le|indir|unduh|descărcați|изтеглете|скачайте')})\\s+(?:(?:${ci('the|die|la|el|a|o|de')})\\s+)?(${NAME})(?:\\s+|-)(?:${ci('app|apps|application|applicatie|appen|appi|sovellus|aplikację|aplikaci|aplikaciju|alkalmazást|uygulamasını|aplikasi|aplicația|приложението|приложение')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** "Example is not responsible for the content of external sites": a site's own disclaimer. */
const NOT_RESPONSIBLE = new RegExp(`^(?:${ci('the')}\\s+)?(${NAME})\\s+${ci('is not responsible for the content of external')}`, 'u');

/** "Publisher Example", "Cite as Example, …", "Follow Example on Twitter": furniture that names the site. */
export function furnitureNames(l: PageLine): OutletCandidate | null {
  for (const [pattern, score, kind, what] of [
    [PUBLISHER, 2.5, 'publisher', 'publisher line'],
    [EDITOR, 2.5, 'editor', 'editor line'],
    [CITE_AS, 2.5, 'citation', 'citation line'],
    [FOLLOW, 2, 'follow', 'follow prompt'],
    [APP, 2.5, 'app', 'app prompt'],
    [NOT_RESPONSIBLE, 2.5, 'disclaimer', 'disclaimer'],
  ] as const) {
    const m = pattern.exec(l.text);
    const name = m?.[1] ? cleanName(m[1]) : null;
    if (!name || /^(?:us|me|this|our|the)$/i.test(name)) continue;
    if (kind !== 'publisher' && !cuedPublicationName(name) && (personShaped(name) || kind === 'editor')) continue;
    return { value: name, score, kind, evidence: `${what} ${l.line} '${quote(l.text)}'`, line: l.line };
  }
  return null;
}

/** A dateline's start: the line's, perhaps after a scraper's ISO date ("date 2024-01-14 CITY …"). */
const DATELINE_START = '^\\s*(?:(?:\\p{L}+:?\\s+)?\\d{4}-\\d{2}(?:-\\d{2})?\\s+)?';
/**
 * "CITY (Example News) -", "CITY, St. (EXTV) –", "(ExampleTV) —" opening a paragraph: the
 * newsroom's own dateline. The town may carry its state as the US wires abbreviate it ("Fla.",
 * "N.M."), and a scraper's ISO date may stand before it ("date 2024-01-14 CITY (EXTV) –"). A town in
 * capitals may open with a name's prefix in lower case ("DeSOTO PARISH", "McALLEN"; task 18out2).
 */
const DATELINE = new RegExp(
  `${DATELINE_START}(?:(?:\\p{Lu}\\p{Ll}{1,2})?\\p{Lu}[\\p{Lu}\\p{N} .,'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.]{1,6})?\\s)?\\((${NAME})\\)\\s*(?:[-–—]{1,2}|:)\\s`,
  'u',
);
/**
 * The same dateline without brackets, opening a paragraph: "CITY, Example Post — …", "CITY –
 * EXAMPLENEWS (Section) – …" (task 18out19). The town in capitals, then a comma or a dash, the
 * name, perhaps its section in brackets, and a dash before the story. A town's own region stands in
 * that slot as often ("CITY, Region —"), so the name must be shaped like a publication: a trade
 * noun and a word of its own (`outletShaped`), never a wire.
 */
const BARE_DATELINE = new RegExp(
  `${DATELINE_START}(?:\\p{Lu}\\p{Ll}{1,2})?\\p{Lu}[\\p{Lu}\\p{N} .'’-]{1,40}?(?:,\\s*|\\s+[-–—]\\s+)(${NAME})(?:\\s*\\([^()]{1,24}\\))?\\s+[-–—]{1,2}\\s`,
  'u',
);
/**
 * The same slot between bars: "Town, Country | EXAMPLE NEWS | …" (task 18out30). The bars set the
 * name off on both sides, so the town may be written in mixed case (one to four capitalised words,
 * perhaps ", Country"); the name is guarded as above, and a wire in the slot ("| WIRE |") is the
 * wire's story, not the site's name.
 */
const BAR_DATELINE = new RegExp(
  `${DATELINE_START}\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s*\\|\\s*(${NAME})\\s*\\|\\s`,
  'u',
);
/**
 * A name in a bare dateline slot that is a publication's: a trade noun and a word of its own
 * (`outletShaped`), or an article and a trade noun in any case ("THE EXAMPLE TIMES" as a masthead
 * prints it, "The Examiner"). A region ("Islay Sound") or a state ("N.C.") has neither.
 */
function slotPublication(name: string): boolean {
  return outletShaped(name) || (/^(?:the|el|la|le|il|der|die|das|de|het)\s+\S/iu.test(name) && hasTradeNoun(name.replace(/^\S+\s+/u, '')));
}
/** "Example, Reuters, Wednesday 21 Nov 2012": the site, the wire it used, the date. */
const CREDIT_WITH_WIRE = new RegExp(`^(${NAME})\\s*[,|/·]\\s*(${NAME})\\s*[,|·]\\s*.*\\b(?:19|20)\\d{2}\\b`, 'u');
/** What `CREDIT_WITH_WIRE` must find at its end, tested first: most short lines hold no year, and the names' part is the costly one (18perf10). */
const YEAR_DIGITS = /(?:19|20)\d\d/;

export function creditNames(l: PageLine, index: number): OutletCandidate | null {
  const d = index < DATELINE_LINES ? DATELINE.exec(l.text) : null;
  if (d) {
    const name = cleanName(d[1]!);
    // Two capitals in brackets after a town are its province or state ("TOWN (XY) -"), not a newsroom.
    if (name && !isWire(name) && cuedPublicationName(name) && !/^\p{Lu}{2}$/u.test(name))
      return { value: name, score: 2.5, kind: 'dateline', evidence: `dateline line ${l.line} '${quote(d[0].trim())}'`, line: l.line };
  }
  const bare = index < DATELINE_LINES && l.words > PROSE_WORDS ? (BARE_DATELINE.exec(l.text) ?? barDateline(l.text)) : null;
  if (bare) {
    const name = cleanName(bare[1]!);
    if (name && slotPublication(name) && !isWire(name))
      return { value: name, score: 2.5, kind: 'dateline', evidence: `dateline line ${l.line} '${quote(bare[0].trim())}'`, line: l.line };
  }
  if (l.words > 14 || !YEAR_DIGITS.test(l.text)) return null;
  const c = CREDIT_WITH_WIRE.exec(l.text);
  if (c && isWire(c[2]!) && !isWire(c[1]!)) {
    const name = cleanName(c[1]!);
    if (name && (!personShaped(name) || cuedPublicationName(name)))
      return { value: name, score: 2.5, kind: 'agencies-credit', evidence: `credit line ${l.line} '${quote(l.text)}'`, line: l.line };
  }
  return null;
}

/** `BAR_DATELINE`, tried only on a line with a bar (most paragraphs have none). */
function barDateline(text: string): RegExpExecArray | null {
  return text.includes('|') ? BAR_DATELINE.exec(text) : null;
}

/** Where a page title appends a name: its last part after a join (title-join.ts). */
const TAIL = new RegExp(`${JOIN}(${PART_CHAR}{2,60})$`, 'u');

/**
 * The last segment of the headline when the cleaner kept it ("Headline - Example News"): a site
 * the title line may name. Weak unless shaped like a publication, since a headline's own words can
 * follow a dash; the outlet found elsewhere on the page confirms it (and is then cut from the title).
 */
export function headlineTail(headline: string): string | null {
  const m = TAIL.exec(headline);
  const tail = m?.[1] ? cleanName(m[1]) : null;
  if (!tail || tail.split(/\s+/).length > 5 || /[.!?]$/.test(tail)) return null;
  if (!tail.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|de|del|la|le|di|da|van|der|für|och|og|i|y|e)$/i.test(w)))
    return null;
  return tail;
}

export function titleTailName(headline: string | undefined, line: number): OutletCandidate | null {
  const tail = headline ? headlineTail(headline) : null;
  if (!tail) return null;
  // A place or a tag in capitals also ends title lines: only a publication's shape counts alone.
  const score = outletShaped(tail) || brandShaped(tail) || isDomain(tail) ? 2 : 1;
  return { value: tail, score, kind: 'title-tail', evidence: `name after the headline on line ${line} '${quote(tail)}'`, line };
}
