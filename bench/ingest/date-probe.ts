/**
 * Every date candidate of every page of a labelled set, beside the truth's date and the year the
 * indexer settled: for studying wrong and missing years. Prints page text only for sets one may
 * read (never a check set or a lead's set by pages.ts `setAccess`, nor held-out pages).
 *
 *   npx tsx bench/ingest/date-probe.ts --dir DIR [--only wrong|missing|dated] [--page SUBSTRING]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: PAGES_DIR }, only: { type: 'string' }, page: { type: 'string' } },
});
const dir = path.resolve(values.dir);
const set = path.basename(dir);
if (setAccess(dir) !== 'read') {
  console.error(`date-probe: ${set} is a check set: figures only (eval-ingest --json)`);
  process.exit(2);
}
const scores = new Map((await scorePages(dir)).map((s) => [s.page, s]));
for (const { source, truth } of labelledPages(dir)) {
  if (truth.split !== 'dev') continue;
  if (values.page && !source.includes(values.page)) continue;
  const s = scores.get(source)!;
  const truthYear = truth.date ? Number(truth.date.slice(0, 4)) : null;
  const got = s.got.year;
  const status = got === null ? (truthYear !== null && truth.yearStated ? 'missing' : 'none') : got === truthYear ? 'right' : 'WRONG';
  if (values.only === 'wrong' && status !== 'WRONG') continue;
  if (values.only === 'missing' && status !== 'missing') continue;
  if (values.only === 'dated' && got === null) continue;
  const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
  if (!decoded.ok) continue;
  const clean = cleanText(decoded.text);
  const { dated } = collectDateCandidates(clean);
  console.log(
    `${source} ${status} truth=${truth.date ?? '-'}${truth.yearStated ? '' : ' (not stated)'} got=${got ?? '-'} headline=${clean.headline?.line ?? 0} from=${s.got.from.date ?? ''}`,
  );
  for (const c of dated)
    console.log(
      `   L${c.line} ${c.iso} ${c.kind} ${c.zone} ${c.score}${c.header ? ' header' : ''}${c.underHeadline ? ' under' : ''}${c.listed ? ' listed' : ''} ${c.evidence}`,
    );
}
