/**
 * Date and time stamps: lines that are mostly a date or a clock time, with the few words a page
 * template puts around them ("16th Dec 2020 10:30 AM | Updated: 11:03 AM", "09:05",
 * "• 06/08/2019 08h32 - Atualizado em 06/08/2019 10h43", "Town, Thu 11 November 2010",
 * "Name 2018-06-21 | Comments: 0"). The feature is the share of the line the date takes, not
 * the wording, so it holds in any language `dates.ts` reads.
 */
import { dateResidue, findDates, hasClockTime } from '../infer/dates.ts';
import { isPlacedByline, isWordedByline } from './bylines.ts';

/** A stamp is short; longer lines that hold a date are sentences about it. */
export const MAX_STAMP_WORDS = 16;

/**
 * Words of publication and update cues, and the small words around a stamp, in the languages of
 * the news the indexer meets: removed before the rest is weighed.
 */
const STAMP_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      'updated',
      'published',
      'posted',
      'modified',
      'last',
      'first',
      'edited',
      'created',
      'uhr',
      'aktualisiert',
      'veröffentlicht',
      'erstellt',
      'zuletzt',
      'atualizado',
      'atualizada',
      'publicado',
      'publicada',
      'actualizado',
      'actualizada',
      'publié',
      'publiée',
      'mis',
      'jour',
      'modifié',
      'aggiornato',
      'pubblicato',
      'bijgewerkt',
      'gepubliceerd',
      'geplaatst',
      'oppdatert',
      'publisert',
      'uppdaterad',
      'publicerad',
      'opdateret',
      'offentliggjort',
      'güncelleme',
      'güncellendi',
      'yayınlanma',
      'tarihi',
      'zaktualizowano',
      'opublikowano',
      'aktualizováno',
      'publikováno',
      'ažurirano',
      'objavljeno',
      'actualizat',
      'publicat',
      'diperbarui',
      'dipublikasikan',
      'wib',
      'et',
      'gmt',
      'utc',
      'cet',
      'cest',
      'est',
      'edt',
      'pst',
      'pdt',
      'bst',
      'ist',
      'aest',
      'aedt',
      'nzst',
      'em',
      'le',
      'à',
      'a',
      'am',
      'um',
      'on',
      'at',
      'op',
      'på',
      'kl',
      'alle',
      'ore',
      'às',
      'de',
      'del',
      'el',
      'il',
      'h',
      'hrs',
    ].join('|') +
    ')\\.?(?![\\p{L}\\p{N}])',
  'giu',
);

const TIME_UNITS =
  'min(?:ute)?s?|mins|hours?|hrs?|h|days?|d|weeks?|stunden?|minuten?|tagen?|horas?|minutos?|días?|dias|heures?|jours?|ore|minuti|giorni|uur|dagen|timer|minutter|dage|dager|timmar|minuter|dagar|godzin[ay]?|minut[ay]?|dni|saat|dakika|gün|hodin[y]?|sati|minuta|dana|zile|jam|menit|hari|giờ|phút|ngày';
/** "3 hours ago", "vor 2 Stunden", "hace 5 minutos", "il y a 2 heures", "3 uur geleden", "2 saat önce". */
const RELATIVE_TIME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:vor|hace|il y a|há|před|pred|prije|acum|for)\\s+)?(?:\\d+|an?|one)\\s*(?:${TIME_UNITS})\\.?(?:\\s+(?:ago|geleden|siden|sedan|temu|önce|fa|yang lalu|trước|in urmă|în urmă))?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Words a relative time needs around its number, or the number is a count ("3 hours" of a match report). */
const RELATIVE_CUE =
  /(?<![\p{L}])(?:ago|geleden|siden|sedan|temu|önce|fa|lalu|trước|urmă|vor|hace|il y a|há|před|pred|prije|acum)(?![\p{L}])/iu;

/** Stamp separators: a stamp's parts are laid out with bars, dots and bullets, not prose. */
const SEPARATED = /\s[|·•]\s|\|/;

/**
 * Whether a single-spaced line of `words` words is a stamp: it has a date or clock time (in any
 * script's digits), and what remains is at most a word (a place, a name), at most three between stamp
 * separators, or two beside a dated clock time or after a label's colon (`isClockedOrLabelled`).
 */
export function isStamp(text: string, words: number): boolean {
  if (words > MAX_STAMP_WORDS || !/\p{N}/u.test(text)) return false;
  const dates = findDates(text);
  let rest: string;
  if (dates.length > 0 || hasClockTime(text)) rest = dateResidue(text, dates);
  else {
    // No date with a year, no clock time: a relative time, or no stamp. A day and month
    // without a year ("Saturday, 26 February") is not enough: a fact box of the story (a match's
    // day, venue and kick-off) has them, and it is text.
    if (!RELATIVE_CUE.test(text)) return false;
    const relative = text.replace(RELATIVE_TIME, ' ');
    if (relative === text) return false;
    rest = dateResidue(relative, []);
  }
  rest = rest.replace(STAMP_WORDS, ' ').trim();
  if (rest === '') return true;
  const left = rest.split(/\s+/).length;
  return (
    left <= 1 || (left <= 3 && SEPARATED.test(text)) || (left === 2 && dates.length > 0 && isClockedOrLabelled(text, dates[0]!.index, rest))
  );
}

/** Text before a date that is a label closed by a colon ("Fecha de alta: …", "হালনাগাদ : …"): no digit, 40 characters at most. */
const LABEL_BEFORE_DATE = /^[^\p{N}:]{1,40}:\s*$/u;

/** Two words opening in a capital: a name ("Jane Holm 5 March 2021 10:30" is a byline's). */
const NAME_PAIR = /^\p{Lu}\S*\s\p{Lu}/u;

/**
 * Two words besides a date with its year are a stamp's cue words the lists lack ("ontem 4 mar. 2021
 * pelas 09:15", "Fecha de alta: 4 de marzo de 2021") when the date stands after a label's colon, or
 * carries a clock time and the two words are no name: a story's line naming a date has neither ("Town
 * meeting, 4 March 2021"). A writer's name and the date ("Ana Ruiz, 5 de marzo de 2021 10:30", "By Ana,
 * …") is a byline, left to the byline rules.
 */
function isClockedOrLabelled(text: string, dateAt: number, rest: string): boolean {
  const cue = LABEL_BEFORE_DATE.test(text.slice(0, dateAt)) || (hasClockTime(text) && !NAME_PAIR.test(rest));
  return cue && !isWordedByline(text) && !isPlacedByline(text);
}
