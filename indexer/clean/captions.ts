/**
 * Captions found by their neighbourhood rather than their words: a photo's text sits next to the
 * photo's furniture (a caption label, a credit, its own alt text), and no cue inside the caption
 * tells it from a paragraph. Runs after the phrase rules have labelled labels and credits.
 */
import { isPhotoCredit, PICTURE_AGENCY_ONLY } from './phrases.ts';
import { endsSentence, isSpace, spacedWordCount } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { CAPTION_LABEL, IMAGE_SOURCE } from './trade-phrases.ts';
import type { ContentLine } from './structure.ts';
import { markCaptionShapes } from './caption-shapes.ts';
import { markPictureLines } from './picture-lines.ts';
import { keepWireSignoff } from './wire-signoff.ts';
import { markHeadlineCopyCaptions } from './headline-copy-caption.ts';
import { markWirePhotoDates } from './wire-photo-date.ts';

/** Longest caption taken on its neighbourhood alone; a longer line is a paragraph. */
const MAX_CAPTION_WORDS = 40;
/** Longest credit tail on a copy of a caption ("— Jane Doe afp.com"). */
const MAX_TAIL_WORDS = 8;
/** Alt text repeating a caption's start is a phrase at least: shorter prefixes are coincidence. */
const MIN_ALT_WORDS = 4;

/** A credit for a picture: the phrase rules' photo credits, "Image source, PA", "Foto Jane Doe", "Getty Images". */
export function isPictureCredit(l: ContentLine | undefined): boolean {
  return (
    l !== undefined && l.reason === 'credit' && (isPhotoCredit(l.text) || IMAGE_SOURCE.test(l.text) || PICTURE_AGENCY_ONLY.test(l.text))
  );
}

export function markCaptionNeighbours(lines: ContentLine[]): void {
  // First: the rules below read captions as a photo's furniture, and a story's signed last paragraph is none.
  keepWireSignoff(lines);
  markAfterCaptionLabels(lines);
  markHeadlineCopyCaptions(lines);
  markCaptionCopies(lines);
  markCaptionVerbs(lines);
  markCaptionShapes(lines);
  markWirePhotoDates(lines);
  markPictureLines(lines);
}

/**
 * What a photo shows, in the words captions use: a subject and a verb of posture in the present
 * ("… gestures as he leaves his home", "… poses for a photo", "… is seen at", "posiert vor",
 * "pose devant", "posa durante"). News prose tells in the past; a story in the present is a
 * feature, whose paragraphs sit among paragraphs, not next to page chrome. The verb comes early,
 * right after the subject.
 */
const CAPTION_VERB = new RegExp(
  '(?<!\\p{L})(?:gestures|gesture|poses|pose for|posing for|looks on|look on|pictured|waves to|wave to|speaks (?:during|at|to the media)|' +
    'arrives (?:at|for)|arrive (?:at|for)|walks (?:past|through|along)|stands (?:in front of|next to|outside)|shakes hands|take part in|takes part in|' +
    'posiert|posieren|gestikuliert|winkt|steht vor|stehen vor|pose devant|posent|gesticule|salue la foule|posa(?:n)? (?:para|durante|junto)|gesticula|saluda a|' +
    'posa (?:per|davanti)|gesticola|saluta i|posam|acena para|poseert|poseren|gebaart|zwaait naar|poserar|pozuje|pozują)(?!\\p{L})',
  'iu',
);
/** Words before the verb: the subject and its title ("Britain's new Health Secretary Sajid Javid"). */
const MAX_SUBJECT_CHARS = 90;
/** Reasons that are no photo's furniture: the headline is the story's own line. */
const NOT_PHOTO_CHROME = new Set(['headline', 'repeated-line']);

function markCaptionVerbs(lines: ContentLine[]): void {
  const chrome = (l: ContentLine | undefined, near: ContentLine) =>
    l !== undefined && Math.abs(l.line - near.line) <= 2 && l.reason !== null && !NOT_PHOTO_CHROME.has(l.reason);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // The neighbours first: most lines have no chrome next to them, and that test is cheap.
    if (l.reason !== null || !(chrome(lines[i - 1], l) || chrome(lines[i + 1], l))) continue;
    if (/["“”«»„]/u.test(l.text) || wordsUpTo(l, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) continue;
    const m = CAPTION_VERB.exec(l.text.slice(0, MAX_SUBJECT_CHARS + 30));
    if (m !== null && m.index > 0 && m.index <= MAX_SUBJECT_CHARS && !NOT_THE_CAPTION_VERB.test(l.text.slice(0, m.index)))
      l.reason = 'caption';
  }
}

/**
 * The verb is the caption's own only when it tells what the photo shows, now: after a modal, a
 * future, a negation, an infinitive's mark or a relative pronoun it is a sentence's ("Jane Doe
 * has said she will not take part in …", "… a virus that poses as a game", "… are to take part
 * in …"), which a story's lead is. The grammar words of the languages whose verbs are listed
 * above: a modal or a negation one or two words before the verb ("will still take part"); a
 * mark that is also a preposition ("to", "a", "per", "pour") or a relative right before it.
 */
const NOT_THE_CAPTION_VERB = new RegExp(
  '(?<!\\p{L})(?:(?:will|would|shall|should|can|could|may|might|must|not|never|' +
    'wird|werden|soll|sollen|kann|können|muss|müssen|nicht|nie|' +
    'va|vont|doit|doivent|peut|peuvent|puede|pueden|debe|deben|deve|devono|può|possono|non|vai|vão|pode|podem|não|' +
    'zal|zullen|moet|moeten|niet|ska|skall|vill|inte|będzie|będą|może|mogą)(?:\\s+\\p{L}+)?|' +
    'to|that|which|who|zu|wollen|pour|qui|a|para|que|no|per|che|te|wil|willen|att|som|który|która|którzy)\\s+$',
  'iu',
);

/**
 * "Image caption," / "Bildunterschrift": the label of the line that follows, which is the caption
 * whatever its shape. Only the next line: the label names one caption.
 */
function markAfterCaptionLabels(lines: ContentLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.reason !== 'caption' || !CAPTION_LABEL.test(lines[i]!.text)) continue;
    const next = lines[i + 1]!;
    if (next.reason === null && wordsUpTo(next, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS) next.reason = 'caption';
  }
}

/**
 * `text` without the sentence marks and spaces at its end: `text.replace(/[.!?…\s]+$/u, '')`, by a
 * walk back from the end (the pattern was tried at every space of the line; 18perf10). None of
 * the marks is beyond the BMP, so code units are the pattern's code points.
 */
function withoutSentenceEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026 && !isSpace(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A photo printed with its alt text and its caption gives two neighbouring lines, one the start
 * of the other ("A man walks in the snow." / "A man walks in the snow in Boston. Photo: AP"), or
 * the same sentence once bare and once with the photographer's credit glued on ("… a été
 * interpellé. — Jane Doe afp.com"). The longer copy is the caption when the rest of it is a short
 * credit, not a sentence; the shorter one is alt text when the longer is a caption. A lead that
 * a caption repeats word for word stays: only a copy that is a proper prefix goes.
 */
function markCaptionCopies(lines: ContentLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.line !== a.line + 1 && b.line !== a.line + 2) continue;
    const [short, long] = a.text.length <= b.text.length ? [a, b] : [b, a];
    // The stem below is a prefix of the short line: lines that differ in their first character share none.
    if (short.text.length === long.text.length || short.text.charCodeAt(0) !== long.text.charCodeAt(0)) continue;
    const stem = withoutSentenceEnd(short.text);
    if (!long.text.startsWith(stem) || spacedWordCount(stem, MIN_ALT_WORDS) < MIN_ALT_WORDS) continue;
    const after = long.text.slice(stem.length);
    const rest = after.replace(/^[.!?…\s]+/u, '');
    // The same sentence twice (the long copy goes on after the sentence's end): the bare one may
    // be the lead, and stays; the copy is the caption when what it adds is a credit.
    if (/^[.!?…]/u.test(after)) {
      if (long.reason === null && isCreditTail(rest)) long.reason = 'caption';
    } else if (short.reason === null && long.reason === 'caption' && wordsUpTo(short, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS) {
      short.reason = 'caption';
    } else if (short.reason === 'caption' && long.reason === null && isNameTail(after)) {
      // The caption printed again with its photographer's name glued on ("… (Jane Doe/PA) Jane Doe").
      long.reason = 'caption';
    }
  }
}

/** Most names a caption's copy adds after the caption: a photographer's, an agency's. */
const MAX_NAME_TAIL_WORDS = 4;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** What a copy adds after a whole caption: a few capitalised names and nothing else. */
function isNameTail(after: string): boolean {
  if (!after.startsWith(' ')) return false;
  const words = after.trim().split(' ');
  return words.length <= MAX_NAME_TAIL_WORDS && words.every((w) => NAME_WORD.test(w));
}

/** What a caption's copy adds after the shared sentence: a dash or mark and a few words of names, no sentence. */
function isCreditTail(rest: string): boolean {
  if (rest === '' || !/^[—–\-|/©(]/u.test(rest)) return false;
  return spacedWordCount(rest, MAX_TAIL_WORDS + 1) <= MAX_TAIL_WORDS + 1 && !endsSentence(rest.replace(/\)$/, ''));
}
