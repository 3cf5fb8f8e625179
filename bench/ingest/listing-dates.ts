/**
 * Which pages the cleaner reads as a list of stories, and their years: per page, the labelled kind
 * and date, the year the indexer asserted, and the list tests' verdicts — the one the cleaner records
 * (`CleanResult.listing`: `keepListingHeadline`, the headline given back as the list's first item)
 * and `isListPage` read over the cleaned lines from the first teaser. The labels give a listing no
 * date of its own (a section, tag or archive page is dated by its newest item), so a year asserted on a
 * listing is wrong; a list test that fires on a dated article would cost its right year.
 *
 *   npx tsx bench/ingest/listing-dates.ts --dir DIR [--dir DIR…] [--all]
 *
 * Prints, per set, the pages where a test fires or the label says listing (`--all`: every page), then
 * the counts. Sets one may read: each page. Check sets (pages.ts `setAccess`): the counts only. Refuses
 * the lead's sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { isListPage } from '../../indexer/clean/listing-headline.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] }, all: { type: 'boolean', default: false } },
});

for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  const access = setAccess(dir);
  if (access === 'lead') {
    console.error(`listing-dates: ${set} is for the lead only`);
    continue;
  }
  const check = access === 'figures';
  const scores = new Map((await scorePages(dir)).map((s) => [s.page, s]));
  const counts = new Map<string, number>();
  console.log(`=== ${set}${check ? ' (check set: counts only)' : ''}`);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const s = scores.get(source)!;
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const clean = cleanText(decoded.text);
    const lines: ContentLine[] = [
      ...clean.kept.map((k) => ({
        line: k.line,
        text: k.text,
        reason: null,
        heading: k.kind === 'heading',
        words: countLineWords(k.text),
      })),
      ...clean.dropped.map((d) => ({ line: d.line, text: d.text, reason: d.reason, heading: false, words: countLineWords(d.text) })),
    ].sort((a, b) => a.line - b.line);
    const recorded = clean.listing === true;
    const listPage = isListPage(lines);
    const labelled = truth.kind === 'listing';
    const truthYear = truth.date ? Number(truth.date.slice(0, 4)) : null;
    const got = s.got.year;
    const year = got === null ? (truth.yearStated ? 'missing' : 'none') : got === truthYear ? 'right' : 'WRONG';
    const key = `label:${labelled ? 'listing' : 'other  '} recorded:${recorded ? 'yes' : 'no '} listPage:${listPage ? 'yes' : 'no '} year:${year}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (check || !(values.all || recorded || listPage || labelled)) continue;
    console.log(
      `${source.padEnd(28)} ${truth.kind.padEnd(12)} truth=${truth.date ?? '-'}${truth.yearStated ? '' : '(unstated)'} got=${got ?? '-'} ${year.padEnd(7)} recorded=${recorded} listPage=${listPage}${got !== null ? ` from ${s.got.from.year ?? s.got.from.date ?? ''}`.slice(0, 90) : ''}`,
    );
  }
  for (const [k, n] of [...counts].sort()) console.log(`${set} ${String(n).padStart(4)}  ${k}`);
}
