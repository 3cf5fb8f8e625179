/**
 * The engine contract, written once and run against every backend (see `backends.ts`). Each
 * behaviour is stated in terms of the fixture articles in `tests/fixtures/contract/articles.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SearchAbortedError } from '../../engine/contract/errors.ts';
import {
  UNKNOWN_YEAR,
  type ArticleInput,
  type MatchRange,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
} from '../../engine/contract/types.ts';
import { markHtml } from '../../server/marks.ts';
import { bodyArticle } from '../fixtures/contract/body-article.ts';
import {
  QUOTED_OUTLET,
  caseLower,
  caseUpper,
  cometTail,
  contractArticles,
  harborTruce,
  orchardFestival,
  pterosaurFind,
  replacementArticles,
  totalParagraphs,
} from '../fixtures/contract/articles.ts';

export interface ContractBackend {
  name: string;
  /** A fresh engine over its own empty storage. */
  open(): Promise<SearchEngine>;
  /**
   * A fresh engine that stops ranking every search at once, where the backend has such a cut-off
   * (Meilisearch's `searchCutoffMs` at 0). Absent: the backend never stops a search early.
   */
  openCutOff?(): Promise<SearchEngine>;
  /** Remove everything the backend's `open()` calls created. */
  cleanup?(): Promise<void>;
}

const ids = (result: SearchResult): string[] => result.hits.map((h) => h.id);
const sortedIds = (result: SearchResult): string[] => ids(result).sort();
const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/** The engine's match ranges rendered as the server renders them (server/marks.ts). */
const html = (p: { text: string; matches: MatchRange[] }): string => markHtml(p.text, p.matches);

/** Undo `html`: drop the marks, decode the entities; must give back the plain text. */
function unhighlight(html: string): string {
  return html
    .replaceAll('<mark>', '')
    .replaceAll('</mark>', '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
}

const marked = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

export const HOSTILE_QUERIES = [
  '"((',
  'AND OR NOT',
  '*',
  'NEAR(a b)',
  '-',
  '""',
  '"',
  '-"',
  '\u0000\u0001',
  '\u0001harbor\u0002',
  'harbor:truce',
  'title:harbor',
  '^harbor',
  '(harbor',
  'harbor)',
  '{harbor truce}',
  "harbor' OR 1=1 --",
  'truce*',
  '**truce',
  '🙂 harbor 🙂',
  'x'.repeat(5_000),
  'harbor '.repeat(800),
  '"harbor'.repeat(300),
  '\\',
  '\uFFFF\uD800',
];

export function describeEngineContract(backend: ContractBackend): void {
  describe(`engine contract: ${backend.name}`, () => {
    after(async () => {
      await backend.cleanup?.();
    });

    describe('searching the fixture articles', () => {
      let engine: SearchEngine;
      const search = (request: SearchRequest) => engine.search(request);

      before(async () => {
        engine = await backend.open();
        await engine.replaceAll(contractArticles);
      });
      after(async () => {
        await engine.close();
      });

      it('counts paragraphs with all the words, then lists those lacking the last words, labelled and uncounted', async () => {
        const result = await search({ q: 'harbor pilots' });
        assert.equal(result.total, 2);
        assert.equal(result.looseTotal, 3);
        assert.equal(result.pages, 1);
        assert.equal(sum(result.facets.outlet), 2, 'facets count what total counts');
        assert.equal(result.articleTotal, 2);
        assert.deepEqual(
          result.hits
            .slice(0, 2)
            .map((h) => h.id)
            .sort(),
          ['pilots-return-0', 'undated-dispatch-0'],
        );
        assert.deepEqual(
          result.hits.map((h) => h.matchedAllTerms),
          [true, true, false, false, false],
        );
        assert.deepEqual(
          result.hits.map((h) => h.match),
          ['exact', 'exact', 'approximate', 'approximate', 'approximate'],
        );
        // Sorted by date, only the counted paragraphs are listed.
        assert.deepEqual(sortedIds(await search({ q: 'harbor pilots', sort: 'newest' })), ['pilots-return-0', 'undated-dispatch-0']);
        assert.ok(result.hits.slice(2).every((h) => /harbor/i.test(h.text) && !/pilots/i.test(h.text)));
        // Words are dropped from the end only: without the first word nothing matches.
        assert.equal((await search({ q: 'zebrafish harbor' })).total, 0);
      });

      it('completes the last word as a prefix when it is no corpus word, only the last, and says so', async () => {
        const prefixed = await search({ q: 'harbor pilo' });
        assert.deepEqual(
          prefixed.hits
            .filter((h) => h.matchedAllTerms)
            .map((h) => h.id)
            .sort(),
          ['pilots-return-0', 'undated-dispatch-0'],
        );
        assert.deepEqual(prefixed.reading.completed, ['pilo']);
        assert.ok(
          prefixed.hits.every((h) => h.match === 'approximate'),
          'a completion is no exact match',
        );
        const quok = await search({ q: 'quok' });
        assert.equal(quok.total, 2);
        assert.deepEqual(quok.reading, { corrected: [], completed: ['quok'], absent: [] });
        assert.equal((await search({ q: 'pilo harbor' })).total, 0);
      });

      it('matches quoted phrases exactly, and hyphenated words as phrases', async () => {
        assert.deepEqual(sortedIds(await search({ q: '"harbor pilots"' })), ['pilots-return-0', 'undated-dispatch-0']);
        assert.equal((await search({ q: '"pilots harbor"' })).total, 0);
        assert.deepEqual(ids(await search({ q: '"cease fire"' })), ['harbor-truce-1']);
        assert.deepEqual(ids(await search({ q: 'cease-fire' })), ['harbor-truce-1']);
        // Joined and spaced spellings find the hyphenated one, with no synonym rule.
        assert.deepEqual(ids(await search({ q: 'ceasefire' })), ['harbor-truce-1']);
        assert.deepEqual(ids(await search({ q: 'cease fire' })), ['harbor-truce-1']);
      });

      it('excludes -words and -"phrases"', async () => {
        const expected = ['harbor-truce-0', 'harbor-truce-1', 'orchard-festival-2'];
        assert.deepEqual(sortedIds(await search({ q: 'harbor -pilots' })), expected);
        assert.deepEqual(sortedIds(await search({ q: 'harbor -"harbor pilots"' })), expected);
        const onlyExcluded = await search({ q: '-harbor', perPage: 100 });
        assert.equal(onlyExcluded.total, totalParagraphs - 5);
        assert.ok(onlyExcluded.hits.every((h) => !/harbor/i.test(h.text)));
      });

      it('ranks a body paragraph above a one-word heading that says the same, however bm25 favours the short', async () => {
        const result = await search({ q: 'quokka' });
        assert.deepEqual(ids(result), ['quokka-census-1', 'quokka-census-0']);
      });

      it('highlights matched words in HTML-escaped text', async () => {
        const result = await search({ q: 'script' });
        assert.deepEqual(ids(result), ['orchard-festival-1']);
        const hit = result.hits[0]!;
        assert.ok(!html(hit).includes('<script'), html(hit));
        assert.ok(html(hit).includes('&lt;'), html(hit));
        assert.equal(unhighlight(html(hit)), hit.text);
        assert.ok(marked(html(hit)).length >= 1);
        for (const word of marked(html(hit))) assert.match(word, /^script/i);

        const heading = (await search({ q: 'harbor', sort: 'oldest' })).hits[0]!;
        assert.equal(heading.id, 'harbor-truce-0');
        assert.equal(html(heading), '<mark>Harbor</mark> truce holds');
        assert.match(html((await search({ q: 'quok' })).hits.find((h) => h.kind === 'heading')!), /^<mark>Quok/);
      });

      it('highlights each hit in its own text, whatever the order', async () => {
        for (const sort of ['relevance', 'newest', 'oldest'] as const) {
          const result = await search({ q: 'harbor', sort });
          assert.ok(result.hits.length >= 3);
          for (const hit of result.hits) {
            assert.equal(unhighlight(html(hit)), hit.text, `${sort}: ${hit.id}`);
            assert.ok(marked(html(hit)).length >= 1, `${sort}: ${hit.id} has a mark`);
          }
        }
      });

      it('copies the article fields into each hit', async () => {
        const hit = (await search({ q: 'cease-fire' })).hits[0]!;
        assert.deepEqual(
          { ...hit, matches: undefined },
          {
            id: 'harbor-truce-1',
            articleId: 'harbor-truce',
            position: 1,
            kind: 'body',
            text: harborTruce.paragraphs[1]!.text,
            title: harborTruce.title,
            outlet: 'Reuters',
            year: 2012,
            date: '2012-11-21',
            language: 'en',
            copyGroup: 'harbor-truce-1',
            matches: undefined,
            articleParagraphs: 4,
            matchedAllTerms: true,
            match: 'exact',
          },
        );
        assert.deepEqual(
          (await search({ q: 'quokka' })).hits.map((h) => h.kind),
          ['body', 'heading'],
        );
      });

      it('counts every match exactly and facets over all of them', async () => {
        const result = await search({ q: 'harbor', perPage: 1 });
        assert.equal(result.total, 5);
        assert.equal(result.totalCapped, false);
        assert.equal(result.articleTotal, 4);
        assert.equal(result.hits.length, 1);
        assert.deepEqual(result.facets.year, { '2012': 2, '2013': 1, '2014': 1, [UNKNOWN_YEAR]: 1 });
        assert.deepEqual(result.facets.outlet, { Reuters: 3, [QUOTED_OUTLET]: 1, AFP: 1 });
      });

      it('counts facets disjunctively: a facet ignores its own filter and respects the others', async () => {
        const byYear = await search({ q: 'harbor', filters: { year: [2012] } });
        assert.equal(byYear.total, 2);
        assert.deepEqual(byYear.facets.year, { '2012': 2, '2013': 1, '2014': 1, [UNKNOWN_YEAR]: 1 });
        assert.deepEqual(byYear.facets.outlet, { Reuters: 2 });

        const byOutlet = await search({ q: 'harbor', filters: { outlet: ['AFP', 'Reuters'] } });
        assert.equal(byOutlet.total, 4);
        assert.deepEqual(byOutlet.facets.outlet, { Reuters: 3, [QUOTED_OUTLET]: 1, AFP: 1 });
        assert.deepEqual(byOutlet.facets.year, { '2012': 2, '2014': 1, [UNKNOWN_YEAR]: 1 });

        const nobody = await search({ q: 'harbor', filters: { outlet: ['Nobody'] } });
        assert.equal(nobody.total, 0);
        assert.deepEqual(nobody.facets.year, {});
        assert.deepEqual(nobody.facets.outlet, { Reuters: 3, [QUOTED_OUTLET]: 1, AFP: 1 });
      });

      it('counts and filters languages like the other facets', async () => {
        const all = await search({ q: 'harbor' });
        assert.deepEqual(all.facets.language, { en: 4, fr: 1 });
        const fr = await search({ q: 'harbor', filters: { language: ['fr'] } });
        assert.deepEqual(ids(fr), ['undated-dispatch-0']);
        assert.deepEqual(fr.facets.language, { en: 4, fr: 1 }, 'the language counts ignore the language filter');
        assert.deepEqual(fr.facets.outlet, { Reuters: 1 });
        const none = await search({ q: 'harbor', filters: { language: ['fr'], outlet: ['AFP'] } });
        assert.equal(none.total, 0);
        assert.deepEqual(none.facets.language, { en: 1 });
      });

      it('filters by year and outlet: OR within a facet, AND across facets', async () => {
        const both = await search({ q: 'harbor', filters: { year: [2014, UNKNOWN_YEAR], outlet: ['AFP', 'Reuters'] } });
        assert.deepEqual(sortedIds(both), ['pilots-return-0', 'undated-dispatch-0']);
        assert.deepEqual(ids(await search({ q: 'harbor', filters: { year: [UNKNOWN_YEAR] } })), ['undated-dispatch-0']);
        assert.deepEqual(ids(await search({ q: 'harbor', filters: { outlet: [QUOTED_OUTLET] } })), ['orchard-festival-2']);
        assert.equal((await search({ q: 'harbor', filters: { year: [1999] } })).total, 0);
        assert.equal((await search({ q: 'harbor', filters: { year: [], outlet: [] } })).total, 5);
      });

      it('lists every paragraph for an empty query, newest first, with facets that add up', async () => {
        const result = await search({ q: '', perPage: 100 });
        assert.equal(result.total, totalParagraphs);
        assert.equal(result.articleTotal, contractArticles.length);
        assert.equal(sum(result.facets.year), totalParagraphs);
        assert.equal(sum(result.facets.outlet), totalParagraphs);
        assert.equal(result.hits[0]!.id, 'pilots-return-0');
        assert.equal(result.hits.at(-1)!.id, 'undated-dispatch-0');
        for (const h of result.hits) assert.equal(html(h).includes('<mark>'), false);
        assert.equal((await search({ q: '   ' })).total, totalParagraphs);
      });

      it('paginates with exact page counts and no overlap', async () => {
        const perPage = 4;
        const first = await search({ q: '', perPage });
        assert.equal(first.pages, Math.ceil(totalParagraphs / perPage));
        const seen: string[] = [];
        for (let page = 1; page <= first.pages; page++) {
          const result = await search({ q: '', perPage, page });
          assert.equal(result.page, page);
          assert.equal(result.total, totalParagraphs);
          assert.ok(result.hits.length <= perPage && result.hits.length > 0);
          seen.push(...ids(result));
        }
        assert.equal(new Set(seen).size, totalParagraphs);
        const past = await search({ q: '', perPage, page: first.pages + 1 });
        assert.deepEqual(past.hits, []);
        assert.equal(past.total, totalParagraphs);

        const harbor = await search({ q: 'harbor', perPage: 2, page: 3 });
        assert.equal(harbor.pages, 3);
        assert.equal(harbor.hits.length, 1);
        assert.equal((await search({ q: 'nosuchword' })).pages, 0);
      });

      it('clamps paging parameters', async () => {
        const big = await search({ q: '', perPage: 1_000 });
        assert.equal(big.perPage, 100);
        const small = await search({ q: '', perPage: 0, page: 0 });
        assert.equal(small.perPage, 1);
        assert.equal(small.page, 1);
        assert.equal(small.hits.length, 1);
        assert.equal((await search({ q: '' })).perPage, 20);
      });

      it('sorts by date, newest or oldest, undated last, then by article and position', async () => {
        const newest = await search({ q: 'truce', sort: 'newest' });
        assert.deepEqual(ids(newest), ['comet-tail-2', 'harbor-truce-0', 'harbor-truce-2', 'undated-dispatch-0']);
        assert.equal(newest.sort, 'newest');
        const oldest = await search({ q: 'truce', sort: 'oldest' });
        assert.deepEqual(ids(oldest), ['harbor-truce-0', 'harbor-truce-2', 'comet-tail-2', 'undated-dispatch-0']);
      });

      it('groups by article: one hit per article, with how many more matched', async () => {
        const result = await search({ q: 'harbor', groupByArticle: true, sort: 'newest' });
        assert.equal(result.groupedByArticle, true);
        assert.equal(result.total, 4);
        assert.equal(result.articleTotal, 4);
        assert.deepEqual(
          result.hits.map((h) => [h.id, h.moreInArticle]),
          [
            ['pilots-return-0', 0],
            ['orchard-festival-2', 0],
            ['harbor-truce-0', 1],
            ['undated-dispatch-0', 0],
          ],
        );
        const ranked = await search({ q: 'harbor', groupByArticle: true, perPage: 2 });
        assert.equal(ranked.pages, 2);
        const page2 = await search({ q: 'harbor', groupByArticle: true, perPage: 2, page: 2 });
        const articles = [...ranked.hits, ...page2.hits].map((h) => h.articleId);
        assert.deepEqual([...articles].sort(), ['harbor-truce', 'orchard-festival', 'pilots-return', 'undated-dispatch']);
      });

      it('rejects a search whose signal has aborted with SearchAbortedError carrying the reason, and answers the next', async () => {
        const reason = new Error('the client left');
        await assert.rejects(engine.search({ q: 'harbor' }, { signal: AbortSignal.abort(reason) }), (error: unknown) => {
          assert.ok(error instanceof SearchAbortedError);
          assert.equal(error.reason, reason);
          return true;
        });
        assert.equal((await engine.search({ q: 'harbor' }, { signal: new AbortController().signal })).total, 5);
        assert.ok(Number.isInteger(engine.parallelism) && engine.parallelism >= 1);
      });

      it('takes the hint that the server is refusing searches at no cost to the answers (refusing)', async () => {
        const before = await engine.search({ q: 'harbor' });
        // A spike's refusals come thousands a second: each hint returns at once and never throws.
        for (let i = 0; i < 1_000; i++) assert.equal(engine.refusing(), undefined);
        const after = await engine.search({ q: 'harbor' });
        assert.deepEqual({ ...after, tookMs: 0 }, { ...before, tookMs: 0 });
      });

      it('says when it is ready, and answers at once after (ready)', async () => {
        await engine.ready();
        // Asked again (a second server start, a test): resolves, never rejects.
        await engine.ready();
        assert.equal((await engine.search({ q: 'harbor' })).total, 5);
      });

      it('answers hostile queries without throwing', async () => {
        for (const q of HOSTILE_QUERIES) {
          const result = await search({ q, perPage: 5 });
          assert.equal(typeof result.total, 'number', `query ${JSON.stringify(q.slice(0, 40))}`);
          assert.ok(Array.isArray(result.hits));
          for (const h of result.hits) assert.ok(!html(h).includes('<script'));
        }
        assert.equal((await search({ q: '\u0001harbor\u0002' })).total, 5);
      });

      it('returns an article with its paragraphs in order, highlighted for a query', async () => {
        const view = await engine.getArticle('harbor-truce', { q: 'truce' });
        assert.ok(view);
        assert.equal(view.title, harborTruce.title);
        assert.equal(view.outlet, 'Reuters');
        assert.equal(view.source, harborTruce.source);
        assert.deepEqual(view.dropped, harborTruce.dropped);
        assert.deepEqual(
          view.paragraphs.map((p) => [p.position, p.kind, p.matched]),
          [
            [0, 'heading', true],
            [1, 'body', false],
            [2, 'body', true],
            [3, 'body', false],
          ],
        );
        assert.equal(
          html(view.paragraphs[2]!),
          'The <mark>truce</mark> was brokered by the lighthouse keepers after weeks of quarrels over the oyster beds.',
        );
        assert.equal(html(view.paragraphs[1]!).includes('<mark>'), false);
        assert.deepEqual(
          view.paragraphs.map((p) => p.text),
          harborTruce.paragraphs.map((p) => p.text),
        );
      });

      it('returns an article without a query as escaped, unmatched text', async () => {
        const view = await engine.getArticle('orchard-festival');
        assert.ok(view);
        assert.equal(view.outlet, QUOTED_OUTLET);
        assert.equal(view.year, 2013);
        assert.ok(view.paragraphs.every((p) => !p.matched && !html(p).includes('<mark>')));
        const hostile = view.paragraphs[1]!;
        assert.ok(!html(hostile).includes('<script'));
        assert.equal(unhighlight(html(hostile)), orchardFestival.paragraphs[1]!.text);
        assert.equal(await engine.getArticle('no-such-article'), null);
        assert.equal(await engine.getArticle('no-such-article', { q: 'harbor' }), null);
      });

      it('lists articles by source path, with paragraph counts', async () => {
        const list = await engine.listArticles();
        const expected = [...contractArticles].sort((a, b) => (a.source < b.source ? -1 : 1));
        assert.deepEqual(
          list.map((a) => [a.id, a.paragraphs, a.outlet, a.year]),
          expected.map((a) => [a.id, a.paragraphs.length, a.outlet, a.year]),
        );
        assert.equal(list[0]!.contentHash, expected[0]!.contentHash);
      });

      it('reports stats and health', async () => {
        const stats = await engine.stats();
        assert.equal(stats.articles, contractArticles.length);
        assert.equal(stats.paragraphs, totalParagraphs);
        assert.ok(stats.builtAt && !Number.isNaN(Date.parse(stats.builtAt)));
        assert.equal((await engine.health()).status, 'ok');
        assert.equal((await engine.health()).engine, engine.name);
      });
    });

    describe('writing', () => {
      const engines: SearchEngine[] = [];
      const open = async (): Promise<SearchEngine> => {
        const engine = await backend.open();
        engines.push(engine);
        return engine;
      };
      after(async () => {
        for (const engine of engines) await engine.close();
      });

      it('is empty before the first index and says so', async () => {
        const engine = await open();
        assert.equal((await engine.health()).status, 'empty');
        await assert.rejects(engine.search({ q: 'harbor' }), { name: 'EngineUnavailableError' });
        assert.equal(await engine.getArticle('harbor-truce'), null);
        assert.deepEqual(await engine.listArticles(), []);
      });

      it('replaces the whole index atomically: old results until the new index is complete', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        const during: SearchResult[] = [];
        async function* slowly(): AsyncGenerator<ArticleInput> {
          yield replacementArticles[0]!;
          during.push(await engine.search({ q: 'harbor' }), await engine.search({ q: 'glacier' }));
          yield* replacementArticles.slice(1);
          during.push(await engine.search({ q: 'harbor' }));
        }
        const stats = await engine.replaceAll(slowly());
        assert.deepEqual(stats, { articles: 2, paragraphs: 3 });
        assert.deepEqual(
          during.map((r) => r.total),
          [5, 0, 5],
        );
        assert.equal((await engine.search({ q: 'harbor' })).total, 0);
        assert.equal((await engine.search({ q: 'glacier' })).total, 3);
        assert.equal((await engine.stats()).articles, 2);
        assert.equal(await engine.getArticle('harbor-truce'), null);
      });

      it('reports match ranges as UTF-16 offsets into the text, past accents, emoji and other scripts', async () => {
        const engine = await open();
        const text = 'Café 🙂 talks: a naïve truce — 東京 welcomed the truce, 🙂🙂 TRUCE!';
        await engine.replaceAll([
          bodyArticle({ id: 'ranges', folder: 'ranges', outlet: 'Wire', date: '2020-01-01', title: 'Ranges', texts: [text] }),
        ]);
        for (const view of [
          (await engine.search({ q: 'truce' })).hits[0]!,
          (await engine.getArticle('ranges', { q: 'truce' }))!.paragraphs[0]!,
        ]) {
          assert.equal(view.text, text);
          assert.deepEqual(
            view.matches.map(([s, e]) => text.slice(s, e)),
            ['truce', 'truce', 'TRUCE'],
          );
          for (let i = 1; i < view.matches.length; i++)
            assert.ok(view.matches[i]![0] >= view.matches[i - 1]![1], 'ascending, not overlapping');
        }
        const hit = (await engine.search({ q: 'naive cafe' })).hits[0]!;
        assert.deepEqual(
          hit.matches.map(([s, e]) => text.slice(s, e)),
          ['Café', 'naïve'],
        );
      });

      it('gives the same results when the same input is indexed twice', async () => {
        const engine = await open();
        const snapshot = async () =>
          Promise.all(
            ['', 'harbor', 'truce -pilots', '"cease fire"'].map(async (q) => {
              const r = await engine.search({ q, perPage: 100 });
              return { ids: ids(r), total: r.total, facets: r.facets, highlighted: r.hits.map((h) => html(h)) };
            }),
          );
        await engine.replaceAll(contractArticles);
        const once = await snapshot();
        await engine.replaceAll(contractArticles);
        assert.deepEqual(await snapshot(), once);
      });

      it('upserts an article by replacing all its paragraphs', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        await engine.upsertArticles([
          { ...cometTail, paragraphs: [{ position: 0, kind: 'body', text: 'The comet vanished behind the moon.' }] },
          { ...replacementArticles[1]! },
        ]);
        assert.deepEqual(ids(await engine.search({ q: 'comet' })), ['comet-tail-0']);
        assert.equal((await engine.search({ q: 'telescope' })).total, 0);
        assert.equal((await engine.search({ q: 'truce' })).total, 3);
        assert.deepEqual(ids(await engine.search({ q: 'glacier' })), ['glacier-survey-0']);
        assert.equal((await engine.getArticle('comet-tail'))!.paragraphs.length, 1);
        const stats = await engine.stats();
        assert.equal(stats.articles, contractArticles.length + 1);
        assert.equal(stats.paragraphs, totalParagraphs - 2 + 1);
        assert.equal((await engine.search({ q: '' })).facets.year['2016'], 1);
      });

      it('answers a repeated query the same way, and the next answer after a write sees it', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        const same = (r: SearchResult) => ({ ...r, tookMs: 0 });
        const first = await engine.search({ q: 'harbor', perPage: 2 });
        assert.deepEqual(same(await engine.search({ q: 'harbor', perPage: 2 })), same(first));
        const next = await engine.search({ q: 'harbor', perPage: 2, page: 2 });
        assert.equal(next.total, first.total);
        assert.deepEqual(next.facets, first.facets);
        assert.ok(ids(next).every((id) => !ids(first).includes(id)));
        await engine.upsertArticles([
          { ...cometTail, paragraphs: [{ position: 0, kind: 'body', text: 'A harbor seal watched the comet pass.' }] },
        ]);
        const later = await engine.search({ q: 'harbor', perPage: 2 });
        assert.equal(later.total, first.total + 1);
        assert.equal(later.facets.outlet[cometTail.outlet], (first.facets.outlet[cometTail.outlet] ?? 0) + 1);
        assert.equal(later.facets.year['2014'], (first.facets.year['2014'] ?? 0) + 1);
      });

      it('deletes articles', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        await engine.deleteArticles(['comet-tail', 'no-such-article']);
        assert.equal((await engine.search({ q: 'comet' })).total, 0);
        assert.equal((await engine.search({ q: 'truce' })).total, 3);
        assert.equal(await engine.getArticle('comet-tail'), null);
        assert.equal((await engine.stats()).articles, contractArticles.length - 1);
        assert.equal(
          (await engine.listArticles()).some((a) => a.id === 'comet-tail'),
          false,
        );
        const all = await engine.search({ q: '' });
        assert.equal(all.total, totalParagraphs - cometTail.paragraphs.length);
        assert.equal(sum(all.facets.year), all.total);
      });
    });

    describe('what a first production deployment meets (issue 21)', () => {
      const engines: SearchEngine[] = [];
      const open = async (how: () => Promise<SearchEngine> = () => backend.open()): Promise<SearchEngine> => {
        const engine = await how();
        engines.push(engine);
        return engine;
      };
      after(async () => {
        for (const engine of engines) await engine.close();
      });

      it('keeps two articles whose ids differ only in case apart: reads, upserts and deletes touch only the exact id', async () => {
        const engine = await open();
        await engine.replaceAll([...contractArticles, caseUpper]);
        await engine.upsertArticles([caseLower]);
        const upper = await engine.getArticle('Case-Study');
        assert.deepEqual(
          upper?.paragraphs.map((p) => p.text),
          caseUpper.paragraphs.map((p) => p.text),
        );
        assert.equal(upper?.title, caseUpper.title);
        assert.deepEqual(
          (await engine.getArticle('case-study'))?.paragraphs.map((p) => p.text),
          caseLower.paragraphs.map((p) => p.text),
        );
        // Re-indexing one (shrunk to nothing but a new first paragraph) leaves the other whole.
        await engine.upsertArticles([{ ...caseLower, paragraphs: [{ position: 0, kind: 'body', text: 'The ibex left.' }] }]);
        assert.deepEqual(ids(await engine.search({ q: 'marmot', sort: 'oldest' })), ['Case-Study-0', 'Case-Study-1']);
        await engine.deleteArticles(['case-study']);
        assert.deepEqual(ids(await engine.search({ q: 'marmot', sort: 'oldest' })), ['Case-Study-0', 'Case-Study-1']);
        assert.equal((await engine.search({ q: 'ibex' })).total, 0);
        assert.equal(await engine.getArticle('case-study'), null);
        assert.equal((await engine.getArticle('Case-Study'))?.paragraphs.length, 2);
        assert.deepEqual(
          (await engine.listArticles()).filter((a) => a.id.toLowerCase() === 'case-study').map((a) => [a.id, a.paragraphs]),
          [['Case-Study', 2]],
        );
        assert.equal((await engine.stats()).paragraphs, totalParagraphs + 2);
      });

      it('suggests from the words an incremental update brought, and stops suggesting the words it took away', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        const misspelt = 'quetzalcoatlas';
        assert.deepEqual((await engine.search({ q: misspelt })).suggestions ?? [], [], 'nothing to suggest before');
        await engine.upsertArticles([pterosaurFind]);
        const exact = await engine.search({ q: 'quetzalcoatlus' });
        assert.equal(exact.total, 1);
        assert.deepEqual(exact.suggestions ?? [], [], 'a word with hits is not "corrected"');
        assert.deepEqual((await engine.search({ q: misspelt })).suggestions, ['quetzalcoatlus']);
        await engine.deleteArticles([pterosaurFind.id]);
        assert.deepEqual((await engine.search({ q: misspelt })).suggestions ?? [], [], "a deleted article's words are gone");
      });

      it('says whether an answer is complete: an ordinary search is not degraded', async () => {
        const engine = await open();
        await engine.replaceAll(contractArticles);
        for (const q of ['', 'harbor', 'harbor pilots', '"cease fire"']) assert.equal((await engine.search({ q })).degraded, false, q);
      });

      it("marks an answer cut short by the engine's time limit as degraded", async (t) => {
        if (!backend.openCutOff) {
          console.log(`SKIPPED for ${backend.name}: this engine never stops a search early (every answer is complete, degraded: false)`);
          t.skip(`${backend.name} has no search cut-off: every answer is complete`);
          return;
        }
        const engine = await open(backend.openCutOff);
        await engine.replaceAll(contractArticles);
        const result = await engine.search({ q: 'harbor pilots' });
        assert.equal(result.degraded, true);
        assert.ok(result.hits.length > 0, 'the best hits found in the time are still returned');
      });
    });
  });
}
