/**
 * `npx tsx bench/ingest/record-loss.ts`: the story lines the cleaner drops among the bench's page
 * furniture. The bench's records (bench/scale/corpus.ts) set BBC paragraphs, each kept when the BBC
 * corpus is indexed alone, among a scraped page's furniture (a byline, a date stamp, a share prompt, a
 * picture credit, …), so every story paragraph the indexer does not keep is a body line lost, with
 * exact truth and no labelling. Prints the count, the drop reasons and the first few lines lost.
 *
 *   npx tsx bench/ingest/record-loss.ts [--paragraphs 20000] [--source DIR] [--show 10]
 */
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BBC_NEWS } from '../corpora.ts';
import { readSource, records } from '../scale/corpus.ts';

const { values } = parseArgs({
  options: {
    paragraphs: { type: 'string', default: '20000' },
    source: { type: 'string', default: BBC_NEWS },
    show: { type: 'string', default: '10' },
  },
});
await loadLanguageDetector();
const source = readSource(values.source);
const story = new Map(source.map((a) => [a.name, new Set(a.paragraphs)]));
const show = Number(values.show);
const reasons = new Map<string, number>();
let lost = 0;
let total = 0;
for (const record of records(source, Number(values.paragraphs))) {
  const read = articleFromFile({ bytes: Buffer.from(JSON.stringify(record)), source: `${record.id}.json` });
  if (!read.ok) {
    console.log(`${record.id}: skipped (${read.skip.reason})`);
    continue;
  }
  const kept = new Set(read.article.paragraphs.map((p) => p.text));
  const paragraphs = story.get(record.id.slice(record.id.indexOf('-') + 1)) ?? new Set<string>();
  for (const line of record.text.split('\n\n')) {
    if (!paragraphs.has(line)) continue;
    total++;
    if (kept.has(line)) continue;
    const reason = read.article.dropped.find((d) => d.text === line)?.reason ?? '(not kept, no reason)';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (lost++ < show) console.log(`${record.id}\t${reason}\t${line.slice(0, 120)}`);
  }
}
console.log(`story paragraphs lost: ${lost} of ${total} (${((100 * lost) / Math.max(1, total)).toFixed(2)} %)`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${reason}: ${n}`);
