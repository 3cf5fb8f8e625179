/**
 * What the furniture fix-up's second build changes, article by article (indexer/furniture-fixup.ts).
 * A full build cleans every article before the corpus's furniture is learned; the fix-up then
 * builds again each article whose content hash the furniture changed. This runs both builds as the
 * indexer does (the same files, order, folders and learner, no engine) and compares each article's
 * two versions field by field: paragraphs, dropped lines and their reasons, every metadata field.
 * It also checks the fix-up's shortcut: an article none of whose learned lines its page rules kept
 * (`PendingArticle.learnedLines` against `keptLines`) must come out the same but for its hash.
 *
 *   npx tsx bench/fixup-diff.ts <corpus dir>          a corpus folder (the bench's records, the BBC's)
 *   npx tsx bench/fixup-diff.ts --set <labelled dir>  a labelled set's pages as one corpus folder
 *   --counts                                          figures only (for sets whose pages must not be read)
 *
 * Holds every first version in memory: for corpora up to ~50k bench paragraphs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleInput, ArticleSummary, SearchEngine } from '../engine/contract/types.ts';
import { FurnitureLearner } from '../indexer/clean/furniture.ts';
import { jobFor, planCorpus } from '../indexer/corpus-plan.ts';
import { unchangedByFurniture } from '../indexer/furniture-fixup.ts';
import { assignArticleIds } from '../indexer/article-id.ts';
import { visitDatesIn } from '../indexer/infer/date-visit.ts';
import { type ArticleResult, loadLanguageDetector } from '../indexer/pipeline.ts';
import { MAX_FILE_BYTES } from '../indexer/read/decode.ts';
import { readFileDocuments } from '../indexer/read/read-file.ts';
import { labelledPages } from './ingest/pages.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { set: { type: 'string' }, counts: { type: 'boolean', default: false } },
});
const dir = values.set ?? positionals[0];
if (!dir) throw new Error('usage: fixup-diff.ts <corpus dir> | --set <labelled dir> [--counts]');

const noIndex = { listArticles: async (): Promise<ArticleSummary[]> => [] } as unknown as SearchEngine;
const plan = await planCorpus(dir, noIndex, MAX_FILE_BYTES);
if (values.set) {
  plan.discovered.articles = labelledPages(dir).map((p) => p.source);
  plan.ids = assignArticleIds(plan.discovered.articles);
}
await loadLanguageDetector();

// The build: every document without furniture, its sample to the learner.
const learner = new FurnitureLearner();
const first = new Map<string, ArticleResult>();
for (const source of plan.discovered.articles) {
  const read = await readFileDocuments(jobFor(plan, source));
  if (!read.ok) continue;
  for (const doc of read.documents) {
    first.set(doc.id, doc.build());
    learner.addSample(doc.furnitureSample(), path.posix.dirname(source), source);
  }
}
const furniture = learner.furniture();
const folderOutlets = learner.folderOutlets();
const visitDates = visitDatesIn(furniture);
const visits = visitDates.size;
const sources = learner.sourcesOf(furniture);
for (const source of plan.discovered.articles) if (folderOutlets.has(path.posix.dirname(source))) sources.add(source);

const META = ['title', 'outlet', 'agency', 'carriedBy', 'date', 'year', 'url', 'language', 'provenance', 'hints'] as const;
const tally = new Map<string, number>();
const add = (key: string, n = 1) => tally.set(key, (tally.get(key) ?? 0) + n);
const examples: string[] = [];

for (const source of [...sources].sort()) {
  const read = await readFileDocuments(jobFor(plan, source), furniture, folderOutlets);
  if (!read.ok) continue;
  for (const doc of read.documents) {
    const was = first.get(doc.id);
    if (!was?.ok) continue;
    add('articles read again');
    if ((was.article.contentHash !== doc.contentHash) !== doc.learned) add('LEARNED FLAG WRONG');
    if (was.article.contentHash === doc.contentHash) continue;
    add('hash changed (rebuilt by main)');
    const learned = doc.learnedLines();
    const kept = was.keptLines ?? new Uint32Array();
    const keptSet = new Set(kept);
    const keptLearned = learned.filter((n) => keptSet.has(n)).length;
    const visitAsked = (was.datesAsked ?? []).some((iso) => visitDates.has(iso));
    if (visitAsked) add('visit date asked');
    if (keptLearned > 0) add('learned line kept');
    // The fix-up's own test, on what the report keeps of the first version.
    const counts = {
      paragraphs: 0,
      headings: 0,
      facets: 0,
      dropped: [],
      keptLines: was.keptLines,
      datesAsked: was.datesAsked,
      status: 'added' as const,
    };
    const shortcut = !folderOutlets.has(path.posix.dirname(source)) && unchangedByFurniture(doc.learnedLines(), counts, visitDates);
    if (shortcut !== (keptLearned === 0 && !visitAsked)) add('TEST DISAGREES WITH ITS PARTS');
    add(shortcut ? 'shortcut: no learned line kept (skip)' : 'shortcut: build again');
    const now = doc.build();
    if (!now.ok) {
      add('CHANGE: no body text left');
      if (shortcut) add('SHORTCUT WRONG');
      continue;
    }
    const diffs = differences(was.article, now.article);
    if (diffs.length === 0) add('same but the hash');
    for (const d of diffs) add(`CHANGE: ${d}`);
    if (diffs.length > 0 && shortcut) add('SHORTCUT WRONG');
    if (diffs.length === 0 && !shortcut) add('built again, came out the same');
    if (!values.counts && diffs.length > 0 && examples.length < 20) examples.push(`${doc.id}: ${diffs.join(', ')}`);
  }
}

console.log(
  `${dir}: ${first.size} documents, ${[...first.values()].filter((r) => r.ok).length} articles; furniture ${furniture.size} keys (visit dates ${visits}), folder outlets ${folderOutlets.size}, files read again ${sources.size}`,
);
for (const [key, n] of [...tally].sort()) console.log(`  ${key}: ${n}`);
for (const e of examples) console.log(`  e.g. ${e}`);

/** How an article's second version differs from its first, but for the content hash. */
function differences(a: ArticleInput, b: ArticleInput): string[] {
  const out: string[] = [];
  for (const field of META) if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) out.push(field);
  if (JSON.stringify(a.paragraphs) !== JSON.stringify(b.paragraphs)) {
    const texts = (x: ArticleInput) => x.paragraphs.map((p) => `${p.kind}\0${p.text}`).join('\n');
    out.push(texts(a) === texts(b) ? 'paragraph positions/lines' : 'paragraph texts');
  }
  if (JSON.stringify(a.dropped) !== JSON.stringify(b.dropped)) {
    const lines = (x: ArticleInput) => x.dropped.map((d) => d.line).join(',');
    if (lines(a) !== lines(b)) out.push('dropped lines');
    else {
      out.push('dropped reasons only');
      for (let i = 0; i < a.dropped.length; i++)
        if (a.dropped[i]!.reason !== b.dropped[i]!.reason) add(`  relabelled ${a.dropped[i]!.reason} -> ${b.dropped[i]!.reason}`);
    }
  }
  return out;
}
