/**
 * Sentence ends of scripts other than Latin, Greek and Cyrillic: the ideographic and fullwidth
 * marks of Chinese and Japanese, the Indic danda, the Urdu, Ethiopic and Armenian full stops, and
 * the Arabic question mark (`endsSentence` itself reads the Khmer, Burmese and Tibetan stops and the
 * Thai and Lao paragraph; beside them it reads only "." "!" "?" "…"): by it alone a
 * Japanese article never ends a sentence, and the rule that looks for the last real paragraph
 * took a whole story for a list of other headlines (the page was skipped as empty).
 * Kept apart from `endsSentence` because the learned classifier was trained on that reading.
 */
import { endsSentence } from './shape.ts';

const OTHER_SENTENCE_ENDS: ReadonlySet<number> = new Set([
  0x3002, // 。 ideographic full stop
  0xff0e, // ． fullwidth full stop
  0xff61, // ｡ halfwidth ideographic full stop
  0xff01, // ！ fullwidth exclamation mark
  0xff1f, // ？ fullwidth question mark
  0x0964, // । devanagari danda
  0x0965, // ॥ double danda
  0x06d4, // ۔ arabic full stop (Urdu)
  0x061f, // ؟ arabic question mark
  0x1362, // ። ethiopic full stop
  0x0589, // ։ armenian full stop
]);
/** Closing quotes and brackets that may follow the mark: 」 』 》 ） and the Latin ones (" ' ” ’ » )). */
const CLOSERS: ReadonlySet<number> = new Set([0x300d, 0x300f, 0x300b, 0xff09, 0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29]);

/** The line's last mark, behind any closing quotes or brackets, is one of `marks`. */
function endsInMark(text: string, marks: ReadonlySet<number>): boolean {
  let end = text.trimEnd().length;
  while (end > 0 && CLOSERS.has(text.charCodeAt(end - 1))) end--;
  return end > 0 && marks.has(text.charCodeAt(end - 1));
}

/**
 * `endsSentence`, or the line ends in another script's sentence mark, maybe inside closing quotes,
 * or in a sentence signed in brackets (`endsSignedSentence`).
 */
export function endsSentenceAnyScript(text: string): boolean {
  return endsSentence(text) || endsInMark(text, OTHER_SENTENCE_ENDS) || endsSignedSentence(text);
}

/**
 * A sentence with its writer's or agency's signature glued on in brackets after the full stop
 * ("… would be prosecuted. (NAN)", "… Taking Fresh Guard. (SAT)", "… sicherte. (dpa)"): the
 * story's last paragraph as the outlet prints it, whatever the initials. Read as a sentence,
 * so that the rules looking for the article's last paragraph do not take it for a headline of
 * the list below it. A headline ends in no full stop before a bracket; a bracket of four words
 * at most, letters first, is a signature, not a sentence of its own.
 */
const SIGNED_SENTENCE = /[.!?…]["'”’»]?\s+\(\s*\p{L}[\p{L}\p{N}.&/' -]{0,24}\)$/u;
/** The signature is within the line's last characters: only they are searched. */
const SIGNATURE_TAIL = 40;
/** Words of a sentence before its signature, at least: "Yes. (AP)" is no paragraph. */
const MIN_SIGNED_WORDS = 4;
/** Words of a signature, at most: more in brackets are a sentence of their own. */
const MAX_SIGNATURE_WORDS = 4;

export function endsSignedSentence(text: string): boolean {
  const end = text.trimEnd();
  if (end.charCodeAt(end.length - 1) !== 0x29 /* ) */) return false;
  const tail = end.length > SIGNATURE_TAIL ? end.slice(-SIGNATURE_TAIL) : end;
  const m = SIGNED_SENTENCE.exec(tail);
  if (m === null || m[0].slice(m[0].indexOf('(')).split(/\s+/).length > MAX_SIGNATURE_WORDS) return false;
  return end.length > SIGNATURE_TAIL || end.slice(0, end.length - m[0].length).split(/\s+/).length >= MIN_SIGNED_WORDS;
}

/** The full stops of those scripts and of Burmese and Khmer (no question or exclamation mark): a statement's end, as "." is. */
const OTHER_FULL_STOPS: ReadonlySet<number> = new Set([0x3002, 0xff0e, 0xff61, 0x0964, 0x0965, 0x06d4, 0x1362, 0x0589, 0x104b, 0x17d4]);

/** The line ends in another script's full stop, maybe inside closing quotes ("…নিহত হয়েছে।", "…した。」"). */
export function endsOtherFullStop(text: string): boolean {
  return endsInMark(text, OTHER_FULL_STOPS);
}
