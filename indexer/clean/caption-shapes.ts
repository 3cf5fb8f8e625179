/**
 * Captions told by their shape where no cue word of any language names them: a picture's credit
 * is a few capitalised names joined by the separators credits use ("(Jane Doe/Agency)",
 * "(Label: Jane Doe)"), whatever word labels it, and prose does not close on such a bracket.
 */
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

/** Longest caption a credit closes; a longer line is a paragraph that cites someone in brackets. */
const MAX_CAPTION_WORDS = 50;
/** Most words of a credit in brackets: a label and two or three names. */
const MAX_CREDIT_WORDS = 8;
/** Fewest capitalised names in it: one capitalised word in brackets is an abbreviation ("(NSR)"). */
const MIN_CREDIT_NAMES = 2;

/** The bracket closing the line and what it holds; the caption is before it. */
const CLOSING_BRACKET = /\S\s*\(([^()]{3,100})\)\.?$/u;
/** What joins a credit's parts: photographer and agency, label and name. Prose in brackets has none. */
const CREDIT_SEPARATOR = /[/:|]/u;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Lower-case words a name or an agency may hold. */
const NAME_PARTICLE = /^(?:de|da|di|del|der|den|van|von|la|le|al|bin|el|ter|du|dos|das|y|e|&)$/u;

export function markCaptionShapes(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason === null && endsInBracketedCredit(l)) l.reason = 'caption';
  }
}

/**
 * "… at the harbour (Jane Doe/Harbour Press)", "… at dawn (Kuva: Jane Doe)": a bracket closes the
 * line holding two to eight capitalised names and a credit's separator, no digit (a date, a
 * score, a figure) and no lower-case word but a name's particle. Brackets in prose hold an
 * abbreviation, a party or a place (one name, no separator), or words.
 */
function endsInBracketedCredit(l: ContentLine): boolean {
  if (!l.text.endsWith(')') && !l.text.endsWith(').')) return false;
  const m = CLOSING_BRACKET.exec(l.text);
  if (m === null || !CREDIT_SEPARATOR.test(m[1]!) || /\d/.test(m[1]!)) return false;
  if (wordsUpTo(l, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) return false;
  let names = 0;
  let words = 0;
  for (const word of m[1]!.split(/[\s/:|,]+/u)) {
    if (word === '') continue;
    if (++words > MAX_CREDIT_WORDS) return false;
    if (NAME.test(word)) names++;
    else if (!NAME_PARTICLE.test(word)) return false;
  }
  return names >= MIN_CREDIT_NAMES;
}
