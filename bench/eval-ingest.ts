/**
 * `npm run eval:ingest`: how well the indexer reads real scraped pages it was not shaped on. Runs
 * every labelled page of ../shared/pages through the real pipeline (no manifest) and prints, per
 * split: title accuracy, outlet accuracy where the text names the outlet, year accuracy where the
 * text states the year, wrong years asserted, junk lines kept, body lines lost; junk kept by
 * labelled kind and body lost by drop reason (counts only); then the dev failures one per line.
 *
 *   npm run eval:ingest                  figures for both splits, dev failures
 *   npm run eval:ingest -- --json        the figures as JSON
 *   npm run eval:ingest -- --record      also write them as the regression guard's floor
 *   npm run eval:ingest -- --heldout-failures
 *                                        list held-out failures too (for the report, not for tuning)
 *   npm run eval:ingest -- --dir DIR     another labelled set in the same layout (folders of pages,
 *                                        each with a truth.jsonl)
 *   npm run eval:ingest -- --urls        each page given the URL its truth record holds, as a urls.tsv
 *                                        beside the pages would give it (what a user with the addresses gets)
 *   npm run eval:ingest -- --corpus      the set indexed as ONE corpus folder: the indexer's furniture
 *                                        learner (on by default in `npm run index`) over all its pages, then
 *                                        every page cleaned with what it learned (default: each page alone)
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { RECORDED_FIGURES, formatFigures, formatKinds, recordable } from './ingest/report.ts';
import { learnSetFurniture, pagesAvailable, scorePages, PAGES_DIR } from './ingest/pages.ts';
import { figures, type PageScore } from './ingest/score.ts';
import { failureReasons, formatReasons } from './ingest/reasons.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    'heldout-failures': { type: 'boolean', default: false },
    dir: { type: 'string', default: PAGES_DIR },
    corpus: { type: 'boolean', default: false },
    urls: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run eval:ingest [-- --json] [--record] [--heldout-failures] [--dir DIR] [--corpus] [--urls]');
  process.exit(0);
}
if (!pagesAvailable(values.dir)) {
  console.error(`eval:ingest: no labelled pages at ${values.dir}`);
  process.exit(2);
}
if (values.record && (values.dir !== PAGES_DIR || values.corpus || values.urls)) {
  console.error('eval:ingest: --record keeps the floor of the shared page set, each page alone, only');
  process.exit(2);
}

const scores = await scorePages(values.dir, { corpus: values.corpus, urls: values.urls });
const bySplit = {
  dev: figures(scores.filter((s) => s.split === 'dev')),
  heldout: figures(scores.filter((s) => s.split === 'heldout')),
};
if (values.json) {
  console.log(JSON.stringify(bySplit, null, 2));
} else {
  // A count only: the learned lines include the held-out pages' lines.
  if (values.corpus) console.log(`furniture learned from the set as one corpus: ${(await learnSetFurniture(values.dir)).size} line(s)\n`);
  console.log(formatFigures(bySplit));
  console.log(
    formatReasons({
      dev: failureReasons(scores.filter((s) => s.split === 'dev')),
      heldout: failureReasons(scores.filter((s) => s.split === 'heldout')),
    }),
  );
  console.log(`\n${formatKinds({ dev: scores.filter((s) => s.split === 'dev'), heldout: scores.filter((s) => s.split === 'heldout') })}`);
  const shown = scores.filter((s) => s.split === 'dev' || values['heldout-failures']);
  const lines = shown.flatMap(failureLines);
  console.log(
    `\nfailures (${values['heldout-failures'] ? 'both splits' : 'dev only; held-out pages are not for tuning'}): ${lines.length}`,
  );
  for (const line of lines) console.log(line);
}
if (values.record) {
  fs.writeFileSync(RECORDED_FIGURES, `${JSON.stringify(recordable(bySplit.heldout), null, 2)}\n`);
  console.log(`\nrecorded the held-out figures in ${RECORDED_FIGURES}`);
}

function failureLines(s: PageScore): string[] {
  const out: string[] = [];
  const t = s.truth;
  if (s.titleRight === false) out.push(`${s.page}  title    got ${q(s.got.title)} want ${q(t.title)} [${s.got.from.title ?? ''}]`);
  if (s.outletRight === false) out.push(`${s.page}  outlet   got ${q(s.got.outlet)} want ${q(t.outlet)} [${s.got.from.outlet ?? ''}]`);
  if (s.yearRight === false) out.push(`${s.page}  year     got ${s.got.year} want ${t.date} [${s.got.from.date ?? ''}]`);
  if (s.wrongOutlet && s.outletRight !== false)
    out.push(`${s.page}  wrongout got ${q(s.got.outlet)} want ${q(t.outlet)} [${s.got.from.outlet ?? ''}]`);
  if (s.wrongYear && s.yearRight !== false)
    out.push(`${s.page}  wrongyr  got ${s.got.year} want ${t.date ?? 'none'} [${s.got.from.date ?? ''}]`);
  for (const j of s.junkKept) out.push(`${s.page}  junk     L${j.line} ${j.kind}: ${q(j.text)}`);
  for (const b of s.bodyLost) out.push(`${s.page}  lost     L${b.line} ${b.reason}: ${q(b.text)}`);
  return out;
}

function q(text: string | null): string {
  if (text === null) return 'none';
  return JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}…` : text);
}
