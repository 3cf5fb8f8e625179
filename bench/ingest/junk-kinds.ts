/**
 * `npx tsx bench/ingest/junk-kinds.ts`: which kinds of junk leak, per split, as aggregate figures
 * only (kept/total per labelled kind; body lines lost per drop reason; kept junk by where it sits
 * relative to the article's body). No page text is printed, so the held-out split can be looked at
 * to see whether a rule generalises without being read to tune one.
 *
 *   npx tsx bench/ingest/junk-kinds.ts [--dir DIR]
 */
import { parseArgs } from 'node:util';
import { PAGES_DIR, scorePages } from './pages.ts';
import { bodyLostByReason, junkByKind, type KindTally } from './report.ts';
import type { PageScore } from './score.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR } } });
const scores = await scorePages(values.dir);
const splits = ['dev', 'heldout'] as const;

/** Kept junk lines by position: before the title line, between title and last body line, after it. */
function byPosition(pages: readonly PageScore[]): Record<string, number> {
  const out: Record<string, number> = { 'above title': 0, 'title..last body': 0, 'after last body': 0, 'no title line': 0 };
  for (const p of pages) {
    const lastBody = p.lastBodyLine;
    for (const j of p.junkKept) {
      if (p.truth.titleLine === null) out['no title line']!++;
      else if (j.line < p.truth.titleLine) out['above title']!++;
      else if (j.line <= lastBody) out['title..last body']!++;
      else out['after last body']!++;
    }
  }
  return out;
}

const kinds = splits.map((s) => junkByKind(scores.filter((p) => p.split === s)));
const allKinds = [...new Set(kinds.flatMap((k) => [...k.keys()]))].sort(
  (a, b) => (kinds[1]!.get(b)?.kept ?? 0) - (kinds[1]!.get(a)?.kept ?? 0),
);
const cell = (t: KindTally | undefined) =>
  (t
    ? `${t.kept}/${t.total} ${((100 * t.kept) / Math.max(1, t.total)).toFixed(0).padStart(3)}% ${String(t.pages).padStart(2)}p`
    : ''
  ).padStart(20);
console.log(`${'junk kind (kept/total, pages)'.padEnd(24)}${splits.map((s) => s.padStart(20)).join('')}`);
for (const kind of allKinds) console.log(`${kind.padEnd(24)}${kinds.map((k) => cell(k.get(kind))).join('')}`);

console.log(`\n${'kept junk by position'.padEnd(24)}${splits.map((s) => s.padStart(15)).join('')}`);
const positions = splits.map((s) => byPosition(scores.filter((p) => p.split === s)));
for (const key of Object.keys(positions[0]!)) console.log(`${key.padEnd(24)}${positions.map((p) => String(p[key]).padStart(15)).join('')}`);

console.log(`\n${'body lost by reason'.padEnd(24)}${splits.map((s) => s.padStart(15)).join('')}`);
const lost = splits.map((s) => bodyLostByReason(scores.filter((p) => p.split === s)));
for (const reason of [...new Set(lost.flatMap((l) => [...l.keys()]))].sort()) {
  console.log(`${reason.padEnd(24)}${lost.map((l) => String(l.get(reason) ?? 0).padStart(15)).join('')}`);
}

/** Kept junk and kept body lines counted under a key, per split: where a feature could separate them. */
type JunkOrBody = Map<string, { junk: number; body: number }>;

/** Each kept line of the pages (junk and body) counted under `keyOf`'s key; lines it gives no key are skipped. */
function countKept(pages: readonly PageScore[], keyOf: (p: PageScore, line: number, text: string) => string | null): JunkOrBody {
  const out: JunkOrBody = new Map();
  for (const p of pages) {
    const add = (n: number, junk: boolean) => {
      const key = keyOf(p, n, p.lines[n - 1]!.trim());
      if (key === null) return;
      const t = out.get(key) ?? out.set(key, { junk: 0, body: 0 }).get(key)!;
      if (junk) t.junk++;
      else t.body++;
    };
    for (const j of p.junkKept) add(j.line, true);
    for (const n of p.keptBodyLines) add(n, false);
  }
  return out;
}

function printJunkOrBody(title: string, keyOf: (p: PageScore, line: number, text: string) => string | null): void {
  console.log(`\n${title.padEnd(24)}${splits.map((s) => `${s} junk/body`.padStart(20)).join('')}`);
  const tallies = splits.map((s) =>
    countKept(
      scores.filter((p) => p.split === s),
      keyOf,
    ),
  );
  for (const key of [...new Set(tallies.flatMap((m) => [...m.keys()]))].sort()) {
    console.log(`${key.padEnd(24)}${tallies.map((m) => `${m.get(key)?.junk ?? 0}/${m.get(key)?.body ?? 0}`.padStart(20)).join('')}`);
  }
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A paragraph-shaped line: 8+ words ending a sentence. */
const isParagraph = (text: string | undefined) => text !== undefined && text.split(/\s+/).length >= 8 && SENTENCE_END.test(text);
/** A short line: 1-3 words, no sentence end. */
const isShort = (text: string) => text.split(/\s+/).length <= 3 && !SENTENCE_END.test(text);

// Kept lines by shape (word count, sentence end).
printJunkOrBody('kept lines by shape', (_p, _n, text) => {
  const n = wordCount(text);
  const size = n <= 3 ? '1-3w' : n <= 8 ? '4-8w' : n <= 20 ? '9-20w' : '21+w';
  return `${size} ${SENTENCE_END.test(text) ? 'sentence' : 'no-stop'}`;
});

console.log(`\n${'pages by junk kept'.padEnd(24)}${splits.map((s) => s.padStart(20)).join('')}`);
for (const [label, lo, hi] of [
  ['0', 0, 0],
  ['1', 1, 1],
  ['2-4', 2, 4],
  ['5-9', 5, 9],
  ['10+', 10, Infinity],
] as const) {
  console.log(
    `${label.padEnd(24)}${splits.map((s) => String(scores.filter((p) => p.split === s && p.junkKept.length >= lo && p.junkKept.length <= hi).length).padStart(20)).join('')}`,
  );
}

// Short kept lines by their neighbours: is the nearest non-blank line above / below a paragraph,
// and is the line set off by blank lines.
printJunkOrBody('short kept: prev/next para', (p, n, text) => {
  if (!isShort(text)) return null;
  const nearest = (step: number) => {
    for (let i = n - 1 + step; i >= 0 && i < p.lines.length; i += step) if (p.lines[i]!.trim() !== '') return p.lines[i]!.trim();
    return undefined;
  };
  const blank = (i: number) => (p.lines[i] ?? '').trim() === '';
  return `${isParagraph(nearest(-1)) ? 'P' : '-'}${isParagraph(nearest(1)) ? 'P' : '-'} ${blank(n - 2) && blank(n) ? 'spaced' : 'packed'}`;
});

// Short kept lines by zone (before the first paragraph-shaped line, between, after the last), the
// run of adjacent non-blank lines they sit in, and digits.
const paragraphLines = new Map(scores.map((p) => [p, p.lines.map((l, i) => (isParagraph(l.trim()) ? i + 1 : 0)).filter((n) => n > 0)]));
printJunkOrBody('short kept: zone/run', (p, n, text) => {
  if (!isShort(text)) return null;
  const paras = paragraphLines.get(p)!;
  let a = n;
  while (a > 1 && p.lines[a - 2]!.trim() !== '') a--;
  let b = n;
  while (b < p.lines.length && p.lines[b]!.trim() !== '') b++;
  const run = b - a + 1;
  const zone = n < (paras[0] ?? Infinity) ? 'head' : n > (paras.at(-1) ?? -Infinity) ? 'tail' : 'body';
  return `${zone} run${run >= 3 ? '3+' : run} ${/\d/.test(text) ? 'digits' : 'letters'}`;
});
