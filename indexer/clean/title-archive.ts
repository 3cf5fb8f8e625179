/**
 * An archive's heading: a page that lists the stories of one tag, category, author or section says
 * which at its top, in the words of its publishing system ("Tag: Harbour ferries", "Category:
 * Council", "Auteur/autrice : Jane Doe", "Archiv rubriky: Sport", "Schlagwort: Hafen").
 * Blog engines print that line as the archive's own heading, over the first entry. Read as a line
 * of its own it is a tag list's label ("Tags: Health") or a byline ("Author: Jane Doe"), and the
 * title rules took the first entry's headline instead; but a tag list sits under a story and a
 * byline over one, while this line stands over a list of entries. So the line is the page's title
 * when it stands at the page's top (above the headline the candidates picked, or within the first
 * lines when they picked none or a short label), names one thing (a short name, no list of them),
 * and the page under it is a list of entries: other stories' headlines each over its teaser
 * (`isListPage`), or bulleted headlines over their text, two or more.
 *
 * The label words are the trade's (the archive titles of blog engines, per concept), not any page's.
 *
 * A tag's or an archive's heading ("Tag: …", "Tag Archives: …", "Archive for July 18th, 2008") names a
 * list by construction, and blog engines print such a list's entries whole: a stored excerpt of
 * some 2,000 characters then holds one entry, its headline over its paragraphs, which no list test
 * can see. Under those labels one entry is enough; the labels that also stand over a single story
 * (a topic's or a category's kicker, an author's byline) still need the list.
 */
import { isEntryHeadline, isLinkedTeaser, isListPage, isTeaserOrParagraph } from './listing-headline.ts';
import { isDateOnly } from '../infer/dates.ts';
import { MONTH_NAME } from '../infer/date-names.ts';
import { endsSentence, wordCount } from './shape.ts';
import { agreement, contentStems } from './title-agreement.ts';
import type { ContentLine } from './structure.ts';

/** Tags and keywords, as blog engines label a tag's archive: a list by construction. */
const TAG_LABEL_WORDS = [
  'tag(?:ged)?',
  'tag archives?',
  'posts? tagged',
  'articles? tagged',
  'schlagwort',
  'stichwort',
  'étiquette',
  'mot-clé',
  'etiqueta',
  'etichetta',
  'štítek',
  'archiv štítku',
  'etikett',
  'stikkord',
  'avainsana',
  'etiket',
  'címke',
  'etichetă',
  'метка',
  'тег',
  'ετικέτα',
];

/** Categories, sections, topics and authors: labels that also stand over a single story (a kicker, a byline). */
const NAMING_LABEL_WORDS = [
  // Categories, sections and topics.
  'category',
  'category archives?',
  'kategorie',
  'catégorie',
  'categoría',
  'categoria',
  'categorie',
  'kategoria',
  'kategori',
  'kategória',
  'rubri(?:k|ka|que|ca)',
  'archiv rubriky',
  'topic',
  'thema',
  'thème',
  'tema',
  'temat',
  'téma',
  'aihe',
  'konu',
  'рубрика',
  'категория',
  'κατηγορία',
  // Authors.
  'author',
  'author archives?',
  'auteur(?:/autrice)?',
  'autor(?:e|in)?',
  'författare',
  'forfatter',
  'kirjoittaja',
  'yazar',
  'szerző',
  'penulis',
  'автор',
  'συντάκτης',
];

/** Archives of a section or a period: a list by construction. */
const PERIOD_LABEL_WORDS = [
  'archives?',
  'archive for',
  'archiv',
  'archivo',
  'archivio',
  'arquivo',
  'archief',
  'archiwum',
  'arkiv',
  'arkisto',
  'arşiv',
  'archívum',
  'архив',
];

/**
 * A day's, a month's or a year's archive, labelled by its unit as blog engines title it ("Day: January 8, 2026",
 * "Dia: 8/01/2026", "Mois : janvier 2026", "Jahr: 2025"): a list by construction. The words label other things too
 * (a film's "Year: 1998", a match's "Day: Saturday"), so under them the name must be a date.
 */
const PERIOD_UNIT_LABEL_WORDS = [
  'day',
  'month',
  'year',
  'dia',
  'día',
  'mês',
  'mes',
  'ano',
  'año',
  'jour',
  'mois',
  'année',
  'monat',
  'jahr',
  'giorno',
  'mese',
  'anno',
  'dag',
  'maand',
  'jaar',
  'månad',
  'år',
  'dzień',
  'miesiąc',
  'rok',
  'den',
  'měsíc',
  'gün',
  'ay',
  'yıl',
  'день',
  'месяц',
  'год',
];

/** An archive's kind, as blog engines label it in the languages of the news on the web. */
const ARCHIVE_LABEL_WORDS = [...TAG_LABEL_WORDS, ...NAMING_LABEL_WORDS, ...PERIOD_LABEL_WORDS, ...PERIOD_UNIT_LABEL_WORDS];

/**
 * A label, a colon, and the archive's name: one name, not a list (no comma, semicolon or separator);
 * as the page's title line, the site's name may follow it behind a spaced separator ("Tag: Harbour
 * ferries | Harbour Gazette"). A date may hold its comma ("Archive: July 18, 2008").
 */
const ARCHIVE_HEADING = new RegExp(`^(${ARCHIVE_LABEL_WORDS.join('|')})\\s*:\\s*([^;|•·]+?)(?:\\s+[|–—-]\\s+[^,;]{1,60})?$`, 'iu');
const NAMING_LABEL = new RegExp(`^(?:${NAMING_LABEL_WORDS.join('|')})$`, 'iu');
const PERIOD_UNIT_LABEL = new RegExp(`^(?:${PERIOD_UNIT_LABEL_WORDS.join('|')})$`, 'iu');
/** A month of a year ("janvier 2026", "January 2026", "enero de 2026") or a year alone: a period's name. */
const MONTH_OR_YEAR = new RegExp(`^(?:${MONTH_NAME},?\\s+(?:de\\s+)?)?(?:19|20)\\d\\d$`, 'iu');
/**
 * The archive's label written before its name without a colon, as the English blog templates print
 * a period's or a category's archive ("Archive for July 18th, 2008", "Archive for the 'Council'
 * Category"). A list by construction.
 */
const ARCHIVE_FOR = /^archives?\s+for\s+([^;|•·]+?)$/iu;
/** Most words of the archive's name: a tag, a section, a person's name. */
const MAX_NAME_WORDS = 6;

/**
 * The line as an archive's heading: `list` under a tag's or a period's label (a list by
 * construction), `naming` under a topic's, a category's or an author's (labels that also stand over a
 * single story, as a kicker or a byline), null when it has no heading's shape.
 */
function archiveHeading(text: string): 'list' | 'naming' | null {
  const t = text.trim();
  const m = ARCHIVE_HEADING.exec(t);
  if (m !== null && PERIOD_UNIT_LABEL.test(m[1]!)) return isPeriodName(m[2]!) ? 'list' : null;
  if (m !== null) return isArchiveName(m[2]!) ? (NAMING_LABEL.test(m[1]!) ? 'naming' : 'list') : null;
  const f = ARCHIVE_FOR.exec(t);
  return f !== null && isArchiveName(f[1]!) ? 'list' : null;
}

/** Whether the line is an archive's heading by its shape: a label of the trade, a colon, one short name. */
export function isArchiveHeadingShape(text: string): boolean {
  return archiveHeading(text) !== null;
}

/** One short name, no sentence; a comma only inside a date. */
function isArchiveName(captured: string): boolean {
  const name = captured.trim();
  if (name === '' || wordCount(name, MAX_NAME_WORDS + 1) > MAX_NAME_WORDS || endsSentence(name)) return false;
  return !name.includes(',') || isDateOnly(name);
}

/** A day, a month or a year, alone: the name of a period's archive. */
function isPeriodName(captured: string): boolean {
  const name = captured.trim();
  return MONTH_OR_YEAR.test(name) || isDateOnly(name);
}

/** Content lines from the page's top an archive's heading may stand within, when the pick is no headline. */
const TOP_LINES = 12;
/** Fewer words than this is a label, a section's name or a masthead, not a headline the heading must stand above. */
const HEADLINE_WORDS = 4;

/**
 * The archive's heading at the page's top: the first line of the heading's shape above the line the
 * candidates picked (`pick`, -1 when none), on a page that lists entries under it. Its index, or -1.
 * When the pick is no headline (none, or a short line: a section's name, a masthead), the page's
 * first lines are read past it: a line or a paragraph of chrome above the archive's heading (which
 * stops the candidates' scan) does not hide it, as on a list page what stands above the heading is
 * the site's. Under a headline the shape is a byline's ("Author: Jane Doe") and is not read.
 */
export function archiveHeadingAtTop(lines: readonly ContentLine[], pick: number, isParagraph: (text: string) => boolean): number {
  const end = topScanEnd(lines, pick);
  for (let i = 0; i < end; i++) {
    const text = lines[i]!.text;
    const heading = isParagraph(text) ? null : archiveHeading(text);
    if (heading === null) continue;
    return listsEntries(lines, i, isParagraph) || (heading === 'list' && overEntry(lines, i, isParagraph)) ? i : -1;
  }
  return -1;
}

/** Where a heading at the page's top is looked for: above a headline pick, else the first lines (and past a short pick). */
function topScanEnd(lines: readonly ContentLine[], pick: number): number {
  const headline = pick >= 0 && wordCount(lines[pick]!.text, HEADLINE_WORDS) >= HEADLINE_WORDS;
  return Math.min(lines.length, headline ? pick : Math.max(pick, TOP_LINES));
}

/** Content lines between an entry's headline and its first paragraph, at most: a byline, a date, a standfirst. */
const ENTRY_TEXT_GAP = 3;

/**
 * Right under line `i`, one entry printed whole: a line of a headline's shape (a bullet before it
 * counts as a word) and, within a few lines under it, a paragraph.
 */
function overEntry(lines: readonly ContentLine[], i: number, isParagraph: (text: string) => boolean): boolean {
  const head = lines[i + 1];
  if (head === undefined || isParagraph(head.text) || !isEntryHeadline(head)) return false;
  for (let j = i + 2; j < Math.min(lines.length, i + 2 + ENTRY_TEXT_GAP); j++) if (isParagraph(lines[j]!.text)) return true;
  return false;
}

/** Bulleted headlines over their text that make a list of entries, at least. */
const MIN_BULLETED_ENTRIES = 2;
/** A bulleted entry's headline: a few words, no sentence. */
const MIN_ENTRY_WORDS = 4;
const MAX_ENTRY_WORDS = 20;
const BULLET = /^[•▪◦●]\s*\S/u;

/**
 * The page under line `i` is a list of entries: other stories' headlines over their teasers
 * (`isListPage`), or two bulleted headlines or more with a paragraph between them (an archive that
 * prints each entry whole).
 */
function listsEntries(lines: readonly ContentLine[], i: number, isParagraph: (text: string) => boolean): boolean {
  if (isListPage(lines)) return true;
  let entries = 0;
  let textSince = true;
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (isParagraph(text)) {
      textSince = true;
      continue;
    }
    const words = wordCount(text, MAX_ENTRY_WORDS + 1);
    if (!BULLET.test(text) || words < MIN_ENTRY_WORDS || words > MAX_ENTRY_WORDS || endsSentence(text) || !textSince) continue;
    textSince = false;
    if (++entries >= MIN_BULLETED_ENTRIES) return true;
  }
  return false;
}

/** Reasons the head rules give a line by its shape alone, which a list's first entry may get. */
const SHAPE_REASONS: ReadonlySet<string> = new Set(['navigation', 'classifier']);

/**
 * Under an archive's heading taken as the headline, the list's first entry:
 * its headline sits between the page's headline and the first teaser, where the head rules read a
 * short line by its shape as a menu's, and the first story of the list was lost from the text while
 * the others' headlines were kept. The last line above that teaser, of a headline's shape and dropped
 * by shape only, is kept.
 */
export function keepArchiveFirstEntry(lines: ContentLine[]): void {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0 || !isArchiveHeadingShape(lines[h]!.text)) return;
  const first = lines.findIndex((l, i) => i > h && l.reason === null && isTeaserOrParagraph(l));
  const entry = lines[first - 1];
  if (first - 1 <= h || entry === undefined || entry.reason === null || !SHAPE_REASONS.has(entry.reason) || !isEntryHeadline(entry)) return;
  entry.reason = null;
}

/** Most words of a tag's or a topic's heading ("Mayors", "Harbour ferries"). */
const MAX_TAG_WORDS = 3;
/** Lines below, at least, that each repeat the heading's words: the entries of its list. */
const MIN_TAG_LINES = 3;

/**
 * A tag's or a topic's page heads its list with the tag alone ("Mayors", "HARBOUR FERRIES NEWS"):
 * a short line at the top that the shape rules read as a menu's item. It is the page's title when
 * the page under it is a list of entries (`isListPage`, paragraphs each under its date stamp, or a
 * teaser ending in the link to its story) and
 * its words (two of three, all of one or two) come back, by stem, in three lines of that list or
 * more: every entry is about the tag. Read where the archive's heading is (`archiveHeadingAtTop`).
 */
export function tagHeadingAtTop(lines: readonly ContentLine[], pick: number, isParagraph: (text: string) => boolean): number {
  const end = topScanEnd(lines, pick);
  let pageList: boolean | null = null;
  // Each line's stems, read once: several short lines of the top may be tried against the same lines.
  const stemsOf: (Set<string> | undefined)[] = [];
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (l.reason !== null || /\d/.test(l.text) || endsSentence(l.text) || wordCount(l.text, MAX_TAG_WORDS + 1) > MAX_TAG_WORDS) continue;
    const stems = contentStems(l.text);
    if (stems.size === 0) continue;
    // The list first (articles fail it at their second paragraph), then the words: the cheaper test first.
    pageList ??= isListPage(lines) || stampedEntries(lines, isParagraph);
    if (!pageList && !lines.some((o, j) => j > i && isLinkedTeaser(o))) return -1;
    const need = stems.size <= 2 ? stems.size : Math.ceil((2 * stems.size) / 3);
    let repeating = 0;
    for (let j = i + 1; j < lines.length && repeating < MIN_TAG_LINES; j++) {
      const o = lines[j]!;
      if (o.reason !== null || o.text === l.text) continue;
      stemsOf[j] ??= contentStems(o.text);
      if (agreement(l.text, stemsOf[j]!).shared >= need) repeating++;
    }
    if (repeating >= MIN_TAG_LINES) return i;
  }
  return -1;
}

/** Paragraphs each under a date stamp of its own, at least: a list of dated entries. */
const MIN_STAMPED_ENTRIES = 2;

function stampedEntries(lines: readonly ContentLine[], isParagraph: (text: string) => boolean): boolean {
  let stamped = 0;
  for (let j = 1; j < lines.length; j++)
    if (lines[j - 1]!.reason === 'dateline' && lines[j]!.reason === null && isParagraph(lines[j]!.text) && ++stamped >= MIN_STAMPED_ENTRIES)
      return true;
  return false;
}
