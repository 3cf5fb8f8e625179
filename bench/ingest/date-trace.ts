/**
 * Why each page got its year or none: the year groups the date reader weighed (strongest first,
 * each with its top candidate's kind, zone, score and place beside the headline) and the decision
 * (a date, or no candidate, too weak, a close second year). For tabulating wrong and missed years.
 *
 *   npx tsx bench/ingest/date-trace.ts --dir DIR [--dir DIR…] [--only wrong|missing|failed|dated]
 *
 * On a write-from set (shared dev pages, the extra sets one may read) it prints each page with its candidates' lines.
 * On a check set (pages.ts `setAccess`: n30, n31 this round) it prints counts only: pages by outcome and by the
 * winner's shape (kind, zone, place beside the headline), never a page's name or text. It refuses the lead's sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates, type DateCandidate } from '../../indexer/infer/date-candidates.ts';
import { weighDates } from '../../indexer/infer/date.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] }, only: { type: 'string' } },
});

/** A candidate's place: above the headline, the first date under it, or elsewhere (no headline: "page"). */
function place(c: DateCandidate, headline: number): string {
  if (headline === 0) return 'no-headline';
  if (c.line < headline) return `above-${Math.min(headline - c.line, 3)}`;
  return c.underHeadline ? 'under' : 'below';
}

for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  const access = setAccess(dir);
  if (access === 'lead') {
    console.error(`date-trace: ${set} is for the lead only`);
    continue;
  }
  const check = access === 'figures';
  const scores = new Map((await scorePages(dir)).map((s) => [s.page, s]));
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  console.log(`=== ${set}${check ? ' (check set: counts only)' : ''}`);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const s = scores.get(source)!;
    const truthYear = truth.date ? Number(truth.date.slice(0, 4)) : null;
    const got = s.got.year;
    const status = got === null ? (truthYear !== null && truth.yearStated ? 'missing' : 'none') : got === truthYear ? 'right' : 'WRONG';
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const clean = cleanText(decoded.text);
    const headline = clean.headline?.line ?? 0;
    const weighing = weighDates(collectDateCandidates(clean));
    const [best, second] = weighing.groups;
    const shape = best ? `${best.top.kind}/${best.top.zone}/${place(best.top, headline)}` : '-';
    const decision = weighing.date ? 'dated' : `abstained:${weighing.abstained}`;
    if (check) {
      count(`${status.padEnd(7)} ${decision.padEnd(16)} ${shape}${second ? ' +2nd year' : ''}`);
      continue;
    }
    if (values.only === 'wrong' && status !== 'WRONG') continue;
    if (values.only === 'missing' && status !== 'missing') continue;
    if (values.only === 'failed' && status !== 'WRONG' && status !== 'missing') continue;
    if (values.only === 'dated' && got === null) continue;
    console.log(
      `${source} ${status} truth=${truth.date ?? '-'}${truth.yearStated ? '' : ' (not stated)'} got=${got ?? '-'} headline=${headline} ${decision}`,
    );
    if (status === 'missing') console.log(`   truth's line: ${(truth as { yearEvidence?: string | null }).yearEvidence ?? '(none given)'}`);
    for (const g of weighing.groups) {
      console.log(
        `   year ${g.top.iso.slice(0, 4)} score ${g.score} (top ${g.top.kind} ${g.top.zone} ${place(g.top, headline)} ${g.top.score}, agreeing ${g.agreeing.length})`,
      );
      for (const c of g.members)
        console.log(
          `      L${c.line} ${c.iso} ${c.kind} ${c.zone} ${c.score}${c.header ? ' header' : ''}${c.underHeadline ? ' under' : ''}${c.listed ? ' listed' : ''} ${c.evidence}`,
        );
    }
  }
  if (check) for (const [k, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${k}`);
}
