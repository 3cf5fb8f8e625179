/** The figures of `npm run eval:ingest` as a table, and the held-out floor the regression test keeps. */
import { fileURLToPath } from 'node:url';
import { ratio, type Ratio, type SplitFigures } from './score.ts';

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
  ].join('\n');
}
