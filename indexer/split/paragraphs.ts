/**
 * Cleaned lines → paragraphs. Scraped text comes in three layouts: paragraphs separated by blank
 * lines, one paragraph per line, and hard-wrapped text (a paragraph spread over several lines
 * at a fixed width). The first two map a line to a paragraph; the third is detected from the
 * whole article's line shapes and its lines are joined back together.
 */
import type { ParagraphInput } from '../../engine/contract/types.ts';
import { endsSentence } from '../clean/shape.ts';
import type { KeptLine } from '../types.ts';

/** Lines longer than this are not hard-wrapped: wrapping tools use widths of 60-100 characters. */
const MAX_WRAP_WIDTH = 110;

export function splitParagraphs(kept: readonly KeptLine[]): ParagraphInput[] {
  const blocks = toBlocks(kept);
  const wrapped = isHardWrapped(blocks);
  const width = wrapped ? Math.max(...kept.filter((l) => l.kind === 'body').map((l) => l.text.length)) : 0;

  const paragraphs: ParagraphInput[] = [];
  const push = (kind: ParagraphInput['kind'], text: string, line: number) => {
    for (const piece of pieces(text)) paragraphs.push({ position: paragraphs.length, kind, text: piece, line });
  };

  for (const block of blocks) {
    if (!wrapped) {
      for (const l of block) push(l.kind, l.text, l.line);
      continue;
    }
    let current: KeptLine[] = [];
    const flush = () => {
      if (current.length > 0) push('body', joinWrapped(current.map((l) => l.text)), current[0]!.line);
      current = [];
    };
    block.forEach((l, i) => {
      if (l.kind === 'heading') {
        flush();
        push('heading', l.text, l.line);
        return;
      }
      current.push(l);
      // A wrapping tool breaks a line only when the next word does not fit. If it would have fit
      // after a finished sentence, the writer broke the line: a paragraph ends there.
      const nextWord = block[i + 1]?.text.split(' ')[0];
      if (nextWord !== undefined && endsSentence(l.text) && l.text.length + 1 + nextWord.length <= width) flush();
    });
    flush();
  }
  return paragraphs;
}

/**
 * A "paragraph" longer than this is a page that lost its breaks (or a hostile one). Kept whole it
 * would be one hit of megabytes: every search that matched it would highlight and send all of it
 * (a 2 MB line: 2.4 s and 2.5 MB per results page). It is cut into pieces of at most this size,
 * at a sentence end when there is one in the second half of the piece, else at a space.
 */
export const MAX_PARAGRAPH_CHARS = 4000;

function pieces(text: string): string[] {
  if (text.length <= MAX_PARAGRAPH_CHARS) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_PARAGRAPH_CHARS) {
    const window = rest.slice(0, MAX_PARAGRAPH_CHARS);
    let cut = 0;
    for (const m of window.matchAll(/[.!?]["'”’)]?\s/g)) cut = m.index + m[0].length;
    if (cut < MAX_PARAGRAPH_CHARS / 2) cut = window.lastIndexOf(' ') + 1;
    if (cut < MAX_PARAGRAPH_CHARS / 2) cut = MAX_PARAGRAPH_CHARS;
    // Never between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut--;
    const piece = rest.slice(0, cut).trim();
    if (piece) out.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** Runs of kept lines that were adjacent in the source: a blank or dropped line ends a block. */
function toBlocks(kept: readonly KeptLine[]): KeptLine[][] {
  const blocks: KeptLine[][] = [];
  let prev: KeptLine | undefined;
  for (const l of kept) {
    if (prev && l.line === prev.line + 1) blocks[blocks.length - 1]!.push(l);
    else blocks.push([l]);
    prev = l;
  }
  return blocks;
}

/**
 * Hard-wrapped text has short lines only, and lines inside a block often stop mid-sentence.
 * One-paragraph-per-line text has long lines, or every line ends a sentence.
 */
function isHardWrapped(blocks: KeptLine[][]): boolean {
  // Counted in one walk: `blocks.flat().filter(…)` twice was ~1.5 % of the indexer's main thread
  // on the bench corpus (one-line blocks, where `flat` is slow), for two numbers.
  let body = 0;
  let overWidth = 0;
  for (const block of blocks) {
    for (const l of block) {
      if (l.kind !== 'body') continue;
      body++;
      if (l.text.length > MAX_WRAP_WIDTH) overWidth++;
    }
  }
  if (body < 3) return false;
  if (overWidth / body > 0.05) return false;

  let pairs = 0;
  let continued = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      const [a, b] = [block[i]!, block[i + 1]!];
      if (a.kind !== 'body' || b.kind !== 'body') continue;
      pairs++;
      if (!endsSentence(a.text) || /^\p{Ll}/u.test(b.text)) continued++;
    }
  }
  return pairs >= 2 && continued / pairs >= 0.4;
}

function joinWrapped(lines: string[]): string {
  let text = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    // "cease-" + "fire": keep the hyphen, drop the break; a hyphen is more often real than soft.
    text = /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next) ? text + next : `${text} ${next}`;
  }
  return text;
}
