/**
 * Whether a page's winning year is later than every year the rest of its text mentions (a site clock or an event's
 * date above a story about an older year): per dated page, the winner's year, the latest other year on the page
 * (copyright lines and the date candidates' own lines left out) and the gap. Measured in the twentieth session: the
 * gap does not separate wrong years from right ones (docs/journal/ingestion.md).
 *
 *   npx tsx bench/ingest/year-gap.ts --dir DIR [--dir DIR…]
 *
 * Sets one may read: each page. Check sets (pages.ts `setAccess`): counts by outcome, gap and winner's shape only.
 * Refuses the lead's sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { weighDates } from '../../indexer/infer/date.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages, setAccess } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
const YEAR = /(?<![\d])(19[5-9]\d|20[0-4]\d)(?![\d])/gu;
for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  const access = setAccess(dir);
  if (access === 'lead') {
    console.error(`year-gap: ${set} is for the lead only`);
    continue;
  }
  const check = access === 'figures';
  const scores = new Map((await scorePages(dir)).map((s) => [s.page, s]));
  const counts = new Map<string, number>();
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const s = scores.get(source)!;
    const got = s.got.year;
    if (got === null) continue;
    const truthYear = truth.date ? Number(truth.date.slice(0, 4)) : null;
    const status = got === truthYear ? 'right' : 'WRONG';
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const clean = cleanText(decoded.text);
    const w = weighDates(collectDateCandidates(clean));
    const best = w.groups[0]!;
    const candLines = new Set(w.groups.flatMap((g) => g.members.map((m) => m.line)));
    const mentions: number[] = [];
    let keptMentions = 0;
    for (const l of clean.kept) {
      if (candLines.has(l.line)) continue;
      for (const m of l.text.matchAll(YEAR)) {
        mentions.push(Number(m[1]));
        keptMentions++;
      }
    }
    for (const d of clean.dropped) {
      if (candLines.has(d.line) || d.reason === 'copyright') continue;
      for (const m of d.text.matchAll(YEAR)) mentions.push(Number(m[1]));
    }
    const maxM = mentions.length ? Math.max(...mentions) : null;
    const gap = maxM === null ? 'none' : String(got - maxM);
    const shape = `${best.top.kind}/${best.top.zone}${best.members.length > 1 ? '+' : ''}`;
    if (check) {
      const g = maxM === null ? 'none' : got - maxM >= 3 ? '>=3' : got - maxM >= 1 ? '1-2' : '<=0';
      const k = `${status} gap${g} ${shape}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      continue;
    }
    console.log(
      `${set} ${source} ${status} got=${got} maxMention=${maxM ?? '-'} gap=${gap} n=${mentions.length} kept=${keptMentions} ${shape} ${best.top.evidence.slice(0, 70)}`,
    );
  }
  if (check) for (const [k, n] of [...counts].sort()) console.log(`${set} ${String(n).padStart(4)}  ${k}`);
}
