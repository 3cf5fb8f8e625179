/**
 * `npx tsx bench/ingest/outlet-pattern.ts --re REGEX [--flags u] --dir DIR… [--indexer] [--show]`: the
 * bar's count for a shape of your own, before a rule is written for it (task 18out32). outlet-shapes.ts
 * counts the shapes it knows; every outlet round then wrote a throwaway script for the next one
 * ("Photographer/Outlet", "Logo X", "Source: www.X", "(X/Y) –"). This reads every line of every
 * labelled page raw, runs the pattern (the first capture group that matched is the name, else the
 * whole match) and sorts each reading: the page's labelled outlet (`sameOutlet`, as the scorer
 * compares), someone else, or a page whose truth knows no outlet. Per set and over every --dir: pages
 * naming the outlet (with their sites and sets) against pages naming someone else, which is what a
 * reader of that shape would assert; with `--indexer`, whether the indexer already names the outlet on
 * the pages where the shape names it. `--show` prints each reading of a write-from set's dev pages;
 * held-out pages and check sets give counts only, a lead's set is refused (`pageAccess`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { labelledPages, pageAccess, scorePages } from './pages.ts';
import { type PageTruth, sameOutlet } from './score.ts';

export type Verdict = 'own' | 'other' | 'unlabelled';

/** One match of the pattern on a page's line: the name it reads and whose it is. */
export interface Reading {
  line: number;
  name: string;
  verdict: Verdict;
  text: string;
}

/** The name a match reads: its first capture group that took part, else the whole match. */
function nameOf(m: RegExpExecArray): string {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined && m[i]!.trim() !== '') return m[i]!.trim();
  return m[0].trim();
}

/** Every match of `pattern` (a global regex) on the page's raw lines, sorted against the page's labelled outlet. */
export function patternReadings(pattern: RegExp, text: string, truth: Pick<PageTruth, 'outlet'>): Reading[] {
  const out: Reading[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lines[i]!); m !== null; m = pattern.exec(lines[i]!)) {
      if (m[0] === '') pattern.lastIndex++;
      const name = nameOf(m);
      const verdict: Verdict = !truth.outlet || truth.outlet === '?' ? 'unlabelled' : sameOutlet(name, truth.outlet) ? 'own' : 'other';
      out.push({ line: i + 1, name, verdict, text: lines[i]! });
    }
  }
  return out;
}

/** A page's site: its address's host when the truth records one, else the page itself. */
function siteOf(truth: { url?: string | null }, page: string): string {
  try {
    return truth.url ? new URL(truth.url).hostname.replace(/^www\./, '') : page;
  } catch {
    return page;
  }
}

interface Tally {
  own: Set<string>;
  ownSites: Set<string>;
  ownRight: Set<string>;
  other: Set<string>;
  unlabelled: Set<string>;
}
const tally = (): Tally => ({ own: new Set(), ownSites: new Set(), ownRight: new Set(), other: new Set(), unlabelled: new Set() });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      re: { type: 'string' },
      flags: { type: 'string', default: 'u' },
      dir: { type: 'string', multiple: true, default: [] },
      indexer: { type: 'boolean', default: false },
      show: { type: 'boolean', default: false },
    },
  });
  if (!values.re || values.dir.length === 0) {
    console.error('usage: outlet-pattern.ts --re REGEX [--flags u] --dir DIR… [--indexer] [--show]');
    process.exit(2);
  }
  const pattern = new RegExp(values.re, values.flags.includes('g') ? values.flags : `${values.flags}g`);
  const summary = (t: Tally): string => {
    const right = values.indexer ? `, ${t.ownRight.size} already right` : '';
    return `names the outlet on ${t.own.size} pages (${t.ownSites.size} sites${right}) / someone else on ${t.other.size} / no labelled outlet on ${t.unlabelled.size}`;
  };
  const all = tally();
  const ownSets = new Set<string>();
  for (const dir of values.dir) {
    const { show } = pageAccess(dir, values.show);
    const set = path.basename(path.resolve(dir));
    const right = new Set<string>();
    if (values.indexer) for (const s of await scorePages(dir)) if (s.outletRight) right.add(s.page);
    const t = tally();
    for (const { source, truth } of labelledPages(dir)) {
      const key = `${set}/${source}`;
      for (const r of patternReadings(pattern, fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8'), truth)) {
        if (r.verdict === 'own') {
          for (const x of [t, all]) {
            x.own.add(key);
            x.ownSites.add(siteOf(truth, key));
            if (right.has(source)) x.ownRight.add(key);
          }
          ownSets.add(set);
        } else for (const x of [t, all]) (r.verdict === 'other' ? x.other : x.unlabelled).add(key);
        if (show && truth.split === 'dev')
          console.log(
            `${r.verdict.padEnd(10)} ${source} L${r.line} '${r.name.slice(0, 40)}' want '${truth.outlet}'${right.has(source) ? ' (indexer right)' : ''} | ${r.text.slice(0, 120)}`,
          );
      }
    }
    console.log(`${dir}: ${summary(t)}`);
  }
  console.log(`\nover every set: ${summary(all)}; the outlet's pages in ${ownSets.size} sets`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
