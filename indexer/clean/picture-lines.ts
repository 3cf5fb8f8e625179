/**
 * A photo's furniture in shapes no phrase rule reads, none tied to one language's cue phrase: a
 * gallery's counter ("Image 1 of 2", "Foto 3 von 8"), an image's file name left where the picture
 * was ("073017_harbour"), a caption closed by a label and its source with no full stop between
 * ("… on the pier Source: Harbour Press", "… (צילום: …)"), a caption printed right above its
 * photographer-and-agency credit, a caption glued to its own copy ("S. - S"), a note that the
 * picture is an illustration, a labelled slash credit ("Label: Agency/Jane Doe"). Prose has none
 * of these shapes. Runs with the other caption rules; only lines nothing labelled are judged.
 */
import { ANY_AGENCY_ALTERNATION, SLASH_CREDIT } from './phrases.ts';
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

/** Longest caption these rules take: a longer line is a paragraph. */
const MAX_CAPTION_WORDS = 50;

export function markPictureLines(lines: ContentLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    // A counter or a file name has no space or a few: longer lines skip both patterns.
    if (l.text.length <= MAX_FILE_NAME_CHARS && (GALLERY_COUNTER.test(l.text) || isImageFileName(l.text))) l.reason = 'caption';
    else if (wordsUpTo(l, MAX_NOTE_WORDS + 1) <= MAX_NOTE_WORDS && isPictureKindNote(l.text)) l.reason = 'caption';
    else if (wordsUpTo(l, MAX_MEDIA_NAME_WORDS + 1) <= MAX_MEDIA_NAME_WORDS && MEDIA_FILE_NAME.test(l.text)) l.reason = 'caption';
    else if (isLabelledSlashCredit(l.text)) l.reason = 'credit';
    else if (wordsUpTo(l, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) continue;
    else if (endsInLabelledSource(l.text)) l.reason = 'caption';
    else if (isAboveAgencyCredit(l, lines[i + 1])) {
      l.reason = 'caption';
      if (lines[i + 1]!.reason === null) lines[i + 1]!.reason = 'credit';
    } else if (markGluedCopy(lines, i)) l.reason = 'caption';
  }
}

/**
 * "Image 1 of 2", "Foto 3 von 8", "Снимка 2 от 5", "4/12": the counter of a gallery's slide,
 * alone on its line. A word for a picture may open it; the numbers are small.
 */
const GALLERY_COUNTER =
  /^(?:(?:images?|photos?|pictures?|slides?|fotos?|fotó|bild|imagen|immagine|zdjęcie|kép|kuva|slika|фото|снимка|resim|gambar|ảnh)\s+)?\d{1,3}\s*(?:of|von|de|di|van|av|af|z|ze|из|от|\/)\s*\d{1,3}$/iu;

/** Longest file name taken, and longer than any gallery counter. */
const MAX_FILE_NAME_CHARS = 80;
/**
 * "073017_harbour", "IMG_2041", "bridge-at-dawn.jpeg": no space, and an image extension or an
 * underscore beside a run of four digits or more (a date, a camera's count). A user's handle has
 * underscores too ("jane_d", "river_walker"), but not a date in it.
 */
const FILE_NAME_UNDERSCORE = /^[\p{L}\d-]*(?:_[\p{L}\d-]+)+(?:\.(?:jpe?g|png|gif|webp))?$/iu;
const FILE_NAME_EXTENSION = /^[\p{L}\d_-]+\.(?:jpe?g|png|gif|webp)$/iu;
const FILE_DIGITS = /\d{4,}/;

/**
 * A phone's or an app's own name for a picture: "WhatsApp Image 2024-08-09 at 12.15.19 PM",
 * "Screenshot 2019-03-01 at 10.22.33", "Bildschirmfoto 2024-08-09 um 12.15.19": an ISO date and a
 * time with its seconds after dots, which a file name has because it may not hold a colon. A page's
 * stamp writes its time with a colon and rarely its seconds.
 */
const DEVICE_FILE_NAME =
  /^\p{L}[\p{L} ]{2,30} \d{4}-\d{2}-\d{2} \p{L}{1,5}(?: \p{L}{1,4})? \d{1,2}\.\d{2}\.\d{2}(?: ?[AP]M)?(?: \(\d{1,3}\))?(?:\.(?:jpe?g|png|gif|webp|heic))?$/iu;

function isImageFileName(text: string): boolean {
  if (text.length > MAX_FILE_NAME_CHARS) return false;
  if (text.includes(' ')) return DEVICE_FILE_NAME.test(text);
  return FILE_NAME_EXTENSION.test(text) || (FILE_DIGITS.test(text) && FILE_NAME_UNDERSCORE.test(text));
}

/**
 * A picture's, a sound's or a video's file name inside a short line, where the player or the
 * picture was: "Image from iOS (10).jpg", "Kotoko Five Goals.jfif Kumasi Asante Kotoko",
 * "[audio:interview1.mp3]The sheriff on the crash[/audio]". Written prose names no file by its
 * extension (issue 18, 18junk13: in the write-from sets 5 kept junk lines on 3 pages of 3 sites in
 * 2 sets, and not one body line, hold such a name).
 */
const MEDIA_FILE_NAME = /(?:^|[\s:[(])\S*?[\p{L}\d)_-]\.(?:jpe?g|png|gif|webp|jfif|heic|avif|mp3|mp4|m4a|wav|mov)(?=$|[\s[\])])/iu;
/** Most words of a line that names a media file: a caption or a player's title, not a paragraph. */
const MAX_MEDIA_NAME_WORDS = 16;

/** Longest note on what kind of picture it is. */
const MAX_NOTE_WORDS = 12;
/**
 * "Illustrative photo", "Symbolfoto / Archiv", "Our picture is an illustration": a short line that
 * says the picture is an illustration or from an archive: a word for a picture beside an
 * illustration's stem, in many languages, or one of the trade's compounds. Prose that speaks of an
 * illustration says no picture word, or is longer; the bracketed forms are the phrase rules'.
 */
const ILLUSTRATION = /(?:^|[^\p{L}])(?:illustr|ilustr|illuszt|иллюстр|ілюстр|илюстр)/iu;
const PICTURE_WORD =
  /(?:^|[^\p{L}])(?:photo|image|picture|foto|fotó|kép|bild|billede|bilde|kuva|zdjęcie|snímek|slika|resim|gambar|ảnh|imagen|immagine|imagem|фото|снимка|снимок|світлина)/iu;
const PICTURE_KIND_COMPOUND =
  /(?:^|[^\p{L}])(?:symbolbild|symbolfoto|arkivbild|archivbild|archiefbeeld|archieffoto|foto d'archivio|foto de archivo|photo d'archives|file photo|stock photo)/iu;
const isPictureKindNote = (text: string) => PICTURE_KIND_COMPOUND.test(text) || (ILLUSTRATION.test(text) && PICTURE_WORD.test(text));

/** "Nyitókép: Harbour Press/Jane Doe": one label word, a colon, and the slash credit the phrase rules know bare. */
const LABELLED = /^\p{L}{3,20}\s?:\s?(.+)$/u;
const MAX_LABELLED_CREDIT_WORDS = 8;

function isLabelledSlashCredit(text: string): boolean {
  if (!text.includes('/') || !text.includes(':')) return false;
  const m = LABELLED.exec(text);
  return m !== null && text.split(' ').length <= MAX_LABELLED_CREDIT_WORDS && SLASH_CREDIT.test(m[1]!);
}

/** Words that label a picture, in the page's language. */
const PICTURE_LABEL =
  '(?:photos?|images?|pictures?|fotos?|fotó|bild(?:er)?|kuva|zdjęcie|slika|фото|снимка|кадър|кадр|kadr|φωτογραφία|צילום|תמונה|تصوير|صورة|사진|写真|照片|图片|图|圖|ảnh)';
/** Words that label a source: after a caption, its picture's. */
const SOURCE_LABEL = '(?:źródło|zdroj|izvor|источник|джерело|източник|quelle|fuente|fonte|source|kaynak|forrás|lähde|kilde|bron|källa)';
/** "… znaleziono ciało Źródło: Harbour TV": the label after a space, a colon, and a source of a few words with no sentence in it. */
const LABEL_TAIL = new RegExp(`\\s(?:${PICTURE_LABEL}|${SOURCE_LABEL})\\s*:\\s*[^.!?:]{2,50}$`, 'iu');
/**
 * "… (צילום: …)", "(图/…)", "…（写真：…）", "(사진=…)": a picture's label and its credit in brackets of
 * either width closing the line. Not a source's: prose cites its sources in brackets ("(source:
 * the council's report)").
 */
const BRACKETED_LABEL = new RegExp(`[(（]\\s*${PICTURE_LABEL}\\s*[:/：=]\\s*[^()（）]{2,60}[)）]\\.?$`, 'iu');
const ENDS_SENTENCE = /[.!?]["'”’)]?$/u;
/** Fewest words of the caption before a source label: a shorter line is a credit, which the phrase rules know. */
const MIN_CAPTION_WORDS = 3;

/**
 * A caption with no full stop, then the label of its picture or source and a name: a paragraph
 * ends in a sentence before it cites a source, and a credit on its own is the phrase rules'.
 */
function endsInLabelledSource(text: string): boolean {
  if (text.endsWith(')') || text.endsWith(').') || text.endsWith('）')) return BRACKETED_LABEL.test(text);
  // Most lines have no colon: the pattern never runs on them.
  if (!text.includes(':')) return false;
  const m = LABEL_TAIL.exec(text);
  if (m === null) return false;
  const caption = text.slice(0, m.index);
  return !ENDS_SENTENCE.test(caption) && caption.split(' ').length >= MIN_CAPTION_WORDS;
}

/** "Jane Doe - staff, HARBOUR PRESS", "Jane Doe / Harbour Press": two to four names, a separator, maybe a role, a known agency. */
const NAMED_AGENCY_CREDIT = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){1,3}\\s*[-–—/|,]\\s*(?:[\\p{L} ]{0,30}[,/]\\s*)?(?:${ANY_AGENCY_ALTERNATION})$`,
  'iu',
);
/** Most words of such a credit. */
const MAX_CREDIT_WORDS = 10;

/**
 * A line printed right above (no blank line between) a photographer's credit that names a known
 * agency: the caption the credit signs. A story's paragraph does not sit on a photographer's name.
 */
function isAboveAgencyCredit(l: ContentLine, next: ContentLine | undefined): boolean {
  if (next === undefined || next.line !== l.line + 1) return false;
  const isCredit = (t: string) => t.length <= 120 && t.split(' ').length <= MAX_CREDIT_WORDS && NAMED_AGENCY_CREDIT.test(t);
  return isCredit(next.text) && !isCredit(l.text);
}

/** The caption, a dash or a bar, and its copy (cut or whole): "S. - S…". */
const GLUED_COPY = /^(.{30,}?)\s[-–—|]\s(.+)$/u;
/** Fewest characters the two copies share: shorter repeats are a phrase's words, not a copy. */
const MIN_COPY_CHARS = 30;
const sameQuotes = (s: string) => s.replace(/[’‘`]/g, "'").replace(/[.!?…\s]+$/u, '');

/**
 * A caption and its alt text on one line, joined by a dash: the same words twice, the second maybe
 * cut. Prose does not repeat its sentence after a dash. A line within two of it that is the same
 * sentence again (quotes typed differently) is the same caption printed alone, and goes too.
 */
function markGluedCopy(lines: ContentLine[], i: number): boolean {
  const text = lines[i]!.text;
  // The joint first, cheaply: most lines have none, and the pattern never runs on them.
  if (!/\s[-–—|]\s/u.test(text)) return false;
  const m = GLUED_COPY.exec(text);
  if (m === null) return false;
  const a = sameQuotes(m[1]!);
  const b = sameQuotes(m[2]!);
  const n = Math.min(a.length, b.length);
  if (n < MIN_COPY_CHARS || a.slice(0, n) !== b.slice(0, n)) return false;
  for (let j = Math.max(0, i - 2); j <= i + 2 && j < lines.length; j++) {
    const o = lines[j]!;
    if (j !== i && o.reason === null && sameQuotes(o.text) === a) o.reason = 'caption';
  }
  return true;
}
