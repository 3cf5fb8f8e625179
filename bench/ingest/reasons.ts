/**
 * Why titles and years fail, counted by shape per split: aggregate counts only, so the held-out
 * split can show which shape matters without naming a page or quoting its text.
 */
import { cleanText, labelLines, phraseReason } from '../../indexer/clean/index.ts';
import { couldBeHeadline, isBodyParagraph, isTopChrome } from '../../indexer/clean/title-candidates.ts';
import {
  dateStampWords,
  hasPhotoCue,
  hasTrailingCredit,
  isArrowLink,
  isBracketed,
  isBulleted,
  isByline,
  isPublicationStamp,
  isWeather,
} from '../../indexer/clean/title-shapes.ts';
import { agreement, contentStems } from '../../indexer/clean/title-agreement.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { sameTitle, type PageScore } from './score.ts';

export type ReasonCounts = Record<string, number>;

/** Title and year failures of `scores` by reason, most frequent first. */
export function failureReasons(scores: readonly PageScore[]): { title: ReasonCounts; year: ReasonCounts } {
  const title: ReasonCounts = {};
  const year: ReasonCounts = {};
  const add = (counts: ReasonCounts, reason: string) => {
    counts[reason] = (counts[reason] ?? 0) + 1;
  };
  for (const s of scores) {
    if (s.titleRight === false) add(title, titleReason(s));
    if (s.wrongYear) add(year, wrongYearReason(s));
    else if (s.yearRight === false) add(year, missingYearReason(s));
  }
  return { title: sorted(title), year: sorted(year) };
}

function titleReason(s: PageScore): string {
  const got = s.got.title ?? '';
  const want = s.truth.title ?? '';
  const from = s.got.from.title ?? '';
  const [g, w] = [key(got), key(want)];
  if (from.startsWith('file name')) {
    const own = key(s.lines[(s.truth.titleLine ?? 0) - 1] ?? '');
    if (own !== w) return `file-name fallback: headline ${own.startsWith(w) ? 'opening a longer line' : 'inside a longer line'}`;
    return `file-name fallback: headline on a line of its own, ${titleLineFate(s)}`;
  }
  const line = Number(/line (\d+)/.exec(from)?.[1] ?? NaN);
  if (g.includes(w)) return g.startsWith(w) ? 'headline with a suffix left on' : 'headline with a prefix left on';
  if (w.includes(g)) return 'part of the headline';
  if (line === s.truth.titleLine || sameTitle(s.lines[line - 1] ?? '', want)) return 'headline line, other text';
  const where = s.truth.titleLine === null ? '' : line < s.truth.titleLine ? ' above the headline' : ' below the headline';
  if (where !== ' above the headline') return `wrong line chosen${where}`;
  // Whether the line taken and the headline are about the story (share words with its paragraphs).
  const body = new Set(
    s.keptBodyLines
      .filter((n) => n > (s.truth.titleLine ?? 0))
      .slice(0, 6)
      .flatMap((n) => [...contentStems(s.lines[n - 1]!)]),
  );
  const meets = (text: string) =>
    agreement(text, body).shared >= 2 ? 'agrees' : agreement(text, body).shared === 1 ? 'one word' : 'unrelated';
  const taken = `line ${line === 1 ? '1' : '2+'}, ${meets(got)}`;
  return `wrong line chosen above the headline (taken: ${taken}; headline: ${meets(want)}, ${line < (s.truth.titleLine ?? 0) - 3 ? 'far' : 'near'})`;
}

const NOT_HEADLINE: Record<string, (text: string) => boolean> = {
  'date stamp': (t) => dateStampWords(t) >= 0 && dateStampWords(t) <= 1,
  weather: isWeather,
  byline: isByline,
  bulleted: isBulleted,
  'photo cue': hasPhotoCue,
  'trailing credit': hasTrailingCredit,
  bracketed: isBracketed,
  'publication stamp': isPublicationStamp,
  'arrow link': isArrowLink,
};

/** What the cleaner made of the headline's own line when no headline was found. */
function titleLineFate(s: PageScore): string {
  const clean = cleanText(s.lines.join('\n'));
  const at = s.truth.titleLine ?? 0;
  const dropped = clean.dropped.find((d) => d.line === at);
  const text = s.lines[at - 1]!.trim();
  if (dropped) {
    const { lines } = labelLines(s.lines.join('\n'));
    const i = lines.findIndex((l) => l.line === at);
    const paragraphAbove = s.lines.slice(0, at - 1).some((l) => isBodyParagraph(l.trim()));
    const why = phraseReason(text)
      ? `phrase ${phraseReason(text)}`
      : i >= 0 && isTopChrome(lines, i)
        ? 'top chrome'
        : paragraphAbove
          ? 'below a paragraph'
          : shapeOf(text);
    return `dropped as ${dropped.reason} (${why})`;
  }
  const above = clean.kept.filter((k) => k.line < at);
  if (above.some((k) => isBodyParagraph(k.text))) return 'kept below a paragraph';
  if (above.some((k) => /[.!?…]["'”’»)]?$/.test(k.text) && k.text.split(/\s+/).length >= 8)) return 'kept below a sentence';
  if (isBodyParagraph(text)) return 'kept, reads as a paragraph itself';
  return `kept, not taken (${shapeOf(text)}, ${above.length} kept lines above)`;
}

/** Which shape keeps a line from being a headline candidate, if any. */
function shapeOf(text: string): string {
  if (!couldBeHeadline(text)) return `not headline-shaped, ${text.split(/\s+/).length} words`;
  return Object.entries(NOT_HEADLINE).find(([, test]) => test(text))?.[0] ?? `no shape, ${text.split(/\s+/).length} words`;
}

/** Where the wrong year came from: the kind of evidence, its zone and where it sits against the headline. */
function wrongYearReason(s: PageScore): string {
  const evidence = s.got.from.date ?? '';
  const clean = cleanText(s.lines.join('\n'));
  const top = collectDateCandidates(clean).dated.find((c) => evidence.startsWith(c.evidence));
  const headline = clean.headline?.line ?? 0;
  const where = top
    ? `, ${top.zone}, ${top.line < headline ? 'above' : 'below'} the headline${evidence.includes('agreeing') ? ', agreed' : ''}`
    : '';
  const truthYear = s.truth.date ? Number(s.truth.date.slice(0, 4)) : null;
  const than = truthYear === null ? 'page undated' : (s.got.year ?? 0) > truthYear ? 'later than the page' : 'earlier than the page';
  const between = top
    ? clean.kept.filter((k) => k.line > top.line && k.line < headline).length +
      clean.dropped.filter((d) => d.line > top.line && d.line < headline).length
    : 0;
  const place = top && top.line < headline ? `, ${between} lines between, line ${top.line === 1 ? '1' : '2+'}` : '';
  const clock = top && /\d{1,2}[:.h]\d{2}/.test(s.lines[top.line - 1] ?? '') ? ', clock time' : '';
  return `wrong year from ${evidenceKind(evidence)}${where}${place}${clock}, ${than}${s.truth.yearStated ? '' : ' (no year stated)'}`;
}

/** Whether the stated year was read at all, and how strongly. */
function missingYearReason(s: PageScore): string {
  const want = s.truth.date?.slice(0, 4) ?? '';
  const { dated } = collectDateCandidates(cleanText(s.lines.join('\n')));
  const same = dated.filter((c) => c.iso.startsWith(want));
  if (same.length === 0) return dated.length === 0 ? 'year missing: no date read' : 'year missing: only other years read';
  const best = same.reduce((a, b) => (b.score > a.score ? b : a));
  const rival = dated.some((c) => !c.iso.startsWith(want) && c.score >= best.score - 2);
  return `year missing: read as ${evidenceKind(best.evidence)} (${rival ? 'another year close' : 'too weak'})`;
}

/** "stamp 'Published 3 May 2021', agreeing with line 4" → "stamp". */
function evidenceKind(evidence: string): string {
  return evidence.split("'")[0]!.trim() || evidence || 'unknown';
}

function key(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sorted(counts: ReasonCounts): ReasonCounts {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

export function formatReasons(splits: Record<string, { title: ReasonCounts; year: ReasonCounts }>): string {
  const out: string[] = [];
  for (const [split, r] of Object.entries(splits)) {
    for (const field of ['title', 'year'] as const)
      for (const [reason, n] of Object.entries(r[field]))
        out.push(`${split.padEnd(8)} ${field.padEnd(6)} ${String(n).padStart(3)}  ${reason}`);
  }
  return out.length === 0 ? '' : `\ntitle and year failures by reason (counts only):\n${out.join('\n')}`;
}
