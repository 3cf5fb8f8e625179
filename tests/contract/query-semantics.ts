/**
 * Query semantics both backends share (issue 4): synonyms stored with the index, joined and split
 * spellings, Meilisearch's typo rules, partial matches ranked last, hit counts, suggestions.
 * Stated over `tests/fixtures/contract/spellings.ts`; run per backend like the engine contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SearchEngine, SearchResult } from '../../engine/types.ts';
import { spellingArticles, spellingRules } from '../fixtures/contract/spellings.ts';
import type { ContractBackend } from './engine-contract.ts';

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
        assert.deepEqual(result.hits.filter((h) => h.matchedAllTerms).map((h) => h.id).sort(), expected, q);
      }
    });

    it('forgives one typo from 5 letters, two from 9, none under 5, and a first-letter typo costs two', async () => {
      assert.deepEqual(ids(await engine.search({ q: 'armistise' })), ['variants-2']);
      assert.deepEqual(ids(await engine.search({ q: 'armisitce' })), ['variants-2'], 'a swap is one typo');
      assert.deepEqual(ids(await engine.search({ q: 'amristise' })), ['variants-2'], 'two typos from 9 letters');
      assert.equal((await engine.search({ q: 'rmistice' })).total, 0, 'first letter missing: two typos, too many under 9');
      assert.equal((await engine.search({ q: 'vilagge' })).total, 0, 'two typos in 7 letters');
      assert.deepEqual(sorted(await engine.search({ q: 'vilalge' })), ['compounds-2', 'compounds-3', 'typos-0']);
      assert.equal((await engine.search({ q: 'cres' })).total, 0, 'no typo under 5 letters');
    });

    it('ranks an exact match above a typo-corrected one, however the scores compare', async () => {
      const result = await engine.search({ q: 'lantern' });
      assert.deepEqual(ids(result), ['typos-0', 'typos-1']);
      const corrected = await engine.search({ q: 'lanturn' });
      assert.deepEqual(ids(corrected), ['typos-1', 'typos-0']);
    });

    it('forgives typos in the last word while it is typed as a prefix', async () => {
      assert.ok(ids(await engine.search({ q: 'armistc' })).includes('variants-2'));
    });

    it('tells how many paragraphs each hit\'s article has', async () => {
      const hit = (await engine.search({ q: 'firebreak' })).hits.find((h) => h.articleId === 'compounds')!;
      assert.equal(hit.articleParagraphs, 4);
    });

    it('groups by article with the count of its other matches', async () => {
      const result = await engine.search({ q: 'fire', groupByArticle: true });
      assert.equal(result.total, 1);
      assert.equal(result.hits[0]!.articleId, 'compounds');
      assert.equal(result.hits[0]!.moreInArticle, 3);
      const village = await engine.search({ q: 'village', groupByArticle: true });
      assert.equal(village.total, 2);
      assert.deepEqual(village.hits.map((h) => [h.articleId, h.moreInArticle]).sort(), [['compounds', 1], ['typos', 0]]);
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
      assert.match(view.paragraphs[0]!.highlighted, /<mark>Qadhafi<\/mark>/);
      assert.deepEqual(view.paragraphs.map((p) => p.matched), [true, true, false, false]);
    });
  });
}
