/**
 * Past the year: on pages whose labelled date has its day (`YYYY-MM-DD`) and whose year the indexer got right, does
 * the date it settled carry the same month and day, a different one, or only the year or month? For each page that
 * does not give the labelled day, where the date came from (the provenance) — the missed *dates* once the years hold.
 *
 *   npx tsx bench/ingest/date-days.ts --dir DIR [--dir DIR…] [--urls] [--all]
 *
 * Sets one may read: each such page of the dev split (`--all`: the right ones too), then the counts. Check sets
 * (pages.ts `setAccess`): the counts only. Refuses the lead's sets; held-out pages are never counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [PAGES_DIR] },
    urls: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
});
await loadLanguageDetector();

const total = new Map<string, number>();
for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  const access = setAccess(dir);
  if (access === 'lead') {
    console.error(`date-days: ${set} is for the lead only`);
    continue;
  }
  const counts = new Map<string, number>();
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev' || !truth.date || truth.date.length !== 10) continue;
    const url = (truth as { url?: string | null }).url;
    const result = articleFromFile({
      bytes: fs.readFileSync(path.join(dir, ...source.split('/'))),
      source,
      manifestEntry: values.urls && url ? { url } : undefined,
    });
    if (!result.ok) continue;
    const got = result.article.date ?? null;
    if (got === null || got.slice(0, 4) !== truth.date.slice(0, 4)) continue;
    const outcome =
      got === truth.date
        ? 'same day'
        : got.length === 10
          ? 'other day'
          : got.length === 7 && truth.date.startsWith(got)
            ? 'month only'
            : got.length === 4
              ? 'year only'
              : 'other month';
    const key = `${truth.yearStated ? 'stated' : 'unstated'} ${outcome}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total.set(key, (total.get(key) ?? 0) + 1);
    if (access === 'read' && (values.all || outcome !== 'same day'))
      console.log(`${set}/${source} ${key}: truth ${truth.date}, got ${got} from ${result.article.provenance.date}`);
  }
  for (const [k, n] of [...counts].sort()) console.log(`${set.padEnd(12)} ${String(n).padStart(4)}  ${k}`);
}
console.log('all sets:');
for (const [k, n] of [...total].sort()) console.log(`${String(n).padStart(5)}  ${k}`);
