/**
 * Query semantics both backends share (issue 4): synonyms stored with the index, joined and split
 * spellings, Meilisearch's typo rules, partial matches ranked last, hit counts, suggestions.
 * Stated over `tests/fixtures/contract/spellings.ts`; run per backend like the engine contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MatchRange, SearchEngine, SearchResult } from '../../engine/contract/types.ts';
import { markHtml } from '../../server/marks.ts';
import { spellingArticles, spellingRules } from '../fixtures/contract/spellings.ts';
import type { ContractBackend } from './engine-contract.ts';

/** The engine's match ranges rendered as the server renders them (server/marks.ts). */
const html = (p: { text: string; matches: MatchRange[] }): string => markHtml(p.text, p.matches);

const ids = (r: SearchResult) => r.hits.map((h) => h.id);
const sorted = (r: SearchResult) => ids(r).sort();

export function describeQuerySemantics(backend: ContractBackend): void {
  describe(`query semantics: ${backend.name}`, () => {
    let engine: SearchEngine;
    before(async () => {
      engine = await backend.open();
      await engine.replaceAll(spellingArticles, { synonyms: spellingRules });
    });
    after(async () => {
      await engine.close();
      await backend.cleanup?.();
    });

    it('applies the synonyms stored with the index, both ways within a group', async () => {
      assert.deepEqual(sorted(await engine.search({ q: 'Gaddafi' })), ['variants-0', 'variants-1']);
      assert.deepEqual(sorted(await engine.search({ q: 'Qadhafi' })), ['variants-0', 'variants-1']);
      // A multi-word member with a hyphen: its words as a phrase, and the group from there.
      assert.deepEqual(sorted(await engine.search({ q: 'Muammar al-Qaddafi' })), ['variants-0', 'variants-1']);
    });

    it('never typo-matches a word that has declared synonyms (Meilisearch must send it bare)', async () => {
      // "Gaddafy" is one typo from "Gaddafi": a corpus word is found as written and through its synonyms only.
      const result = await engine.search({ q: 'Gaddafi' });
      assert.deepEqual(sorted(result), ['variants-0', 'variants-1']);
      assert.equal(result.total, 2);
    });

    it('applies one-way expansions in one direction only', async () => {
      assert.deepEqual(sorted(await engine.search({ q: 'standstill' })), ['variants-2', 'variants-3']);
      assert.deepEqual(ids(await engine.search({ q: 'armistice' })), ['variants-2']);
    });

    it('replaces the synonyms in place with setSynonyms', async () => {
      await engine.setSynonyms({ groups: [], oneWay: [] });
      assert.deepEqual(ids(await engine.search({ q: 'Gaddafi' })), ['variants-1']);
      await engine.setSynonyms(spellingRules);
      assert.deepEqual(sorted(await engine.search({ q: 'Gaddafi' })), ['variants-0', 'variants-1']);
    });

    it('matches joined, hyphenated and spaced spellings of a compound alike, with no rule', async () => {
      const expected = ['compounds-0', 'compounds-1', 'compounds-2'];
      for (const q of ['firebreak', 'fire-break', 'fire break']) {
        const result = await engine.search({ q });
        assert.deepEqual(
          result.hits
            .filter((h) => h.matchedAllTerms)
            .map((h) => h.id)
            .sort(),
          expected,
          q,
        );
      }
    });

    it('corrects a word the corpus lacks only to a clear candidate within the typo budget, and says so', async () => {
      const corrected = await engine.search({ q: 'vilalge' });
      assert.deepEqual(corrected.reading.corrected, [{ from: 'vilalge', to: 'village' }], 'a swap is one typo');
      // "Villagers" (typos-0) is another word: a correction is one word, not its completions.
      assert.deepEqual(sorted(corrected), ['compounds-2', 'compounds-3']);
      assert.equal(corrected.total, 2, 'the counts of the corrected search');
      assert.ok(corrected.hits.every((h) => h.match === 'approximate'));
      for (const q of ['vilagge', 'cres']) {
        // Two typos in 7 letters, or any under 5: no clear candidate, nothing shown, the word named.
        const absent = await engine.search({ q });
        assert.equal(absent.total, 0, q);
        assert.deepEqual(absent.hits, [], q);
        assert.deepEqual(absent.reading.absent, [q], q);
      }
      // One paragraph is no clear intent: "armistise" is not turned into the armistice of one line.
      assert.deepEqual((await engine.search({ q: 'armistise' })).reading.absent, ['armistise']);
    });

    it('never corrects or completes a word the corpus contains', async () => {
      assert.deepEqual(ids(await engine.search({ q: 'lantern' })), ['typos-0']);
      assert.deepEqual(ids(await engine.search({ q: 'lanturn' })), ['typos-1']);
      // "fire" is a corpus word: it does not complete to "firebreak", however last it is.
      const fire = await engine.search({ q: 'fire' });
      assert.deepEqual(sorted(fire), ['compounds-1', 'compounds-2', 'compounds-3']);
      assert.deepEqual(fire.reading, { corrected: [], completed: [], absent: [] });
      // Quoted, a word is never completed either.
      assert.equal((await engine.search({ q: '"armist"' })).total, 0);
      assert.deepEqual(ids(await engine.search({ q: 'armist' })), ['variants-2']);
    });

    it('labels hits exact, variant or approximate, and counts the first two only', async () => {
      const gaddafi = await engine.search({ q: 'Gaddafi' });
      assert.deepEqual(gaddafi.hits.map((h) => [h.id, h.match]).sort(), [
        ['variants-0', 'variant'],
        ['variants-1', 'exact'],
      ]);
      const compound = await engine.search({ q: 'firebreak' });
      assert.deepEqual(
        compound.hits
          .filter((h) => h.matchedAllTerms)
          .map((h) => [h.id, h.match])
          .sort(),
        [
          ['compounds-0', 'exact'],
          ['compounds-1', 'variant'],
          ['compounds-2', 'variant'],
        ],
      );
      assert.equal(compound.total, 3);
    });

    it('ranks the words as written above a declared variant', async () => {
      assert.deepEqual(ids(await engine.search({ q: 'Gaddafi' })), ['variants-1', 'variants-0']);
      assert.deepEqual(ids(await engine.search({ q: 'Qadhafi' })), ['variants-0', 'variants-1']);
    });

    it('accepts spellings joined with | as alternatives the user asked for, counted as exact', async () => {
      const either = await engine.search({ q: 'lantern|lanturn' });
      assert.deepEqual(sorted(either), ['typos-0', 'typos-1']);
      assert.equal(either.total, 2);
      assert.ok(either.hits.every((h) => h.match === 'exact'));
      assert.deepEqual((await engine.search({ q: 'lantern|nosuchword' })).total, 1);
    });

    it('counts a paragraph holding several of the | spellings once: total, facets, articles, groups', async () => {
      // compounds-2 and compounds-3 hold both "fire" and "village"; compounds-0's "firebreak" is neither.
      const either = await engine.search({ q: 'village|fire' });
      assert.deepEqual(sorted(either), ['compounds-1', 'compounds-2', 'compounds-3']);
      assert.equal(either.total, 3);
      assert.equal(either.articleTotal, 1);
      assert.deepEqual(either.facets.year, { '2012': 3 });
      assert.ok(either.hits.every((h) => h.match === 'exact'));
      // Two words with two spellings each, four ways to choose: break+fire finds compounds-1 and -2,
      // break+village -2, council+fire and council+village -3. Five finds, three paragraphs.
      const both = await engine.search({ q: 'break|council fire|village' });
      assert.deepEqual(
        both.hits
          .filter((h) => h.matchedAllTerms)
          .map((h) => h.id)
          .sort(),
        ['compounds-1', 'compounds-2', 'compounds-3'],
      );
      assert.equal(both.total, 3);
      assert.deepEqual(both.facets.outlet, { 'Wire Two': 3 });
      const grouped = await engine.search({ q: 'village|fire', groupByArticle: true });
      assert.equal(grouped.total, 1);
      assert.deepEqual(
        grouped.hits.map((h) => [h.articleId, h.moreInArticle]),
        [['compounds', 2]],
      );
    });

    it('excludes every spelling of an excluded | term', async () => {
      assert.equal((await engine.search({ q: 'village -season|break' })).total, 0);
      assert.deepEqual(ids(await engine.search({ q: 'village -season|nosuchword' })), ['compounds-2']);
    });

    it('marks and flags the article with the reading of the query: spellings and corrections', async () => {
      const spellings = await engine.getArticle('compounds', { q: 'season|break' });
      assert.deepEqual(
        spellings!.paragraphs.map((p) => p.matched),
        [false, true, true, true],
      );
      assert.match(html(spellings!.paragraphs[2]!), /<mark>break<\/mark>/);
      assert.match(html(spellings!.paragraphs[3]!), /<mark>season<\/mark>/);
      const corrected = await engine.getArticle('compounds', { q: 'vilalge' });
      assert.deepEqual(
        corrected!.paragraphs.map((p) => p.matched),
        [false, false, true, true],
      );
      assert.match(html(corrected!.paragraphs[3]!), /The <mark>village<\/mark> council/);
      // A corpus word is not completed on the article page either: "fire" does not mark "firebreak".
      const fire = await engine.getArticle('compounds', { q: 'fire' });
      assert.deepEqual(
        fire!.paragraphs.map((p) => p.matched),
        [false, true, true, true],
      );
      assert.equal(html(fire!.paragraphs[0]!).includes('<mark>'), false);
    });

    it('offers near spellings the corpus holds with their counts, declared synonyms as included', async () => {
      const lantern = await engine.search({ q: 'lantern' });
      assert.deepEqual(lantern.spellings, [
        { word: 'lantern', count: 1, options: [{ word: 'lanturn', count: 1, included: false, selected: false }] },
      ]);
      const chosen = await engine.search({ q: 'lantern|lanturn' });
      assert.deepEqual(chosen.spellings[0]!.options, [{ word: 'lanturn', count: 1, included: false, selected: true }]);
      const gaddafi = await engine.search({ q: 'Gaddafi' });
      assert.deepEqual(
        gaddafi.spellings[0]!.options.find((o) => o.word === 'qadhafi'),
        { word: 'qadhafi', count: 1, included: true, selected: false },
      );
    });

    it('ranks words close together above the same words far apart, whatever bm25 says', async () => {
      const result = await engine.search({ q: 'pelican ferry' });
      assert.deepEqual(ids(result), ['distance-0', 'distance-1']);
    });

    it("tells how many paragraphs each hit's article has", async () => {
      const hit = (await engine.search({ q: 'firebreak' })).hits.find((h) => h.articleId === 'compounds')!;
      assert.equal(hit.articleParagraphs, 4);
    });

    it('groups by article with the count of its other matches', async () => {
      const result = await engine.search({ q: 'fire', groupByArticle: true });
      assert.equal(result.total, 1);
      assert.equal(result.hits[0]!.articleId, 'compounds');
      assert.equal(result.hits[0]!.moreInArticle, 2, '"fire" is a corpus word: firebreak is not counted');
      const village = await engine.search({ q: 'village', groupByArticle: true });
      assert.equal(village.total, 1, '"Villagers" is not "village"');
      assert.deepEqual(
        village.hits.map((h) => [h.articleId, h.moreInArticle]),
        [['compounds', 1]],
      );
    });

    it('suggests the closest indexed spelling for a word the index does not have', async () => {
      assert.deepEqual((await engine.search({ q: 'chape' })).suggestions ?? [], [], 'a prefix of an indexed word is no mistake');
      const miss = await engine.search({ q: 'narow streets' });
      assert.deepEqual(miss.suggestions, ['narrow streets']);
      assert.deepEqual((await engine.search({ q: 'narrow streets' })).suggestions ?? [], []);
    });

    it('highlights typo-corrected and synonym matches in the article view', async () => {
      const view = await engine.getArticle('variants', { q: 'Gaddafi' });
      assert.ok(view);
      assert.match(html(view.paragraphs[0]!), /<mark>Qadhafi<\/mark>/);
      assert.deepEqual(
        view.paragraphs.map((p) => p.matched),
        [true, true, false, false],
      );
    });
  });
}
