/**
 * The first-seen workload is a reproducible draw of distinct queries of every shape people type,
 * from the BBC source: what `npm run bench` asks once each before anything else.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { FIRST_YEAR, LAST_YEAR, readSource } from '../../bench/scale/corpus.ts';
import { DEFAULT_FIRST_SEEN, drawFirstSeen, FIRST_SEEN_KINDS, quotas, type FirstSeenQuery } from '../../bench/scale/first-seen.ts';
import { apiPath } from '../../bench/scale/queries.ts';
import { sourceWords, type SourceWords } from '../../bench/scale/word-bands.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

describe('the first-seen workload', { skip: fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}` }, () => {
  let words: SourceWords;
  let drawn: FirstSeenQuery[];
  const of = (kind: string) => drawn.filter((q) => q.kind === kind);
  const share = (word: string) => (words.documentFrequency.get(word) ?? 0) / words.paragraphs.length;

  it('draws the default 1,900 distinct queries, each kind its quota', () => {
    words = sourceWords(readSource(BBC));
    drawn = drawFirstSeen(words, { seed: 1 });
    assert.ok(DEFAULT_FIRST_SEEN >= 1000);
    assert.equal(drawn.length, DEFAULT_FIRST_SEEN);
    assert.equal(new Set(drawn.map(apiPath)).size, drawn.length, 'no query twice');
    for (const [kind, quota] of quotas(DEFAULT_FIRST_SEEN)) assert.equal(of(kind).length, quota, kind);
  });

  it('asks every kind often enough that its p99 is not its one slowest query (issue 24)', () => {
    // p99 of n is the slowest up to n = 100: one collection landing on one query decided a kind.
    for (const [kind, quota] of quotas(DEFAULT_FIRST_SEEN)) assert.ok(quota >= 120 && of(kind).length === quota, `${kind}: ${quota}`);
    assert.equal(new Set(of('very common').map((q) => q.q)).size, of('very common').length, 'very common words, each once');
  });

  it('is the same for the same seed and another for another seed', () => {
    assert.deepEqual(drawFirstSeen(words, { seed: 1 }), drawn);
    const other = drawFirstSeen(words, { seed: 2 });
    assert.notDeepEqual(other.map(apiPath), drawn.map(apiPath));
    assert.equal(other.length, drawn.length);
  });

  it('asks kinds mixed together, not one block after another', () => {
    const firstHundred = new Set(drawn.slice(0, 100).map((q) => q.kind));
    assert.ok(firstHundred.size >= FIRST_SEEN_KINDS.length - 2, [...firstHundred].join(', '));
  });

  it('draws single words from their frequency band', () => {
    const bands: Array<[string, number, number]> = [
      ['very common', 0.05, 1],
      ['common', 0.01, 0.05],
      ['mid', 0.001, 0.01],
      ['rare', 0, 0.001],
    ];
    for (const [kind, low, high] of bands) {
      for (const { q } of of(kind)) assert.ok(share(q) >= low && share(q) < high && share(q) > 0, `${kind}: ${q} in ${share(q)}`);
    }
  });

  it('draws two and three corpus words, phrases quoted, filters one year', () => {
    for (const [kind, count] of [
      ['two words', 2],
      ['three words', 3],
    ] as const) {
      for (const { q } of of(kind)) {
        const parts = q.split(' ');
        assert.equal(parts.length, count, q);
        for (const w of parts) assert.ok(words.documentFrequency.has(w), `${q}: ${w}`);
      }
    }
    for (const { q } of of('phrase')) assert.match(q, /^"[a-z]+( [a-z]+){1,2}"$/);
    for (const query of of('filtered'))
      assert.ok(query.year! >= FIRST_YEAR && query.year! <= LAST_YEAR && words.documentFrequency.has(query.q), apiPath(query));
  });

  it('types words letter by letter, in order', () => {
    const typing = drawn.map((q, i) => ({ ...q, i })).filter((q) => q.kind === 'typing');
    let runs = 0;
    for (let k = 0; k < typing.length; k++) {
      const { q, i } = typing[k]!;
      const next = typing[k + 1];
      if (next !== undefined && next.i === i + 1 && next.q.length > q.length) assert.ok(next.q.startsWith(q), `${q} then ${next.q}`);
      else runs++;
    }
    assert.ok(runs >= 20 && runs < typing.length / 4, `${runs} words typed in ${typing.length} keystrokes`);
    assert.ok(
      typing.some((t) => t.q.length === 1),
      'the first keystroke is asked too',
    );
  });

  it('misspells words into strings the corpus does not hold', () => {
    for (const { q } of of('typo')) assert.ok(!words.documentFrequency.has(q) && /^[a-z]{4,}$/.test(q), q);
  });
});
