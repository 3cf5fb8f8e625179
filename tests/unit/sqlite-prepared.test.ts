/**
 * Prepared answers (engine/sqlite/prepared.ts, prepare.ts): a search answered from them is the
 * answer the ordinary path gives, page by page, and a write to the generation stops their use.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { prepareLive } from '../../engine/sqlite/prepare.ts';
import { answersPath, PreparedAnswers, PreparedCopies } from '../../engine/sqlite/prepared.ts';
import { CacheGuard } from '../../engine/sqlite/guarded-cache.ts';
import type { SearchEngine, SearchRequest, SearchResult, SynonymRules } from '../../engine/contract/types.ts';
import { contractArticles, replacementArticles } from '../fixtures/contract/articles.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';
import { bodyArticle } from '../fixtures/contract/body-article.ts';

const dirs: string[] = [];
const engines: SearchEngine[] = [];
after(async () => {
  for (const engine of engines) await engine.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
async function open(dataDir: string): Promise<SearchEngine> {
  const engine = await openSqliteEngine({ dataDir });
  engines.push(engine);
  return engine;
}
const comparable = (result: SearchResult): string => JSON.stringify({ ...result, tookMs: 0 });

/** Every word and prefix the fixtures hold, each at several page sizes and pages. */
function requests(articles = contractArticles, dedupe = false): SearchRequest[] {
  const words = new Set<string>();
  for (const a of articles) for (const p of a.paragraphs) for (const w of p.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  const queries = new Set<string>();
  for (const w of words) for (let n = 1; n <= Math.min(4, w.length); n++) queries.add(w.slice(0, n));
  for (const w of words) queries.add(w);
  const out: SearchRequest[] = [];
  for (const q of queries)
    for (const [page, perPage] of [
      [1, 20],
      [1, 1],
      [2, 1],
      [3, 1],
      [2, 2],
      [5, 1],
    ] as const)
      out.push({ q, page, perPage, dedupe });
  return out;
}

/**
 * Index `articles`, answer `asked` by the ordinary path, prepare every word and prefix in at least
 * one paragraph with heads of 3 rows (deeper pages fall back), the first 2 kept as shown (the third
 * is read and highlighted, and its copies unpacked, when asked), and check a fresh engine answers
 * `asked` the same; returns the data directory, its answers file and the reference answers.
 */
async function preparedMatchesOrdinary(
  articles: typeof contractArticles,
  asked: SearchRequest[],
  synonyms?: SynonymRules,
): Promise<{ dataDir: string; file: string; reference: string[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-prepared-'));
  dirs.push(dataDir);
  const builder = await open(dataDir);
  await builder.replaceAll(articles, synonyms === undefined ? undefined : { synonyms });
  const reference = await Promise.all(asked.map(async (r) => comparable(await builder.search(r))));
  const report = prepareLive(sqliteDir(dataDir), { minDocs: 1, minShare: 0, head: 3, firstPage: 2 });
  assert.ok(report !== null && report.answers > 10, `prepared ${report?.answers}`);
  const prepared = await open(dataDir);
  for (let i = 0; i < asked.length; i++) assert.equal(comparable(await prepared.search(asked[i]!)), reference[i], JSON.stringify(asked[i]));
  return { dataDir, file: answersPath(path.join(sqliteDir(dataDir), readCurrent(sqliteDir(dataDir))!)), reference };
}

describe('sqlite engine: prepared answers', () => {
  it('answers every page as the ordinary path does, and stops using them after a write', async () => {
    const asked = requests();
    const { dataDir, file, reference } = await preparedMatchesOrdinary(contractArticles, asked);

    // Prove the answers are read: a doctored total shows through...
    const db = new Database(file);
    db.prepare(`UPDATE answers SET figures = json_set(figures, '$.total', 999)`).run();
    db.close();
    const doctored = await open(dataDir);
    // (One row a page: the heads hold 3 rows of harbor's 5 matches.)
    assert.equal((await doctored.search({ q: 'harbor', perPage: 1 })).total, 999);
    // A collapsed search (issue 24) has answers of its own (none prepared here: these fixtures hold no copies).
    const collapsed = await doctored.search({ q: 'harbor', perPage: 1, dedupe: true });
    assert.equal(collapsed.total, JSON.parse(reference[asked.findIndex((r) => r.q === 'harbor')]!).total);
    assert.notEqual(collapsed.distinctTotal, null);
    assert.equal(
      (await doctored.search({ q: 'harbor', perPage: 1, dedupe: true })).distinctTotal,
      collapsed.distinctTotal,
      'nor from the summary cache',
    );
    // ...until the generation is written to: its stamp no longer matches the file's.
    await doctored.upsertArticles([replacementArticles[0]!]);
    assert.equal(
      (await doctored.search({ q: 'harbor', perPage: 1 })).total,
      JSON.parse(reference[asked.findIndex((r) => r.q === 'harbor')]!).total,
    );
  });

  it('answers collapsed searches (issue 24) as the ordinary path does, copies included, once the index has copies', async () => {
    const asked = [...requests(copyArticles, true), ...requests(copyArticles, false)];
    const { dataDir, file, reference } = await preparedMatchesOrdinary(copyArticles, asked);
    assert.ok(
      reference.some((r) => (JSON.parse(r) as SearchResult).hits.some((h) => (h.copies?.count ?? 0) > 0)),
      'some hit has copies',
    );

    // Prove the collapsed answers are read: a doctored distinct total shows through, the plain one's does not.
    const db = new Database(file);
    db.prepare(
      `UPDATE answers SET figures = json_set(figures, '$.distinctTotal', 999) WHERE json_extract(figures, '$.distinctTotal') IS NOT NULL`,
    ).run();
    db.close();
    const doctored = await open(dataDir);
    assert.equal((await doctored.search({ q: 'rates', perPage: 1, dedupe: true })).distinctTotal, 999);
    assert.equal((await doctored.search({ q: 'rates', perPage: 1 })).distinctTotal, null);
  });

  it('shows a first page from the answer alone: no paragraph read, no copies unpacked', async () => {
    const asked = [...requests(copyArticles, true), ...requests(copyArticles, false)];
    const { dataDir, file, reference } = await preparedMatchesOrdinary(copyArticles, asked);
    const answer = (r: SearchRequest) =>
      JSON.parse(
        reference[asked.findIndex((a) => a.q === r.q && a.page === r.page && a.perPage === r.perPage && a.dedupe === r.dedupe)]!,
      ) as SearchResult;
    const first = { q: 'largest', page: 1, perPage: 1 };
    const third = { q: 'largest', page: 3, perPage: 1 };
    // (Its first and third collapsed hits have copies.)
    assert.ok(
      answer({ ...first, dedupe: true }).hits[0]!.copies!.count > 0 && answer({ ...third, dedupe: true }).hits[0]!.copies!.count > 0,
    );

    // The first page's hit text and copies come from the answer: doctored there, they show through.
    // The whole head's copies blob, zeroed, is read only for a page past the kept first page.
    const db = new Database(file);
    db.prepare(`UPDATE answers SET first = json_set(first, '$.hits[0].row[2]', 'doctored text')`).run();
    db.prepare('UPDATE answer_copies SET copies = zeroblob(length(copies))').run();
    // The first page's copies are packed as the blob is (PreparedCopies): 2 rows, so 3 offsets, then row 0's count.
    db.prepare(
      `UPDATE answers SET first = json_set(first, '$.copies.words[3]', 99) WHERE json_extract(first, '$.copies') IS NOT NULL`,
    ).run();
    db.close();
    const doctored = await open(dataDir);
    const plain = await doctored.search({ ...first, dedupe: false });
    assert.equal(plain.hits[0]!.text, 'doctored text');
    assert.equal(plain.total, answer({ ...first, dedupe: false }).total);
    const collapsed = await doctored.search({ ...first, dedupe: true });
    assert.equal(collapsed.hits[0]!.text, 'doctored text');
    assert.equal(collapsed.hits[0]!.copies!.count, 99);
    // The second row is kept as shown too; the third's copies come from the (zeroed) blob.
    assert.deepEqual((await doctored.search({ ...first, page: 2, dedupe: true })).hits, answer({ ...first, page: 2, dedupe: true }).hits);
    assert.notDeepEqual(
      (await doctored.search({ ...third, dedupe: true })).hits[0]!.copies,
      answer({ ...third, dedupe: true }).hits[0]!.copies,
    );
  });

  it("bounds the answers file's page cache, which a spike's distinct words would otherwise fill up to SQLite's 16 MB default", async () => {
    const { file } = await preparedMatchesOrdinary(contractArticles, [{ q: 'largest' }]);
    const stampDb = new Database(file, { readonly: true });
    const stamp = stampDb.prepare(`SELECT value FROM meta WHERE key = 'stamp'`).pluck().get() as string;
    stampDb.close();
    const answers = new PreparedAnswers(file, new CacheGuard());
    try {
      assert.equal(answers.cacheKib(), null, 'not open before the first lookup');
      answers.get('largest', stamp, 1);
      const kib = answers.cacheKib();
      assert.ok(kib !== null && kib > 0 && kib <= 1_024, `page cache ${kib} KiB`);
    } finally {
      answers.close();
    }
  });

  it('ranks a head as a short request does when a longer one would add a variant to the ranking', async () => {
    // "un" has "united nations" as a variant. Its first bucket (the word as written) holds 2 rows,
    // fewer than a 3-row head, so the head's request also ranks the variant's bucket and scores
    // with both phrases, where a 1-row page scores with "un" alone: the short paragraph first
    // there, the one full of "United Nations" first with both.
    const short =
      'Aid convoys reached the northern valley on Monday after the UN negotiated a pause in the fighting with both armed groups.';
    const full =
      'Delegates at the United Nations assembly argued over the report for hours; the United Nations envoy said the UN would publish the United Nations findings with the United Nations budget.';
    const variantOnly =
      'The United Nations refugee agency opened two more shelters near the border crossing this week, staff told local radio.';
    const articles = [
      bodyArticle({
        id: 'valley',
        folder: 'un',
        outlet: 'The Herald',
        date: '2025-01-06',
        title: 'Convoys reach the valley',
        texts: [short, full],
      }),
      bodyArticle({
        id: 'shelters',
        folder: 'un',
        outlet: 'Daily Courier',
        date: '2025-01-07',
        title: 'More shelters',
        texts: [variantOnly],
      }),
      // A copy, so that collapsed answers are prepared too.
      bodyArticle({
        id: 'shelters-copy',
        folder: 'un',
        outlet: 'The Wire',
        date: '2025-01-07',
        title: 'Shelters open',
        texts: [variantOnly],
      }),
    ];
    const synonyms: SynonymRules = { groups: [], oneWay: [{ from: 'UN', to: ['United Nations'] }] };
    const asked = [...requests(articles, true), ...requests(articles, false)];
    const { dataDir, file } = await preparedMatchesOrdinary(articles, asked, synonyms);

    // The first bucket is kept (not dropped for the ordinary path): a doctored total shows through.
    const db = new Database(file);
    db.prepare(`UPDATE answers SET figures = json_set(figures, '$.total', 999)`).run();
    db.close();
    const doctored = await open(dataDir);
    for (const dedupe of [false, true]) assert.equal((await doctored.search({ q: 'un', page: 2, perPage: 1, dedupe })).total, 999);
  });

  it("keeps a collapsed head's copies packed and unpacks just the rows a page asks for", () => {
    const copies = [
      { count: 3, articles: 2, outlets: ['AFP', 'Reuters'] },
      undefined,
      { count: 1, articles: 0, outlets: [] },
      { count: 5, articles: 5, outlets: ['Reuters', 'The Herald', 'AFP'] },
    ];
    const { blob, outlets } = PreparedCopies.pack(copies);
    assert.deepEqual(outlets, ['AFP', 'Reuters', 'The Herald']);
    // Read back as the file gives it: a blob at an offset of its own.
    const words = new Uint32Array(blob.byteLength >> 2);
    Buffer.from(words.buffer).set(blob);
    const packed = new PreparedCopies(words, outlets);
    assert.equal(packed.rows, 4);
    const none = { count: 0, articles: 0, outlets: [] };
    assert.deepEqual(packed.slice(0, 4), [copies[0], none, copies[2], copies[3]]);
    assert.deepEqual(packed.slice(3, 4), [copies[3]]);
    assert.deepEqual(packed.slice(1, 3), [none, copies[2]]);
    assert.deepEqual(packed.slice(2, 2), []);
  });
});
