/**
 * Subscribe prompts split over several short lines: a sign-up box prints its pitch beside its
 * button ("Escape the noise. Get the facts behind the news." above "Subscribe"; "All the
 * culture that goes with you is waiting here." above "Suscríbete"; "We live only by our
 * readers." above "Support us: subscribe!"). The button's line is recognised by the subscribe
 * rules; its pitch names no trade verb, but sits next to it and speaks to the reader or of the
 * outlet's readers. A story's paragraph next to a prompt inserted in the text is longer, or
 * quotes someone, or speaks of neither.
 *
 * Structural (a promotion line's neighbour) with a small lexicon of the reader's address in
 * about 20 languages; written from how sign-up boxes are built, not from any page.
 */
import type { ContentLine } from './structure.ts';

/** A pitch is a sentence or two: a story's paragraph runs longer. */
const MAX_PITCH_WORDS = 25;

/**
 * The reader addressed, with the pronouns that mean nothing else in another language ("du",
 * "je", "sie", "din" are also "of the", "I", "she", "from"), or the outlet's readers named.
 */
const READER =
  /(?<![\p{L}])(?:you|your|yours|vous|votre|vos|dein|deine|deinen|deiner|euch|tu|tus|tuo|tua|tuoi|contigo|você|vocês|jij|jouw|ty|twój|twoje|ciebie|vy|váš|vaše|ön|önt|siz|sizin|вы|вас|ваш|ваша|ваше|ви|вас|σας|εσύ|bạn|anda|kamu|sinä|sinun|readers?|lecteurs?|lectrices|leser(?:innen)?|lectores|lettori|leitores|lezers|läsare|lesere|læsere|czytelni\p{L}*|čtenář\p{L}*|olvasó\p{L}*|okur\p{L}*|читател\p{L}*|αναγνώστ\p{L}*|độc giả|pembaca)(?![\p{L}])/iu;
/** Quotation marks: a line quoting someone is the story's. */
const QUOTE = /["“”«»„]/u;

function isPitch(l: ContentLine): boolean {
  return l.reason === null && l.words <= MAX_PITCH_WORDS && !QUOTE.test(l.text) && READER.test(l.text);
}

/**
 * Marks the pitches (reason `promotion`) next to a promotion line, in both directions, so a run
 * of them beside the box's button goes with it.
 */
export function markPromptBlocks(lines: ContentLine[]): void {
  for (let i = 1; i < lines.length; i++) if (lines[i - 1]!.reason === 'promotion' && isPitch(lines[i]!)) lines[i]!.reason = 'promotion';
  for (let i = lines.length - 2; i >= 0; i--)
    if (lines[i + 1]!.reason === 'promotion' && isPitch(lines[i]!)) lines[i]!.reason = 'promotion';
}
