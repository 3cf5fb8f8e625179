/**
 * The furniture fix-up's engine writes alone (indexer/furniture-fixup.ts): every article of a built
 * SQLite index sent again with a new content hash and the paragraphs it has — what the fix-up sends
 * on the bench's records, whose learned lines the page rules had dropped already — in batches of
 * about 5,000 paragraphs, through `upsertArticles` (an article moves to the end of index order) or
 * `reviseArticles` (it keeps its place). Works on a copy of the data directory; prints this
 * process's CPU (all threads) and wall time. Alternate the two on a shared machine.
 *
 *   npx tsx bench/fixup-writes.ts <data dir> <scratch dir> upsert|revise
 */
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import type { ArticleInput, ParagraphKind } from '../engine/contract/types.ts';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import type { StoredArticleRow } from '../engine/sqlite/articles.ts';

const [source, work, how] = process.argv.slice(2);
if (!source || !work || (how !== 'upsert' && how !== 'revise'))
  throw new Error('usage: fixup-writes.ts <data dir> <scratch dir> upsert|revise');
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(source, work, { recursive: true });

interface ParagraphRow {
  position: number;
  kind: ParagraphKind;
  text: string;
  line: number | null;
}

const file = `${work}/sqlite/${fs.readFileSync(`${work}/sqlite/CURRENT`, 'utf8').trim()}`;
const db = new Database(file, { readonly: true });
const paragraphsOf = db.prepare('SELECT position, kind, text, line FROM paragraphs WHERE article_rowid = ? ORDER BY position');
const articles: ArticleInput[] = (db.prepare('SELECT rowid, * FROM articles ORDER BY rowid').all() as StoredArticleRow[]).map((a) => ({
  id: a.id,
  source: a.source,
  title: a.title,
  outlet: a.outlet,
  agency: a.agency,
  carriedBy: a.carried_by,
  date: a.date,
  year: a.year,
  url: a.url,
  language: a.language,
  provenance: JSON.parse(a.provenance),
  hints: JSON.parse(a.hints),
  contentHash: `${a.content_hash}-again`,
  dropped: JSON.parse(a.dropped),
  paragraphs: (paragraphsOf.all(a.rowid) as ParagraphRow[]).map((p) => ({
    position: p.position,
    kind: p.kind,
    text: p.text,
    ...(p.line === null ? {} : { line: p.line }),
  })),
}));
db.close();

const engine = await openSqliteEngine({ dataDir: work });
const send = (batch: ArticleInput[]) => (how === 'upsert' ? engine.upsertArticles(batch) : engine.reviseArticles(batch));
const cpu = process.cpuUsage();
const started = performance.now();
let batch: ArticleInput[] = [];
let paragraphs = 0;
for (const article of articles) {
  batch.push(article);
  paragraphs += article.paragraphs.length;
  if (paragraphs < 5_000) continue;
  await send(batch);
  batch = [];
  paragraphs = 0;
}
if (batch.length > 0) await send(batch);
const used = process.cpuUsage(cpu);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${how}: ${articles.length} articles, ${((used.user + used.system) / 1e6).toFixed(2)} s of CPU, ${seconds.toFixed(2)} s wall, ` +
    `1-minute load ${os.loadavg()[0]!.toFixed(1)}`,
);
await engine.close();
