/**
 * Bylines written as sentences, and the author's note that closes a story: "Jane Doe is a senior
 * reporter at the Gazette, where she covers transport", "Jane Doe covers courts for the Gazette",
 * "Contact her at jdoe@example.com", "You can reach the author at …"; and two byline shapes the
 * by-word rules leave (bylines.ts): a name with its place ("By Jane Doe in Chicago") and a name
 * with its publishing stamp ("Jane Doe Published 5:03 PM, March 5, 2024").
 *
 * A note opens with a person's name (2–4 capitalised words) and states the trade: a newsroom role
 * after a copula ("is a", "est", "ist", "es", "è"), or a beat ("covers", "writes about") with the
 * outlet it is written for. A story's sentence about a reporter names the role too, but inside
 * the story's events ("Smith, a reporter for the Herald, was arrested"), after the name's comma,
 * not as the name's present-tense definition. Lexicons of about 20 languages, from the trade's
 * words, not from any page.
 */
import type { PhraseRule } from './phrases.ts';
import type { ContentLine } from './structure.ts';
import { findDates } from '../infer/dates.ts';
import { isStoryParagraph, showsChrome } from './bylines.ts';

/** A note runs to two or three sentences: who, what beat, how to reach them. */
const MAX_NOTE_WORDS = 60;

/** A person's name opening the line: 2–4 capitalised words, particles and initials allowed; not a title ("Mr Smith is a wonderful writer" is a story's judgement). */
const NAME =
  '(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Herr|Frau|Mme|Mlle|Sr|Sra|Sig|Dott)\\.?\\s)' +
  "[\\p{Lu}][\\p{L}\\p{M}'’-]+(?:\\s(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*|van|von|de|der|den|del|della|da|das|do|dos|di|du|la|le|bin|al|el|ibn|ter)){1,3}";

/** "is", "was", "has been" per language: the name's definition, in the present or as a career. */
const COPULA =
  '(?:is|was|has been|has worked as|serves as|est|était|ist|war|es|era|è|é|foi|är|var|er|on|oli|jest|by[łl]a?|je|bol[ao]?|byl[ao]?|' +
  'είναι|ήταν|là|adalah|merupakan|ialah|este|a fost|bio|bila|является|работает|є|працює|olarak çalışıyor)';

/** Newsroom roles, per language (nouns a bio defines its writer by). "Analyst" is left out: stories quote analysts by their role. */
const BIO_ROLE =
  '(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|producer|photographer|photojournalist|critic|intern|' +
  'journaliste|correspondante?|rédacteur|rédactrice|chroniqueu(?:r|se)|journalist(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|kolumnist(?:in)?|' +
  'periodista|corresponsal|redactora?|columnista|giornalista|corrispondente|redattore|redattrice|editorialista|jornalista|rep[óo]rter|correspondente|colunista|' +
  'verslaggever|redacteur|skribent|redaktør|toimittaja|kirjeenvaihtaja|dziennikarz(?:em)?|dziennikark(?:a|ą)|redaktor(?:em|ką)?|' +
  'korespondent(?:em|ką)?|novin[áa][řr](?:em|kou)?|redaktork(?:ou|a)|[úu]js[áa]g[íi]r[óo]|tud[óo]s[íi]t[óo]|muhabir|gazeteci|editör|δημοσιογράφος|ανταποκριτής|συντάκτης|' +
  'phóng viên|nhà báo|wartawan|jurnalis|koresponden|редактор(?:ом)?|журналист(?:ом|кой)?|корреспондент(?:ом)?|журналіст(?:ом|кою)?|кореспондент(?:ом)?|novinar(?:ka)?|dopisni(?:k|ca)|ziarist|jurnalist|corespondent)';

/**
 * "Jane Doe is a senior reporter at the Gazette": the name and its copula (case matters: the name
 * is capitalised), then up to five words and the role in any case ("Hans Müller ist Redakteur").
 */
const NAME_IS = new RegExp(`^${NAME}\\s${COPULA}\\s`, 'u');
const ROLE_SOON = new RegExp(`^(?:[^\\s.!?]+\\s){0,5}?${BIO_ROLE}(?![\\p{L}])`, 'iu');
function isBio(t: string): boolean {
  const m = NAME_IS.exec(t);
  return m !== null && ROLE_SOON.test(t.slice(m[0].length));
}

/** A beat the writer covers, per language: "covers", "writes about", "reports on", "couvre", "berichtet über". */
const BEAT =
  '(?:covers|has covered|writes about|writes on|reports on|reports from|couvre|écrit sur|berichtet (?:über|aus)|schreibt über|cubre|escribe sobre|si occupa di|scrive di|cobre|escreve sobre|' +
  'schrijft over|bericht over|skriver om|bevakar|dekker|pisze o|zajmuje się|píše o|ír a|yazıyor|пишет о|освещает|пише про|γράφει για|viết về|meliput)';
/** The outlet the beat is covered for ("… for the Gazette", "… für die Zeitung"), or the writer's address. */
const FOR_OUTLET =
  /\s(?:for|für|pour|para|per|voor|för|dla|pro|для|için|για|cho|untuk)\s(?:the\s|die\s|den\s|das\s|le\s|la\s|les\s|el\s|il\s|o\s|a\s|de\s)?[\p{Lu}\d]/u;
const CONTACT_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w])@\w{2,30}/u;
const BEAT_NOTE = new RegExp(`^${NAME}\\s${BEAT}(?![\\p{L}])`, 'u');

/**
 * How to reach the writer, per language: "Contact her at …", "You can reach the author at …",
 * "Jane Doe can be reached at …", "Kontakt zur Autorin", "Écrire à l'auteur".
 */
const CONTACT_NOTE = new RegExp(
  '^(?:(?:you can )?(?:contact|reach|e-?mail|write to|follow) (?:him|her|them|me|the (?:author|writer|reporter|columnist)s?)(?: (?:at|on|via|by|@))?(?![\\p{L}])|' +
    `${NAME} can be (?:reached|contacted|emailed)(?![\\p{L}])|(?:he|she|they) can be (?:reached|contacted) (?:at|on|via)(?![\\p{L}])|` +
    '(?:kontakt (?:zum autor|zur autorin)|schreiben sie (?:dem autor|der autorin)|(?:contacter|écrire à) l.auteur(?:e)?|contacta(?:r)? (?:al|con el|a la) autor(?:a)?|' +
    'escr[íi]bele al autor|scrivi all.autore|contatta l.autore|fale com o autor|contate o autor|mail de auteur|neem contact op met de auteur|kontakta skribenten|' +
    'skontaktuj się z autorem|napište autorovi|написать автору|связаться с автором|επικοινωνήστε με τον συντάκτη)(?![\\p{L}]))',
  'iu',
);

/** "By Jane Doe in Chicago", "Von Hans Müller in Berlin": a by-word, a name, "in" and a place of 1–3 capitalised words. */
const BY_IN_PLACE = new RegExp(
  `^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\\s${NAME}\\s(?:in|à|en|aus|a|i)\\s[\\p{Lu}][\\p{L}'’.-]*(?:\\s[\\p{Lu}][\\p{L}'’.-]*){0,2}$`,
  'u',
);

/** "Jane Doe Published 5:03 PM EST, Tue March 5, 2024": a name and the stamp's verb, a date after it. */
const STAMP_VERBS = [
  'published',
  'updated',
  'posted',
  'veröffentlicht',
  'aktualisiert',
  'publié',
  'mis à jour',
  'publicado',
  'actualizado',
  'pubblicato',
  'aggiornato',
  'gepubliceerd',
  'bijgewerkt',
  'publicerad',
  'publisert',
  'opublikowano',
  'zveřejněno',
  'publicat',
];
/** A word with its first letter in either case, the rest as written: the pattern's name part needs case. */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const NAME_STAMP = new RegExp(
  `^(?:[Bb]y\\s)?${NAME}\\s*[|,·•-]?\\s*(?:${STAMP_VERBS.map(eitherCase).join('|')})(?:\\s+(?:on|am|le|el|il|em|op|den))?\\s*:?\\s+(.+)$`,
  'u',
);
function isNameStamp(t: string): boolean {
  const m = NAME_STAMP.exec(t);
  return m !== null && findDates(m[1]!).length > 0;
}

const BIO_ROLE_RE = new RegExp(BIO_ROLE, 'iu');

/** The note's rules: a bio, a beat with its outlet or address, a way to reach the writer. */
const NOTE_TESTS: ReadonlyArray<(t: string) => boolean> = [
  isBio,
  (t) => BEAT_NOTE.test(t) && (FOR_OUTLET.test(t) || CONTACT_ADDRESS.test(t) || BIO_ROLE_RE.test(t)),
  (t) => CONTACT_NOTE.test(t),
];
export const isAuthorNote = (t: string, words: number): boolean => words <= MAX_NOTE_WORDS && NOTE_TESTS.some((test) => test(t));

/**
 * Marks author's notes (reason `author-box`) on a page that shows chrome, above the story's first
 * paragraph or below its last: a note between two paragraphs is a story's sentence about a
 * journalist. A clean text (a store's own article, no page around it) may end with its
 * columnist's note as the outlet published it ("… is technology correspondent for …"): that is
 * the store's text, and is kept.
 */
export function markAuthorNotes(lines: ContentLine[]): void {
  if (!showsChrome(lines)) return;
  const first = lines.findIndex(isStoryParagraph);
  const last = lines.findLastIndex(isStoryParagraph);
  lines.forEach((l, i) => {
    const inside = i > first && i < last && first >= 0;
    if (!inside && l.reason === null && isAuthorNote(l.text, l.words)) l.reason = 'author-box';
  });
}

/**
 * A reporting credit closed by a full stop, with names after it: "Additional reporting by Jane Doe
 * in Lisbon.", "Contributing: Jane Doe and John Roe". The names keep the story's "Reporting by the
 * council's auditors showed …" out.
 */
const REPORTING_CREDIT = new RegExp(
  `^\\(?(?:[Aa]dditional reporting by|[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Cc]ontributing(?: writers?)?:|[Cc]ontributors?:|[Mm]itarbeit:|[Cc]on la colaboración de)\\s${NAME}(?:(?:,\\s|\\sand\\s|\\sund\\s|\\sy\\s)${NAME})*(?:\\s(?:in|from)\\s[\\p{Lu}][\\p{L}'’.-]*(?:\\s[\\p{Lu}][\\p{L}'’.-]*){0,2})?[.)]*$`,
  'u',
);

/** Byline shapes of a name with its place or its publishing stamp (reason `credit`), with the other phrase rules. */
export const BYLINE_SHAPE_RULES: readonly PhraseRule[] = [
  { reason: 'credit', maxWords: 10, test: (t) => BY_IN_PLACE.test(t) },
  { reason: 'credit', maxWords: 16, test: isNameStamp },
  { reason: 'credit', maxWords: 16, test: (t) => REPORTING_CREDIT.test(t) },
];
