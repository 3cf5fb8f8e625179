/**
 * Title failures by shape, and where the junk kept on pages without a headline line sits, for one
 * or more labelled sets at once: counts only, per set and split, so held-out halves can be looked
 * at as figures. A title rule is judged by what it does on sets it was not written from; this
 * puts those sets side by side.
 *
 *   npx tsx bench/ingest/title-shapes.ts [DIR…]     (default ../shared/pages)
 *
 * Shapes: no line found (the file name stands in), a wrong line above or below the headline, a
 * prefix or suffix left on, part of the headline, other. A page "without a headline line" is one
 * whose title came from its file name; its kept junk is counted above its first kept body line,
 * between body lines, or below its last body line, since only junk above a headline is what the
 * positional rules read from it.
 */
import path from 'node:path';
import { PAGES_DIR, pagesAvailable, scorePages } from './pages.ts';
import { failureReasons } from './reasons.ts';
import type { PageScore } from './score.ts';

export const SHAPES = ['no line found', 'wrong line above', 'wrong line below', 'prefix or suffix', 'part of headline', 'other'] as const;
export type TitleShape = (typeof SHAPES)[number];

/** The shape of one of `failureReasons`' title reasons. */
export function shapeOf(reason: string): TitleShape {
  if (reason.startsWith('file-name fallback')) return 'no line found';
  if (reason.startsWith('wrong line chosen above')) return 'wrong line above';
  if (reason.startsWith('wrong line chosen below')) return 'wrong line below';
  if (/^headline with a (?:prefix|suffix)/.test(reason)) return 'prefix or suffix';
  if (reason === 'part of the headline') return 'part of headline';
  return 'other';
}

export interface SplitShapes {
  pages: number;
  titleFailures: Record<TitleShape, number>;
  /** Pages whose title is the file name. */
  noHeadline: number;
  /** Junk kept on those pages, by where it sits relative to the kept body lines. */
  junkOnThem: { above: number; between: number; below: number };
  junkKept: number;
}

export function splitShapes(scores: readonly PageScore[]): SplitShapes {
  const titleFailures = Object.fromEntries(SHAPES.map((s) => [s, 0])) as Record<TitleShape, number>;
  for (const [reason, n] of Object.entries(failureReasons(scores).title)) titleFailures[shapeOf(reason)] += n;
  const junkOnThem = { above: 0, between: 0, below: 0 };
  let noHeadline = 0;
  for (const s of scores) {
    if (!(s.got.from.title ?? '').startsWith('file name')) continue;
    noHeadline++;
    const first = s.keptBodyLines[0] ?? Number.POSITIVE_INFINITY;
    for (const j of s.junkKept) {
      if (j.line < first) junkOnThem.above++;
      else if (j.line > s.lastBodyLine) junkOnThem.below++;
      else junkOnThem.between++;
    }
  }
  const junkKept = scores.reduce((n, s) => n + s.junkKept.length, 0);
  return { pages: scores.length, titleFailures, noHeadline, junkOnThem, junkKept };
}

function formatRow(name: string, f: SplitShapes): string {
  const shapes = SHAPES.map((s) => f.titleFailures[s])
    .map((n) => String(n).padStart(6))
    .join('');
  const { above, between, below } = f.junkOnThem;
  return `${name.padEnd(22)}${String(f.pages).padStart(6)}${shapes}${String(f.noHeadline).padStart(8)}   ${above}/${between}/${below} of ${f.junkKept}`;
}

async function main(dirs: string[]): Promise<void> {
  console.log(
    `${'set split'.padEnd(22)} pages  none above below affix  part other  no-hl   junk on no-hl pages above/between/below of all kept`,
  );
  for (const dir of dirs) {
    if (!pagesAvailable(dir)) {
      console.error(`title-shapes: no labelled pages at ${dir}`);
      continue;
    }
    const scores = await scorePages(dir);
    for (const split of ['dev', 'heldout'] as const) {
      const part = scores.filter((s) => s.split === split);
      if (part.length > 0) console.log(formatRow(`${path.basename(dir)} ${split}`, splitShapes(part)));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  await main(dirs.length > 0 ? dirs : [PAGES_DIR]);
}
