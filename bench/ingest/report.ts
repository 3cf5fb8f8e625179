/** The figures of `npm run eval:ingest` as a table, and the held-out floor the regression test keeps. */
import { fileURLToPath } from 'node:url';
import { ratio, type PageScore, type Ratio, type SplitFigures } from './score.ts';

/** The last recorded held-out figures: `npm test` fails when a change falls below them. */
export const RECORDED_FIGURES = fileURLToPath(new URL('./heldout-floor.json', import.meta.url));

export interface RecordedFigures {
  title: number;
  outlet: number;
  year: number;
  wrongYears: number;
  wrongOutlets: number;
  junkKept: number;
  bodyLost: number;
}

export function recordable(f: SplitFigures): RecordedFigures {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    title: round(ratio(f.title)),
    outlet: round(ratio(f.outlet)),
    year: round(ratio(f.year)),
    wrongYears: f.wrongYears,
    wrongOutlets: f.wrongOutlets,
    junkKept: round(ratio(f.junkKept)),
    bodyLost: round(ratio(f.bodyLost)),
  };
}

export function formatFigures(splits: Record<string, SplitFigures>): string {
  const names = Object.keys(splits);
  const row = (label: string, cell: (f: SplitFigures) => string) =>
    `${label.padEnd(34)}${names.map((n) => cell(splits[n]!).padStart(18)).join('')}`;
  const share = (r: Ratio, digits = 2) => `${ratio(r).toFixed(digits)} (${r.hits}/${r.of})`;
  const percent = (r: Ratio) => `${(ratio(r) * 100).toFixed(1)} % (${r.hits}/${r.of})`;
  return [
    row('', (f) => `${names[Object.values(splits).indexOf(f)]} (${f.pages})`),
    row('title right (excerpt has it)', (f) => share(f.title)),
    row('outlet right (text names it)', (f) => share(f.outlet)),
    row('year right (text states it)', (f) => share(f.year)),
    row('wrong years asserted (any page)', (f) => String(f.wrongYears)),
    row('wrong outlets asserted (any page)', (f) => String(f.wrongOutlets)),
    row('language right', (f) => share(f.language)),
    row('junk lines kept', (f) => percent(f.junkKept)),
    row('body lines lost', (f) => percent(f.bodyLost)),
    row('  junk kept (letter/digit lines)', (f) => percent(f.junkKeptSearchable)),
    row('  body lost (letter/digit lines)', (f) => percent(f.bodyLostSearchable)),
  ].join('\n');
}

/** kept/total of one labelled junk kind, and on how many pages some line of it was kept. */
export interface KindTally {
  kept: number;
  total: number;
  pages: number;
}

/** kept/total per labelled junk kind of the pages (aggregate: no page name, no line text). */
export function junkByKind(pages: readonly PageScore[]): Map<string, KindTally> {
  const tally = new Map<string, KindTally>();
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

/** Body lines lost per drop reason of the pages. */
export function bodyLostByReason(pages: readonly PageScore[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pages) for (const b of p.bodyLost) out.set(b.reason, (out.get(b.reason) ?? 0) + 1);
  return out;
}

/**
 * Junk kept by kind and body lost by reason, one column per split, kinds ordered by what the last
 * split (held-out) keeps: which kinds leak on pages nobody tuned on. Figures only, so they may be
 * read for the held-out split.
 */
export function formatKinds(splits: Record<string, readonly PageScore[]>): string {
  const names = Object.keys(splits);
  const kinds = names.map((n) => junkByKind(splits[n]!));
  const keys = [...new Set(kinds.flatMap((k) => [...k.keys()]))].sort(
    (a, b) => (kinds.at(-1)!.get(b)?.kept ?? 0) - (kinds.at(-1)!.get(a)?.kept ?? 0) || a.localeCompare(b),
  );
  const cell = (t: KindTally | undefined) => (t ? `${t.kept}/${t.total} on ${t.pages}p` : '').padStart(18);
  const lost = names.map((n) => bodyLostByReason(splits[n]!));
  const reasons = [...new Set(lost.flatMap((l) => [...l.keys()]))].sort();
  return [
    `${'junk kept by kind'.padEnd(34)}${names.map((n) => n.padStart(18)).join('')}`,
    ...keys.map((k) => `${`  ${k}`.padEnd(34)}${kinds.map((t) => cell(t.get(k))).join('')}`),
    'body lost by reason',
    ...reasons.map((r) => `${`  ${r}`.padEnd(34)}${lost.map((l) => String(l.get(r) ?? 0).padStart(18)).join('')}`),
  ].join('\n');
}
