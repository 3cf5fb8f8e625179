/**
 * A publication named inside the story by a phrase of the trade (issue 18): "told X", "in an
 * interview with X", "contacté par X", "siger til X" (someone speaking to a newsroom), "according
 * to X", "selon X" (a newsroom's reporting cited), "X reported", "X berichtet". Most pages name
 * their outlet once, and often there; but a story quotes rival outlets in the same words (on the
 * labelled pages 18 of 20 such names were someone else's), so a name read here never wins alone.
 * It needs a position that belongs to the publication: the same name in the page's furniture — a
 * short line at the top or the foot, a line the cleaner dropped (a masthead, a credit, a footer)
 * — which a rival quoted in the story does not get. So the furniture is read first and the story
 * is searched only for the words written there: a page costs a few string searches, not a pass of
 * every phrase over every sentence.
 */
import { stopWordCount } from '../clean/stopwords.ts';
import { monthsOf } from './date-names.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { creditTail } from './outlet-credit-tail.ts';
import { spelling } from './outlet-echo.ts';
import { cuedPublicationName, selfNameShaped } from './outlet-mentions.ts';
import { cleanName, NAME, outletKey, personShaped } from './outlet-names.ts';
import { type Phrase, phraseAfter, phraseBefore } from './outlet-phrase-match.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';

type Add = (c: OutletCandidate | null) => void;

/** The name found again in the page's furniture. */
const POSITION = 1;

/** A name starting where a furniture word was found. */
const NAME_AT = new RegExp(NAME, 'uy');
/** A capitalised word, as a masthead or a credit writes one ("Example", "EXAMPLE", "exampleLibre"). */
const CAPITALISED = /[\p{Lu}\p{N}][\p{L}\p{N}&+-]*|\p{Ll}{1,8}\p{Lu}[\p{L}\p{N}]*/gu;
/** The lines at either end of the page where its furniture sits. */
const TOP_LINES = 6;
const FOOT_SHARE = 0.15;
/** A furniture line is short; a longer one is a sentence that may quote any outlet. */
const SHORT_WORDS = 8;

export function proseMentions(lines: readonly PageLine[], add: Add): void {
  const furniture = furnitureWords(lines);
  if (furniture.size === 0) return;
  for (const c of proseNames(lines, furniture)) {
    const at = furnitureLine(lines, c);
    if (!at) continue;
    add(c);
    add({
      value: c.value,
      score: POSITION,
      kind: 'prose-position',
      evidence: `'${c.value}' in the page's furniture on line ${at.line} '${quote(at.text)}'`,
      line: at.line,
    });
  }
}

/** Whether a line is the page's furniture: short, and at either end or dropped by the cleaner. */
function isFurniture(l: PageLine, i: number, n: number): boolean {
  if (l.reason === 'headline' || l.words > SHORT_WORDS) return false;
  // A kept line ending a sentence is the story's, however short ("Example's skipper welcomed it.").
  if (l.reason === null && /[.!?…"”»]$/u.test(l.text.trim())) return false;
  return i < TOP_LINES || i >= Math.min(n - 3, Math.floor(n * (1 - FOOT_SHARE))) || l.reason !== null;
}

/** The capitalised words of the page's furniture. */
export function furnitureWords(lines: readonly PageLine[]): Set<string> {
  const out = new Set<string>();
  lines.forEach((l, i) => {
    const text = isFurniture(l, i, lines.length) ? l.text : creditTail(l.text);
    if (text) for (const m of text.matchAll(CAPITALISED)) if (m[0].length >= 2 && /\p{L}/u.test(m[0])) out.add(m[0]);
  });
  return out;
}

/** The names a phrase of the trade puts in the story's sentences, among the furniture's words; the strongest phrase for each. */
export function proseNames(lines: readonly PageLine[], furniture: ReadonlySet<string>): OutletCandidate[] {
  const found = new Map<string, OutletCandidate>();
  for (const l of lines) {
    if (l.reason === 'headline' || l.words <= SHORT_WORDS) continue;
    for (const { raw, phrase, text } of namesByPhrase(l.text, furniture)) {
      const name = proseName(raw);
      // Before a verb the name is the sentence's subject, and any capitalised subject "reported"
      // ("Officials reported"): only a publication's shape is read there.
      if (!name || (phrase.what === 'reporting' && !selfNameShaped(name) && !cuedPublicationName(name))) continue;
      const c = {
        value: name,
        score: phrase.score,
        kind: 'prose',
        evidence: `${phrase.what} phrase line ${l.line} '${quote(text)}'`,
        line: l.line,
      };
      // One outlet once: "Le Phare du Port" is found at "Le" and at "Phare".
      const key = outletKey(name);
      const best = found.get(key);
      if (!best || best.score < phrase.score || (best.score === phrase.score && name.length > best.value.length)) found.set(key, c);
    }
  }
  return [...found.values()];
}

/** Where one of `names`' words opens a name in `text` beside a phrase: the raw name, the phrase, and the words read. */
export function namesByPhrase(text: string, names: ReadonlySet<string>): { raw: string; phrase: Phrase; text: string }[] {
  const out: { raw: string; phrase: Phrase; text: string }[] = [];
  for (const word of names) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      NAME_AT.lastIndex = at;
      const name = NAME_AT.exec(text)?.[0];
      if (!name) continue;
      const before = phraseBefore(text.slice(Math.max(0, at - 60), at));
      if (before) out.push({ raw: name, phrase: before.phrase, text: `${before.text} ${name}` });
      const after = phraseAfter(text.slice(at + name.length, at + name.length + 40));
      if (after) out.push({ raw: name, phrase: after, text: `${name} ${after.words.join(' ')}` });
    }
  }
  return out;
}

/** A captured name that can be a publication's: not a person, a wire, a platform, a month or a phrase. */
function proseName(raw: string): string | null {
  // A capitalised run may cross a sentence's end ("told Example. The minister…").
  const name = cleanName(raw.split(/[.!?]\s/u)[0]!);
  if (!name || isWire(name) || isPlatform(name)) return null;
  // "told Jane Doe on Monday": a person, whatever follows the joining word.
  const head = name.split(/\s+(?:on|at|in|of|and|&)\s+/u)[0]!;
  if ((personShaped(name) || personShaped(head)) && !cuedPublicationName(name)) return null;
  const words = name.split(' ');
  if (words.some((w) => monthsOf(w).length > 0)) return null;
  // "This", "Sources", "Officials": a capitalised word of the language opening a clause.
  if (words.length === 1 && name !== name.toUpperCase() && stopWordCount(name, 0) > 0) return null;
  return name.replace(/[\p{L}\p{N}]/gu, '').length === name.length ? null : name;
}

/** Where the page writes the name in its furniture, away from the story's sentences. */
function furnitureLine(lines: readonly PageLine[], c: OutletCandidate): PageLine | undefined {
  const word = spelling(c.value);
  if (!word) return undefined;
  return lines.find((l, i) => l.line !== c.line && word.test((isFurniture(l, i, lines.length) ? l.text : creditTail(l.text)) ?? ''));
}
