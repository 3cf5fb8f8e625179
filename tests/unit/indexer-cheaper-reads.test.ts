/**
 * Reads made cheaper without changing what they answer (18perf13: allocation and CPU per
 * paragraph): a line's content stems gathered into a set or tested against one without a set per
 * line, a phrase looked for beside a name only where the word next to it can end or open one, a
 * record's text field checked without the schema, and the listed names of ASCII lines read into
 * an array kept from line to line. Each answer is compared with the plain reading. Invented text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { LineMemo } from '../../indexer/clean/line-memo.ts';
import { addContentStems, agreement, contentStems, sharesContentStem } from '../../indexer/clean/title-agreement.ts';
import { pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { parseOutletList } from '../../indexer/infer/outlet-list.ts';
import { listedCandidates } from '../../indexer/infer/outlet-listed.ts';
import { useCorpusOutlets } from '../../indexer/infer/outlet-listed-index.ts';
import { phraseAfter, phraseBefore } from '../../indexer/infer/outlet-phrase-match.ts';
import { statedField } from '../../indexer/infer/stated-meta.ts';

describe('content stems without a set per line', () => {
  const LINES = [
    'The Council APPROVED ferry budgets in 2012, with a 4x4 ferry-boat',
    'Kyselyyn vastasi 2 000 ihmistä',
    'Die Fähre fährt über den Fluss',
    // U+212A KELVIN SIGN lower-cases to an ASCII "k": the line is not read as ASCII.
    'The \u212Aelvin scale and the kelvin unit',
    'والشرطة قالت إن العبارة',
    '',
  ];

  it('gathers the stems contentStems gives, in its order, into a set that has some already', () => {
    assert.deepEqual([...contentStems(LINES[0]!)], ['counc', 'appro', 'ferry', 'budge', 'boat']);
    for (const line of LINES) {
      const into = addContentStems(line, new Set(['zzzzz', 'ferry']));
      assert.deepEqual([...into], [...new Set(['zzzzz', 'ferry', ...contentStems(line)])], line);
    }
  });

  it('tests a line against a set of stems as the stems of its words would', () => {
    const story = contentStems('Ferries were delayed by the storm over the river');
    for (const line of LINES) {
      assert.equal(
        sharesContentStem(line, story),
        [...contentStems(line)].some((s) => story.has(s)),
        line,
      );
    }
    assert.equal(sharesContentStem('STORM timetable', story), true);
    assert.equal(sharesContentStem('Ferry timetable', story), false, '"ferry" and "ferries" differ in their fifth letter');
    assert.equal(sharesContentStem('With the 2012 results', story), false);
    assert.deepEqual(agreement('Storm delays ferry', story), { words: 3, shared: 2 });
  });
});

describe('phrases beside a name, read only where the next word can be one', () => {
  it('finds the phrase before a name, an article aside, and none after a word that ends no phrase', () => {
    assert.equal(phraseBefore('the minister told the ')?.text, 'told');
    assert.equal(phraseBefore('as (reported by “the ')?.phrase.what, phraseBefore('as reported by the ')?.phrase.what);
    assert.equal(phraseBefore('she said in '), null);
    assert.equal(phraseBefore('the minister told, '), null);
    assert.equal(phraseBefore('the minister told the'), null);
  });

  it('finds the reporting verb after a name, marks after it aside, and none after another word', () => {
    assert.equal(phraseAfter(' reported, on Monday')?.what, 'reporting');
    assert.equal(phraseAfter(' REPORTED that')?.what, 'reporting');
    assert.equal(phraseAfter(' said that'), null);
    assert.equal(phraseAfter('reported'), null);
  });
});

describe('a line memo hands the text to its check', () => {
  it('so a check is passed as it is, with no closure per line; a long text is judged every time', () => {
    const memo = new LineMemo<number>(4, 10);
    const seen: string[] = [];
    const length = (text: string) => {
      seen.push(text);
      return text.length;
    };
    assert.equal(memo.remembered('abc', length), 3);
    assert.equal(memo.remembered('abc', length), 3);
    assert.equal(memo.remembered('abcdef', length), 6);
    assert.deepEqual(seen, ['abc', 'abcdef']);
    assert.deepEqual([memo.keeps('abcd'), memo.keeps('abcde')], [true, false]);
  });
});

describe("a record's text field checked without the schema", () => {
  it('gives the trimmed text, and the schema still refuses a blank one or a number', () => {
    assert.deepEqual(statedField('title', '  Ferry leaves earlier '), { ok: true, value: 'Ferry leaves earlier' });
    assert.deepEqual(statedField('agency', 'Example Wire'), { ok: true, value: 'Example Wire' });
    assert.deepEqual(statedField('outlet', '   '), { ok: false, problem: 'must not be empty' });
    assert.equal(statedField('outlet', 42).ok, false);
  });
});

describe('listed names of ASCII lines, one token array kept from line to line', () => {
  const LIST = 'Vantor Evening Gazette\t\tvantor-gazette.test\tGB\ten\tnewspaper';
  before(() => useCorpusOutlets(parseOutletList(LIST).outlets));
  after(() => useCorpusOutlets([]));

  // Longer than a remembered line (line-memo.ts), so each is read again; the name's words at the same places.
  const lead = 'Readers in the harbour town said on Monday that they had first told the';
  const tail = 'about the late ferry, and the harbour master agreed to look again at the whole winter timetable before the season.';
  const named = (line: string) => {
    const clean = cleanText(['Ferry leaves earlier', '', line, '', `${line} Again.`].join('\n'));
    return [...listedCandidates(clean, pageLines(clean)).named].map((o) => o.name);
  };

  it("a line read after another does not see that line's words", () => {
    assert.deepEqual(named(`${lead} Vantor Evening Gazette ${tail}`), ['Vantor Evening Gazette']);
    assert.deepEqual(named(`${lead} Vantor Morning Courier ${tail}`), []);
    assert.deepEqual(named(`${lead} Vantor Evening Gazette ${tail}`), ['Vantor Evening Gazette']);
  });
});
