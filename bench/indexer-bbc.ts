/**
 * How much real article text the cleaner throws away, and how fast the pipeline is, measured on
 * the BBC News corpus (clean text: headline line, then paragraphs). Every dropped line other than
 * the headline itself is a false positive. Prints figures; not a test.
 *
 *   npx tsx bench/indexer-bbc.ts [dir] [--corpus]   (default ../shared/corpora/bbc-news/news)
 *
 * `--corpus` cleans as `npm run index` does by default: the corpus furniture (the pre-pass an
 * update runs, `learnFurniture`; a full build learns the same within its read) over every article
 * first, timed, then each article cleaned with what it learned. The corpus holds no furniture, so every line it learns is a body line lost.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { learnFurniture } from '../indexer/corpus-plan.ts';
import { articleFromFile, loadLanguageDetector } from '../indexer/pipeline.ts';
import { MAX_FILE_BYTES } from '../indexer/read/decode.ts';
import { BBC_NEWS } from './corpora.ts';
import { bump, formatTally as tally } from './ingest/tally.ts';

await loadLanguageDetector();

const args = process.argv.slice(2);
const corpusMode = args.includes('--corpus');
const root = args.find((a) => !a.startsWith('--')) ?? BBC_NEWS;
const files: string[] = [];
for (const section of (await readdir(root)).sort()) {
  for (const name of (await readdir(path.join(root, section))).sort()) {
    if (name.endsWith('.txt')) files.push(`${section}/${name}`);
  }
}
const contents = await Promise.all(files.map((f) => readFile(path.join(root, f))));
const furniture = corpusMode ? await timedFurniture() : undefined;

const byReason = new Map<string, string[]>();
let bodyLines = 0;
let headings = 0;
let skipped = 0;
let titleMismatch = 0;
let dated = 0;
const languages = new Map<string, number>();
const outlets = new Map<string, number>();
const started = performance.now();
// CPU time beside the wall time: on a shared machine the wall clock measures the other processes too.
const cpuStarted = process.cpuUsage();
for (let i = 0; i < files.length; i++) {
  const bytes = contents[i]!;
  const result = articleFromFile({ bytes, source: files[i]!, furniture });
  if (!result.ok) {
    skipped++;
    console.log(`skipped ${files[i]}: ${result.skip.reason}`);
    continue;
  }
  const { article } = result;
  const firstLine = bytes.toString('utf8').split('\n')[0]!.trim();
  if (article.title !== firstLine) titleMismatch++;
  if (article.year !== null) dated++;
  bump(languages, article.language);
  bump(outlets, article.outlet);
  bodyLines += article.paragraphs.length;
  headings += article.paragraphs.filter((p) => p.kind === 'heading').length;
  for (const d of article.dropped) {
    if (d.reason === 'headline') continue;
    byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), `${files[i]}:${d.line} ${d.text.slice(0, 100)}`]);
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);

const falsePositives = [...byReason.values()].reduce((n, list) => n + list.length, 0);
console.log(`articles: ${files.length}, skipped: ${skipped}, paragraphs kept: ${bodyLines} (${headings} headings)`);
console.log(`title differs from the first line: ${titleMismatch}; articles given a year: ${dated}`);
// The corpus is English and names no outlet in its texts: any other language or outlet is a wrong guess.
console.log(`languages: ${tally(languages)}`);
console.log(`outlets: ${tally(outlets)}`);
console.log(`body lines dropped as junk (false positives): ${falsePositives}`);
for (const [reason, list] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${reason}: ${list.length}`);
  for (const example of list.slice(0, Number(process.env.EXAMPLES ?? 6))) console.log(`    ${example}`);
}
console.log(
  `throughput: ${(files.length / seconds).toFixed(0)} articles/s (${(seconds * 1000).toFixed(0)} ms for ${files.length}, bytes already in memory; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
);

/** The real pre-pass over the corpus, with its wall and CPU time (it reads the files again, as the indexer does). */
async function timedFurniture(): Promise<Set<string>> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const learned = await learnFurniture({ corpusDir: root, maxBytes: MAX_FILE_BYTES, discovered: { articles: files } });
  const used = process.cpuUsage(cpu);
  console.log(
    `furniture learned: ${learned.size} line(s) in ${(performance.now() - wall).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
  );
  for (const key of [...learned].sort()) console.log(`  learned: ${key}`);
  return learned;
}
