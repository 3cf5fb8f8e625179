/**
 * `npx tsx bench/ingest/outlet-alone.ts [--show] [--no-bbc]`: what a weak place would name if it
 * were allowed to win alone (issue 18, task 18out), on the pages the rules leave Unknown, over
 * every labelled set (both splits, as counts) and the BBC corpus (whose outlet is the BBC).
 *
 * Two tallies, each as right / wrong per shape:
 * - `top`: the best candidate group below the threshold, by its kinds, and whether another group
 *   competes ("alone") or not: which kinds could be promoted.
 * - `prose`: a name the trade's phrases put in the story ("told X", "according to X", "X
 *   reported"), with no furniture to agree, where it is the only such name and no candidate names
 *   another outlet: the "first person of the trade" rule, measured before anyone writes it.
 *
 * `--show` lists the pages behind the figures where their lines may be shown (dev splits; t,
 * blind, u, f; the BBC), never a held-out page's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import { outletCandidates, pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { groupCandidates } from '../../indexer/infer/outlet-groups.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { proseNames } from '../../indexer/infer/outlet-prose.ts';
import { BBC_NEWS } from '../corpora.ts';
import { LABELLED_SETS, labelledPages, mayShowLines } from './pages.ts';
import { sameOutlet } from './score.ts';
import { bump } from './tally.ts';

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false }, 'no-bbc': { type: 'boolean', default: false } } });

/** Every capitalised word of the page: the prose phrases read without the furniture's filter. */
const CAPITALISED = /[\p{Lu}\p{N}][\p{L}\p{N}&+-]*|\p{Ll}{1,8}\p{Lu}[\p{L}\p{N}]*/gu;

interface Page {
  set: string;
  name: string;
  text: string;
  /** The page's outlet, or null for a BBC article (any BBC name is right). */
  want: string | null;
  showable: boolean;
}

const tallies = new Map<string, number>();

function judge(p: Page): void {
  const clean = cleanText(p.text);
  if (inferMetadata(clean).outlet) return;
  const lines = pageLines(clean);
  const groups = groupCandidates(outletCandidates(clean, lines));
  const right = (value: string) => (p.want === null ? /^(?:the\s+)?bbc\b/i.test(value) : sameOutlet(value, p.want));
  const where = p.set === 'bbc' ? 'bbc' : 'labelled';
  const top = groups[0];
  if (top) {
    const kinds = [...top.byKind.keys()].sort().join('+');
    const value = top.candidates[0]!.value;
    const verdict = right(value) ? 'right' : 'wrong';
    bump(tallies, `${where} top ${groups.length === 1 ? 'alone' : 'contested'} ${kinds} ${verdict}`);
    if (values.show && p.showable)
      console.log(`top   ${verdict} ${p.set} ${p.name} ${kinds} ${JSON.stringify(value)} want ${p.want ?? 'BBC'}`);
  }
  const words = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(CAPITALISED)) if (m[0].length >= 2 && /\p{L}/u.test(m[0])) words.add(m[0]);
  const prose = proseNames(lines, words);
  const keys = new Set(prose.map((c) => outletKey(c.value)));
  if (keys.size !== 1 || groups.some((g) => !keys.has(g.key))) return;
  const c = prose[0]!;
  const phrase = c.evidence.split(' phrase')[0]!;
  const verdict = right(c.value) ? 'right' : 'wrong';
  bump(tallies, `${where} prose ${phrase} ${verdict}`);
  if (values.show && p.showable)
    console.log(`prose ${verdict} ${p.set} ${p.name} ${JSON.stringify(c.value)} (${c.evidence.slice(0, 80)}) want ${p.want ?? 'BBC'}`);
}

for (const [set, dir] of LABELLED_SETS) {
  if (!fs.existsSync(dir)) continue;
  for (const { source, truth } of labelledPages(dir))
    judge({
      set,
      name: source,
      text: fs.readFileSync(path.join(dir, source), 'utf8'),
      want: truth.outlet,
      showable: mayShowLines(set, truth.split),
    });
}
if (!values['no-bbc'] && fs.existsSync(BBC_NEWS))
  for (const section of fs.readdirSync(BBC_NEWS).sort())
    for (const file of fs.readdirSync(path.join(BBC_NEWS, section)).sort())
      judge({
        set: 'bbc',
        name: `${section}/${file}`,
        text: fs.readFileSync(path.join(BBC_NEWS, section, file), 'utf8'),
        want: null,
        showable: true,
      });

for (const [key, n] of [...tallies].sort()) console.log(`${String(n).padStart(4)} ${key}`);
