/**
 * Copy groups on a real corpus, for reading by eye (issue 24): indexes the corpus into a fresh
 * embedded index, then prints how many copy groups it found, the articles that copy another, and a
 * seeded random sample of groups with every member's text one under the other, so a false merge
 * (two paragraphs that say different things) shows. Prints figures; not a test.
 *
 *   npx tsx bench/copies-sample.ts [corpus dir] [sample size] [seed]
 *   (defaults: /work/shared/corpora/bbc-news/news, 50, 24)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import { indexCorpus } from '../indexer/run.ts';
import { mix } from './scale/corpus.ts';

const corpus = process.argv[2] ?? '/work/shared/corpora/bbc-news/news';
const sampleSize = Number(process.argv[3] ?? 50);
const seed = Number(process.argv[4] ?? 24);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copies-sample-'));
const engine = await openSqliteEngine({ dataDir });
try {
  const report = await indexCorpus({ corpusDir: corpus, engine, mode: 'full', perArticle: false });
  const articles = await engine.listArticles();
  const members = new Map<string, Array<{ id: string; text: string; title: string }>>();
  for (const a of articles) {
    const view = (await engine.getArticle(a.id))!;
    for (const p of view.paragraphs) {
      const list = members.get(p.copyGroup) ?? [];
      list.push({ id: `${a.id}-${p.position}`, text: p.text, title: a.title });
      members.set(p.copyGroup, list);
    }
  }
  const groups = [...members.entries()].filter(([, m]) => m.length > 1).sort(([a], [b]) => (a < b ? -1 : 1));
  const exact = groups.filter(([, m]) => m.every((x) => x.text === m[0]!.text)).length;
  console.log(
    `${report.articles} articles, ${report.paragraphs} paragraphs; ${groups.length} copy groups of two or more (${exact} of identical text, ${groups.length - exact} near copies)`,
  );
  console.log(`largest: ${Math.max(0, ...groups.map(([, m]) => m.length))} copies`);
  const copies = articles.filter((a) => a.copyOf !== null);
  console.log(`\n${copies.length} articles mostly copy an earlier one:`);
  for (const a of copies) console.log(`  ${a.id} (${a.copyOf!.shared} of ${a.paragraphs}) copies ${a.copyOf!.id}`);

  // A seeded draw without replacement, so the same sample can be read again.
  const order = groups.map((g, i) => ({ g, key: mix(i * 7919 + seed) })).sort((a, b) => a.key - b.key);
  const sample = order.slice(0, sampleSize).map((x) => x.g);
  console.log(`\n${sample.length} groups drawn (seed ${seed}), near copies first:\n`);
  sample.sort(([, a], [, b]) => Number(a.every((x) => x.text === a[0]!.text)) - Number(b.every((x) => x.text === b[0]!.text)));
  sample.forEach(([group, m], n) => {
    const same = m.every((x) => x.text === m[0]!.text);
    console.log(`#${n + 1} ${group}: ${m.length} members, ${same ? 'identical text' : 'NEAR COPIES'}`);
    for (const x of m) console.log(`  [${x.id}] ${same && x !== m[0] ? '(same text)' : x.text}`);
    console.log('');
  });
} finally {
  await engine.close();
  await rm(dataDir, { recursive: true, force: true });
}
