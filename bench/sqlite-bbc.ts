/**
 * Index the BBC corpus (read-only, from /work/shared) straight through the SQLite engine and time
 * a few queries. Years and outlets are invented from the file name so facets have something to do.
 * Usage: npx tsx bench/sqlite-bbc.ts [corpusDir] [copies]
 *   copies > 1 repeats the corpus under new ids to approximate a larger index.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import type { ArticleInput, SearchRequest } from '../engine/contract/types.ts';
import { readSource } from './scale/corpus.ts';
import { BBC_NEWS } from './corpora.ts';

const corpus = process.argv[2] ?? BBC_NEWS;
const copies = Number(process.argv[3] ?? 1);
const OUTLETS = ['BBC', 'Reuters', 'AFP', 'Al "Quds" \\ News', 'The Guardian'];

function* articles(): Generator<ArticleInput> {
  const sources = readSource(corpus);
  for (let copy = 0; copy < copies; copy++) {
    for (const [i, { name, title, paragraphs }] of sources.entries()) {
      const n = i + copy * sources.length;
      const year = n % 11 === 0 ? null : 2000 + (n % 10);
      yield {
        id: `c${copy}-${name.replace(/[^A-Za-z0-9]+/g, '-')}`,
        source: `c${copy}/${name}`,
        title,
        outlet: OUTLETS[n % OUTLETS.length]!,
        agency: null,
        carriedBy: null,
        date: year === null ? null : `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
        year,
        url: null,
        language: 'en',
        provenance: {},
        hints: [],
        contentHash: String(n),
        dropped: [],
        paragraphs: paragraphs.map((text, position) => ({ position, kind: 'body', text })),
      };
    }
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sqlite-'));
const engine = await openSqliteEngine({ dataDir });
let t = performance.now();
const stats = await engine.replaceAll(articles());
console.log(`indexed ${stats.articles} articles, ${stats.paragraphs} paragraphs in ${((performance.now() - t) / 1000).toFixed(1)} s`);
console.log(`size on disk: ${(((await engine.stats()).sizeBytes ?? 0) / 1e6).toFixed(1)} MB`);
t = performance.now();
await engine.search({ q: '' });
console.log(`first search (loads the snapshot): ${(performance.now() - t).toFixed(1)} ms`);

const requests: Array<[string, SearchRequest]> = [
  ['empty query', { q: '' }],
  ['common word "the"', { q: 'the' }],
  ['common word, newest', { q: 'the', sort: 'newest' }],
  ['common word, filtered', { q: 'the', filters: { year: [2000, 2001, 2005], outlet: ['BBC', 'AFP'] } }],
  ['common word, grouped', { q: 'said', groupByArticle: true }],
  ['two words', { q: 'prime minister' }],
  ['phrase', { q: '"prime minister"' }],
  ['prefix "gov"', { q: 'gov' }],
  ['one-letter prefix "s"', { q: 's' }],
  ['rare word', { q: 'chelsea' }],
  ['exclusion only', { q: '-the' }],
  ['deep page', { q: 'the', page: 50 }],
];
for (const [label, request] of requests) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 21; i++) {
    const s = performance.now();
    const r = await engine.search(request);
    times.push(performance.now() - s);
    total = r.total;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(26)} total ${String(total).padStart(7)}  p50 ${times[10]!.toFixed(2).padStart(7)} ms  max ${times[20]!.toFixed(2).padStart(7)} ms`,
  );
}
await engine.close();
fs.rmSync(dataDir, { recursive: true, force: true });
