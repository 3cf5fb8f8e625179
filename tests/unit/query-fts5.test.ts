/**
 * Whatever the user types, the translated expression must be valid FTS5: run hundreds of nasty
 * strings through a real FTS5 table with the production tokenizer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { parseQuery, toFts5 } from '../../engine/query/parse.ts';

function table() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE p(rowid INTEGER PRIMARY KEY, text TEXT);
    CREATE VIRTUAL TABLE f USING fts5(text, content='p', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');`);
  const insert = db.prepare('INSERT INTO p(text) VALUES (?)');
  for (const text of [
    'The harbor truce held overnight.',
    'A cease-fire in the U.S. and NEAR the border: AND OR NOT.',
    'Café crème and naïve été in İstanbul 東京都.',
    'Nothing to see here.',
  ])
    insert.run(text);
  db.exec(`INSERT INTO f(f) VALUES ('rebuild')`);
  const match = db.prepare('SELECT rowid FROM f WHERE f MATCH ?').pluck();
  const all = db.prepare('SELECT rowid FROM p').pluck();
  const run = (q: string): number[] => {
    const fts = toFts5(parseQuery(q));
    if (fts.kind === 'all') return all.all() as number[];
    if (fts.kind === 'match') return match.all(fts.match) as number[];
    const excluded = new Set(match.all(fts.exclude) as number[]);
    return (all.all() as number[]).filter((r) => !excluded.has(r));
  };
  return { run, close: () => db.close() };
}

/** Deterministic pseudo-random generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  '"',
  '-',
  '*',
  '(',
  ')',
  ':',
  '^',
  '+',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  ',',
  '{',
  '}',
  '\\',
  "'",
  '\u0000',
  '\u0001',
  '\u0002',
  ' ',
  '  ',
  '\t',
  '\n',
  'harbor',
  'truce',
  'caf',
  'é',
  'e\u0301',
  '🙂',
  '東京',
  '\u0301',
  '\u200d',
  '\uFFFF',
  '\uD800',
  'x2',
  '12',
  '.',
  'U.S.',
  'col:',
  'text:',
  '""',
  '-"',
  '"-',
  '[',
  ']',
  '%',
  '_',
  '\u19B0',
  '\u1CF2',
  'ﬁ',
  'ß',
];

describe('toFts5 against a real FTS5 table', () => {
  it('never produces an expression FTS5 rejects', () => {
    const { run, close } = table();
    const random = rng(20240601);
    const queries: string[] = ['', ' ', 'x'.repeat(5_000), `"${'harbor '.repeat(500)}`, '-'.repeat(100), '"'.repeat(101)];
    for (let i = 0; i < 600; i++) {
      const length = 1 + Math.floor(random() * 12);
      let q = '';
      for (let j = 0; j < length; j++) q += PIECES[Math.floor(random() * PIECES.length)];
      queries.push(q);
    }
    for (let cp = 0; cp < 0x3000; cp += 7) queries.push(`a${String.fromCodePoint(cp)}b ${String.fromCodePoint(cp)}`);
    try {
      for (const q of queries) assert.doesNotThrow(() => run(q), `query ${JSON.stringify(q.slice(0, 60))}`);
    } finally {
      close();
    }
  });

  it('means what the user asked', () => {
    const { run, close } = table();
    try {
      assert.deepEqual(run('harbor truce'), [1]);
      assert.deepEqual(run('harb'), [1]);
      assert.deepEqual(run('harb truce'), []);
      assert.deepEqual(run('cease-fire'), [2]);
      assert.deepEqual(run('"fire cease"'), []);
      assert.deepEqual(run('u.s.'), [2]);
      assert.deepEqual(run('AND OR NOT'), [2]);
      assert.deepEqual(run('NEAR('), [2]);
      assert.deepEqual(run('cafe creme naive ete istanbul'), [3]);
      assert.deepEqual(run('CAFÉ'), [3]);
      assert.deepEqual(run('-harbor -nothing'), [2, 3]);
      assert.deepEqual(run('the -harbor'), [2]);
      assert.deepEqual(run('🙂 harbor 🙂'), [1]);
      assert.deepEqual(run('*'), [1, 2, 3, 4]);
    } finally {
      close();
    }
  });
});
