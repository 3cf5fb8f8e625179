import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_COMBINATIONS,
  MAX_QUERY_TERMS,
  MAX_TERM_TOKENS,
  parseQuery,
  toFts5,
  tokenize,
  type QueryTerm,
} from '../../engine/query/parse.ts';

const word = (tokens: string[] | string, prefix = false): QueryTerm => ({
  tokens: typeof tokens === 'string' ? [tokens] : tokens,
  quoted: false,
  prefix,
});
const phrase = (tokens: string[]): QueryTerm => ({ tokens, quoted: true, prefix: false });

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit, and case-folds', () => {
    assert.deepEqual(tokenize("Hello, World! It's 2012."), ['hello', 'world', 'it', 's', '2012']);
  });
  it('strips Latin diacritics, composed or not, but keeps other letters', () => {
    assert.deepEqual(tokenize('Café crème naïve e\u0301te\u0301 İstanbul'), ['cafe', 'creme', 'naive', 'ete', 'istanbul']);
    assert.deepEqual(tokenize('Straße 東京都 Ωmega'), ['straße', '東京都', 'ωmega']);
  });
  it('ignores emoji and control characters', () => {
    assert.deepEqual(tokenize('🙂\u0000a\u0001b🙂'), ['a', 'b']);
  });
});

describe('parseQuery', () => {
  it('reads plain words; the last one is a prefix', () => {
    assert.deepEqual(parseQuery('truce harbor'), { terms: [word('truce'), word('harbor', true)], excluded: [], truncated: false });
  });

  it('keeps the last word a prefix even after trailing spaces, as Meilisearch does', () => {
    assert.deepEqual(parseQuery('truce   ').terms, [word('truce', true)]);
  });

  it('reads quoted phrases, which are never prefixes', () => {
    assert.deepEqual(parseQuery('truce "harbor pilots"').terms, [word('truce'), phrase(['harbor', 'pilots'])]);
  });

  it('turns punctuated words into phrases', () => {
    assert.deepEqual(parseQuery('cease-fire talks').terms, [word(['cease', 'fire']), word('talks', true)]);
    assert.deepEqual(parseQuery('U.S.').terms, [word(['u', 's'], true)]);
  });

  it('reads exclusions, and gives the prefix to the last positive word', () => {
    const parsed = parseQuery('truce -harbor -"oyster beds"');
    assert.deepEqual(parsed.terms, [word('truce', true)]);
    assert.deepEqual(parsed.excluded, [word('harbor'), phrase(['oyster', 'beds'])]);
  });

  it('treats a dash inside a word as part of the word, and a lone dash as nothing', () => {
    assert.deepEqual(parseQuery('a-b').excluded, []);
    assert.deepEqual(parseQuery('- -- truce -').terms, [word('truce', true)]);
    assert.deepEqual(parseQuery('- -- truce -').excluded, []);
  });

  it('degrades unbalanced quotes to plain words', () => {
    assert.deepEqual(parseQuery('"harbor pilots').terms, [word('harbor'), word('pilots', true)]);
    assert.deepEqual(parseQuery('harbor "').terms, [word('harbor', true)]);
    assert.deepEqual(parseQuery('-"harbor pilots').excluded, [word('harbor')]);
  });

  it('reads FTS5 operators and syntax as plain words or nothing', () => {
    assert.deepEqual(parseQuery('AND OR NOT').terms, [word('and'), word('or'), word('not', true)]);
    assert.deepEqual(parseQuery('NEAR(a b)').terms, [word(['near', 'a']), word('b', true)]);
    for (const q of ['*', '""', '"', '^', ':', '()', '\u0000\u0001', '🙂', '   ', '']) {
      assert.deepEqual(parseQuery(q), { terms: [], excluded: [], truncated: false }, JSON.stringify(q));
    }
  });

  it(`caps the query at ${MAX_QUERY_TERMS} terms of ${MAX_TERM_TOKENS} tokens`, () => {
    const long = parseQuery('word '.repeat(1_000));
    assert.equal(long.terms.length, MAX_QUERY_TERMS);
    assert.equal(long.truncated, true);
    assert.equal(
      long.terms.some((t) => t.prefix),
      false,
    );
    const bigPhrase = parseQuery(`"${'a '.repeat(100)}"`);
    assert.equal(bigPhrase.terms[0]!.tokens.length, MAX_TERM_TOKENS);
    assert.equal(parseQuery('x'.repeat(5_000)).terms[0]!.tokens[0]!.length, 5_000);
  });

  it('never throws on odd input', () => {
    for (const q of [undefined, null, 42, {}] as unknown as string[]) assert.deepEqual(parseQuery(q).terms, []);
  });
});

describe('toFts5', () => {
  it('quotes every token and ANDs the terms; the last word gets a prefix star', () => {
    assert.deepEqual(toFts5(parseQuery('truce harbor')), { kind: 'match', match: '"truce" AND "harbor"*' });
    assert.deepEqual(toFts5(parseQuery('cease-fire "harbor pilots"')), { kind: 'match', match: '"cease fire" AND "harbor pilots"' });
  });

  it('puts exclusions after NOT', () => {
    assert.deepEqual(toFts5(parseQuery('truce -harbor -"a b"')), { kind: 'match', match: '("truce"*) NOT ("harbor" OR "a b")' });
  });

  it('asks for everything for an empty query, and everything but the exclusions for a negative-only one', () => {
    assert.deepEqual(toFts5(parseQuery('')), { kind: 'all' });
    assert.deepEqual(toFts5(parseQuery('* ""')), { kind: 'all' });
    assert.deepEqual(toFts5(parseQuery('-harbor -pilots')), { kind: 'all-except', exclude: '"harbor" OR "pilots"' });
  });

  it('turns each positive term into an OR-group of its alternatives', () => {
    const expand = (t: QueryTerm): QueryTerm[] => (t.tokens[0] === 'truce' ? [t, word('ceasefire'), word(['cease', 'fire'])] : [t]);
    assert.deepEqual(toFts5(parseQuery('truce harbor'), expand), {
      kind: 'match',
      match: '("truce" OR "ceasefire" OR "cease fire") AND "harbor"*',
    });
  });

  it('caps the ways of choosing | spellings at MAX_COMBINATIONS, taking the last spelling off the word with most', () => {
    const parsed = parseQuery('a1|a2|a3|a4|a5 b1|b2|b3|b4|b5 c');
    // 25 choices: b (the later of two widest) loses b5, then a loses a5: 4 × 4 = 16.
    assert.deepEqual(
      parsed.terms.map((t) => (t.alternatives ?? [t.tokens]).map((a) => a.join(' '))),
      [['a1', 'a2', 'a3', 'a4'], ['b1', 'b2', 'b3', 'b4'], ['c']],
    );
    assert.equal(parsed.truncated, true);
    assert.equal(MAX_COMBINATIONS, 16);
    const two = parseQuery('x|y|z w|v');
    assert.equal(two.truncated, false, 'six choices are within the cap');
    // Down to one spelling, a word is a plain word again.
    const narrowed = parseQuery('p1|p2 q1|q2 r1|r2 s1|s2 t1|t2');
    assert.deepEqual(
      narrowed.terms.map((t) => t.alternatives?.length ?? 1),
      [2, 2, 2, 2, 1],
    );
    assert.equal(narrowed.terms[4]!.alternatives, undefined);
    assert.deepEqual(narrowed.terms[4]!.tokens, ['t1']);
  });

  it('escapes double quotes inside tokens, should a token ever carry one', () => {
    const parsed = { terms: [word('a"b', true)], excluded: [], truncated: false };
    assert.deepEqual(toFts5(parsed), { kind: 'match', match: '"a""b"*' });
  });
});
