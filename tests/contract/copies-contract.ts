/**
 * Copy groups (issue 24), run against every backend: the fixture corpus in
 * tests/fixtures/contract/copies.ts, grouped by a full build and kept right by in-place writes.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ArticleInput, ParagraphInput, SearchEngine, SearchResult } from '../../engine/contract/types.ts';
import {
  copyArticles,
  damOriginal,
  damRepost,
  ferrySaved,
  ferrySavedAgain,
  teamSheets,
  WIRE,
  wireCourier,
  wireFollowup,
  wireGazette,
  wireHerald,
  wireReuters,
  wireTimes,
} from '../fixtures/contract/copies.ts';
import type { ContractBackend } from './engine-contract.ts';
import { bodyArticle } from '../fixtures/contract/body-article.ts';
import { indexView } from '../helpers/index-view.ts';

/** Every paragraph's copy group, by paragraph id, read through getArticle. */
async function groupsOf(engine: SearchEngine, articles: readonly ArticleInput[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const a of articles) {
    const view = await engine.getArticle(a.id);
    assert.ok(view, `article ${a.id} is indexed`);
    for (const p of view.paragraphs) out.set(`${a.id}-${p.position}`, p.copyGroup);
  }
  return out;
}

/** The groups as sets of paragraph ids, only those with more than one member, sorted. */
function partition(groups: Map<string, string>): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const [id, group] of groups) byGroup.set(group, [...(byGroup.get(group) ?? []), id]);
  return [...byGroup.values()]
    .filter((m) => m.length > 1)
    .map((m) => m.sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const p = (article: ArticleInput, position: number) => `${article.id}-${position}`;

const ids = (result: SearchResult): string[] => result.hits.map((h) => h.id);

/** Paragraphs numbered 0, 1, … in the order given. */
const renumber = (paragraphs: readonly ParagraphInput[]): ParagraphInput[] => paragraphs.map((q, position) => ({ ...q, position }));

/** The expected groups of the whole fixture corpus, led by the first indexed copy. */
const EXPECTED: string[][] = [
  [p(damOriginal, 0), p(damRepost, 0)],
  [p(damOriginal, 1), p(damRepost, 1)],
  [p(damOriginal, 2), p(damRepost, 2)],
  [p(ferrySaved, 0), p(ferrySavedAgain, 0)],
  [p(ferrySaved, 1), p(ferrySavedAgain, 1)],
  [p(wireCourier, 0), p(wireGazette, 0), p(wireHerald, 0), p(wireReuters, 0), p(wireTimes, 0)],
  [p(wireCourier, 1), p(wireGazette, 1), p(wireHerald, 1), p(wireReuters, 1), p(wireTimes, 1)],
  [p(wireCourier, 2), p(wireGazette, 2), p(wireHerald, 2), p(wireReuters, 2), p(wireTimes, 2)],
  [p(wireCourier, 3), p(wireGazette, 3), p(wireHerald, 3), p(wireReuters, 3), p(wireTimes, 3)],
  [p(wireGazette, 4), p(wireHerald, 4), p(wireReuters, 4)],
  [p(wireGazette, 5), p(wireReuters, 5)],
].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

export function describeCopyContract(backend: ContractBackend): void {
  describe(`copy groups: ${backend.name}`, () => {
    // The tests that only read the whole fixture corpus share one engine, built on first use:
    // opening an engine (its search workers and writer thread, in the pooled backend) is most of
    // such a test's time, and they assert on the same index a fresh build of copyArticles gives.
    let built: Promise<SearchEngine> | undefined;
    const copyIndex = (): Promise<SearchEngine> => {
      built ??= backend.open().then(async (engine) => {
        await engine.replaceAll(copyArticles);
        return engine;
      });
      return built;
    };
    after(async () => {
      // A build that failed failed its tests already; there is then nothing to close.
      await (await built?.catch(() => undefined))?.close();
      await backend.cleanup?.();
    });

    it('groups each wire paragraph with its copies, and nothing else', async () => {
      const engine = await copyIndex();
      const groups = await groupsOf(engine, copyArticles);
      assert.deepEqual(partition(groups), EXPECTED);
      // The group id is the first indexed copy's paragraph id; a paragraph alone is its own group.
      for (let i = 0; i < WIRE.length; i++) assert.equal(groups.get(p(wireGazette, i)), p(wireReuters, i));
      assert.equal(groups.get(p(damRepost, 3)), p(damRepost, 3));
      for (let i = 0; i < 3; i++) assert.equal(groups.get(p(wireFollowup, i)), p(wireFollowup, i));
      assert.notEqual(groups.get(p(teamSheets, 0)), groups.get(p(teamSheets, 1)));
    });

    it('says in its stats whether the index has copies, kept right by in-place writes', async () => {
      const engine = await backend.open();
      try {
        assert.equal((await engine.stats()).hasCopies, false, 'no index yet');
        await engine.replaceAll([damOriginal, wireFollowup]);
        assert.equal((await engine.stats()).hasCopies, false);
        await engine.upsertArticles([damRepost]);
        assert.equal((await engine.stats()).hasCopies, true, 'a repost added in place');
        await engine.deleteArticles([damOriginal.id]);
        assert.equal((await engine.stats()).hasCopies, false, 'the original deleted: the repost copies nothing left');
        await engine.replaceAll(copyArticles);
        assert.equal((await engine.stats()).hasCopies, true, 'a full build with copies');
      } finally {
        await engine.close();
      }
    });

    it('marks the articles that mostly copy an earlier one', async () => {
      const engine = await copyIndex();
      const copyOf = new Map((await engine.listArticles()).map((a) => [a.id, a.copyOf]));
      assert.deepEqual(copyOf.get(wireReuters.id), null);
      assert.deepEqual(copyOf.get(wireHerald.id), { id: wireReuters.id, shared: 5 });
      assert.deepEqual(copyOf.get(wireCourier.id), { id: wireReuters.id, shared: 4 });
      assert.deepEqual(copyOf.get(wireGazette.id), { id: wireReuters.id, shared: 6 });
      assert.deepEqual(copyOf.get(wireTimes.id), { id: wireReuters.id, shared: 4 });
      assert.deepEqual(copyOf.get(damRepost.id), { id: damOriginal.id, shared: 3 });
      assert.deepEqual(copyOf.get(ferrySavedAgain.id), { id: ferrySaved.id, shared: 2 });
      for (const a of [damOriginal, ferrySaved, wireFollowup, teamSheets]) assert.equal(copyOf.get(a.id), null, a.id);
      assert.deepEqual((await engine.getArticle(wireHerald.id))!.copyOf, { id: wireReuters.id, shared: 5 });
    });

    it('lists on an article the other articles sharing its paragraphs, and marks each paragraph', async () => {
      const engine = await copyIndex();
      const herald = (await engine.getArticle(wireHerald.id))!;
      assert.deepEqual(
        herald.sharedWith.map((a) => [a.id, a.shared, a.outlet]),
        [
          [wireGazette.id, 5, 'Evening Gazette'],
          [wireReuters.id, 5, 'Reuters'],
          [wireCourier.id, 4, 'Daily Courier'],
          [wireTimes.id, 4, 'Norland Times'],
        ],
      );
      assert.deepEqual(
        herald.paragraphs.map((p) => p.copiedIn),
        [4, 4, 4, 4, 2],
      );
      const followup = (await engine.getArticle(wireFollowup.id))!;
      assert.deepEqual(followup.sharedWith, []);
      assert.deepEqual(
        followup.paragraphs.map((p) => p.copiedIn),
        [0, 0, 0],
      );
      const again = (await engine.getArticle(ferrySavedAgain.id))!;
      assert.deepEqual(again.sharedWith, [
        { id: ferrySaved.id, title: ferrySaved.title, outlet: 'Coast News', date: '2024-01-20', shared: 2 },
      ]);
    });

    it('carries the group on every search hit', async () => {
      const engine = await copyIndex();
      const result = await engine.search({ q: 'spillway', perPage: 20 });
      assert.deepEqual(result.hits.map((h) => [h.id, h.copyGroup]).sort(), [
        [p(damOriginal, 0), p(damOriginal, 0)],
        [p(damOriginal, 2), p(damOriginal, 2)],
        [p(damRepost, 0), p(damOriginal, 0)],
        [p(damRepost, 2), p(damOriginal, 2)],
      ]);
    });

    it('collapses copies on request: one hit per group, the earliest dated copy, with where else it ran', async () => {
      const engine = await copyIndex();
      const plain = await engine.search({ q: 'strengthened' });
      assert.equal(plain.total, 5);
      assert.equal(plain.distinctTotal, null);
      assert.equal(plain.hits[0]!.copies, undefined);

      const collapsed = await engine.search({ q: 'strengthened', dedupe: true });
      assert.equal(collapsed.total, 5, 'the paragraphs are still counted');
      assert.equal(collapsed.distinctTotal, 1);
      assert.equal(collapsed.pages, 1);
      // Three copies dated 7 March: the first indexed of them; the undated one never leads.
      assert.deepEqual(
        collapsed.hits.map((h) => [h.id, h.copies]),
        [[p(wireReuters, 3), { count: 4, articles: 4, outlets: ['Daily Courier', 'Evening Gazette', 'Norland Times', 'The Herald'] }]],
      );
      assert.deepEqual(collapsed.facets.outlet, { Reuters: 1 }, 'facets count distinct paragraphs');
      assert.deepEqual(collapsed.facets.year, { '2024': 1 });

      const dam = await engine.search({ q: 'spillway', dedupe: true, sort: 'newest' });
      assert.deepEqual([dam.total, dam.distinctTotal], [4, 2]);
      assert.deepEqual(dam.hits.map((h) => [h.id, h.copies]).sort(), [
        [p(damOriginal, 0), { count: 1, articles: 1, outlets: ['Rivers Blog'] }],
        [p(damOriginal, 2), { count: 1, articles: 1, outlets: ['Rivers Blog'] }],
      ]);

      // Filtered to one outlet, a group shows the copy that outlet printed, and counts no others.
      const blog = await engine.search({ q: 'spillway', dedupe: true, filters: { outlet: ['Rivers Blog'] } });
      assert.deepEqual(blog.hits.map((h) => [h.id, h.copies?.count]).sort(), [
        [p(damRepost, 0), 0],
        [p(damRepost, 2), 0],
      ]);
      assert.equal(blog.distinctTotal, 2);
    });

    it("counts a hit's copies as articles apart from paragraphs, and the summary's articles among all counted paragraphs", async () => {
      // A paragraph run by three articles, one of which prints it twice (a live page repeating it).
      const text =
        'Volunteers cleared the flooded underpass at Harrow Lane overnight and the council said the road would reopen to buses by Monday morning.';
      const other = (n: number) => `A paragraph of its own, number ${n}, about nothing the others mention at all today.`;
      const first = bodyArticle({
        id: 'flood-first',
        folder: 'copies',
        outlet: 'Lane Post',
        date: '2024-05-01',
        title: 'Underpass',
        texts: [text, other(1)],
      });
      const twice = bodyArticle({
        id: 'flood-live',
        folder: 'copies',
        outlet: 'City Live',
        date: '2024-05-02',
        title: 'Live',
        texts: [text, other(2), text],
      });
      const again = bodyArticle({
        id: 'flood-again',
        folder: 'copies',
        outlet: 'City Live',
        date: '2024-05-03',
        title: 'Again',
        texts: [text],
      });
      const engine = await backend.open();
      try {
        await engine.replaceAll([first, twice, again]);
        const all = await engine.search({ q: 'underpass', dedupe: true });
        assert.deepEqual([all.total, all.distinctTotal, all.articleTotal], [4, 1, 3], 'the 4 paragraphs are in 3 articles');
        assert.deepEqual(
          all.hits.map((h) => [h.id, h.copies]),
          [[p(first, 0), { count: 3, articles: 2, outlets: ['City Live'] }]],
        );
        // The live page's own repeat is another copy, but no other article.
        const live = await engine.search({ q: 'underpass', dedupe: true, filters: { outlet: ['City Live'] } });
        assert.deepEqual([live.total, live.distinctTotal, live.articleTotal], [3, 1, 2]);
        assert.deepEqual(
          live.hits.map((h) => [h.id, h.copies]),
          [[p(twice, 0), { count: 2, articles: 1, outlets: ['City Live'] }]],
        );
        const alone = await engine.search({ q: 'underpass', dedupe: true, filters: { year: [2024] }, sort: 'newest' });
        assert.equal(alone.articleTotal, 3);
        const plain = await engine.search({ q: 'underpass' });
        assert.deepEqual([plain.total, plain.articleTotal], [4, 3]);
      } finally {
        await engine.close();
      }
    });

    it("lists one copy group's matching paragraphs (the copies behind a collapsed hit), filters applied", async () => {
      const engine = await copyIndex();
      const group = p(wireReuters, 3);
      const all = await engine.search({ q: 'strengthened', filters: { copyGroup: group }, sort: 'oldest' });
      assert.equal(all.total, 5);
      assert.deepEqual(
        all.hits.map((h) => h.copyGroup),
        Array(5).fill(group),
      );
      assert.deepEqual(all.facets.outlet, { 'Daily Courier': 1, 'Evening Gazette': 1, 'Norland Times': 1, Reuters: 1, 'The Herald': 1 });
      // By relevance too (the ranking walks every match and must skip the other groups').
      const dam = await engine.search({ q: 'spillway', filters: { copyGroup: p(damOriginal, 0) } });
      assert.deepEqual(dam.hits.map((h) => h.id).sort(), [p(damOriginal, 0), p(damRepost, 0)]);
      const everything = await engine.search({ q: '', filters: { copyGroup: p(damOriginal, 2) } });
      assert.deepEqual(everything.hits.map((h) => h.id).sort(), [p(damOriginal, 2), p(damRepost, 2)]);
      const herald = await engine.search({ q: 'strengthened', filters: { copyGroup: group, outlet: ['The Herald'] } });
      assert.deepEqual(
        herald.hits.map((h) => h.id),
        [p(wireHerald, 3)],
      );
      // A paragraph that leads no group (a member, or no paragraph at all) lists nothing.
      for (const id of [p(wireHerald, 3), 'no-such-article-0', 'not an id']) {
        assert.equal((await engine.search({ q: 'strengthened', filters: { copyGroup: id } })).total, 0, id);
      }
    });

    it('revises articles where they stand: the index a full build of the new versions in the same order gives', async () => {
      const engine = await backend.open();
      const fresh = await backend.open();
      try {
        await engine.replaceAll([wireFollowup, wireReuters, wireHerald, wireCourier, wireGazette, ferrySaved, ferrySavedAgain]);
        // New versions as the indexer's furniture fix-up sends them. The leading article: the same
        // paragraphs, a line more dropped, another hash, a folder's outlet.
        const furniture = { line: 30, reason: 'boilerplate', text: 'Share this story' } as const;
        const reuters = { ...wireReuters, outlet: 'Reuters News', contentHash: 'revised', dropped: [furniture] };
        // A copy whose first line was furniture: one paragraph fewer, the others moved up.
        const herald = {
          ...wireHerald,
          contentHash: 'revised',
          paragraphs: renumber(wireHerald.paragraphs.slice(1)),
          dropped: [furniture],
        };
        // A copy that grew (a paragraph it had lost came back) and changed one, followed by others.
        const courier = {
          ...wireCourier,
          contentHash: 'revised',
          paragraphs: renumber([
            ...wireCourier.paragraphs.slice(0, 3),
            { position: 0, kind: 'body', text: WIRE[3]!.replace('crown', 'krone') },
            { position: 0, kind: 'body', text: WIRE[4]! },
          ]),
        } satisfies ArticleInput;
        await engine.reviseArticles([reuters, herald, courier, teamSheets]);
        await fresh.replaceAll([wireFollowup, reuters, herald, courier, wireGazette, ferrySaved, ferrySavedAgain, teamSheets]);
        const all = [wireFollowup, reuters, herald, courier, wireGazette, ferrySaved, ferrySavedAgain, teamSheets];
        const queries = [
          { q: 'central bank', dedupe: true },
          { q: 'rates', sort: 'newest' as const },
          { q: 'crown krone', groupByArticle: true },
        ];
        assert.deepEqual(await indexView(engine, all, queries), await indexView(fresh, all, queries));
        // The revised leading article still leads its copies (an upsert would have moved it after them).
        const groups = await groupsOf(engine, [wireGazette, courier]);
        assert.equal(groups.get(p(wireGazette, 0)), p(wireReuters, 0));
        assert.equal(groups.get(p(courier, 4)), p(wireReuters, 4));
        assert.deepEqual((await engine.listArticles()).find((a) => a.id === wireGazette.id)!.copyOf, { id: wireReuters.id, shared: 6 });
        // Words only in what a revision removed are gone; the new ones are found.
        assert.deepEqual(ids(await engine.search({ q: 'oslovik' })), [p(wireGazette, 0)]);
        assert.deepEqual(ids(await engine.search({ q: 'krone' })), [p(courier, 3)]);
        assert.deepEqual((await engine.search({ q: '', filters: { outlet: ['Reuters News'] } })).total, 6);
      } finally {
        await engine.close();
        await fresh.close();
      }
    });

    it('rehashes stored articles: the index a full build of them under the new hashes gives; an unknown id is passed over', async () => {
      const engine = await backend.open();
      const fresh = await backend.open();
      try {
        await engine.replaceAll([wireFollowup, wireReuters, wireHerald, ferrySaved]);
        // As the indexer's furniture fix-up sends an article the furniture changed nothing in but its hash.
        await engine.rehashArticles([
          { id: wireReuters.id, contentHash: 'rehashed' },
          { id: ferrySaved.id, contentHash: 'rehashed too' },
          { id: 'no-such-article', contentHash: 'never stored' },
        ]);
        const reuters = { ...wireReuters, contentHash: 'rehashed' };
        const ferry = { ...ferrySaved, contentHash: 'rehashed too' };
        const all = [wireFollowup, reuters, wireHerald, ferry];
        await fresh.replaceAll(all);
        const queries = [{ q: 'central bank', dedupe: true }, { q: 'ferry' }];
        assert.deepEqual(await indexView(engine, all, queries), await indexView(fresh, all, queries));
        const listed = await engine.listArticles();
        assert.equal(listed.length, 4);
        assert.equal(listed.find((a) => a.id === wireReuters.id)!.contentHash, 'rehashed');
        assert.equal(await engine.getArticle('no-such-article'), null);
      } finally {
        await engine.close();
        await fresh.close();
      }
    });

    it('keeps the groups right through upserts and deletes, as a full build of the same articles would', async () => {
      const engine = await backend.open();
      const fresh = await backend.open();
      try {
        // Built up piecemeal: the copies first, then the original, then a copy removed.
        await engine.replaceAll([wireFollowup, teamSheets, ferrySaved]);
        await engine.upsertArticles([wireHerald, wireCourier]);
        await engine.upsertArticles([ferrySavedAgain, wireGazette]);
        await engine.deleteArticles([wireHerald.id]);
        const piecemeal = await groupsOf(engine, [wireFollowup, teamSheets, ferrySaved, wireCourier, ferrySavedAgain, wireGazette]);
        await fresh.replaceAll([wireFollowup, teamSheets, ferrySaved, wireCourier, ferrySavedAgain, wireGazette]);
        const full = await groupsOf(fresh, [wireFollowup, teamSheets, ferrySaved, wireCourier, ferrySavedAgain, wireGazette]);
        assert.deepEqual([...piecemeal].sort(), [...full].sort());
        // The deleted article led the wire groups: the next copy in index order leads them now.
        assert.equal(piecemeal.get(p(wireGazette, 0)), p(wireCourier, 0));
        assert.equal(piecemeal.get(p(wireGazette, 4)), p(wireGazette, 4));
        assert.equal(piecemeal.get(p(ferrySavedAgain, 1)), p(ferrySaved, 1));
        assert.deepEqual((await engine.listArticles()).find((a) => a.id === wireGazette.id)!.copyOf, { id: wireCourier.id, shared: 4 });

        // Changing the leading article moves it to the end of index order: its copies lead now.
        await engine.upsertArticles([{ ...wireCourier, contentHash: 'changed' }]);
        const after = await groupsOf(engine, [wireCourier, wireGazette]);
        assert.equal(after.get(p(wireCourier, 0)), p(wireGazette, 0));
        assert.equal(after.get(p(wireCourier, 1)), p(wireGazette, 1));
      } finally {
        await engine.close();
        await fresh.close();
      }
    });
  });
}
