/**
 * Captions told by the credit glued to them, in the shapes the phrase rules' fixed forms miss: a
 * few capitalised names joined by the separators credits use, whatever word labels them
 * ("(Jane Doe/Agency)", "(Label: Jane Doe)", "… | Agency", "Jane Doe/Agency …", "… 2025. Jane
 * Doe/Pool via Agency"); a known agency right after the caption's full stop; a picture's label
 * opening a caption of any length. Prose neither closes on such names nor opens with them. Runs
 * after the phrase rules; only lines nothing labelled are judged.
 */
import { escapeRegExp } from '../escape-regexp.ts';
import { shippedOutlets } from '../infer/outlet-list.ts';
import { ANY_AGENCY_ALTERNATION } from './phrases.ts';
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

/** Longest caption a credit closes; a longer line is a paragraph that cites someone in brackets. */
const MAX_CAPTION_WORDS = 50;
/** Most words of a credit in brackets: a label and two or three names. */
const MAX_CREDIT_WORDS = 8;
/** Fewest capitalised names in it: one capitalised word in brackets is an abbreviation ("(NSR)"). */
const MIN_CREDIT_NAMES = 2;

/** The bracket closing the line and what it holds, round or square; the caption is before it. */
const CLOSING_BRACKET = /\S\s*(?:\(([^()]{3,100})\)|\[([^[\]]{3,100})\])\.?$/u;
/** What joins a credit's parts: photographer and agency, label and name. Prose in brackets has none. */
const CREDIT_SEPARATOR = /[/:|]/u;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Lower-case words a name or an agency may hold, and the "via" of a pooled picture ("Jane Doe/Pool via Agency"). */
const NAME_PARTICLE = /^(?:de|da|di|del|der|den|van|von|la|le|al|bin|el|ter|du|dos|das|y|e|&|via)$/u;

export function markCaptionShapes(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason !== null || wordsUpTo(l, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) continue;
    if (
      endsInBracketedCredit(l.text) ||
      endsInSeparatedCredit(l.text) ||
      endsInSignedSentence(l.text) ||
      startsWithSlashCredit(l.text) ||
      endsInSentenceAndAgency(l.text) ||
      endsInAgencyAndPhotographer(l.text) ||
      PICTURE_LABEL_START.test(l.text) ||
      CAPTION_LABEL_START.test(l.text) ||
      isBracketedPictureNote(l.text)
    )
      l.reason = 'caption';
  }
}

/** The words of a credit: capitalised names and the particles names hold, at most `max`; null when anything else is there. */
function creditNames(credit: string, max: number): number | null {
  let names = 0;
  let words = 0;
  for (const word of credit.split(/[\s/:|,]+/u)) {
    if (word === '') continue;
    if (++words > max) return null;
    if (NAME.test(word)) names++;
    else if (!NAME_PARTICLE.test(word)) return null;
  }
  return names;
}

/**
 * "… at the harbour (Jane Doe/Harbour Press)", "… at dawn (Kuva: Jane Doe)", "… [Jane Doe/Harbour TV]": a bracket closes the
 * line holding two to eight capitalised names and a credit's separator, no digit (a date, a
 * score, a figure) and no lower-case word but a name's particle. Brackets in prose hold an
 * abbreviation, a party or a place (one name, no separator), or words.
 */
function endsInBracketedCredit(text: string): boolean {
  if (!text.endsWith(')') && !text.endsWith(').') && !text.endsWith(']') && !text.endsWith('].')) return false;
  const m = CLOSING_BRACKET.exec(text);
  const credit = m?.[1] ?? m?.[2];
  if (credit === undefined || !CREDIT_SEPARATOR.test(credit) || /\d/.test(credit)) return false;
  return (creditNames(credit, MAX_CREDIT_WORDS) ?? 0) >= MIN_CREDIT_NAMES;
}

/** Fewest words of the caption a credit closes or opens, one of them lower-case: "Jane Doe | Staff" is a byline. */
const MIN_CAPTION_WORDS = 4;
/** Most words of a bare credit after a slash or a bar: an agency, or a photographer and an agency. */
const MAX_BARE_CREDIT_WORDS = 5;
/** The last slash or bar with a space before it, and what follows it. */
const SEPARATED_TAIL = /\s[/|]\s?([^/|]+)$/u;
const HAS_LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/**
 * "… lift the cable into place / Jane Doe", "… on the deck in March | Harbour Press": a caption
 * of a few words with lower-case text, then a slash or a bar and one to five capitalised names.
 * A breadcrumb or a menu has the separator between all its items; a byline has no caption.
 */
function endsInSeparatedCredit(text: string): boolean {
  if (!text.includes(' /') && !text.includes(' |')) return false;
  const m = SEPARATED_TAIL.exec(text);
  if (m === null || /\d/.test(m[1]!)) return false;
  const caption = text.slice(0, m.index);
  if (caption.includes('/') || caption.includes('|') || !HAS_LOWER_WORD.test(caption)) return false;
  if (caption.split(' ').length < MIN_CAPTION_WORDS) return false;
  return (creditNames(m[1]!, MAX_BARE_CREDIT_WORDS) ?? 0) >= 1;
}

/** The text after the line's last sentence end, when it is short: where a credit glued to a caption sits. */
const AFTER_LAST_SENTENCE = /[.!?]["'”’)]?\s+([^.!?]{3,80})$/u;

/**
 * "… on the quay in Riverside, Monday, March 3, 2025. Jane Doe/Pool via Harbour Press": a
 * caption's sentence, then a photographer and an agency joined by a slash, names only. Prose
 * ends its paragraphs in a sentence; a paragraph's last words are not names around a slash.
 */
function endsInSignedSentence(text: string): boolean {
  if (!text.includes('/')) return false;
  const m = AFTER_LAST_SENTENCE.exec(text);
  if (m === null || !m[1]!.includes('/') || /\d/.test(m[1]!)) return false;
  return (creditNames(m[1]!, MAX_CREDIT_WORDS) ?? 0) >= MIN_CREDIT_NAMES;
}

/**
 * "Jane Doe/Harbour Press The bridge at dawn …": a photographer's name (two or three capitalised
 * words), a slash and the agency (two words at least) glued to the start of the caption they
 * sign, which opens with a capital. One word before the slash is a pair of places or teams
 * ("Riverside/Northfield v Old Town"); a one-word agency is the phrase rules' to know.
 */
const LEADING_SLASH_CREDIT =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?\p{Lu}[\p{L}'’.-]*(?:\s?\/?\s?\p{Lu}[\p{L}'’.-]*){1,4}\s\p{Lu}/u;

/**
 * "Photo: Jane Doe The mayor opens the bridge …", "Ảnh: Jane Doe …": the picture's label and its
 * credit glued to the start of the caption, at any length (short ones are the phrase rules' credit
 * lines). Prose never opens on the label of a picture; the word alone in a sentence is not matched.
 */
const PICTURE_LABEL_START =
  /^(?:photos?|images?|pictures?|fotos?|fotó|fotografi[ae]|fotografía|bild(?:er)?|billede|bilde|kuva|kép|zdjęcie|slika|resim|görsel|gambar|ảnh|hình ảnh|фото|снимка|φωτογραφία|εικόνα)\s*:\s*\S/iu;

/**
 * "Image caption The mayor opens the bridge", "Bildunterschrift: …": a caption's label glued to the
 * caption it labels (the label alone on its line is the phrase rules'), then a colon or a capital.
 * Prose never opens on the label of a caption ("Image caption contests …" goes on in lower case).
 */
const CAPTION_LABEL_START =
  /^(?:(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Mm]edia|[Vv]ideo) caption|Bildunterschrift|Bildtext|Légende(?: photo)?|Pie de (?:foto|imagen)|Legenda(?: da (?:foto|imagem))?|Didascalia|Onderschrift)(?:\s*[,:]\s*\S|\s\p{Lu})/u;

/** Most words of a note in brackets on its own line. */
const MAX_NOTE_WORDS = 25;
/**
 * "(Screenshot from the police video)", "(Photo courtesy of the council)", "(скриншот из видео …)":
 * a line wholly in brackets that opens with a word for a picture or a screen capture, in several
 * languages, with no sentence end. A paragraph's aside in brackets sits inside the paragraph, and a
 * note in brackets alone on its line that is a sentence ("(Photos of the day are on page 4.)") stays.
 */
const BRACKETED_PICTURE_NOTE =
  /^[([]\s*(?:photos?|pictures?|images?|screenshots?|screengrabs?|video ?stills?|fotos?|fotó|bild(?:er)?|beeld|kuva|kép|zdjęcie|imagen|immagine|imagem|captura|capture d.écran|скриншот|скрин|фото|снимок|снимка|кадр|знімок|світлина|φωτογραφία|ảnh|gambar|tangkapan layar)(?!\p{L})[^()[\]]*[^.!?()[\]][)\]]$/iu;

function isBracketedPictureNote(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x28 || c === 0x5b) && text.split(' ').length <= MAX_NOTE_WORDS && BRACKETED_PICTURE_NOTE.test(text);
}

/**
 * "… celebrates after the game. Harbour Agency / Jane Doe": a known wire or picture agency, then a
 * slash and the photographer's name (capitalised words), closing the line, maybe after "via"
 * ("… via Harbour Agency / Jane Doe"). A paragraph names its agency in its dateline, and does not
 * end on a photographer's name.
 */
const AGENCY_THEN_PHOTOGRAPHER = new RegExp(
  `\\s(?:${ANY_AGENCY_ALTERNATION}|${ANY_AGENCY_ALTERNATION.toUpperCase()})\\s?/\\s?\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){1,3}$`,
  'u',
);

function endsInAgencyAndPhotographer(text: string): boolean {
  const slash = text.lastIndexOf('/');
  // The slash is among the line's last characters: most lines have none there, and the pattern never runs on them.
  if (slash < 0 || text.length - slash > AGENCY_TAIL_CHARS) return false;
  return AGENCY_THEN_PHOTOGRAPHER.test(text.slice(Math.max(0, slash - AGENCY_TAIL_CHARS)));
}

/**
 * "… at dawn on Friday. Harbour Agency": a caption's sentence signed by a wire or picture agency
 * with nothing between, as the phrase rules take it after a dash or a bar. A story names its
 * agency in its dateline, not after its paragraph's last full stop.
 */
const SENTENCE_AND_AGENCY = new RegExp(`[.!?]["'”’)]?\\s+(?:${ANY_AGENCY_ALTERNATION})$`, 'u');
/**
 * The wires that sign pictures in their own script ("… 없음. 뉴스1", "…。新华社"), after the
 * caption's sentence end with or without a space or a slash: the names of the outlet list's
 * agencies written without Latin letters (data a user extends in the list, as the outlet rules
 * read it; the Latin names are the phrase rules' agencies above).
 */
const NATIVE_SCRIPT_AGENCIES = shippedOutlets()
  .filter((o) => o.kind === 'agency')
  .flatMap((o) => [o.name, ...o.aliases])
  .filter((name) => !/[A-Za-z]/.test(name))
  .map(escapeRegExp)
  .join('|');
const SENTENCE_AND_NATIVE_AGENCY = new RegExp(`[.!?。]["'”’)」]?\\s*/?\\s*(?:${NATIVE_SCRIPT_AGENCIES})$`, 'u');

/** Longest agency name and the sentence end before it. */
const AGENCY_TAIL_CHARS = 40;

function endsInSentenceAndAgency(text: string): boolean {
  // The agency is a line's last few characters: only its tail is searched.
  const tail = text.length > AGENCY_TAIL_CHARS ? text.slice(-AGENCY_TAIL_CHARS) : text;
  return SENTENCE_AND_AGENCY.test(tail) || SENTENCE_AND_NATIVE_AGENCY.test(tail);
}

/** Where the slash of a credit at the line's start can be, at most: names and no more. */
const MAX_SLASH_AT = 60;

function startsWithSlashCredit(text: string): boolean {
  // Most lines have no slash near their start: one search, and the pattern never runs on them.
  const slash = text.indexOf('/');
  if (slash < 0 || slash > MAX_SLASH_AT) return false;
  const m = LEADING_SLASH_CREDIT.exec(text);
  if (m === null) return false;
  const caption = text.slice(m[0].length - 1);
  return caption.split(' ').length >= MIN_CAPTION_WORDS && HAS_LOWER_WORD.test(caption);
}
