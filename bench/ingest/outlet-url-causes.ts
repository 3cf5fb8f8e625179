/**
 * `npx tsx bench/ingest/outlet-url-causes.ts --dir DIR… [--show]`: the wrong outlets a set scores
 * when each page is given its address (the eval's `--urls`), counted by cause (task 18out15). The
 * address wins on nearly every such page, so a wrong outlet is the address read in a poor form or
 * the wrong part of it. Causes, in the order they are tried:
 *
 * - `other-script`: the label writes the name only in a script with no Latin letters ("例" for
 *   example.jp): no reading of the address can spell it;
 * - `form`: the label's name up to accents, spaces, case and "The" ("Exampleaa" for "Example Åa");
 * - `platform`: a hosting platform's address (a blog host, an archive, a publishing service),
 *   where the site is a part of the host or of the path;
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
 * Each cause is split by whether the page names its outlet (`stated`). Counts only by default:
 * safe on a check set or a held-out split. `--show` prints one row per wrong page (page, host,
 * got, label) and refuses the check and lead-only sets and held-out pages.
 */
import { parseArgs } from 'node:util';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { foldText } from '../../indexer/infer/outlet-domain-name.ts';
import { scorePages, setAccess } from './pages.ts';
import { labelNames } from './score.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [] }, show: { type: 'boolean', default: false } },
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
  const parts = domainParts(host);
  const subs = parts.subdomains.filter((s) => !SERVICE_SUBDOMAIN.test(s)).map(foldText);
  if (subs.some((s) => s.length >= 3 && names.some((n) => key(n).includes(s)))) return 'subdomain';
  if (names.some((n) => key(n).startsWith(g) || key(n).endsWith(g) || g.startsWith(key(n)) || g.endsWith(key(n)))) return 'longer-name';
  if (names.some((n) => key(n).includes(g) || g.includes(key(n)))) return 'inside-name';
  if (fromText) return 'text-winner';
  if (parts.subdomains.length > 0 && !g.includes(foldText(parts.label))) return 'other-host-part';
  return 'different';
}

for (const dir of values.dir) {
  const show = values.show && setAccess(dir) === 'read';
  if (values.show && !show) console.log(`${dir}: a check or lead-only set, counts only`);
  const tally = new Map<string, { stated: number; unstated: number }>();
  let wrong = 0;
  for (const s of await scorePages(dir, { urls: true })) {
    if (s.split !== 'dev' || !s.wrongOutlet || !s.truth.url || !s.got.outlet) continue;
    wrong++;
    const fromText = !(s.got.from.outlet ?? '').startsWith("domain of the article's URL");
    const c = cause(s.got.outlet, s.truth.outlet, s.truth.url, fromText);
    const t = tally.get(c) ?? { stated: 0, unstated: 0 };
    if (s.truth.outletStated) t.stated++;
    else t.unstated++;
    tally.set(c, t);
    if (show)
      console.log(
        `  ${c}\t${s.truth.outletStated ? 'stated' : '-'}\t${s.page}\t${new URL(s.truth.url).hostname}\tgot '${s.got.outlet}'\tlabel '${s.truth.outlet}'`,
      );
  }
  const rows = [...tally].sort((a, b) => b[1].stated + b[1].unstated - (a[1].stated + a[1].unstated));
  console.log(
    `${dir}: ${wrong} wrong with --urls (dev pages): ${rows.map(([c, t]) => `${c} ${t.stated + t.unstated} (${t.stated} stated)`).join(', ')}`,
  );
}
