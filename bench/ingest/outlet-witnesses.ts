/**
 * `npx tsx bench/ingest/outlet-witnesses.ts --dir DIR… [--kinds] [--split heldout] [--show]`: agreement
 * as evidence (task 18out7). Every reader's raw proposals of a page (the rules' candidates, whatever
 * their score, and the wide net's score-0 shapes, outlet-wide.ts) grouped by name, spelling variants
 * together (`sameWitnessName`: case, accents, "The", a domain's label, initials), and each group's
 * independent witnesses counted (`witnessPlaces`, bench/ingest/witness.ts). Counts per set: the
 * true outlet's witnesses where the text names it (right or not); the winner's witnesses, right or
 * wrong (`--kinds`: and the kinds it rests on); a winner refused for want of a second place and
 * whether a raw proposal vouches for it; a winner holding a shorter name another place proposes;
 * on pages left Unknown, the best group with two witnesses or more (and the same with no wire and
 * one scored place): right, wrong, or the page names no outlet ("unstated"). `--show` prints one
 * row per page of a write-from set's dev split only: never on a check set or a held-out split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import type { OutletCandidate } from '../../indexer/infer/outlet-candidates.ts';
import { isWire } from '../../indexer/infer/outlet-words.ts';
import { sameWitnessName, witnessPlaces } from './witness.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { wideCandidates } from './outlet-wide.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    show: { type: 'boolean', default: false },
    split: { type: 'string', default: 'dev' },
    kinds: { type: 'boolean', default: false },
  },
});

interface Group {
  name: string;
  members: OutletCandidate[];
}

/** Raw proposals grouped under one name, spelling variants together. */
function witnessGroups(all: readonly OutletCandidate[]): Group[] {
  const groups: Group[] = [];
  for (const c of all) {
    const g = groups.find((x) => x.members.some((m) => sameWitnessName(m.value, c.value)));
    if (g) g.members.push(c);
    else groups.push({ name: c.value, members: [c] });
  }
  return groups;
}

/** `outer` holds `inner` as whole words (two letters or more), not the whole name. */
function containsName(outer: string, inner: string): boolean {
  const o = ` ${outer.toLowerCase()} `;
  const i = inner.toLowerCase().trim();
  return i.length >= 2 && o.trim() !== i && o.includes(` ${i} `);
}

await loadLanguageDetector();
for (const dir of values.dir) {
  // Held-out and check sets give counts only.
  const show = pageAccess(dir, values.show).show && values.split === 'dev';
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== values.split) continue;
    const bytes = fs.readFileSync(path.join(dir, ...source.split('/')));
    const result = articleFromFile({ bytes, source });
    const got = result.ok && result.article.outlet !== 'Unknown' ? result.article.outlet : null;
    const truthOutlet = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    const right = got !== null && truthOutlet !== null && sameOutlet(got, truthOutlet);
    const wrong = got !== null && !right;
    const clean = cleanText(bytes.toString('utf8'));
    const ev = pageOutletEvidence(clean);
    const wide = wideCandidates(ev.lines, clean.headline?.line ?? null);
    const all = [...ev.candidates, ...wide];
    const groups = witnessGroups(all)
      .map((g) => ({ ...g, places: witnessPlaces(g.members) }))
      .sort((a, b) => b.places - a.places);
    const truthPlaces = truthOutlet ? witnessPlaces(all.filter((c) => sameOutlet(c.value, truthOutlet))) : 0;
    const status = right ? 'right' : wrong ? 'wrong' : 'unknown';
    const bucket = (n: number) => (n >= 2 ? '2+' : String(n));
    if (truth.outletStated) bump(`stated ${status}: truth witnessed ${bucket(truthPlaces)}`);
    // A missed outlet some reader proposed: which readers, and is any other name scored on the page?
    if (values.kinds && truth.outletStated && status === 'unknown' && truthPlaces > 0) {
      const named = all.filter((c) => sameOutlet(c.value, truthOutlet!));
      const rivals = ev.candidates.some((c) => c.score > 0 && !sameOutlet(c.value, truthOutlet!));
      const kinds = [...new Set(named.map((c) => `${c.kind}:${c.score}`))].sort().join('+');
      bump(`  missed, proposed by ${kinds}${rivals ? ', rivals scored' : ', no rival'}`);
    }
    let winnerPlaces = 0;
    if (got !== null) {
      winnerPlaces = witnessPlaces(all.filter((c) => sameWitnessName(c.value, got)));
      bump(`${status} winner witnessed ${bucket(winnerPlaces)}`);
      // What a winner with one witness rests on: the kinds of the rules' candidates naming it.
      if (values.kinds) {
        const kinds = [...new Set(ev.candidates.filter((c) => sameWitnessName(c.value, got)).map((c) => c.kind))].sort().join('+');
        bump(`  ${status} winner (${bucket(winnerPlaces)}): ${kinds}`);
      }
    }
    // A winner refused for want of a second place (foot, byline, stamp-name): does a raw proposal vouch for it?
    if (ev.unconfirmed !== undefined) {
      const n = witnessPlaces(all.filter((c) => sameWitnessName(c.value, ev.unconfirmed!)));
      const verdict = truthOutlet !== null && sameOutlet(ev.unconfirmed, truthOutlet) ? 'right' : 'wrong';
      bump(`unconfirmed ${verdict}${truth.outletStated ? '' : ' (unstated)'}, raw witnessed ${bucket(n)}`);
    }
    // A winner whose name holds a shorter name that another place proposes ("News of X" and "X.com").
    if (got !== null) {
      const inner = groups.find((g) => g.places >= 1 && !sameWitnessName(g.name, got) && g.members.some((m) => containsName(got, m.value)));
      if (inner) {
        const verdict = truthOutlet !== null && inner.members.some((m) => sameOutlet(m.value, truthOutlet)) ? 'right' : 'wrong';
        bump(`winner holds another proposed name (${status} now): inner ${verdict}, inner witnessed ${inner.places}`);
      }
    }
    // The page left Unknown: would its best agreed-on name be right?
    const best = groups.find((g) => g.places >= 2);
    if (got === null && best) {
      const verdict = truthOutlet !== null && best.members.some((m) => sameOutlet(m.value, truthOutlet)) ? 'right' : 'wrong';
      bump(`unknown, best 2+ group ${verdict}${truth.outletStated ? '' : ' (unstated)'}`);
    }
    // The same, narrowed: no wire (a wire signs copy on many sites), and one place at least a rule scored.
    const narrow = groups.find((g) => g.places >= 2 && !g.members.some((m) => isWire(m.value)) && g.members.some((m) => m.score > 0));
    if (got === null && narrow) {
      const verdict = truthOutlet !== null && narrow.members.some((m) => sameOutlet(m.value, truthOutlet)) ? 'right' : 'wrong';
      bump(`unknown, best 2+ non-wire scored group ${verdict}${truth.outletStated ? '' : ' (unstated)'}`);
      if (show) console.log(`   NARROW '${narrow.name}' ${verdict}`);
    }
    if (!show) continue;
    console.log(
      `\n## ${source} [${status}] truth '${truthOutlet}' (stated ${truth.outletStated}, witnessed ${truthPlaces}) got '${got}' (witnessed ${winnerPlaces})`,
    );
    for (const g of groups
      .filter((x) => x.places >= 2 || (truthOutlet && x.members.some((m) => sameOutlet(m.value, truthOutlet))))
      .slice(0, 5))
      console.log(`   '${g.name}' ${g.places}: ${g.members.map((c) => `${c.kind}:${c.score}@${c.line}`).join(', ')}`);
  }
  console.log(
    `${dir}: ${[...tally]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
}
