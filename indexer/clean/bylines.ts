/**
 * Bylines by structure and by the trade's words, in any language.
 *
 * - by the trade's words, anywhere on the page: a "by" word or a writer's label and a name, with a
 *   date or a desk after it ("Af Jane Doe, Tirsdag, 02/01/2024 09:16", "(Por Jane Doe)", "Piše:
 *   STA"); a reporter's label in the scripts that write it next to the name ("홍길동 기자
 *   hong@example.com", "【本报记者张三报道】", "责任编辑：李四");
 * - by structure, only where bylines stand (the first lines under the headline, before the first
 *   paragraph, or the line right after the story's last paragraph): a person's name alone (2–4
 *   capitalised words, particles allowed), a name with a newsroom role or a date, a newsroom alone
 *   ("Redacció"), an author's initials in brackets ("(jd)"). Between the paragraphs such a line
 *   is a quote's speaker, an interview's label or a subheading, and is left alone.
 *
 * The lexicons are written from the trade (about 35 languages), not from any page.
 */
import type { ContentLine } from './structure.ts';
import { isDateOnly } from '../infer/dates.ts';
import { isSentenceParagraph } from './line-words.ts';
import { endsSentence, wordCount } from './shape.ts';

/**
 * Words meaning "by", "written by", "text" or "prepared by" that open a byline, per language of
 * the news on the web (written from the trade, not from pages): English, German, Dutch, the
 * Nordic languages, the Romance, Slavic, Baltic and Finno-Ugric languages, Greek, Turkish,
 * Vietnamese, Indonesian and Malay, Tagalog, Swahili, Chinese, Korean.
 */
const BY_WORD = new RegExp(
  '^[([【]?\\s*(?:' +
    'by|written by|reported by|words by|story by|text by|' +
    'von|geschrieben von|verfasst von|ein beitrag von|door|geschreven door|af|av|skrevet af|skrevet av|skriven av|' +
    'par|écrit par|propos recueillis par|por|escrito por|texto de|texto y fotos?|reportagem(?: de)?|di|a cura di|scritto da|testo di|per|de|scris de|text de|' +
    'przez|oprac\\.|opracowanie|opracował[a]?|napsal[a]?|připravil[a]?|napísal[a]?|pripravil[a]?|' +
    'autor(?:ka|ica|s|ius)?|avtor(?:ica)?|auteur|author|szerző|írta|szöveg|yazan|yazar|haber|text|texto|testo|tekst|teksti|teksts|' +
    'piše|pišu|napisao|napisala|pisze|автор|аутор|пише|текст|подготовил[аи]?|материал подготовил[аи]?|від|от|' +
    'του|της|γράφει(?: ο| η)?|bởi|tác giả|oleh|ditulis oleh|penulis|laporan|ni|na|kirjoittanut|kirjoittaja|kirjutas|parengė|作者|文|글|' +
    // Scripts without capitals (Arabic, Hebrew, Persian, Urdu, Hindi, Bengali, Thai): only the
    // words that mean nothing but "by" or "writer"; "wrote" and "prepared" only before a colon.
    'بقلم|الكاتب|كتب(?=\\s*:)|كتبت(?=\\s*:)|إعداد(?=\\s*:)|מאת|נכתב על ידי|نویسنده|تحریر|लेखक|লেখক|โดย|เขียนโดย|ผู้เขียน' +
    ')\\s*[:：/]?\\s+',
  'iu',
);
/** By-words that also open sentences ("de", "di", "per", "ni", "na"): the name after them must be two words or more. */
const SHORT_BY_WORD = /^[([【]?\s*(?:de|di|per|ni|na|haber)\s/iu;

/** Newsroom roles and desks, many languages: with a name they make a byline. */
const ROLE =
  /(?<![\p{L}])(?:reporter|correspondent|staff writer|staff|editor|contributor|columnist|journalist|writer|newsroom|desk|redaktion|redakteur(?:in)?|korrespondent(?:in)?|journaliste|correspondante?|envoy[ée]e? sp[ée]ciale?|r[ée]daction|rédacteur|rédactrice|periodista|corresponsal|redactora?|redacci[óo]n?|giornalista|inviat[oa]|corrispondente|redazione|rep[óo]rter|correspondente|redator|reda[çc][ãa]o|verslaggever|redacteur|redactie|journalist|reporter|redaksjonen|redaktionen|toimittaja|toimitus|kirjeenvaihtaja|dziennikarz|dziennikarka|redaktor|redakcja|korespondent|novin[áa][řr]ka?|redakce|zpravodaj(?:ka)?|redakcia|[úu]js[áa]g[íi]r[óo]|tud[óo]s[íi]t[óo]|szerkeszt[őo]s[ée]g|muhabir(?:i)?|haber merkezi|δημοσιογράφος|ανταποκριτής|σύνταξη|phóng viên|tòa soạn|wartawan|koresponden|redaksi|журналист(?:ка)?|корреспондент|редакция|журналіст(?:ка)?|кореспондент|редакція|novinar(?:ka)?|dopisni(?:k|ca)|uredni[šs]tvo|ziarist|corespondent|redac[țt]ia)(?![\p{L}])/iu;

/** The particles names carry ("van", "de la", "bin"). */
const PARTICLES = 'van|von|de|der|den|del|della|da|das|do|dos|di|du|la|le|bin|binti|al|el|ibn|ter|y|e';
/** A name word: capitalised (or in capitals), or one of the particles. */
const NAME_WORD = new RegExp(`^(?:[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}'’.-]*|${PARTICLES})$`, 'u');
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`, 'u');

/** Up to two lower-case abbreviations (a rank, a title) before a capitalised word. */
const RANK_BEFORE_NAME = /^(?:\p{Ll}{1,5}\.\s+){1,2}(?=\p{Lu})/u;

/** 2–4 name words (1–5 after a "by" word), not all particles, the first capitalised. */
function isName(text: string, min = 2, max = 4): boolean {
  // A rank or title abbreviated in lower case may stand before the name ("por. Bc. Jana Nováková", "dr. Jan Kos").
  const words = text.replace(RANK_BEFORE_NAME, '').split(/\s+/).filter(Boolean);
  if (words.length < min || words.length > max || PARTICLE.test(words[0]!)) return false;
  return words.every((w) => NAME_WORD.test(w)) && !/\d/.test(text);
}

/**
 * A name in a script without capitals (Arabic, Hebrew, Hindi, Thai …): 1–3 words and no digit.
 * Only after a "by" word: alone, nothing tells such a name from any short line.
 */
function isCaselessName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^[\p{Lo}][\p{Lo}\p{M}'’.-]*$/u.test(w));
}

/** Segments of a byline line: name, role, date and place are set apart by commas, bars, slashes and dots. */
const SEGMENTS =
  /\s*(?:[,;|·•–—]|(?<!\d)\/|\/(?!\d)|\s-\s|\s{2,})\s*|\s(?:and|und|et|y|e|i|og|och|en|ve|és|и|і|και|và|dan|&)\s(?=\p{Lu})|\s(?=@\w)/u;
/** A writer's address beside the name: an e-mail or a social handle ("jane@example.com", "@janedoe"). */
const CONTACT = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/u;
/**
 * A date or time segment of at most four words: a clock time, a year, or a day and month in
 * figures ("02/01/2024 09:16", "15.3. 10:20"). A score ("1-2") or a round ("31. kolo") is none.
 */
const STAMP = /\d{1,2}:\d{2}|(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\d{1,2}[./]\d{1,2}[./]/u;
const CLOCK = /\d{1,2}:\d{2}/u;
const isStampSegment = (s: string) => STAMP.test(s) && wordCount(s, 4) <= 4;
/** A segment a byline may add after the name: a date, a role, a place or a weekday (1–3 capitalised words). */
/** A role of at most four words ("Chief Jane Doe", "Jane Doe Reporter"). */
const isRoleSegment = (s: string) => ROLE.test(s) && wordCount(s, 4) <= 4;
const isTailSegment = (s: string) => isStampSegment(s) || ROLE.test(s) || isName(s, 1, 3) || CONTACT.test(s);

/**
 * The segments after the name make a written date in any language the date reader knows
 * ("Jane Doe · March 5, 2021", "Ana Ruiz, 5 de marzo de 2021 10:30"): split at its comma, the
 * date is no stamp segment on its own.
 */
const isDateTail = (tail: readonly string[]) => tail.length > 0 && tail.length <= 3 && isDateOnly(tail.join(', '));

/**
 * A "by" word and a name, with a date, a role or an outlet after it: "By Jane Doe, Reporter",
 * "Af Jane Doe, Tirsdag, 02/01/2024 09:16", "(Por Jane Doe)". Anywhere on the page.
 */
function isByWordLine(text: string): boolean {
  const m = BY_WORD.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).replace(/[)\]】]\s*$/u, '');
  const [name, ...tail] = rest.split(SEGMENTS).filter(Boolean);
  const min = SHORT_BY_WORD.test(text) ? 2 : 1;
  // A news agency or a desk in capitals ("Piše: STA") is a name here.
  return (
    name !== undefined &&
    (isName(name, min, 5) || /^\p{Lu}{2,6}$/u.test(name) || isCaselessName(name)) &&
    (tail.every(isTailSegment) || isDateTail(tail))
  );
}

/**
 * A reporter's label in the scripts that write it against the name: Korean "<name> 기자" (with an
 * address), Chinese "记者<name>报道" (in brackets or after the outlet), "责任编辑：<name>".
 */
const CJK_REPORTER =
  /^[【[（(]?[^\s]{0,12}(?:记者|記者)[^\s]{2,12}(?:报道|报导|報導|報道)[】\]）)]?$|^\S{2,5}\s(?:온라인\s)?(?:뉴스\s)?(?:기자|특파원)(?:\s\S+@\S+)?$|^(?:[责責]任)?(?:[编編][辑輯]|撰稿|文|作者)\s*[:：]\s*\S{2,6}(?:\s|$)/u;

/** A byline by the trade's words: a "by" word and a name, or a reporter's label in CJK scripts. Anywhere on the page. */
export function isWordedByline(text: string): boolean {
  if (text.length > 120 || wordCount(text, 12) > 12) return false;
  return (!endsSentence(text.replace(/[.)\]】]+$/u, '')) && isByWordLine(text)) || (text.length <= 60 && CJK_REPORTER.test(text));
}

/**
 * A byline that is one only where bylines stand: an author's initials in brackets or a newsroom
 * alone ("(jd)", "Redacció"), or, on a page that shows chrome (`namesToo`), a name alone or with
 * a role or a date.
 */
export function isPlacedByline(text: string, namesToo = true): boolean {
  // Initials with full stops, in brackets or not ("M.G.", "(A. K.)"): a story's line is never only that.
  if (/^\(?(?:\p{Lu}\.\s?){2,4}\)?$/u.test(text)) return true;
  // A label ending in a colon introduces what follows it; a question or an exclamation is text.
  if (/[:：]$/u.test(text) || (endsSentence(text) && !/\.$/u.test(text))) return false;
  if (/^\((?:\p{Ll}{2,4}|\p{Lu}{2,4})\)$/u.test(text)) return true;
  if (ROLE.test(text) && wordCount(text, 2) <= 2 && !/\d/.test(text)) return true;
  const segments = text.split(SEGMENTS).filter(Boolean);
  if (segments.length > 4 || wordCount(text, 10) > 10) return false;
  const names = segments.filter((s) => isName(s));
  // A role word inside the name's segment ("Chief Jane Doe", "Jane Doe Reporter") counts as its role.
  const roles = segments.filter(isRoleSegment);
  if (names.length === 0 && roles.length === 0) return false;
  // On a clean text a name alone may be a venue or a place; with the clock time of its filing or
  // a newsroom role beside it, it is the byline ("2024-03-05, 07:45 Jane Doe/Newsroom").
  if (!namesToo && roles.length === 0 && !segments.some((s) => CLOCK.test(s) && isStampSegment(s))) return false;
  // A name in capitals alone reads as a section label or a kicker ("LOCAL NEWS") as often as a byline.
  if (roles.length === 0 && !segments.some(isStampSegment) && !/\p{Ll}/u.test(text)) return false;
  return (
    segments.every((s) => isName(s) || isName(s, 1, 1) || isStampSegment(s) || isRoleSegment(s) || CONTACT.test(s)) ||
    (isName(segments[0]!) && isDateTail(segments.slice(1)))
  );
}

/** Labels a clean text's own lines get too: they say nothing of a page around the article. */
const CLEAN_TEXT_REASONS: ReadonlySet<string> = new Set(['headline', 'title-decoration', 'punctuation-only']);

/** Whether some rule recognised a line of a page's chrome (not only a clean text's own headline or punctuation). */
export const showsChrome = (lines: readonly ContentLine[]): boolean =>
  lines.some((l) => l.reason !== null && !CLEAN_TEXT_REASONS.has(l.reason));

/** Lines that may be the headline's standfirst or byline block: this many after the headline. */
const HEAD_LINES = 3;
const MIN_PARAGRAPH_WORDS = 8;

/** A story's paragraph, as the byline and author-note rules count one: unlabelled, a sentence of eight words or more. */
export const isStoryParagraph = (l: ContentLine): boolean => l.reason === null && isSentenceParagraph(l, MIN_PARAGRAPH_WORDS);

/**
 * Marks bylines (reason `credit`) the other rules left: worded ones anywhere, placed ones right
 * under the headline (before the first paragraph, within `HEAD_LINES` lines) and on the line
 * right after the story's last paragraph. Run after the headline is chosen: a byline is a cue the
 * headline's choice reads ("a label, a byline, the headline"), and a label put on it before would
 * move that choice.
 */
export function markBylines(lines: ContentLine[]): void {
  for (const l of lines) if (l.reason === null && isWordedByline(l.text)) l.reason = 'credit';
  const paragraph = isStoryParagraph;
  const headline = lines.findIndex((l) => l.reason === 'headline');
  const first = lines.findIndex(paragraph);
  if (first < 0) return;
  let last = first;
  for (let i = lines.length - 1; i > first; i--)
    if (paragraph(lines[i]!)) {
      last = i;
      break;
    }
  // A clean text (a store's own article, no page around it) puts a venue or a place under its
  // headline ("Stade de France, Paris"), shaped as a name is: only on a page that shows chrome
  // elsewhere (a line some rule recognised) is a name there taken for its byline.
  const chrome = showsChrome(lines);
  const mark = (i: number, namesToo = chrome) => {
    const l = lines[i];
    if (l !== undefined && l.reason === null && isPlacedByline(l.text, namesToo)) l.reason = 'credit';
  };
  if (headline >= 0 && headline < first) for (let i = headline + 1; i < first && i <= headline + HEAD_LINES; i++) mark(i);
  // The page's last line after the story may be the start of a paragraph the excerpt cut off
  // ("Cllr Coun…"): a name alone there is not enough; a role, a date or initials are.
  // Nor is the line over a paragraph the page cut off at its end (the story's text goes on below
  // it: a subheading, "Mercedes GLC" over the paragraph about the car, not the story's byline).
  if ((last + 2 < lines.length || !isName(lines[last + 1]?.text ?? '')) && !isCutLastParagraph(lines, last + 2)) mark(last + 1, true);
}

/** Fewest words of the running text the page cut off at its end. */
const MIN_CUT_TEXT_WORDS = 20;

/** Line i is the page's last, unlabelled, running text of 20 words or more that ends no sentence: a paragraph cut off. */
function isCutLastParagraph(lines: readonly ContentLine[], i: number): boolean {
  const l = lines[i];
  return (
    i === lines.length - 1 && l!.reason === null && wordCount(l!.text, MIN_CUT_TEXT_WORDS) >= MIN_CUT_TEXT_WORDS && !endsSentence(l!.text)
  );
}
