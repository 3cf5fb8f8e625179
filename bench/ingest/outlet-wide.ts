/**
 * The wide net (issue 18): shapes the cue rules cannot take alone because each is as often a
 * section, a label or a person as the site, but which a learned scorer (bench/ingest/train-outlet.ts)
 * weighs with the rest of the page. Measurement only: the indexer does not use them, since the scorer
 * named wrong outlets on held-out pages (docs/journal/ingestion.md). They carry score 0.
 *
 * - a short name line at the top, before or at the headline: the masthead;
 * - the first part of a line cut into parts ("Example | News | Jane Doe"), with or without a date;
 * - a name glued to a section word ("Example SportUpdated", "Example Sport"): the first word of a
 *   short line whose next word carries a capital inside;
 * - a short line in the last 15 % of the page, and a short label repeated at the foot.
 */
import { DATE_LIKE, type OutletCandidate, type PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { cleanName, LONE_NAME, NAME } from '../../indexer/infer/outlet-names.ts';
import { isPlatform } from '../../indexer/infer/outlet-words.ts';
import { SEGMENT } from '../../indexer/infer/outlet-structure.ts';
import { quote } from '../../indexer/infer/quote.ts';

/** The kinds this module adds, in the order the model's features name them. */
export const WIDE_KINDS = ['top-line', 'parts-lead', 'glued', 'foot-line', 'foot-label', 'short-name', 'after-colon'] as const;

/** A name line is short: mastheads and labels are a few words. */
const MAX_WORDS = 5;
const MAX_CHARS = 48;
/** Lines read as the top when the cleaner found no headline. */
const TOP_LINES = 6;
/** The foot: the last share of the page's lines. */
const FOOT_SHARE = 0.15;
/** A short line opening with a capital, of words without sentence marks. */
const LOOSE_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}.&'’-]*){0,3}$/u;
/** Every capitalised run of a line. */
const NAMES = new RegExp(NAME, 'gu');
/** "Foto: Example", "Źródło: Example": a short label, then a name alone. */
const AFTER_COLON = new RegExp(`^[\\p{L} ]{2,24}:\\s*(${NAME})$`, 'u');
/** A word with a capital inside after lower case: "SportUpdated", "VoetbalAangepast". */
const GLUED = /^\p{Lu}?\p{Ll}+\p{Lu}/u;

export function wideCandidates(lines: readonly PageLine[], headlineLine: number | null): OutletCandidate[] {
  const out: OutletCandidate[] = [];
  const n = lines.length;
  const topEnd = headlineLine ?? lines[Math.min(n, TOP_LINES) - 1]?.line ?? 0;
  const footStart = Math.floor(n * (1 - FOOT_SHARE));
  const push = (raw: string, kind: string, what: string, l: PageLine, loose = false) => {
    const name = nameOf(raw, loose);
    if (name) out.push({ value: name, score: 0, kind, evidence: `${what} line ${l.line} '${quote(l.text)}'`, line: l.line });
  };
  lines.forEach((l, i) => {
    if (l.words > 14) return;
    const parts = l.text.split(SEGMENT);
    if (parts.length > 1) push(parts[0]!, 'parts-lead', 'first part of', l);
    const words = l.text.split(' ');
    if (words.length >= 2 && words.length <= 4 && GLUED.test(words[1]!)) push(words[0]!, 'glued', 'name glued to a section on', l);
    const colon = AFTER_COLON.exec(l.text);
    if (colon) push(colon[1]!, 'after-colon', 'name after a label on', l);
    const edge = l.line <= topEnd || i >= footStart;
    // Capitalised runs inside a short line at the top or foot ("Regionální zprávy EXAMPLE", "Back to Example's front page").
    if (edge && l.words <= 6)
      for (const m of l.text.matchAll(NAMES)) if (m[0] !== l.text) push(m[0], 'short-name', 'name inside a short line,', l);
    if (l.words > MAX_WORDS || l.text.length > MAX_CHARS) return;
    // The headline too: a page whose only title is its masthead has the cleaner take the masthead for it.
    if (l.line <= topEnd) push(l.text, 'top-line', 'short line at the top,', l, true);
    if (i >= footStart && l.reason !== 'headline') push(l.text, 'foot-line', 'short line at the foot,', l, true);
  });
  footLabels(lines, footStart, push);
  return out;
}

/** A short line written twice or more, once at least at the foot: a site's sign-off or a label. */
function footLabels(
  lines: readonly PageLine[],
  footStart: number,
  push: (raw: string, kind: string, what: string, l: PageLine, loose?: boolean) => void,
): void {
  const count = new Map<string, number>();
  for (const l of lines) if (l.words <= MAX_WORDS && l.text.length <= MAX_CHARS) count.set(l.text, (count.get(l.text) ?? 0) + 1);
  const done = new Set<string>();
  for (let i = footStart; i < lines.length; i++) {
    const l = lines[i]!;
    if ((count.get(l.text) ?? 0) < 2 || done.has(l.text)) continue;
    done.add(l.text);
    push(l.text, 'foot-label', 'label repeated, at the foot on', l);
  }
}

/**
 * A name, or with `loose` any short line that opens with a capital and does not end a sentence:
 * "Dolenjski list", "Policie České republiky" write their later words in lower case.
 */
function nameOf(raw: string, loose = false): string | null {
  const text = raw.trim();
  const shaped = LONE_NAME.test(text) || (loose && LOOSE_NAME.test(text));
  if (!shaped || /[.:!?]$/.test(text) || DATE_LIKE.test(text)) return null;
  const name = cleanName(text);
  return name && !isPlatform(name) ? name : null;
}
