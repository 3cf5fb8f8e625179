/**
 * `npx tsx bench/ingest/outlet-url-causes.ts --dir DIR… [--show] [--ways]`: the wrong outlets a set scores
 * when each page is given its address (the eval's `--urls`), counted by cause (task 18out15). The
 * address wins on nearly every such page, so a wrong outlet is the address read in a poor form or
 * the wrong part of it. Causes, in the order they are tried:
 *
 * - `other-script`: the label writes the name only in a script with no Latin letters ("例" for
 *   example.jp): no reading of the address can spell it;
 * - `form`: the label's name up to accents, spaces, case and "The" ("Exampleaa" for "Example Åa");
 * - `platform`: a hosting platform's address (a blog host, an archive, a publishing service),
 *   where the site is a part of the host or of the path;
 * - `official`: a host under a state's own suffix (`officialHost`: "quayton.gov.example"), whose
 *   label is a place or an office's short form;
 * - `subdomain`: a subdomain of the host spells (part of) the label: the site lives under another
 *   site's domain ("example.host.org" for "Example Mail");
 * - `longer-name`: the label's name starts or ends with the address's label ("Example" for
 *   "Example News", "Gemeente Example");
 * - `inside-name`: one holds the other elsewhere ("Exnews" for "The Daily Exnews Tribune");
 * - `text-winner`: a name read in the text won, not the address (another outlet named as the
 *   story's source, a section);
 * - `other-host-part`: another part of the host than the site's label;
 * - `different`: the site's name shares no letters' run with its address ("Exn" for "Harbour Post").
 *
 * Each cause is split by whether the page names its outlet (`stated`) and, whatever the label says,
 * by whether the labelled name is written anywhere on the page (`written`: its letters, case,
 * spaces and accents aside, inside any line): a name the page never writes is out of reach of any
 * reading of the page, and only the address's form can match it (task 18url30: 42 of the 49 wrong
 * with addresses on the thirtieth session's write-from sets). `--ways` adds, over every page given
 * an address, how the address named it (the outlet list, the page's spelling, the page's words,
 * the registered label, the first line's longer name, or a name read in the text winning) against
 * right, wrong and Unknown, stated and not: what silencing one way would cost. Counts only by default:
 * safe on a check set or a held-out split. `--show` prints one row per wrong page (page, host,
 * got, label) and refuses the check and lead-only sets and held-out pages.
 */
import { parseArgs } from 'node:util';
import { domainParts, officialHost } from '../../indexer/infer/domain-parts.ts';
import { foldText } from '../../indexer/infer/outlet-domain-name.ts';
import { scorePages, setAccess } from './pages.ts';
import { labelNames } from './score.ts';
import { UNKNOWN_OUTLET } from '../../indexer/infer/index.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    show: { type: 'boolean', default: false },
    ways: { type: 'boolean', default: false },
  },
});

const LATIN = /\p{Script=Latin}/u;
/** Hosts that carry many sites' pages: blogs, archives, publishing services. */
const PLATFORM_HOST =
  /(?:^|\.)(?:blogspot|wordpress|substack|medium|seesaa|github|hocalwire|archive-it|archive|issuu|tumblr|wixsite|weebly)\./;
/** Subdomains that name a service or a copy of the site, not a site of its own. */
const SERVICE_SUBDOMAIN =
  /^(?:m|amp|mobile|www\d*|news|api|epaper|wp|beta|alpha|secure|mail|static|archive|archiv|archivo|archiwum|en|nl)$/;

const key = (name: string): string => foldText(name.replace(/^the\s+/i, ''));

function cause(got: string, truth: string, url: string, fromText: boolean): string {
  const names = labelNames(truth).filter((n) => LATIN.test(n));
  if (names.length === 0) return 'other-script';
  const g = key(got);
  if (names.some((n) => key(n) === g)) return 'form';
  const host = new URL(url).hostname.toLowerCase();
  if (PLATFORM_HOST.test(host)) return 'platform';
  if (officialHost(host)) return 'official';
  const parts = domainParts(host);
  const subs = parts.subdomains.filter((s) => !SERVICE_SUBDOMAIN.test(s)).map(foldText);
  if (subs.some((s) => s.length >= 3 && names.some((n) => key(n).includes(s)))) return 'subdomain';
  if (names.some((n) => key(n).startsWith(g) || key(n).endsWith(g) || g.startsWith(key(n)) || g.endsWith(key(n)))) return 'longer-name';
  if (names.some((n) => key(n).includes(g) || g.includes(key(n)))) return 'inside-name';
  if (fromText) return 'text-winner';
  if (parts.subdomains.length > 0 && !g.includes(foldText(parts.label))) return 'other-host-part';
  return 'different';
}

/** How the outlet was named when the page had an address, read from its provenance (outlet.ts). */
function way(from: string): string {
  if (!from.startsWith("domain of the article's URL")) return from === 'nothing names it' || from === '' ? 'none' : 'text';
  if (from.includes('as the outlet list names it')) return 'list';
  if (from.includes('named by its registered label')) return 'label';
  if (from.includes('named as the page spells it')) return 'page-spelling';
  if (from.includes("named by the page's words")) return 'page-words';
  if (from.includes("named as its folder's pages agree")) return 'folder';
  if (from.includes("first line '")) return 'first-line';
  return 'agreeing-text';
}

/** Whether the labelled name's letters are inside some line of the page, case, spaces and accents aside. */
function written(lines: readonly string[], truth: string): boolean {
  return labelNames(truth).some((n) => {
    const k = key(n);
    return k.length >= 2 && lines.some((l) => foldText(l).includes(k));
  });
}

for (const dir of values.dir) {
  const show = values.show && setAccess(dir) === 'read';
  if (values.show && !show) console.log(`${dir}: a check or lead-only set, counts only`);
  const tally = new Map<string, { stated: number; unstated: number; written: number }>();
  const ways = new Map<string, Record<string, number>>();
  let wrong = 0;
  for (const s of await scorePages(dir, { urls: true })) {
    if (s.split !== 'dev' || !s.truth.url) continue;
    const outcome = s.got.outlet === UNKNOWN_OUTLET ? 'unknown' : s.wrongOutlet ? 'wrong' : 'right';
    const w = ways.get(way(s.got.from.outlet ?? '')) ?? {};
    const cell = `${outcome}${s.truth.outletStated ? ' stated' : ''}`;
    w[cell] = (w[cell] ?? 0) + 1;
    ways.set(way(s.got.from.outlet ?? ''), w);
    if (!s.wrongOutlet || !s.got.outlet) continue;
    wrong++;
    const fromText = !(s.got.from.outlet ?? '').startsWith("domain of the article's URL");
    const c = cause(s.got.outlet, s.truth.outlet, s.truth.url, fromText);
    const t = tally.get(c) ?? { stated: 0, unstated: 0, written: 0 };
    if (s.truth.outletStated) t.stated++;
    else t.unstated++;
    const onPage = written(s.lines, s.truth.outlet);
    if (onPage) t.written++;
    tally.set(c, t);
    if (show)
      console.log(
        `  ${c}\t${s.truth.outletStated ? 'stated' : '-'}\t${onPage ? 'written' : '-'}\t${s.page}\t${new URL(s.truth.url).hostname}\tgot '${s.got.outlet}'\tlabel '${s.truth.outlet}'`,
      );
  }
  const rows = [...tally].sort((a, b) => b[1].stated + b[1].unstated - (a[1].stated + a[1].unstated));
  const onPage = rows.reduce((n, [, t]) => n + t.written, 0);
  console.log(
    `${dir}: ${wrong} wrong with --urls (dev pages; the name written on ${onPage}): ${rows.map(([c, t]) => `${c} ${t.stated + t.unstated} (${t.stated} stated, ${t.written} written)`).join(', ')}`,
  );
  if (values.ways)
    for (const [w, cells] of [...ways].sort((a, b) => a[0].localeCompare(b[0])))
      console.log(
        `  ${w.padEnd(14)} ${['right', 'wrong', 'unknown'].map((o) => `${o} ${cells[`${o} stated`] ?? 0}+${cells[o] ?? 0}`).join('   ')}`,
      );
}
