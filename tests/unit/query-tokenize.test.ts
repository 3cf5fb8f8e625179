/**
 * The query tokenizer must agree with SQLite's `unicode61 remove_diacritics 2`: every character it
 * keeps must be a token character for SQLite too (otherwise a term could reach FTS5 as an empty
 * phrase and silently match nothing), and on ordinary text both must produce the same tokens.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tokenize } from '../../engine/query/parse.ts';

function ftsTokens(texts: string[]): string[][] {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE TABLE p(rowid INTEGER PRIMARY KEY, text TEXT);
      CREATE VIRTUAL TABLE f USING fts5(text, content='p', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');`);
    const insert = db.prepare('INSERT INTO p(rowid, text) VALUES (?, ?)');
    db.transaction(() => texts.forEach((t, i) => insert.run(i + 1, t)))();
    db.exec(`INSERT INTO f(f) VALUES ('rebuild')`);
    const out: string[][] = texts.map(() => []);
    for (const [doc, term] of db.prepare('SELECT doc, term FROM v ORDER BY doc, offset').raw().iterate() as IterableIterator<
      [number, string]
    >) {
      out[doc - 1]!.push(term);
    }
    return out;
  } finally {
    db.close();
  }
}

describe('tokenize agrees with FTS5 unicode61', () => {
  it('keeps only characters that FTS5 also treats as token characters (every code point)', () => {
    const kept: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      // The private-use planes are uniform; a sample of them is enough.
      if (cp >= 0xf0000 && cp % 4099 !== 0) continue;
      if (tokenize(`a${String.fromCodePoint(cp)}b`).length === 1) kept.push(cp);
    }
    // Queries are NFC-normalised first (U+0340 becomes U+0300), so compare on the NFC form.
    const fts = ftsTokens(kept.map((cp) => `a${String.fromCodePoint(cp)}b`.normalize('NFC')));
    const disagree = kept.filter((_, i) => fts[i]!.length !== 1).map((cp) => cp.toString(16));
    assert.deepEqual(disagree, []);
    assert.ok(kept.length > 100_000);
  });

  it('produces the same tokens on ordinary text in several scripts', () => {
    const texts = [
      "The U.S. cease-fire, signed at 10:30 on 2012-11-21, held; it's over.",
      'Café crème, naïve façade, Ångström, São Paulo, Łódź, Dvořák, Øresund',
      'Straße İstanbul ΑΘΗΝΑ Αθήνα Москва Київ',
      'مرحبا بالعالم שלום עולם 東京都 서울 ภาษาไทย',
      'x² ½ Ⅻ ＡＢＣ ﬁne',
      'e\u0301te\u0301 decomposed',
    ];
    const fts = ftsTokens(texts);
    texts.forEach((text, i) => assert.deepEqual(tokenize(text), fts[i], text));
  });
});
