import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SynonymTable } from '../../engine/query/synonyms.ts';
import { parseSynonyms, SynonymsError } from '../../indexer/read/synonyms.ts';

describe('synonym list parsing', () => {
  it('reads groups and one-way expansions', () => {
    const rules = parseSynonyms(
      'equivalent:\n  - [Morsi, Mursi]\n  - [Izzadin Kassam, Izz ad-Din al-Qassam]\noneWay:\n  - from: IDF\n    to: [Israel Defense Forces]\n',
      'synonyms.yaml',
    );
    assert.deepEqual(rules, {
      groups: [
        ['Morsi', 'Mursi'],
        ['Izzadin Kassam', 'Izz ad-Din al-Qassam'],
      ],
      oneWay: [{ from: 'IDF', to: ['Israel Defense Forces'] }],
    });
    assert.deepEqual(parseSynonyms('', 'synonyms.yaml'), { groups: [], oneWay: [] });
  });

  it('names the file and the line of a problem', () => {
    const cases: Array<[string, RegExp, number]> = [
      ['equivalent:\n  - [Morsi]\n', /a group needs at least two terms/, 2],
      ['equivalent:\n  - [Morsi, 1967]\n', /must be text/, 2],
      ['oneWay:\n  - from: IDF\n    too: [x]\n', /oneWay → 0 → to/, 2],
      ['equivalent:\n  - [a, "!!"]\n', /letter or a digit/, 2],
      ['synonyms:\n  - [a, b]\n', /equivalent/, 1],
      ['equivalent: [a, b\n', /not valid YAML/, 2],
    ];
    for (const [source, message, line] of cases) {
      assert.throws(
        () => parseSynonyms(source, 'corpus/synonyms.yaml'),
        (error: unknown) => {
          assert.ok(error instanceof SynonymsError, String(error));
          assert.match(error.message, /^corpus\/synonyms\.yaml:\d+: /);
          assert.match(error.message, message);
          assert.equal(error.line, line, `${source} → ${error.message}`);
          return true;
        },
      );
    }
  });
});

describe('synonym table', () => {
  const table = new SynonymTable({
    groups: [
      ['Benjamin Netanyahu', 'Binyamin Netanyahu'],
      ['cease-fire', 'truce'],
    ],
    oneWay: [{ from: 'IDF', to: ['Israel Defense Forces'] }],
  });

  it('looks terms up in index form, both ways within a group, one way for expansions', () => {
    assert.deepEqual(table.lookup(['binyamin', 'netanyahu']), [['benjamin', 'netanyahu'], ['benjaminnetanyahu']]);
    assert.deepEqual(table.lookup(['idf']), [['israel', 'defense', 'forces'], ['israeldefenseforces']]);
    assert.deepEqual(table.lookup(['israel', 'defense', 'forces']), []);
  });

  it('applies a compound rule to its spaced, hyphenated and joined spellings', () => {
    assert.deepEqual(table.lookup(['cease', 'fire']), [['truce']]);
    assert.deepEqual(table.lookup(['ceasefire']), [['truce']]);
    assert.deepEqual(table.lookup(['truce']), [['cease', 'fire'], ['ceasefire']]);
    assert.equal(table.maxTokens, 2);
  });
});
