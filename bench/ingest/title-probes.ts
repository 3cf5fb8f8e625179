/**
 * How the title rules hold when a dev page's top changes shape the way unseen pages do: each dev
 * page whose headline comes out right is cleaned again with its headline line decorated (a site or
 * section name appended or prefixed with one separator or another) or with a short name line put
 * right above it (a masthead, a section, a kicker). The made-up names below are this tool's own
 * text, not any page's; a rule is judged by how many real page contexts keep their title under
 * each probe, not by one page. Dev pages only (a set's held-out split is never read).
 *
 *   npx tsx bench/ingest/title-probes.ts [--only REGEX] [--show] DIR…
 *
 * --only runs the probes whose name matches REGEX; --show lists each broken page with what it got.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { lineKey } from '../../indexer/clean/shape.ts';
import { labelledPages } from './pages.ts';
import { sameTitle } from './score.ts';

/** Sets whose every page is dev although labelled held-out (the brief makes them dev). */
const ALL_DEV = new Set(['blind', 't', 'u', 'f']);

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' / ', ' » ', ' : ', ' || ', ' ~ '];
const SITES = ['Harbour Gazette', 'The Valley Times', 'Nordwind', 'harbourgazette.com', 'HARBOUR GAZETTE'];
const CHAINS = ['Politics | Harbour Gazette', 'Local news | Harbour Gazette', 'Local news - Harbour Gazette', 'News - Nordwind'];
const MASTHEADS = ['Harbour Gazette', 'Local news', 'Nordwind', 'Politics and Courts', 'THE VALLEY TIMES'];
/** Made-up paragraphs of a page's chrome, for the probes that print one above the headline. */
const CHROME_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  [
    'ticker',
    'Council votes to keep the night bus running Police: two arrested after a break-in at the marina shop Weather: storm warning for the coast on Sunday night Schools reopen on Monday after repairs',
  ],
  ['caption', 'Harbour master Anne Boyd with members of the new volunteer crew at the quay on Tuesday evening this week.'],
  [
    'icons',
    'Calendar An icon of a calendar. Close An icon of a cross. Envelope An icon of an envelope. Share An icon of three dots joined by lines.',
  ],
];
/** Names with their made-up addresses, for probes that also print the name elsewhere on the page. */
const NAMED = [
  { name: 'Nordwind', domain: 'nordwind.de' },
  { name: 'Harbour Gazette', domain: 'harbourgazette.com' },
];
/** Where else a page may print its site's name: a line added at the page's foot (or, for the masthead, its top). */
const EVIDENCE: ReadonlyArray<readonly [string, (name: string, domain: string) => string]> = [
  ['address in a sentence', (_, d) => `Send your news and pictures to desk@${d} today`],
  ['address alone', (_, d) => `www.${d}`],
  ['© line', (n) => `© 2024 ${n}. All rights reserved.`],
  ['name alone', (n) => n],
];

interface Probe {
  name: string;
  /** The page's lines with the probe applied, given the headline's 0-based line. */
  apply: (lines: string[], at: number, title: string, page: Page) => string[];
  /** Runs only on pages whose text names their outlet (the probe uses the page's own outlet). */
  ownOutlet?: boolean;
}

function probes(): Probe[] {
  const out: Probe[] = [{ name: 'none', apply: (l) => l }];
  const replace = (lines: string[], at: number, text: string) => lines.map((l, i) => (i === at ? text : l));
  const insert = (lines: string[], at: number, text: string) => [...lines.slice(0, at), text, ...lines.slice(at)];
  for (const sep of SEPARATORS) {
    for (const site of [...SITES, ...CHAINS]) {
      out.push({ name: `suffix alone: T${sep}${site}`, apply: (l, at, t) => replace(l, at, `${t}${sep}${site}`) });
      out.push({ name: `suffix over copy: T${sep}${site}`, apply: (l, at, t) => insert(l, at, `${t}${sep}${site}`) });
    }
    for (const site of SITES) {
      out.push({ name: `prefix alone: ${site}${sep}T`, apply: (l, at, t) => replace(l, at, `${site}${sep}${t}`) });
      out.push({ name: `prefix over copy: ${site}${sep}T`, apply: (l, at, t) => insert(l, at, `${site}${sep}${t}`) });
    }
  }
  for (const sep of [' - ', ' | ', ' – ']) {
    for (const { name, domain } of NAMED) {
      for (const [where, line] of EVIDENCE) {
        const foot = (l: string[]) => (where === 'name alone' ? [line(name, domain), ...l] : [...l, line(name, domain)]);
        out.push({ name: `suffix alone, ${where}: T${sep}${name}`, apply: (l, at, t) => foot(replace(l, at, `${t}${sep}${name}`)) });
        out.push({ name: `prefix alone, ${where}: ${name}${sep}T`, apply: (l, at, t) => foot(replace(l, at, `${name}${sep}${t}`)) });
      }
    }
    // The page's own outlet, which its text names somewhere else in its own words.
    out.push({
      name: `own outlet, suffix alone: T${sep}Outlet`,
      ownOutlet: true,
      apply: (l, at, t, p) => replace(l, at, `${t}${sep}${p.outlet}`),
    });
    out.push({
      name: `own outlet, prefix alone: Outlet${sep}T`,
      ownOutlet: true,
      apply: (l, at, t, p) => replace(l, at, `${p.outlet}${sep}${t}`),
    });
  }
  // A paragraph of the page's chrome printed above the headline (a ticker of other stories, a
  // picture's caption, icons' alt texts): the scan must look past it to the article header.
  for (const [name, text] of CHROME_PARAGRAPHS) {
    out.push({ name: `paragraph above: ${name}`, apply: (l, at) => insert(insert(l, at, ''), at, text) });
  }
  for (const t of [
    'Council approves new harbour wall after a decade of storms',
    'Nordwind Weekly Ferry Timetable and Harbour Events Guide 2024 Edition',
  ]) {
    out.push({ name: `teaser above: ${t}`, apply: (l, at) => insert(l, at, t) });
    out.push({ name: `teaser above, blank between: ${t}`, apply: (l, at) => insert(insert(l, at, ''), at, t) });
  }
  for (const m of MASTHEADS) {
    out.push({ name: `line above: ${m}`, apply: (l, at) => insert(l, at, m) });
    out.push({ name: `line above, blank between: ${m}`, apply: (l, at) => insert(insert(l, at, ''), at, m) });
  }
  return out;
}

interface Page {
  set: string;
  source: string;
  lines: string[];
  at: number;
  /** The headline line as printed (decorations are added to it). */
  title: string;
  /** The headline the truth record gives. */
  want: string;
  /** The page's outlet when its text names it, else null. */
  outlet: string | null;
}

function titleOf(text: string, source: string): string | null {
  const result = articleFromFile({ bytes: Buffer.from(text, 'utf8'), source });
  return result.ok ? result.article.title : null;
}

/** Dev pages whose headline sits alone on its line and comes out right as they are. */
function pagesOf(dir: string): Page[] {
  const set = path.basename(dir);
  const out: Page[] = [];
  for (const { source, truth } of labelledPages(dir)) {
    if ((truth.split !== 'dev' && !ALL_DEV.has(set)) || !truth.title || !truth.titleLine) continue;
    const lines = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8').split('\n');
    const at = truth.titleLine - 1;
    if (lineKey(lines[at] ?? '') !== lineKey(truth.title)) continue;
    const got = titleOf(lines.join('\n'), source);
    if (got !== null && sameTitle(got, truth.title))
      out.push({ set, source, lines, at, title: lines[at]!.trim(), want: truth.title, outlet: truth.outletStated ? truth.outlet : null });
  }
  return out;
}

await loadLanguageDetector();
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new RegExp(args.splice(onlyAt, 2)[1]!) : null;
const showAt = args.indexOf('--show');
const show = showAt >= 0 && args.splice(showAt, 1).length > 0;
const pages = args.flatMap(pagesOf);
console.log(`${pages.length} dev pages with a right title on a line of its own`);
for (const probe of probes().filter((p) => only === null || only.test(p.name))) {
  let broken = 0;
  const probed = probe.ownOutlet ? pages.filter((p) => p.outlet !== null) : pages;
  for (const p of probed) {
    const got = titleOf(probe.apply(p.lines, p.at, p.title, p).join('\n'), p.source);
    if (got !== null && sameTitle(got, p.want)) continue;
    broken++;
    if (show) console.log(`  ${p.set}/${p.source}: got "${got}"`);
  }
  console.log(`${String(broken).padStart(4)} broken  ${probe.name}${probe.ownOutlet ? ` (of ${probed.length})` : ''}`);
}
