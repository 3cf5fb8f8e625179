/**
 * The credit that closes a caption, in the forms the labelled cue-and-colon tail (`phrases.ts`)
 * misses, none of them one site's wording: the picture word and the name with no colon ("… on
 * the quay. Photo by Jane Doe", "… al porto (foto Agency)", "… op de kade. Beeld Agency", "…
 * (fot. Agency)"), the trade's words for a picture the paper did not take ("(Supplied)",
 * "(Handout)", "(zVg)", "(Divulgação)", "(Screenshot)", "(illustration)"), what kind of picture it
 * is after the caption's sentence ("… File photo"), and the "label=agency" of Korean captions., and a picture's label
 * written the way scripts without Latin letters write it ("（写真：Agency）", "/사진=Agency").
 *
 * What is after the picture word must be names only: capitalised words, the particles names hold,
 * the slash and comma that join a photographer to an agency. A paragraph may speak of a photo, but
 * it does not end on the word and a name after its last full stop, or on a bracket holding them.
 */

/** The line's last characters, where a credit sits: only they are searched. */
const TAIL_CHARS = 80;

/** Names, the particles names hold, and the joins of credits, to the line's end. */
const NAMES =
  "\\p{Lu}[\\p{L}\\p{M}\\p{N}.'’&-]*(?:(?:\\s?[/|]\\s?|,\\s|\\s)(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}.'’&-]*|de|da|di|del|der|den|van|von|la|le|al|bin|el|ter|dos|das|y|e|via|on|for)){0,6}";

/** How a credit joins the picture word to the name: "by", "via", "courtesy of" and their like in several languages. */
const BY = '(?:by|via|courtesy(?: of)?|von|van|di|par|por|af|av)';
const BY_UPPER = BY.toUpperCase();

/**
 * After a caption's sentence end (or the dash or bar that closes a caption): a capitalised picture
 * word and names, the word alone only where credits write it so ("Foto Agency", "Beeld Agency",
 * "Photo Jane Doe", "Fot. Jane Doe"), any picture word with a "by" ("Picture by Jane Doe"), or
 * "Courtesy of". Case-sensitive: a picture word that opens a credit is capitalised (or all
 * capitals); an English picture word alone before a name is a title ("Picture Perfect").
 */
const SENTENCE_THEN_CREDIT = new RegExp(
  `(?:[.!?]["'”’)]?\\s+|\\s[|–—-]\\s)(?:(?:Photos?|PHOTOS?|Fotos?|FOTOS?|Fot\\.|FOT\\.|Beeld|BEELD)(?:\\s(?:${BY}|${BY_UPPER}))?|` +
    `(?:Pictures?|PICTURES?|Images?|IMAGES?|Pics?|PICS?|Bild|BILD)\\s(?:${BY}|${BY_UPPER})|Courtesy(?: of)?|COURTESY(?: OF)?)\\s${NAMES}\\.?$`,
  'u',
);

/** The same in brackets closing the line, where the picture word is as often lower-case: "(foto Agency)", "(Photo by Jane Doe)". */
const BRACKETED_CREDIT = new RegExp(
  `\\S\\s*[([]\\s*(?:(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?|[Ff]ot\\.|[Bb]eeld)(?:\\s${BY})?|(?:[Pp]ictures?|[Ii]mages?|[Pp]ics?|[Bb]ild)\\s${BY})` +
    `\\s${NAMES}\\s*[)\\]]\\.?$`,
  'u',
);

/**
 * The trade's words for a picture the paper was handed or grabbed from a screen, or that is an
 * illustration, in several languages: the credit when there is no photographer to name. An archive
 * alone is not one: prose cites archives in brackets (the picture's kinds are `SENTENCE_THEN_KIND`).
 */
const HANDOUT =
  '(?:supplied|handout|courtesy|zvg|z\\.v\\.g\\.|divulgação|reprodução|cortesía|cedida|screenshot|screengrab|capture d.écran|captura(?: de pantalla)?|' +
  'illustration|illustrasjon|ilustración|ilustração|illustrazione|ilustracja|illusztráció)';
/** In brackets closing a caption, in any case: "(Supplied)", "(zVg)", "(archives)". */
const BRACKETED_HANDOUT = new RegExp(`\\S\\s*[([]\\s*${HANDOUT}\\s*[)\\]]\\.?$`, 'iu');
/** After a caption's sentence end, alone and capitalised: "… on Monday. Supplied". */
const SENTENCE_THEN_HANDOUT = new RegExp(`[.!?]["'”’)]?\\s+${HANDOUT}$`, 'iu');
/** Its last word capitalised: the i flag above cannot ask that (\p{Lu} folds too). */
const STARTS_UPPER = /\s\p{Lu}\S*$/u;

/**
 * What kind of picture it is, said after the caption's sentence end: "… on Monday. File photo",
 * "… en Madrid. Imagen de archivo", "… à Paris. Photo d'illustration", with no full stop after
 * it (a line that ends in one is a sentence). A paragraph that speaks of an archive does not end on
 * the phrase alone.
 */
const SENTENCE_THEN_KIND = new RegExp(
  `[.!?]["'”’)]?\\s+(?:file (?:photo|picture|image)|archive (?:photo|picture|image)|stock (?:photo|image)|representational (?:image|picture|photo)|` +
    `illustrative (?:image|photo)|(?:photo|image) d.(?:illustration|archives?)|archivbild|archivfoto|symbolbild|symbolfoto|foto d.archivio|` +
    `(?:foto|immagine) di repertorio|(?:imagen|foto|fotografía) de archivo|(?:imagem|foto|fotografia) de arquivo|archieffoto|archiefbeeld|` +
    `arkivbilde|arkivbild|arkivfoto|zdjęcie ilustracyjne|ilustrační (?:foto|snímek))$`,
  'iu',
);

/**
 * The "label=agency" of Korean captions, closing the caption: "… 시장. /사진=Agency". (The label in
 * brackets, "（写真：Agency）", is picture-lines.ts's, with the other scripts' labels in brackets.)
 */
const SCRIPT_EQUALS_TAIL = /(?:^|[\s/])사진\s?=\s?\S[^=]{0,30}$/u;

/** A letter or a digit of any script (the names' last character), told by its code alone: no pattern runs on the line. */
const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;

/**
 * Whether a sentence end, or a dash or bar after a space, stands before a space among the line's
 * last characters: where each form below starts. One pass over character codes, from the end.
 */
function hasBreakInTail(text: string): boolean {
  const from = Math.max(1, text.length - TAIL_CHARS);
  for (let i = text.length - 2; i >= from; i--) {
    if (text.charCodeAt(i + 1) !== 0x20) continue;
    const c = text.charCodeAt(i);
    // . ! ? and the closing quote or bracket after a sentence end; | – — - between spaces.
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29) return true;
    if ((c === 0x7c || c === 0x2013 || c === 0x2014 || c === 0x2d) && text.charCodeAt(i - 1) === 0x20) return true;
  }
  return false;
}

/**
 * Whether the word before the line's final full stop is capitalised, as a credit's last name is (a
 * paragraph's sentence ends on a lower-case word far more often): read back from the end by codes.
 */
function endsOnCapitalisedWord(text: string): boolean {
  const from = Math.max(0, text.length - MAX_NAME_CHARS);
  for (let i = text.length - 2; i > from; i--) {
    if (text.charCodeAt(i) !== 0x20) continue;
    // A Latin capital by its code; the pattern only for the letters of other scripts.
    const c = text.charCodeAt(i + 1);
    return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && CAPITAL.test(text[i + 1]!));
  }
  return false;
}
/** Longest last word of a credit read before its full stop. */
const MAX_NAME_CHARS = 30;
const CAPITAL = /\p{Lu}/u;

/** The forms below, by name: what `pictureCreditForm` answers (a bench tool counts each form's reach). */
export type PictureCreditForm =
  | 'bracketed credit'
  | 'bracketed handout'
  | 'korean label'
  | 'credit after sentence'
  | 'kind after sentence'
  | 'handout after sentence';

/** Which of the forms above closes the line, if any (the line has more than the credit). */
export function pictureCreditForm(text: string): PictureCreditForm | null {
  // Read by character codes first: most lines are paragraphs ending in a full stop, and no pattern runs on them.
  const n = text.length;
  let last = text.charCodeAt(n - 1);
  const stop = last === 0x2e;
  if (stop) last = text.charCodeAt(n - 2);
  if (last === 0x29 || last === 0x5d) {
    const tail = n > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text;
    if (BRACKETED_CREDIT.test(tail)) return 'bracketed credit';
    return BRACKETED_HANDOUT.test(tail) ? 'bracketed handout' : null;
  }
  if (!isWordChar(last)) return null;
  // A full stop closes most paragraphs: after one, only the credit is read ("… Photo by Jane Doe."),
  // and only when the word before the stop is capitalised.
  if (stop)
    return endsOnCapitalisedWord(text) && hasBreakInTail(text) && SENTENCE_THEN_CREDIT.test(text.slice(-TAIL_CHARS))
      ? 'credit after sentence'
      : null;
  const hasEquals = text.indexOf('=', n - TAIL_CHARS) >= 0;
  if (!hasEquals && !hasBreakInTail(text)) return null;
  const tail = n > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text;
  if (hasEquals) return SCRIPT_EQUALS_TAIL.test(tail) ? 'korean label' : null;
  if (SENTENCE_THEN_CREDIT.test(tail)) return 'credit after sentence';
  if (SENTENCE_THEN_KIND.test(tail)) return 'kind after sentence';
  return STARTS_UPPER.test(tail) && SENTENCE_THEN_HANDOUT.test(tail) ? 'handout after sentence' : null;
}

/** A line that is a caption because a credit of one of these forms closes it. */
export const endsInPictureCredit = (text: string): boolean => pictureCreditForm(text) !== null;
