/**
 * Per-page snapshot of what the indexer settles on labelled sets, and the pages that change
 * between two snapshots: a rule is judged by every page it moves, right to wrong and wrong to
 * right, per set. Held-out pages are compared as counts only (never named or printed).
 *
 *   npx tsx bench/ingest/title-flips.ts snap [--urls] OUT.json DIR…   (--urls: each page's truth URL as its stated url)
 *   npx tsx bench/ingest/title-flips.ts diff BEFORE.json AFTER.json [SET…] [--counts SET,…]
 *
 * SET… names sets whose held-out split is open for reading (a set labelled "heldout" throughout
 * that the brief makes dev, such as blind): their changed pages are listed too. `--counts` names
 * check sets (d8, d9) whose pages are labelled dev but must be read as figures only: their pages
 * are never listed, only the per-split counts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scorePages } from './pages.ts';

interface Snap {
  set: string;
  page: string;
  split: string;
  title: boolean | null;
  year: boolean | null;
  outlet: boolean | null;
  wrongYear: boolean;
  wrongOutlet: boolean;
  junkKept: number;
  bodyLost: number;
}

async function snap(out: string, dirs: string[], urls: boolean): Promise<void> {
  const rows: Snap[] = [];
  for (const dir of dirs) {
    for (const s of await scorePages(dir, { urls })) {
      rows.push({
        set: path.basename(dir),
        page: s.page,
        split: s.split,
        title: s.titleRight,
        year: s.yearRight,
        outlet: s.outletRight,
        wrongYear: s.wrongYear,
        wrongOutlet: s.wrongOutlet,
        junkKept: s.junkKept.length,
        bodyLost: s.bodyLost.length,
      });
    }
  }
  writeFileSync(out, JSON.stringify(rows));
}

function diff(beforeFile: string, afterFile: string, open: readonly string[], countsOnly: readonly string[] = []): void {
  const before = new Map((JSON.parse(readFileSync(beforeFile, 'utf8')) as Snap[]).map((r) => [`${r.set}/${r.page}`, r]));
  const sums = new Map<string, { toWrong: number; toRight: number; other: number }>();
  for (const a of JSON.parse(readFileSync(afterFile, 'utf8')) as Snap[]) {
    const b = before.get(`${a.set}/${a.page}`);
    if (!b) continue;
    const key = `${a.set} ${a.split}`;
    const sum = sums.get(key) ?? { toWrong: 0, toRight: 0, other: 0 };
    sums.set(key, sum);
    const changes: string[] = [];
    if (a.title !== b.title) changes.push(`title ${b.title} -> ${a.title}`);
    if (a.year !== b.year || a.wrongYear !== b.wrongYear) changes.push('year');
    if (a.outlet !== b.outlet || a.wrongOutlet !== b.wrongOutlet) changes.push('outlet');
    if (a.junkKept !== b.junkKept) changes.push(`junk kept ${b.junkKept} -> ${a.junkKept}`);
    if (a.bodyLost !== b.bodyLost) changes.push(`body lost ${b.bodyLost} -> ${a.bodyLost}`);
    if (changes.length === 0) continue;
    if (a.title === false && b.title === true) sum.toWrong++;
    else if (a.title === true && b.title === false) sum.toRight++;
    else sum.other++;
    if ((a.split === 'dev' || open.includes(a.set)) && !countsOnly.includes(a.set))
      console.log(`${a.set}/${a.page}: ${changes.join(', ')}`);
  }
  for (const [key, s] of sums) console.log(`${key}: title right->wrong ${s.toWrong}, wrong->right ${s.toRight}, other changes ${s.other}`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'snap') {
  const urls = args.includes('--urls');
  const rest = args.filter((a) => a !== '--urls');
  await snap(rest[0]!, rest.slice(1), urls);
} else if (cmd === 'diff') {
  const at = args.indexOf('--counts');
  const countsOnly = at < 0 ? [] : (args[at + 1] ?? '').split(',').filter(Boolean);
  const rest = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  diff(rest[0]!, rest[1]!, rest.slice(2), countsOnly);
} else console.error('usage: title-flips.ts snap OUT.json DIR… | diff BEFORE.json AFTER.json [SET…] [--counts SET,…]');
