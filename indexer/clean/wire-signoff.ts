/**
 * A wire story signs off at the end of its last paragraph ("… sicherte. (dpa)", "… lanjut. –
 * Bernama"), in the shape the phrase rules take for a caption signed by its agency. Where that
 * line closes the text, with paragraphs above it and none below, it is the story's last
 * paragraph, and is kept: a caption sits among the paragraphs or above them, and is signed by a
 * photographer or a picture agency as often as by a wire.
 */
import { alternation } from '../escape-regexp.ts';
import { WIRE_NAMES } from './phrases.ts';
import { isSentenceParagraph } from './line-words.ts';
import type { ContentLine } from './structure.ts';

const WIRES = alternation(WIRE_NAMES);
/** A wire alone after the line's last sentence: in brackets, or after a dash. */
const WIRE_SIGNOFF = new RegExp(`[.!?]["'”’]?\\s+(?:\\(\\s*(?:${WIRES})\\s*\\)|[–—-]\\s*(?:${WIRES}))\\.?$`, 'u');
/** Paragraphs above the signed line, at least: a caption under a headline and one lead is not the story's end. */
const MIN_PARAGRAPHS_ABOVE = 3;
/** A paragraph, for these counts: a sentence of this many words. */
const PARAGRAPH_WORDS = 8;
/** The signature is within a line's last characters: only they are searched. */
const SIGNATURE_TAIL = 40;

export function keepWireSignoff(lines: ContentLine[]): void {
  const paragraph = (l: ContentLine) => l.reason === null && isSentenceParagraph(l, PARAGRAPH_WORDS);
  // The last caption-labelled line below which no paragraph follows: at most one a page.
  let i = lines.length - 1;
  while (i >= 0 && !paragraph(lines[i]!) && lines[i]!.reason !== 'caption') i--;
  if (i < 0 || lines[i]!.reason !== 'caption') return;
  const l = lines[i]!;
  if (!WIRE_SIGNOFF.test(l.text.length > SIGNATURE_TAIL ? l.text.slice(-SIGNATURE_TAIL) : l.text)) return;
  let above = 0;
  for (let j = 0; j < i && above < MIN_PARAGRAPHS_ABOVE; j++) if (paragraph(lines[j]!)) above++;
  if (above >= MIN_PARAGRAPHS_ABOVE) l.reason = null;
}
