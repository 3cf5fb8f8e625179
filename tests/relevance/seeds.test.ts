/**
 * Issue 4's acceptance on the seed corpus, and the judged seed queries, for every backend
 * (Meilisearch when MEILI_URL is set). The corpus goes through the real indexer; the synonyms
 * through `loadSynonyms` and `setSynonyms`, as an incremental indexer run applies them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { SearchEngine, SearchResult } from '../../engine/contract/types.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { loadSynonyms } from '../../indexer/read/synonyms.ts';
import { contractBackends } from '../contract/backends.ts';
import { reciprocalRank, recallAt10, seedJudgements } from './judged.ts';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const CHINA_DAILY = '000_f7c7ebc26e647ea3';
const JPOST = '001_81ee522c7847b2ee';

for (const backend of contractBackends()) {
  describe(`seed corpus acceptance: ${backend.name}`, () => {
    let engine: SearchEngine;
    const all = (q: string, extra: Partial<Parameters<SearchEngine['search']>[0]> = {}) => engine.search({ q, perPage: 100, ...extra });
    const set = (r: SearchResult) => r.hits.map((h) => h.id).sort();

    before(async () => {
      engine = await backend.open();
      await indexCorpus({ corpusDir: CORPUS, engine, mode: 'full' });
      const rules = await loadSynonyms(CORPUS);
      assert.ok(rules, 'corpus/synonyms.yaml exists');
      await engine.setSynonyms(rules);
    });
    after(async () => {
      await engine.close();
      await backend.cleanup?.();
    });

    it('Morsi finds the China Daily paragraph with Mursi and the Jerusalem Post ones with Morsi', async () => {
      const r = await all('Morsi');
      assert.ok(r.hits.some((h) => h.articleId === CHINA_DAILY && /\bMursi\b/.test(h.text)));
      const jpost = r.hits.filter((h) => h.articleId === JPOST && /\bMorsi\b/.test(h.text));
      assert.ok(jpost.length >= 2, `${jpost.length} Jerusalem Post paragraphs`);
    });

    it('cease-fire, ceasefire and cease fire return the same paragraphs', async () => {
      const [hyphen, joined, spaced] = await Promise.all(['cease-fire', 'ceasefire', 'cease fire'].map((q) => all(q)));
      assert.ok(hyphen!.total > 10);
      assert.deepEqual(set(joined!), set(hyphen!));
      assert.deepEqual(set(spaced!), set(hyphen!));
      assert.ok(hyphen!.hits.some((h) => /\bceasefire\b/i.test(h.text)) && hyphen!.hits.some((h) => /\bcease-fire\b/i.test(h.text)));
      assert.ok(
        hyphen!.hits.some((h) => /\btruce\b/i.test(h.text)),
        'the synonym truce',
      );
    });

    it('Binyamin Netanyahu finds Benjamin Netanyahu; Mahmoud Abbas finds Mahmud Abbas', async () => {
      assert.ok((await all('Binyamin Netanyahu')).hits.some((h) => /Benjamin Netanyahu/.test(h.text)));
      assert.ok((await all('Mahmoud Abbas')).hits.some((h) => /Mahmud Abbas/.test(h.text)));
    });

    it('Netanyahoo and Blinkin find Netanyahu and Blinken; ceasef finds ceasefire', async () => {
      assert.ok((await all('Netanyahoo')).hits.some((h) => /Netanyahu/.test(h.text)));
      assert.ok((await all('Blinkin')).hits.some((h) => /Blinken/.test(h.text)));
      assert.ok((await all('ceasef')).hits.some((h) => /\bceasefire\b/i.test(h.text)));
    });

    it('"durable outcome" finds only the China Daily paragraphs with that phrase', async () => {
      const r = await all('"durable outcome"');
      assert.ok(r.total >= 1);
      assert.ok(r.hits.every((h) => h.articleId === CHINA_DAILY && /durable outcome/.test(h.text)));
    });

    it('truce -Hamas returns no paragraph containing Hamas', async () => {
      const r = await all('truce -Hamas');
      assert.ok(r.total > 0);
      assert.ok(r.hits.every((h) => !/hamas/i.test(h.text)));
    });

    it('ranks paragraphs with all the words above those with some', async () => {
      const r = await all('Clinton Netanyahu');
      const flags = r.hits.map((h) => h.matchedAllTerms);
      assert.ok(flags.includes(true) && flags.includes(false));
      assert.equal(flags.indexOf(false), flags.lastIndexOf(true) + 1, 'no partial match above a full one');
    });

    it('Morsi and Mursi give the same paragraphs, none of them "morning", all counted', async () => {
      const [morsi, mursi] = await Promise.all([all('Morsi'), all('Mursi')]);
      assert.deepEqual(set(morsi), set(mursi));
      assert.ok(morsi.total > 0 && morsi.total === mursi.total);
      assert.ok(
        morsi.hits.every((h) => /\bM[ou]rsi\b/.test(h.text)),
        'no hit without Morsi or Mursi',
      );
      assert.ok(!morsi.hits.some((h) => /morning/i.test(h.text) && !/\bM[ou]rsi\b/.test(h.text)));
      assert.deepEqual(morsi.reading, { corrected: [], completed: [], absent: [] });
    });

    it('groups by article: at most one hit per article, with a correct count of further matches', async () => {
      const flat = await all('Netanyahu');
      const grouped = await all('Netanyahu', { groupByArticle: true });
      const perArticle = new Map<string, number>();
      for (const h of flat.hits) perArticle.set(h.articleId, (perArticle.get(h.articleId) ?? 0) + 1);
      assert.equal(grouped.total, perArticle.size);
      assert.equal(new Set(grouped.hits.map((h) => h.articleId)).size, grouped.hits.length);
      for (const h of grouped.hits) assert.equal(h.moreInArticle, perArticle.get(h.articleId)! - 1, h.articleId);
    });

    it("says how many paragraphs each hit's article has", async () => {
      const articles = new Map((await engine.listArticles()).map((a) => [a.id, a.paragraphs]));
      for (const h of (await all('Gaza')).hits) assert.equal(h.articleParagraphs, articles.get(h.articleId));
    });

    it('suggests an indexed spelling when a word is unknown', async () => {
      assert.deepEqual((await all('Netanyahoo')).suggestions, ['netanyahu']);
      assert.deepEqual((await all('Netanyahu')).suggestions ?? [], []);
    });

    describe('judged queries', () => {
      for (const judged of seedJudgements) {
        it(`${judged.q} — ${judged.why}`, async () => {
          const r = await all(judged.q);
          assert.equal(reciprocalRank(r.hits, judged), 1, 'the first hit is relevant');
          assert.equal(recallAt10(r.hits, judged), 1, 'the first ten hits are as relevant as they can be');
        });
      }
    });
  });
}

for (const backend of contractBackends()) {
  describe(`a spelling the synonym list does not know: ${backend.name}`, () => {
    let engine: SearchEngine;
    before(async () => {
      engine = await backend.open();
      await indexCorpus({ corpusDir: CORPUS, engine, mode: 'full' });
      await engine.setSynonyms((await loadSynonyms(CORPUS))!);
      // A fourth spelling, in an article of its own (invented for the test).
      await engine.upsertArticles([
        {
          id: 'morsy-wire',
          source: 'morsy-wire.txt',
          title: 'Talks in Cairo',
          outlet: 'Test Wire',
          agency: null,
          carriedBy: null,
          date: '2012-11-22',
          year: 2012,
          url: null,
          language: 'en',
          provenance: {},
          hints: [],
          contentHash: 'morsy',
          dropped: [],
          paragraphs: [
            { position: 0, kind: 'body', text: 'President Morsy met the envoys in Cairo on Thursday evening.' },
            { position: 1, kind: 'body', text: 'Aides to Morsy said the talks would go on into the weekend.' },
          ],
        },
      ]);
    });
    after(async () => {
      await engine.close();
      await backend.cleanup?.();
    });

    it('is offered under "Also spelled" with its count, and adding it adds exactly its paragraphs', async () => {
      const morsi = await engine.search({ q: 'Morsi', perPage: 100 });
      const options = morsi.spellings.find((s) => s.word === 'morsi')!.options;
      assert.deepEqual(
        options.find((o) => o.word === 'morsy'),
        { word: 'morsy', count: 2, included: false, selected: false },
      );
      assert.deepEqual(options.find((o) => o.word === 'mursi')?.included, true);
      assert.ok(!morsi.hits.some((h) => h.articleId === 'morsy-wire'), 'not counted until the user adds it');
      const both = await engine.search({ q: 'Morsi|Morsy', perPage: 100 });
      assert.equal(both.total, morsi.total + 2);
      assert.deepEqual(
        both.hits.filter((h) => h.articleId === 'morsy-wire').map((h) => h.match),
        ['exact', 'exact'],
      );
      assert.equal(both.spellings[0]!.options.find((o) => o.word === 'morsy')!.selected, true);
    });
  });
}

if (!process.env.MEILI_URL) {
  test('seed corpus acceptance: meilisearch', { skip: 'no Meilisearch at MEILI_URL' }, () => {});
}
