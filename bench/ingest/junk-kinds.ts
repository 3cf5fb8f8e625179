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
import type { PageScore } from './score.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR } } });
const scores = await scorePages(values.dir);
const splits = ['dev', 'heldout'] as const;

interface Tally {
  kept: number;
  total: number;
  /** Pages where some line of the kind was kept: a leak on one page or on many. */
  pages: number;
}

/** kept/total per labelled junk kind of the pages. */
function byKind(pages: readonly PageScore[]): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  for (const p of pages) {
    for (const [kind, t] of Object.entries(p.junkByKind)) {
      const sum = tally.get(kind) ?? tally.set(kind, { kept: 0, total: 0, pages: 0 }).get(kind)!;
      sum.kept += t.kept;
      sum.total += t.total;
      if (t.kept > 0) sum.pages++;
    }
  }
  return tally;
}

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

function lostByReason(pages: readonly PageScore[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pages) for (const b of p.bodyLost) out.set(b.reason, (out.get(b.reason) ?? 0) + 1);
  return out;
}

const kinds = splits.map((s) => byKind(scores.filter((p) => p.split === s)));
const allKinds = [...new Set(kinds.flatMap((k) => [...k.keys()]))].sort((a, b) => (kinds[1]!.get(b)?.kept ?? 0) - (kinds[1]!.get(a)?.kept ?? 0));
const cell = (t: Tally | undefined) =>
  (t ? `${t.kept}/${t.total} ${((100 * t.kept) / Math.max(1, t.total)).toFixed(0).padStart(3)}% ${String(t.pages).padStart(2)}p` : '').padStart(20);
console.log(`${'junk kind (kept/total, pages)'.padEnd(24)}${splits.map((s) => s.padStart(20)).join('')}`);
for (const kind of allKinds) console.log(`${kind.padEnd(24)}${kinds.map((k) => cell(k.get(kind))).join('')}`);

console.log(`\n${'kept junk by position'.padEnd(24)}${splits.map((s) => s.padStart(15)).join('')}`);
const positions = splits.map((s) => byPosition(scores.filter((p) => p.split === s)));
for (const key of Object.keys(positions[0]!)) console.log(`${key.padEnd(24)}${positions.map((p) => String(p[key]).padStart(15)).join('')}`);

console.log(`\n${'body lost by reason'.padEnd(24)}${splits.map((s) => s.padStart(15)).join('')}`);
const lost = splits.map((s) => lostByReason(scores.filter((p) => p.split === s)));
for (const reason of [...new Set(lost.flatMap((l) => [...l.keys()]))].sort()) {
  console.log(`${reason.padEnd(24)}${lost.map((l) => String(l.get(reason) ?? 0).padStart(15)).join('')}`);
}
