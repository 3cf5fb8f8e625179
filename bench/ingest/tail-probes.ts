/**
 * `npx tsx bench/ingest/tail-probes.ts [--dir DIR …] [--root CHECKOUT] [--show PROBE]`: made-up
 * closing furniture put under the last body line of every dev page, and how much of it the cleaner
 * keeps; beside it, the page's own story lines lost with the probe below them. The labelled pages
 * hold too few tails of each shape to measure a tail rule on (a rule firing on one page is a guess),
 * and the held-out halves are not to be read: a probe puts the same shape under a hundred stories
 * in many languages. The labels are words of no language (no phrase rule reads them), so what is
 * measured is the structural rules. Pages the scraper cut off keep their cut last line above the probe, which
 * no real page has: losses of such lines count against every variant alike, so compare checkouts
 * (`--root /work/main`), not absolute figures. Dev pages only; `--show` prints the story lines lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true }, root: { type: 'string' }, show: { type: 'string' } },
});
const root = values.root ?? fileURLToPath(new URL('../../', import.meta.url));
const { cleanText } = (await import(path.join(root, 'indexer/clean/index.ts'))) as typeof import('../../indexer/clean/index.ts');

const LABELS = ['Xyzzy', 'Plugh', 'Frobnic', 'Quux'];
const HEADS = [
  'Zorbal tiknu manbo lefter osk prinda velo',
  'Wendal ostrik pomba nelu krast vindo sel',
  'Morlo vent stako pilu arbent osk trimo',
];
const noEnd = (t: string) => t.replace(/[.!?…"”’»]+$/u, '');
const slice = (t: string, from: number, to: number) => t.split(/\s+/).slice(from, to).join(' ');

/** Each probe's lines, from the page's longest body line (for headlines on the story's own subject). */
const PROBES: ReadonlyArray<readonly [name: string, lines: (longest: string) => string[]]> = [
  ['labels, then two headlines on the story subject', (t) => [...LABELS, noEnd(slice(t, 0, 8)), noEnd(slice(t, 8, 16))]],
  ['labels around a counter, then two headlines', () => [LABELS[0]!, LABELS[1]!, '12', LABELS[3]!, ...HEADS.slice(0, 2)]],
  ['three labels, then three headlines', () => [...LABELS.slice(0, 3), ...HEADS]],
  // A colon label stops story-end.ts (a colon introduces the story's own list): not taken yet.
  ['a colon label, labels, then two headlines', () => [`${LABELS[0]}:`, ...LABELS.slice(1), ...HEADS.slice(0, 2)]],
];

const tally = new Map<string, { kept: number; probed: number; storyLost: number }>();
for (const dir of values.dir ?? [PAGES_DIR]) {
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const lines = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8').split('\n');
    const junk = new Set(truth.junkLines);
    const body = lines.flatMap((s, i) => (s.trim() !== '' && !junk.has(i + 1) && i + 1 !== truth.titleLine ? [i + 1] : []));
    if (body.length < 3) continue;
    const last = body.at(-1)!;
    const longest = body.map((n) => lines[n - 1]!.trim()).sort((a, b) => b.length - a.length)[0]!;
    for (const [name, make] of PROBES) {
      const probe = make(longest);
      const text = [...lines.slice(0, last), '', ...probe.flatMap((p) => [p, ''])].join('\n');
      const kept = new Set(cleanText(text).kept.map((k) => k.line));
      const t = tally.get(name) ?? { kept: 0, probed: 0, storyLost: 0 };
      probe.forEach((_, k) => {
        t.probed++;
        if (kept.has(last + 2 + 2 * k)) t.kept++;
      });
      for (const n of body) {
        if (kept.has(n)) continue;
        t.storyLost++;
        if (values.show === name) console.log(`lost ${source} L${n}: ${lines[n - 1]!.trim().slice(0, 90)}`);
      }
      tally.set(name, t);
    }
  }
}
console.log(`probes under the dev pages' last body line (${root})`);
for (const [name, t] of tally) console.log(`  ${name.padEnd(50)} probe lines kept ${t.kept}/${t.probed}, story lines lost ${t.storyLost}`);
