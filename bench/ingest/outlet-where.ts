/**
 * `npx tsx bench/ingest/outlet-where.ts [--dir DIR] [--show]`: where pages write their outlet's
 * name, per split, as counts only (issue 18): on how many pages that name it the name is written
 * once or more; for each place, its position (the first six lines, the last 15 %, between), its
 * length (a name line of up to five words, a short line of up to 14, prose) and what the cleaner
 * made of the line; and in prose, how the sentence holds the name (at its start, in brackets, after
 * a lower-case word…). It says which kinds of signal could reach the outlet before any rule is
 * written. `--show` prints the dev split's lines (never the held-out split's).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { pageLines, type PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { pageAccess, PAGES_DIR } from './pages.ts';
import type { PageTruth } from './score.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, show: { type: 'boolean', default: false } } });

/** Letters and digits only, accents and case aside: how the name is looked for in a line. */
const folded = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

type Tally = Map<string, number>;
const count = (t: Tally, key: string) => t.set(key, (t.get(key) ?? 0) + 1);
const splits = {
  dev: { times: new Map(), places: new Map(), prose: new Map() },
  heldout: { times: new Map(), places: new Map(), prose: new Map() },
} as Record<PageTruth['split'], { times: Tally; places: Tally; prose: Tally }>;

const { show } = pageAccess(values.dir, values.show);
for (const folder of fs.readdirSync(values.dir).sort()) {
  const truthFile = path.join(values.dir, folder, 'truth.jsonl');
  if (!fs.existsSync(truthFile)) continue;
  for (const row of fs.readFileSync(truthFile, 'utf8').split('\n')) {
    if (row.trim() === '') continue;
    const truth = JSON.parse(row) as PageTruth;
    if (!truth.outletStated) continue;
    const lines = pageLines(cleanText(fs.readFileSync(path.join(values.dir, folder, truth.file), 'utf8')));
    const want = folded(truth.outlet.replace(/^(?:the|www\.)\s*/i, '').replace(/\.[a-z]{2,6}$/i, ''));
    const at = want.length < 2 ? [] : lines.flatMap((l, i) => (folded(l.text).includes(want) ? [{ l, i }] : []));
    const s = splits[truth.split];
    count(s.times, at.length === 0 ? 'nowhere' : at.length === 1 ? 'once' : 'twice or more');
    for (const place of new Set(at.map(({ l, i }) => placeOf(l, i, lines.length, want)))) count(s.places, place);
    for (const { l, i } of at) if (l.words > 14) count(s.prose, proseShape(l, i, lines.length, truth.outlet));
    if (show && truth.split === 'dev')
      for (const { l, i } of at)
        console.log(`${folder}/${truth.file} ${placeOf(l, i, lines.length, want)} L${l.line}: ${l.text.slice(0, 140)}`);
  }
}

function edge(i: number, n: number): string {
  return i < 6 ? 'top' : i >= Math.floor(n * 0.85) ? 'foot' : 'middle';
}

function placeOf(l: PageLine, i: number, n: number, want: string): string {
  const length = l.words <= 5 ? 'name line' : l.words <= 14 ? 'short line' : 'prose';
  const alone = folded(l.text) === want ? ', alone' : '';
  return `${edge(i, n)}, ${length}${alone}, ${l.reason ?? 'kept'}`;
}

/** How a sentence holds the name: where it stands and what is around it. */
function proseShape(l: PageLine, i: number, n: number, outlet: string): string {
  const name = outlet.replace(/^the\s+/i, '');
  const at = l.text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return `${edge(i, n)}, written otherwise (inflected, spaced, an address)`;
  const before = l.text.slice(0, at).trim();
  const after = l.text.slice(at + name.length);
  const shape = [before === '' ? 'opens the line' : before.split(/\s+/).length <= 3 ? 'in the first words' : 'later'];
  if (/\($/.test(before) || /^\)/.test(after)) shape.push('in brackets');
  if (/^\)?\s*[-–—:]/.test(after)) shape.push('then a dash or colon');
  if (/\p{Ll}$/u.test(before)) shape.push('after a lower-case word');
  if (/^['’]?s?\s+\p{Ll}/u.test(after)) shape.push('before a lower-case word');
  return `${edge(i, n)}, ${shape.join(', ')}`;
}

for (const [split, s] of Object.entries(splits)) {
  console.log(`${split}: pages naming the outlet ${[...s.times].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log('  places (pages)');
  for (const [k, v] of [...s.places].sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(3)}  ${k}`);
  console.log('  in prose (lines)');
  for (const [k, v] of [...s.prose].sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(3)}  ${k}`);
}
