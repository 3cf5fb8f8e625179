/**
 * Shapes of lines that sit near a headline and are not one: date and time stamps, bylines,
 * weather widgets, bullets, section labels glued to the next word, scraper stamps. Each is a
 * property of one line, read in any language; `title-candidates.ts` weighs them.
 */
import { isWeekdayName, monthsOf } from '../infer/date-names.ts';
import { findDates, hasClockTime } from '../infer/dates.ts';
import { asciiDigits } from '../infer/digits.ts';
import { wordCount } from './shape.ts';
import { hasUnspacedScript, segmentedWordCount } from './unspaced-words.ts';
import { AGENCY_NAMES, PICTURE_AGENCY_NAMES } from './phrases.ts';
import { alternation } from '../escape-regexp.ts';

/** A month name in any language of date-names.ts ("Oktober", "maj", "Haziran", "jan."). */
function isMonth(token: string): boolean {
  return monthsOf(token.replace(/[.,]+$/, '')).length > 0;
}

const YEAR = /^[([]?(?:19|20)\d{2}[)\].,]?$/;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:\.|,|st|nd|rd|th|er|e|º|o)?$/i;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;
const TIME = /\b\d{1,2}[:h]\d{2}\b/;
/** "3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "hace 2 horas", "2 saat önce": a stamp of its own. */
const TIME_UNIT =
  '(?:min(?:ute)?s?|mins?|hours?|hrs?|days?|weeks?|minuten|stunden|tagen|heures?|jours?|minutos|horas|días|dias|minuti|ore|giorni|uur|dagen|minutter|timer|dage|dagar|timmar|saat|dakika|gün)';
const RELATIVE_TIME = new RegExp(
  `\\b\\d+\\s*${TIME_UNIT}\\s+(?:ago|önce|geleden|siden|sedan|fa|temu)\\b|\\b(?:vor|il y a|hace|há)\\s+\\d+\\s*${TIME_UNIT}\\b`,
  'iu',
);
const NUMBER = /^[\p{P}\p{S}]*\d[\d\p{P}\p{S}]*\p{L}{0,2}$/u;
/** What parts a stamp's words: spaces, slashes, bars, middle dots, bullets, commas and dashes. */
const STAMP_SEPARATORS = /[\s/|·•,–—-]+/;
/** Most words a date line holds beside its date: a weekday, a section, "Published:". */
const MAX_STAMP_OTHER = 3;

/**
 * A date or time stamp, possibly with a weekday, a section name or a byline around it:
 * "Montag, 4. März 2021", "SPORT - 4 Mart 2021 Perşembe 18:05", "Jane Doe Published
 * March 4, 2021", "AP / DPA 04.03.2021 18:05". Returns how many other words the line holds
 * (0 or 1: a date line; 2 or 3: a stamp with a credit, or a short headline about a date), or -1
 * when it is no stamp. A headline that merely names a year or a day ("Budget 2020: five things to
 * know", "Brown names 16 March for Budget") has no full date or too many other words.
 */
export function dateStampWords(text: string): number {
  if (!/\d/.test(text) || wordCount(text, 10) > 10) return writtenStampWords(text);
  if (RELATIVE_TIME.test(text)) return Math.max(0, wordCount(text) - 3);
  const tokens = text.split(STAMP_SEPARATORS).filter((t) => /[\p{L}\p{N}]/u.test(t));
  let year = false;
  let month = false;
  let other = 0;
  for (const t of tokens) {
    if (YEAR.test(t)) year = true;
    else if (isMonth(t)) month = true;
    else if (!DAY.test(t) && !NUMBER.test(t)) other++;
  }
  const stamped = NUMERIC_DATE.test(text) || TIME.test(text) || (month && year);
  return stamped && other <= MAX_STAMP_OTHER ? other : writtenStampWords(text);
}

/**
 * Most words beside a full date and a clock time: a publication stamp with its cues ("Published:
 * 12 Mar 2023 Time: 9:55 am, edited: 10:05 am"), or another item's headline glued to its stamp.
 * A headline that names a day and an hour with a year as well is rarer than either.
 */
const MAX_TIMESTAMP_OTHER = 6;
/** Most words of a line read as a stamp by its written date. */
const MAX_STAMP_WORDS = 12;
const DIGIT = /\p{Nd}/u;
const NUMERAL = /^[\p{P}\p{S}]*\p{Nd}[\p{Nd}\p{P}\p{S}]*\p{L}{0,2}$/u;

/**
 * A stamp whose date the patterns above do not read, read as the date reader reads dates: its
 * digits another script's ("১২ মার্চ ২০২৩", "۱۲ اسفند ۱۴۰۱"), its month a name of the CLDR's
 * ("१२ मार्च २०२३"), an era's year ("令和5年3月12日"); and a full date with a clock time,
 * whatever cues and leftovers stand around them. The words counted are those left beside the
 * date; -1 when there is no full date (day, month and year) or too many other words.
 */
function writtenStampWords(text: string): number {
  if (!DIGIT.test(text) || wordCount(text, MAX_STAMP_WORDS + 1) > MAX_STAMP_WORDS) return -1;
  const dates = findDates(text);
  if (dates.length === 0) return -1;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += ` ${text.slice(at, d.index)}`;
    at = d.index + d.text.length;
  }
  rest += ` ${text.slice(at)}`;
  // A script without spaces is counted by its dictionary words: one Thai "word" between spaces is a phrase.
  let other = 0;
  for (const t of rest.split(STAMP_SEPARATORS))
    if (/\p{L}/u.test(t) && !NUMERAL.test(t)) other += hasUnspacedScript(t) ? segmentedWordCount(t) : 1;
  return other <= (hasClockTime(asciiDigits(text)) ? MAX_TIMESTAMP_OTHER : MAX_STAMP_OTHER) ? other : -1;
}

/**
 * A site's clock without the year: a weekday, a day and a month and nothing else ("Saturday 1st
 * December", "Samstag, 1. Dezember"). Not a stamp of the article (no year: it dates nothing), but
 * no headline either; it stays a candidate so that what stands around it is judged as before (a
 * fixture's heading over its date and venue).
 */
export function isYearlessDate(text: string): boolean {
  const tokens = text.split(STAMP_SEPARATORS).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length !== 3) return false;
  // Two-letter abbreviations ("do", "ma") are words of their own too often.
  const weekday = tokens.filter((t) => t.length >= 3 && isWeekdayName(t)).length;
  return weekday === 1 && tokens.filter((t) => DAY.test(t)).length === 1 && tokens.filter(isMonth).length === 1;
}

/** Words that announce when a page was published or updated, in the languages the indexer meets. */
const PUBLICATION_CUE =
  /(?<![\p{L}])(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publiée|mis à jour|publicado|publicada|actualizado|actualizada|atualizado|atualizada|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publisert|oppdatert|publiceret|opdateret|publicerad|uppdaterad|opublikowano|zaktualizowano|publikováno|aktualizováno|objavljeno|publicat|actualizat|yayınlanma|güncelleme|diperbarui)(?![\p{L}])/iu;

/**
 * A publication stamp after a name: "Jane Doe Published October 22, 2024 at 9:15 a.m.",
 * "Updated 10:15 AM EDT, Tue October 22, 2024". A cue word of publication followed by a date or a
 * clock time, at most five words before the cue: however many words the time takes ("a.m.",
 * "EDT", a weekday), such a line stamps the article and is never its headline.
 */
export function isPublicationStamp(text: string): boolean {
  if (wordCount(text, 17) > 16) return false;
  const m = PUBLICATION_CUE.exec(text);
  if (!m || wordCount(text.slice(0, m.index), 6) > 5) return false;
  const rest = text.slice(m.index + m[0].length);
  return findDates(rest).length > 0 || hasClockTime(rest);
}

/**
 * A link to another page drawn with an arrow: "« Back to article", "‹ Previous", "Next story →",
 * "Read more »". The arrow stands apart (a space follows or precedes it) and is not the opening of
 * a quotation closed later on the line: «Headline» and « Headline » (French spacing) are headlines.
 */
export function isArrowLink(text: string): boolean {
  const t = text.trim();
  if (/^(?:[«‹←⟵◄◀]|<<?|&lt;)\s/u.test(t)) return !/[»›]/u.test(t.slice(1));
  if (/\s(?:[»›→⟶►▶]|>>?)$/u.test(t)) return !/[«‹]/u.test(t.slice(0, -1));
  return false;
}

/**
 * A control's or a picture's own name, as the page's code labels it for screen readers: "Search
 * icon", "previous arrow", "Open Navbar", "Site logo". Such labels are written by the site's
 * developers in the web's English whatever the page's language (a Finnish or a Tamil site's
 * slider says "next arrow"), and end in the widget's kind; a headline of at most three words
 * rarely does.
 */
const WIDGET_NAME = /^(?:[\p{L}-]+\s){1,2}(?:icon|arrow|navbar|nav|button|logo|toggle|hamburger|chevron|caret)s?$/iu;

export function isWidgetName(text: string): boolean {
  return text.length <= 40 && WIDGET_NAME.test(text.trim());
}

/** A weather widget: a temperature in a short line ("Bulutlu 12.5ºC İzmir", "Sunny 21°"). */
export function isWeather(text: string): boolean {
  return /\d\s*[º°˚]\s*[CF]?(?![\p{L}])/u.test(text) && wordCount(text, 6) <= 6;
}

/**
 * A byline: a word meaning "by" in one of several languages and one to four capitalised names
 * ("By Jane Doe", "Von Sabine Müller", "par Radio Littoral", "Autor: Anna").
 */
export function isByline(text: string): boolean {
  const m = /^(?:by|von|par|por|di|door|af|av|autor|author|written by|text)\s*:?\s+(.+)$/iu.exec(text);
  if (!m) return false;
  const names = m[1]!.split(/\s+/);
  return (
    names.length <= 4 &&
    names.every((w) => /^[\p{Lu}\p{Lt}&]/u.test(w) || /^(?:and|und|et|e|y|og|en|och|i|de|van|von|da|di|del|la|le)$/i.test(w))
  );
}

/** A list item: lines opening with a bullet or a dash are entries of a menu or a list, not a headline. */
export function isBulleted(text: string): boolean {
  return /^[•·▪◦●*+>-]\s/u.test(text) || /^[•·▪◦●]/u.test(text);
}

/**
 * A photo caption or credit marker inside the line ("… Photo: Name", "(Bild: pd)"), or glued to
 * the caption's last word where the scraper joined the caption and its credit ("… KillingevägenFoto:
 * Name": a capital after a small letter, which a headline's own words do not have).
 */
export function hasPhotoCue(text: string): boolean {
  if (GALLERY_KICKER.test(text)) return false;
  return (
    /(?:^|[\s(.])(?:photo|picture|image|foto|bild|imagen|immagine|credit|kuva|zdjęcie)s?\s*:/iu.test(text) || GLUED_PHOTO_CUE.test(text)
  );
}

/**
 * "In pictures: Headline", "En images : …", "En fotos: …": the kicker of a photo gallery's headline,
 * which opens the line; a caption's cue ("… Photo: Name") names the picture's source after it.
 */
const GALLERY_KICKER = /^(?:in|en|em)\s+(?:pictures|photos|images|imágenes|imagens|fotos|foto|bildern|beeld)\s*:\s+\S/iu;
const GLUED_PHOTO_CUE = /\p{Ll}(?:Photo|Picture|Image|Foto|Bild|Imagen|Immagine|Credit|Kuva|Zdjęcie)s?\s*:/u;

/**
 * A caption's picture credit closing the line in brackets, a name of two to four capitalised words
 * ("… at the Playhouse (Jane Doe)", "(Jane Doe/Agency)"): a caption, not a headline.
 */
export function hasTrailingCredit(text: string): boolean {
  return (
    /\S\s+\((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s*\/\s*[\p{L}\p{M} .-]+)?\)$/u.test(text) ||
    (/[)\]]$/.test(text) && TRAILING_AGENCY_CREDIT.test(text))
  );
}

/**
 * A caption's credit naming a wire or picture agency in brackets at its end ("… by Saturday
 * afternoon [AFP]", "… (Getty Images/Jane Doe)"). A headline's own bracketed tail is a media label
 * ("[VIDEO]") or a detail, not an agency; the story's dateline names its agency at the start.
 */
const TRAILING_AGENCY_CREDIT = new RegExp(
  `\\S\\s+[([]\\s*(?:${alternation([...AGENCY_NAMES, ...PICTURE_AGENCY_NAMES])})(?:\\s*[/,]\\s*[\\p{L}\\p{M} .'’-]{1,40})?\\s*[)\\]]$`,
  'u',
);

/** Text wholly in brackets: an aside or a definition, never a headline. */
export function isBracketed(text: string): boolean {
  return /^\(.*\)$/u.test(text) || /^\[.*\]$/u.test(text);
}

/** Every letter is a capital: a masthead or a section name when the line is short. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Every word starts with a capital or a digit: the shape of names ("Serie A", "Harbour
 * Gazette", "News Update"), and of some short headlines, so it only counts with other evidence.
 */
export function isTitleCased(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return ws.length > 0 && ws.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{N}]/u.test(w));
}

/**
 * A section name the scraper glued to the next word, "NewsHeadline" or "Die LokalesStadt plant…":
 * a lower-case letter followed by a capital inside one of the first three words. Returns where
 * the glued text starts, or -1. Brand names are spelt that way too ("BlackBerry"), so a caller
 * checks that the glued word does not recur on the page.
 */
export function gluedPrefixEnd(text: string): { at: number; word: string } | null {
  const re = /\S+/g;
  for (let n = 0, m = re.exec(text); m && n < 3; n++, m = re.exec(text)) {
    const g = /\p{Ll}{2}(?=\p{Lu}\p{Ll})/u.exec(m[0]);
    // The glued word is its run of letters: "DaimlerChrysler" in "DaimlerChrysler's".
    if (g) return { at: m.index + g.index + 2, word: /^[^\p{L}]*([\p{L}]+)/u.exec(m[0])![1]! };
  }
  return null;
}

/**
 * The stamp some scrapers put before a page's first line, "date 2019-01-21 Headline | Site": the
 * page's date as the scraper knew it (captured), then the line itself.
 */
export const SCRAPER_STAMP = /^date\s+((?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])\s*/i;

export function stripScraperStamp(text: string): string {
  return text.replace(SCRAPER_STAMP, '');
}

/**
 * The story's state in capitals before its headline ("UPDATE: …", "BREAKING: …", "EILMELDUNG: …"),
 * or its medium ("VIDEO: …"): part of the headline as the page shows it, not a section or a place.
 */
const STATUS_KICKER =
  /^(?:UPDATED?|BREAKING(?: NEWS)?|EXCLUSIVE|CORRECTION|CORRECTED|WATCH|VIDEO|PHOTOS|AKTUALISIERT|EILMELDUNG|EXKLUSIV|EXCLUSIF|URGENTE?|ACTUALIZADO|ACTUALIZACIÓN|EXCLUSIVA|EXCLUSIVO|AGGIORNAMENTO|ESCLUSIVA|ESCLUSIVO|ATUALIZADO|ATUALIZAÇÃO|BIJGEWERKT|UPDATET|OPPDATERT|UPPDATERAD|PILNE|VÍDEOS?|VIDEÓ|WIDEO|ВИДЕО|ВІДЕО|FOTOS?|FOTÓK?|ФОТО|GALERIA|GALERÍA|GALLERIA|AUDIO|PODCAST|EN DIRECT|EN VIVO|AO VIVO|DIRETTA|LIVE|LIVEBLOG|CANLI|ÚLTIMA HORA|SON DAKİKA|ΒΙΝΤΕΟ)$/u;

/**
 * A section kicker in capitals before a colon, "OSTSCHWEIZ: Headline": one or two words of
 * at least five capitals (so an acronym that is the story's subject, "EPL: …", "NASA: …",
 * stays), then a headline in mixed case. Returns the headline, or null.
 */
export function withoutCapsKicker(text: string): string | null {
  const m = /^(\p{Lu}[\p{Lu}-]{4,}(?: \p{Lu}[\p{Lu}-]{2,})?)\s*:\s+(\p{Lu}.*)$/u.exec(text);
  if (!m || STATUS_KICKER.test(m[1]!)) return null;
  const rest = m[2]!;
  return /\p{Ll}/u.test(rest) && wordCount(rest, 3) >= 3 ? rest : null;
}

/** A bare domain name ("example.com", "www.site.co.uk"). */
export function isDomain(text: string): boolean {
  const t = text.trim();
  // A number before a capitalised word ("4.DIO", "2.Teil") is a part's number, not a domain ("163.com" is).
  return /^(?:www\d?\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,12}$/iu.test(t) && !/^\d+\.\p{Lu}/u.test(t);
}

/**
 * A record the scraper printed as it found it, a CMS object field by field ("stdClass Object (
 * [id] => 12 [title] => Headline [alias] => headline …") or as JSON ({"id": 12, "title":
 * "Headline", …}): the value of its title field. The field names are the program's, in English
 * whatever the page's language. Null when the line is no such dump.
 */
export function dumpedRecordTitle(text: string): string | null {
  // Most lines hold neither mark: a plain search spares them both patterns.
  if (!text.includes('=>') && !text.includes('":')) return null;
  const printed = PRINTED_TITLE.exec(text);
  if (printed) return printed[1]!;
  const json = JSON_TITLE.exec(text);
  if (!json) return null;
  try {
    return (JSON.parse(`"${json[1]!}"`) as string).trim() || null;
  } catch {
    return null;
  }
}
const PRINTED_TITLE = /\[(?:title|headline)\]\s*=>\s*(\S.*?)\s*\[[\w-]+\]\s*=>/iu;
const JSON_TITLE = /"(?:title|headline)"\s*:\s*"((?:[^"\\]|\\.)+)"\s*[,}]/iu;
